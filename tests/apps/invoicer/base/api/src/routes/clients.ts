import { Hono } from 'hono';
import { db } from '../db.js';

export const clients = new Hono();

clients.get('/', (c) => {
  return c.json(db.clients.map((client) => ({ id: client.id, name: client.name, email: client.email })));
});
