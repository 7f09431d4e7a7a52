import type { FastifyInstance } from 'fastify';

export async function groomerRoutes(fastify: FastifyInstance) {
  fastify.get('/', async () => {
    return fastify.db.groomers.map((g) => ({ id: g.id, name: g.name, specialty: g.specialty }));
  });
}
