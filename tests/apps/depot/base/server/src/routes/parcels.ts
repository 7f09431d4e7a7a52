import { Router } from 'express'
import { CreateParcel, DispatchParcel } from '../schemas.js'
import { toParcel } from '../serializers.js'
import { parcels } from '../store.js'

export const parcelsRouter = Router()

parcelsRouter.get('/', (_req, res) => {
  res.json([...parcels.values()].map(toParcel))
})

parcelsRouter.get('/:id', (req, res) => {
  const row = parcels.get(Number(req.params.id))
  if (!row) return res.status(404).json({ error: 'not found' })
  res.json(toParcel(row))
})

parcelsRouter.post('/', (req, res) => {
  const body = CreateParcel.parse(req.body)
  const row = { id: parcels.size + 1, recipient: body.recipient, weight_kg: body.weightKg,
    fragile: body.fragile ?? false, status: 'waiting' as const, courier: null }
  parcels.set(row.id, row)
  res.status(201).json(toParcel(row))
})

parcelsRouter.post('/:id/dispatch', (req, res) => {
  const { courier } = DispatchParcel.parse(req.body)
  const row = parcels.get(Number(req.params.id))!
  row.status = 'dispatched'
  row.courier = courier
  res.json(toParcel(row))
})
