import { FormEvent, useState } from 'react'
import { invoiceTotal, formatMoney, newInvoiceSchema, type InvoiceLine } from '@ledger/shared'
import { createInvoice } from '../api/invoices'

export function NewInvoiceForm({ customerId, onCreated }: { customerId: string; onCreated: () => void }) {
  const [lines, setLines] = useState<InvoiceLine[]>([{ description: '', quantity: 1, unitPriceCents: 0 }])
  const [error, setError] = useState<string | null>(null)
  const totals = invoiceTotal(lines)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const parsed = newInvoiceSchema.safeParse({ customerId, lines })
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'invalid invoice')
      return
    }
    await createInvoice(parsed.data)
    onCreated()
  }

  function update(index: number, patch: Partial<InvoiceLine>) {
    setLines(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)))
  }

  return (
    <form onSubmit={submit}>
      {lines.map((line, index) => (
        <fieldset key={index}>
          <input value={line.description} onChange={(e) => update(index, { description: e.target.value })} />
          <input type="number" value={line.quantity} onChange={(e) => update(index, { quantity: Number(e.target.value) })} />
          <input type="number" value={line.unitPriceCents} onChange={(e) => update(index, { unitPriceCents: Number(e.target.value) })} />
        </fieldset>
      ))}
      <button type="button" onClick={() => setLines([...lines, { description: '', quantity: 1, unitPriceCents: 0 }])}>
        Add line
      </button>
      <p>Total {formatMoney(totals.gross)} (VAT {formatMoney(totals.vat)})</p>
      {error && <p role="alert">{error}</p>}
      <button type="submit">Create invoice</button>
    </form>
  )
}
