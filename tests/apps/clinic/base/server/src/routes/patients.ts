import type { FastifyInstance } from 'fastify';
import { findPatient, listPatients } from '../services/patients.js';

export async function patientRoutes(app: FastifyInstance) {
  app.get('/', async () => listPatients());

  app.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    const patient = findPatient(Number(request.params.id));
    if (!patient) {
      return reply.code(404).send({ error: 'not found' });
    }
    return patient;
  });
}
