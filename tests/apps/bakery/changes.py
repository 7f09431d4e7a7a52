"""bakery: a Sanic API (`Blueprint(name, url_prefix=...)` per resource, grouped under `/api`
with `Blueprint.group(cakes, orders, url_prefix="/api")` and served by `app.blueprint(api)`;
`@bp.get(path)` handlers with typed path parameters `<order_id:int>` answering `json(...)` of
a serializer function's dict; the body read from `request.json`: `data["cake_id"]` required,
`data.get("note", "")` not) and a Preact client over ky: one instance `ky.create({ prefixUrl:
'/api' })`, wrappers returning `api.get('cakes').json<Cake[]>()` (arrows and an async
function), `{ json: {...} }` bodies, `useState` set from `listCakes().then(setCakes)`, a card's
props and the value a wrapper resolves to in an event handler."""

BACK = "backend/bakery"
WEB = "web/src"

CHANGES = {
    # Collecting an order is /pickup now; the wrapper still posts to /collect.
    "collect-route-renamed": [
        ("edit", f"{BACK}/orders.py", '"/<order_id:int>/collect"', '"/<order_id:int>/pickup"'),
    ],
    # An order is placed with PUT now; the wrapper still sends POST.
    "order-verb-changed": [
        ("edit", f"{BACK}/orders.py", '@orders.post("/")\nasync def place_order',
         '@orders.put("/")\nasync def place_order'),
    ],
    # The orders blueprint moved under /purchases; every orders wrapper still calls /orders.
    "orders-prefix-moved": [
        ("edit", f"{BACK}/orders.py", 'url_prefix="/orders"', 'url_prefix="/purchases"'),
    ],
    # A cake's `price` is `price_cents`; the card still shows `cake.price`.
    "price-renamed": [
        ("edit", f"{BACK}/cakes.py", '"price": cake.price', '"price_cents": cake.price'),
    ],
    # An order no longer says its `total`; the orders list still shows it.
    "total-dropped": [
        ("edit", f"{BACK}/orders.py", ',\n            "collected": order.collected, "total": order.total}',
         ',\n            "collected": order.collected}'),
    ],
    # An order must carry a note now; the wrapper still places orders without one (a 500).
    "note-now-required": [
        ("edit", f"{BACK}/orders.py", 'note=data.get("note", "")', 'note=data["note"]'),
    ],
    # Refactor: the collect route is renamed with its client.
    "refactor-collect-route-with-client": [
        ("edit", f"{BACK}/orders.py", '"/<order_id:int>/collect"', '"/<order_id:int>/pickup"'),
        ("edit", f"{WEB}/api.ts", "`orders/${id}/collect`", "`orders/${id}/pickup`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACK}/cakes.py", '"vegan": cake.vegan,\n', '"vegan": cake.vegan,\n        "slices": 8,\n'),
        ("edit", f"{BACK}/orders.py", '"total": order.total}', '"total": order.total, "tags": order.tags}'),
        ("edit", f"{BACK}/orders.py", 'note=data.get("note", ""))', 'note=data.get("note", "") or data.get("memo", ""))'),
    ],
}
