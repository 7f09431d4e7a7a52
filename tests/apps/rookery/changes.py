"""rookery: a CherryPy API under the default dispatcher, mounted through a method of a small
server class (`self.mount_app(Api(), "/api")`, the method calling `cherrypy.tree.mount`), its
rings object decorated with `@cherrypy.popargs("ring_id")` (`/rings/42/recoveries`) and its
search taking its parameters from the query string; a TypeScript frontend on a client class of
one module made in another (`export const api = new RookeryApi(http)` in api/index.ts), its
axios instance's base a constant built on a second one (`const base = env || 'http://...';
export const API = base + '/api'`), which a widget's `fetch` calls use too."""

BACK = "backend/rookery"
WEB = "web/src"

CHANGES = {
    # The search is `find` now; the colony widget still asks /birds/search?species=... (404).
    "search-renamed": [
        ("edit", f"{BACK}/birds.py", "    def search(self, species, site=None):", "    def find(self, species, site=None):"),
    ],
    # The API is mounted at /api/v2; the client's base still says /api (every call 404s).
    "api-mount-moved": [
        ("edit", f"{BACK}/server.py", 'self.mount_app(Api(), "/api")', 'self.mount_app(Api(), "/api/v2")'),
    ],
    # The wing length is `wingLengthMm` now; the ring table shows `ring.wingMm` (undefined).
    "wing-mm-renamed": [
        ("edit", f"{BACK}/rings.py", '"wingMm": ring["wing"],', '"wingLengthMm": ring["wing"],'),
    ],
    # A search must name its site; the sightings page sends the species only (CherryPy: 404).
    "site-now-required": [
        ("edit", f"{BACK}/birds.py", "def search(self, species, site=None):", "def search(self, species, site):"),
    ],
    # Fitting a ring is a PUT now; the client still POSTs (405).
    "fit-is-put": [
        ("edit", f"{BACK}/rings.py", '@cherrypy.tools.allow(methods=["POST"])', '@cherrypy.tools.allow(methods=["PUT"])'),
    ],
    # The ringer's initials are no longer sent; the ring page shows "Ringed by undefined".
    "ringer-dropped": [
        ("edit", f"{BACK}/rings.py", '        "ringer": ring["ringer"],\n', ""),
    ],
    # The wing index takes the fat score too; ring_json gives wing and mass only.
    "wing-index-signature-changed": [
        ("edit", f"{BACK}/wing.py", "def wing_index(wing_mm, mass_g):\n    return round(",
         "def wing_index(wing_mm, mass_g, fat_score):\n    return fat_score + round("),
    ],
    # Refactor: `find`, with both of its clients.
    "refactor-search-renamed-with-clients": [
        ("edit", f"{BACK}/birds.py", "    def search(self, species, site=None):", "    def find(self, species, site=None):"),
        ("edit", f"{WEB}/api/rookery-api.ts", "'/birds/search'", "'/birds/find'"),
        ("edit", f"{WEB}/widgets/colony.ts", "`${API}/birds/search?species=", "`${API}/birds/find?species="),
    ],
    # Refactor: a ring says its mass too (the pages ignore it).
    "refactor-mass-added": [
        ("edit", f"{BACK}/rings.py", '        "ringer": ring["ringer"],\n',
         '        "ringer": ring["ringer"],\n        "massG": ring["mass"],\n'),
    ],
}
