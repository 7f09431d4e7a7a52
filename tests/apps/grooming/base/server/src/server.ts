import Fastify from 'fastify';
import dbPlugin from './plugins/db.js';
import metaRoutes from './plugins/meta.js';
import bookingRoutes from './routes/bookings.js';
import { groomerRoutes } from './routes/groomers.js';

export function buildServer() {
  const app = Fastify({ logger: true });
  app.register(dbPlugin);
  app.register(metaRoutes);
  app.register(async (api) => {
    api.register(bookingRoutes, { prefix: '/bookings' });
    api.register(groomerRoutes, { prefix: '/groomers' });
  }, { prefix: '/api' });
  return app;
}
