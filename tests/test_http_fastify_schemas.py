"""Fastify routes with schemas: an app typed with `.withTypeProvider<T>()` is the app itself,
and a route's response schema for the success status (TypeBox or a JSON schema literal) is what
it sends — Fastify serialises the reply with it, dropping any other key the handler returns."""

from __future__ import annotations

from conftest import selected_keys

APP = """\
import Fastify from 'fastify';
import { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import toolRoutes from './tools.js';

export const app = Fastify({ logger: true }).withTypeProvider<TypeBoxTypeProvider>();
app.register(toolRoutes, { prefix: '/api/tools' });
"""
SCHEMAS = """\
import { Type } from '@sinclair/typebox';

export const Tool = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  note: Type.Optional(Type.String()),
});
"""
TOOLS = """\
import { Tool } from './schemas.js';

const rows = [{ id: 1, name: 'Drill', note: '', secret: 'x' }];

export default async function toolRoutes(fastify) {
  fastify.get('/', { schema: { response: { 200: { type: 'array', items: Tool } } } }, async () => rows);
  fastify.get('/:id', { schema: { response: { 200: Tool } } }, async () => ({ ...rows[0] }));
  fastify.get('/:id/usage', {
    schema: { response: { 200: { type: 'object', properties: { hours: { type: 'number' } } } } },
  }, async () => ({ hours: 3, minutes: 180 }));
}
"""
WEB = """\
export async function tools() {
  const list = await (await fetch('/api/tools/')).json();
  return list.map((t) => t.name);
}

export async function tool(id) {
  const t = await (await fetch(`/api/tools/${id}`)).json();
  return [t.note, t.secret];
}

export async function usage(id) {
  const u = await (await fetch(`/api/tools/${id}/usage`)).json();
  return u.hours;
}
"""
BASE = {"server/app.ts": APP, "server/schemas.ts": SCHEMAS, "server/tools.ts": TOOLS,
        "web/api.js": WEB, "server/package.json": '{"dependencies": {"fastify": "^4"}}'}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP4",)))


def test_an_app_typed_with_its_type_provider_serves_its_plugins_under_their_prefix():
    change = {"server/app.ts": APP.replace("'/api/tools'", "'/api/catalog'")}
    assert _keys(change) == [
        ("IMP401", "web/api.js", 2, "error"),
        ("IMP401", "web/api.js", 7, "error"),
        ("IMP401", "web/api.js", 12, "error"),
        ("IMP403", "server/tools.ts", 6, "error"),
        ("IMP403", "server/tools.ts", 7, "error"),
        ("IMP403", "server/tools.ts", 8, "error")]


def test_a_field_dropped_from_a_typebox_response_schema_is_no_longer_sent():
    """The handler still returns the row (with `note`): the schema decides."""
    change = {"server/schemas.ts": SCHEMAS.replace("  note: Type.Optional(Type.String()),\n", "")}
    assert _keys(change) == [("IMP402", "web/api.js", 8, "error"), ("IMP404", "server/schemas.ts", 6, "error")]
    renamed = {"server/schemas.ts": SCHEMAS.replace("  name: Type.String(),", "  title: Type.String(),")}
    assert _keys(renamed) == [("IMP402", "web/api.js", 3, "error"), ("IMP404", "server/schemas.ts", 5, "error")]


def test_a_key_the_response_schema_does_not_name_is_not_sent_and_not_judged():
    """`secret` and `minutes` are returned but never serialised: dropping them breaks nothing,
    while the JSON schema literal's `hours` renamed does."""
    dropped = {"server/tools.ts": TOOLS.replace(", secret: 'x'", "").replace(", minutes: 180", "")}
    assert _keys(dropped) == []
    hours = {"server/tools.ts": TOOLS.replace("properties: { hours:", "properties: { total:")}
    assert _keys(hours) == [("IMP402", "web/api.js", 13, "error"), ("IMP404", "server/tools.ts", 9, "error")]
