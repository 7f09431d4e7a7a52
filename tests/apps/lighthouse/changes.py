"""lighthouse: a FastAPI app that mounts a second FastAPI app under /api (`app.mount("/api",
api)`, the sub-app including its routers, one with a prefix given at `include_router`, one with
its own `APIRouter(prefix=...)`); an Angular frontend whose services get `HttpClient` through
their constructor (`constructor(private http: HttpClient)`) and whose components get those
services through theirs (`constructor(private lampService: LampService)`), reading what the
Observables emit in `subscribe` callbacks and giving a service method the object it posts."""

BACK = "backend/lighthouse"
WEB = "web/src/app"

CHANGES = {
    # The API is mounted at /api/v1 now; every service still calls /api/... (404s).
    "api-mount-moved": [
        ("edit", f"{BACK}/main.py", 'app.mount("/api", api)', 'app.mount("/api/v1", api)'),
    ],
    # A lamp's range is `rangeNauticalMiles` now; the list computes the farthest from `lamp.rangeNm`.
    "range-key-renamed": [
        ("edit", f"{BACK}/routers/lamps.py", "    rangeNm: float\n", "    rangeNauticalMiles: float\n"),
        ("edit", f"{BACK}/routers/lamps.py", "rangeNm=beam_range(", "rangeNauticalMiles=beam_range("),
    ],
    # A shift must say how many hours it lasts; the form gives `bookShift` keeperId and start only (a 422).
    "hours-now-required": [
        ("edit", f"{BACK}/routers/keepers.py", "    hours: int = 8\n", "    hours: int\n"),
    ],
    # Lighting a lamp is a PUT now; the service still POSTs (a 405).
    "light-is-put": [
        ("edit", f"{BACK}/routers/lamps.py", '@router.post("/{lamp_id}/light"', '@router.put("/{lamp_id}/light"'),
    ],
    # A keeper's station is `lighthouse` now; the form lists `keeper.station` (undefined).
    "station-key-renamed": [
        ("edit", f"{BACK}/routers/keepers.py", "    station: str\n", "    lighthouse: str\n"),
        ("edit", f"{BACK}/store.py", '"station": "North Head"', '"lighthouse": "North Head"'),
        ("edit", f"{BACK}/store.py", '"station": "Gull Rock"', '"lighthouse": "Gull Rock"'),
    ],
    # beam_range takes the observer's height too; lamp_out gives wattage and height only.
    "beam-range-signature-changed": [
        ("edit", f"{BACK}/optics.py", "def beam_range(wattage, height_m):", "def beam_range(wattage, height_m, eye_m):"),
        ("edit", f"{BACK}/optics.py", "math.sqrt(height_m)", "(math.sqrt(height_m) + math.sqrt(eye_m))"),
    ],
    # Refactor: the API is mounted at /api/v1, with every service's URLs.
    "refactor-mount-moved-with-clients": [
        ("edit", f"{BACK}/main.py", 'app.mount("/api", api)', 'app.mount("/api/v1", api)'),
        ("edit", f"{WEB}/services/lamp.service.ts", "'/api/lamps'", "'/api/v1/lamps'"),
        ("edit", f"{WEB}/services/keeper.service.ts", "'/api/keepers'", "'/api/v1/keepers'"),
        ("edit", f"{WEB}/services/keeper.service.ts", "'/api/keepers/shifts'", "'/api/v1/keepers/shifts'"),
    ],
    # Refactor: a wattage change may say who made it; a lamp says its height too.
    "refactor-optional-fields-added": [
        ("edit", f"{BACK}/routers/lamps.py", "    reason: str | None = None\n",
         "    reason: str | None = None\n    changedBy: str | None = None\n"),
        ("edit", f"{BACK}/routers/lamps.py", "    lit: bool\n", "    lit: bool\n    heightM: float = 0.0\n"),
    ],
}
