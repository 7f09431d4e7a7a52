import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { formatMoney } from '@ledger/shared/money'
import { listInvoices, sendInvoice, voidInvoice } from '../api/invoices'

export function InvoiceTable() {
  const queryClient = useQueryClient()
  const { data: invoices = [], isLoading } = useQuery({ queryKey: ['invoices'], queryFn: () => listInvoices() })
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['invoices'] })
  const send = useMutation({ mutationFn: sendInvoice, onSuccess: refresh })
  const cancel = useMutation({ mutationFn: voidInvoice, onSuccess: refresh })

  if (isLoading) return <p>Loading…</p>

  return (
    <table>
      <tbody>
        {invoices.map((invoice) => (
          <tr key={invoice.id}>
            <td>{invoice.number}</td>
            <td>{invoice.status}</td>
            <td>{formatMoney(invoice.grossCents)}</td>
            <td>
              {invoice.status === 'draft' && <button onClick={() => send.mutate(invoice.id)}>Send</button>}
              {invoice.status !== 'void' && <button onClick={() => cancel.mutate(invoice.id)}>Void</button>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
