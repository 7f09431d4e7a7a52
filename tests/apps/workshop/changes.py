"""workshop: a Fastify API with TypeBox schemas (`withTypeProvider<TypeBoxTypeProvider>()`, route
plugins typed `FastifyPluginAsyncTypebox` registered under prefixes, each route declaring
`schema: { params, querystring, body, response: { 200: ToolDetail } }` — Fastify serialises the
response with that schema, so a key the schema does not name is not sent, even when the handler
returns a raw row or a literal spreading one; `Type.Optional` marks what a body may omit) and a
Vue 3 client whose stores (pinia: an options store with actions, a setup store) make every request
through one axios instance created with a `baseURL` (`http.get<T>('/tools/')`, `const { data:
loan } = await http.post<Loan>(...)`), read in components through `storeToRefs`, a card's props
and the values the actions return."""

SERVER = "server/src"
WEB = "web/src"

CHANGES = {
    # Returning a tool is /check-in now; the store still posts to /return.
    "return-route-renamed": [
        ("edit", f"{SERVER}/routes/loans.ts", "fastify.post('/:id/return'", "fastify.post('/:id/check-in'"),
    ],
    # The tools are served under /api/catalog; the store still asks /tools/ and /tools/{id}.
    "tools-prefix-moved": [
        ("edit", f"{SERVER}/app.ts", "{ prefix: '/api/tools' }", "{ prefix: '/api/catalog' }"),
    ],
    # Returning a tool is a PATCH now; the store still sends POST.
    "return-verb-changed": [
        ("edit", f"{SERVER}/routes/loans.ts", "fastify.post('/:id/return'", "fastify.patch('/:id/return'"),
    ],
    # The detail schema no longer lists `condition` (the row still has it, Fastify drops it);
    # the catalog still shows `current.condition`.
    "condition-dropped": [
        ("edit", f"{SERVER}/schemas/tool.ts", "  available: Type.Boolean(),\n  condition: Type.String(),\n",
         "  available: Type.Boolean(),\n"),
    ],
    # A loan's `cost` is `price`; the store's total and the form still read `loan.cost`.
    "cost-renamed": [
        ("edit", f"{SERVER}/schemas/loan.ts", "  cost: Type.Number(),", "  price: Type.Number(),"),
        ("edit", f"{SERVER}/routes/loans.ts", "toolName: tool.name, cost: tool.dailyRate", "toolName: tool.name, price: tool.dailyRate"),
    ],
    # A loan must say for how many days; the form still borrows without `days` (a 400).
    "days-now-required": [
        ("edit", f"{SERVER}/schemas/loan.ts", "  days: Type.Optional(Type.Integer({ minimum: 1 })),",
         "  days: Type.Integer({ minimum: 1 }),"),
    ],
    # Refactor: the return route is renamed with its client.
    "refactor-return-route-with-client": [
        ("edit", f"{SERVER}/routes/loans.ts", "fastify.post('/:id/return'", "fastify.post('/:id/check-in'"),
        ("edit", f"{WEB}/stores/loans.ts", "`/loans/${id}/return`", "`/loans/${id}/check-in`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{SERVER}/schemas/tool.ts", "  condition: Type.String(),\n",
         "  condition: Type.String(),\n  imageUrl: Type.Optional(Type.String()),\n"),
        ("edit", f"{SERVER}/schemas/loan.ts", "  cost: Type.Number(),", "  cost: Type.Number(),\n  returned: Type.Boolean(),"),
        ("edit", f"{SERVER}/schemas/loan.ts", "  days: Type.Optional(Type.Integer({ minimum: 1 })),",
         "  days: Type.Optional(Type.Integer({ minimum: 1 })),\n  notes: Type.Optional(Type.String()),"),
    ],
}
