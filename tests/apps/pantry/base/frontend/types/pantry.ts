export interface Item {
  id: number
  name: string
  quantity: number
  expires: string | null
  shelf: string
}

export interface Order {
  id: number
  supplier: string
  total: number
  note: string
}
