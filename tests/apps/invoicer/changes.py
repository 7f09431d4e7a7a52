"""invoicer: a Hono API (`new Hono().basePath('/api')`, sub-apps mounted with `app.route`, a
serializer function, `c.json(...)` bodies) and a React client that talks to it only through
RTK Query: `createApi` with `fetchBaseQuery({ baseUrl })`, query and mutation endpoints (string
and `{ url, method, params }` forms) and the generated `useXQuery`/`useXMutation` hooks, whose
`data` the components read and hand on to a row's props."""

API = "api/src"
WEB = "web/src"

CHANGES = {
    # Paying is POST /:id/payments now; the mutation still posts to /:id/pay.
    "pay-route-renamed": [
        ("edit", f"{API}/routes/invoices.ts", "invoices.post('/:id/pay',", "invoices.post('/:id/payments',"),
    ],
    # The serializer sends `balance` for `amountDue`; the row (through the list's `data.items`)
    # and the detail (`data: invoice`) still read `amountDue`.
    "amount-due-renamed": [
        ("edit", f"{API}/serializers.ts", "    amountDue: row.amount_due_cents / 100,",
         "    balance: row.amount_due_cents / 100,"),
    ],
    # The list drops `total`; the caption still shows `data.total`.
    "total-dropped": [
        ("edit", f"{API}/routes/invoices.ts", "{ items: rows.map(toInvoiceJson), total: rows.length }",
         "{ items: rows.map(toInvoiceJson) }"),
    ],
    # The clients app is mounted at /customers; the query still asks for /clients.
    "clients-route-moved": [
        ("edit", f"{API}/app.ts", "app.route('/clients', clients);", "app.route('/customers', clients);"),
    ],
    # The clients route sends `emailAddress`; the list still shows `client.email`.
    "client-email-renamed": [
        ("edit", f"{API}/routes/clients.ts", "email: client.email }", "emailAddress: client.email }"),
    ],
    # Refactor: /:id/pay is /:id/payments, and the mutation follows.
    "refactor-pay-route-with-client": [
        ("edit", f"{API}/routes/invoices.ts", "invoices.post('/:id/pay',", "invoices.post('/:id/payments',"),
        ("edit", f"{WEB}/services/api.ts", "url: `/invoices/${id}/pay`", "url: `/invoices/${id}/payments`"),
    ],
    # Refactor: the serializer gains a field, the clients route a filter.
    "refactor-fields-added": [
        ("edit", f"{API}/serializers.ts", "    status: row.status,\n", "    status: row.status,\n    paidAt: row.paid_at,\n"),
        ("edit", f"{API}/routes/clients.ts", "db.clients.map(", "db.clients.filter((client) => client.email).map("),
    ],
}
