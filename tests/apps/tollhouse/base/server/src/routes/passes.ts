import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { fare } from '../fares';
import { PASSES, type Pass } from '../store';

const NewPass = z.object({
  plate: z.string().optional(),
  vehicle: z.enum(['car', 'van', 'truck']),
  days: z.number().int().min(1),
});

export const passes = new Hono()
  .get('/', (c) => c.json(PASSES))
  .post('/', zValidator('json', NewPass), (c) => {
    const input = c.req.valid('json');
    const pass: Pass = { id: PASSES.length + 1, plate: input.plate ?? 'UNKNOWN', vehicle: input.vehicle, days: input.days };
    PASSES.push(pass);
    return c.json({ ...pass, price: fare(pass.vehicle, pass.days) }, 201);
  })
  .delete('/:id', (c) => {
    const index = PASSES.findIndex((p) => p.id === Number(c.req.param('id')));
    if (index < 0) return c.json({ error: 'no such pass' }, 404);
    PASSES.splice(index, 1);
    return c.json({ revoked: true });
  });
