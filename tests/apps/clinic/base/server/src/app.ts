import Fastify from 'fastify';
import { appointmentRoutes } from './routes/appointments.js';
import { patientRoutes } from './routes/patients.js';

export function buildApp() {
  const app = Fastify({ logger: true });
  app.register(appointmentRoutes, { prefix: '/api/appointments' });
  app.register(patientRoutes, { prefix: '/api/patients' });
  app.get('/health', async () => ({ ok: true }));
  return app;
}
