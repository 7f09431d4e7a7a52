import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { listMenu, placeOrder } from '../api'

export function Menu() {
  const queryClient = useQueryClient()
  const [receipt, setReceipt] = useState('')
  const { data } = useQuery({ queryKey: ['menu'], queryFn: listMenu })
  const order = useMutation({
    mutationFn: placeOrder,
    onSuccess: (placed) => {
      setReceipt(`Order ${placed.id}: ${(placed.total_cents / 100).toFixed(2)}`)
      queryClient.invalidateQueries({ queryKey: ['orders'] })
    },
  })

  return (
    <section>
      {data?.items.map((item) => (
        <button key={item.id} onClick={() => order.mutate(item.id)}>
          {item.name} {(item.price_cents / 100).toFixed(2)}
        </button>
      ))}
      {receipt && <p>{receipt}</p>}
    </section>
  )
}
