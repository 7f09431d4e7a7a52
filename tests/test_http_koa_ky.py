"""A Koa API (`@koa/router` with a `prefix`) and a frontend that calls it through a ky or
axios instance with paths relative to the instance's base (`api.get('tickets')`, as ky's
`prefixUrl` requires and axios's `baseURL` allows). Only a name that may be a client (one the
module imports, or an instance it makes) takes a relative path: `params.get('id')` on a
local is never a request. The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

ROUTES = '''\
const Router = require('@koa/router');

const router = new Router({ prefix: '/api/tickets' });

router.get('/', async (ctx) => {
  ctx.body = [{ id: 1, title: 'x' }];
});

router.get('/:id', async (ctx) => {
  ctx.body = { id: ctx.params.id, title: 'x', assignee: 'bob' };
});

router.post('/:id/close', async (ctx) => {
  ctx.body = { ok: true };
});

module.exports = router;
'''
APP = '''\
const Koa = require('koa');
const tickets = require('./routes/tickets');

const app = new Koa();
app.use(tickets.routes()).use(tickets.allowedMethods());
app.listen(3000);
'''
CLIENT = '''\
import ky from 'ky';

export const api = ky.create({ prefixUrl: '/api' });
'''
CALLS = '''\
import { api } from './client';

export const listTickets = () => api.get('tickets').json();

export const closeTicket = (id: number) => api.post(`tickets/${id}/close`).json();

export function ticketFromQuery(params: URLSearchParams) {
  return params.get('tickets');
}
'''
BASE = {"server/app.js": APP, "server/routes/tickets.js": ROUTES, "web/src/client.ts": CLIENT,
        "web/src/calls.ts": CALLS}
CLOSE = "router.post('/:id/close', async (ctx) => {\n  ctx.body = { ok: true };\n});\n"
LIST = "router.get('/', async (ctx) => {\n  ctx.body = [{ id: 1, title: 'x' }];\n});\n"


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    """(code, file, line, severity) of each finding."""
    return sorted(k[:4] for k in selected_keys(base, change, ("IMP4",)))


def test_a_removed_koa_route_is_reported_at_the_relative_calls_of_a_ky_instance():
    keys = _keys({"server/routes/tickets.js": ROUTES.replace(CLOSE, "")})
    assert ("IMP401", "web/src/calls.ts", 5, "error") in keys
    assert ("IMP403", "server/routes/tickets.js", 13, "error") in keys


def test_the_list_route_is_called_relative_to_the_prefix_url():
    keys = _keys({"server/routes/tickets.js": ROUTES.replace(LIST, "")})
    assert ("IMP401", "web/src/calls.ts", 3, "error") in keys
    assert ("IMP403", "server/routes/tickets.js", 5, "error") in keys


def test_an_axios_instance_made_in_the_same_module_takes_relative_paths_too():
    calls = ("import axios from 'axios';\n\nconst http = axios.create({ baseURL: '/api' });\n\n"
             "export const close = (id: number) => http.post(`tickets/${id}/close`);\n")
    base = {**BASE, "web/src/calls.ts": calls}
    keys = _keys({"server/routes/tickets.js": ROUTES.replace(CLOSE, "")}, base)
    assert ("IMP401", "web/src/calls.ts", 5, "error") in keys


def test_a_relative_path_on_a_local_or_on_a_client_without_a_base_is_no_request():
    # `params.get('tickets')` is a local's method; a ky instance without prefixUrl has no base
    calls = CALLS.replace("import { api } from './client';",
                          "import ky from 'ky';\n\nconst api = ky.create({});")
    base = {**BASE, "web/src/calls.ts": calls}
    keys = _keys({"server/routes/tickets.js": ROUTES.replace(CLOSE, "").replace(LIST, "")}, base)
    assert [k for k in keys if k[0] == "IMP401"] == []
    assert ("IMP403", "server/routes/tickets.js", 5, "warning") in keys


NESTED_API = '''\
import Router from '@koa/router'
import { guests } from './guests'

export const api = new Router({ prefix: '/api' })

api.use('/guests', guests.routes(), guests.allowedMethods())
'''
GUESTS = '''\
import Router from '@koa/router'

export const guests = new Router()

guests.get('/', async (ctx) => {
  ctx.body = [{ id: 1, name: 'Ada' }]
})
'''
NESTED_APP = '''\
import Koa from 'koa'
import { api } from './api'

const app = new Koa()
app.use(api.routes()).use(api.allowedMethods())
'''
NESTED_CLIENT = '''\
export const listGuests = () => fetch('/api/guests').then((r) => r.json())
'''
NESTED = {"server/index.ts": NESTED_APP, "server/api.ts": NESTED_API, "server/guests.ts": GUESTS,
          "web/guests.ts": NESTED_CLIENT}


def test_a_router_mounted_with_its_allowed_methods_middleware_serves_under_the_mount_prefix():
    """`api.use('/guests', guests.routes(), guests.allowedMethods())`: the last middleware
    answers 405/501 for the router's paths and serves no route; the router is mounted."""
    moved = {"server/api.ts": NESTED_API.replace("api.use('/guests',", "api.use('/attendees',")}
    assert _keys(moved, NESTED) == [("IMP401", "web/guests.ts", 1, "error"),
                                    ("IMP403", "server/guests.ts", 5, "error")]
