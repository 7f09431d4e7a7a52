"""granary: a CherryPy app under the default dispatcher (`cherrypy.tree.mount(Root(), "/api",
config)` with a config that sets no dispatcher): the objects of the tree serve their exposed
methods at `/<attribute path>/<method name>/<positional parameters>`, `index` at the object's
own path, under `tools.json_out` (a decorator, or the class's `_cp_config`) and
`tools.allow(methods=[...])`; a React (JS) frontend on an API class whose transport is given to
its constructor (`constructor(http) { this.http = http; }`, made once as
`new GranaryApi(axios.create({ baseURL: '/api' }))`)."""

BACK = "backend/granary"
WEB = "web/src"

CHANGES = {
    # `show` is `detail` now; the client still asks /bins/show/1 (a 404).
    "show-renamed": [
        ("edit", f"{BACK}/bins.py", "def show(self, bin_id):", "def detail(self, bin_id):"),
    ],
    # The bins object moved to `silos`: every /api/bins/... request 404s.
    "bins-attribute-renamed": [
        ("edit", f"{BACK}/app.py", "self.bins = Bins()", "self.silos = Bins()"),
    ],
    # The fill is `fill` now; the list shows `grainBin.fillTonnes` (undefined).
    "fill-key-renamed": [
        ("edit", f"{BACK}/bins.py", '"fillTonnes": grain_bin["fill"]', '"fill": grain_bin["fill"]'),
    ],
    # A delivery must name its haulier; the form books `{ binId, tonnes }` (a KeyError, a 500).
    "haulier-now-required": [
        ("edit", f"{BACK}/deliveries.py", '"haulier": data.get("haulier", "own truck")',
         '"haulier": data["haulier"]'),
    ],
    # Aerating is a PUT now; the client still POSTs (a 405).
    "aerate-is-put": [
        ("edit", f"{BACK}/bins.py", '@cherrypy.tools.allow(methods=["POST"])', '@cherrypy.tools.allow(methods=["PUT"])'),
    ],
    # The drying time is no longer sent; the detail shows `grainBin.dryingHours` (undefined).
    "drying-hours-dropped": [
        ("edit", f"{BACK}/bins.py",
         '        "dryingHours": drying_hours(grain_bin["moisture"], grain_bin["fill"]),\n', ""),
        ("edit", f"{BACK}/bins.py", "from granary.moisture import drying_hours\n", ""),
    ],
    # drying_hours takes the fans' count too; bin_json gives two arguments.
    "drying-hours-signature-changed": [
        ("edit", f"{BACK}/moisture.py", "def drying_hours(moisture, tonnes):",
         "def drying_hours(moisture, tonnes, fans):"),
        ("edit", f"{BACK}/moisture.py", "tonnes / TONNES_PER_FAN_HOUR", "tonnes / (TONNES_PER_FAN_HOUR * fans)"),
    ],
    # Refactor: `show` is `detail`, with the client.
    "refactor-show-renamed-with-client": [
        ("edit", f"{BACK}/bins.py", "def show(self, bin_id):", "def detail(self, bin_id):"),
        ("edit", f"{WEB}/api/client.js", "`/bins/show/${binId}`", "`/bins/detail/${binId}`"),
    ],
    # Refactor: a delivery says its moisture too (the clients ignore it), json_out moved onto
    # each method.
    "refactor-moisture-added": [
        ("edit", f"{BACK}/deliveries.py", '        "tonnes": delivery["tonnes"],\n',
         '        "tonnes": delivery["tonnes"],\n        "moisture": BINS[delivery["bin_id"]]["moisture"],\n'),
    ],
}
