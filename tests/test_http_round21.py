"""The shapes the wharf, smithy and tollhouse apps of tests/test_apps.py reach, with their limits:
Hono's typed client whose members one module exports for others (`export const booths =
client.api.booths`, `export const { passes } = client.api`) or a function destructures (`const {
tolls } = client.api`); openapi-fetch's `{ data }` and `{ body }`; Angular inputs by their
aliases and signal inputs (`input.required<T>()`); FastAPI dependencies' query parameters
(`Depends(pagination)`). In memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

HONO_SERVER = """\
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';

const NewPass = z.object({ plate: z.string().optional(), days: z.number() });

const booths = new Hono()
  .get('/', (c) => c.json([{ id: 1, road: 'A9', lanes: 6 }]))
  .get('/:id', (c) => c.json({ id: 1, road: 'A9', lanes: 6 }));

const passes = new Hono()
  .post('/', zValidator('json', NewPass), (c) => c.json({ id: 1 }, 201))
  .delete('/:id', (c) => c.json({ revoked: true }));

const tolls = new Hono().get('/:plate', (c) => c.json({ plate: c.req.param('plate'), amount: 4 }));

export const app = new Hono().basePath('/api').route('/booths', booths).route('/passes', passes)
  .route('/tolls', tolls);
export type AppType = typeof app;
"""
HONO_CLIENT = """\
import { hc } from 'hono/client';
import type { AppType } from '../server/app';

export const client = hc<AppType>('/');
"""
HONO_ENDPOINTS = """\
import { client } from './client';

export const booths = client.api.booths;
export const { passes } = client.api;
"""
HONO_USES = """\
import { client } from './client';
import { booths, passes } from './endpoints';

export const listBooths = () => booths.$get();

export const booth = (id: string) => booths[':id'].$get({ param: { id } });

export const revoke = (id: string) => passes[':id'].$delete({ param: { id } });

export async function checkToll(plate: string) {
  const { tolls } = client.api;
  return tolls[':plate'].$get({ param: { plate } });
}
"""
HONO = {"server/app.ts": HONO_SERVER, "web/client.ts": HONO_CLIENT, "web/endpoints.ts": HONO_ENDPOINTS,
        "web/uses.ts": HONO_USES}


def _changed(files: dict, path: str, old: str, new: str,
             select: tuple[str, ...] = ("IMP401",)) -> list[tuple]:
    assert old in files[path]
    return [key[:4] for key in selected_keys(files, {path: files[path].replace(old, new)}, select)]


def test_a_hono_client_member_exported_from_another_module_sends_under_that_member():
    """`booths.$get()` of `export const booths = client.api.booths` in the module `booths` is
    imported from (the client imported there too), `booths[':id']` below it; `passes` of `export
    const { passes } = client.api`."""
    assert _changed(HONO, "server/app.ts", ".route('/booths', booths)", ".route('/plazas', booths)") == \
        [("IMP401", "web/uses.ts", 4, "error"), ("IMP401", "web/uses.ts", 6, "error")]
    assert _changed(HONO, "server/app.ts", ".delete('/:id',", ".post('/:id/revoke',") == \
        [("IMP401", "web/uses.ts", 8, "error")]


def test_a_hono_client_member_destructured_in_a_function_is_under_its_property():
    """`const { tolls } = client.api; tolls[':plate'].$get()`: `/api/tolls/:plate` (it was read
    as `/api/:plate`, which `/api/booths` matched)."""
    assert _changed(HONO, "server/app.ts", ".route('/tolls', tolls)", ".route('/fees', tolls)") == \
        [("IMP401", "web/uses.ts", 12, "error")]
    assert _changed(HONO, "server/app.ts", ".route('/booths', booths)", ".route('/plazas', booths)",
                    ("IMP403",)) == [("IMP403", "server/app.ts", 8, "error"),
                                     ("IMP403", "server/app.ts", 9, "error")]


def test_a_member_of_an_imported_name_that_is_no_hono_client_sends_nothing():
    """`export const booths = store.api.booths` of a store (no RPC client): `booths.$get()` is
    no request, whatever the server serves."""
    files = {**HONO, "web/store.ts": "export const store = { api: { booths: { $get: () => [] } } };\n",
             "web/endpoints.ts": HONO_ENDPOINTS.replace("import { client } from './client';",
                                                        "import { store as client } from './store';")}
    assert _changed(files, "server/app.ts", ".route('/booths', booths)", ".route('/plazas', booths)",
                    ("IMP401", "IMP403")) == [("IMP403", "server/app.ts", 8, "warning"),
                                              ("IMP403", "server/app.ts", 9, "warning")]


OPENAPI_SERVER = """\
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Ship(BaseModel):
    id: int
    name: str
    draftM: float


class Mooring(BaseModel):
    shipId: int
    hours: int = 24


@app.get("/api/ships", response_model=list[Ship])
def ships():
    return []


@app.post("/api/berths/{berth_id}/moor")
def moor(berth_id: int, mooring: Mooring):
    return {"berth": berth_id}
"""
OPENAPI_CLIENT = """\
import createClient from 'openapi-fetch';
import type { paths } from './schema';

const client = createClient<paths>({ baseUrl: 'http://localhost:8000' });

export async function drafts() {
  const { data } = await client.GET('/api/ships');
  return (data ?? []).map((ship) => ship.draftM);
}

export async function moor(berthId: number, shipId: number) {
  return client.POST('/api/berths/{berth_id}/moor', {
    params: { path: { berth_id: berthId } },
    body: { shipId },
  });
}
"""
OPENAPI = {"backend/main.py": OPENAPI_SERVER, "web/api.ts": OPENAPI_CLIENT,
           "web/schema.d.ts": "export type paths = {};\n",
           "web/package.json": '{"dependencies": {"openapi-fetch": "^0.13.3"}}\n'}


def test_an_openapi_fetch_response_body_is_its_data():
    """`const { data } = await client.GET(path)`: `data` is the response's body."""
    assert _changed(OPENAPI, "backend/main.py", "    draftM: float\n", "    draughtM: float\n",
                    ("IMP402",)) == [("IMP402", "web/api.ts", 8, "error")]


def test_an_openapi_fetch_request_body_is_its_body_option():
    """`client.POST(path, { params, body: { shipId } })`: the body the server now requires
    `hours` of."""
    assert _changed(OPENAPI, "backend/main.py", "    hours: int = 24\n", "    hours: int\n", ("IMP405",)) == \
        [("IMP405", "web/api.ts", 12, "error")]
    both = {**OPENAPI, "web/api.ts": OPENAPI_CLIENT.replace("body: { shipId }", "body: { shipId, hours: 2 }")}
    assert _changed(both, "backend/main.py", "    hours: int = 24\n", "    hours: int\n", ("IMP405",)) == []


ANGULAR_SERVICE = """\
import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';
import { Tool } from './models';

@Injectable({ providedIn: 'root' })
export class ToolService {
  private http = inject(HttpClient);

  list(): Observable<Tool[]> {
    return this.http.get<Tool[]>('/api/tools');
  }
}
"""
ANGULAR_RACK = """\
import { Component, OnInit, inject } from '@angular/core';
import { Tool } from './models';
import { ToolService } from './tool.service';
import { ToolCardComponent } from './tool-card.component';

@Component({
  selector: 'app-tool-rack',
  standalone: true,
  imports: [ToolCardComponent],
  template: `@for (tool of tools; track tool.id) { <app-tool-card [tool]="tool" /> }`,
})
export class ToolRackComponent implements OnInit {
  private toolService = inject(ToolService);
  tools: Tool[] = [];

  ngOnInit() {
    this.toolService.list().subscribe((tools) => (this.tools = tools));
  }
}
"""
SIGNAL_CARD = """\
import { Component, input } from '@angular/core';
import { Tool } from './models';

@Component({
  selector: 'app-tool-card',
  standalone: true,
  template: `<h3>{{ tool().name }}</h3>`,
})
export class ToolCardComponent {
  tool = input.required<Tool>();

  get label() {
    return `${this.tool().steel} steel`;
  }
}
"""
ALIASED_CARD = """\
import { Component, Input } from '@angular/core';
import { Tool } from './models';

@Component({
  selector: 'app-tool-card',
  standalone: true,
  template: `<h3>{{ item.name }}</h3>`,
})
export class ToolCardComponent {
  @Input({ alias: 'tool', required: true }) item!: Tool;
  @Input('steel') tool?: Tool;
}
"""
TOOLS_API = """\
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Tool(BaseModel):
    id: int
    name: str
    steel: str


@app.get("/api/tools", response_model=list[Tool])
def tools():
    return []
"""
ANGULAR = {"backend/main.py": TOOLS_API,
           "web/src/app/models.ts": "export interface Tool { id: number; name: string; steel: string }\n",
           "web/src/app/tool.service.ts": ANGULAR_SERVICE, "web/src/app/tool-rack.component.ts": ANGULAR_RACK,
           "web/src/app/tool-card.component.ts": SIGNAL_CARD}


def test_an_angular_signal_input_gives_its_value_when_called():
    """`tool = input.required<Tool>()`: `tool().name` in the template, `this.tool().steel` in
    the class, of what the rack's `[tool]="tool"` hands on."""
    assert _changed(ANGULAR, "backend/main.py", "    name: str\n", "    title: str\n", ("IMP402",)) == \
        [("IMP402", "web/src/app/tool-card.component.ts", 7, "error")]
    assert _changed(ANGULAR, "backend/main.py", "    steel: str\n", "", ("IMP402",)) == \
        [("IMP402", "web/src/app/tool-card.component.ts", 13, "error")]


def test_an_angular_input_is_bound_by_its_alias():
    """`@Input({ alias: 'tool' }) item`: `[tool]="tool"` hands the value to `item`, which the
    template reads; the field named `tool` is another input (`@Input('steel')`)."""
    aliased = {**ANGULAR, "web/src/app/tool-card.component.ts": ALIASED_CARD}
    assert _changed(aliased, "backend/main.py", "    name: str\n", "    title: str\n", ("IMP402",)) == \
        [("IMP402", "web/src/app/tool-card.component.ts", 7, "error")]


DEPENDENCY = """\
from fastapi import Header


def pagination(limit: int = 20, offset: int = 0):
    return {"limit": limit, "offset": offset}


def paged_and_keyed(page: dict = Depends(pagination), x_key: str = Header(default="")):
    return page
"""
ORDERS = """\
from typing import Annotated

from fastapi import Depends, FastAPI

from .deps import paged_and_keyed, pagination

app = FastAPI()


@app.get("/api/orders")
def orders(page: Annotated[dict, Depends(pagination)]):
    return []


@app.get("/api/invoices")
def invoices(page=Depends(paged_and_keyed)):
    return []
"""
ORDERS_CLIENT = """\
export const orders = () => fetch('/api/orders').then((r) => r.json());
export const firstOrders = () => fetch('/api/orders?limit=5').then((r) => r.json());
export const invoices = () => fetch('/api/invoices').then((r) => r.json());
"""
FASTAPI = {"backend/app/__init__.py": "", "backend/app/deps.py": DEPENDENCY.replace(
    "from fastapi import Header", "from fastapi import Depends, Header"),
    "backend/app/main.py": ORDERS, "web/orders.ts": ORDERS_CLIENT}
REQUIRED_LIMIT = ("def pagination(limit: int = 20,", "def pagination(limit: int,")


def test_a_fastapi_dependencys_query_parameters_are_the_views():
    """`Depends(pagination)` (in `Annotated`, or as the default, through a dependency of a
    dependency): `limit` made required is required of `/api/orders` and `/api/invoices`; no
    IMP202 warning at `pagination`, which FastAPI calls."""
    assert _changed(FASTAPI, "backend/app/deps.py", *REQUIRED_LIMIT, ("IMP405", "IMP202")) == \
        [("IMP405", "web/orders.ts", 1, "error"), ("IMP405", "web/orders.ts", 3, "error")]


def test_a_dependency_impact_cannot_find_asks_nothing():
    """`Depends(get_page)` of a name no module defines (a package's), and a dependency's body:
    nothing is required of the request."""
    imports = ("from .deps import paged_and_keyed, pagination",
               "from .deps import paged_and_keyed\nfrom pager import pagination")
    files = {**FASTAPI, "backend/app/main.py": ORDERS.replace(*imports)}
    assert _changed(files, "backend/app/deps.py", *REQUIRED_LIMIT, ("IMP405",)) == \
        [("IMP405", "web/orders.ts", 3, "error")]
