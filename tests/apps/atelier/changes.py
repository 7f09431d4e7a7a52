"""atelier: a Litestar API (a `Controller` with `path = "/workshops"` and `@get()`/`@post(path)`
methods, plain `@get`/`@post`/`@delete` handler functions, all listed in a `Router(path="/api",
route_handlers=[...])` the `Litestar(route_handlers=[api])` app serves; path parameters typed
`{workshop_id:int}`; dataclasses as the return annotations it serialises and as the `data:`
body it validates, where a field without a default is required) and a SolidJS client: `fetch`
wrappers in one module (`getJson<T>(path)` over a base constant), `createResource(fetchWorkshops)`
looped over with `<For each={workshops()}>` into a card's `props`, and the values the wrappers
resolve to in event handlers."""

BACK = "backend/atelier"
WEB = "web/src"

CHANGES = {
    # Joining the waiting list is /wait-list now; the client still posts to /waitlist.
    "waitlist-route-renamed": [
        ("edit", f"{BACK}/workshops.py", '@post("/{workshop_id:int}/waitlist")',
         '@post("/{workshop_id:int}/wait-list")'),
    ],
    # Cancelling a booking is a PATCH now; the client still sends DELETE.
    "cancel-verb-changed": [
        ("edit", f"{BACK}/bookings.py", "from litestar import delete, get, post",
         "from litestar import get, patch, post"),
        ("edit", f"{BACK}/bookings.py", '@delete("/bookings/{booking_id:int}")',
         '@patch("/bookings/{booking_id:int}")'),
    ],
    # The booking handler is left out of the router (not served); the client still posts to it.
    "create-booking-unregistered": [
        ("edit", f"{BACK}/app.py", "list_bookings, create_booking,\n", "list_bookings,\n"),
    ],
    # A workshop's `seats_left` is `seats_free`; the card still shows `seats_left`.
    "seats-renamed": [
        ("edit", f"{BACK}/models.py", "    seats_left: int\n", "    seats_free: int\n"),
    ],
    # A booking no longer says whether it is `paid`; the page still reads `booked.paid`.
    "paid-dropped": [
        ("edit", f"{BACK}/models.py", "    name: str\n    paid: bool\n", "    name: str\n"),
        ("edit", f"{BACK}/bookings.py", "data.name, paid=False)", "data.name)"),
    ],
    # A booking must give an email; the client still books without one (a 400).
    "email-now-required": [
        ("edit", f"{BACK}/models.py", "    email: str | None = None\n", "    email: str\n"),
    ],
    # Refactor: the waiting-list route is renamed with its client.
    "refactor-waitlist-route-with-client": [
        ("edit", f"{BACK}/workshops.py", '@post("/{workshop_id:int}/waitlist")',
         '@post("/{workshop_id:int}/wait-list")'),
        ("edit", f"{WEB}/api.ts", "`${API}/workshops/${id}/waitlist`", "`${API}/workshops/${id}/wait-list`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACK}/models.py", "    price: float\n", "    price: float\n    level: str = \"all\"\n"),
        ("edit", f"{BACK}/models.py", "    email: str | None = None\n",
         "    email: str | None = None\n    note: str | None = None\n"),
    ],
}
