import { Hono } from 'hono';
import { notes } from './routes/notes';
import { tags } from './routes/tags';

export const app = new Hono()
  .basePath('/api')
  .route('/notes', notes)
  .route('/tags', tags);

export type AppType = typeof app;
