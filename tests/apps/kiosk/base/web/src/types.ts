export interface MenuItem {
  id: number
  name: string
  price_cents: number
}

export interface Order {
  id: number
  item_id: number
  customer: string
  status: 'queued' | 'ready'
  total_cents: number
}
