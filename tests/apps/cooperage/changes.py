"""cooperage: a Flask app factory that loads its settings from a file of constants beside the
package (`app.config.from_pyfile("settings.py")`) and registers its blueprints under
`app.config["API_PREFIX"] + "/barrels"`; an Angular 18 frontend of standalone components with
inline templates (`@for`, `*ngFor`, `{{ }}`, `(click)`), each holding the service it is given
by its constructor and keeping what the service's requests answer in its own fields."""

BACK = "backend/cooperage"
WEB = "web/src/app"

CHANGES = {
    # The settings file says /api/v1 now; the services still call /api/... (404s).
    "prefix-moved-in-settings": [
        ("edit", f"{BACK}/settings.py", 'API_PREFIX = "/api"', 'API_PREFIX = "/api/v1"'),
    ],
    # The volume is `capacityLitres` now; the list's template shows `barrel.litres` (empty).
    "litres-renamed": [
        ("edit", f"{BACK}/barrels.py", '"litres": barrel["litres"]', '"capacityLitres": barrel["litres"]'),
    ],
    # An order must say its engraving; the form places `{ barrelId, winery }` (a KeyError, a 500).
    "engraving-now-required": [
        ("edit", f"{BACK}/orders.py", '"engraving": data.get("engraving", "")', '"engraving": data["engraving"]'),
    ],
    # Toasting is a PUT to /toast-level now; the service still POSTs to /toast (a 404).
    "toast-route-changed": [
        ("edit", f"{BACK}/barrels.py", '@barrels_bp.post("/<int:barrel_id>/toast")',
         '@barrels_bp.put("/<int:barrel_id>/toast-level")'),
    ],
    # The toasting time is no longer sent; the note shows `barrel.toastMinutes` (undefined).
    "toast-minutes-dropped": [
        ("edit", f"{BACK}/barrels.py", '        "toastMinutes": toast_minutes(barrel["toast"]),\n', ""),
        ("edit", f"{BACK}/barrels.py", "from cooperage.toasting import toast_minutes\n\n", ""),
    ],
    # The winery is `customer` now; the orders' template shows `order.winery` (empty).
    "winery-key-renamed": [
        ("edit", f"{BACK}/orders.py", '"winery": order["winery"]', '"customer": order["winery"]'),
    ],
    # toast_minutes takes the barrel's size too; barrel_json gives the level only.
    "toast-minutes-signature-changed": [
        ("edit", f"{BACK}/toasting.py", "def toast_minutes(level):\n    return MINUTES_BY_LEVEL[level]",
         "def toast_minutes(level, litres):\n    return MINUTES_BY_LEVEL[level] * litres // 225"),
    ],
    # Refactor: /api/v1 in the settings, with the services.
    "refactor-prefix-moved-with-services": [
        ("edit", f"{BACK}/settings.py", 'API_PREFIX = "/api"', 'API_PREFIX = "/api/v1"'),
        ("edit", f"{WEB}/services/barrel.service.ts", "'/api/barrels'", "'/api/v1/barrels'"),
        ("edit", f"{WEB}/services/barrel.service.ts", "`/api/barrels/${barrelId}/toast`",
         "`/api/v1/barrels/${barrelId}/toast`"),
        ("edit", f"{WEB}/services/order.service.ts", "this.http.get<Order[]>('/api/orders')",
         "this.http.get<Order[]>('/api/v1/orders')"),
        ("edit", f"{WEB}/services/order.service.ts", "this.http.post<Order>('/api/orders', order)",
         "this.http.post<Order>('/api/v1/orders', order)"),
    ],
    # Refactor: a barrel says its cooper too (the templates ignore it).
    "refactor-cooper-added": [
        ("edit", f"{BACK}/barrels.py", '        "toast": barrel["toast"],\n',
         '        "toast": barrel["toast"],\n        "cooper": barrel.get("cooper", "unknown"),\n'),
    ],
}
