"""Fastify (impact.http.fastify): the app `Fastify()` makes, route plugins registered with a
prefix (`app.register(routes, { prefix })`: a plugin function in another module, a
`FastifyPluginAsync` const, a plugin written in place that registers others, `fp(...)`, which
runs on its parent without a prefix) and what a handler returns as its body
(`return { items, total }`, `return reply.code(404).send({...})`, `async () => listX()`).
Routes on a parameter of a function that is no plugin, and what an Express handler returns,
stay as they were. The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

APP = '''\
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import orderRoutes from './routes/orders.js';
import { itemRoutes } from './routes/items.js';
import health from './health.js';

export function buildApp() {
  const app = Fastify();
  app.register(health, { prefix: '/ignored' });
  app.register(async (api) => {
    api.register(orderRoutes, { prefix: '/orders' });
    api.register(itemRoutes, { prefix: '/items' });
  }, { prefix: '/api' });
  return app;
}
'''
MAIN = '''\
import { buildApp } from './app.js';

buildApp().listen({ port: 3000 });
'''
ORDERS = '''\
import type { FastifyPluginAsync } from 'fastify';

const orderRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.get('/', async () => {
    const items = [{ id: 1, total: 5 }];
    return { items, count: items.length };
  });

  fastify.post<{ Params: { id: string } }>('/:id/cancel', async (request, reply) => {
    if (!request.params.id) {
      return reply.code(404).send({ error: 'not found' });
    }
    return { id: request.params.id, status: 'cancelled' };
  });
};

export default orderRoutes;
'''
ITEMS = '''\
import type { FastifyInstance } from 'fastify';

export async function itemRoutes(app: FastifyInstance) {
  app.get('/', async () => [{ sku: 'a', label: 'A' }]);
}
'''
HEALTH = '''\
import fp from 'fastify-plugin';

export default fp(async (fastify) => {
  fastify.get('/health', async () => ({ ok: true }));
});
'''
CLIENT = '''\
export async function orders() {
  const res = await fetch('/api/orders');
  const body = await res.json();
  return body.count;
}

export async function cancel(id: number) {
  const res = await fetch(`/api/orders/${id}/cancel`, { method: 'POST' });
  const body = await res.json();
  return body.status;
}

export async function items() {
  const res = await fetch('/api/items');
  const list = await res.json();
  return list.map((item) => item.label);
}

export async function health() {
  const res = await fetch('/health');
  return (await res.json()).ok;
}
'''
BASE = {"server/src/app.ts": APP, "server/src/index.ts": MAIN, "server/src/routes/orders.ts": ORDERS,
        "server/src/routes/items.ts": ITEMS, "server/src/health.ts": HEALTH, "web/src/api.ts": CLIENT}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_a_route_of_a_plugin_const_registered_inside_a_plugin_written_in_place():
    change = {"server/src/routes/orders.ts": ORDERS.replace("'/:id/cancel'", "'/:id/void'")}
    assert _keys(change) == [
        ("IMP401", "web/src/api.ts", 8, "error", "POST /api/orders/{param}/cancel"),
        ("IMP403", "server/src/routes/orders.ts", 9, "error", "POST /api/orders/:id/cancel")]


def test_a_plugin_functions_prefix_changed_where_it_is_registered():
    change = {"server/src/app.ts": APP.replace("{ prefix: '/items' }", "{ prefix: '/products' }")}
    assert _keys(change) == [
        ("IMP401", "web/src/api.ts", 14, "error", "GET /api/items"),
        ("IMP403", "server/src/routes/items.ts", 4, "error", "GET /api/items")]


def test_what_a_handler_returns_is_its_body():
    count = {"server/src/routes/orders.ts": ORDERS.replace("count: items.length", "size: items.length")}
    assert _keys(count) == [
        ("IMP402", "web/src/api.ts", 4, "error", "count"),
        ("IMP404", "server/src/routes/orders.ts", 6, "error", "count")]
    status = {"server/src/routes/orders.ts": ORDERS.replace("status: 'cancelled'", "state: 'cancelled'")}
    assert _keys(status) == [
        ("IMP402", "web/src/api.ts", 10, "error", "status"),
        ("IMP404", "server/src/routes/orders.ts", 13, "error", "status")]
    label = {"server/src/routes/items.ts": ITEMS.replace("label: 'A'", "title: 'A'")}
    assert _keys(label) == [
        ("IMP402", "web/src/api.ts", 16, "error", "label"),
        ("IMP404", "server/src/routes/items.ts", 4, "error", "label")]


def test_a_fastify_plugin_wrapped_in_fp_has_no_prefix_of_its_own():
    """`fp(...)` runs on the instance it is given: `/health`, not `/ignored/health`."""
    change = {"server/src/health.ts": HEALTH.replace("'/health'", "'/healthz'")}
    assert _keys(change) == [
        ("IMP401", "web/src/api.ts", 20, "error", "GET /health"),
        ("IMP403", "server/src/health.ts", 4, "error", "GET /health")]


def test_routes_on_a_parameter_of_no_plugin_and_express_returns_are_not_read_so():
    """A function of a module that does not name Fastify, whose parameter is not `fastify`,
    declares no plugin (its routes stay under a prefix impact cannot read); an Express
    handler's return value is not its body."""
    express = '''\
import express from 'express';

export function mount(router) {
  router.get('/items', (req, res) => res.json([]));
}

const app = express();
app.get('/api/stats', (req, res) => {
  res.json({ open: 1 });
  return { closed: 2 };
});
app.listen(3000);
'''
    client = '''\
export async function stats() {
  const res = await fetch('/api/stats');
  return (await res.json()).closed;
}

export async function items() {
  return fetch('/items');
}
'''
    base = {"server/index.js": express, "web/api.js": client}
    assert _keys({"server/index.js": express.replace("'/items'", "'/things'")}, base) == []
    assert _keys({"server/index.js": express.replace("closed: 2", "shut: 2")}, base) == []


def test_a_route_declared_in_full_with_fastify_route():
    orders = ORDERS.replace('''  fastify.get('/', async () => {
    const items = [{ id: 1, total: 5 }];
    return { items, count: items.length };
  });''', '''  fastify.route({
    method: 'GET',
    url: '/',
    handler: async () => ({ items: [], count: 0 }),
  });''')
    base = {**BASE, "server/src/routes/orders.ts": orders}
    assert _keys({"server/src/routes/orders.ts": orders.replace("count: 0", "size: 0")}, base) == [
        ("IMP402", "web/src/api.ts", 4, "error", "count"),
        ("IMP404", "server/src/routes/orders.ts", 7, "error", "count")]
    posted = orders.replace("method: 'GET'", "method: 'POST'")
    assert _keys({"server/src/routes/orders.ts": posted}, base) == [
        ("IMP401", "web/src/api.ts", 2, "error", "GET /api/orders"),
        ("IMP403", "server/src/routes/orders.ts", 4, "error", "GET /api/orders")]


def test_a_commonjs_app_and_a_plugin_it_requires():
    """`const fastify = require('fastify')()`, `fastify.register(require('./routes'), { prefix })`
    of `module.exports = async function (fastify, opts) {...}` (fastify-cli's shape)."""
    server = '''\
const fastify = require('fastify')({ logger: true });

fastify.register(require('./routes/todos'), { prefix: '/api/todos' });
fastify.listen({ port: 3000 });
'''
    todos = '''\
module.exports = async function (fastify, opts) {
  fastify.get('/', async () => ({ todos: [], done: 0 }));
};
'''
    client = '''\
export async function done() {
  const res = await fetch('/api/todos');
  return (await res.json()).done;
}
'''
    base = {"server/app.js": server, "server/routes/todos.js": todos, "web/api.js": client}
    assert _keys({"server/routes/todos.js": todos.replace("done: 0", "finished: 0")}, base) == [
        ("IMP402", "web/api.js", 3, "error", "done"),
        ("IMP404", "server/routes/todos.js", 2, "error", "done")]
    assert _keys({"server/app.js": server.replace("'/api/todos'", "'/api/tasks'")}, base) == [
        ("IMP401", "web/api.js", 2, "error", "GET /api/todos"),
        ("IMP403", "server/routes/todos.js", 2, "error", "GET /api/todos")]


def test_a_plugin_registered_on_an_app_imported_from_another_module():
    """`import { app } from './app'; app.register(routes, { prefix: '/api' })`."""
    app = "import Fastify from 'fastify';\n\nexport const app = Fastify();\n"
    main = '''\
import { app } from './app.js';
import { itemRoutes } from './routes/items.js';

app.register(itemRoutes, { prefix: '/api/items' });
app.listen({ port: 3000 });
'''
    base = {"server/src/app.ts": app, "server/src/index.ts": main, "server/src/routes/items.ts": ITEMS,
            "web/src/api.ts": CLIENT}
    assert _keys({"server/src/routes/items.ts": ITEMS.replace("label: 'A'", "title: 'A'")}, base) == [
        ("IMP402", "web/src/api.ts", 16, "error", "label"),
        ("IMP404", "server/src/routes/items.ts", 4, "error", "label")]


NAMED_ROUTES = '''\
import { cancelOrder, listOrders } from '../handlers/orders.js';

export default async function orderRoutes(fastify) {
  fastify.get('/', listOrders);
  fastify.route({ method: 'POST', url: '/:id/cancel', handler: cancelOrder });
}
'''
HANDLERS = '''\
import { db } from '../db.js';

export async function listOrders(request, reply) {
  const items = db.orders();
  return { items, count: items.length };
}

export async function cancelOrder(request, reply) {
  const row = db.cancel(request.params.id);
  if (!row) {
    return reply.code(404).send({ error: 'not found' });
  }
  return { id: row.id, status: 'cancelled' };
}
'''


def test_a_named_handler_declared_in_another_module_sends_what_it_returns():
    """`fastify.get('/', listOrders)` with `export async function listOrders(request, reply)
    { return {...} }` in a module that does not name Fastify (its second parameter is
    Fastify's `reply`); and a 404 it sends besides."""
    base = {**BASE, "server/src/routes/orders.ts": NAMED_ROUTES, "server/src/handlers/orders.ts": HANDLERS}
    count = {"server/src/handlers/orders.ts": HANDLERS.replace("count: items.length", "size: items.length")}
    assert _keys(count, base) == [
        ("IMP402", "web/src/api.ts", 4, "error", "count"),
        ("IMP404", "server/src/handlers/orders.ts", 5, "error", "count")]
    status = {"server/src/handlers/orders.ts": HANDLERS.replace("status: 'cancelled'", "state: 'cancelled'")}
    assert _keys(status, base) == [
        ("IMP402", "web/src/api.ts", 10, "error", "status"),
        ("IMP404", "server/src/handlers/orders.ts", 13, "error", "status")]


def test_an_express_named_handler_returns_no_body():
    """A handler named in an Express route (`(req, res)`) sends what it gives `res.json`,
    whatever it returns."""
    server = '''\
import express from 'express';
import { stats } from './stats.js';

const app = express();
app.get('/api/stats', stats);
app.listen(3000);
'''
    stats = '''\
export function stats(req, res) {
  res.json({ open: 1 });
  return { closed: 2 };
}
'''
    client = '''\
export async function closed() {
  const res = await fetch('/api/stats');
  return (await res.json()).closed;
}
'''
    base = {"server/index.js": server, "server/stats.js": stats, "web/api.js": client}
    assert _keys({"server/stats.js": stats.replace("closed: 2", "shut: 2")}, base) == []
