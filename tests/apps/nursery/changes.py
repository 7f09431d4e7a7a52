"""nursery: a Flask-RESTX API (namespaces added with `api.add_namespace(ns, path=...)`
under `Api(app, prefix="/api")`, `@ns.marshal_list_with(plant)` models, and request parsers:
`reqparse.RequestParser()` with `add_argument("quantity", required=True, location="json")`
read by `parser.parse_args()` in the resource's method, query arguments with
`location="args"`) and a React Router v7 frontend in framework mode: route modules whose
`loader` and `action` call the API through a server-side `call<T>(path, init)` fetch wrapper,
the action's value read through `useFetcher<typeof action>()` as `fetcher.data` (the route's
own action: `<fetcher.Form method="post">`, `fetcher.submit(data, { method: "post" })`)."""

BACK = "backend/nursery"
WEB = "web/app"

CHANGES = {
    # Plants are restocked at /replenish now; the wrapper still posts to /restock.
    "restock-route-renamed": [
        ("edit", f"{BACK}/plants.py", '@ns.route("/<int:plant_id>/restock")', '@ns.route("/<int:plant_id>/replenish")'),
    ],
    # An order is voided with POST /<id>/void now, no DELETE; the wrapper still deletes (a 405).
    "cancel-verb-changed": [
        ("edit", f"{BACK}/orders.py", '@ns.route("/<int:order_id>")\nclass OrderItem(Resource):\n    def delete(self, order_id):\n        ORDERS.pop(order_id, None)\n',
         '@ns.route("/<int:order_id>/void")\nclass OrderItem(Resource):\n    def post(self, order_id):\n        ORDERS.pop(order_id, None)\n'),
    ],
    # The model's `genus` is `family`; the list (the loader's data) still shows `plant.genus`.
    "genus-renamed": [
        ("edit", f"{BACK}/plants.py", '    "genus": fields.String,\n', '    "family": fields.String(attribute="genus"),\n'),
    ],
    # A restocked plant's `in_stock` is no longer marshalled; the fetcher's data still shows it.
    "in-stock-dropped": [
        ("edit", f"{BACK}/plants.py", '    "in_stock": fields.Integer,\n', ""),
    ],
    # An order no longer says its total; the order page (fetcher.data) still shows it.
    "total-dropped": [
        ("edit", f"{BACK}/orders.py", '            "total": with_vat(plant["price"] * args["quantity"]),\n', ""),
    ],
    # A restock must name its supplier now; the wrapper sends `{ quantity }` only (a 400).
    "supplier-now-required": [
        ("edit", f"{BACK}/plants.py", 'restocking.add_argument("supplier", type=str, location="json")',
         'restocking.add_argument("supplier", type=str, required=True, location="json")'),
    ],
    # The plant list must be filtered by genus now; the loader asks for all of them (a 400).
    "genus-query-now-required": [
        ("edit", f"{BACK}/plants.py", 'listing.add_argument("genus", type=str, location="args")',
         'listing.add_argument("genus", type=str, required=True, location="args")'),
    ],
    # The pricing helper moved into a package without its importer.
    "pricing-module-moved": [
        ("move", f"{BACK}/pricing.py", f"{BACK}/billing/pricing.py"),
        ("write", f"{BACK}/billing/__init__.py", ""),
    ],
    # Refactor: the restock route is renamed with its wrapper.
    "refactor-restock-route-with-client": [
        ("edit", f"{BACK}/plants.py", '@ns.route("/<int:plant_id>/restock")', '@ns.route("/<int:plant_id>/replenish")'),
        ("edit", f"{WEB}/api.server.ts", "`/plants/${id}/restock`", "`/plants/${id}/replenish`"),
    ],
    # Refactor: a field marshalled more, an optional argument accepted, an order's currency sent.
    "refactor-fields-added": [
        ("edit", f"{BACK}/plants.py", '    "in_stock": fields.Integer,\n',
         '    "in_stock": fields.Integer,\n    "hardiness": fields.String,\n'),
        ("edit", f"{BACK}/orders.py", 'ordering.add_argument("gift_note", type=str, location="json")',
         ('ordering.add_argument("gift_note", type=str, location="json")\n'
          'ordering.add_argument("pickup", type=str, default="counter", location="json")')),
        ("edit", f"{BACK}/orders.py", '            "gift_note": args["gift_note"] or "",\n',
         '            "gift_note": args["gift_note"] or "",\n            "currency": "EUR",\n'),
    ],
}
