"""almanac: a Flask app factory that loads its config by environment name
(`app.config.from_object(config_by_name[config_name])`, the classes of a config module
inheriting `API_PREFIX` from a base `Config`) and registers its blueprints under
`f"{prefix}/tides"` with `prefix = app.config["API_PREFIX"]`; a React Router v7 frontend
(framework mode) whose loaders and actions call the API through a server-side fetch wrapper,
with `useFetchers()` for optimistic UI (the rows being retracted hidden, a saving badge) and a
fetcher per row."""

BACK = "backend/almanac"
WEB = "web/app"

CHANGES = {
    # Every config says /api/v1 now (the base class's prefix); the wrapper still calls /api/... (404s).
    "prefix-moved-in-config": [
        ("edit", f"{BACK}/config.py", 'API_PREFIX = "/api"', 'API_PREFIX = "/api/v1"'),
    ],
    # High water is `highTide` now; the tides page shows `tide.highWater` (undefined).
    "high-water-renamed": [
        ("edit", f"{BACK}/tides.py", '"highWater": tide["high"]', '"highTide": tide["high"]'),
    ],
    # A sighting must say how many were seen; the action logs `{ species }` only (a KeyError, a 500).
    "count-now-required": [
        ("edit", f"{BACK}/sightings.py", '"count": data.get("count", 1)', '"count": data["count"]'),
    ],
    # Retracting is a POST to /retract now; the wrapper still sends DELETE (a 405).
    "retract-is-post": [
        ("edit", f"{BACK}/sightings.py", '@sightings_bp.delete("/<int:sighting_id>")',
         '@sightings_bp.post("/<int:sighting_id>/retract")'),
    ],
    # A sighting no longer says who saw it; the list shows `sighting.observer` (undefined).
    "observer-key-dropped": [
        ("edit", f"{BACK}/sightings.py", '        "observer": sighting["observer"],\n', ""),
    ],
    # moon_phase takes the longitude too; the tide table gives the day only.
    "moon-phase-signature-changed": [
        ("edit", f"{BACK}/moon.py", "def moon_phase(day):", "def moon_phase(day, longitude):"),
        ("edit", f"{BACK}/moon.py", "(day - NEW_MOON).days % SYNODIC_DAYS", "(day - NEW_MOON).days % SYNODIC_DAYS + longitude / 360"),
    ],
    # Refactor: /api/v1 for every config, with the wrapper's base.
    "refactor-prefix-moved-with-client": [
        ("edit", f"{BACK}/config.py", 'API_PREFIX = "/api"', 'API_PREFIX = "/api/v1"'),
        ("edit", f"{WEB}/api.server.ts", '"http://localhost:5000/api"', '"http://localhost:5000/api/v1"'),
    ],
    # Refactor: the test config serves the API under its own prefix (the apps the frontend talks to keep /api).
    "refactor-testing-prefix": [
        ("edit", f"{BACK}/config.py", "    TESTING = True\n", '    TESTING = True\n    API_PREFIX = "/test-api"\n'),
    ],
}
