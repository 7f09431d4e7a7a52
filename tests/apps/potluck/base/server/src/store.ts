export interface Dish {
  id: number
  name: string
  guestId: number
  vegetarian: boolean
}

export interface PotluckEvent {
  id: number
  title: string
  startsAt: Date
  location: string
  dishes: Dish[]
}

export interface Guest {
  id: number
  firstName: string
  lastName: string
  attending: boolean | null
}

export const guests: Guest[] = [
  { id: 1, firstName: 'Ada', lastName: 'Byrne', attending: true },
  { id: 2, firstName: 'Tomas', lastName: 'Kerr', attending: null },
]

export const events: PotluckEvent[] = [
  { id: 1, title: 'Winter potluck', startsAt: new Date('2026-01-17T18:00:00Z'), location: 'Community hall', dishes: [] },
]

let lastId = 100

export function nextId(): number {
  lastId += 1
  return lastId
}

export function guestName(id: number): string {
  const guest = guests.find((g) => g.id === id)
  return guest ? `${guest.firstName} ${guest.lastName}` : 'someone'
}
