import { Hono } from 'hono';
import { NOTES } from '../store';

export const tags = new Hono().get('/', (c) => {
  const counts = new Map<string, number>();
  for (const note of NOTES) for (const tag of note.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return c.json([...counts].map(([name, count]) => ({ name, count })));
});
