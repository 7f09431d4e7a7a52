export interface Zone {
  id: number
  name: string
  humidity_target: number
  plant_count: number
}

export interface Plant {
  id: number
  name: string
  species: string
  zone: number
  zone_name: string
  water_every_days: number
  last_watered_at: string | null
  next_watering: string | null
}

export interface Watering {
  id: number
  amount: number
  note: string
  watered_at: string
}

export interface Dashboard {
  total: number
  thirsty: number
  checked_at: string
}
