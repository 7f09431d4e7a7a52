"""Elysia (Bun): `new Elysia({ prefix: '/api/hives' })` is an app whose routes are registered
under its prefix (Elysia's `add` glues `config.prefix` before each route's path);
`app.use(plugin)` adds the plugin's routes, as registered, under the user's own prefix (read as
a mount adding no prefix of its own: impact.http.routes joins the prefixes). An instance nobody
uses serves at the root (`.listen(port)` returns the instance, so `const app = new
Elysia().use(a).listen(3000)` is the app). Routes are `app.get(path, handler, hook?)`,
`post`, `put`, `patch`, `delete`, `all`: the handler's return value is the response (an
object: JSON), and the hook's `body` schema, TypeBox as Elysia re-exports it (`t.Object({
name: t.String(), queen: t.Optional(t.String()) })`), what the request body must hold (a
body it refuses is answered 422 before the handler runs).
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http import fastify_schemas
from impact.http.js_literals import object_pairs
from impact.model import ParameterDecl

CLASS, KIND = "Elysia", "elysia"
TYPEBOX = "t"  # `import { t } from 'elysia'`: TypeBox's `Type`
SAME_APP = ("listen",)  # besides the route methods and `use`: what returns the instance


def handler_and_hook(args: list[Node]) -> tuple[Node, Node | None]:
    """The handler of `app.post(path, handler, hook)` and the hook (an object written last)."""
    if len(args) >= 3 and args[-1].type == "object":
        return args[-2], args[-1]
    return args[-1], None


def hook_body(hook: Node | None) -> tuple[ParameterDecl, ...] | None:
    """The fields the hook's `body: t.Object({...})` declares, each a body field required
    unless `t.Optional(...)` (each one field of the body, as FastAPI's `Body(embed=True)`); None
    without one impact can read (an open object)."""
    pairs = object_pairs(hook) if hook is not None else None
    schema = pairs.get("body") if pairs else None
    fields = fastify_schemas.object_fields(schema, TYPEBOX) if schema is not None else None
    if fields is None:
        return None
    return tuple(ParameterDecl(f.name, "body", f.required, f.site, embed=True) for f in fields)

