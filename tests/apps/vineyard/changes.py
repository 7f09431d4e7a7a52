"""vineyard: a BlackSheep API on controllers (`class Vines(Controller)` with a `route()`
classmethod giving the base route, `@get()`, `@get("/{vine_id}")`, `@post(...)` of
`blacksheep.server.controllers` on its methods; `class Tastings(APIController)` served at
`/api/tastings`, the default route of its class name) and a React Router v7 frontend in
framework mode: route modules' loaders and actions over a server-side `call<T>` fetch wrapper,
the harvest action's value read by a fetcher in a component of another module
(`useFetcher<typeof action>()` in `components/VineRow.tsx`)."""

BACK = "backend/vineyard"
WEB = "web/app"

CHANGES = {
    # A vine is picked at /pick now; the wrapper still posts to /harvest (a 404).
    "harvest-route-renamed": [
        ("edit", f"{BACK}/controllers/vines.py", '@post("/{vine_id}/harvest")', '@post("/{vine_id}/pick")'),
    ],
    # The controller's base route moved under /api/estate; the frontend calls /api/vines.
    "controller-route-moved": [
        ("edit", f"{BACK}/controllers/vines.py", 'return "/api/vines"', 'return "/api/estate/vines"'),
    ],
    # The tastings controller renamed: an APIController is served at its class name (/api/winetastings).
    "tastings-controller-renamed": [
        ("edit", f"{BACK}/controllers/tastings.py", "class Tastings(APIController):", "class WineTastings(APIController):"),
    ],
    # A vine's `potentialAbv` is `abv` now; its page still shows `vine.potentialAbv`.
    "potential-abv-renamed": [
        ("edit", f"{BACK}/controllers/vines.py", '"potentialAbv": potential_abv(vine["brix"])', '"abv": potential_abv(vine["brix"])'),
    ],
    # A tasting no longer says its score; the tastings page still shows it.
    "score-dropped": [
        ("edit", f"{BACK}/controllers/tastings.py", ', "score": t["score"]}', "}"),
    ],
    # A harvest's `yieldKg` is `yield_kg`; the row (a fetcher of the vines route's action) still shows it.
    "yield-renamed": [
        ("edit", f"{BACK}/controllers/vines.py", '"yieldKg": yield_kg(vine)', '"yield_kg": yield_kg(vine)'),
    ],
    # The sugar helpers moved into a package without their importer.
    "sugar-module-moved": [
        ("move", f"{BACK}/sugar.py", f"{BACK}/cellar/sugar.py"),
        ("write", f"{BACK}/cellar/__init__.py", ""),
    ],
    # Refactor: the tastings controller renamed, its route kept by a `route()` of its own.
    "refactor-tastings-route-kept": [
        ("edit", f"{BACK}/controllers/tastings.py", "class Tastings(APIController):\n",
         ('class WineTastings(APIController):\n    @classmethod\n    def route(cls) -> str:\n'
         '        return "/api/tastings"\n\n')),
    ],
    # Refactor: the base route moved with the wrapper's base URL; a field added.
    "refactor-route-moved-with-client": [
        ("edit", f"{BACK}/controllers/vines.py", 'return "/api/vines"', 'return "/api/estate/vines"'),
        ("edit", f"{WEB}/api.server.ts", 'call<VineSummary[]>("/vines")', 'call<VineSummary[]>("/estate/vines")'),
        ("edit", f"{WEB}/api.server.ts", "call<Vine>(`/vines/${id}`)", "call<Vine>(`/estate/vines/${id}`)"),
        ("edit", f"{WEB}/api.server.ts", "`/vines/${id}/harvest`", "`/estate/vines/${id}/harvest`"),
        ("edit", f"{BACK}/controllers/vines.py", '"harvestedOn": vine["harvested"]}', '"harvestedOn": vine["harvested"], "rows": 1}'),
    ],
}
