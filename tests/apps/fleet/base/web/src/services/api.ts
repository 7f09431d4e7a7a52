import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import type { Driver, Trip, Vehicle } from './types';

export const api = createApi({
  reducerPath: 'api',
  baseQuery: fetchBaseQuery({ baseUrl: '/api' }),
  endpoints: (build) => ({
    getVehicles: build.query<Vehicle[], void>({
      query: () => '/vehicles',
    }),
    searchTrips: build.query<Trip[], string>({
      query: (q) => ({ url: '/trips', params: { q } }),
    }),
    getDriver: build.query<Driver, number>({
      query: (id) => `/drivers/${id}`,
    }),
  }),
});

export const { useGetVehiclesQuery, useLazySearchTripsQuery, useLazyGetDriverQuery } = api;
