import type { Order } from '../types'

interface Props {
  order: Order
  onReady: (id: number) => void
  onCancel: (id: number) => void
}

export function OrderRow({ order, onReady, onCancel }: Props) {
  return (
    <li>
      <span>#{order.id}</span>
      <span>{order.customer}</span>
      <span>{order.status}</span>
      <button onClick={() => onReady(order.id)}>Ready</button>
      <button onClick={() => onCancel(order.id)}>Cancel</button>
    </li>
  )
}
