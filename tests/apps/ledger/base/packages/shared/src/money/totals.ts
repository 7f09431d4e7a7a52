import type { InvoiceLine } from '../schemas/invoice'

export function lineTotal(line: InvoiceLine): number {
  return Math.round(line.quantity * line.unitPriceCents)
}

export function invoiceTotal(lines: InvoiceLine[], vatRate = 0.23): { net: number; vat: number; gross: number } {
  const net = lines.reduce((sum, line) => sum + lineTotal(line), 0)
  const vat = Math.round(net * vatRate)
  return { net, vat, gross: net + vat }
}
