export interface Workshop {
  id: number
  title: string
  teacher: string
  seats_left: number
  price: number
}

export interface Booking {
  id: number
  workshop_id: number
  name: string
  paid: boolean
}
