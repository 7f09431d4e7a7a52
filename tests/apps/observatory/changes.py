"""observatory: a BlackSheep API whose handlers are registered with the module-level decorators
(`@get("/api/telescopes/{telescope_id}")`, `@post`, `@put`, `@delete` imported from
`blacksheep`, on the default router `Application()` serves), answering `json(...)` of a dict a
serializer function builds, the body bound by `data: FromJSON[NewSession]` (a dataclass: its
fields without a default are required); and a plain-script frontend on `XMLHttpRequest`:
`xhr.open('POST', '/api/sessions')`, `xhr.send(JSON.stringify({...}))`, the body read as
`JSON.parse(xhr.responseText)` in `xhr.onload`."""

BACKEND = "backend/observatory"
STATIC = "frontend/static"

CHANGES = {
    # A telescope is relocated at /location now; the client still PUTs /site.
    "site-route-renamed": [
        ("edit", f"{BACKEND}/telescopes.py", '@put("/api/telescopes/{telescope_id}/site")',
         '@put("/api/telescopes/{telescope_id}/location")'),
    ],
    # Sessions are archived with POST now, not deleted; the client still sends DELETE.
    "drop-verb-changed": [
        ("edit", f"{BACKEND}/sessions.py", '@delete("/api/sessions/{session_id}")',
         '@post("/api/sessions/{session_id}/archive")'),
    ],
    # A telescope's `aperture_mm` is `aperture`; the list still shows `t.aperture_mm`.
    "aperture-renamed": [
        ("edit", f"{BACKEND}/telescopes.py", '"aperture_mm": telescope.aperture_mm,',
         '"aperture": telescope.aperture_mm,'),
    ],
    # A logged session no longer says the seeing; the page title still shows it.
    "seeing-dropped": [
        ("edit", f"{BACKEND}/sessions.py", '        "seeing_arcsec": arcseconds(session.seeing_deg),\n', ""),
    ],
    # A session must name its observer now; the client still logs `{ telescope_id, target }`.
    "observer-now-required": [
        ("edit", f"{BACKEND}/sessions.py", '    observer: str = ""\n', ""),
        ("edit", f"{BACKEND}/sessions.py", "    seeing_deg: float = 0.0\n",
         "    observer: str\n    seeing_deg: float = 0.0\n"),
    ],
    # The units helper moved into a package without its importer.
    "units-module-moved": [
        ("move", f"{BACKEND}/units.py", f"{BACKEND}/astro/units.py"),
        ("write", f"{BACKEND}/astro/__init__.py", ""),
    ],
    # Refactor: the site route is renamed with its client.
    "refactor-site-route-with-client": [
        ("edit", f"{BACKEND}/telescopes.py", '@put("/api/telescopes/{telescope_id}/site")',
         '@put("/api/telescopes/{telescope_id}/location")'),
        ("edit", f"{STATIC}/observatory.js", "`/api/telescopes/${id}/site?", "`/api/telescopes/${id}/location?"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACKEND}/telescopes.py", '        "site": telescope.site,\n',
         '        "site": telescope.site,\n        "focal_mm": 1200,\n'),
        ("edit", f"{BACKEND}/sessions.py", '    observer: str = ""\n', '    observer: str = ""\n    notes: str = ""\n'),
    ],
}
