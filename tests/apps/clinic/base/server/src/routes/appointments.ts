import type { FastifyInstance } from 'fastify';
import { cancelAppointment, listAppointments } from '../services/appointments.js';

export async function appointmentRoutes(app: FastifyInstance) {
  app.get('/', async () => {
    return listAppointments({ status: 'booked' });
  });

  app.post<{ Params: { id: string } }>('/:id/cancel', async (request, reply) => {
    const appointment = cancelAppointment(Number(request.params.id));
    if (!appointment) {
      return reply.code(409).send({ error: 'cannot cancel' });
    }
    return appointment;
  });
}
