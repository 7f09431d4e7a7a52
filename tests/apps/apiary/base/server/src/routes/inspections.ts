import { Elysia, t } from 'elysia';
import { INSPECTIONS, nextId } from '../store';

export const inspections = new Elysia({ prefix: '/api/inspections' })
  .get('/', () => INSPECTIONS.map((i) => ({ id: i.id, hiveId: i.hiveId, note: i.note, inspector: i.inspector })))
  .post('/', ({ body }) => {
    const inspection = { id: nextId(), hiveId: body.hiveId, note: body.note, inspector: body.inspector ?? 'anonymous', at: new Date() };
    INSPECTIONS.push(inspection);
    return { id: inspection.id, hiveId: inspection.hiveId, note: inspection.note, inspector: inspection.inspector };
  }, {
    body: t.Object({
      hiveId: t.Number(),
      note: t.String(),
      inspector: t.Optional(t.String()),
    }),
  });
