"""pantry: an aiohttp API (`web.RouteTableDef()` tables of `@routes.get(path)` handlers added
to a sub-application with `api.add_routes(items.routes)`, mounted with `app.add_subapp("/api",
api)`; each handler answers `web.json_response(...)` of a serializer function's dict, and reads
its body with `data = await request.json()`: `data["name"]` is required, a 500 when missing,
`data.get("shelf", ...)` is not) and a Nuxt 3 client: `useFetch<T>(url)` in a page (its `data`
ref, looped over in the template and handed to a row component's prop), `$fetch<T>(url, {
method, body })` in plain functions of a composables module, and `$fetch` into a page's ref."""

BACK = "backend/pantry"
WEB = "frontend"

CHANGES = {
    # Using an item is /use now; the composable still posts to /consume.
    "consume-route-renamed": [
        ("edit", f"{BACK}/items.py", '@routes.post("/items/{item_id}/consume")',
         '@routes.post("/items/{item_id}/use")'),
    ],
    # An order is placed with PUT now; the composable still sends POST.
    "orders-verb-changed": [
        ("edit", f"{BACK}/orders.py", '@routes.post("/orders")', '@routes.put("/orders")'),
    ],
    # Orders can no longer be cancelled; the page's button still sends DELETE.
    "cancel-route-removed": [
        ("edit", f"{BACK}/orders.py",
         ('\n\n@routes.delete("/orders/{order_id}")\nasync def cancel_order(request: web.Request) '
         '-> web.Response:\n    ORDERS.pop(int(request.match_info["order_id"]), None)\n'
         '    return web.Response(status=204)\n'), "\n"),
    ],
    # An item's `expires` is `best_before`; the row still shows `item.expires`.
    "expires-renamed": [
        ("edit", f"{BACK}/items.py", '"expires": item.expires', '"best_before": item.expires'),
    ],
    # An order no longer says its `total`; the orders page still shows it.
    "total-dropped": [
        ("edit", f"{BACK}/orders.py", ', "total": order.total', ""),
    ],
    # A new item must name its shelf; the composable still adds items without one (a 500).
    "shelf-now-required": [
        ("edit", f"{BACK}/items.py", 'shelf=data.get("shelf", "pantry")', 'shelf=data["shelf"]'),
    ],
    # Refactor: the consume route is renamed with its client.
    "refactor-consume-route-with-client": [
        ("edit", f"{BACK}/items.py", '@routes.post("/items/{item_id}/consume")',
         '@routes.post("/items/{item_id}/use")'),
        ("edit", f"{WEB}/composables/pantry.ts", "`/api/items/${id}/consume`", "`/api/items/${id}/use`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACK}/items.py", '"shelf": item.shelf,\n', '"shelf": item.shelf,\n        "opened": False,\n'),
        ("edit", f"{BACK}/orders.py", '"note": order.note}', '"note": order.note, "lines": len(order.lines)}'),
        ("edit", f"{BACK}/orders.py", 'note=data.get("note", ""))', 'note=data.get("note", "") or data.get("memo", ""))'),
    ],
}
