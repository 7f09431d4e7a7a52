import Fastify from 'fastify';

import jobRoutes from './routes/jobs.js';
import machineRoutes from './routes/machines.js';

export function buildApp() {
  const app = Fastify({ logger: true });
  app.register(jobRoutes, { prefix: '/api/jobs' });
  app.register(machineRoutes, { prefix: '/api/machines' });
  return app;
}
