import { Router } from 'express'
import { parcels } from '../store.js'

export const statsRouter = Router()

statsRouter.get('/', (_req, res) => {
  const rows = [...parcels.values()]
  res.json({
    waiting: rows.filter((r) => r.status === 'waiting').length,
    dispatched: rows.filter((r) => r.status === 'dispatched').length,
  })
})
