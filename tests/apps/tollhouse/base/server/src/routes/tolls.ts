import { Hono } from 'hono';
import { fare } from '../fares';
import { PASSES } from '../store';

export const tolls = new Hono()
  .get('/:plate', (c) => {
    const plate = c.req.param('plate');
    const pass = PASSES.find((p) => p.plate === plate);
    return c.json({ plate, covered: Boolean(pass), amount: pass ? 0 : fare('car', 1) });
  });
