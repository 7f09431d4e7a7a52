import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { NOTES, nextId, type Note } from '../store';

const toNote = (note: Note) => ({
  id: note.id,
  title: note.title,
  body: note.body,
  pinned: note.pinned,
  updatedAt: note.updatedAt.toISOString(),
});

const NewNote = z.object({
  title: z.string().min(1),
  body: z.string().optional(),
});

export const notes = new Hono()
  .get('/', (c) => c.json(NOTES.map(toNote)))
  .post('/', zValidator('json', NewNote), (c) => {
    const input = c.req.valid('json');
    const note: Note = { id: nextId(), title: input.title, body: input.body ?? '', pinned: false, tags: [], updatedAt: new Date() };
    NOTES.push(note);
    return c.json(toNote(note), 201);
  })
  .post('/:id/pin', (c) => {
    const note = NOTES.find((n) => n.id === Number(c.req.param('id')));
    if (!note) return c.json({ error: 'not found' }, 404);
    note.pinned = !note.pinned;
    return c.json(toNote(note));
  })
  .delete('/:id', (c) => {
    const index = NOTES.findIndex((n) => n.id === Number(c.req.param('id')));
    if (index >= 0) NOTES.splice(index, 1);
    return c.body(null, 204);
  });
