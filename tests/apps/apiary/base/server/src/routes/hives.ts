import { Elysia, t } from 'elysia';
import { HIVES, nextId, type Hive } from '../store';
import { toKg } from '../weights';

const toHive = (hive: Hive) => ({
  id: hive.id,
  name: hive.name,
  queen: hive.queen,
  frames: hive.frames,
  harvestedKg: hive.harvestedKg,
});

export const hives = new Elysia({ prefix: '/api/hives' })
  .get('/', () => HIVES.map(toHive))
  .get('/:id', ({ params, error }) => {
    const hive = HIVES.find((h) => h.id === Number(params.id));
    return hive ? toHive(hive) : error(404, 'no such hive');
  })
  .post('/', ({ body }) => {
    const hive: Hive = { id: nextId(), name: body.name, queen: body.queen ?? 'unknown', frames: 0, harvestedKg: 0 };
    HIVES.push(hive);
    return toHive(hive);
  }, {
    body: t.Object({
      name: t.String(),
      queen: t.Optional(t.String()),
    }),
  })
  .post('/:id/harvest', ({ params, body }) => {
    const hive = HIVES.find((h) => h.id === Number(params.id));
    if (hive) hive.harvestedKg += toKg(body.grams);
    return { id: Number(params.id), harvestedKg: hive?.harvestedKg ?? 0 };
  }, {
    body: t.Object({ grams: t.Number() }),
  })
  .delete('/:id', ({ params }) => {
    const index = HIVES.findIndex((h) => h.id === Number(params.id));
    if (index >= 0) HIVES.splice(index, 1);
    return { removed: Number(params.id) };
  });
