import { Router } from 'express'
import { z } from 'zod'
import { orders } from '../db.js'
import { requireUser, type AuthedRequest } from '../middleware/auth.js'
import { toOrderDto } from '../serializers/order.js'
import { createOrder, findOrder, OrderError, refundOrder } from '../services/orders.js'

export const ordersRouter = Router()
ordersRouter.use(requireUser)

const newOrder = z.object({
  items: z.array(z.object({ productId: z.number().int(), quantity: z.number().int().positive() })),
})

ordersRouter.get('/', (req, res) => {
  const { userId } = req as AuthedRequest
  res.json(orders.filter((o) => o.user_id === userId).map(toOrderDto))
})

ordersRouter.post('/', (req, res) => {
  const parsed = newOrder.safeParse(req.body)
  if (!parsed.success) return res.status(400).json({ error: parsed.error.message })
  try {
    const order = createOrder((req as AuthedRequest).userId, parsed.data.items)
    res.status(201).json(toOrderDto(order))
  } catch (err) {
    if (err instanceof OrderError) return res.status(422).json({ error: err.message })
    throw err
  }
})

ordersRouter.get('/:id', (req, res) => {
  const order = findOrder((req as AuthedRequest).userId, Number(req.params.id))
  if (!order) return res.status(404).json({ error: 'not found' })
  res.json(toOrderDto(order))
})

ordersRouter.post('/:id/refund', (req, res) => {
  const order = findOrder((req as AuthedRequest).userId, Number(req.params.id))
  if (!order) return res.status(404).json({ error: 'not found' })
  res.json(toOrderDto(refundOrder(order)))
})
