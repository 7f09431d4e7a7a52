import { Hono } from 'hono'
import { logger } from 'hono/logger'
import { customerRoutes } from './routes/customers'
import { invoiceRoutes } from './routes/invoices'

export const app = new Hono().basePath('/api')

app.use('*', logger())
app.get('/health', (c) => c.json({ ok: true }))
app.route('/customers', customerRoutes)
app.route('/invoices', invoiceRoutes)
