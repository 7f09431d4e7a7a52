"""apiary: an Elysia API (Bun) written for its typed client: plugins made with `new Elysia({
prefix: '/api/hives' })` whose routes are chained (`.get('/', () => HIVES.map(toHive))`,
`.post('/:id/harvest', handler, { body: t.Object({...}) })`: the handler's return value is
the response, the hook's TypeBox `body` schema the request body, `t.Optional(...)` keys not
required), added to the app with `.use(hives)`; and a TypeScript client on Eden Treaty:
`const api = treaty<App>('localhost:3000')`, requests written as the route's path in
properties (`api.api.hives({ id }).harvest.post({ grams })`: a call gives a path parameter,
the last property is the method, the first argument the body), `const { data, error } =
await ...` the response body under `data`."""

SERVER = "server/src"
WEB = "web/src"

CHANGES = {
    # A harvest is /collect now; the client still posts to /harvest.
    "harvest-route-renamed": [
        ("edit", f"{SERVER}/routes/hives.ts", ".post('/:id/harvest'", ".post('/:id/collect'"),
    ],
    # A hive is retired with PATCH now, not deleted; the client still sends DELETE.
    "delete-verb-changed": [
        ("edit", f"{SERVER}/routes/hives.ts", ".delete('/:id'", ".patch('/:id'"),
    ],
    # A hive's `queen` is `queenLine`; the list still shows `hive.queen`.
    "queen-renamed": [
        ("edit", f"{SERVER}/routes/hives.ts", "  queen: hive.queen,", "  queenLine: hive.queen,"),
    ],
    # A logged inspection no longer says who inspected; the client still returns `inspector`.
    "inspector-dropped": [
        ("edit", f"{SERVER}/routes/inspections.ts",
         "return { id: inspection.id, hiveId: inspection.hiveId, note: inspection.note, inspector: inspection.inspector };",
         "return { id: inspection.id, hiveId: inspection.hiveId, note: inspection.note };"),
    ],
    # An inspection must name its inspector now; the client still logs `{ hiveId, note }` (a 422).
    "inspector-now-required": [
        ("edit", f"{SERVER}/routes/inspections.ts", "inspector: t.Optional(t.String()),", "inspector: t.String(),"),
    ],
    # The weights helper moved into lib/ without its importer.
    "weights-module-moved": [
        ("move", f"{SERVER}/weights.ts", f"{SERVER}/lib/weights.ts"),
    ],
    # Refactor: the harvest route is renamed with its client.
    "refactor-harvest-route-with-client": [
        ("edit", f"{SERVER}/routes/hives.ts", ".post('/:id/harvest'", ".post('/:id/collect'"),
        ("edit", f"{WEB}/hives.ts", "api.api.hives({ id }).harvest.post", "api.api.hives({ id }).collect.post"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{SERVER}/routes/hives.ts", "  frames: hive.frames,\n", "  frames: hive.frames,\n  active: true,\n"),
        ("edit", f"{SERVER}/routes/hives.ts", "      queen: t.Optional(t.String()),\n",
         "      queen: t.Optional(t.String()),\n      apiary: t.Optional(t.String()),\n"),
    ],
}
