import type { Customer, Invoice } from '@ledger/shared'

export const customers = new Map<string, Customer>()
export const invoices = new Map<string, Invoice>()

let counter = 1000

export function nextInvoiceNumber(): string {
  counter += 1
  return `INV-${counter}`
}
