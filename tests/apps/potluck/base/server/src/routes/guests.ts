import Router from '@koa/router'
import { guests as allGuests } from '../store.js'

export const guests = new Router()

guests.get('/', async (ctx) => {
  ctx.body = allGuests.map((g) => ({
    id: g.id,
    displayName: `${g.firstName} ${g.lastName}`,
    attending: g.attending,
  }))
})

guests.put('/:id/rsvp', async (ctx) => {
  const guest = allGuests.find((g) => g.id === Number(ctx.params.id))
  if (!guest) {
    ctx.throw(404, 'no such guest')
  }
  const { attending } = ctx.request.body as { attending: boolean }
  guest.attending = attending
  ctx.body = { id: guest.id, attending: guest.attending }
})
