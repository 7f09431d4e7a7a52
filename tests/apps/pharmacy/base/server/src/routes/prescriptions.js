import { getPrescription, listPrescriptions, renewPrescription } from '../handlers/prescriptions.js';

export default async function prescriptionRoutes(fastify) {
  fastify.get('/', listPrescriptions);
  fastify.get('/:id', getPrescription);
  fastify.post('/:id/renew', renewPrescription);
}
