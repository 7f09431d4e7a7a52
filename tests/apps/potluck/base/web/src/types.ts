export interface EventSummary {
  id: number
  title: string
  startsAt: string
  dishCount: number
}

export interface Dish {
  id: number
  name: string
  vegetarian: boolean
  broughtBy: string
}

export interface EventDetail extends EventSummary {
  location: string
  dishes: Dish[]
}

export interface Guest {
  id: number
  displayName: string
  attending: boolean | null
}
