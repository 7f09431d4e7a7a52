"""Fastify: apps made by `Fastify()`, route plugins and what their handlers send.

A plugin is a function whose first parameter is the instance it declares routes on
(`async function routes(fastify, opts) { fastify.get('/x', h) }`, `const routes:
FastifyPluginAsync = async (app) => {...}`, `export default fp(async (fastify) => {...})`, or
written in place: `app.register(async (api) => {...}, { prefix: '/api' })`); it serves its
routes where it is registered (`app.register(routes, { prefix: '/x' })`), under the prefix of
that registration — except a plugin wrapped in `fastify-plugin` (`fp(...)`), which runs on
the instance it is given, where a `prefix` option does nothing. Plugins are looked for in a
module that names a Fastify package, or on a parameter named `fastify`.

A Fastify handler sends what it returns (`return { items, total }`, `return reply.send(x)`,
`async () => listX()`) as well as what it gives `reply.send(x)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from impact.http.js_functions import parameter_name
from impact.http.js_literals import object_pairs, string_value
from impact.lang.treesitter import call_arguments, descendants, text

KIND = "fastify"  # the app `Fastify()` makes
PLUGIN_KIND = "fastify-plugin"  # a plugin: its routes are served under its registration's prefix
SHARED_KIND = "fastify-shared"  # a plugin wrapped in fastify-plugin: no prefix of its own
APP_FACTORIES = ("Fastify", "fastify")
# methods of an app that answer the app itself: `Fastify().withTypeProvider<TypeBoxTypeProvider>()`
SAME_INSTANCE = ("withTypeProvider",)
WRAPPERS = ("fp", "fastifyPlugin")  # fastify-plugin's export, as it is imported
INSTANCE = "fastify"  # the name Fastify's documentation gives a plugin's instance
DEFAULT = "default"  # the name of a plugin a module exports as its default
REGISTERING = b".register("  # in a module that may register a plugin
MENTIONS = re.compile(rb"""['"](?:fastify|fastify-plugin|@fastify/[\w-]+)['"/]""")
ROUTE_METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "all", "route", "register")
FUNCTIONS = ("arrow_function", "function_expression", "function", "function_declaration")
RETURNED = "returned"  # BodyDecl.kind: what a named handler sends by returning it
REPLY = ("reply", "rep")  # the name Fastify's documentation gives a handler's second parameter


@dataclass(frozen=True)
class Plugin:
    """A plugin function: `name` the router it is (its binding, DEFAULT, or where it is
    written), `instance` its first parameter, `shared` wrapped in fastify-plugin."""

    name: str
    function: Node
    instance: str
    shared: bool


def mentioned(source: bytes) -> bool:
    return MENTIONS.search(source) is not None


def plugins(root: Node, declarations, registrations: list[Node], mentions: bool) -> list[Plugin]:
    """The plugins of a module: its module-level functions, its default export and the
    functions written in place in `x.register(...)` calls whose first parameter declares
    routes or registers plugins."""
    candidates: list[tuple[str, Node]] = [(name, value) for name, value, _node in declarations]
    exported = _default_export(root)
    if exported is not None:
        candidates.append((DEFAULT, exported))
    for call in registrations:
        given = call_arguments(call)
        if given:
            candidates.append((written_name(given[0]), given[0]))
    found = []
    for name, value in candidates:
        function, shared = unwrapped_plugin(value)
        instance = parameter_name(function, 0) if function is not None else None
        if instance is None or not (mentions or instance == INSTANCE) or \
                not _declares_routes(function, instance):
            continue
        found.append(Plugin(name, function, instance, shared))
    return found


def required_app(function: Node) -> str | None:
    """KIND for the function of `require('fastify')({ logger: true })` (CommonJS)."""
    if function.type != "call_expression" or text(function.child_by_field_name("function")) != "require":
        return None
    given = call_arguments(function)
    return KIND if len(given) == 1 and string_value(given[0]) == "fastify" else None


def written_name(node: Node) -> str:
    """The name of a plugin written in place: where it is (no `.`, as router names have none)."""
    return f"plugin@{node.start_point[0] + 1}:{node.start_point[1] + 1}"


def unwrapped_plugin(node: Node) -> tuple[Node | None, bool]:
    """(the function, wrapped in fastify-plugin) of `fn`, `fp(fn)`, `fp(fn, { name })`."""
    if node.type in FUNCTIONS:
        return node, False
    if node.type == "call_expression" and text(node.child_by_field_name("function")) in WRAPPERS:
        given = call_arguments(node)
        if given and given[0].type in FUNCTIONS:
            return given[0], True
    return None, False


def registration(call: Node) -> tuple[str, Node, str | None] | None:
    """`app.register(plugin, { prefix: '/x' })`: (the instance, the plugin node, the prefix:
    "" when none is given, None when it cannot be read)."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "member_expression" or \
            text(function.child_by_field_name("property")) != "register":
        return None
    given = call_arguments(call)
    if not given or len(given) > 2:
        return None
    prefix: str | None = ""
    if len(given) == 2:
        pairs = object_pairs(given[1])
        value = pairs.get("prefix") if pairs is not None else None
        prefix = None if pairs is None else "" if value is None else string_value(value)
    return text(function.child_by_field_name("object")), given[0], prefix


def replies(function: Node) -> bool:
    """Whether a function's second parameter is named as Fastify's reply."""
    return parameter_name(function, 1) in REPLY


def _default_export(root: Node) -> Node | None:
    """The value of `export default <expression>` or `module.exports = <expression>` when it
    is no name (a name is a declaration of its own)."""
    for statement in root.named_children:
        value = None
        if statement.type == "export_statement" and statement.child_by_field_name("declaration") is None:
            value = statement.child_by_field_name("value")
        elif statement.type == "expression_statement" and statement.named_children and \
                statement.named_children[0].type == "assignment_expression":
            assignment = statement.named_children[0]
            if text(assignment.child_by_field_name("left")) == "module.exports":
                value = assignment.child_by_field_name("right")
        if value is not None and value.type != "identifier":
            return value
    return None


def _declares_routes(function: Node, instance: str) -> bool:
    """Whether the function calls a route method or `register` on its instance."""
    for node in descendants(function.child_by_field_name("body")):
        called = node.child_by_field_name("function") if node.type == "call_expression" else None
        if called is not None and called.type == "member_expression" and \
                text(called.child_by_field_name("object")) == instance and \
                text(called.child_by_field_name("property")) in ROUTE_METHODS:
            return True
    return False
