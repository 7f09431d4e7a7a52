import type { FastifyPluginAsync } from 'fastify';
import { confirmBooking, createBooking, findBooking, listBookings, type NewBooking } from '../services/bookings.js';

const bookingRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.get('/', async () => {
    const items = listBookings(fastify.db);
    return { items, total: items.length };
  });

  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    const booking = findBooking(fastify.db, Number(request.params.id));
    if (!booking) {
      return reply.code(404).send({ error: 'not found' });
    }
    return booking;
  });

  fastify.post<{ Body: NewBooking }>('/', async (request, reply) => {
    const booking = createBooking(fastify.db, request.body);
    return reply.code(201).send(booking);
  });

  fastify.post<{ Params: { id: string } }>('/:id/confirm', async (request, reply) => {
    const row = confirmBooking(fastify.db, Number(request.params.id));
    if (!row) {
      return reply.code(404).send({ error: 'not found' });
    }
    return { id: row.id, status: row.status, confirmedAt: row.confirmed_at };
  });
};

export default bookingRoutes;
