"""tannery: a Flask-RESTful API (`Api(app, prefix="/api")`, `api.add_resource`) whose request
parsers are shared the reqparse ways: a parser made by `copy()` of another and given more
arguments, a `location=["args", "json"]` list, and a parser run in the resource's `__init__`
(`self.args = batch_parser.parse_args()`, for every method); and a Vue 3 + Vuex 4 frontend: one
store whose actions call an axios instance, getters that filter the state and that build new
values from it (`state.hides.map((hide) => ({ text: ... }))`), components on `mapState`,
`mapGetters`, `mapActions` and `useStore()`."""

BACK = "backend/tannery"
WEB = "web/src"

CHANGES = {
    # A hide is tanned at /tanning now; the store's action still posts to /tan (a 404).
    "tan-route-renamed": [
        ("edit", f"{BACK}/app.py", '"/hides/<int:hide_id>/tan"', '"/hides/<int:hide_id>/tanning"'),
    ],
    # Every tanning must name its workshop: added to the parser the tan parser copies; the
    # action sends `{ tanner, method }` (a 400).
    "workshop-required-by-the-copied-parser": [
        ("edit", f"{BACK}/hides.py", 'tanning.add_argument("tanner", type=str, required=True, location="json")\n',
         ('tanning.add_argument("tanner", type=str, required=True, location="json")\n'
         'tanning.add_argument("workshop", type=str, required=True, location="json")\n')),
    ],
    # The hide list must name its tannery, in the query or the body; the store asks without it.
    "tannery-required-in-args-or-json": [
        ("edit", f"{BACK}/hides.py", 'listing.add_argument("grade", type=str, location=["args", "json"])\n',
         ('listing.add_argument("grade", type=str, location=["args", "json"])\n'
         'listing.add_argument("tannery", type=str, required=True, location=["args", "json"])\n')),
    ],
    # The batches' parser (run in `__init__`, for GET and POST) requires the shift; the store's
    # GET sends only `vat`.
    "shift-required-in-init": [
        ("edit", f"{BACK}/batches.py", 'batch_parser.add_argument("vat", type=int, location="args")\n',
         ('batch_parser.add_argument("vat", type=int, location="args")\n'
         'batch_parser.add_argument("shift", type=str, required=True, location="args")\n')),
    ],
    # A hide's `areaSqft` is `area` now; the list (through the `untanned` getter) still shows it.
    "area-sqft-renamed": [
        ("edit", f"{BACK}/hides.py", '"areaSqft": hide["area_sqft"],', '"area": hide["area_sqft"],'),
    ],
    # `areaSqm` is no longer sent; the `labels` getter still builds its text from it.
    "area-sqm-dropped": [
        ("edit", f"{BACK}/hides.py", '        "areaSqm": to_sqm(hide["area_sqft"]),\n', ""),
    ],
    # The tanning's `readyInDays` is `readyIn`; the list still shows `lastTan.readyInDays`.
    "ready-in-renamed": [
        ("edit", f"{BACK}/hides.py", '"readyInDays": args["days"] or 30}', '"readyIn": args["days"] or 30}'),
    ],
    # The units helper moved into a package without its importer.
    "units-module-moved": [
        ("move", f"{BACK}/units.py", f"{BACK}/measure/units.py"),
        ("write", f"{BACK}/measure/__init__.py", ""),
    ],
    # Refactor: the batches' vat is required now; the store always sends it.
    "refactor-vat-required": [
        ("edit", f"{BACK}/batches.py", 'batch_parser.add_argument("vat", type=int, location="args")',
         'batch_parser.add_argument("vat", type=int, required=True, location="args")'),
    ],
    # Refactor: the tan route renamed with the store's action; the copied parser's new argument
    # is optional.
    "refactor-tan-route-with-client": [
        ("edit", f"{BACK}/app.py", '"/hides/<int:hide_id>/tan"', '"/hides/<int:hide_id>/tanning"'),
        ("edit", f"{WEB}/store/index.js", "`/hides/${id}/tan`", "`/hides/${id}/tanning`"),
        ("edit", f"{BACK}/hides.py", 'tanning.add_argument("tanner", type=str, required=True, location="json")\n',
         ('tanning.add_argument("tanner", type=str, required=True, location="json")\n'
         'tanning.add_argument("workshop", type=str, location="json")\n')),
    ],
}
