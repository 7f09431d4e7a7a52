"""chandlery: a Flask-Smorest API whose views load their requests with marshmallow schemas
(`@blp.arguments(OrderCreateSchema)` on a function view, `@blp.arguments(ItemQuerySchema,
location="query")` on a `MethodView` method) and dump them (`@blp.response(201, OrderSchema)`);
a Vue 3 frontend on pinia **options** stores whose actions post what their caller gives
(`async place(order) { await api.post('/orders/', order) }`, called `orders.place({ itemId,
quantity })` by a form through the store its hook gives)."""

API = "api/chandlery"
WEB = "web/src"

CHANGES = {
    # An order must name the boat it is for now; the form still sends `{ itemId, quantity }` (a 422).
    "boat-now-required": [
        ("edit", f"{API}/schemas.py", '    boat = fields.Str(load_default="")', "    boat = fields.Str(required=True)"),
    ],
    # Cancelling is /void now; the orders store still posts to /cancel (a 404).
    "cancel-route-renamed": [
        ("edit", f"{API}/orders.py", '"/<int:order_id>/cancel"', '"/<int:order_id>/void"'),
    ],
    # An item's price is dumped as `price` now; the list shows `item.priceCents` (NaN).
    "price-key-renamed": [
        ("edit", f"{API}/schemas.py", '    priceCents = fields.Int(attribute="price_cents")',
         '    price = fields.Int(attribute="price_cents")'),
    ],
    # The item list must say whether it wants items out of stock; the store asks with `category` only (a 422).
    "in-stock-now-required": [
        ("edit", f"{API}/schemas.py", '    in_stock = fields.Bool(data_key="inStock", load_default=False)',
         '    in_stock = fields.Bool(data_key="inStock", required=True)'),
    ],
    # line_total takes the season's discount now; the order view gives the item and quantity only.
    "line-total-signature-changed": [
        ("edit", f"{API}/pricing.py", "def line_total(item, quantity):",
         "def line_total(item, quantity, discount):"),
        ("edit", f"{API}/pricing.py", "    total = item.price_cents * quantity\n",
         "    total = item.price_cents * quantity * (100 - discount) // 100\n"),
    ],
    # formatPrice is formatCents now; the list and the form still import formatPrice.
    "format-price-renamed": [
        ("edit", f"{WEB}/format.ts", "export function formatPrice(", "export function formatCents("),
    ],
    # Refactor: the cancel route is /void, with its client.
    "refactor-cancel-route-with-client": [
        ("edit", f"{API}/orders.py", '"/<int:order_id>/cancel"', '"/<int:order_id>/void"'),
        ("edit", f"{WEB}/stores/orders.ts", "`/orders/${id}/cancel`", "`/orders/${id}/void`"),
    ],
    # Refactor: an order may carry a note (optional); an item says its brand.
    "refactor-optional-note-and-brand": [
        ("edit", f"{API}/schemas.py", '    boat = fields.Str(load_default="")',
         '    boat = fields.Str(load_default="")\n    note = fields.Str(load_default="")'),
        ("edit", f"{API}/schemas.py", "    stock = fields.Int()\n", "    stock = fields.Int()\n    brand = fields.Str()\n"),
    ],
}
