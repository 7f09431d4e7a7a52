import type { MenuItem, Order } from './types'

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`)
  return (await response.json()) as T
}

export const listMenu = () => send<{ items: MenuItem[] }>('GET', '/menu/')
export const listOrders = () => send<{ orders: Order[] }>('GET', '/orders/')
export const placeOrder = (itemId: number) => send<Order>('POST', '/orders/', { item_id: itemId })
export const markReady = (id: number) => send<Order>('POST', `/orders/${id}/ready`)
export const cancelOrder = (id: number) => send<{ id: number }>('DELETE', `/orders/${id}`)
