import { orders, products, type OrderRow } from '../db.js'

export interface OrderItemInput {
  productId: number
  quantity: number
}

export class OrderError extends Error {}

export function createOrder(userId: string, items: OrderItemInput[]): OrderRow {
  if (items.length === 0) throw new OrderError('an order needs at least one item')
  const order: OrderRow = {
    id: orders.length + 1,
    user_id: userId,
    status: 'placed',
    items: items.map((item) => {
      const product = products.find((p) => p.id === item.productId)
      if (!product) throw new OrderError(`no product ${item.productId}`)
      return { productId: product.id, quantity: item.quantity, priceCents: product.price_cents }
    }),
    created_at: new Date(),
  }
  orders.push(order)
  return order
}

export function findOrder(userId: string, id: number): OrderRow | undefined {
  return orders.find((o) => o.id === id && o.user_id === userId)
}

export function refundOrder(order: OrderRow): OrderRow {
  if (order.status !== 'paid') throw new OrderError('only paid orders can be refunded')
  order.status = 'refunded'
  return order
}
