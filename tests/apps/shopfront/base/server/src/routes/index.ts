import { Router } from 'express'
import { ordersRouter } from './orders.js'
import { productsRouter } from './products.js'

export const apiRouter = Router()

apiRouter.get('/health', (_req, res) => res.json({ ok: true }))
apiRouter.use('/orders', ordersRouter)
apiRouter.use('/products', productsRouter)
