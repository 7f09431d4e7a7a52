export interface ParcelRow {
  id: number
  recipient: string
  weight_kg: number
  fragile: boolean
  status: 'waiting' | 'dispatched' | 'delivered'
  courier: string | null
}

export const parcels = new Map<number, ParcelRow>()
