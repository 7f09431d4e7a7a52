"""The shapes the rookery and outfitter apps of tests/test_apps.py reach, with their limits:
Hono's typed client `hc<AppType>` whose members a module keeps in constants (`const guides =
client.api.guides`, at the top of a module importing `client` or inside a function); a body a
function hands on as the `json` option (`$post({ json: trip })`); a CherryPy tree mounted
through a method or a function that passes on what it is given; `@cherrypy.popargs`; a
default-dispatched method's parameters given in the query string; a base URL built on another
constant with `+` (`base + '/api'`). In memory (conftest.selected_keys); `impact routes` through
the real CLI."""

from __future__ import annotations

import json

from conftest import run_impact, selected_keys

HONO_SERVER = """\
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';

const NewTrip = z.object({ peak: z.string(), climbers: z.number().optional() });

const guides = new Hono()
  .get('/', (c) => c.json([{ id: 1, name: 'Ines' }]))
  .get('/:id', (c) => c.json({ id: 1, name: 'Ines' }));

const trips = new Hono()
  .post('/', zValidator('json', NewTrip), (c) => c.json({ id: 1 }, 201))
  .post('/:id/cancel', (c) => c.json({ id: 1 }));

export const app = new Hono().basePath('/api').route('/guides', guides).route('/trips', trips);
export type AppType = typeof app;
"""
HONO_CLIENT = """\
import { hc } from 'hono/client';
import type { AppType } from '../server/app';

export const client = hc<AppType>('/');
"""
HONO_USES = """\
import { client } from './client';

const guides = client.api.guides;

export const listGuides = () => guides.$get();

export const guide = (id: string) => guides[':id'].$get({ param: { id } });

export async function cancelTrip(id: string) {
  const trip = client.api.trips[':id'];
  return trip.cancel.$post({ param: { id } });
}

export function later(guides: { $get(): unknown }) {
  return guides.$get();
}

export function rebound(other: typeof client.api.trips) {
  let trips = client.api.trips;
  trips = other;
  return trips.$post({ json: { peak: 'Weisshorn' } });
}
"""
HONO = {"server/app.ts": HONO_SERVER, "web/client.ts": HONO_CLIENT, "web/uses.ts": HONO_USES}


def _hono(old: str, new: str, select: tuple[str, ...] = ("IMP401",), files: dict = HONO) -> list[tuple]:
    assert old in files["server/app.ts"]
    change = {"server/app.ts": files["server/app.ts"].replace(old, new)}
    return [key[:4] for key in selected_keys(files, change, select)]


def test_a_hono_client_member_kept_in_a_constant_sends_under_that_member():
    """`guides.$get()` and `guides[':id'].$get()` of `const guides = client.api.guides` (the
    client imported), `trip.cancel.$post()` of a constant inside the function."""
    assert _hono(".route('/guides', guides)", ".route('/mountain-guides', guides)") == \
        [("IMP401", "web/uses.ts", 5, "error"), ("IMP401", "web/uses.ts", 7, "error")]
    assert _hono(".post('/:id/cancel',", ".post('/:id/abort',") == [("IMP401", "web/uses.ts", 11, "error")]


def test_a_name_that_is_no_constant_of_a_client_member_is_not_read_as_one():
    """A parameter (`later(guides)`) or a `let` bound again (`rebound`) may hold anything: the
    POST of `/trips` it might send is not judged."""
    assert _hono(".post('/', zValidator('json', NewTrip),", ".put('/', zValidator('json', NewTrip),") == []


def test_a_body_handed_on_as_the_json_option_is_what_the_caller_gives():
    """`bookTrip(trip)` sends `{ json: trip }`: the caller's object literal is the body (IMP405
    when the schema now requires a field it lacks); a caller giving a name is not judged."""
    book = """\
import { client } from './client';

export const bookTrip = (trip: { peak: string; climbers?: number }) => client.api.trips.$post({ json: trip });
"""
    board = """\
import { bookTrip } from './book';

export const bookOne = () => bookTrip({ peak: 'Dent Blanche' });

export const bookThis = (trip: { peak: string }) => bookTrip(trip);
"""
    files = {**HONO, "web/book.ts": book, "web/board.ts": board}
    assert _hono("climbers: z.number().optional()", "climbers: z.number()", ("IMP405",), files) == \
        [("IMP405", "web/board.ts", 3, "error")]


CHERRY_APP = """\
import cherrypy

CONFIG = {"/": {"tools.encode.on": True}}


class Birds:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def search(self, species, site=None):
        return [{"species": species, "count": 3}]


class Api:
    def __init__(self):
        self.birds = Birds()


class Server:
    def mount_app(self, app, mount_point):
        cherrypy.tree.mount(app, mount_point, CONFIG)

    def run(self):
        self.mount_app(Api(), "/api")
        cherrypy.engine.start()
"""
CHERRY_CLIENT = """\
export const colony = (species) => fetch(`/api/birds/search?species=${species}`);
export const site = (species, where) => fetch(`/api/birds/search/${species}/${where}`);
"""


def _cherry(app: str, old: str, new: str, select: tuple[str, ...] = ("IMP401",)) -> list[tuple]:
    assert old in app
    files = {"backend/app.py": app, "web/api.js": CHERRY_CLIENT}
    return [key[:4] for key in selected_keys(files, {"backend/app.py": app.replace(old, new)}, select)]


def test_a_cherrypy_tree_mounted_through_a_method_passing_on_its_arguments():
    """`self.mount_app(Api(), "/api")`: the method's `cherrypy.tree.mount(app, mount_point,
    CONFIG)` with what it is given (CONFIG, a module-level dict, read from inside the method)."""
    assert _cherry(CHERRY_APP, 'self.mount_app(Api(), "/api")', 'self.mount_app(Api(), "/api/v2")') == \
        [("IMP401", "web/api.js", 1, "error"), ("IMP401", "web/api.js", 2, "error")]


def test_a_cherrypy_tree_mounted_through_a_module_function_with_the_config_it_is_given():
    """`mount(Api(), "/api", CONFIG)` of `def mount(root, at, config)`: the config given decides
    the dispatcher (a MethodDispatcher's tree serves no method by name)."""
    app = CHERRY_APP.replace('''class Server:
    def mount_app(self, app, mount_point):
        cherrypy.tree.mount(app, mount_point, CONFIG)

    def run(self):
        self.mount_app(Api(), "/api")
        cherrypy.engine.start()
''', '''def mount(root, at, config):
    cherrypy.tree.mount(root, at, config)


mount(Api(), "/api", CONFIG)
''')
    assert _cherry(app, 'mount(Api(), "/api", CONFIG)', 'mount(Api(), "/api/v2", CONFIG)') == \
        [("IMP401", "web/api.js", 1, "error"), ("IMP401", "web/api.js", 2, "error")]
    dispatched = app.replace('CONFIG = {"/": {"tools.encode.on": True}}',
                             'CONFIG = {"/": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}}')
    assert _cherry(dispatched, "def search(self", "def find(self") == []


def test_a_cherrypy_mount_whose_arguments_are_not_all_given_is_not_read():
    """A wrapper called without the mount point it passes on (its default unknown here), or a
    wrapper nothing calls: nothing is read as served, so nothing is judged."""
    app = CHERRY_APP.replace("def mount_app(self, app, mount_point):", "def mount_app(self, app, mount_point=None):")
    app = app.replace('self.mount_app(Api(), "/api")', "self.mount_app(Api())")
    assert _cherry(app, "def search(self", "def find(self") == []


def test_a_default_dispatched_methods_parameters_may_come_in_the_query_string():
    """`search(self, species, site=None)` answers /api/birds/search with `species` in the query
    string (and /api/birds/search/<species>/<site>); a parameter made required then asks the
    query string for it (IMP405), with no IMP202 warning at the exposed method CherryPy calls."""
    assert _cherry(CHERRY_APP, "def search(self,", "def find(self,") == \
        [("IMP401", "web/api.js", 1, "error"), ("IMP401", "web/api.js", 2, "error")]
    assert _cherry(CHERRY_APP, "def search(self, species, site=None)", "def search(self, species, site)",
                   ("IMP405", "IMP202")) == [("IMP405", "web/api.js", 1, "error")]


def test_cherrypy_popargs_serves_the_objects_methods_below_the_popped_segments(repo_factory):
    """`@cherrypy.popargs("ring_id")`: `/rings/<ring_id>/recoveries` beside
    `/rings/recoveries/<ring_id>`; a method that takes no `ring_id` is not served below it."""
    app = CHERRY_APP.replace("class Api:", '''@cherrypy.popargs("ring_id")
class Rings:
    @cherrypy.expose
    def recoveries(self, ring_id):
        return "none"

    @cherrypy.expose
    def fit(self):
        return "fitted"


class Api:''').replace("self.birds = Birds()", "self.birds = Birds()\n        self.rings = Rings()")
    result = run_impact(repo_factory([{"backend/app.py": app}]), "routes", "--format", "json")
    paths = [r["path"] for r in json.loads(result.stdout)["routes"] if "Rings." in r["handler"]]
    assert sorted(paths) == ["/api/rings/<ring_id>/recoveries", "/api/rings/fit", "/api/rings/recoveries",
                             "/api/rings/recoveries/<ring_id>"]


def test_a_base_url_built_on_another_constant_with_a_plus():
    """`const base = import.meta.env.VITE_URL || 'http://localhost:8080'; export const API = base +
    '/api'`: the requests on `${API}/...` are this app's, under /api."""
    config = "const base = import.meta.env.VITE_URL || 'http://localhost:8080';\n\nexport const API = base + '/api';\n"
    client = "import { API } from './config';\n\n" \
             "export const colony = (species) => fetch(`${API}/birds/search?species=${species}`);\n"
    files = {"backend/app.py": CHERRY_APP, "web/config.js": config, "web/api.js": client}
    change = {"backend/app.py": CHERRY_APP.replace("def search(self,", "def find(self,")}
    assert [k[:4] for k in selected_keys(files, change, ("IMP401",))] == [("IMP401", "web/api.js", 3, "error")]


def test_a_method_renamed_with_its_callers_is_silent_whichever_of_its_paths_they_called():
    """The paths of one route are judged together: `search` renamed `find` with the request of
    its `/search/<species>/<site>` form, its `/search?species=` form, which nothing called, is no
    removal of its own."""
    client = CHERRY_CLIENT.splitlines(keepends=True)[1]
    files = {"backend/app.py": CHERRY_APP, "web/api.js": client}
    change = {"backend/app.py": CHERRY_APP.replace("def search(self,", "def find(self,"),
              "web/api.js": client.replace("/birds/search", "/birds/find")}
    assert selected_keys(files, change, ("IMP4",)) == []


def test_no_signature_warning_at_an_exposed_method_of_a_package_module():
    """`Birds.search` of a package's module, served by the default dispatcher: CherryPy calls it
    with the request's parameters, so its callers are judged by IMP405, not by IMP202."""
    birds, _rest = CHERRY_APP.split("\n\nclass Api:")
    server = "import cherrypy\n\nfrom rookery.birds import Birds\n\nCONFIG = {}\n\n\nclass Api:" + _rest
    files = {"backend/rookery/__init__.py": "", "backend/rookery/birds.py": birds + "\n",
             "backend/rookery/server.py": server, "web/api.js": CHERRY_CLIENT}
    change = {"backend/rookery/birds.py": birds.replace("site=None", "site") + "\n"}
    assert [k[:4] for k in selected_keys(files, change, ("IMP202", "IMP405"))] == \
        [("IMP405", "web/api.js", 1, "error")]


API_CLASS = """\
import type { AxiosInstance } from 'axios';

export class StationApi {
  constructor(private readonly http: AxiosInstance) {}

  async rings() {
    const { data } = await this.http.get('/rings/');
    return data;
  }

  async fitRing(ring: { code: string }) {
    const { data } = await this.http.post('/rings/fit', ring);
    return data;
  }
}
"""
HTTP = "import axios from 'axios';\n\nexport const http = axios.create({ baseURL: '/api' });\n"
MADE = "import { http } from './http';\nimport { StationApi } from './station-api';\n\n" \
       "export const api = new StationApi(http);\n"
PAGE = """\
import { api } from './api';

export async function ringCodes() {
  const rings = await api.rings();
  return rings.map((ring) => ring.code);
}

export const fit = () => api.fitRing({ code: 'NX1' });
"""
FLASK_RINGS = """\
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/rings/")
def rings():
    return jsonify([{"id": 1, "code": "NX1"}])


@app.post("/api/rings/fit")
def fit():
    return jsonify({"id": 2, "code": request.json["code"]})
"""
MODULES = {"backend/app.py": FLASK_RINGS, "web/station-api.ts": API_CLASS, "web/http.ts": HTTP,
           "web/api.ts": MADE, "web/page.ts": PAGE}


def _station(old: str, new: str, files: dict = MODULES) -> list[tuple]:
    assert old in files["backend/app.py"]
    change = {"backend/app.py": files["backend/app.py"].replace(old, new)}
    return [key[:4] for key in selected_keys(files, change, ("IMP401", "IMP402", "IMP405"))]


def test_a_client_class_made_in_another_module_sends_through_what_it_is_given_there():
    """`export const api = new StationApi(http)` in api.ts, the class in station-api.ts keeping
    its constructor's parameter in a field, `http` an axios instance of http.ts: the class's
    requests go to `/api`, what `api.rings()` gives is what `rings` returns, and what
    `api.fitRing({...})` is given is the body it posts."""
    assert _station('@app.get("/api/rings/")', '@app.get("/api/v2/rings/")') == \
        [("IMP401", "web/station-api.ts", 7, "error")]
    assert _station('"code": "NX1"}])', '"ring": "NX1"}])') == [("IMP402", "web/page.ts", 5, "error")]
    assert _station('"code": request.json["code"]', '"code": request.json["code"], "by": request.json["by"]') \
        == [("IMP405", "web/page.ts", 8, "error")]


def test_a_client_class_made_twice_elsewhere_or_given_no_client_is_not_judged():
    """Made in two modules (which transport?), or given a name that is no client instance:
    the class's requests are not judged."""
    twice = {**MODULES, "web/other.ts": MADE.replace("export const api", "export const other")}
    assert _station('@app.get("/api/rings/")', '@app.get("/api/v2/rings/")', twice) == []
    plain = {**MODULES, "web/http.ts": "export const http = { get: (url: string) => url };\n"}
    assert _station('@app.get("/api/rings/")', '@app.get("/api/v2/rings/")', plain) == []


LOG_SERVICE = """\
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class LogService {
  constructor(private http: HttpClient) {}

  list(species?: string) {
    const params = species ? new HttpParams().set('species', species) : undefined;
    return this.http.get<any[]>('/api/logs', { params });
  }
}
"""
LOG_LIST = """\
import { Component, OnInit } from '@angular/core';
import { LogService } from './log.service';
import { LogCardComponent } from './log-card.component';

@Component({
  selector: 'app-log-list',
  imports: [LogCardComponent],
  template: `
    @for (log of logs; track log.id) {
      <app-log-card [log]="log" />
    }
  `,
})
export class LogListComponent implements OnInit {
  logs: any[] = [];

  constructor(private logService: LogService) {}

  ngOnInit(): void {
    this.logService.list().subscribe((logs) => (this.logs = logs));
  }
}
"""
LOG_CARD = """\
import { Component, Input } from '@angular/core';

@Component({
  selector: 'app-log-card',
  template: `<h3>{{ label }}</h3><p>{{ log.grade }}</p>`,
})
export class LogCardComponent {
  @Input({ required: true }) log!: any;

  get label(): string {
    return `${this.log.species} (${this.log.diameter} cm)`;
  }
}
"""
FLASK_LOGS = """\
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/api/logs")
def logs():
    return jsonify([{"id": 1, "species": "oak", "grade": "A", "diameter": 60}])
"""


def _logs(old: str, new: str, **replaced: str) -> list[tuple]:
    files = {"web/log.service.ts": LOG_SERVICE, "web/log-list.component.ts": LOG_LIST,
             "web/log-card.component.ts": LOG_CARD, "api/app.py": FLASK_LOGS}
    for path, content in replaced.items():
        files[f"web/{path.replace('_', '-')}.component.ts"] = content
    change = {"api/app.py": FLASK_LOGS.replace(old, new)}
    return [key[:4] for key in selected_keys(files, change, ("IMP402",))]


def test_an_angular_input_is_what_the_parents_template_binds_on_the_components_element():
    """`<app-log-card [log]="log" />` in the list's `@for`: the card's `@Input() log` is an item
    of what `LogService.list` answers (a method returning its request after a `const`), read
    in the card's template and as `this.log` in its getter."""
    assert _logs('"grade": "A"', '"quality": "A"') == [("IMP402", "web/log-card.component.ts", 5, "error")]
    assert _logs('"diameter": 60', '"girth": 60') == [("IMP402", "web/log-card.component.ts", 11, "error")]


def test_an_angular_element_no_imported_component_spells_hands_nothing_on():
    """A tag that spells none of the imported classes (or two of them) is left alone."""
    other = LOG_LIST.replace("<app-log-card", "<app-log-tile")
    assert _logs('"grade": "A"', '"quality": "A"', log_list=other) == []
    two = LOG_LIST.replace("import { LogCardComponent } from './log-card.component';",
                           "import { LogCardComponent } from './log-card.component';\n"
                           "import { CardComponent } from './card.component';")
    assert _logs('"grade": "A"', '"quality": "A"', log_list=two) == []
