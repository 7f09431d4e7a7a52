"""Robyn (`SubRouter`, `include_router`, the request a handler is given), Bottle (apps, `mount`,
`route(method=)`, wildcards, `request.json`), CherryPy under the `MethodDispatcher` (the object
tree, exposed classes' upper-case methods), superagent (`res.body`, `.send`, `.query`, `.del`),
a fetch transport with a literal base before its path parameter, items mapped by a declared
function, and a Python app a failing import lost: the rules the apps kiosk, gazette and brewery
of tests/test_apps.py need, each on its own."""

from __future__ import annotations

from conftest import diff_keys, run_impact, selected_keys

from impact.http import bottle


def _keys(base, change):
    return sorted(key[:4] for key in selected_keys(base, change, ("IMP4",)))


ROBYN_APP = """\
from robyn import Robyn

from shop.items import items

app = Robyn(__file__)
app.include_router(items)
"""
ROBYN_ITEMS = """\
from robyn import Request, SubRouter

items = SubRouter(__file__, prefix="/api/items")
drafts = SubRouter(__file__, prefix="/api/drafts")


@items.post("/:item_id/sell")
def sell(request: Request):
    data = request.json()
    buyer = data.get("buyer")
    return {"id": request.path_params["item_id"], "buyer": buyer, "price": 3}


@items.get("/")
def listing(request, query_params):
    return {"items": []}


@drafts.get("/")
def list_drafts():
    return {"drafts": []}
"""
ROBYN_WEB = """\
async function send(method, path, body) {
  const response = await fetch(`/api${path}`, { method, body: JSON.stringify(body) })
  return response.json()
}

export const sell = (id) => send('POST', `/items/${id}/sell`, { note: 'x' }).then((s) => s.price)
export const listing = () => send('GET', '/items/')
export const drafts = () => send('GET', '/drafts/')
"""
ROBYN = {"shop/__init__.py": "", "shop/app.py": ROBYN_APP, "shop/items.py": ROBYN_ITEMS,
         "web/api.js": ROBYN_WEB}


def test_a_robyn_subrouter_serves_its_routes_under_its_prefix_once_included():
    renamed = {"shop/items.py": ROBYN_ITEMS.replace('"/:item_id/sell"', '"/:item_id/sold"')}
    assert _keys(ROBYN, renamed) == [("IMP401", "web/api.js", 6, "error"),
                                     ("IMP403", "shop/items.py", 7, "error")]
    # `drafts`, included nowhere here, is read at its prefix: not under an unknown one, which
    # would serve every GET (`GET /api/items` too)
    verb = {"shop/items.py": ROBYN_ITEMS.replace('@items.get("/")', '@items.put("/")')}
    assert _keys(ROBYN, verb) == [("IMP401", "web/api.js", 7, "error"),
                                  ("IMP403", "shop/items.py", 14, "error")]


def test_a_robyn_subrouter_included_by_another_keeps_its_own_prefix():
    """Robyn's `include_router` copies the routes as registered: the includer's prefix is not
    put before them."""
    nested = {"shop/app.py": ROBYN_APP.replace("app.include_router(items)",
                                               "api = SubRouter(__file__, prefix=\"/api\")\n"
                                               "api.include_router(items)\napp.include_router(api)")
              .replace("from robyn import Robyn", "from robyn import Robyn, SubRouter")}
    renamed = {"shop/items.py": ROBYN_ITEMS.replace('"/:item_id/sell"', '"/:item_id/sold"')}
    assert _keys({**ROBYN, **nested}, renamed) == [("IMP401", "web/api.js", 6, "error"),
                                                   ("IMP403", "shop/items.py", 7, "error")]


def test_what_robyn_hands_a_handler_as_its_request_is_read_for_the_body():
    required = {"shop/items.py": ROBYN_ITEMS.replace('data.get("buyer")', 'data["buyer"]')}
    assert _keys(ROBYN, required) == [("IMP405", "web/api.js", 6, "error")]
    dropped = {"shop/items.py": ROBYN_ITEMS.replace('"price": 3', '"cost": 3')}
    assert _keys(ROBYN, dropped) == [("IMP402", "web/api.js", 6, "error"),
                                     ("IMP404", "shop/items.py", 11, "error")]


def test_a_robyn_handlers_other_parameters_are_not_asked_of_the_request():
    """Robyn injects `query_params`, `path_params`... by name: not FastAPI's query parameters."""
    more = {"shop/items.py": ROBYN_ITEMS.replace("def listing(request, query_params):",
                                                 "def listing(request, query_params, headers):")}
    assert _keys(ROBYN, more) == []


def test_a_fetch_transport_with_a_literal_base_before_its_path_parameter():
    """`fetch(`/api${path}`, { method })`: its callers' paths are under `/api`; a URL
    parameter that fills one segment (`/items/${id}`) is no transport."""
    verb = {"shop/items.py": ROBYN_ITEMS.replace('@items.get("/")', '@items.put("/")')}
    assert _keys(ROBYN, verb) == [("IMP401", "web/api.js", 7, "error"),
                                  ("IMP403", "shop/items.py", 14, "error")]
    segment = {"web/api.js": ROBYN_WEB.replace("fetch(`/api${path}`", "fetch(`/api/${path}`")}
    assert _keys({**ROBYN, **segment}, verb) == [("IMP403", "shop/items.py", 14, "warning")]


BOTTLE_APP = """\
from bottle import Bottle

from news.articles import articles

app = Bottle()
app.mount("/api/articles", articles)
"""
BOTTLE_ARTICLES = """\
from bottle import Bottle, request

articles = Bottle()


@articles.route("/<article_id:int>/publish", method="POST")
def publish(article_id):
    data = request.json
    editor = data.get("editor")
    return {"id": article_id, "by": editor, "title": "x"}


@articles.route("/<name:re:[a-z]+>")
def by_name(name):
    return {"name": name}


@articles.delete("/<article_id:int>")
def remove(article_id):
    return {"deleted": article_id}
"""
BOTTLE_WEB = """\
import request from 'superagent'

export function publish(id) {
  return request.post(`/api/articles/${id}/publish`).set('X-A', '1').send({ note: 'n' })
    .then((res) => res.body.title)
}

export const remove = (id) => request.del(`/api/articles/${id}`)
"""
BOTTLE = {"news/__init__.py": "", "news/app.py": BOTTLE_APP, "news/articles.py": BOTTLE_ARTICLES,
          "web/api.js": BOTTLE_WEB}


def test_a_bottle_route_names_its_method_and_is_served_under_its_mount():
    verb = {"news/articles.py": BOTTLE_ARTICLES.replace('method="POST"', 'method="PUT"')}
    assert _keys(BOTTLE, verb) == [("IMP401", "web/api.js", 4, "error"),
                                   ("IMP403", "news/articles.py", 6, "error")]
    gone = {"news/articles.py": BOTTLE_ARTICLES.replace('@articles.delete("/<article_id:int>")',
                                                        '@articles.post("/<article_id:int>")')}
    assert _keys(BOTTLE, gone) == [("IMP401", "web/api.js", 8, "error"),  # superagent's `del`
                                   ("IMP403", "news/articles.py", 18, "error")]


def test_bottle_wildcards_read_as_flask_converters():
    assert bottle.route_path("/a/<id:int>/<rest:path>/<x>") == "/a/<int:id>/<path:rest>/<x>"
    assert bottle.route_path("/a/<name:re:[a-z]+>") is None
    assert bottle.route_path("/a/:id#[0-9]+#") is None


def test_bottle_request_json_and_superagent_send_and_body():
    required = {"news/articles.py": BOTTLE_ARTICLES.replace('data.get("editor")', 'data["editor"]')}
    assert _keys(BOTTLE, required) == [("IMP405", "web/api.js", 4, "error")]
    sent = {"web/api.js": BOTTLE_WEB.replace(".send({ note: 'n' })", ".send({ note: 'n', editor: 'e' })")}
    assert _keys({**BOTTLE, **sent}, required) == []
    dropped = {"news/articles.py": BOTTLE_ARTICLES.replace('"title": "x"', '"headline": "x"')}
    assert _keys(BOTTLE, dropped) == [("IMP402", "web/api.js", 5, "error"),
                                      ("IMP404", "news/articles.py", 10, "error")]


def test_a_python_app_a_failing_import_lost_is_under_a_prefix_impact_cannot_read():
    """The mounted app's module moved and the mount's import fails: IMP102 says so; its
    routes are not judged as served at the root, nor each request as unserved."""
    moved = {"news/articles.py": None, "news/routes/__init__.py": "",
             "news/routes/articles.py": BOTTLE_ARTICLES}
    assert _keys(BOTTLE, moved) == []


MAPPED_WEB = """\
async function listArticles() {
  const res = await fetch('/api/articles/')
  const body = await res.json()
  return body.articles
}

function row(article) {
  return `<li>${article.title}</li>`
}

export async function render(list) {
  const articles = await listArticles()
  list.innerHTML = articles.map(row).join('')
}
"""
MAPPED_API = """\
from bottle import Bottle

articles = Bottle()
ARTICLES = [1, 2]


def article_json(article_id):
    return {"id": article_id, "title": "x"}


@articles.get("/")
def listing():
    return {"articles": [article_json(a) for a in ARTICLES]}
"""
MAPPED = {"news/__init__.py": "", "news/app.py": BOTTLE_APP, "news/articles.py": MAPPED_API,
          "web/list.js": MAPPED_WEB}


def test_items_mapped_by_a_function_declared_in_the_module_are_read_by_it():
    renamed = {"news/articles.py": MAPPED_API.replace('"title": "x"', '"headline": "x"')}
    assert _keys(MAPPED, renamed) == [("IMP402", "web/list.js", 8, "error"),
                                      ("IMP404", "news/articles.py", 8, "error")]


CHERRY_APP = """\
import cherrypy

from cellar.batches import Batches

REST = {"/": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}}


class Api:
    notes = Batches()

    def __init__(self):
        self.batches = Batches()


if __name__ == "__main__":
    cherrypy.tree.mount(Api(), "/api", REST)
"""
CHERRY_BATCHES = """\
import cherrypy


@cherrypy.expose
class Batches:
    @cherrypy.tools.json_out()
    def GET(self, batch_id=None):
        return {"id": batch_id, "style": "porter"}

    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def POST(self):
        data = cherrypy.request.json
        batch = {"id": 1, "style": data["style"], "abv": data.get("abv")}
        return batch

    def DELETE(self, batch_id):
        return ""
"""
CHERRY_WEB = """\
export const one = (id) => fetch(`/api/batches/${id}`).then((r) => r.json()).then((b) => b.style)
export const all = () => fetch('/api/notes')
export const add = () => fetch('/api/batches', { method: 'POST', body: JSON.stringify({ style: 'ale' }) })
export const dump = (id) => fetch(`/api/batches/${id}`, { method: 'DELETE' })
export const wrong = () => fetch('/api/batches/1/2')
"""
CHERRY = {"cellar/__init__.py": "", "cellar/app.py": CHERRY_APP, "cellar/batches.py": CHERRY_BATCHES,
          "web/api.js": CHERRY_WEB}


def test_cherrypy_serves_the_object_tree_under_the_method_dispatcher():
    renamed = {"cellar/app.py": CHERRY_APP.replace("self.batches = Batches()", "self.brews = Batches()")}
    assert _keys(CHERRY, renamed) == [
        ("IMP401", "web/api.js", 1, "error"), ("IMP401", "web/api.js", 3, "error"),
        ("IMP401", "web/api.js", 4, "error"),
        ("IMP403", "cellar/batches.py", 7, "error"), ("IMP403", "cellar/batches.py", 12, "error"),
        ("IMP403", "cellar/batches.py", 17, "error")]
    # a class attribute is served too: `notes = Batches()`
    moved = {"cellar/app.py": CHERRY_APP.replace("    notes = Batches()", "    tasting = Batches()")}
    assert _keys(CHERRY, moved) == [("IMP401", "web/api.js", 2, "error"),
                                    ("IMP403", "cellar/batches.py", 7, "error"),
                                    ("IMP403", "cellar/batches.py", 12, "warning"),
                                    ("IMP403", "cellar/batches.py", 17, "warning")]


def test_an_exposed_class_answers_its_upper_case_methods_at_their_positional_segments():
    verb = {"cellar/batches.py": CHERRY_BATCHES.replace("def DELETE(self, batch_id):",
                                                        "def PATCH(self, batch_id):")}
    assert _keys(CHERRY, verb) == [("IMP401", "web/api.js", 4, "error"),
                                   ("IMP403", "cellar/batches.py", 17, "error")]
    # `GET(self)` no longer takes the id: `/api/batches/{id}` is not found
    single = {"cellar/batches.py": CHERRY_BATCHES.replace("def GET(self, batch_id=None):", "def GET(self):")}
    assert _keys(CHERRY, single) == [("IMP401", "web/api.js", 1, "error"),
                                     ("IMP403", "cellar/batches.py", 7, "error")]


def test_cherrypy_json_out_returns_and_request_json_are_read():
    renamed = {"cellar/batches.py": CHERRY_BATCHES.replace('"style": "porter"', '"kind": "porter"')}
    assert _keys(CHERRY, renamed) == [("IMP402", "web/api.js", 1, "error"),
                                      ("IMP404", "cellar/batches.py", 8, "error")]
    required = {"cellar/batches.py": CHERRY_BATCHES.replace('data.get("abv")', 'data["abv"]')}
    assert _keys(CHERRY, required) == [("IMP405", "web/api.js", 3, "error")]


def test_cherrypy_without_the_method_dispatcher_is_not_read():
    default = {"cellar/app.py": CHERRY_APP.replace("cherrypy.dispatch.MethodDispatcher()",
                                                   "cherrypy.dispatch.Dispatcher()")}
    verb = {"cellar/batches.py": CHERRY_BATCHES.replace("def DELETE(self, batch_id):",
                                                        "def PATCH(self, batch_id):")}
    assert _keys({**CHERRY, **default}, verb) == []


BOTTLE_SETUP = """\
from bottle import Bottle

from news.routes import define_routes

application = Bottle()
define_routes(application)
"""
BOTTLE_ROUTES = """\
from news import views


def define_routes(app):
    app.route("/scans", callback=views.listing)
    app.route("/scans/<scan_id>/launch", method="POST", callback=views.launch)
"""
BOTTLE_VIEWS = """\
def listing():
    return {"scans": []}


def launch(scan_id):
    return {"id": scan_id}
"""
BOTTLE_CALLS = {"news/__init__.py": "", "news/app.py": BOTTLE_SETUP, "news/routes.py": BOTTLE_ROUTES,
                "news/views.py": BOTTLE_VIEWS,
                "web/api.js": "export const launch = (id) => fetch(`/scans/${id}/launch`, { method: 'POST' })\n"}


def test_bottle_routes_given_their_callback_on_an_app_a_function_is_handed():
    """`app.route(path, method=..., callback=view)` in `def define_routes(app)`, called with
    the Bottle app (IRMA's frontend API): the module declaring them need not import Bottle."""
    renamed = {"news/routes.py": BOTTLE_ROUTES.replace("/launch", "/start")}
    assert _keys(BOTTLE_CALLS, renamed) == [("IMP401", "web/api.js", 1, "error"),
                                            ("IMP403", "news/routes.py", 6, "error")]


def test_cherrypy_objects_no_tree_mount_reaches_serve_nothing():
    """An exposed class with a base (it may answer anything below it) that nothing mounts:
    not a catch-all under an unknown prefix that would take every request."""
    other = {"cellar/other.py": "import cherrypy\n\n\n@cherrypy.expose\nclass Other(Base):\n"
                                "    def GET(self):\n        return {}\n"}
    verb = {"cellar/batches.py": CHERRY_BATCHES.replace("def DELETE(self, batch_id):",
                                                        "def PATCH(self, batch_id):")}
    assert _keys({**CHERRY, **other}, verb) == [("IMP401", "web/api.js", 4, "error"),
                                                ("IMP403", "cellar/batches.py", 17, "error")]


def test_cherrypy_attributes_set_at_the_top_of_a_module_and_a_root_bound_to_a_name():
    """`root = Api()`, `root.brews = Batches()`, `cherrypy.quickstart(root, "/api", REST)`."""
    app = CHERRY_APP.replace('    cherrypy.tree.mount(Api(), "/api", REST)',
                             '    cherrypy.quickstart(root, "/api", REST)') + \
        "\n\nroot = Api()\nroot.brews = Batches()\n"
    web = {"web/api.js": CHERRY_WEB + "export const brews = () => fetch('/api/brews', { method: 'POST' })\n"}
    verb = {"cellar/batches.py": CHERRY_BATCHES.replace("    def POST(self):", "    def PUT(self):")}
    assert _keys({**CHERRY, "cellar/app.py": app, **web}, verb) == [
        ("IMP401", "web/api.js", 3, "error"), ("IMP401", "web/api.js", 6, "error"),
        ("IMP403", "cellar/batches.py", 12, "error")]


def test_a_cherrypy_object_a_failing_import_lost_is_under_a_prefix_impact_cannot_read():
    """The resource's module moved, `from cellar.batches import Batches` fails: IMP102 says so;
    the moved class is not judged unserved (nor each request)."""
    moved = {"cellar/batches.py": None, "cellar/resources/__init__.py": "",
             "cellar/resources/batches.py": CHERRY_BATCHES}
    assert _keys(CHERRY, moved) == []


def test_a_mock_patch_decorator_declares_no_route(repo_factory):
    """`@mock.patch("shop.items.charge")` in a test (rdiffweb's): a patched name, not a route
    `PATCH /shop.items.charge` under a prefix impact cannot read."""
    test = ("from unittest import mock\n\n\n@mock.patch(\"shop.items.charge\")\n"
            "def test_sell(charge):\n    assert charge\n")
    repo = repo_factory([{**ROBYN, "tests/test_sell.py": test}])
    listed = run_impact(repo, "routes")
    assert "POST /api/items/:item_id/sell" in listed.stdout
    assert "PATCH" not in listed.stdout


SECTION_APP = """\
import cherrypy


class WebRoot:
    @cherrypy.expose
    def index(self):
        return ""


@cherrypy.expose
class UserAPI:
    def GET(self, user_id):
        return user_id

    def POST(self):
        return ""


@cherrypy.expose
class Other:
    def GET(self):
        return ""


WebRoot.user = UserAPI()
WebRoot.other = Other()
WebRoot.status = Other()
config = {"/user": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()},
          "/status": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}}
app = cherrypy.tree.mount(WebRoot(), "", config)
"""
SECTION = {"server.py": SECTION_APP,
           "web/api.js": "export const user = (id) => fetch(`/user/${id}`)\n"
                         "export const other = () => fetch('/other')\n"
                         "export const status = () => fetch('/status')\n"}


def test_a_method_dispatcher_set_on_a_section_dispatches_the_objects_there():
    """`{"/user": {"request.dispatch": MethodDispatcher()}}`: `/user` and below answer by
    method; `/other` is under the default dispatcher (its `GET` is no HTTP method there), so
    it never served `GET /other`."""
    renamed = {"server.py": SECTION_APP.replace("WebRoot.user = UserAPI()", "WebRoot.users = UserAPI()")}
    assert _keys(SECTION, renamed) == [("IMP401", "web/api.js", 1, "error"),
                                       ("IMP403", "server.py", 12, "error"),
                                       ("IMP403", "server.py", 15, "warning")]
    other = {"server.py": SECTION_APP.replace("WebRoot.other = Other()", "WebRoot.others = Other()")}
    assert _keys(SECTION, other) == []


def test_a_config_and_its_sections_bound_to_names_in_the_block_of_the_mount():
    """ezchat's shape: `REST_conf = {...}` in the `if __name__ == "__main__":` block, used for
    several sections of the config given to `cherrypy.tree.mount`."""
    app = CHERRY_APP.replace('REST = {"/": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}}\n', "") \
        .replace('    cherrypy.tree.mount(Api(), "/api", REST)',
                 '    rest = {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}\n'
                 '    cherrypy.tree.mount(Api(), "/api", {"/batches": rest, "/notes": rest})')
    verb = {"cellar/batches.py": CHERRY_BATCHES.replace("def DELETE(self, batch_id):",
                                                        "def PATCH(self, batch_id):")}
    assert _keys({**CHERRY, "cellar/app.py": app}, verb) == [("IMP401", "web/api.js", 4, "error"),
                                                             ("IMP403", "cellar/batches.py", 17, "error")]


def test_a_responder_cherrypy_calls_gets_no_warning_for_callers_outside():
    """`GET(self, batch_id=None)` -> `GET(self, brew_id=None)`: CherryPy calls it with the path's
    segments; no code outside calls the method (IMP202's warning is noise there). A call in
    the repository that breaks is still reported."""
    renamed = {"cellar/batches.py": CHERRY_BATCHES.replace("GET(self, batch_id=None)", "GET(self, brew_id=None)")
               .replace('{"id": batch_id, "style"', '{"id": brew_id, "style"')}
    assert diff_keys(CHERRY, renamed) == []
    caller = {"cellar/job.py": "from cellar.batches import Batches\n\n\ndef warm():\n"
                               "    batches = Batches()\n    return batches.GET(batch_id=1)\n"}
    assert [k[:3] for k in diff_keys({**CHERRY, **caller}, renamed)] == [("IMP202", "cellar/job.py", 6)]


def test_a_robyn_subrouter_prefix_given_positionally():
    """Robyn reads `SubRouter("/api/items")` (its current form) and `SubRouter(__file__,
    "/api/items")` (the legacy one) as the prefix too: not routes served at the root."""
    for made in ('SubRouter("/api/items")', 'SubRouter(__file__, "/api/items")'):
        items = ROBYN_ITEMS.replace('SubRouter(__file__, prefix="/api/items")', made)
        renamed = {"shop/items.py": items.replace('"/:item_id/sell"', '"/:item_id/sold"')}
        assert _keys({**ROBYN, "shop/items.py": items}, renamed) == [
            ("IMP401", "web/api.js", 6, "error"), ("IMP403", "shop/items.py", 7, "error")]


BOTTLE_DEFAULT = """\
from bottle import get, post, request


@post("/api/articles/<article_id:int>/publish")
def publish(article_id):
    return {"id": article_id, "title": "x"}


@get("/api/articles")
def listing():
    return {"articles": []}
"""
BOTTLE_DEFAULT_WEB = """\
export const publish = (id) => fetch(`/api/articles/${id}/publish`, { method: 'POST' })
  .then((r) => r.json()).then((body) => body.title)
export const listing = () => fetch('/api/articles').then((r) => r.json())
"""


def test_bottles_default_app_decorators_serve_at_the_root():
    """`@get(path)`, `@post(path)` imported from bottle, `@bottle.post(path)` and a name bound
    to `bottle.default_app()` add routes to the default app (bottle's module-level `route`,
    `get`... are its methods)."""
    written = {"from": BOTTLE_DEFAULT,
               "module": BOTTLE_DEFAULT.replace("from bottle import get, post, request", "import bottle")
               .replace("@post", "@bottle.post").replace("@get", "@bottle.get"),
               "default_app": BOTTLE_DEFAULT.replace("from bottle import get, post, request",
                                                     "import bottle\n\napp = bottle.default_app()")
               .replace("@post", "@app.post").replace("@get", "@app.get")}
    for name, source in written.items():
        base = {"news/__init__.py": "", "news/app.py": source, "web/api.js": BOTTLE_DEFAULT_WEB}
        line = 6 if name == "default_app" else 4
        renamed = {"news/app.py": source.replace("/publish", "/published")}
        assert _keys(base, renamed) == [("IMP401", "web/api.js", 1, "error"),
                                        ("IMP403", "news/app.py", line, "error")]
        dropped = {"news/app.py": source.replace('"title"', '"headline"')}
        assert _keys(base, dropped) == [("IMP402", "web/api.js", 2, "error"),
                                        ("IMP404", "news/app.py", line + 2, "error")]


def test_a_bottle_route_for_any_method_answers_every_method():
    base = {"news/__init__.py": "", "news/app.py": BOTTLE_DEFAULT, "web/api.js": BOTTLE_DEFAULT_WEB}
    for method, expected in (('"ANY"', []), ('["GET", "ANY"]', []),
                             ('"PUT"', [("IMP401", "web/api.js", 3, "error"), ("IMP403", "news/app.py", 9, "error")])):
        changed = BOTTLE_DEFAULT.replace('@get("/api/articles")', f'@route("/api/articles", method={method})') \
            .replace("import get, post", "import get, post, route")
        assert _keys(base, {"news/app.py": changed}) == expected


def test_a_robyn_views_closures_answer_the_methods_they_are_named_for():
    """`@items.view(path)`: `def get()` and `def post(request)` inside answer GET and POST at
    the path (under the router's prefix), each sending what it returns."""
    view = ROBYN_ITEMS.replace('''@items.get("/")
def listing(request, query_params):
    return {"items": []}''', '''@items.view("/")
def listing():
    def get():
        return {"items": []}

    def post(request):
        data = request.json()
        return {"id": 1, "name": data["name"]}''')
    base = {**ROBYN, "shop/items.py": view}
    verb = {"shop/items.py": view.replace("    def get():", "    def put():")}
    assert _keys(base, verb) == [("IMP401", "web/api.js", 7, "error"),
                                 ("IMP403", "shop/items.py", 16, "error")]


def test_a_cherrypy_class_config_turning_json_out_on_answers_json():
    """`_cp_config = {"tools.json_out.on": True}` in the class: each handler answers what it
    returns as JSON, as under the `@cherrypy.tools.json_out()` decorator."""
    configured = CHERRY_BATCHES.replace("class Batches:\n    @cherrypy.tools.json_out()\n",
                                        'class Batches:\n    _cp_config = {"tools.json_out.on": True}\n\n')
    renamed = {"cellar/batches.py": configured.replace('"style": "porter"', '"kind": "porter"')}
    assert _keys({**CHERRY, "cellar/batches.py": configured}, renamed) == [
        ("IMP402", "web/api.js", 1, "error"), ("IMP404", "cellar/batches.py", 9, "error")]


CALLED_APP = """\
from robyn import Robyn

from shop import handlers, views

app = Robyn(__file__)
app.add_route("GET", "/api/items", handlers.list_items)
app.add_route("POST", "/api/items/:item_id/hold", handlers.hold)
app.add_view("/api/carts/:cart_id", views.cart)
"""
CALLED_HANDLERS = """\
from robyn import Request


def to_json(item):
    return {"id": item["id"], "name": item["name"], "price": item["price"]}


def list_items(request: Request):
    return [to_json(i) for i in ITEMS]


def hold(request: Request):
    return to_json(ITEMS[0])
"""
CALLED_VIEWS = """\
def cart():
    def get(request):
        return {"id": 1, "total": 3}

    def delete(request):
        return {"emptied": True}
"""
CALLED_WEB = """\
export async function items() {
  const res = await fetch('/api/items');
  return (await res.json()).map((item) => item.price);
}

export const hold = (id) => fetch(`/api/items/${id}/hold`, { method: 'POST' });

export async function cartTotal(id) {
  const res = await fetch(`/api/carts/${id}`);
  const cart = await res.json();
  return cart.total;
}

export const empty = (id) => fetch(`/api/carts/${id}`, { method: 'DELETE' });
"""
CALLED = {"shop/__init__.py": "", "shop/app.py": CALLED_APP, "shop/handlers.py": CALLED_HANDLERS,
          "shop/views.py": CALLED_VIEWS, "web/api.js": CALLED_WEB}


def test_robyns_add_route_serves_a_handler_of_another_module_sending_what_it_returns():
    moved = {"shop/app.py": CALLED_APP.replace("/:item_id/hold", "/:item_id/reserve")}
    assert _keys(CALLED, moved) == [("IMP401", "web/api.js", 6, "error"), ("IMP403", "shop/app.py", 7, "error")]
    renamed = {"shop/handlers.py": CALLED_HANDLERS.replace('"price": item', '"cost": item')}
    assert _keys(CALLED, renamed) == [("IMP402", "web/api.js", 3, "error"),
                                      ("IMP404", "shop/handlers.py", 5, "error")]


def test_robyns_add_view_answers_the_methods_its_closures_are_named_for():
    posted = {"shop/views.py": CALLED_VIEWS.replace("def delete(request)", "def post(request)")}
    assert _keys(CALLED, posted) == [("IMP401", "web/api.js", 14, "error"), ("IMP403", "shop/app.py", 8, "error")]
    dropped = {"shop/views.py": CALLED_VIEWS.replace(', "total": 3', "")}
    assert _keys(CALLED, dropped) == [("IMP402", "web/api.js", 11, "error"),
                                      ("IMP404", "shop/views.py", 3, "error")]
    unread = {"shop/app.py": CALLED_APP.replace("views.cart)", "make_view())")}
    assert _keys({**CALLED, **unread}, {"shop/views.py": posted["shop/views.py"]}) == []
