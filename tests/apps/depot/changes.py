"""depot: an Express API in TypeScript whose request bodies are zod schemas
(`const CreateParcel = z.object({...})`, parsed in the handler with `CreateParcel.parse(req.body)`,
a `ZodError` answered with a 400 by the error handler; a key without `.optional()` is
required), routers mounted with `app.use('/api/parcels', parcelsRouter)`, responses through a
serializer function returning an object literal (`res.json(rows.map(toParcel))`), and a React
client on TanStack Query v5: `useQuery({ queryKey, queryFn: listParcels })` over arrow-function
wrappers of one `send<T>(method, url, body)` transport, `useMutation({ mutationFn, onSuccess })`,
a row component's props."""

SERVER = "server/src"
WEB = "web/src"

CHANGES = {
    # Dispatching is /ship now; the client still posts to /dispatch.
    "dispatch-route-renamed": [
        ("edit", f"{SERVER}/routes/parcels.ts", "parcelsRouter.post('/:id/dispatch'",
         "parcelsRouter.post('/:id/ship'"),
    ],
    # The stats are served under /api/reports/stats; the client still asks /api/stats.
    "stats-mount-moved": [
        ("edit", f"{SERVER}/index.ts", "app.use('/api/stats', statsRouter)",
         "app.use('/api/reports/stats', statsRouter)"),
    ],
    # A parcel is created with PUT now; the client still sends POST.
    "create-verb-changed": [
        ("edit", f"{SERVER}/routes/parcels.ts", "parcelsRouter.post('/', (req, res)",
         "parcelsRouter.put('/', (req, res)"),
    ],
    # A parcel's `weightKg` is `weight`; the row still shows `parcel.weightKg`.
    "weight-renamed": [
        ("edit", f"{SERVER}/serializers.ts", "    weightKg: row.weight_kg,", "    weight: row.weight_kg,"),
    ],
    # A parcel no longer says its `courier`; the dispatch mutation's onSuccess still reads it.
    "courier-dropped": [
        ("edit", f"{SERVER}/serializers.ts", "    courier: row.courier,\n", ""),
    ],
    # A new parcel must say whether it is fragile; the client still creates parcels without
    # `fragile` (the zod parse throws: a 400).
    "fragile-now-required": [
        ("edit", f"{SERVER}/schemas.ts", "  fragile: z.boolean().optional(),", "  fragile: z.boolean(),"),
    ],
    # Refactor: the dispatch route is renamed with its client.
    "refactor-dispatch-route-with-client": [
        ("edit", f"{SERVER}/routes/parcels.ts", "parcelsRouter.post('/:id/dispatch'",
         "parcelsRouter.post('/:id/ship'"),
        ("edit", f"{WEB}/api/parcels.ts", "`/api/parcels/${id}/dispatch`", "`/api/parcels/${id}/ship`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{SERVER}/serializers.ts", "    courier: row.courier,\n",
         "    courier: row.courier,\n    label: `#${row.id}`,\n"),
        ("edit", f"{SERVER}/schemas.ts", "  note: z.string().optional(),", "  note: z.string().optional(),\n  eta: z.string().optional(),"),
    ],
}
