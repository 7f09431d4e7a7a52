"""The shapes the chandlery, forge and dovecote apps of tests/test_apps.py reach, with their
limits: a Fastify route's `schema.body` and Flask-Smorest's `@blp.arguments(Schema)` as what a
request must send; a body forwarded by a pinia store's action or a method of a client class
made once, given by the caller as an object literal."""

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
