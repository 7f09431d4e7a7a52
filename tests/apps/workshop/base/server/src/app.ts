import Fastify from 'fastify';
import { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';

import loanRoutes from './routes/loans.js';
import toolRoutes from './routes/tools.js';

export async function buildApp() {
  const app = Fastify({ logger: true }).withTypeProvider<TypeBoxTypeProvider>();
  await app.register(toolRoutes, { prefix: '/api/tools' });
  await app.register(loanRoutes, { prefix: '/api/loans' });
  return app;
}
