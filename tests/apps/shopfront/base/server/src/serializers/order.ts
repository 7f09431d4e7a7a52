import type { OrderRow } from '../db.js'

export function toOrderDto(order: OrderRow) {
  const totalCents = order.items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0)
  return {
    id: order.id,
    status: order.status,
    itemCount: order.items.length,
    totalCents,
    placedAt: order.created_at.toISOString(),
  }
}
