import { Hono } from 'hono';
import { BOOTHS } from '../store';

export const booths = new Hono()
  .get('/', (c) => c.json(BOOTHS.map((b) => ({ id: b.id, road: b.road, lanes: b.lanes, open: b.open }))))
  .get('/:id', (c) => {
    const booth = BOOTHS.find((b) => b.id === Number(c.req.param('id')));
    return booth ? c.json(booth) : c.json({ error: 'no such booth' }, 404);
  });
