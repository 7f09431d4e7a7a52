import { guestName, type Dish, type PotluckEvent } from './store.js'

export function toEventSummary(event: PotluckEvent) {
  return {
    id: event.id,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    dishCount: event.dishes.length,
  }
}

export function toDish(dish: Dish) {
  return {
    id: dish.id,
    name: dish.name,
    vegetarian: dish.vegetarian,
    broughtBy: guestName(dish.guestId),
  }
}
