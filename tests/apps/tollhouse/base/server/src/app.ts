import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { booths } from './routes/booths';
import { passes } from './routes/passes';
import { tolls } from './routes/tolls';

export const app = new Hono()
  .use('*', cors())
  .basePath('/api')
  .route('/booths', booths)
  .route('/passes', passes)
  .route('/tolls', tolls);

export type AppType = typeof app;
