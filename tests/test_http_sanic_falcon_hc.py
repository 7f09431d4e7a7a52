"""Sanic (blueprints, groups, `app.blueprint(bp, url_prefix=...)`, `version=`), Falcon
(`add_route` to a resource's responders, `suffix=`, a resource with bases) and Hono's RPC client
`hc` (a path in properties, `index`, `const api = client.api`): the rules the apps of
tests/test_apps.py (bakery, hostel, memo) do not reach."""

from __future__ import annotations

from conftest import selected_keys

SANIC_APP = """\
from sanic import Sanic

from shop.items import items, legacy

app = Sanic("shop")
app.blueprint(items, url_prefix="/api/items")
app.blueprint(legacy)
"""
SANIC_ITEMS = """\
from sanic import Blueprint, json

items = Blueprint("items", url_prefix="/ignored")
legacy = Blueprint("legacy", url_prefix="/old", version=2)


@items.get("/<item_id:int>")
async def get_item(request, item_id: int):
    return json({"id": item_id, "name": "x"})


@legacy.get("/items")
async def old_items(request):
    return json([])
"""
SANIC_WEB = """\
export const item = (id) => fetch(`/api/items/${id}`).then((r) => r.json()).then((i) => i.name);
export const old = () => fetch('/v2/old/items');
"""
SANIC = {"shop/__init__.py": "", "shop/app.py": SANIC_APP, "shop/items.py": SANIC_ITEMS,
         "web/api.js": SANIC_WEB}


def _keys(base, change):
    return sorted(key[:4] for key in selected_keys(base, change, ("IMP4",)))


def test_a_registration_prefix_replaces_the_blueprints_own():
    moved = {"shop/app.py": SANIC_APP.replace('url_prefix="/api/items"', 'url_prefix="/api/things"')}
    assert _keys(SANIC, moved) == [("IMP401", "web/api.js", 1, "error"),
                                   ("IMP403", "shop/items.py", 7, "error")]
    renamed = {"shop/items.py": SANIC_ITEMS.replace('"name": "x"', '"title": "x"')}
    assert _keys(SANIC, renamed) == [("IMP402", "web/api.js", 1, "error"),
                                     ("IMP404", "shop/items.py", 9, "error")]


def test_a_blueprints_version_comes_before_its_prefix():
    bumped = {"shop/items.py": SANIC_ITEMS.replace("version=2", "version=3")}
    assert _keys(SANIC, bumped) == [("IMP401", "web/api.js", 2, "error"),
                                    ("IMP403", "shop/items.py", 12, "error")]


FALCON_APP = """\
import falcon

from shop.resources import Base, ItemResource

app = falcon.App()
app.add_route("/items/{item_id:int}", ItemResource())
app.add_route("/items/{item_id:int}/stock", ItemResource(), suffix="stock")
app.add_route("/things/{thing_id}", Base())
"""
FALCON_RESOURCES = """\
from shop.mixins import Mixin


class ItemResource:
    def on_get(self, req, resp, item_id):
        resp.media = {"id": item_id, "name": "x"}

    def on_put_stock(self, req, resp, item_id):
        resp.text = "ok"


class Base(Mixin):
    def on_delete(self, req, resp, thing_id):
        resp.status = 204
"""
FALCON_WEB = """\
export const item = (id) => fetch(`/items/${id}`).then((r) => r.json()).then((i) => i.name);
export const stock = (id) => fetch(`/items/${id}/stock`, { method: 'PUT' });
export const patch = (id) => fetch(`/things/${id}`, { method: 'PATCH' });
"""
FALCON = {"shop/__init__.py": "", "shop/app.py": FALCON_APP, "shop/resources.py": FALCON_RESOURCES,
          "shop/mixins.py": "class Mixin:\n    pass\n", "web/api.js": FALCON_WEB}


def test_a_suffix_routes_to_its_own_responders():
    renamed = {"shop/resources.py": FALCON_RESOURCES.replace("on_put_stock", "on_post_stock")}
    assert _keys(FALCON, renamed) == [("IMP401", "web/api.js", 2, "error"),
                                      ("IMP403", "shop/app.py", 7, "error")]
    dropped = {"shop/resources.py": FALCON_RESOURCES.replace('"name": "x"', '"title": "x"')}
    assert _keys(FALCON, dropped) == [("IMP402", "web/api.js", 1, "error"),
                                      ("IMP404", "shop/resources.py", 6, "error")]


def test_a_resource_with_bases_may_serve_any_method():
    """`Base(Mixin)`: the mixin may define `on_patch` (here it does not, but impact does not
    read it): the PATCH is not judged."""
    moved = {"shop/resources.py": FALCON_RESOURCES.replace("on_delete", "on_get")}
    assert _keys(FALCON, moved) == []


HC_CLIENT = """\
import { hc } from 'hono/client';

export const client = hc('http://localhost:8787/');
export const api = client.api.v1;
"""
HC_CALLS = """\
import { api, client } from './client';

export const home = () => client.index.$get();
export const list = () => api.notes.$get({ query: { page: '1' } });
"""
HC_SERVER = """\
import { Hono } from 'hono';

export const app = new Hono()
  .get('/', (c) => c.text('hi'))
  .get('/api/v1/notes', (c) => c.json([]));
"""
HC = {"web/client.ts": HC_CLIENT, "web/calls.ts": HC_CALLS, "server/app.ts": HC_SERVER,
      "web/package.json": '{"dependencies": {"hono": "^4.6.0"}}'}


def test_an_rpc_clients_index_and_a_sub_client():
    moved = {"server/app.ts": HC_SERVER.replace("'/api/v1/notes'", "'/api/v2/notes'").replace(
        ".get('/', (c)", ".get('/home', (c)")}
    assert _keys(HC, moved) == [("IMP401", "web/calls.ts", 3, "error"),
                                ("IMP401", "web/calls.ts", 4, "error"),
                                ("IMP403", "server/app.ts", 4, "error"),
                                ("IMP403", "server/app.ts", 5, "error")]


FALCON_HOOKED = """\
import falcon


class NoteResource:
    @falcon.before(lambda req, resp, resource, params: None)
    def on_get(self, req, resp, note_id):
        resp.media = {"id": note_id, "title": "x"}

    def on_put(self, req, resp, note_id):
        resp.json = {"id": note_id, "title": "x"}
        if req.params.get("full"):
            resp.media = {"id": note_id, "title": "x"}


app = falcon.App()
app.add_route("/notes/{note_id}", NoteResource())
"""
FALCON_HOOKED_WEB = """\
export const title = (id) => fetch(`/notes/${id}`).then((r) => r.json()).then((n) => n.title);
export const put = (id) => fetch(`/notes/${id}`, { method: 'PUT' }).then((r) => r.json()).then((n) => n.title);
"""


def test_what_a_hooked_responder_or_another_body_attribute_sends_is_not_known():
    base = {"app.py": FALCON_HOOKED, "web/api.js": FALCON_HOOKED_WEB}
    renamed = {"app.py": FALCON_HOOKED.replace('"title": "x"', '"name": "x"')}
    assert _keys(base, renamed) == []


HONO_APP = """\
import { Hono } from 'hono';
import notes from './notes';

const app = new Hono();
app.basePath('/api').route('/notes', notes);

export default app;
"""
HONO_NOTES = """\
import { Hono } from 'hono';

export default new Hono().get('/', (c) => c.json([{ id: 1, title: 'x' }]));
"""
HONO_WEB = "export const list = () => fetch('/api/notes').then((r) => r.json());\n"
HONO = {"server/app.ts": HONO_APP, "server/notes.ts": HONO_NOTES, "web/api.ts": HONO_WEB}


def test_a_base_path_on_an_app_and_a_default_exported_chain():
    renamed = {"server/notes.ts": HONO_NOTES.replace(".get('/',", ".get('/all',")}
    assert _keys(HONO, renamed) == [("IMP401", "web/api.ts", 1, "error"),
                                    ("IMP403", "server/notes.ts", 3, "error")]
    subclass = {"server/app.ts": HONO_APP.replace("import { Hono } from 'hono';",
                                                  "import { OpenAPIHono } from '@hono/zod-openapi';")
                .replace("new Hono()", "new OpenAPIHono()")}
    assert _keys(HONO, subclass) == []


def test_a_router_mounted_on_what_is_not_read_as_one_is_under_an_unknown_prefix():
    """`makeApp()` of a package: the notes are served where it serves them, not at the root
    (nor gone)."""
    unknown = {"server/app.ts": HONO_APP.replace("import { Hono } from 'hono';",
                                                 "import { makeApp } from 'app-kit';")
               .replace("new Hono()", "makeApp()")}
    assert _keys(HONO, unknown) == []


SANIC_ROUTES = """\
from sanic import Blueprint, Sanic, json
from sanic.views import HTTPMethodView

app = Sanic("shop")


class ItemView(HTTPMethodView):
    async def get(self, request, item_id):
        return json({"id": item_id})

    async def delete(self, request, item_id):
        return json({})


async def health(request):
    return json({"ok": True})


async def reset(request):
    return json({})


app.add_route(ItemView.as_view(), "/items/<item_id:int>")
app.add_route(health, "/health")
app.add_route(reset, "/reset", methods=["POST"])

users = Blueprint("users", url_prefix="/users")
orders = Blueprint("orders", url_prefix="/orders")
bps = [users, orders]
api = Blueprint.group(*bps, url_prefix="/api")
app.blueprint(api)


@users.get("/")
async def list_users(request):
    return json([])
"""
SANIC_ROUTES_WEB = """\
export const remove = (id) => fetch(`/items/${id}`, { method: 'DELETE' });
export const health = () => fetch('/health');
export const reset = () => fetch('/reset', { method: 'POST' });
export const users = () => fetch('/api/users');
"""
SANIC_ADDED = {"shop/__init__.py": "", "shop/app.py": SANIC_ROUTES, "web/api.js": SANIC_ROUTES_WEB}


def test_sanic_add_route_a_method_view_and_a_group_of_a_listed_splat():
    def broken(old, new):
        return _keys(SANIC_ADDED, {"shop/app.py": SANIC_ROUTES.replace(old, new)})
    assert broken("    async def delete(self, request, item_id):\n        return json({})\n",
                  "") == [("IMP401", "web/api.js", 1, "error"), ("IMP403", "shop/app.py", 23, "error")]
    assert broken('"/health")', '"/healthz")') == [("IMP401", "web/api.js", 2, "error"),
                                                   ("IMP403", "shop/app.py", 24, "error")]
    assert broken('methods=["POST"]', 'methods=["PUT"]') == [("IMP401", "web/api.js", 3, "error"),
                                                             ("IMP403", "shop/app.py", 25, "error")]
    assert broken('url_prefix="/api"', 'url_prefix="/v1"') == [("IMP401", "web/api.js", 4, "error"),
                                                               ("IMP403", "shop/app.py", 34, "error")]


FALCON_SERVER = """\
import falcon

from shop.resources import ItemResource


class Server(falcon.App):
    def __init__(self):
        super().__init__()
        self.add_route("/items/{item_id:int}", ItemResource())
        self.add_sink(self.files, prefix="/files")

    def files(self, req, resp):
        resp.text = "x"


app = Server()
"""
FALCON_ITEMS = """\
class ItemResource:
    def on_get(self, req, resp, item_id):
        resp.media = {"id": item_id, "name": "x"}
"""
FALCON_SERVER_WEB = """\
export const item = (id) => fetch(`/items/${id}`).then((r) => r.json()).then((i) => i.name);
export const upload = () => fetch('/files/a/b', { method: 'PUT' });
"""
FALCON_SUBCLASS = {"shop/__init__.py": "", "shop/server.py": FALCON_SERVER,
                   "shop/resources.py": FALCON_ITEMS, "web/api.js": FALCON_SERVER_WEB}


def test_falcon_routes_a_subclass_of_the_app_adds_to_itself_and_its_sinks():
    moved = {"shop/server.py": FALCON_SERVER.replace('"/items/{item_id:int}"', '"/things/{item_id:int}"')}
    assert _keys(FALCON_SUBCLASS, moved) == [("IMP401", "web/api.js", 1, "error"),
                                             ("IMP403", "shop/server.py", 9, "error")]
    renamed = {"shop/resources.py": FALCON_ITEMS.replace('"name": "x"', '"title": "x"')}
    assert _keys(FALCON_SUBCLASS, renamed) == [("IMP402", "web/api.js", 1, "error"),
                                               ("IMP404", "shop/resources.py", 3, "error")]
    no_sink = {"shop/server.py": FALCON_SERVER.replace('prefix="/files"', 'prefix="/blobs"')}
    assert _keys(FALCON_SUBCLASS, no_sink) == [("IMP401", "web/api.js", 2, "error")]
    everything = {"shop/server.py": FALCON_SERVER.replace(', prefix="/files"', "")}
    assert _keys(FALCON_SUBCLASS, {**moved, **everything}) == []  # a sink at `/` serves every path


HONO_ENTRY = """\
import { Hono } from 'hono';
import servers from '@routes/servers';

const app = new Hono().basePath('/api');
app.route('/servers', servers);

export default app;
"""
HONO_SERVERS = """\
import { Hono } from 'hono';

export default new Hono().get('/', (c) => c.json([])).get('/:id', (c) => c.json({ id: 1 }));
"""
ALIASES = '{"compilerOptions": {"baseUrl": ".", "paths": {"@routes/*": ["./src/routes/*"]}}}\n'
HONO_DANGLING = {"server/package.json": '{"name": "server", "dependencies": {"hono": "^4"}}\n',
                 "server/tsconfig.json": '{"compilerOptions": {"strict": true}}\n',
                 "server/src/index.ts": HONO_ENTRY, "server/src/routes/servers.ts": HONO_SERVERS,
                 "web/api.ts": "export const list = () => fetch('/api/servers');\n"}


def test_an_app_a_module_exports_may_be_the_child_a_mount_imports_from_where_impact_cannot_follow():
    # the alias resolves nowhere in base: `servers` is no root app serving `/` there
    assert _keys(HONO_DANGLING, {"server/tsconfig.json": ALIASES}) == []
    declared = {**HONO_DANGLING, "server/tsconfig.json": ALIASES}
    gone = {"server/src/routes/servers.ts": HONO_SERVERS.replace(".get('/', (c) => c.json([]))", "")}
    assert _keys(declared, gone) == [("IMP401", "web/api.ts", 1, "error"),
                                     ("IMP403", "server/src/routes/servers.ts", 3, "error")]
    alone = {"server/src/index.ts": "export const x = 1;\n"}  # nothing mounts: a root app
    assert _keys({**HONO_DANGLING, **alone}, gone) == [("IMP403", "server/src/routes/servers.ts", 3, "warning")]


ADDED_ROUTE_MODULE = """\
from sanic import Blueprint, json
from sanic.views import HTTPMethodView

orders = Blueprint("orders", url_prefix="/api/orders")


async def list_orders(request):
    return json([{"id": 1, "total": 3}])


async def cancel_order(request, order_id: int):
    return json({"id": order_id, "cancelled": True})


class OrderView(HTTPMethodView):
    async def get(self, request, order_id: int):
        return json({"id": order_id})

    async def delete(self, request, order_id: int):
        return json({})


orders.add_route(list_orders, "/")
orders.add_route(cancel_order, "/<order_id:int>/cancel", methods=["POST"])
orders.add_route(OrderView.as_view(), "/<order_id:int>")
"""
ADDED_ROUTE_APP = 'from sanic import Sanic\n\nfrom shop.orders import orders\n\napp = Sanic("shop")\n' \
                  'app.blueprint(orders)\n'
ADDED_ROUTE_WEB = """\
export const all = () => fetch('/api/orders/').then((r) => r.json());
export const cancel = (id) => fetch(`/api/orders/${id}/cancel`, { method: 'POST' });
export const drop = (id) => fetch(`/api/orders/${id}`, { method: 'DELETE' });
"""
ADDED_ROUTES = {"shop/__init__.py": "", "shop/app.py": ADDED_ROUTE_APP,
                      "shop/orders.py": ADDED_ROUTE_MODULE, "web/api.js": ADDED_ROUTE_WEB}


def test_routes_add_route_declares_serve_their_requests():
    """`bp.add_route(handler, uri, methods=[...])` (GET unless said) and a class-based view's
    `View.as_view()` (the methods it defines) are routes: requests to them stay silent, and
    each route changed is reported where its requests are."""
    assert _keys(ADDED_ROUTES, {"web/api.js": ADDED_ROUTE_WEB + "\n"}) == []
    renamed = {"shop/orders.py": ADDED_ROUTE_MODULE.replace('"/<order_id:int>/cancel"', '"/<order_id:int>/void"')}
    assert [key[:2] for key in _keys(ADDED_ROUTES, renamed)] == [("IMP401", "web/api.js"),
                                                                     ("IMP403", "shop/orders.py")]
    get_only = {"shop/orders.py": ADDED_ROUTE_MODULE.replace(', methods=["POST"]', "")}
    assert ("IMP401", "web/api.js", 2) in [key[:3] for key in _keys(ADDED_ROUTES, get_only)]
    no_delete = {"shop/orders.py": ADDED_ROUTE_MODULE.replace(
        "    async def delete(self, request, order_id: int):\n        return json({})\n", "")}
    assert ("IMP401", "web/api.js", 3) in [key[:3] for key in _keys(ADDED_ROUTES, no_delete)]


FALCON_INIT_ROUTES = """\
import falcon

from shop.resources import ItemResource


class ShopApp(falcon.App):
    def __init__(self):
        super().__init__()
        self.add_route("/items/{item_id:int}", ItemResource())
        self.add_route("/items/{item_id:int}/stock", ItemResource(), suffix="stock")


def create_app():
    return ShopApp()
"""


def test_routes_an_app_subclass_adds_to_itself_are_served():
    """`class ShopApp(falcon.App)` whose `__init__` calls `self.add_route(...)`: an app, its
    routes served at the root wherever it is made."""
    base = {**FALCON, "shop/app.py": FALCON_INIT_ROUTES,
            "web/api.js": "\n".join(FALCON_WEB.splitlines()[:2]) + "\n"}
    assert _keys(base, {"web/api.js": base["web/api.js"] + "\n"}) == []
    renamed = {"shop/resources.py": FALCON_RESOURCES.replace("on_put_stock", "on_post_stock")}
    assert _keys(base, renamed) == [("IMP401", "web/api.js", 2, "error"),
                                    ("IMP403", "shop/app.py", 10, "error")]


ALIASED_ENTRY = """\
import { Hono } from 'hono';
import { servers } from '@routes/servers';
import versions from '@routes/versions';

const app = new Hono();
app.route('/api/servers', servers);
app.route('/api/versions', versions);

export default app;
"""
ALIASED_SERVERS = """\
import { Hono } from 'hono';

export const servers = new Hono();
servers.get('/', (c) => c.json([]));
servers.delete('/:id', (c) => c.json({}));
"""
ALIASED_VERSIONS = """\
import { Hono } from 'hono';

const versions = new Hono();
versions.get('/', (c) => c.json([]));

export default versions;
"""
ALIASED_APP = {"server/package.json": '{"name": "server", "dependencies": {"hono": "^4.0.0"}}\n',
                "server/src/app.ts": ALIASED_ENTRY, "server/src/routes/servers.ts": ALIASED_SERVERS,
                "server/src/routes/versions.ts": ALIASED_VERSIONS}
ROUTES_ALIAS = '{"compilerOptions": {"baseUrl": ".", "paths": {"@routes/*": ["./src/routes/*"]}}}\n'


def test_a_sub_app_a_mount_may_reach_through_an_unresolved_import_is_not_a_root_app():
    """spawnd 83749d4dcc: the entry mounts its sub-apps through `@routes/...`, an alias the
    base declares nowhere (the commit adds the tsconfig): in the base the sub-apps look mounted
    nowhere, yet they are no root apps serving `GET /` that the change removed."""
    assert _keys(ALIASED_APP, {"server/tsconfig.json": ROUTES_ALIAS}) == []
    # resolved, a route removed is reported as before
    resolved = {**ALIASED_APP, "server/tsconfig.json": ROUTES_ALIAS}
    dropped = {"server/src/routes/servers.ts": ALIASED_SERVERS.replace(
        "servers.delete('/:id', (c) => c.json({}));\n", "")}
    assert [key[:2] for key in _keys(resolved, dropped)] == [("IMP403", "server/src/routes/servers.ts")]


def test_a_sub_app_mounted_only_through_an_import_that_fails_serves_nothing():
    """spawnd 26dea31b7b, the other way: the change moves the backend and mounts its routers
    through `@routes/...`, which nothing declares: the program cannot load them, and the
    requests the routers served fail (while an import impact cannot read says nothing)."""
    web = "export const list = () => fetch('/api/servers').then((r) => r.json());\n"
    resolved = {**ALIASED_APP, "server/tsconfig.json": ROUTES_ALIAS, "web/api.js": web}
    keys = _keys(resolved, {"server/tsconfig.json": None})
    assert ("IMP401", "web/api.js", 1, "error") in keys
    assert ("IMP403", "server/src/routes/servers.ts", 4, "error") in keys
