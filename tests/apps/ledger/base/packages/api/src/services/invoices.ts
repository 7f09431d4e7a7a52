import { invoiceTotal, type Invoice, type NewInvoice } from '@ledger/shared'
import { invoices, nextInvoiceNumber } from '../store'

export function createInvoice(input: NewInvoice): Invoice {
  const invoice: Invoice = {
    id: crypto.randomUUID(),
    customerId: input.customerId,
    number: nextInvoiceNumber(),
    status: 'draft',
    lines: input.lines,
    issuedAt: null,
  }
  invoices.set(invoice.id, invoice)
  return invoice
}

export function sendInvoice(invoice: Invoice): Invoice {
  invoice.status = 'sent'
  invoice.issuedAt = new Date().toISOString()
  return invoice
}

export function summarize(invoice: Invoice) {
  const totals = invoiceTotal(invoice.lines)
  return {
    id: invoice.id,
    number: invoice.number,
    status: invoice.status,
    customerId: invoice.customerId,
    grossCents: totals.gross,
    issuedAt: invoice.issuedAt,
  }
}
