"""Tornado (handler lists, regex rules, `RequestHandler` methods), Flask-RESTX models
(`marshal_with`, `expect(validate=True)`), Vue's Options API, Lit custom elements, React
Router route modules (`loaderData`, `useLoaderData`, `Promise.all`), a fetch wrapper that
forwards its init, and an object of wrappers exported by default: the rules the apps of
tests/test_apps.py (orchard, aviary, ferry) do not reach."""

from __future__ import annotations

from conftest import diff_findings, selected_keys


def _keys(base, change):
    return sorted(key[:4] for key in selected_keys(base, change, ("IMP4",)))


TORNADO_APP = """\
import tornado.web

from shop.handlers import FileHandler, ItemHandler, ItemsHandler, MixedHandler


class ShopApp(tornado.web.Application):
    def __init__(self):
        handlers = [
            (r"/items", ItemsHandler),
            tornado.web.url(r"/items/(?P<item_id>[0-9]+)", ItemHandler, name="item"),
            (r"/mixed/([0-9]+)", MixedHandler),
            (r"/files/(.*)", FileHandler),
        ]
        super().__init__(handlers, debug=True)
"""
TORNADO_HANDLERS = """\
import json

from tornado.web import RequestHandler

from shop.base import JsonHandler


class ItemsHandler(RequestHandler):
    def post(self):
        data = json.loads(self.request.body)
        self.write({"id": 1, "name": data["name"], "note": data.get("note")})


class ItemHandler(RequestHandler):
    def get(self, item_id):
        self.write({"id": item_id, "name": "x"})

    def delete(self, item_id):
        self.set_status(204)


class MixedHandler(JsonHandler):
    def get(self, mixed_id):
        self.render("mixed.html", name="x")


class FileHandler(RequestHandler):
    def get(self, path):
        self.write({"path": path})
"""
TORNADO_WEB = """\
export const create = (name) => fetch('/items', { method: 'POST', body: JSON.stringify({ name }) });
export const item = (id) => fetch(`/items/${id}`).then((r) => r.json()).then((i) => i.name);
export const remove = (id) => fetch(`/items/${id}`, { method: 'DELETE' });
export const mixed = (id) => fetch(`/mixed/${id}`, { method: 'PUT' });
export const file = () => fetch('/files/a/b', { method: 'POST' });
"""
TORNADO = {"shop/__init__.py": "", "shop/app.py": TORNADO_APP, "shop/handlers.py": TORNADO_HANDLERS,
           "shop/base.py": "from tornado.web import RequestHandler\n\n\nclass JsonHandler(RequestHandler):\n"
                           "    pass\n", "web/api.js": TORNADO_WEB}


def test_a_tornado_rule_serves_the_methods_its_handler_class_defines():
    gone = {"shop/handlers.py": TORNADO_HANDLERS.replace("    def delete(self, item_id):",
                                                         "    def patch(self, item_id):")}
    assert _keys(TORNADO, gone) == [("IMP401", "web/api.js", 3, "error"),
                                    ("IMP403", "shop/app.py", 10, "error")]
    moved = {"shop/app.py": TORNADO_APP.replace('r"/items/(?P<item_id>[0-9]+)"', 'r"/item/([0-9]+)"')}
    assert ("IMP401", "web/api.js", 2, "error") in _keys(TORNADO, moved)


def test_a_handler_with_a_base_of_its_own_or_a_pattern_spanning_segments_is_not_judged():
    # MixedHandler's base may define `put`; `(.*)` may match `a/b`
    assert _keys(TORNADO, {"web/api.js": TORNADO_WEB + "export const x = 1;\n"}) == []
    gone = {"shop/handlers.py": TORNADO_HANDLERS.replace('self.write({"path": path})', "pass")}
    assert _keys(TORNADO, gone) == []


def test_what_a_tornado_method_writes_and_requires():
    renamed = {"shop/handlers.py": TORNADO_HANDLERS.replace('"name": "x"', '"title": "x"')}
    assert _keys(TORNADO, renamed) == [("IMP402", "web/api.js", 2, "error"),
                                       ("IMP404", "shop/handlers.py", 16, "error")]
    required = {"shop/handlers.py": TORNADO_HANDLERS.replace('data.get("note")', 'data["note"]')}
    findings = diff_findings(TORNADO, required, select=("IMP405",))
    assert [(f["file"], f["line"]) for f in findings] == [("web/api.js", 1)]
    assert "now requires (shop/handlers.py:11)" in findings[0]["message"]  # the handler's module


def test_a_tornado_method_that_renders_sends_what_is_not_known():
    renamed = {"shop/handlers.py": TORNADO_HANDLERS.replace('self.render("mixed.html", name="x")',
                                                            'self.render("mixed.html", title="x")')}
    assert _keys(TORNADO, renamed) == []


def test_a_handler_whose_write_may_reshape_what_it_writes_sends_what_is_not_known():
    own_write = TORNADO_HANDLERS.replace(
        "class ItemHandler(RequestHandler):\n",
        "class ItemHandler(RequestHandler):\n    def write(self, chunk):\n"
        "        super().write({\"data\": chunk})\n\n")
    base = {**TORNADO, "shop/handlers.py": own_write}
    renamed = {"shop/handlers.py": own_write.replace('"name": "x"', '"title": "x"')}
    assert _keys(base, renamed) == []
    through_a_base = {**TORNADO, "shop/handlers.py": TORNADO_HANDLERS.replace(
        "class ItemHandler(RequestHandler):", "class ItemHandler(JsonHandler):")}
    assert _keys(through_a_base, {"shop/handlers.py": through_a_base["shop/handlers.py"].replace(
        '"name": "x"', '"title": "x"')}) == []


RESTX_API = """\
from flask import Flask
from flask_restx import Api, Namespace, Resource, fields

app = Flask(__name__)
api = Api(app, prefix="/api")
ns = Namespace("items")
api.add_namespace(ns, path="/items")

item = ns.model("Item", {"id": fields.Integer, "name": fields.String(required=True),
                         "note": fields.String})


@ns.route("/")
class Items(Resource):
    @ns.marshal_list_with(item)
    def get(self):
        return []

    @ns.expect(item, validate=True)
    @ns.marshal_with(item, code=201)
    def post(self):
        return ns.payload, 201


@ns.route("/<int:item_id>")
class One(Resource):
    @ns.expect(item)
    @ns.marshal_with(item, envelope="data")
    def put(self, item_id):
        return {}
"""
RESTX_WEB = """\
export const list = () => fetch('/api/items/').then((r) => r.json()).then((l) => l.map((i) => i.note));
export const add = (name) => fetch('/api/items/', { method: 'POST', body: JSON.stringify({ name }) });
export const put = (id) => fetch(`/api/items/${id}`, { method: 'PUT', body: JSON.stringify({}) })
  .then((r) => r.json()).then((d) => d.data.note);
"""
RESTX = {"api.py": RESTX_API, "web/api.js": RESTX_WEB}


def test_a_restx_method_sends_the_keys_of_the_model_it_marshals():
    dropped = {"api.py": RESTX_API.replace('\n                         "note": fields.String}', "}")}
    assert _keys(RESTX, dropped) == [("IMP402", "web/api.js", 1, "error"),
                                     ("IMP404", "api.py", 10, "error")]  # not the enveloped PUT's


def test_a_restx_method_requires_what_its_validated_model_requires():
    required = {"api.py": RESTX_API.replace('"note": fields.String}', '"note": fields.String(required=True)}')}
    # the POST validates (the request lacks `note`); the PUT's `expect` does not validate
    assert _keys(RESTX, required) == [("IMP405", "web/api.js", 2, "error")]


VUE_API = """\
import axios from 'axios';

const http = axios.create({ baseURL: '/api' });

export default {
  async list() {
    const { data } = await http.get('/items');
    return data;
  },
};
"""
VUE_LIST = """\
<template>
  <ul><ItemRow v-for="item in items" :key="item.id" :item="item" /></ul>
  <p>{{ count }}</p>
</template>

<script>
import api from './api';
import ItemRow from './ItemRow.vue';

const count = 3;

export default {
  components: { ItemRow },
  data() {
    return { items: [] };
  },
  methods: {
    async load() {
      this.items = await api.list();
    },
  },
};
</script>
"""
VUE_ROW = """\
<template>
  <li>{{ item.name }}</li>
</template>

<script>
export default { props: ['item'] };
</script>
"""
VUE_SERVER = """\
from flask import Flask

app = Flask(__name__)


@app.get("/api/items")
def items():
    return [{"id": 1, "name": "x"}]
"""
VUE = {"server.py": VUE_SERVER, "web/src/api.js": VUE_API, "web/src/ItemList.vue": VUE_LIST,
       "web/src/ItemRow.vue": VUE_ROW}


def test_an_options_api_component_shows_what_its_methods_set_and_reads_its_props():
    renamed = {"server.py": VUE_SERVER.replace('"name": "x"', '"title": "x"')}
    assert _keys(VUE, renamed) == [("IMP402", "web/src/ItemRow.vue", 2, "error"),
                                   ("IMP404", "server.py", 8, "error")]
    keyed = {"server.py": VUE_SERVER.replace('"id": 1', '"key": 1')}
    assert _keys(VUE, keyed) == [("IMP402", "web/src/ItemList.vue", 2, "error"),
                                 ("IMP404", "server.py", 8, "error")]


LIT_SERVER = """\
from flask import Flask

app = Flask(__name__)


@app.get("/api/items")
def items():
    return [{"id": 1, "name": "x"}]
"""
LIT_LIST = """\
import { LitElement, html } from 'lit';

class ItemList extends LitElement {
  async connectedCallback() {
    super.connectedCallback();
    this.items = await fetch('/api/items').then((r) => r.json());
  }

  render() {
    return html`${this.items.map((item) => html`<item-row @x=${() => 1} .item=${item}></item-row>`)}`;
  }
}
customElements.define('item-list', ItemList);
"""
LIT_ROW = """\
import { LitElement, html } from 'lit';

class ItemRow extends LitElement {
  render() {
    return html`<li>${this.item.name}</li>`;
  }
}
customElements.define('item-row', ItemRow);
"""
LIT = {"server.py": LIT_SERVER, "web/item-list.js": LIT_LIST, "web/item-row.js": LIT_ROW}


def test_a_custom_element_reads_the_property_a_template_hands_it_by_its_tag():
    renamed = {"server.py": LIT_SERVER.replace('"name": "x"', '"title": "x"')}
    assert _keys(LIT, renamed) == [("IMP402", "web/item-row.js", 5, "error"),
                                   ("IMP404", "server.py", 8, "error")]
    twice = {**LIT, "web/other-row.js": LIT_ROW.replace("class ItemRow", "class OtherRow")
             .replace("this.item.name", "this.item.title").replace(", ItemRow", ", OtherRow")}
    assert _keys(twice, renamed) == []  # a tag registered twice: which one is not known


RR_SERVER = """\
from flask import Flask

app = Flask(__name__)


@app.get("/api/items")
def items():
    return [{"id": 1, "name": "x"}]


@app.get("/api/stats")
def stats():
    return {"total": 1}
"""
RR_API = """\
const API = "http://localhost:5000/api";

async function call(path, init) {
  const res = await fetch(`${API}${path}`, { ...init, headers: { "Content-Type": "application/json" } });
  return res.json();
}

export const listItems = () => call("/items");
export const stats = () => call("/stats");
export const addItem = (name) => call("/items", { method: "POST", body: JSON.stringify({ name }) });
"""
RR_ROUTE = """\
import { useLoaderData } from "react-router";
import { listItems, stats } from "../api";

export async function loader() {
  const [items, counts] = await Promise.all([listItems(), stats()]);
  return { items, counts };
}

export default function Items({ loaderData }) {
  const { counts } = useLoaderData();
  return <ul>{loaderData.items.map((i) => <li key={i.id}>{i.name}</li>)}<li>{counts.total}</li></ul>;
}
"""
RR = {"server.py": RR_SERVER, "web/app/api.js": RR_API, "web/app/routes/items.jsx": RR_ROUTE}


def test_a_route_component_reads_what_its_loader_returns():
    renamed = {"server.py": RR_SERVER.replace('"name": "x"', '"title": "x"')}
    assert _keys(RR, renamed) == [("IMP402", "web/app/routes/items.jsx", 11, "error"),
                                  ("IMP404", "server.py", 8, "error")]
    total = {"server.py": RR_SERVER.replace('"total": 1', '"count": 1')}
    assert _keys(RR, total) == [("IMP402", "web/app/routes/items.jsx", 11, "error"),
                                ("IMP404", "server.py", 13, "error")]
    hydrated = {"web/app/routes/items.jsx": RR_ROUTE + "export async function clientLoader() {}\n"}
    assert _keys({**RR, **hydrated}, renamed) == []  # which loader's value it gets: not known


def test_a_wrapper_forwarding_fetchs_init_sends_the_body_its_caller_gives():
    server = RR_SERVER.replace("from flask import Flask", "from flask import Flask, request") + \
        '\n\n@app.post("/api/items")\ndef add():\n    name = request.json["name"]\n    return {"name": name}\n'
    base = {**RR, "server.py": server}
    required = {"server.py": server.replace('    return {"name": name}',
                                            '    x = request.json["x"]\n    return {"name": name}')}
    assert _keys(base, required) == [("IMP405", "web/app/api.js", 10, "error")]
    own_body = {"web/app/api.js": RR_API.replace("{ ...init, headers", "{ ...init, body: '{}', headers")}
    assert _keys({**base, **own_body}, required) == []


EXPRESS_ALL = """\
import express from 'express';
import { createRequestHandler } from '@react-router/express';

const app = express();
app.get('/health', (req, res) => res.json({}));
app.all('*', createRequestHandler({ build: () => import('virtual:react-router/server-build') }));
app.listen(3000);
"""
EXPRESS_USE = """\
import express from 'express';
import { createRequestHandler } from '@react-router/express';

export const app = express();
app.use(createRequestHandler({ build: () => import('virtual:react-router/server-build') }));
"""
PASSKEYS = "export const register = () => fetch('/webauthn/registration', { method: 'POST' });\n"


def test_react_routers_express_handler_mounted_with_use_answers_every_path():
    base = {"server/index.ts": EXPRESS_ALL, "app/passkeys.ts": PASSKEYS}
    moved = {"server/index.ts": EXPRESS_ALL.replace("app.all('*'", "// app.all('*'"),
             "server/app.ts": EXPRESS_USE}
    assert _keys(base, moved) == []  # epic-stack bac7bd445d
    other = {**moved, "server/app.ts": EXPRESS_USE.replace("createRequestHandler({", "morgan({")}
    assert _keys(base, other) == [("IMP401", "app/passkeys.ts", 1, "error")]  # a middleware


RESTX_PAGE = """\
from flask import Flask
from flask_restx import Api, Resource, fields

app = Flask(__name__)
api = Api(app, prefix="/api")
page = api.model("Page", {"items": fields.List(fields.Raw), "total": fields.Integer})


@api.route("/items")
class Items(Resource):
    @api.marshal_list_with(page)
    def get(self):
        return {"items": [], "total": 0}
"""


def test_restx_marshals_a_returned_dict_as_one_object_whatever_the_decorator_says():
    web = "export const total = () => fetch('/api/items').then((r) => r.json()).then((p) => p.total);\n"
    base = {"api.py": RESTX_PAGE, "web/api.js": web}
    renamed = {"api.py": RESTX_PAGE.replace('"total": fields.Integer', '"count": fields.Integer')}
    assert _keys(base, renamed) == [("IMP402", "web/api.js", 1, "error"), ("IMP404", "api.py", 6, "error")]


TORNADO_SEARCH = """\
import tornado.web


class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        query = self.get_argument("q")
        self.write({"query": query, "hits": []})


app = tornado.web.Application([(r"/search", SearchHandler)])
"""


def test_a_tornado_argument_without_a_default_is_a_query_parameter_a_request_must_send():
    base = {"search.py": TORNADO_SEARCH, "web/api.js": "export const s = (q) => fetch(`/search?q=${q}`);\n"}
    paged = {"search.py": TORNADO_SEARCH.replace('        query = self.get_argument("q")\n',
                                                 '        query = self.get_argument("q")\n'
                                                 '        page = int(self.get_argument("page"))\n')}
    assert _keys(base, paged) == [("IMP405", "web/api.js", 1, "error")]
    defaulted = {"search.py": paged["search.py"].replace('self.get_argument("page")',
                                                         'self.get_argument("page", "1")')}
    assert _keys(base, defaulted) == []


RESTX_PAYLOAD = """\
from flask import Flask, request
from flask_restx import Api, Namespace, Resource

app = Flask(__name__)
api = Api(app, prefix="/api")
ns = Namespace("items")
api.add_namespace(ns, path="/items")


@ns.route("/<int:item_id>/rename")
class Rename(Resource):
    def post(self, item_id):
        name = ns.payload["name"]
        return {"id": item_id, "name": name}


@ns.route("/<int:item_id>/tag")
class Tag(Resource):
    def post(self, item_id):
        tag = request.json["tag"]
        return {"id": item_id, "tag": tag}
"""
RESTX_PAYLOAD_WEB = """\
export const rename = (id, name) => fetch(`/api/items/${id}/rename`, { method: 'POST', body: JSON.stringify({ name }) });
export const tag = (id, tag) => fetch(`/api/items/${id}/tag`, { method: 'POST', body: JSON.stringify({ tag }) });
"""


def test_a_resource_requires_what_it_reads_of_its_namespaces_payload_or_of_the_request():
    base = {"api.py": RESTX_PAYLOAD, "web/api.js": RESTX_PAYLOAD_WEB}
    more = {"api.py": RESTX_PAYLOAD.replace('        name = ns.payload["name"]\n',
                                            '        name = ns.payload["name"]\n'
                                            '        reason = ns.payload["reason"]\n')
            .replace('        tag = request.json["tag"]\n',
                     '        tag = request.json["tag"]\n        color = request.json["color"]\n')}
    assert _keys(base, more) == [("IMP405", "web/api.js", 1, "error"), ("IMP405", "web/api.js", 2, "error")]
    optional = {"api.py": RESTX_PAYLOAD.replace('        name = ns.payload["name"]\n',
                                                '        name = ns.payload["name"]\n'
                                                '        reason = ns.payload.get("reason")\n')}
    assert _keys(base, optional) == []


def test_lits_repeat_directive_renders_each_item_with_its_template():
    listed = LIT_LIST.replace("import { LitElement, html } from 'lit';",
                              "import { LitElement, html } from 'lit';\nimport { repeat } from 'lit/directives/repeat.js';")
    listed = listed.replace("${this.items.map((item) => html`<item-row @x=${() => 1} .item=${item}></item-row>`)}",
                            "${repeat(this.items, (item) => item.id, (item) => html`<b>${item.name}</b>`)}")
    base = {**LIT, "web/item-list.js": listed}
    renamed = {"server.py": LIT_SERVER.replace('"name": "x"', '"title": "x"')}
    assert _keys(base, renamed) == [("IMP402", "web/item-list.js", 11, "error"),
                                    ("IMP404", "server.py", 8, "error")]
