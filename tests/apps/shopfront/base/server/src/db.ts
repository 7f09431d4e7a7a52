export interface ProductRow {
  id: number
  name: string
  price_cents: number
  featured: boolean
}

export interface OrderRow {
  id: number
  user_id: string
  status: 'placed' | 'paid' | 'refunded'
  items: { productId: number; quantity: number; priceCents: number }[]
  created_at: Date
}

export const products: ProductRow[] = [
  { id: 1, name: 'Mug', price_cents: 1200, featured: true },
  { id: 2, name: 'Tote bag', price_cents: 1800, featured: false },
  { id: 3, name: 'Poster', price_cents: 2500, featured: true },
]

export const orders: OrderRow[] = []
