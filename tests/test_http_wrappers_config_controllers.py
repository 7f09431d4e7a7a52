"""The shapes the quarry, tannery and vineyard apps of tests/test_apps.py reach, with their
limits: a wrapper object over a transport (`api.post(path, body)` over `request('POST', path,
body)`) and the body it forwards, built in place or by a function of another module; a Flask
blueprint prefix read from the app's config (`app.config.from_object(Config)`); reqparse
parsers made by `copy()`, given location lists, or run in a resource's `__init__`; BlackSheep
controllers."""

from __future__ import annotations

from conftest import selected_keys

TRANSPORT = """\
const BASE = '/api';

async function request(method, path, body) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body) => request('POST', path, body),
};
"""
ORDERS = """\
import { api } from './api';
import { orderPayload } from './forms';

export async function placeOrder(form) {
  const payload = orderPayload(form);
  return api.post('/orders', payload);
}

export async function listOrders() {
  const orders = await api.get('/orders');
  return orders.map((o) => o.customer);
}
"""
FORMS = """\
export function orderPayload(form) {
  return { blockId: Number(form.blockId), customer: form.customer };
}
"""
FLASK = """\
from flask import Flask, request

app = Flask(__name__)


@app.post("/api/orders")
def place_order():
    data = request.get_json()
    block_id = data["blockId"]
    return {"id": 1, "blockId": block_id, "customer": data.get("customer")}


@app.get("/api/orders")
def list_orders():
    return [{"id": 1, "customer": "x"}]
"""
SHOP = {"web/api.js": TRANSPORT, "web/orders.js": ORDERS, "web/forms.js": FORMS, "app.py": FLASK}
FACE = {"app.py": FLASK.replace('    block_id = data["blockId"]\n',
                                '    block_id = data["blockId"]\n    face = data["face"]\n')}


def _keys(base, change):
    return sorted(key[:4] for key in selected_keys(base, change, ("IMP4",)))


def test_a_wrapper_object_over_a_transport_sends_the_transports_request():
    moved = {"app.py": FLASK.replace('@app.get("/api/orders")', '@app.get("/api/order-list")')}
    assert _keys(SHOP, moved) == [("IMP401", "web/orders.js", 10, "error"),
                                  ("IMP403", "app.py", 13, "error")]
    dropped = {"app.py": FLASK.replace('[{"id": 1, "customer": "x"}]', '[{"id": 1}]')}
    assert _keys(SHOP, dropped) == [("IMP402", "web/orders.js", 11, "error"),
                                    ("IMP404", "app.py", 15, "error")]


def test_the_body_a_wrapper_forwards_is_what_a_function_of_another_module_returns():
    assert _keys(SHOP, FACE) == [("IMP405", "web/orders.js", 6, "error")]
    sends_face = FORMS.replace("customer: form.customer }", "customer: form.customer, face: 'north' }")
    assert _keys({**SHOP, "web/forms.js": sends_face}, FACE) == []


def test_a_body_bound_to_a_const_in_place_is_read_and_one_used_elsewhere_too_is_not():
    literal = ORDERS.replace("const payload = orderPayload(form);",
                             "const payload = { blockId: form.blockId, customer: form.customer };")
    assert _keys({**SHOP, "web/orders.js": literal}, FACE) == [("IMP405", "web/orders.js", 6, "error")]
    added_to = ORDERS.replace("const payload = orderPayload(form);",
                              "const payload = orderPayload(form);\n  payload.face = form.face;")
    assert _keys({**SHOP, "web/orders.js": added_to}, FACE) == []
    spread = FORMS.replace("return { blockId", "return { ...form.extra, blockId")
    assert _keys({**SHOP, "web/forms.js": spread}, FACE) == []


def test_a_body_stringified_from_a_const_or_a_functions_object_is_read():
    stringified = "  return fetch('/api/orders', { method: 'POST', body: JSON.stringify(payload) });"
    fetched = ORDERS.replace("  return api.post('/orders', payload);", stringified)
    assert _keys({**SHOP, "web/orders.js": fetched}, FACE) == [("IMP405", "web/orders.js", 6, "error")]
    literal = fetched.replace("const payload = orderPayload(form);", "const payload = { blockId: 1 };")
    assert _keys({**SHOP, "web/orders.js": literal}, FACE) == [("IMP405", "web/orders.js", 6, "error")]
    sends_face = FORMS.replace("customer: form.customer }", "customer: form.customer, face: 'north' }")
    assert _keys({**SHOP, "web/orders.js": fetched, "web/forms.js": sends_face}, FACE) == []
    unknown = fetched.replace("orderPayload(form)", "form.toJSON()")
    assert _keys({**SHOP, "web/orders.js": unknown}, FACE) == []


def test_a_body_a_wrapper_does_not_give_its_transport_is_not_judged():
    own_body = TRANSPORT.replace("post: (path, body) => request('POST', path, body)",
                                 "post: (path, body) => request('POST', path, { ...body, face: 'n' })")
    assert _keys({**SHOP, "web/api.js": own_body}, FACE) == []


CONFIGURED = """\
from flask import Flask

from shop.config import Config
from shop.orders import orders


def create_app(config_class=Config):
    app = Flask(__name__)
    app.config.from_object(config_class)
    app.register_blueprint(orders, url_prefix=app.config["API_PREFIX"])
    return app
"""
CONFIG = 'class Config:\n    API_PREFIX = "/api/v1"\n'
BLUEPRINT = """\
from flask import Blueprint

orders = Blueprint("orders", __name__)


@orders.get("/orders")
def list_orders():
    return [{"id": 1}]
"""
CLIENT = """\
export async function listOrders() {
  const res = await fetch('/api/v1/orders');
  return res.json();
}
"""
CONFIGURED_APP = {"shop/__init__.py": "", "shop/app.py": CONFIGURED, "shop/config.py": CONFIG,
                  "shop/orders.py": BLUEPRINT, "web/orders.js": CLIENT}
MOVED = {"shop/config.py": CONFIG.replace("/api/v1", "/api/v2")}


def test_a_blueprint_prefix_read_from_the_config_an_app_factory_loads_by_default():
    assert _keys(CONFIGURED_APP, MOVED) == [("IMP401", "web/orders.js", 2, "error"),
                                            ("IMP403", "shop/orders.py", 6, "error")]
    by_name = CONFIGURED.replace("def create_app(config_class=Config):", "def create_app():") \
        .replace("from_object(config_class)", "from_object(Config)")
    assert _keys({**CONFIGURED_APP, "shop/app.py": by_name}, MOVED) == \
        [("IMP401", "web/orders.js", 2, "error"), ("IMP403", "shop/orders.py", 6, "error")]


def test_a_config_loaded_otherwise_too_or_given_without_a_default_is_not_read():
    for changed in (CONFIGURED.replace("    app.config.from_object(config_class)\n",
                                       "    app.config.from_object(config_class)\n"
                                       '    app.config.from_envvar("SHOP_SETTINGS")\n'),
                    CONFIGURED.replace("    app.config.from_object(config_class)\n",
                                       "    app.config.from_object(config_class)\n"
                                       '    app.config["API_PREFIX"] = "/v3"\n'),
                    CONFIGURED.replace("def create_app(config_class=Config):",
                                       "def create_app(config_class):")):
        assert _keys({**CONFIGURED_APP, "shop/app.py": changed}, MOVED) == []


RESOURCES = """\
from flask import Flask
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app, prefix="/api")

tanning = reqparse.RequestParser()
tanning.add_argument("tanner", type=str, required=True, location="json")

tan_parser = tanning.copy()
tan_parser.add_argument("method", type=str, location="json")

listing = reqparse.RequestParser()
listing.add_argument("grade", type=str, location=["args", "json"])

batches = reqparse.RequestParser()
batches.add_argument("vat", type=int, location="args")


class Tan(Resource):
    def post(self, hide_id):
        args = tan_parser.parse_args()
        return {"id": hide_id, "tanner": args["tanner"]}


class Hides(Resource):
    def get(self):
        args = listing.parse_args()
        return [{"id": 1, "grade": args["grade"]}]


class Batches(Resource):
    def __init__(self):
        self.args = batches.parse_args()

    def get(self):
        return [{"id": 1, "vat": self.args["vat"]}]


api.add_resource(Tan, "/hides/<int:hide_id>/tan")
api.add_resource(Hides, "/hides")
api.add_resource(Batches, "/batches")
"""
CALLS = """\
export async function tan(id) {
  await fetch(`/api/hides/${id}/tan`, { method: 'POST', body: JSON.stringify({ tanner: 'x', method: 'v' }) });
}

export async function hides() {
  await fetch('/api/hides?grade=A');
}

export async function batches() {
  await fetch('/api/batches?vat=3');
}
"""
TANNERY = {"api.py": RESOURCES, "web/api.js": CALLS}


def _required(line: str, argument: str) -> dict:
    return {"api.py": RESOURCES.replace(line, line + argument)}


def test_a_parser_made_by_copy_requires_what_the_original_did_and_what_is_added_to_it():
    base_grows = _required('tanning.add_argument("tanner", type=str, required=True, location="json")\n',
                           'tanning.add_argument("workshop", required=True, location="json")\n')
    assert _keys(TANNERY, base_grows) == [("IMP405", "web/api.js", 2, "error")]
    copy_grows = _required('tan_parser.add_argument("method", type=str, location="json")\n',
                           'tan_parser.add_argument("days", required=True, location="json")\n')
    assert _keys(TANNERY, copy_grows) == [("IMP405", "web/api.js", 2, "error")]
    after_the_copy = {"api.py": RESOURCES.replace(
        'listing = reqparse.RequestParser()\n',
        'tanning.add_argument("later", required=True, location="json")\n'
        'listing = reqparse.RequestParser()\n')}
    assert _keys(TANNERY, after_the_copy) == []  # added to the original after it was copied


def test_a_location_list_is_the_query_the_body_or_either():
    either = _required('listing.add_argument("grade", type=str, location=["args", "json"])\n',
                       'listing.add_argument("tannery", required=True, location=["args", "json"])\n')
    assert _keys(TANNERY, either) == [("IMP405", "web/api.js", 6, "error")]
    in_query = {"web/api.js": CALLS.replace("'/api/hides?grade=A'", "'/api/hides?grade=A&tannery=n'")}
    assert _keys({**TANNERY, **in_query}, either) == []
    with_form = _required('listing.add_argument("grade", type=str, location=["args", "json"])\n',
                          'listing.add_argument("tannery", required=True, location=["args", "form"])\n')
    assert _keys(TANNERY, with_form) == []


def test_a_parser_run_in_the_resources_init_is_required_by_each_method():
    shift = _required('batches.add_argument("vat", type=int, location="args")\n',
                      'batches.add_argument("shift", required=True, location="args")\n')
    assert _keys(TANNERY, shift) == [("IMP405", "web/api.js", 10, "error")]
    once = ("class Batches(Resource):\n", "class Batches(Resource):\n    init_every_request = False\n\n")
    made_once = {"api.py": RESOURCES.replace(*once)}
    assert _keys({**TANNERY, **made_once}, {"api.py": shift["api.py"].replace(*once)}) == []


CONTROLLERS = """\
from blacksheep import json
from blacksheep.server.controllers import APIController, Controller, get, post


class Vines(Controller):
    @classmethod
    def route(cls) -> str:
        return "/api/vines"

    @get()
    async def list_vines(self):
        return json([{"id": 1, "grape": "Syrah"}])

    @post("/{vine_id}/harvest")
    async def harvest(self, vine_id: int):
        return json({"id": vine_id, "yieldKg": 3})


class Tastings(APIController):
    @get("/")
    async def list_tastings(self):
        return json([{"id": 1, "score": 91}])
"""
VINE_CALLS = """\
export async function vines() {
  const res = await fetch('/api/vines');
  return (await res.json()).map((v) => v.grape);
}

export async function harvest(id) {
  await fetch(`/api/vines/${id}/harvest`, { method: 'POST' });
}

export async function tastings() {
  const res = await fetch('/api/tastings');
  return (await res.json()).map((t) => t.score);
}
"""
VINEYARD = {"vineyard/controllers.py": CONTROLLERS, "web/api.js": VINE_CALLS}


def _controllers(old: str, new: str, files: dict | None = None) -> list:
    files = files or VINEYARD
    return _keys(files, {"vineyard/controllers.py": files["vineyard/controllers.py"].replace(old, new)})


def test_a_controllers_methods_serve_under_its_route():
    assert _controllers('return "/api/vines"', 'return "/api/grapevines"') == [
        ("IMP401", "web/api.js", 2, "error"), ("IMP401", "web/api.js", 7, "error"),
        ("IMP403", "vineyard/controllers.py", 10, "error"),
        ("IMP403", "vineyard/controllers.py", 14, "error")]
    assert _controllers('"grape": "Syrah"', '"variety": "Syrah"') == [
        ("IMP402", "web/api.js", 3, "error"), ("IMP404", "vineyard/controllers.py", 12, "error")]


def test_an_api_controller_serves_under_its_class_name_unless_its_route_says_otherwise():
    assert _controllers("class Tastings(APIController):", "class WineTastings(APIController):") == [
        ("IMP401", "web/api.js", 11, "error"), ("IMP403", "vineyard/controllers.py", 20, "error")]
    assert _controllers("class Tastings(APIController):\n",
                        'class WineTastings(APIController):\n    route = "/api/tastings"\n\n') == []


def test_a_controller_on_another_base_serves_under_its_own_route_only_and_one_unread_places_nothing():
    own_base = CONTROLLERS.replace("class Vines(Controller):", "class Vines(BaseController):")
    assert len(_controllers('return "/api/vines"', 'return "/api/grapevines"',
                            {**VINEYARD, "vineyard/controllers.py": own_base})) == 4  # as on Controller
    unsaid = own_base.replace('    @classmethod\n    def route(cls) -> str:\n        return "/api/vines"\n\n', "")
    assert _controllers('"grape": "Syrah"', '"variety": "Syrah"',
                        {**VINEYARD, "vineyard/controllers.py": unsaid}) == []
    computed = CONTROLLERS.replace('return "/api/vines"', 'return PREFIX + "/vines"')
    assert _controllers('"grape": "Syrah"', '"variety": "Syrah"',
                        {**VINEYARD, "vineyard/controllers.py": computed}) == []


def test_an_api_controllers_version_is_in_its_route_and_cut_from_its_name():
    versioned = CONTROLLERS.replace("class Tastings(APIController):\n",
                                    "class TastingsV2(APIController):\n    @classmethod\n"
                                    "    def version(cls) -> str:\n        return \"v2\"\n\n")
    calls = VINE_CALLS.replace("'/api/tastings'", "'/api/v2/tastings'")
    files = {"vineyard/controllers.py": versioned, "web/api.js": calls}
    assert _controllers('"score": 91', '"points": 91', files) == [
        ("IMP402", "web/api.js", 12, "error"), ("IMP404", "vineyard/controllers.py", 26, "error")]


def test_a_controller_methods_json_body_binder_is_what_a_request_must_send():
    bound = CONTROLLERS.replace("from blacksheep import json", "from blacksheep import FromJSON, json\n"
                                "from pydantic import BaseModel\n\n\nclass Picking(BaseModel):\n"
                                "    crew: str") \
        .replace("async def harvest(self, vine_id: int):",
                 "async def harvest(self, vine_id: int, picking: FromJSON[Picking]):")
    sent = "{ method: 'POST', body: JSON.stringify({ crew: 'a' }) }"
    calls = VINE_CALLS.replace("{ method: 'POST' }", sent)
    files = {"vineyard/controllers.py": bound, "web/api.js": calls}
    assert _controllers("    crew: str", "    crew: str\n    bins: int", files) == [
        ("IMP405", "web/api.js", 7, "error")]

