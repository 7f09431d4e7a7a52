"""kiosk: a Robyn API (`app = Robyn(__file__)`, `SubRouter(__file__, prefix="/api/orders")`
routers included with `app.include_router(r)`, handlers `@orders.get("/")`,
`@orders.post("/:order_id/ready")` returning dicts (Robyn answers them as JSON), the body read
with `data = request.json()`: `data["item_id"]` required, `data.get("customer", "")` not) and
a React client on TanStack Query: `useQuery({ queryKey, queryFn: listOrders })`, mutations
`useMutation({ mutationFn: placeOrder, onSuccess: (placed) => ... })` whose `mutate` is handed
to a row's props, a `send<T>(method, path, body)` wrapper over `fetch` under `/api`."""

BACK = "backend/kiosk"
WEB = "web/src"

CHANGES = {
    # An order is marked ready at /done now; the wrapper still posts to /ready.
    "ready-route-renamed": [
        ("edit", f"{BACK}/orders.py", '@orders.post("/:order_id/ready")', '@orders.post("/:order_id/done")'),
    ],
    # An order is cancelled with PATCH now; the wrapper still deletes.
    "cancel-verb-changed": [
        ("edit", f"{BACK}/orders.py", '@orders.delete("/:order_id")', '@orders.patch("/:order_id")'),
    ],
    # The order routes moved into a package; app.py still imports kiosk.orders.
    "orders-module-moved": [
        ("move", f"{BACK}/orders.py", f"{BACK}/routes/orders.py"),
        ("write", f"{BACK}/routes/__init__.py", ""),
    ],
    # An order's `total_cents` is `amount_cents`; the mutation's onSuccess still reads the old one.
    "total-renamed": [
        ("edit", f"{BACK}/orders.py", '"total_cents": order.total_cents', '"amount_cents": order.total_cents'),
    ],
    # An order no longer names its customer; the row still shows it.
    "customer-dropped": [
        ("edit", f"{BACK}/orders.py", '        "customer": order.customer,\n', ""),
    ],
    # An order must name its customer now; the wrapper still places one without (a KeyError: 500).
    "customer-now-required": [
        ("edit", f"{BACK}/orders.py", 'data.get("customer", "")', 'data["customer"]'),
    ],
    # Refactor: the ready route is renamed with its client.
    "refactor-ready-route-with-client": [
        ("edit", f"{BACK}/orders.py", '@orders.post("/:order_id/ready")', '@orders.post("/:order_id/done")'),
        ("edit", f"{WEB}/api.ts", "`/orders/${id}/ready`", "`/orders/${id}/done`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACK}/orders.py", '"total_cents": order.total_cents,\n',
         '"total_cents": order.total_cents,\n        "pickup": "counter",\n'),
        ("edit", f"{BACK}/menu.py", '"price_cents": item.price_cents}',
         '"price_cents": item.price_cents, "vegan": False}'),
        ("edit", f"{BACK}/orders.py", 'data.get("customer", "")', 'data.get("customer") or ""'),
    ],
}
