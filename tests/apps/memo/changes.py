"""memo: a Hono API written for its typed client (routes chained on `new Hono()` so that
`typeof app` carries them: `new Hono().get('/', ...).post('/:id/pin', ...)` per resource,
mounted with `.route('/notes', notes)` on `new Hono().basePath('/api')`; handlers answer
`c.json(NOTES.map(toNote))` of an arrow serializer's literal; the body validated with
`zValidator('json', NewNote)`, a zod object whose `.optional()` keys are not required) and a
React client over Hono's RPC client: `const client = hc<AppType>('/')` and `api = client.api`,
requests written as the route's path in properties (`client.api.notes[':id'].pin.$post({
param: { id } })`, `api.tags.$get()`, `{ json: {...} }` bodies), `await res.json()` returned
by async functions, `useState` set from them, a list item's props typed
`InferResponseType<...>[number]`."""

SERVER = "server/src"
WEB = "web/src"

CHANGES = {
    # Pinning is /star now; the client still posts to /pin.
    "pin-route-renamed": [
        ("edit", f"{SERVER}/routes/notes.ts", ".post('/:id/pin'", ".post('/:id/star'"),
    ],
    # A note is archived with POST now, not deleted; the client still sends DELETE.
    "delete-verb-changed": [
        ("edit", f"{SERVER}/routes/notes.ts", ".delete('/:id'", ".post('/:id'"),
    ],
    # The tags moved under /labels; the client still asks /api/tags.
    "tags-mount-moved": [
        ("edit", f"{SERVER}/app.ts", ".route('/tags', tags)", ".route('/labels', tags)"),
    ],
    # A note's `updatedAt` is `updated_at`; the list item still shows `note.updatedAt`.
    "updated-at-renamed": [
        ("edit", f"{SERVER}/routes/notes.ts", "  updatedAt: note.updatedAt.toISOString(),",
         "  updated_at: note.updatedAt.toISOString(),"),
    ],
    # A tag no longer says how many notes carry it; the cloud still shows `tag.count`.
    "count-dropped": [
        ("edit", f"{SERVER}/routes/tags.ts", "({ name, count })", "({ name })"),
    ],
    # A note must have a body now; the client still creates notes with a title only (a 400).
    "body-now-required": [
        ("edit", f"{SERVER}/routes/notes.ts", "body: z.string().optional(),", "body: z.string(),"),
    ],
    # Refactor: the pin route is renamed with its client.
    "refactor-pin-route-with-client": [
        ("edit", f"{SERVER}/routes/notes.ts", ".post('/:id/pin'", ".post('/:id/star'"),
        ("edit", f"{WEB}/notes.ts", "client.api.notes[':id'].pin.$post", "client.api.notes[':id'].star.$post"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{SERVER}/routes/notes.ts", "  pinned: note.pinned,\n", "  pinned: note.pinned,\n  tags: note.tags,\n"),
        ("edit", f"{SERVER}/routes/tags.ts", "({ name, count })", "({ name, count, slug: name.toLowerCase() })"),
        ("edit", f"{SERVER}/routes/notes.ts", "  body: z.string().optional(),\n",
         "  body: z.string().optional(),\n  color: z.string().optional(),\n"),
    ],
}
