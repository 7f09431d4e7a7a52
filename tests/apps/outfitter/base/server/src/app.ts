import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { guides } from './routes/guides';
import { trips } from './routes/trips';

export const app = new Hono()
  .use('*', cors())
  .basePath('/api')
  .route('/guides', guides)
  .route('/trips', trips);

export type AppType = typeof app;
