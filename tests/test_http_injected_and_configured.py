"""The shapes the lighthouse, saddlery and almanac apps of tests/test_apps.py reach, with their
limits: a body an Angular service's method posts, given by a component holding the service
through its constructor; a client instance a class keeps in a field set in its constructor
(`this.http = axios.create({ baseURL })`); a Starlette `Route` to a function of another module
(the methods it answers, what it requires); a Vuex getter mapped at the root level
(`mapGetters(['ns/x'])`, read as `this['ns/x']`); a Vuex commit of a call awaited in place; a
Flask prefix from a config chosen by name in a dict of classes (`config_by_name[env]`), from an
inherited class attribute, and through a local name of the app factory; two routes removed
from one line."""

from __future__ import annotations

from conftest import selected_keys

ANGULAR_SERVICE = """\
import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class VisitService {
  constructor(private http: HttpClient) {}

  create(visit: { vessel: string }) {
    return this.http.post('/api/visits', visit);
  }

  tagged(visit: { vessel: string }) {
    return this.http.post('/api/visits', { ...visit, tag: 'web' });
  }
}
"""
ANGULAR_COMPONENT = """\
import { Component } from '@angular/core';
import { VisitService } from './visit.service';

@Component({ selector: 'app-form', template: '<button (click)="submit()">Go</button>' })
export class FormComponent {
  constructor(private visits: VisitService) {}

  submit(): void {
    this.visits.create({ vessel: 'Gull' }).subscribe();
  }

  tag(): void {
    this.visits.tagged({ vessel: 'Tern' }).subscribe();
  }
}
"""
FLASK_VISITS = """\
from flask import Flask, request

app = Flask(__name__)


@app.post("/api/visits")
def create_visit():
    data = request.get_json()
    nights = data.get("nights", 1)
    return {"vessel": data["vessel"], "nights": nights}
"""


def test_a_body_an_angular_services_method_posts_is_what_a_component_holding_the_service_gives():
    """`this.visits.create({...})` in a component given `VisitService` by its constructor: a call
    of `VisitService.create`, which posts its parameter; `tagged` adds to what it is given (a
    spread): not judged."""
    files = {"web/visit.service.ts": ANGULAR_SERVICE, "web/form.component.ts": ANGULAR_COMPONENT,
             "api/app.py": FLASK_VISITS}
    change = {"api/app.py": FLASK_VISITS.replace('data.get("nights", 1)', 'data["nights"]')}
    assert selected_keys(files, change, ("IMP405",)) == [("IMP405", "web/form.component.ts", 9, "error", "nights")]


CLASS_CLIENT = """\
import axios from 'axios';

class HarbourApi {
  constructor() {
    this.http = axios.create({ baseURL: '/api' });
  }

  async boats() {
    const { data } = await this.http.get('/boats');
    return data;
  }
}

class Swappable {
  http = axios.create({ baseURL: '/api' });

  swap(other) {
    this.http = other;
  }

  boats() {
    return this.http.get('/boats');
  }
}

export const api = new HarbourApi();
export const swappable = new Swappable();
"""
EXPRESS_BOATS = """\
import express from 'express';

const app = express();

app.get('/api/boats', (req, res) => res.json([{ id: 1, name: 'Tern' }]));

app.listen(3000);
"""


def test_a_client_a_class_keeps_in_a_field_set_in_its_constructor_sends_its_methods_requests():
    """`this.http = axios.create({ baseURL: '/api' })`: `this.http.get('/boats')` calls
    /api/boats; a field the class sets again elsewhere (`swap`, on a field declared with a client)
    may hold another client: not judged."""
    files = {"web/api.js": CLASS_CLIENT, "server/app.js": EXPRESS_BOATS}
    change = {"server/app.js": EXPRESS_BOATS.replace("'/api/boats'", "'/api/vessels'")}
    assert [key[:4] for key in selected_keys(files, change, ("IMP401",))] == \
        [("IMP401", "web/api.js", 9, "error")]


STARLETTE_HANDLERS = """\
from starlette.requests import Request
from starlette.responses import JSONResponse


async def list_birds(request: Request):
    return JSONResponse([{"id": 1, "ring": "A1"}])


async def ring_bird(request: Request):
    data = await request.json()
    loft = data.get("loft")
    return JSONResponse({"ring": data["ring"], "loft": loft}, status_code=201)
"""
STARLETTE_APP = """\
from starlette.applications import Starlette
from starlette.routing import Route

from birds.handlers import list_birds, ring_bird

app = Starlette(routes=[
    Route("/api/birds", list_birds),
    Route("/api/birds", ring_bird, methods=["POST"]),
])
"""
BIRD_CLIENT = """\
export const birds = () => fetch('/api/birds');
export const ring = () => fetch('/api/birds', { method: 'POST', body: JSON.stringify({ ring: 'A1' }) });
"""


def _starlette(path: str, old: str, new: str, select: tuple[str, ...]) -> list[tuple]:
    files = {"backend/birds/__init__.py": "", "backend/birds/handlers.py": STARLETTE_HANDLERS,
             "backend/birds/app.py": STARLETTE_APP, "web/birds.js": BIRD_CLIENT}
    assert old in files[path]
    return [key[:4] for key in selected_keys(files, {path: files[path].replace(old, new)}, select)]


def test_a_starlette_route_to_a_function_of_another_module_requires_what_the_function_reads():
    assert _starlette("backend/birds/handlers.py", 'data.get("loft")', 'data["loft"]', ("IMP405",)) == \
        [("IMP405", "web/birds.js", 2, "error")]


def test_a_starlette_route_to_a_function_of_another_module_answers_get_without_methods():
    """Starlette gives a function route GET (and HEAD) when it names no methods: the POST is
    answered 405 once `methods` is gone."""
    assert _starlette("backend/birds/app.py", ', ring_bird, methods=["POST"])', ", ring_bird)",
                      ("IMP401", "IMP403")) == \
        [("IMP403", "backend/birds/app.py", 8, "error"), ("IMP401", "web/birds.js", 2, "error")]


VUEX_STORE = """\
import axios from 'axios';
import { createStore } from 'vuex';

const birds = {
  namespaced: true,
  state: () => ({ list: [] }),
  getters: {
    fast: (state) => state.list.filter((bird) => bird.speed > 60),
  },
  mutations: {
    setList(state, list) {
      state.list = list;
    },
  },
  actions: {
    async load({ commit }) {
      const { data } = await axios.get('/api/birds');
      commit('setList', data);
    },
  },
};

export default createStore({ modules: { birds } });
"""
FAST_BIRDS = """\
<template>
  <p v-for="name in names" :key="name">{{ name }}</p>
</template>

<script>
import { mapGetters } from 'vuex';

export default {
  computed: {
    ...mapGetters(['birds/fast']),
    names() {
      return this['birds/fast'].map((bird) => bird.name);
    },
    other() {
      const key = 'birds/fast';
      return this[key].map((bird) => bird.name);
    },
  },
};
</script>
"""
FLASK_BIRDS = """\
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/api/birds")
def birds():
    return jsonify([{"name": "Ace", "speed": 70}])
"""


def test_a_namespaced_getter_mapped_at_the_root_level_is_read_as_this_of_its_full_name():
    """`...mapGetters(['birds/fast'])` maps the computed property `'birds/fast'`, read as
    `this['birds/fast']`; `this[key]` with a name not written there: not followed."""
    files = {"web/src/store/index.js": VUEX_STORE, "web/src/components/FastBirds.vue": FAST_BIRDS,
             "api/app.py": FLASK_BIRDS}
    change = {"api/app.py": FLASK_BIRDS.replace('{"name": "Ace"', '{"title": "Ace"')}
    assert [key[:4] for key in selected_keys(files, change, ("IMP402",))] == \
        [("IMP402", "web/src/components/FastBirds.vue", 12, "error")]


VUEX_ROOT_STORE = """\
import axios from 'axios';
import { createStore } from 'vuex';

export default createStore({
  state: { birds: [], lofts: [] },
  mutations: {
    setBirds(state, birds) {
      state.birds = birds;
    },
    setLofts(state, lofts) {
      state.lofts = lofts;
    },
  },
  actions: {
    async load({ commit }) {
      commit('setBirds', (await axios.get('/api/birds')).data);
    },
    async loadLofts({ commit }) {
      commit('setLofts', await axios.get('/api/birds'));
    },
  },
});
"""
BIRD_LIST = """\
<template>
  <p v-for="bird in birds" :key="bird.speed">{{ bird.name }}</p>
  <p v-for="loft in lofts" :key="loft.speed">{{ loft.name }}</p>
</template>

<script>
import { mapState } from 'vuex';

export default {
  computed: {
    ...mapState(['birds', 'lofts']),
  },
};
</script>
"""


def test_a_vuex_commit_of_a_call_awaited_in_place_keeps_its_value():
    """`commit('setBirds', (await axios.get(u)).data)`: the body; `await axios.get(u)` without
    `.data` keeps axios's response, whose items are not the body's."""
    files = {"web/src/store/index.js": VUEX_ROOT_STORE, "web/src/components/BirdList.vue": BIRD_LIST,
             "api/app.py": FLASK_BIRDS}
    change = {"api/app.py": FLASK_BIRDS.replace('{"name": "Ace"', '{"title": "Ace"')}
    assert [key[:4] for key in selected_keys(files, change, ("IMP402",))] == \
        [("IMP402", "web/src/components/BirdList.vue", 2, "error")]


FLASK_CONFIG = """\
class Config:
    API_PREFIX = "/api"


class DevelopmentConfig(Config):
    DEBUG = True


class ProductionConfig(Config):
    DEBUG = False


config_by_name = {"development": DevelopmentConfig, "production": ProductionConfig}
"""
FLASK_FACTORY = """\
from flask import Blueprint, Flask

from tides.config import config_by_name

bp = Blueprint("tides", __name__)


@bp.get("/tides")
def tides():
    return {"high": "06:12"}


def create_app(config_name="development"):
    app = Flask(__name__)
    app.config.from_object(config_by_name[config_name])
    app.register_blueprint(bp, url_prefix=app.config["API_PREFIX"])
    return app
"""
TIDE_CLIENT = "export const tides = () => fetch('/api/tides');\n"


def _flask_config(factory: str, path: str, old: str, new: str, config: str = FLASK_CONFIG) -> list[tuple]:
    files = {"backend/tides/__init__.py": "", "backend/tides/config.py": config,
             "backend/tides/app.py": factory, "web/tides.js": TIDE_CLIENT}
    assert old in files[path]
    return [key[:4] for key in selected_keys(files, {path: files[path].replace(old, new)}, ("IMP401",))]


def test_a_flask_prefix_from_a_config_chosen_by_name_is_what_every_config_of_the_dict_says():
    """`from_object(config_by_name[config_name])`: `API_PREFIX` as every class of the dict has it
    (inherited from `Config` here); one config saying another, or something else than a string:
    which one runs is not known."""
    assert _flask_config(FLASK_FACTORY, "backend/tides/config.py", 'API_PREFIX = "/api"',
                         'API_PREFIX = "/api/v2"') == [("IMP401", "web/tides.js", 1, "error")]
    assert _flask_config(FLASK_FACTORY, "backend/tides/config.py", "    DEBUG = False\n",
                         '    DEBUG = False\n    API_PREFIX = "/prod-api"\n') == []
    from_env = "import os\n\n\n" + FLASK_CONFIG.replace(
        "    DEBUG = False\n", '    DEBUG = False\n    API_PREFIX = os.environ.get("API_PREFIX", "/api")\n')
    assert _flask_config(FLASK_FACTORY, "backend/tides/config.py", 'API_PREFIX = "/api"\n',
                         'API_PREFIX = "/api/v2"\n', from_env) == []  # hidden by what the class says


def test_a_flask_prefix_from_an_inherited_config_attribute_through_a_local_name():
    """`from_object(DevelopmentConfig)`, whose `API_PREFIX` is `Config`'s, read into `prefix`
    and written in an f-string; a name the factory binds twice: not known."""
    factory = FLASK_FACTORY.replace("config_by_name[config_name]", "DevelopmentConfig").replace(
        "import config_by_name", "import DevelopmentConfig").replace(
        'url_prefix=app.config["API_PREFIX"]', 'url_prefix=f"{prefix}"').replace(
        "    app.register_blueprint", '    prefix = app.config["API_PREFIX"]\n    app.register_blueprint')
    assert _flask_config(factory, "backend/tides/config.py", 'API_PREFIX = "/api"', 'API_PREFIX = "/api/v2"') == \
        [("IMP401", "web/tides.js", 1, "error")]
    twice = factory.replace('    prefix = app.config["API_PREFIX"]\n',
                            '    prefix = app.config["API_PREFIX"]\n    if app.debug:\n        prefix = "/debug"\n')
    assert _flask_config(twice, "backend/tides/config.py", 'API_PREFIX = "/api"', 'API_PREFIX = "/api/v2"') == []


ONE_LINE_TABLE = """\
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route


async def lofts(request):
    return JSONResponse([])


async def baskets(request):
    return JSONResponse([])


app = Starlette(routes=[Mount("/api", routes=[Route("/lofts", lofts), Route("/baskets", baskets)])])
"""
ONE_LINE_CLIENT = """\
export const lofts = () => fetch('/api/lofts');
export const baskets = () => fetch('/api/baskets');
"""


def test_two_routes_removed_from_one_line_are_two_removals():
    files = {"backend/app.py": ONE_LINE_TABLE, "web/api.js": ONE_LINE_CLIENT}
    change = {"backend/app.py": ONE_LINE_TABLE.replace('Mount("/api"', 'Mount("/api/v2"')}
    assert [key[:4] for key in selected_keys(files, change, ("IMP403",))] == \
        [("IMP403", "backend/app.py", 14, "error"), ("IMP403", "backend/app.py", 14, "error")]
