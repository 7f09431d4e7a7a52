"""saddlery: a Starlette API whose routing table (`routes=[Mount("/api", routes=[Route(...)])]`)
names handler functions of other modules (imported by name, and as `fittings.book_fitting`),
reading the request's JSON in those functions; a Vue 3 frontend (JS, Options API) on a Vuex 4
store of namespaced modules, whose components map the modules' getters at the root level
(`...mapGetters(['saddles/available'])`, read as `this['saddles/available']`), and an API client
class made once whose axios instance is made in its constructor (`this.http = axios.create({
baseURL: '/api' })`) and used by its methods."""

BACK = "backend/saddlery"
WEB = "web/src"

CHANGES = {
    # Reserving is /hold now; the client's `reserve` still posts to /reserve (a 404).
    "reserve-route-renamed": [
        ("edit", f"{BACK}/app.py", '"/saddles/{saddle_id:int}/reserve"', '"/saddles/{saddle_id:int}/hold"'),
    ],
    # The API is mounted at /api/v2; the client's base is still /api.
    "api-mount-moved": [
        ("edit", f"{BACK}/app.py", '        "/api",\n', '        "/api/v2",\n'),
    ],
    # A saddle's seat is `seatSize` now; the list labels each with `saddle.seatInches` (undefined").
    "seat-key-renamed": [
        ("edit", f"{BACK}/saddles.py", '"seatInches": saddle["seat_in"]', '"seatSize": saddle["seat_in"]'),
    ],
    # A fitting must name its fitter; the fittings module's `book` gives the client horse and date (a KeyError).
    "fitter-now-required": [
        ("edit", f"{BACK}/fittings.py", 'data.get("fitter", "first free")', 'data["fitter"]'),
    ],
    # The reserve route lost its `methods` in a clean-up: a function route answers GET only (a 405 on the POST).
    "reserve-methods-dropped": [
        ("edit", f"{BACK}/app.py", 'reserve_saddle, methods=["POST"])', "reserve_saddle)"),
    ],
    # A fitting says its fitter as `fitterName`; the panel lists `fitting.fitter` (undefined).
    "fitter-key-renamed": [
        ("edit", f"{BACK}/fittings.py", '"date": f["date"], "fitter": f["fitter"]}', '"date": f["date"], "fitterName": f["fitter"]}'),
    ],
    # tree_width takes the tree's material now; saddle_json gives the gullet only.
    "tree-width-signature-changed": [
        ("edit", f"{BACK}/sizing.py", "def tree_width(gullet_cm):", "def tree_width(gullet_cm, material):"),
        ("edit", f"{BACK}/sizing.py", '    return "wide"\n', '    return "wide" if material == "wood" else "extra-wide"\n'),
    ],
    # Refactor: reserving is /hold, with its client.
    "refactor-hold-route-with-client": [
        ("edit", f"{BACK}/app.py", '"/saddles/{saddle_id:int}/reserve"', '"/saddles/{saddle_id:int}/hold"'),
        ("edit", f"{WEB}/api/client.js", "`/saddles/${saddleId}/reserve`", "`/saddles/${saddleId}/hold`"),
    ],
    # Refactor: a reservation may say until when; a saddle says its maker's country too.
    "refactor-optional-until-added": [
        ("edit", f"{BACK}/saddles.py", '    saddle["reserved_by"] = data["rider"]\n',
         '    saddle["reserved_by"] = data["rider"]\n    saddle["until"] = data.get("until")\n'),
        ("edit", f"{BACK}/saddles.py", '"maker": saddle["maker"],', '"maker": saddle["maker"],\n        "country": saddle.get("country"),'),
    ],
}
