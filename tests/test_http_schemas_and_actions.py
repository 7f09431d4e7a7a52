"""The shapes the chandlery, forge and dovecote apps of tests/test_apps.py reach, with their
limits: a Fastify route's `schema.body` and Flask-Smorest's `@blp.arguments(Schema)` as what a
request must send; a body forwarded by a pinia store's action or a method of a client class
made once, given by the caller as an object literal, and what such a method returns; Starlette's
`add_route` and endpoint classes of another module (their bases' methods too); a Vuex module's
getter reading the root state's items (`rootState`)."""

from __future__ import annotations

from conftest import selected_keys

SCHEMAS = """\
import { Type } from '@sinclair/typebox';

export const NewJob = Type.Object({
  part: Type.String(),
  quantity: Type.Optional(Type.Integer()),
});
"""
FASTIFY = """\
import Fastify from 'fastify';
import { NewJob } from './schemas.js';

const app = Fastify();

app.post('/api/jobs', { schema: { body: NewJob } }, async (request) => {
  return { id: 1, part: request.body.part };
});

app.post('/api/alloys', {
  schema: { body: { type: 'object', required: ['metal'], properties: { metal: { type: 'string' }, grams: { type: 'number' } } } },
}, async (request) => ({ id: 2 }));

app.listen({ port: 3000 });
"""
CLIENT = """\
export function orderJob() {
  return fetch('/api/jobs', { method: 'POST', body: JSON.stringify({ part: 'gear' }) });
}

export function castAlloy() {
  return fetch('/api/alloys', { method: 'POST', body: JSON.stringify({ metal: 'tin' }) });
}
"""


def _fastify(path: str, old: str, new: str) -> list[tuple]:
    files = {"server/schemas.ts": SCHEMAS, "server/app.ts": FASTIFY, "web/client.ts": CLIENT}
    assert old in files[path]
    return selected_keys(files, {path: files[path].replace(old, new)}, ("IMP405",))


def test_a_fastify_routes_body_schema_named_in_another_module_is_what_a_request_must_send():
    assert _fastify("server/schemas.ts", "quantity: Type.Optional(Type.Integer()),",
                    "quantity: Type.Integer(),") == [("IMP405", "web/client.ts", 2, "error", "quantity")]


def test_a_fastify_routes_body_schema_written_in_place_is_what_a_request_must_send():
    assert _fastify("server/app.ts", "required: ['metal']", "required: ['metal', 'grams']") == \
        [("IMP405", "web/client.ts", 6, "error", "grams")]


def test_a_fastify_body_schema_made_optional_or_open_asks_nothing_more():
    assert _fastify("server/schemas.ts", "  part: Type.String(),\n",
                    "  part: Type.String(),\n  finish: Type.Optional(Type.String()),\n") == []
    assert _fastify("server/app.ts", "required: ['metal'], ", "required: ['metal', 'grams'], additionalProperties: true, ") == []


SMOREST_SCHEMAS = """\
from marshmallow import Schema, fields


class RopeSchema(Schema):
    id = fields.Int(dump_only=True)
    fibre = fields.Str(required=True)
    length_m = fields.Float(data_key="lengthM", load_default=10.0)


class SpliceSchema(Schema):
    kind = fields.Str(required=True)
    note = fields.Str()
"""
SMOREST_VIEWS = """\
from flask.views import MethodView
from flask_smorest import Blueprint

from chandlery.schemas import RopeSchema, SpliceSchema

blp = Blueprint("ropes", __name__, url_prefix="/api/ropes")


@blp.route("/")
class Ropes(MethodView):
    @blp.arguments(RopeSchema)
    @blp.response(201, RopeSchema)
    def post(self, new_rope):
        return {"id": 1, **new_rope}


@blp.route("/<int:rope_id>/splices", methods=["POST"])
@blp.arguments(SpliceSchema)
@blp.response(201, SpliceSchema)
def splice(splice, rope_id):
    return splice
"""
SMOREST_APP = """\
from flask import Flask
from flask_smorest import Api

from chandlery.ropes import blp

app = Flask(__name__)
api = Api(app)
api.register_blueprint(blp)
"""
SMOREST_CLIENT = """\
export const addRope = () =>
  fetch('/api/ropes/', { method: 'POST', body: JSON.stringify({ fibre: 'hemp' }) });

export const addSplice = (id) =>
  fetch(`/api/ropes/${id}/splices`, { method: 'POST', body: JSON.stringify({ kind: 'eye' }) });
"""


def _smorest(old: str, new: str, path: str = "chandlery/schemas.py") -> list[tuple]:
    files = {"chandlery/__init__.py": "", "chandlery/schemas.py": SMOREST_SCHEMAS, "chandlery/app.py": SMOREST_APP,
             "chandlery/ropes.py": SMOREST_VIEWS, "web/client.js": SMOREST_CLIENT}
    assert old in files[path]
    return selected_keys(files, {path: files[path].replace(old, new)}, ("IMP405",))


def test_a_field_flask_smorest_loads_with_the_schema_of_blp_arguments_is_required_when_it_says():
    assert _smorest('data_key="lengthM", load_default=10.0', 'data_key="lengthM", required=True') == \
        [("IMP405", "web/client.js", 2, "error", "lengthM")]
    assert _smorest("    note = fields.Str()", "    note = fields.Str(required=True)") == \
        [("IMP405", "web/client.js", 5, "error", "note")]


def test_a_partial_or_pre_loaded_schema_or_a_dump_only_field_asks_nothing_more():
    assert _smorest("    note = fields.Str()", "    note = fields.Str(required=True, dump_only=True)") == []
    assert _smorest("@blp.arguments(SpliceSchema)\n", "@blp.arguments(SpliceSchema(partial=True))\n",
                    "chandlery/ropes.py") == []
    optional = SMOREST_VIEWS.replace("@blp.arguments(SpliceSchema)\n", "@blp.arguments(SpliceSchema, required=False)\n")
    files = {"chandlery/__init__.py": "", "chandlery/schemas.py": SMOREST_SCHEMAS, "chandlery/app.py": SMOREST_APP,
             "chandlery/ropes.py": optional, "web/client.js": SMOREST_CLIENT}
    change = {"chandlery/schemas.py": SMOREST_SCHEMAS.replace("    note = fields.Str()", "    note = fields.Str(required=True)")}
    assert selected_keys(files, change, ("IMP405",)) == []
    pre_load = "    note = fields.Str(required=True)\n\n    @pre_load\n    def fill(self, data, **kwargs):\n" \
               "        return {\"note\": \"\", **data}\n"
    assert _smorest("    note = fields.Str()\n", pre_load) == []


SETUP_STORE = """\
import { defineStore } from 'pinia';
import { ref } from 'vue';
import axios from 'axios';

export const useRopeStore = defineStore('ropes', () => {
  const ropes = ref([]);

  async function add(rope) {
    const { data } = await axios.post('/api/ropes/', rope);
    ropes.value.push(data);
    return data;
  }

  return { ropes, add };
});
"""
OPTIONS_STORE = """\
import { defineStore } from 'pinia';
import axios from 'axios';

export const useSpliceStore = defineStore('splices', {
  state: () => ({ splices: [] }),
  actions: {
    async save(ropeId, splice) {
      const { data } = await axios.post(`/api/ropes/${ropeId}/splices`, splice);
      this.splices.push(data);
    },
  },
});
"""
FORM = """\
import { useRopeStore } from './ropes';
import { useSpliceStore } from './splices';

export function submit(fibre, kind) {
  const ropes = useRopeStore();
  const splices = useSpliceStore();
  ropes.add({ fibre });
  return splices.save(1, { kind });
}
"""


def _stores(old: str, new: str, path: str = "chandlery/schemas.py", form: str = FORM) -> list[tuple]:
    files = {"chandlery/__init__.py": "", "chandlery/schemas.py": SMOREST_SCHEMAS, "chandlery/app.py": SMOREST_APP,
             "chandlery/ropes.py": SMOREST_VIEWS, "web/ropes.js": SETUP_STORE, "web/splices.js": OPTIONS_STORE,
             "web/form.js": form}
    assert old in files[path]
    return selected_keys(files, {path: files[path].replace(old, new)}, ("IMP405",))


def test_a_body_a_pinia_stores_action_forwards_is_what_the_caller_of_the_action_gives():
    assert _stores('data_key="lengthM", load_default=10.0', 'data_key="lengthM", required=True') == \
        [("IMP405", "web/form.js", 7, "error", "lengthM")]
    assert _stores("    note = fields.Str()", "    note = fields.Str(required=True)") == \
        [("IMP405", "web/form.js", 8, "error", "note")]


def test_an_action_of_a_name_bound_to_two_stores_or_given_a_spread_is_not_judged():
    twice = FORM + "\nexport function other() {\n  const splices = useRopeStore();\n  return splices;\n}\n"
    assert _stores("    note = fields.Str()", "    note = fields.Str(required=True)", form=twice) == []
    spread = FORM.replace("{ kind }", "{ kind, ...extra }")
    assert _stores("    note = fields.Str()", "    note = fields.Str(required=True)", form=spread) == []


CLIENT_CLASS = """\
import axios from 'axios';

const http = axios.create({ baseURL: '/api' });

export class RopeClient {
  constructor() {
    this.sent = 0;
  }

  addSplice(ropeId, splice) {
    return http.post(`/ropes/${ropeId}/splices`, splice);
  }

  addRope(rope) {
    return http.post('/ropes/', { ...rope, at: Date.now() });
  }
}

export const ropeClient = new RopeClient();
"""
CLASS_CALLER = """\
import { ropeClient } from './client';

export const splice = (kind) => ropeClient.addSplice(3, { kind });
export const rope = (fibre) => ropeClient.addRope({ fibre });
"""


def test_a_body_a_method_of_a_client_class_made_once_forwards_is_what_its_caller_gives():
    files = {"chandlery/__init__.py": "", "chandlery/schemas.py": SMOREST_SCHEMAS, "chandlery/app.py": SMOREST_APP,
             "chandlery/ropes.py": SMOREST_VIEWS, "web/client.js": CLIENT_CLASS, "web/caller.js": CLASS_CALLER}
    for old, new, expected in [
            ("    note = fields.Str()", "    note = fields.Str(required=True)",
             [("IMP405", "web/caller.js", 3, "error", "note")]),
            # the method adds to what it is given: not judged
            ('data_key="lengthM", load_default=10.0', 'data_key="lengthM", required=True', [])]:
        change = {"chandlery/schemas.py": SMOREST_SCHEMAS.replace(old, new)}
        assert selected_keys(files, change, ("IMP405",)) == expected


FIELDS_SERVER = """\
from flask import Flask, jsonify

app = Flask(__name__)


@app.post("/api/ropes/<int:rope_id>/splices")
def splice(rope_id):
    return jsonify({"id": 1, "kind": "eye", "strength": 0.9})
"""
TYPED_CLIENT = """\
import axios from 'axios';

const http = axios.create({ baseURL: '/api' });

class RopeClient {
  async addSplice(ropeId: number, splices: { kind: string }) {
    const { data } = await http.post(`/ropes/${ropeId}/splices`, splices);
    return data;
  }
}

export const ropes = new RopeClient();
"""
TYPED_CALLER = """\
import { ropes } from './client';

export async function strength(kind: string) {
  const made = await ropes.addSplice(3, { kind });
  return made.strength;
}
"""


def test_what_a_method_of_a_client_class_made_once_returns_is_what_its_callers_read():
    files = {"app.py": FIELDS_SERVER, "web/client.ts": TYPED_CLIENT, "web/caller.ts": TYPED_CALLER}
    change = {"app.py": FIELDS_SERVER.replace('"strength": 0.9', '"breakingLoad": 0.9')}
    assert selected_keys(files, change, ("IMP402", "IMP404")) == [
        ("IMP404", "app.py", 8, "error", "strength"), ("IMP402", "web/caller.ts", 5, "error", "strength")]


def test_a_forwarded_parameter_whose_name_is_also_a_word_of_the_url_is_still_forwarded():
    server = FIELDS_SERVER.replace("def splice(rope_id):\n",
                                   "def splice(rope_id):\n    kind = request.json[\"kind\"]\n") \
        .replace("from flask import Flask, jsonify", "from flask import Flask, jsonify, request")
    files = {"app.py": server, "web/client.ts": TYPED_CLIENT, "web/caller.ts": TYPED_CALLER.replace("{ kind }", "{ kind, note: '' }")}
    required = server.replace('    kind = request.json["kind"]\n', '    kind = request.json["kind"]\n    note = request.json["splices"]\n')
    assert selected_keys(files, {"app.py": required}, ("IMP405",)) == [("IMP405", "web/caller.ts", 4, "error", "splices")]


LOFT_APP = """\
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from dovecote.birds import BirdDetail, BirdList


async def enter(request):
    data = await request.json()
    return JSONResponse({"ring": data["ring"]}, status_code=201)


app = Starlette(routes=[Mount("/api", routes=[Route("/birds", BirdList), Route("/birds/{bird_id:int}", BirdDetail)])])
app.add_route("/api/entries", enter, methods=["POST"])
"""
LOFT_BIRDS = """\
from starlette.endpoints import HTTPEndpoint
from starlette.responses import JSONResponse


class BirdEndpoint(HTTPEndpoint):
    async def get(self, request):
        return JSONResponse({"id": 1, "ring": "NL-1"})


class BirdDetail(BirdEndpoint):
    async def delete(self, request):
        return JSONResponse({"deleted": True})


class BirdList(HTTPEndpoint):
    async def get(self, request):
        return JSONResponse([{"id": 1, "ring": "NL-1", "loft": "North"}])
"""
LOFT_CLIENT = """\
export const enter = (ring) =>
  fetch('/api/entries', { method: 'POST', body: JSON.stringify({ ring }) });
export const retire = (id) => fetch(`/api/birds/${id}`, { method: 'DELETE' });
export const bird = (id) => fetch(`/api/birds/${id}`);
export async function lofts() {
  const birds = await (await fetch('/api/birds')).json();
  return birds.map((b) => b.loft);
}
"""


def _lofts(path: str, old: str, new: str) -> list[tuple]:
    files = {"dovecote/__init__.py": "", "dovecote/app.py": LOFT_APP, "dovecote/birds.py": LOFT_BIRDS,
             "web/client.js": LOFT_CLIENT}
    assert old in files[path]
    return selected_keys(files, {path: files[path].replace(old, new)}, ("IMP4",))


def test_a_route_starlettes_add_route_adds_is_served_and_its_handler_read():
    assert _lofts("dovecote/app.py", '"/api/entries"', '"/api/entrants"') == [
        ("IMP403", "dovecote/app.py", 14, "error", "POST /api/entries"),
        ("IMP401", "web/client.js", 2, "error", "POST /api/entries")]
    assert _lofts("dovecote/app.py", '    return JSONResponse({"ring"', '    data["basket"]\n    return JSONResponse({"ring"') \
        == [("IMP405", "web/client.js", 2, "error", "basket")]


def test_an_endpoint_class_of_another_module_answers_its_methods_and_its_bases_and_sends_what_they_return():
    assert _lofts("dovecote/birds.py", "class BirdDetail(BirdEndpoint):\n    async def delete(",
                  "class BirdDetail(BirdEndpoint):\n    async def post(") == [
        ("IMP403", "dovecote/app.py", 13, "error", "DELETE /api/birds/{bird_id:int}"),
        ("IMP401", "web/client.js", 3, "error", "DELETE /api/birds/{param}")]
    assert _lofts("dovecote/birds.py", ', "loft": "North"', "") == [
        ("IMP404", "dovecote/birds.py", 17, "error", "loft"), ("IMP402", "web/client.js", 7, "error", "loft")]
    # the GET it inherits is still served
    assert _lofts("dovecote/birds.py", "        return JSONResponse({\"deleted\": True})\n",
                  "        return JSONResponse({\"deleted\": True})\n\n    async def put(self, request):\n"
                  "        return JSONResponse({})\n") == []


LOFT_STORE = """\
import axios from 'axios';
import { createStore } from 'vuex';

import lofts from './lofts';

export default createStore({
  state: { birds: [] },
  mutations: {
    setBirds(state, birds) {
      state.birds = birds;
    },
  },
  actions: {
    async load({ commit }) {
      const { data } = await axios.get('/api/birds');
      commit('setBirds', data);
    },
  },
  modules: { lofts },
});
"""
LOFTS_MODULE = """\
export default {
  namespaced: true,
  state: () => ({ names: ['North'] }),
  getters: {
    occupancy: (state, getters, rootState) =>
      state.names.map((name) => rootState.birds.filter((bird) => bird.loft === name).length),
  },
};
"""


def test_a_modules_getter_reads_the_items_of_the_root_state_through_root_state():
    files = {"dovecote/__init__.py": "", "dovecote/app.py": LOFT_APP, "dovecote/birds.py": LOFT_BIRDS,
             "web/store/index.js": LOFT_STORE, "web/store/lofts.js": LOFTS_MODULE}
    change = {"dovecote/birds.py": LOFT_BIRDS.replace(', "loft": "North"', "")}
    assert selected_keys(files, change, ("IMP4",)) == [
        ("IMP404", "dovecote/birds.py", 17, "error", "loft"), ("IMP402", "web/store/lofts.js", 6, "error", "loft")]
    # a module's getter reading the root state under another name: not the birds
    other = LOFTS_MODULE.replace("rootState.birds.filter", "rootState.rings.filter")
    assert selected_keys({**files, "web/store/lofts.js": other}, change, ("IMP4",)) == []
