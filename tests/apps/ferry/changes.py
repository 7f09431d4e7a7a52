"""ferry: a Tornado API (`tornado.web.Application([(r"/api/tickets", TicketsHandler), ...])`, a
list of (regex, handler class) rules and `tornado.web.url(...)`, unnamed groups `([0-9]+)` and
named ones `(?P<ticket_id>[0-9]+)` the parameters; `RequestHandler` subclasses whose methods
`get`/`post`/`delete` are the HTTP methods (another method: a 405), answering
`self.write(dict)`; the body read with `data = json_decode(self.request.body)`:
`data["passenger"]` required, `data.get("vehicle")` not) and a Lit client: web components
(`@customElement`, `@state()` fields set from a wrapper's promise in `connectedCallback`,
`@property()` fields handed down with `.crossing=${crossing}`), `html` templates reading the
items, a `send<T>(method, path, body)` wrapper over `fetch` under `const API = '/api'`."""

BACK = "backend/ferry"
WEB = "web/src"

CHANGES = {
    # Boarding is /embark now; the wrapper still posts to /board.
    "board-route-renamed": [
        ("edit", f"{BACK}/app.py", 'r"/api/tickets/([0-9]+)/board"', 'r"/api/tickets/([0-9]+)/embark"'),
    ],
    # A ticket is cancelled with PATCH now, no DELETE; the wrapper still deletes (a 405).
    "refund-verb-changed": [
        ("edit", f"{BACK}/tickets.py", "    def delete(self, ticket_id: str) -> None:\n",
         "    def patch(self, ticket_id: str) -> None:\n"),
    ],
    # The ticket handlers moved into a package; app.py still imports ferry.tickets.
    "tickets-module-moved": [
        ("move", f"{BACK}/tickets.py", f"{BACK}/handlers/tickets.py"),
        ("write", f"{BACK}/handlers/__init__.py", ""),
    ],
    # A crossing's `port` is `harbour`; the card still shows `port`.
    "port-renamed": [
        ("edit", f"{BACK}/crossings.py", '"port": crossing.port', '"harbour": crossing.port'),
    ],
    # A ticket no longer names its passenger; the list still shows it.
    "passenger-dropped": [
        ("edit", f"{BACK}/tickets.py", '        "passenger": ticket.passenger,\n', ""),
    ],
    # A ticket must name its vehicle now; the wrapper still buys one without (a 400).
    "vehicle-now-required": [
        ("edit", f"{BACK}/tickets.py", 'vehicle=data.get("vehicle")', 'vehicle=data["vehicle"]'),
    ],
    # Refactor: the board route is renamed with its client.
    "refactor-board-route-with-client": [
        ("edit", f"{BACK}/app.py", 'r"/api/tickets/([0-9]+)/board"', 'r"/api/tickets/([0-9]+)/embark"'),
        ("edit", f"{WEB}/api.ts", "`/tickets/${id}/board`", "`/tickets/${id}/embark`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACK}/crossings.py", '"seats_left": crossing.seats_left}',
         '"seats_left": crossing.seats_left, "duration_min": 45}'),
        ("edit", f"{BACK}/tickets.py", '"boarded": ticket.boarded,\n',
         '"boarded": ticket.boarded,\n        "cabin": None,\n'),
        ("edit", f"{BACK}/tickets.py", 'vehicle=data.get("vehicle"))',
         'vehicle=data.get("vehicle") or None)'),
    ],
}
