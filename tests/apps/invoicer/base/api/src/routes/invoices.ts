import { Hono } from 'hono';
import { db } from '../db.js';
import { toInvoiceJson } from '../serializers.js';

export const invoices = new Hono();

invoices.get('/', (c) => {
  const status = c.req.query('status');
  const rows = db.invoices.filter((row) => !status || row.status === status);
  return c.json({ items: rows.map(toInvoiceJson), total: rows.length });
});

invoices.get('/:id', (c) => {
  const row = db.invoices.find((r) => r.id === Number(c.req.param('id')));
  if (!row) {
    return c.json({ error: 'not found' }, 404);
  }
  return c.json(toInvoiceJson(row));
});

invoices.post('/:id/pay', (c) => {
  const row = db.invoices.find((r) => r.id === Number(c.req.param('id')));
  if (!row) {
    return c.json({ error: 'not found' }, 404);
  }
  row.status = 'paid';
  row.paid_at = new Date().toISOString();
  return c.json({ id: row.id, paidAt: row.paid_at });
});
