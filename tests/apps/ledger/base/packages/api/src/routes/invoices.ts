import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { newInvoiceSchema } from '@ledger/shared'
import { createInvoice, sendInvoice, summarize } from '../services/invoices'
import { invoices } from '../store'

export const invoiceRoutes = new Hono()

invoiceRoutes.get('/', (c) => {
  const status = c.req.query('status')
  const rows = [...invoices.values()].filter((i) => !status || i.status === status)
  return c.json(rows.map((invoice) => summarize(invoice)))
})

invoiceRoutes.post('/', zValidator('json', newInvoiceSchema), (c) => {
  const invoice = createInvoice(c.req.valid('json'))
  return c.json(summarize(invoice), 201)
})

invoiceRoutes.post('/:id/send', (c) => {
  const invoice = invoices.get(c.req.param('id'))
  if (!invoice) return c.json({ error: 'not found' }, 404)
  return c.json(summarize(sendInvoice(invoice)))
})

invoiceRoutes.delete('/:id', (c) => {
  const invoice = invoices.get(c.req.param('id'))
  if (!invoice) return c.json({ error: 'not found' }, 404)
  invoice.status = 'void'
  return c.body(null, 204)
})
