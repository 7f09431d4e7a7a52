import Fastify from 'fastify';
import prescriptionRoutes from './routes/prescriptions.js';
import refillRoutes from './routes/refills.js';

const app = Fastify({ logger: true });

app.register(prescriptionRoutes, { prefix: '/api/prescriptions' });
app.register(refillRoutes, { prefix: '/api/refills' });

app.listen({ port: Number(process.env.PORT ?? 4000) }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});
