"""pharmacy: a Fastify API (JavaScript) whose route plugins name handlers written in another
module (`fastify.get('/', listPrescriptions)` with `export async function listPrescriptions(
request, reply) { return {...} }`), sending what they return; and a React client (JavaScript,
Redux Toolkit 1.9) whose thunks live in their own module (`store/thunks.js`), imported by two
slices: one keeping the payloads with `builder.addCase(thunk.fulfilled, ...)`, the other with
the older object form `extraReducers: { [thunk.fulfilled]: (state, action) => ... }`; the
components read the state with `useSelector` and hand it to a card."""

SERVER = "server/src"
CLIENT = "client/src"

CHANGES = {
    # Renewing is POST /:id/renewal now; the client still posts to /:id/renew.
    "renew-route-renamed": [
        ("edit", f"{SERVER}/routes/prescriptions.js", "'/:id/renew'", "'/:id/renewal'"),
    ],
    # The list sends `total` for `count`; the slice still keeps `action.payload.count` (the
    # thunk is imported from store/thunks.js).
    "count-renamed": [
        ("edit", f"{SERVER}/handlers/prescriptions.js", "count: rows.length", "total: rows.length"),
    ],
    # The serializer sends `remaining` for `refillsLeft`; the card still shows it (the slice's
    # `items`, through `useSelector` and the list's loop).
    "refills-left-renamed": [
        ("edit", f"{SERVER}/handlers/prescriptions.js", "    refillsLeft: row.refills_left,",
         "    remaining: row.refills_left,"),
    ],
    # The refills handler sends `readyBy`; the panel still reads `refill.readyAt`, kept by the
    # object-form reducer `[loadRefills.fulfilled]` as `state.list`.
    "ready-at-renamed": [
        ("edit", f"{SERVER}/handlers/refills.js", "readyAt: row.ready_at", "readyBy: row.ready_at"),
    ],
    # The renew handler sends `renewedOn`; the slice still keeps `payload.renewedAt`.
    "renewed-at-renamed": [
        ("edit", f"{SERVER}/handlers/prescriptions.js", "renewedAt: row.renewed_at", "renewedOn: row.renewed_at"),
    ],
    # A refill request answers with its id only; the object-form reducer still keeps
    # `action.payload.status`.
    "refill-status-dropped": [
        ("edit", f"{SERVER}/handlers/refills.js", "return { id: row.id, status: row.status };",
         "return { id: row.id };"),
    ],
    # Refactor: the renew route is /:id/renewal, and the client follows.
    "refactor-renew-route-with-client": [
        ("edit", f"{SERVER}/routes/prescriptions.js", "'/:id/renew'", "'/:id/renewal'"),
        ("edit", f"{CLIENT}/api/prescriptions.js", "/renew`", "/renewal`"),
    ],
    # Refactor: the handlers send more fields (a 404 for a missing refill list too); nothing
    # the client reads goes away.
    "refactor-handlers-send-more": [
        ("edit", f"{SERVER}/handlers/prescriptions.js", "    prescriber: row.prescriber,\n",
         "    prescriber: row.prescriber,\n    form: row.form,\n"),
        ("edit", f"{SERVER}/handlers/prescriptions.js", "renewedAt: row.renewed_at }",
         "renewedAt: row.renewed_at, drug: row.drug_name }"),
        ("edit", f"{SERVER}/handlers/refills.js", "  return { id: row.id, status: row.status };",
         "  return { id: row.id, status: row.status, pharmacy: row.pharmacy };"),
    ],
}
