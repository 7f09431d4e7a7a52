import { Router } from 'express'
import { products } from '../db.js'
import { requireUser } from '../middleware/auth.js'

export const productsRouter = Router()

productsRouter.get('/', (_req, res) => {
  res.json(products.map((p) => ({ id: p.id, name: p.name, priceCents: p.price_cents })))
})

productsRouter.get('/featured', (_req, res) => {
  const featured = products.filter((p) => p.featured)
  res.json(featured.map((p) => ({ id: p.id, name: p.name, priceCents: p.price_cents })))
})

productsRouter.post('/:id/favourite', requireUser, (req, res) => {
  res.status(204).end()
})
