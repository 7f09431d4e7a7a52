import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import type { Client, Invoice, InvoicePage } from './types';

export const api = createApi({
  reducerPath: 'api',
  baseQuery: fetchBaseQuery({ baseUrl: '/api' }),
  tagTypes: ['Invoice'],
  endpoints: (builder) => ({
    getInvoices: builder.query<InvoicePage, string>({
      query: (status) => ({ url: '/invoices', params: { status } }),
      providesTags: ['Invoice'],
    }),
    getInvoice: builder.query<Invoice, number>({
      query: (id) => `/invoices/${id}`,
    }),
    getClients: builder.query<Client[], void>({
      query: () => '/clients',
    }),
    payInvoice: builder.mutation<{ id: number; paidAt: string }, number>({
      query: (id) => ({ url: `/invoices/${id}/pay`, method: 'POST' }),
      invalidatesTags: ['Invoice'],
    }),
  }),
});

export const { useGetInvoicesQuery, useGetInvoiceQuery, useGetClientsQuery, usePayInvoiceMutation } = api;
