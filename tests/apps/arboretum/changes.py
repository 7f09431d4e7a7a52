"""arboretum: BlackSheep controllers on the project's own base class (`class Trees(GardenController)`,
`GardenController(Controller)` in another module), their routes a `route()` classmethod or a
`route = "..."` attribute, handlers served at their own name by `@get(None)`
(`due_for_pruning` -> `/due-for-pruning`) and a `FromJSON[Measurement]` body; a Vue 3 + Vuex 4
frontend: actions on an axios instance, a getter built on another getter (`getters.tall.map`) and
a namespaced module's getter reading `rootGetters.tall`."""

BACK = "backend/arboretum"
WEB = "web/src"

CHANGES = {
    # Measurements are posted to /measurements now; the store's action still posts to /measure.
    "measure-route-renamed": [
        ("edit", f"{BACK}/controllers/trees.py", '@post("/{tree_id}/measure")', '@post("/{tree_id}/measurements")'),
    ],
    # The handler renamed: `@get(None)` serves it at /pruning-due now; the store asks for
    # /due-for-pruning (a 404).
    "pruning-handler-renamed": [
        ("edit", f"{BACK}/controllers/trees.py", "async def due_for_pruning(self):", "async def pruning_due(self):"),
    ],
    # The beds controller moved to /api/garden-beds; the beds module still calls /beds (404s).
    "beds-route-moved": [
        ("edit", f"{BACK}/controllers/beds.py", 'route = "/api/beds"', 'route = "/api/garden-beds"'),
    ],
    # A tree's `heightM` is `height` now: the list, the tall getter and the labels built on it
    # read `heightM` (undefined m, and no tree is tall any more).
    "height-key-renamed": [
        ("edit", f"{BACK}/controllers/trees.py",
         '"bed": t["bed"], "heightM": t["height_m"]}', '"bed": t["bed"], "height": t["height_m"]}'),
    ],
    # The tree list no longer says a tree's bed; the beds module's `shaded` getter matches
    # `tree.bed` of `rootGetters.tall` (no bed is shaded any more).
    "bed-key-dropped": [
        ("edit", f"{BACK}/controllers/trees.py",
         '{"id": t["id"], "species": t["species"], "bed": t["bed"], "heightM"', '{"id": t["id"], "species": t["species"], "heightM"'),
    ],
    # A measurement must say who measured; the action sends height and girth only (a 400).
    "measured-by-required": [
        ("edit", f"{BACK}/controllers/trees.py", "    girth_cm: float\n", "    girth_cm: float\n    measured_by: str\n"),
    ],
    # canopy_m takes the season now (leaf-off canopies are smaller); its callers give the tree only.
    "canopy-signature-changed": [
        ("edit", f"{BACK}/growth.py", 'def canopy_m(tree):\n    return round(tree["girth_cm"] / 100 * 4.5, 1)',
         ('def canopy_m(tree, season):\n    factor = 4.5 if season == "summer" else 3.0\n'
         '    return round(tree["girth_cm"] / 100 * factor, 1)')),
    ],
    # Refactor: the handler renamed, its path kept by writing it.
    "refactor-pruning-path-kept": [
        ("edit", f"{BACK}/controllers/trees.py", "    @get(None)\n    async def due_for_pruning(self):",
         '    @get("/due-for-pruning")\n    async def pruning_due(self):'),
    ],
    # Refactor: the beds controller moved with the frontend's calls.
    "refactor-beds-moved-with-client": [
        ("edit", f"{BACK}/controllers/beds.py", 'route = "/api/beds"', 'route = "/api/garden-beds"'),
        ("edit", f"{WEB}/store/beds.js", "api.get('/beds')", "api.get('/garden-beds')"),
        ("edit", f"{WEB}/store/beds.js", "api.get('/beds/in-bloom')", "api.get('/garden-beds/in-bloom')"),
    ],
}
