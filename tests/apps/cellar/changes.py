"""cellar: a Starlette API whose routes are tables (`Mount("/api", routes=[Mount("/wines",
routes=wine_routes), Route("/racks", list_racks)])`, `wine_routes` a list of `Route`s in another
module) given to `Starlette(routes=routes)`; a React Router v7 frontend (framework mode):
loaders and actions over a server-side `call<T>` fetch wrapper, the uncork action submitted by a
fetcher shared by key (`useFetcher({ key: "uncork" })`) whose value another component reads
(`useFetcher<typeof action>({ key: "uncork" })`)."""

BACK = "backend/cellar"
WEB = "web/app"

CHANGES = {
    # Uncorking is /open now; the action still posts to /uncork (a 404).
    "uncork-route-renamed": [
        ("edit", f"{BACK}/wines.py", '"/{wine_id:int}/uncork"', '"/{wine_id:int}/open"'),
    ],
    # The API is mounted at /api/v1 now; the wrapper's base is still /api (every call a 404).
    "api-mount-moved": [
        ("edit", f"{BACK}/app.py", 'Mount("/api", routes=[', 'Mount("/api/v1", routes=['),
    ],
    # The wines table moved to /bottles; the loader still asks for /wines/ (a 404).
    "wines-mount-moved": [
        ("edit", f"{BACK}/app.py", 'Mount("/wines", routes=wine_routes)', 'Mount("/bottles", routes=wine_routes)'),
    ],
    # A wine's `vintage` is `year` now; the list shows `wine.vintage` (undefined).
    "vintage-key-renamed": [
        ("edit", f"{BACK}/wines.py", '"vintage": w["vintage"]', '"year": w["vintage"]'),
    ],
    # Uncorking must say who uncorked; the action sends the glasses only (a 400... a KeyError, a 500).
    "sommelier-now-required": [
        ("edit", f"{BACK}/wines.py", '    glasses = int(data["glasses"])\n',
         '    glasses = int(data["glasses"])\n    sommelier = data["sommelier"]\n'),
        ("edit", f"{BACK}/wines.py", '"glasses": glasses, "openedAt"', '"glasses": glasses, "by": sommelier, "openedAt"'),
    ],
    # The uncorked wine's `openedAt` is `opened` now; the banner reads `fetcher.data.openedAt`.
    "opened-at-renamed": [
        ("edit", f"{BACK}/wines.py", '"openedAt": wine["opened_at"]', '"opened": wine["opened_at"]'),
    ],
    # A rack's humidity is reported as `humidityPct`; the racks page shows `rack.humidity`.
    "humidity-key-renamed": [
        ("edit", f"{BACK}/racks.py", '"humidity": r["humidity"]', '"humidityPct": r["humidity"]'),
    ],
    # pairing_for takes the course now; the list gives the wine only.
    "pairing-signature-changed": [
        ("edit", f"{BACK}/pairing.py", 'def pairing_for(wine):\n    return PAIRINGS.get(wine["name"], "cheese")',
         'def pairing_for(wine, course):\n    return PAIRINGS.get(wine["name"], "cheese") if course == "main" else "nuts"'),
    ],
    # Refactor: the API mounted at /api/v1 with the wrapper's base.
    "refactor-api-mount-moved-with-client": [
        ("edit", f"{BACK}/app.py", 'Mount("/api", routes=[', 'Mount("/api/v1", routes=['),
        ("edit", f"{WEB}/api.server.ts", '"http://localhost:8000/api"', '"http://localhost:8000/api/v1"'),
    ],
    # Refactor: uncorking may say who uncorked (optional); a wine says its rack too.
    "refactor-optional-sommelier": [
        ("edit", f"{BACK}/wines.py", '    glasses = int(data["glasses"])\n',
         '    glasses = int(data["glasses"])\n    sommelier = data.get("sommelier")\n'),
        ("edit", f"{BACK}/wines.py", '"glasses": glasses, "openedAt"', '"glasses": glasses, "by": sommelier, "openedAt"'),
        ("edit", f"{BACK}/wines.py", '"pairing": pairing_for(w)}', '"pairing": pairing_for(w), "rack": w["rack"]}'),
    ],
}
