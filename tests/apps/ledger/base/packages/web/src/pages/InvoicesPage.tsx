import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { CustomerPicker } from '../components/CustomerPicker'
import { InvoiceTable } from '../components/InvoiceTable'
import { NewInvoiceForm } from '../components/NewInvoiceForm'

export function InvoicesPage() {
  const [customerId, setCustomerId] = useState('')
  const queryClient = useQueryClient()
  return (
    <main>
      <h1>Invoices</h1>
      <CustomerPicker value={customerId} onChange={setCustomerId} />
      {customerId && (
        <NewInvoiceForm customerId={customerId} onCreated={() => queryClient.invalidateQueries({ queryKey: ['invoices'] })} />
      )}
      <InvoiceTable />
    </main>
  )
}
