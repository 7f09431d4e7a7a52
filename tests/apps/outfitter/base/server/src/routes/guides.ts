import { Hono } from 'hono';
import { GUIDES, type Guide } from '../store';

const toGuide = (guide: Guide) => ({
  id: guide.id,
  name: guide.name,
  grade: guide.grade,
  languages: guide.languages,
  dayRate: guide.dayRate,
});

export const guides = new Hono()
  .get('/', (c) => c.json(GUIDES.map(toGuide)))
  .get('/:id', (c) => {
    const guide = GUIDES.find((g) => g.id === Number(c.req.param('id')));
    if (!guide) return c.json({ error: 'no such guide' }, 404);
    return c.json(toGuide(guide));
  });
