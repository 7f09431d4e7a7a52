import { Hono } from 'hono';
import { clients } from './routes/clients.js';
import { invoices } from './routes/invoices.js';

export const app = new Hono().basePath('/api');

app.route('/invoices', invoices);
app.route('/clients', clients);
app.get('/health', (c) => c.json({ ok: true }));
