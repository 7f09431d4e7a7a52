export interface OrderSummary {
  id: number
  status: 'placed' | 'paid' | 'refunded'
  itemCount: number
  totalCents: number
  placedAt: string
}

export interface Product {
  id: number
  name: string
  priceCents: number
}

function headers(userId: string): HeadersInit {
  return { 'Content-Type': 'application/json', 'x-user-id': userId }
}

export async function refundOrder(userId: string, id: number): Promise<OrderSummary> {
  const res = await fetch(`/api/orders/${id}/refund`, { method: 'POST', headers: headers(userId) })
  if (!res.ok) throw new Error(`refund failed: ${res.status}`)
  return res.json()
}

export async function placeOrder(userId: string, items: { productId: number; quantity: number }[]) {
  const res = await fetch('/api/orders', {
    method: 'POST',
    headers: headers(userId),
    body: JSON.stringify({ items }),
  })
  if (!res.ok) throw new Error((await res.json()).error)
  const order: OrderSummary = await res.json()
  return order
}

export async function favourite(userId: string, productId: number): Promise<void> {
  await fetch(`/api/products/${productId}/favourite`, { method: 'POST', headers: headers(userId) })
}
