"""wharf: a Flask API of `MethodView` classes and view functions registered with
`bp.add_url_rule(path, view_func=ShipList.as_view("ship_list"))` on blueprints mounted with
`url_prefix`; a React frontend on an openapi-fetch client (`createClient<paths>({ baseUrl })`)
whose functions call `client.GET('/api/ships/{ship_id}', { params: { path: ... } })`, destructure
`{ data }` and post `{ body: ship }`, the components keeping what they give in state."""

BACK = "backend/wharf"
WEB = "web/src"

CHANGES = {
    # Departures are at /sail now; the client still posts to /depart (404).
    "depart-route-renamed": [
        ("edit", f"{BACK}/ships.py", 'bp.add_url_rule("/<int:ship_id>/depart"', 'bp.add_url_rule("/<int:ship_id>/sail"'),
    ],
    # The draft is replaced with PUT now (the MethodView's `patch` is `put`); the client PATCHes (405).
    "patch-is-put": [
        ("edit", f"{BACK}/ships.py", "    def patch(self, ship_id):", "    def put(self, ship_id):"),
    ],
    # A ship's `draftM` is `draughtM`; the table shows `ship.draftM` (undefined).
    "draft-key-renamed": [
        ("edit", f"{BACK}/ships.py", '"draftM": ship["draft"]', '"draughtM": ship["draft"]'),
    ],
    # The berth list no longer sends the depth; the arrivals list shows `berth.depthM`.
    "depth-dropped": [
        ("edit", f"{BACK}/berths.py", '"depthM": b["depth"], ', ""),
    ],
    # Mooring requires the hours now; the client posts `{ shipId }` only (a KeyError, 500).
    "hours-now-required": [
        ("edit", f"{BACK}/berths.py", 'data.get("hours", 24)', 'data["hours"]'),
    ],
    # The berths blueprint is mounted at /api/quays; the client still calls /api/berths/...
    "berths-prefix-moved": [
        ("edit", f"{BACK}/__init__.py", 'url_prefix="/api/berths"', 'url_prefix="/api/quays"'),
    ],
    # gross_tonnage takes a block coefficient too; ship_json gives three arguments.
    "tonnage-signature-changed": [
        ("edit", f"{BACK}/tonnage.py", "def gross_tonnage(length, beam, draft):",
         "def gross_tonnage(length, beam, draft, block):"),
        ("edit", f"{BACK}/tonnage.py", "0.28 * length", "block * length"),
    ],
    # Refactor: departures at /sail, with the client's path (and the OpenAPI types).
    "refactor-depart-renamed-with-client": [
        ("edit", f"{BACK}/ships.py", 'bp.add_url_rule("/<int:ship_id>/depart"', 'bp.add_url_rule("/<int:ship_id>/sail"'),
        ("edit", f"{WEB}/api/ships.ts", "'/api/ships/{ship_id}/depart'", "'/api/ships/{ship_id}/sail'"),
        ("edit", f"{WEB}/api/schema.d.ts", '"/api/ships/{ship_id}/depart"', '"/api/ships/{ship_id}/sail"'),
    ],
    # Refactor: a ship says its IMO number too, and registering one may give it.
    "refactor-imo-added": [
        ("edit", f"{BACK}/ships.py", '        "berth": ship["berth"],\n    }',
         '        "berth": ship["berth"],\n        "imo": ship.get("imo"),\n    }'),
        ("edit", f"{BACK}/ships.py", '            "berth": None,\n        }',
         '            "berth": None,\n            "imo": data.get("imo"),\n        }'),
    ],
}
