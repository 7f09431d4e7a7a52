"""dovecote: a Starlette API whose routing table names endpoint classes and functions of other
modules (`Route("/birds", BirdList)`, an `HTTPEndpoint` subclass inheriting its `get` from a
base class of that module), with one route added after the table (`app.add_route(path,
enter_race, methods=["POST"])`, a handler of its own module); a Vue 3 frontend on a Vuex 4 store (JS, Options API
components, `mapState`/`mapActions`), whose namespaced `lofts` module reads the root state's
birds in a getter (`rootState.birds.filter((bird) => bird.loft === name)`)."""

BACK = "backend/dovecote"
WEB = "web/src"

CHANGES = {
    # Entering a race is /entrants now; the store's `enter` action still posts to /entries (a 404).
    "entries-route-renamed": [
        ("edit", f"{BACK}/app.py", '"/api/races/{race_id:int}/entries"', '"/api/races/{race_id:int}/entrants"'),
    ],
    # A bird's best speed is `bestVelocity` now; the table shows `bird.bestSpeed`, the getter filters on it.
    "best-speed-renamed": [
        ("edit", f"{BACK}/birds.py", '"bestSpeed": bird["best_speed"]', '"bestVelocity": bird["best_speed"]'),
    ],
    # A bird no longer says its loft; the lofts module's getter counts `bird.loft` (every loft empty).
    "loft-key-dropped": [
        ("edit", f"{BACK}/birds.py", '        "loft": bird["loft"],\n', ""),
    ],
    # An entry must say its basket; the store's `enter` action posts `{ ring }` (a KeyError, a 500).
    "basket-now-required": [
        ("edit", f"{BACK}/app.py", 'data.get("basket", "A")', 'data["basket"]'),
    ],
    # Retiring a bird is a POST to the bird now (its DELETE is gone); the store still sends DELETE (a 405).
    "retire-is-post": [
        ("edit", f"{BACK}/birds.py", "class BirdDetail(BirdEndpoint):\n    async def delete(self, request):",
         "class BirdDetail(BirdEndpoint):\n    async def post(self, request):"),
    ],
    # A result's velocity is `speed` now; the results list shows `result.velocity`.
    "velocity-key-renamed": [
        ("edit", f"{BACK}/races.py", '"velocity": t["velocity"], "position"', '"speed": t["velocity"], "position"'),
    ],
    # ranked takes the key to rank by now; the results handler gives the times only.
    "ranked-signature-changed": [
        ("edit", f"{BACK}/ranking.py", 'def ranked(times):', 'def ranked(times, by):'),
        ("edit", f"{BACK}/ranking.py", 'key=lambda t: t["velocity"]', 'key=lambda t: t[by]'),
    ],
    # Refactor: the entries route is /entrants, with its client.
    "refactor-entries-route-with-client": [
        ("edit", f"{BACK}/app.py", '"/api/races/{race_id:int}/entries"', '"/api/races/{race_id:int}/entrants"'),
        ("edit", f"{WEB}/store/index.js", "`/races/${raceId}/entries`", "`/races/${raceId}/entrants`"),
    ],
    # Refactor: a bird says its colour too; an entry may say its basket (optional as before).
    "refactor-colour-added": [
        ("edit", f"{BACK}/birds.py", '        "loft": bird["loft"],\n', '        "loft": bird["loft"],\n        "colour": bird.get("colour"),\n'),
        ("edit", f"{BACK}/app.py", 'data.get("basket", "A")', 'data.get("basket") or "A"'),
    ],
}
