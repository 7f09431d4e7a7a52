import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { newCustomerSchema, type Customer } from '@ledger/shared'
import { customers } from '../store'

export const customerRoutes = new Hono()

customerRoutes.get('/', (c) => c.json([...customers.values()]))

customerRoutes.post('/', zValidator('json', newCustomerSchema), (c) => {
  const customer: Customer = { id: crypto.randomUUID(), ...c.req.valid('json') }
  customers.set(customer.id, customer)
  return c.json(customer, 201)
})
