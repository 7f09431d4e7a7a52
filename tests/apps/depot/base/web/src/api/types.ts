export interface Parcel {
  id: number
  recipient: string
  weightKg: number
  fragile: boolean
  status: 'waiting' | 'dispatched' | 'delivered'
  courier: string | null
}

export interface Stats {
  waiting: number
  dispatched: number
}
