import { useQuery } from '@tanstack/react-query'
import { listCustomers } from '../api/customers'

export function CustomerPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { data: customers = [] } = useQuery({ queryKey: ['customers'], queryFn: listCustomers })
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Choose a customer</option>
      {customers.map((customer) => (
        <option key={customer.id} value={customer.id}>
          {customer.name}
        </option>
      ))}
    </select>
  )
}
