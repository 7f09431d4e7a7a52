"""Elysia (prefixed instances added with `use`, handlers whose return value is the response,
the hook's TypeBox `body` schema) and Eden Treaty (`treaty<App>(host)`, the path in properties
and parameter calls, the method last, `{ data }` the body): the rules the app apiary of
tests/test_apps.py needs, each on its own."""

from __future__ import annotations

from conftest import diff_result, selected_keys


def _keys(base, change):
    return sorted(key[:4] for key in selected_keys(base, change, ("IMP4",)))


SERVER = """\
import { Elysia, t } from 'elysia';

export const items = new Elysia({ prefix: '/api/items' })
  .get('/', () => [{ id: 1, title: 'x' }])
  .post('/:id/sell', ({ params, body }) => ({ id: Number(params.id), buyer: body.buyer }), {
    body: t.Object({ buyer: t.String(), note: t.Optional(t.String()) }),
  });
"""
APP = """\
import { Elysia } from 'elysia';
import { items } from './items';

export const app = new Elysia().use(items).listen(3000);
export type App = typeof app;
"""
CLIENT = """\
import { treaty } from '@elysiajs/eden';
import type { App } from '../server/app';

export const api = treaty<App>('localhost:3000');
"""
WEB = """\
import { api } from './api';

export async function titles() {
  const { data } = await api.api.items.get();
  return data?.map((item) => item.title);
}

export const sell = (id: number) => api.api.items({ id }).sell.post({ buyer: 'b' });
"""
FILES = {"server/items.ts": SERVER, "server/app.ts": APP, "web/api.ts": CLIENT, "web/items.ts": WEB}


def test_an_elysia_instance_serves_under_its_prefix_where_it_is_used():
    renamed = {"server/items.ts": SERVER.replace("'/:id/sell'", "'/:id/sold'")}
    assert _keys(FILES, renamed) == [("IMP401", "web/items.ts", 8, "error"),
                                     ("IMP403", "server/items.ts", 5, "error")]
    verb = {"server/items.ts": SERVER.replace(".get('/'", ".put('/'")}
    assert _keys(FILES, verb) == [("IMP401", "web/items.ts", 4, "error"),
                                  ("IMP403", "server/items.ts", 4, "error")]


def test_the_prefix_of_the_instance_using_a_plugin_is_put_before_the_plugins_routes():
    """Elysia's `use` adds the plugin's routes through the user's `add`, which glues its own
    prefix before them."""
    under = {"server/app.ts": APP.replace("new Elysia()", "new Elysia({ prefix: '/v1' })")}
    assert _keys(FILES, under) == [("IMP401", "web/items.ts", 4, "error"),
                                   ("IMP401", "web/items.ts", 8, "error"),
                                   ("IMP403", "server/items.ts", 4, "error"),
                                   ("IMP403", "server/items.ts", 5, "error")]


def test_an_elysia_handler_returns_its_response_and_its_hook_says_the_body():
    dropped = {"server/items.ts": SERVER.replace("title: 'x'", "name: 'x'")}
    assert _keys(FILES, dropped) == [("IMP402", "web/items.ts", 5, "error"),
                                     ("IMP404", "server/items.ts", 4, "error")]
    required = {"server/items.ts": SERVER.replace("note: t.Optional(t.String())", "note: t.String()")}
    assert _keys(FILES, required) == [("IMP405", "web/items.ts", 8, "error")]
    sent = {"web/items.ts": WEB.replace("{ buyer: 'b' }", "{ buyer: 'b', note: 'n' }")}
    assert _keys({**FILES, **sent}, required) == []


def test_an_eden_chain_on_what_is_no_eden_client_is_no_request():
    """`api.api.items.get()` is Eden's only on a `treaty(...)` client: on an axios instance
    (`get(url)` is its method) it is nothing impact reads as a request."""
    axios = {"web/api.ts": "import axios from 'axios';\n\nexport const api = axios.create({ baseURL: '/' });\n"}
    renamed = {"server/items.ts": SERVER.replace("'/:id/sell'", "'/:id/sold'")}
    assert _keys({**FILES, **axios}, renamed) == [("IMP403", "server/items.ts", 5, "warning")]


def test_a_chain_that_may_be_edens_keeps_a_wrapper_a_wrapper():
    """`cache.entries.get(id)` on an imported name is no request unless the name is an Eden
    client: it does not make the fetch wrapper around it hold two requests."""
    server = "import express from 'express';\n\nconst app = express();\n" \
             "app.get('/api/notes/:id', (req, res) => res.json({ id: 1, title: 't' }));\n"
    web = """\
import { cache } from './cache';

export function load(id) {
  cache.entries.get(id);
  return fetch(`/api/notes/${id}`).then((r) => r.json());
}

export const title = (id) => load(id).then((note) => note.title);
"""
    files = {"server/app.js": server, "web/cache.js": "export const cache = { entries: new Map() };\n",
             "web/notes.js": web}
    dropped = {"server/app.js": server.replace("title: 't'", "name: 't'")}
    assert _keys(files, dropped) == [("IMP402", "web/notes.js", 8, "error"),
                                     ("IMP404", "server/app.js", 4, "error")]


GROUPED = """\
import { Elysia } from 'elysia';

export const app = new Elysia()
  .group('/user', (app) => app
    .post('/sign-in', () => ({ token: 't' }))
    .group('/admin', (admin) => admin.get('/stats', () => ({ count: 1 }))))
  .listen(3000);
"""
GROUPED_WEB = """\
export const signIn = () => fetch('/user/sign-in', { method: 'POST' }).then((r) => r.json()).then((b) => b.token);
export const stats = () => fetch('/user/admin/stats').then((r) => r.json()).then((b) => b.count);
"""


def test_an_elysia_groups_callback_routes_are_under_the_groups_prefix():
    files = {"server/app.ts": GROUPED, "web/api.ts": GROUPED_WEB}
    renamed = {"server/app.ts": GROUPED.replace("token: 't'", "jwt: 't'")}
    assert _keys(files, renamed) == [("IMP402", "web/api.ts", 1, "error"),
                                     ("IMP404", "server/app.ts", 5, "error")]
    nested = {"server/app.ts": GROUPED.replace("admin.get('/stats'", "admin.get('/statistics'")}
    assert _keys(files, nested) == [("IMP401", "web/api.ts", 2, "error"),
                                    ("IMP403", "server/app.ts", 6, "error")]


def test_the_base_of_a_grouped_elysia_app_is_clean():
    assert diff_result({"server/app.ts": GROUPED, "web/api.ts": GROUPED_WEB}, {}, show_all=True).findings == []


def test_a_client_destructured_from_treaty_is_the_client_under_its_key():
    destructured = {"web/api.ts": CLIENT.replace("export const api = treaty<App>('localhost:3000');",
                                                 "export const { api } = treaty<App>('localhost:3000');"),
                    "web/items.ts": WEB.replace("api.api.items", "api.items")}
    renamed = {"server/items.ts": SERVER.replace("'/:id/sell'", "'/:id/sold'")}
    assert _keys({**FILES, **destructured}, renamed) == [("IMP401", "web/items.ts", 8, "error"),
                                                         ("IMP403", "server/items.ts", 5, "error")]
    aliased = {**destructured, "web/api.ts": destructured["web/api.ts"].replace("{ api }", "{ api: server }"),
               "web/items.ts": destructured["web/items.ts"].replace("api.items", "server.items").replace(
                   "import { api }", "import { server }")}
    assert _keys({**FILES, **aliased}, renamed) == [("IMP401", "web/items.ts", 8, "error"),
                                                    ("IMP403", "server/items.ts", 5, "error")]
    nested = {**destructured,
              "web/api.ts": destructured["web/api.ts"].replace("{ api }", "{ api: { items } }")}
    assert _keys({**FILES, **nested}, renamed) == [("IMP403", "server/items.ts", 5, "warning")]

