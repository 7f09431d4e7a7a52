import type { Item, Order } from '../types/pantry'

export function consumeItem(id: number, amount: number) {
  return $fetch<Item>(`/api/items/${id}/consume`, { method: 'POST', body: { amount } })
}

export function addItem(name: string, quantity: number) {
  return $fetch<Item>('/api/items', { method: 'POST', body: { name, quantity } })
}

export function createOrder(supplier: string, lines: [number, number][]) {
  return $fetch<Order>('/api/orders', { method: 'POST', body: { supplier, lines } })
}

export function cancelOrder(id: number) {
  return $fetch(`/api/orders/${id}`, { method: 'DELETE' })
}
