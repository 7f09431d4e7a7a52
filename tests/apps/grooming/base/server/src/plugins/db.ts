import fp from 'fastify-plugin';
import { openDb, type Db } from '../services/db.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export default fp(async (fastify) => {
  const db = openDb(process.env.DATABASE_PATH ?? 'grooming.json');
  fastify.decorate('db', db);
  fastify.addHook('onClose', async () => db.close());
});
