import { Elysia } from 'elysia';
import { hives } from './routes/hives';
import { inspections } from './routes/inspections';

export const app = new Elysia()
  .use(hives)
  .use(inspections)
  .listen(3000);

export type App = typeof app;
