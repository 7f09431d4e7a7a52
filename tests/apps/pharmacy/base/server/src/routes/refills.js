import { listRefills, requestRefill } from '../handlers/refills.js';

export default async function refillRoutes(fastify) {
  fastify.get('/', listRefills);
  fastify.post('/', requestRefill);
}
