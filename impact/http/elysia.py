"""Elysia (Bun): `new Elysia({ prefix: '/api/hives' })` is an app whose routes are registered
under its prefix (Elysia's `add` glues `config.prefix` before each route's path);
`app.use(plugin)` adds the plugin's routes, as registered, under the user's own prefix (read as
a mount adding no prefix of its own: impact.http.routes joins the prefixes). An instance nobody
uses serves at the root (`.listen(port)` returns the instance, so `const app = new
Elysia().use(a).listen(3000)` is the app). Routes are `app.get(path, handler, hook?)`,
`post`, `put`, `patch`, `delete`, `all`: the handler's return value is the response (an
object: JSON), and the hook's `body` schema, TypeBox as Elysia re-exports it (`t.Object({
name: t.String(), queen: t.Optional(t.String()) })`), what the request body must hold (a
body it refuses is answered 422 before the handler runs). `app.group('/user', (app) =>
app.post('/sign-in', h))` registers the callback's routes on `app` under the group's prefix
(`group(prefix, hook, callback)` too).
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http import fastify_schemas
from impact.http.js_literals import object_pairs, string_value
from impact.lang.treesitter import call_arguments, chain_top, text
from impact.model import ParameterDecl

CLASS, KIND = "Elysia", "elysia"
TYPEBOX = "t"  # `import { t } from 'elysia'`: TypeBox's `Type`
# besides the route methods and `use`: what returns the instance (`group`, and the lifecycle
# hooks and state methods, `new Elysia({ prefix }).onBeforeHandle(check).get(...)`)
SAME_APP = ("listen", "group", "onRequest", "onParse", "onTransform", "onBeforeHandle",
            "onAfterHandle", "mapResponse", "onAfterResponse", "onError", "onStart", "onStop",
            "derive", "resolve", "decorate", "state", "model", "macro", "headers", "as")
GROUP = "group"
CALLBACKS = ("arrow_function", "function_expression", "function")


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



def group_of(owner: str, call: Node) -> tuple[Node, str | None] | None:
    """(the `.group(prefix, callback)` call, its prefix: None when not a literal) when `owner`
    is the first parameter of the callback `call` is written in; None else."""
    node = chain_top(call).parent  # (no callback between a call and its chain's last)
    while node is not None and node.type not in CALLBACKS:
        node = node.parent
    if node is None:
        return None
    single = node.child_by_field_name("parameter")
    parameters = node.child_by_field_name("parameters")
    first = single if single is not None else \
        (parameters.named_children[0] if parameters is not None and parameters.named_children else None)
    pattern = first.child_by_field_name("pattern") if first is not None and \
        first.type.endswith("_parameter") else first
    arguments = node.parent
    group = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    function = group.child_by_field_name("function") if group is not None and \
        group.type == "call_expression" else None
    if pattern is None or text(pattern) != owner or function is None or \
            function.type != "member_expression" or text(function.child_by_field_name("property")) != GROUP:
        return None
    args = call_arguments(group)
    if not args or args[-1] != node:
        return None
    return group, string_value(args[0])
