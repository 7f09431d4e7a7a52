import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { tripPrice } from '../pricing';
import { GUIDES, TRIPS, type Trip } from '../store';

const toTrip = (trip: Trip) => ({
  id: trip.id,
  guideId: trip.guideId,
  peak: trip.peak,
  date: trip.date,
  climbers: trip.climbers,
  price: tripPrice(GUIDES.find((g) => g.id === trip.guideId)?.dayRate ?? 0, trip.climbers),
  gearList: trip.gearList,
});

const NewTrip = z.object({
  guideId: z.number(),
  peak: z.string().min(1),
  date: z.string(),
  climbers: z.number().int().min(1).optional(),
});

export const trips = new Hono()
  .get('/', (c) => c.json(TRIPS.map(toTrip)))
  .post('/', zValidator('json', NewTrip), (c) => {
    const input = c.req.valid('json');
    const trip: Trip = { id: TRIPS.length + 1, climbers: 1, gearList: [], ...input };
    TRIPS.push(trip);
    return c.json(toTrip(trip), 201);
  })
  .post('/:id/cancel', (c) => {
    const index = TRIPS.findIndex((t) => t.id === Number(c.req.param('id')));
    if (index < 0) return c.json({ error: 'no such trip' }, 404);
    const [trip] = TRIPS.splice(index, 1);
    return c.json(toTrip(trip));
  });
