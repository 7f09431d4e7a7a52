"""The shapes the apothecary and arboretum apps of tests/test_apps.py reach, with their limits:
an `XMLHttpRequest` helper taking the method, the URL and the body (a transport) and the promise
it resolves with the parsed body; a function that forwards its parameter as a request's body,
called with an object literal; a Flask config loaded by import string; BlackSheep controllers on
a base class of the module or the project's own, and `@get(None)`; Vuex getters over getters."""

from __future__ import annotations

from conftest import selected_keys

REQUIRED = ('    return jsonify({"id": 1, "patient": data["patient"]}), 201',
            ('    prescriber = data["prescriber"]\n'
            '    return jsonify({"id": 1, "patient": data["patient"], "by": prescriber}), 201'))
SERVER = """\
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/remedies")
def remedies():
    return jsonify([{"id": 1, "name": "Chamomile", "stockMg": 5000}])


@app.post("/api/orders")
def place_order():
    data = request.get_json()
    return jsonify({"id": 1, "patient": data["patient"]}), 201
"""
XHR = """\
export function send(method, url, body) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.onload = () => resolve(JSON.parse(xhr.responseText));
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(JSON.stringify(body));
  });
}
"""
CALLS = """\
import { send } from './xhr';

export async function stock() {
  const remedies = await send('GET', '/api/remedies');
  return remedies.map((remedy) => remedy.stockMg);
}

export function placeOrder(payload) {
  return send('POST', '/api/orders', payload);
}
"""
FORM = """\
import { placeOrder } from './calls';

export function submit(patient) {
  return placeOrder({ patient });
}
"""
APP = {"app.py": SERVER, "web/xhr.js": XHR, "web/calls.js": CALLS, "web/form.js": FORM}


def _keys(base, change):
    return sorted(key[:4] for key in selected_keys(base, change, ("IMP4",)))


def _server(old: str, new: str, files: dict | None = None) -> list:
    files = files or APP
    return _keys(files, {"app.py": files["app.py"].replace(old, new)})


def test_an_xhr_helper_taking_method_url_and_body_is_a_transport():
    assert _server('"/api/remedies"', '"/api/stock"') == [
        ("IMP401", "web/calls.js", 4, "error"), ("IMP403", "app.py", 6, "error")]


def test_the_promise_an_xhr_helper_resolves_with_the_parsed_body_gives_the_body():
    assert _server('"stockMg": 5000', '"stock": 5000') == [
        ("IMP402", "web/calls.js", 5, "error"), ("IMP404", "app.py", 8, "error")]


def test_an_xhr_helper_whose_method_is_no_parameter_is_no_transport():
    fixed = XHR.replace("xhr.open(method, url);", "const verb = method.toUpperCase();\n"
                        "    xhr.open(verb, url);")
    assert _server('"/api/remedies"', '"/api/stock"', {**APP, "web/xhr.js": fixed}) == [
        ("IMP403", "app.py", 6, "warning")]


def test_a_body_a_function_forwards_is_what_its_caller_gives():
    assert _server(*REQUIRED) == [("IMP405", "web/form.js", 4, "error")]
    sent = {**APP, "web/form.js": FORM.replace("placeOrder({ patient })", "placeOrder({ patient, prescriber: 'x' })")}
    assert _server(*REQUIRED, sent) == []


def test_a_forwarded_body_the_function_adds_to_or_a_caller_does_not_spell_out_is_not_judged():
    added = CALLS.replace("  return send('POST', '/api/orders', payload);",
                          "  payload.prescriber = 'house';\n  return send('POST', '/api/orders', payload);")
    assert _server(*REQUIRED, {**APP, "web/calls.js": added}) == []
    spread = FORM.replace("placeOrder({ patient })", "placeOrder({ patient, ...extra })")
    assert _server(*REQUIRED, {**APP, "web/form.js": spread}) == []


def test_a_forwarded_body_given_to_an_axios_post_is_read_at_each_caller():
    client = ("import axios from 'axios';\n\nexport function placeOrder(payload) {\n"
              "  return axios.post('/api/orders', payload);\n}\n")
    files = {"app.py": SERVER, "web/calls.js": client, "web/form.js": FORM,
             "web/other.js": "import { placeOrder } from './calls';\n\nplaceOrder({ patient: 'b', prescriber: 'c' });\n"}
    assert _server(*REQUIRED, files) == [("IMP405", "web/form.js", 4, "error")]


CONFIGURED = """\
from flask import Flask

from shop.orders import orders


def create_app():
    app = Flask(__name__)
    app.config.from_object("shop.settings.Config")
    app.register_blueprint(orders, url_prefix=app.config["API_PREFIX"])
    return app
"""
BLUEPRINT = """\
from flask import Blueprint

orders = Blueprint("orders", __name__)


@orders.get("/orders")
def list_orders():
    return [{"id": 1}]
"""
SETTINGS = 'class Config:\n    API_PREFIX = "/api/v1"\n'
CONFIGURED_APP = {"shop/__init__.py": "", "shop/app.py": CONFIGURED, "shop/settings.py": SETTINGS,
                  "shop/orders.py": BLUEPRINT,
                  "web/orders.js": "export const orders = () => fetch('/api/v1/orders');\n"}


def test_a_config_loaded_by_import_string_gives_the_blueprint_prefix():
    moved = {"shop/settings.py": SETTINGS.replace("/api/v1", "/api/v2")}
    assert _keys(CONFIGURED_APP, moved) == [("IMP401", "web/orders.js", 1, "error"),
                                            ("IMP403", "shop/orders.py", 6, "error")]
    elsewhere = CONFIGURED.replace('"shop.settings.Config"', '"shop.missing.Config"')
    assert _keys({**CONFIGURED_APP, "shop/app.py": elsewhere}, moved) == []
    also_from_file = CONFIGURED.replace('    app.config.from_object("shop.settings.Config")\n',
                                        '    app.config.from_object("shop.settings.Config")\n'
                                        '    app.config.from_pyfile("local.cfg", silent=True)\n')
    assert _keys({**CONFIGURED_APP, "shop/app.py": also_from_file}, moved) == []


BASE_CONTROLLER = """\
from blacksheep.server.controllers import Controller


class GardenController(Controller):
    def missing(self):
        return None
"""
TREES = """\
from blacksheep import json
from blacksheep.server.controllers import get

from garden.base import GardenController


class Trees(GardenController):
    route = "/api/trees"

    @get()
    async def index(self):
        return json([{"id": 1}])

    @get(None)
    async def due_for_pruning(self):
        return json([{"id": 1}])
"""
TREE_CALLS = """\
export const trees = () => fetch('/api/trees');
export const pruning = () => fetch('/api/trees/due-for-pruning');
"""
GARDEN = {"garden/__init__.py": "", "garden/base.py": BASE_CONTROLLER, "garden/trees.py": TREES,
          "web/trees.js": TREE_CALLS}


def _trees(old: str, new: str, files: dict | None = None) -> list:
    files = files or GARDEN
    return _keys(files, {"garden/trees.py": files["garden/trees.py"].replace(old, new)})


def test_a_controller_on_the_projects_own_base_serves_under_the_route_it_says():
    assert _trees('route = "/api/trees"', 'route = "/api/woods"') == [
        ("IMP401", "web/trees.js", 1, "error"), ("IMP401", "web/trees.js", 2, "error"),
        ("IMP403", "garden/trees.py", 10, "error"), ("IMP403", "garden/trees.py", 14, "error")]
    unsaid = TREES.replace('    route = "/api/trees"\n\n', "")
    assert _trees("async def index", "async def index_all", {**GARDEN, "garden/trees.py": unsaid}) == []


def test_a_controller_on_a_controller_of_the_same_module_inherits_its_route():
    inherited = TREES.replace("from garden.base import GardenController\n",
                              "from blacksheep.server.controllers import Controller\n") \
        .replace('class Trees(GardenController):\n    route = "/api/trees"\n',
                 'class Base(Controller):\n    route = "/api/trees"\n\n\nclass Trees(Base):\n')
    assert _trees('route = "/api/trees"', 'route = "/api/woods"', {**GARDEN, "garden/trees.py": inherited}) == [
        ("IMP401", "web/trees.js", 1, "error"), ("IMP401", "web/trees.js", 2, "error"),
        ("IMP403", "garden/trees.py", 13, "error"), ("IMP403", "garden/trees.py", 17, "error")]


def test_get_none_serves_a_handler_at_its_name_with_dashes():
    assert _trees("async def due_for_pruning", "async def pruning_due") == [
        ("IMP401", "web/trees.js", 2, "error"), ("IMP403", "garden/trees.py", 14, "error")]
    assert _trees("    @get(None)\n    async def due_for_pruning",
                  '    @get("/due-for-pruning")\n    async def pruning_due') == []


STORE = """\
import axios from 'axios';
import { createStore } from 'vuex';

export default createStore({
  state: () => ({ trees: [] }),
  getters: {
    tall: (state) => state.trees.filter((tree) => tree.height > 10),
    labels: (state, getters) => getters.tall.map((tree) => tree.species),
  },
  mutations: {
    setTrees(state, trees) {
      state.trees = trees;
    },
  },
  actions: {
    async load({ commit }) {
      const res = await axios.get('/api/trees');
      commit('setTrees', res.data);
    },
  },
});
"""
TREE_SERVER = """\
from flask import Flask

app = Flask(__name__)


@app.get("/api/trees")
def trees():
    return [{"id": 1, "species": "oak", "height": 12}]
"""


def test_a_getter_over_another_getter_reads_the_fields_of_its_items():
    files = {"app.py": TREE_SERVER, "web/store.js": STORE}
    assert _keys(files, {"app.py": TREE_SERVER.replace('"species": "oak"', '"name": "oak"')}) == [
        ("IMP402", "web/store.js", 8, "error"), ("IMP404", "app.py", 8, "error")]
    unknown = STORE.replace("getters.tall.map", "getters.other.map")
    assert _keys({**files, "web/store.js": unknown},
                 {"app.py": TREE_SERVER.replace('"species": "oak"', '"name": "oak"')}) == []


def test_a_body_a_function_stringifies_into_fetchs_options_is_what_its_caller_gives():
    client = ("export function placeOrder(payload) {\n  return fetch('/api/orders', {\n    method: 'POST',\n"
              "    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify(payload),\n  });\n}\n")
    files = {"app.py": SERVER, "web/calls.js": client, "web/form.js": FORM}
    assert _server(*REQUIRED, files) == [("IMP405", "web/form.js", 4, "error")]
    wrapped = client.replace("JSON.stringify(payload)", "JSON.stringify({ ...payload, at: Date.now() })")
    assert _server(*REQUIRED, {**files, "web/calls.js": wrapped}) == []


BEDS = """\
import axios from 'axios';

export default {
  namespaced: true,
  state: () => ({ list: [] }),
  getters: {
    shaded: (state, getters, rootState, rootGetters) =>
      state.list.filter((bed) => rootGetters.tall.some((tree) => tree.bed === bed.id)),
  },
  mutations: {
    setList(state, beds) {
      state.list = beds;
    },
  },
  actions: {
    async load({ commit }) {
      const res = await axios.get('/api/beds');
      commit('setList', res.data);
    },
  },
};
"""
BED_SERVER = TREE_SERVER + """

@app.get("/api/beds")
def beds():
    return [{"id": 1}]
"""


def test_a_modules_getter_reads_the_root_stores_getters_through_root_getters():
    with_beds = TREE_SERVER.replace('"height": 12', '"height": 12, "bed": 1')
    files = {"app.py": BED_SERVER.replace(TREE_SERVER, with_beds), "web/store.js": STORE,
             "web/beds.js": BEDS, "web/package.json": '{"dependencies": {"vuex": "^4", "axios": "^1"}}'}
    assert _keys(files, {"app.py": files["app.py"].replace(', "bed": 1', "")}) == [
        ("IMP402", "web/beds.js", 8, "error"), ("IMP404", "app.py", 8, "error")]
    other = BEDS.replace("rootGetters.tall.some", "rootGetters.short.some")
    assert _keys({**files, "web/beds.js": other}, {"app.py": files["app.py"].replace(', "bed": 1', "")}) == []


def test_a_body_a_method_of_an_exported_object_forwards_is_what_its_caller_gives():
    client = ("import axios from 'axios';\n\nexport const ordersApi = {\n  create(payload) {\n"
              "    return axios.post('/api/orders', payload);\n  },\n  list: () => axios.get('/api/orders'),\n};\n")
    form = "import { ordersApi } from './calls';\n\nexport function submit(patient) {\n" \
           "  return ordersApi.create({ patient });\n}\n"
    files = {"app.py": SERVER, "web/calls.js": client, "web/form.js": form}
    assert _server(*REQUIRED, files) == [("IMP405", "web/form.js", 4, "error")]
