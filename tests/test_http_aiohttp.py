"""aiohttp.web: route tables (`web.RouteTableDef()`, `@routes.get(path)`, `@routes.route(method,
path)`) added to an app with `add_routes`, apps mounted with `add_subapp(prefix, app)`,
`app.router.add_get(...)`; what `web.json_response(...)` sends; what `await request.json()`
surely reads by subscript (a 500 without it)."""

from __future__ import annotations

from conftest import selected_keys

ITEMS = """\
from aiohttp import web

routes = web.RouteTableDef()


def item_json(item):
    return {"id": item.id, "name": item.name, "expires": item.expires}


@routes.get("/items")
async def list_items(request: web.Request) -> web.Response:
    return web.json_response([item_json(i) for i in ITEMS])


@routes.route("POST", "/items/{item_id}/consume")
async def consume(request):
    data = await request.json()
    amount = data.get("amount", 1)
    return web.json_response(item_json(ITEMS[0]))


@routes.post("/items")
async def add(request):
    data = await request.json()
    name = data["name"]
    return web.json_response(item_json(ITEMS[0]), status=201)


async def health(request):
    return web.json_response({"ok": True})


ITEMS = []
"""
MAIN = """\
from aiohttp import web

from shop import items

api = web.Application()
api.add_routes(items.routes)
api.router.add_get("/health", items.health)

app = web.Application()
app.add_subapp("/api", api)
"""
WEB = """\
export async function list() {
  const items = await (await fetch('/api/items')).json();
  return items.map((item) => item.expires);
}

export async function consume(id) {
  return fetch(`/api/items/${id}/consume`, { method: 'POST', body: JSON.stringify({ amount: 1 }) });
}

export async function add(name) {
  return fetch('/api/items', { method: 'POST', body: JSON.stringify({ name }) });
}

export async function health() {
  return fetch('/api/health');
}
"""
BASE = {"api/shop/__init__.py": "", "api/shop/items.py": ITEMS, "api/shop/main.py": MAIN,
        "web/api.js": WEB}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP4",)))


def test_routes_of_a_table_under_a_sub_apps_prefix():
    renamed = {"api/shop/items.py": ITEMS.replace('"POST", "/items/{item_id}/consume"',
                                                  '"POST", "/items/{item_id}/use"')}
    assert _keys(renamed) == [("IMP401", "web/api.js", 7, "error"),
                              ("IMP403", "api/shop/items.py", 15, "error")]
    moved = {"api/shop/main.py": MAIN.replace('"/health"', '"/healthz"')}
    assert _keys(moved) == [("IMP401", "web/api.js", 15, "error"),
                            ("IMP403", "api/shop/main.py", 7, "error")]
    unmounted = {"api/shop/main.py": MAIN.replace('app.add_subapp("/api", api)', 'app.add_subapp("/v2", api)')}
    assert ("IMP401", "web/api.js", 2, "error") in _keys(unmounted)


def test_a_json_response_field_renamed_and_a_body_key_now_required():
    renamed = {"api/shop/items.py": ITEMS.replace('"expires": item.expires', '"best_before": item.expires')}
    assert _keys(renamed) == [("IMP402", "web/api.js", 3, "error"),
                              ("IMP404", "api/shop/items.py", 7, "error")]
    required = {"api/shop/items.py": ITEMS.replace('name = data["name"]', 'name = data["name"] + data["shelf"]')}
    assert _keys(required) == [("IMP405", "web/api.js", 11, "error")]
    optional = {"api/shop/items.py": ITEMS.replace('amount = data.get("amount", 1)',
                                                   'amount = data.get("amount", 1) + data.get("n", 0)')}
    assert _keys(optional) == []


ROUTES = """\
from polls.views import index, vote


def setup_routes(app):
    router = app.router
    router.add_get("/", index)
    app.router.add_post("/poll/{question_id}/vote", vote)
"""
POLLS_MAIN = """\
from aiohttp import web

from polls.routes import setup_routes


def init_app():
    app = web.Application()
    setup_routes(app)
    return app
"""
POLLS = {"polls/__init__.py": "", "polls/views.py": "async def index(r): ...\nasync def vote(r): ...\n",
         "polls/routes.py": ROUTES, "polls/main.py": POLLS_MAIN,
         "static/poll.js": "fetch(`/poll/${id}/vote`, { method: 'POST' })\n"}


def test_routes_a_function_declares_on_the_app_it_is_given():
    renamed = {"polls/routes.py": ROUTES.replace("/vote", "/ballot")}
    assert sorted(k[:4] for k in selected_keys(POLLS, renamed, ("IMP4",))) == \
        [("IMP401", "static/poll.js", 1, "error"), ("IMP403", "polls/routes.py", 7, "error")]
    # no call passes it an app: where its routes are served is not known (not judged)
    unused = {"polls/main.py": POLLS_MAIN.replace("    setup_routes(app)\n", "")}
    assert selected_keys(POLLS, unused, ("IMP401",)) == []
