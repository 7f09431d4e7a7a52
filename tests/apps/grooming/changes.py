"""grooming: a Fastify API (TypeScript) made of route plugins — `FastifyPluginAsync` consts and
plugin functions in their own modules, registered with a prefix inside an inline plugin
registered under `/api`, `fastify-plugin` wrappers for a decorator and a health route — whose
handlers' return values are the response bodies; and a React client whose bookings and groomers
live in a Redux Toolkit store (createAsyncThunk, createSlice's extraReducers keeping
`action.payload` fields), read with `useSelector`/`useAppSelector` and handed to a card."""

SERVER = "server/src"
CLIENT = "client/src"

CHANGES = {
    # The confirm action is /:id/approve now; the client still POSTs to /:id/confirm.
    "confirm-route-renamed": [
        ("edit", f"{SERVER}/routes/bookings.ts", "'/:id/confirm'", "'/:id/approve'"),
    ],
    # The list sends `count` for `total`; the slice still keeps `action.payload.total`.
    "total-renamed": [
        ("edit", f"{SERVER}/routes/bookings.ts", "return { items, total: items.length };",
         "return { items, count: items.length };"),
    ],
    # The groomers route sends `displayName`; the picker still shows `g.name`, which reaches it
    # from the thunk through the slice's `list` and `useSelector`.
    "groomer-name-renamed": [
        ("edit", f"{SERVER}/routes/groomers.ts", "({ id: g.id, name: g.name,",
         "({ id: g.id, displayName: g.name,"),
    ],
    # The booking DTO sends `pet` for `petName`; the card still shows `booking.petName` (the
    # page's `items` from the store, each handed to the card).
    "pet-name-renamed": [
        ("edit", f"{SERVER}/services/bookings.ts", "    petName: row.pet_name,", "    pet: row.pet_name,"),
    ],
    # The groomers plugin is registered under /staff; the client still fetches /groomers.
    "groomers-prefix-changed": [
        ("edit", f"{SERVER}/server.ts", "{ prefix: '/groomers' }", "{ prefix: '/staff' }"),
    ],
    # Refactor: /groomers is /staff now, and the client follows.
    "refactor-groomers-moved-with-client": [
        ("edit", f"{SERVER}/server.ts", "{ prefix: '/groomers' }", "{ prefix: '/staff' }"),
        ("edit", f"{CLIENT}/api/groomers.ts", "request<Groomer[]>('/groomers')", "request<Groomer[]>('/staff')"),
    ],
    # Refactor: the DTO gains a field and the confirm handler returns the whole DTO (which
    # still has `id` and `status`, all the client reads).
    "refactor-dto-grows": [
        ("edit", f"{SERVER}/services/bookings.ts", "    status: row.status,\n  };",
         "    status: row.status,\n    confirmedAt: row.confirmed_at,\n  };"),
        ("edit", f"{SERVER}/routes/bookings.ts",
         "return { id: row.id, status: row.status, confirmedAt: row.confirmed_at };",
         "return toBookingDto(fastify.db, row);"),
        ("edit", f"{SERVER}/routes/bookings.ts", "import { confirmBooking,", "import { toBookingDto, confirmBooking,"),
    ],
}
