"""The shapes the granary, pottery and cooperage apps of tests/test_apps.py reach, with their
limits: CherryPy's default dispatcher (exposed methods at `/<attribute path>/<method>/<args>`,
`index`, `default`, `tools.allow`); a JS client class given its transport by its constructor
(`new Api(axios.create({ baseURL }))`); Svelte 5's `$state(data.x)`; a Flask prefix from a file
of constants (`config.from_pyfile`); an Angular component's inline template (`@for`, `*ngFor`,
pipes, a held service's Observable kept in a field and shown with `| async`, a method the template
calls with a loop item)."""

from __future__ import annotations

from conftest import selected_keys

CHERRY_APP = """\
import cherrypy


class Bins:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self):
        return [{"id": 1, "grain": "wheat"}]

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def show(self, bin_id):
        return {"id": int(bin_id), "grain": "wheat"}

    @cherrypy.expose
    @cherrypy.tools.allow(methods=["POST"])
    def aerate(self, bin_id):
        return "ok"

    @cherrypy.expose
    def moisture_report(self):
        return "14 %"

    def helper(self):
        return "not exposed"


class Archive:
    @cherrypy.expose
    def default(self, *parts):
        return "/".join(parts)


class Root:
    bins = Bins()
    archive = Archive()


if __name__ == "__main__":
    cherrypy.quickstart(Root(), "/api", CONFIG)
"""
CHERRY_CLIENT = """\
export const bins = () => fetch('/api/bins/');
export const bin = (id) => fetch(`/api/bins/show/${id}`);
export const aerate = (id) => fetch(`/api/bins/aerate/${id}`, { method: 'POST' });
export const report = () => fetch('/api/bins/moisture-report');
export const archived = (year, month) => fetch(`/api/archive/${year}/${month}`);
"""
DEFAULT_CONFIG = 'CONFIG = {"/": {"tools.encode.on": True}}\n\n\n'
METHOD_CONFIG = 'CONFIG = {"/": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}}\n\n\n'


def _cherry(config: str, old: str, new: str, select: tuple[str, ...] = ("IMP401",),
            client: str = CHERRY_CLIENT) -> list[tuple]:
    app = CHERRY_APP.replace("\n\nclass Bins:", "\n\n" + config + "class Bins:")
    files = {"backend/app.py": app, "web/api.js": client}
    assert old in app
    return [key[:4] for key in selected_keys(files, {"backend/app.py": app.replace(old, new)}, select)]


def test_cherrypy_default_dispatcher_serves_exposed_methods_by_name_with_their_arguments():
    """A mount whose config sets no dispatcher: `Bins.show` at /api/bins/show/<bin_id>, `index`
    at /api/bins/, `moisture_report` at /api/bins/moisture-report too, `default(*parts)` at
    /api/archive and below; `tools.allow` says the methods."""
    assert _cherry(DEFAULT_CONFIG, "def show(self, bin_id)", "def detail(self, bin_id)") == \
        [("IMP401", "web/api.js", 2, "error")]
    assert _cherry(DEFAULT_CONFIG, "bins = Bins()", "silos = Bins()") == \
        [("IMP401", "web/api.js", line, "error") for line in (1, 2, 3, 4)]
    assert _cherry(DEFAULT_CONFIG, 'methods=["POST"]', 'methods=["PUT"]') == [("IMP401", "web/api.js", 3, "error")]
    assert _cherry(DEFAULT_CONFIG, "def default(self, *parts)", "def default(self, year)") == \
        [("IMP401", "web/api.js", 5, "error")]
    assert _cherry(DEFAULT_CONFIG, "def moisture_report(self)", "def moisture(self)") == \
        [("IMP401", "web/api.js", 4, "error")]


def test_cherrypy_methods_not_exposed_or_under_another_dispatcher_are_not_served_by_name():
    """Under the MethodDispatcher (or a dispatcher impact cannot read) the exposed methods are not
    served at their names; a method without `@cherrypy.expose` never is."""
    assert _cherry(METHOD_CONFIG, "def show(self, bin_id)", "def detail(self, bin_id)") == []
    other = 'CONFIG = {"/": {"request.dispatch": make_dispatcher()}}\n\n\n'
    assert _cherry(other, "def show(self, bin_id)", "def detail(self, bin_id)") == []
    assert _cherry(DEFAULT_CONFIG, "def helper(self)", "def helper_renamed(self)", ("IMP403",)) == []


def test_an_exposed_method_removed_without_a_caller_is_judged_as_a_route():
    """Removing an exposed method nobody requests: the route's warning (deployed clients may call
    it), not a public-method one (CherryPy calls it, no code does)."""
    unreported = CHERRY_CLIENT.replace("export const report = () => fetch('/api/bins/moisture-report');\n", "")
    assert _cherry(DEFAULT_CONFIG, "    @cherrypy.expose\n    def moisture_report(self):\n        return \"14 %\"\n\n",
                   "", ("IMP201", "IMP403"), unreported) == [("IMP403", "backend/app.py", 24, "warning")]
    assert _cherry(DEFAULT_CONFIG, "def show(self, bin_id)", "def detail(self, bin_id)", ("IMP201", "IMP403")) == \
        [("IMP403", "backend/app.py", 15, "error")]


INJECTED_CLIENT = """\
import axios from 'axios';

class GranaryApi {
  constructor(http, retries) {
    this.http = http;
    this.retries = retries;
  }

  async bins() {
    const { data } = await this.http.get('/bins');
    return data;
  }
}

MADE
"""
EXPRESS_BINS = """\
import express from 'express';

const app = express();

app.get('/api/bins', (req, res) => res.json([{ id: 1, grain: 'wheat' }]));

app.listen(3000);
"""


def _injected(made: str) -> list[tuple]:
    files = {"web/api.js": INJECTED_CLIENT.replace("MADE", made), "server/app.js": EXPRESS_BINS}
    change = {"server/app.js": EXPRESS_BINS.replace("'/api/bins'", "'/api/silos'")}
    return [key[:4] for key in selected_keys(files, change, ("IMP401",))]


def test_a_client_class_given_its_transport_by_its_constructor_sends_through_it():
    """`new GranaryApi(axios.create({ baseURL: '/api' }))` (or a module-level name bound to
    one): the field set from the constructor's parameter is that client; the class made twice
    (two transports), or given something else: not judged."""
    expected = [("IMP401", "web/api.js", 10, "error")]
    assert _injected("export const api = new GranaryApi(axios.create({ baseURL: '/api' }), 3);") == expected
    assert _injected("const http = axios.create({ baseURL: '/api' });\n"
                     "export const api = new GranaryApi(http, 3);") == expected
    assert _injected("export const api = new GranaryApi(axios.create({ baseURL: '/api' }), 3);\n"
                     "export const other = new GranaryApi(axios.create({ baseURL: '/other' }), 1);") == []
    assert _injected("export const api = new GranaryApi(makeHttp(), 3);") == []


SVELTE_LOAD = """\
export const load = async ({ fetch }) => {
  const kiln = await (await fetch('/api/kilns/1')).json();
  return { kiln };
};
"""
SVELTE_PAGE = """\
<script lang="ts">
  let { data } = $props();
  let kiln = $state(data.kiln);
</script>

<p>{kiln.status}</p>
"""
FASTAPI_KILNS = """\
from fastapi import FastAPI

app = FastAPI()


@app.get("/api/kilns/{kiln_id}")
def kiln(kiln_id: int):
    return {"id": kiln_id, "status": "idle"}
"""


def test_a_svelte_state_holds_what_it_is_first_given():
    """`let kiln = $state(data.kiln)` in a SvelteKit page: `kiln.status` reads the load's `kiln`."""
    files = {"web/src/routes/kilns/+page.ts": SVELTE_LOAD, "web/src/routes/kilns/+page.svelte": SVELTE_PAGE,
             "api/main.py": FASTAPI_KILNS}
    change = {"api/main.py": FASTAPI_KILNS.replace('"status": "idle"', '"state": "idle"')}
    assert [key[:4] for key in selected_keys(files, change, ("IMP402",))] == \
        [("IMP402", "web/src/routes/kilns/+page.svelte", 6, "error")]


FLASK_PYFILE = """\
from flask import Blueprint, Flask

bp = Blueprint("barrels", __name__)


@bp.get("/barrels")
def barrels():
    return {"barrels": []}


def create_app():
    app = Flask(__name__)
    app.config.from_pyfile("settings.py")
    app.register_blueprint(bp, url_prefix=app.config["API_PREFIX"])
    return app
"""
SETTINGS = 'API_PREFIX = "/api"\nDEFAULT_WOOD = "oak"\n'
BARREL_CLIENT = "export const barrels = () => fetch('/api/barrels');\n"


def _pyfile(factory: str, settings_path: str = "backend/cooperage/settings.py") -> list[tuple]:
    files = {"backend/cooperage/__init__.py": factory, settings_path: SETTINGS, "web/api.js": BARREL_CLIENT}
    change = {settings_path: SETTINGS.replace('"/api"', '"/api/v1"')}
    return [key[:4] for key in selected_keys(files, change, ("IMP401",))]


def test_a_flask_prefix_from_a_file_of_constants_the_config_is_loaded_from():
    """`app.config.from_pyfile("settings.py")`: the file beside the module says `API_PREFIX`
    (`../config/settings.py` too); an instance-relative config, another loader, or a file
    that is not there: not known."""
    assert _pyfile(FLASK_PYFILE) == [("IMP401", "web/api.js", 1, "error")]
    assert _pyfile(FLASK_PYFILE.replace('"settings.py"', '"../config/settings.py"'),
                   "backend/config/settings.py") == [("IMP401", "web/api.js", 1, "error")]
    assert _pyfile(FLASK_PYFILE.replace("Flask(__name__)", "Flask(__name__, instance_relative_config=True)")) == []
    assert _pyfile(FLASK_PYFILE.replace('    app.register_blueprint',
                                        '    app.config.from_envvar("BARRELS_SETTINGS")\n    app.register_blueprint')) == []
    assert _pyfile(FLASK_PYFILE, "backend/settings.py") == []


ANGULAR_SERVICE = """\
import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class BarrelService {
  constructor(private http: HttpClient) {}

  list() {
    return this.http.get<any[]>('/api/barrels');
  }
}
"""
ANGULAR_LIST = """\
import { Component, OnInit } from '@angular/core';
import { BarrelService } from './barrel.service';

@Component({
  selector: 'app-barrels',
  template: `
    @for (barrel of barrels; track barrel.id) {
      <li [title]="barrel.wood">{{ barrel.litres | number }} l, {{ barrel.wood || 'oak' }}</li>
    }
    @if (note) { <p>{{ note.litres }}</p> }
  `,
})
export class BarrelsComponent implements OnInit {
  barrels: any[] = [];
  note = { litres: 0 };

  constructor(private barrelService: BarrelService) {}

  ngOnInit(): void {
    this.barrelService.list().subscribe((barrels) => (this.barrels = barrels));
  }
}
"""
ANGULAR_ASYNC = """\
import { Component } from '@angular/core';
import { BarrelService } from './barrel.service';

@Component({
  selector: 'app-picker',
  template: `<option *ngFor="let barrel of barrels$ | async; trackBy: byId">{{ barrel.litres }}</option>`,
})
export class PickerComponent {
  readonly barrels$ = this.barrelService.list();

  constructor(private barrelService: BarrelService) {}
}
"""
FLASK_BARRELS = """\
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/api/barrels")
def barrels():
    return jsonify([{"id": 1, "wood": "oak", "litres": 225}])
"""


def _angular(component: str, old: str = '"litres": 225', new: str = '"volume": 225') -> list[tuple]:
    files = {"web/barrel.service.ts": ANGULAR_SERVICE, "web/barrels.component.ts": component,
             "api/app.py": FLASK_BARRELS}
    change = {"api/app.py": FLASK_BARRELS.replace(old, new)}
    return [key[:4] for key in selected_keys(files, change, ("IMP402",))]


def test_an_angular_inline_template_shows_what_the_component_keeps_in_its_fields():
    """`@for (barrel of barrels; ...)` where a method sets `this.barrels` to what the service's
    request answers: `{{ barrel.litres | number }}` reads `litres` (the pipe left out); a field
    given something else (`note`) reads nothing of the response."""
    assert _angular(ANGULAR_LIST) == [("IMP402", "web/barrels.component.ts", 8, "error")]
    assert _angular(ANGULAR_LIST, '"wood": "oak"', '"timber": "oak"') == \
        [("IMP402", "web/barrels.component.ts", 8, "error")] * 2  # `[title]`, and `||`


def test_an_angular_template_shows_a_held_services_observable_through_the_async_pipe():
    """`readonly barrels$ = this.barrelService.list()`, `*ngFor="let barrel of barrels$ | async"`."""
    assert _angular(ANGULAR_ASYNC) == [("IMP402", "web/barrels.component.ts", 6, "error")]


def test_an_angular_template_is_not_read_when_it_cannot_be_told_whose_it_is():
    """Two components in a module, or a template with `${...}` holes: not read."""
    two = ANGULAR_LIST + "\n@Component({ selector: 'app-other', template: '<p></p>' })\nexport class Other {}\n"
    assert _angular(two) == []
    holes = ANGULAR_LIST.replace("<li [title]", "<li class=\"${'row'}\" [title]")
    assert _angular(holes) == []


ANGULAR_CALLING = """\
import { Component, OnInit } from '@angular/core';
import { BarrelService } from './barrel.service';

@Component({
  selector: 'app-barrels',
  template: `
    @for (barrel of barrels; track barrel.id) {
      <button (click)="fill(barrel, 'wine')" [title]="describe(barrel)">Fill</button>
    }
  `,
})
export class BarrelsComponent implements OnInit {
  barrels: any[] = [];
  note = '';

  constructor(private barrelService: BarrelService) {}

  ngOnInit(): void {
    this.barrelService.list().subscribe((barrels) => (this.barrels = barrels));
  }

  fill(barrel: any, what: string): void {
    this.note = `${barrel.litres} l of ${what}`;
  }
}
"""


def test_a_method_an_angular_template_calls_with_a_loop_item_reads_the_item():
    """`(click)="fill(barrel, 'wine')"`: `fill`'s first parameter is the loop's item, so
    `barrel.litres` there reads the response's items; a call of something that is no method of
    the component (`describe`) follows nothing."""
    assert _angular(ANGULAR_CALLING) == [("IMP402", "web/barrels.component.ts", 23, "error")]
