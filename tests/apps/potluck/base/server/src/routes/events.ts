import Router from '@koa/router'
import { z } from 'zod'
import { toDish, toEventSummary } from '../serializers.js'
import { events as allEvents, nextId } from '../store.js'

const NewDish = z.object({
  name: z.string().min(1),
  guestId: z.number().int(),
  vegetarian: z.boolean().default(false),
})

export const events = new Router()

function findEvent(id: string) {
  const event = allEvents.find((e) => e.id === Number(id))
  if (!event) {
    throw Object.assign(new Error(`event ${id} not found`), { status: 404 })
  }
  return event
}

events.get('/', async (ctx) => {
  ctx.body = allEvents.map(toEventSummary)
})

events.get('/:id', async (ctx) => {
  const event = findEvent(ctx.params.id)
  ctx.body = {
    ...toEventSummary(event),
    location: event.location,
    dishes: event.dishes.map(toDish),
  }
})

events.post('/:id/dishes', async (ctx) => {
  const event = findEvent(ctx.params.id)
  const parsed = NewDish.safeParse(ctx.request.body)
  if (!parsed.success) {
    ctx.throw(400, parsed.error.message)
  }
  const dish = { id: nextId(), ...parsed.data }
  event.dishes.push(dish)
  ctx.status = 201
  ctx.body = toDish(dish)
})
