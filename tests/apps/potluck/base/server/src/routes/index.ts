import Router from '@koa/router'
import { events } from './events.js'
import { guests } from './guests.js'

export const api = new Router({ prefix: '/api' })

api.use('/events', events.routes(), events.allowedMethods())
api.use('/guests', guests.routes(), guests.allowedMethods())
