"""brewery: a CherryPy API under the `MethodDispatcher` (`cherrypy.tree.mount(Api(), "/api",
{"/": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}})`: the mounted object's
attributes are the path segments (`self.batches = Batches()` serves `/api/batches`), an
exposed class's `GET`/`POST`/`DELETE` methods are the HTTP methods (another: a 405), segments
left over are the method's positional parameters (`GET(self, batch_id=None)` serves
`/api/batches` and `/api/batches/{id}`); `@cherrypy.tools.json_out()` answers what the method
returns as JSON, `data = cherrypy.request.json` under `json_in()` is the body) and a Vue 3
client: a pinia setup store whose refs are set from a fetch wrapper's promises, read through
`storeToRefs`, a `v-for` handing each batch to a card's prop, and `cellar.tastings` in place."""

BACK = "backend/brewery"
WEB = "web/src"

CHANGES = {
    # The tastings are served at /api/reviews now; the wrappers still call /api/tastings.
    "tastings-route-renamed": [
        ("edit", f"{BACK}/app.py", "self.tastings = Tastings()", "self.reviews = Tastings()"),
    ],
    # A batch is dumped with PATCH now, no DELETE; the wrapper still deletes (a 405).
    "dump-verb-changed": [
        ("edit", f"{BACK}/batches.py", "    def DELETE(self, batch_id):\n", "    def PATCH(self, batch_id):\n"),
    ],
    # The tasting resource moved into a package; app.py still imports brewery.tastings.
    "tastings-module-moved": [
        ("move", f"{BACK}/tastings.py", f"{BACK}/resources/tastings.py"),
        ("write", f"{BACK}/resources/__init__.py", ""),
    ],
    # A batch's `style` is `beer_style`; the card still shows `style`.
    "style-renamed": [
        ("edit", f"{BACK}/batches.py", '"style": batch.style', '"beer_style": batch.style'),
    ],
    # A tasting no longer carries its notes; the list still shows them.
    "notes-dropped": [
        ("edit", f"{BACK}/tastings.py", '        "notes": tasting.notes,\n', ""),
    ],
    # A tasting must carry notes now; the wrapper still sends a score only (a KeyError: 500).
    "notes-now-required": [
        ("edit", f"{BACK}/tastings.py", 'data.get("notes", "")', 'data["notes"]'),
    ],
    # Refactor: the tastings are served at /api/reviews, with their client.
    "refactor-tastings-route-with-client": [
        ("edit", f"{BACK}/app.py", "self.tastings = Tastings()", "self.reviews = Tastings()"),
        ("edit", f"{WEB}/api.ts", "call<Tasting[]>('GET', '/tastings')", "call<Tasting[]>('GET', '/reviews')"),
        ("edit", f"{WEB}/api.ts", "call<Tasting>('POST', '/tastings',", "call<Tasting>('POST', '/reviews',"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACK}/batches.py", '"stage": batch.stage}', '"stage": batch.stage, "tank": None}'),
        ("edit", f"{BACK}/tastings.py", '"notes": tasting.notes,\n', '"notes": tasting.notes,\n        "taster": "",\n'),
        ("edit", f"{BACK}/tastings.py", 'data.get("notes", "")', 'data.get("notes") or ""'),
    ],
}
