import type { InvoiceStatus, NewInvoice } from '@ledger/shared'
import { apiFetch } from './client'

export interface InvoiceSummary {
  id: string
  number: string
  status: InvoiceStatus
  customerId: string
  grossCents: number
  issuedAt: string | null
}

export const listInvoices = (status?: InvoiceStatus) =>
  apiFetch<InvoiceSummary[]>(status ? `/invoices?status=${status}` : '/invoices')

export const createInvoice = (input: NewInvoice) =>
  apiFetch<InvoiceSummary>('/invoices', { method: 'POST', body: JSON.stringify(input) })

export const sendInvoice = (id: string) =>
  apiFetch<InvoiceSummary>(`/invoices/${id}/send`, { method: 'POST' })

export const voidInvoice = (id: string) => apiFetch<null>(`/invoices/${id}`, { method: 'DELETE' })
