"""aiohttp's server (`aiohttp.web`), in a module that imports it.

`web.Application()` is an app, served at the root unless another app mounts it with
`app.add_subapp("/api", api)` (its routes then under that prefix); `web.RouteTableDef()` is a
table of routes (`@routes.get("/items/{id}")`, `@routes.route("GET", path)`, `@routes.view(path)`
on a class-based view) served by the apps that add it with `app.add_routes(routes)`, under their
prefix. `app.add_routes([web.get(path, handler), ...])` and `app.router.add_get(path, handler)`
(`add_post`, ..., `add_route(method, path, handler)`) declare routes on the app itself. A
handler's request is its first parameter: `await request.json()` is the JSON body,
`request.query` the query (impact.http.flask_requests reads what it surely takes of them).
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http.py_syntax import call_arguments, string_literal
from impact.lang.treesitter import site, text
from impact.model import Import, MountDecl, RouteDecl, RouterDecl

MODULES = ("aiohttp", "aiohttp.web")
APP_KIND, TABLE_KIND = "aiohttp", "aiohttp-table"
MADE = {"Application": APP_KIND, "RouteTableDef": TABLE_KIND}
MOUNT_VERBS = ("add_routes", "add_subapp")
ROUTER_CALLS = re.compile(rb"\.router\.add_(get|post|put|patch|delete|head|options|route)\b")
ROUTE_FUNCTIONS = ("get", "post", "put", "patch", "delete", "head", "options", "route", "view")
ROUTER_VERBS = {f"add_{verb}": verb.upper() for verb in ("get", "post", "put", "patch", "delete",
                                                          "head", "options")}


def web_names(imports: tuple[Import, ...]) -> frozenset[str]:
    """How the module writes aiohttp.web's names: `web.` (`from aiohttp import web`),
    `aiohttp.web.` (`import aiohttp`) or bare (`from aiohttp.web import Application`)."""
    found = set()
    for i in imports:
        if i.source == "aiohttp" and i.imported == "web" and i.local:
            found.add(f"{i.local}.")
        elif i.source == "aiohttp" and i.imported is None or i.source == "aiohttp.web" and i.imported is None:
            found.add("aiohttp.web.")
        elif i.source == "aiohttp.web" and i.imported in (*MADE, *ROUTE_FUNCTIONS) and i.local:
            found.add(f"={i.local}={i.imported}")
    return frozenset(found)


def _named(written: str, names: frozenset[str]) -> str | None:
    """The aiohttp.web name a callee as written is, if it is one."""
    for name in names:
        if name.startswith("="):
            _empty, local, imported = name.split("=")
            if written == local:
                return imported
        elif written.startswith(name) and "." not in written[len(name):]:
            return written[len(name):]
    return None


def tables(assignments, names: frozenset[str]) -> frozenset[str]:
    """The names the module's `routes = web.RouteTableDef()` assignments bind."""
    return frozenset(r.name for a in assignments if (r := router(a, names)) is not None and
                     r.kind == TABLE_KIND)


def router(assignment: Node, names: frozenset[str]) -> RouterDecl | None:
    """`app = web.Application()`, `routes = web.RouteTableDef()`."""
    value = assignment.child_by_field_name("right")
    kind = MADE.get(_named(text(value.child_by_field_name("function")), names) or "")
    if kind is None:
        return None
    return RouterDecl(text(assignment.child_by_field_name("left")), kind, "", site(assignment))


def mount(call: Node) -> MountDecl | None:
    """`app.add_routes(routes)` (a table), `app.add_subapp("/api", api)`."""
    function = call.child_by_field_name("function")
    verb = text(function.child_by_field_name("attribute"))
    positional, keywords = call_arguments(call)
    if verb == "add_routes" and len(positional) == 1 and not keywords and \
            positional[0].type in ("identifier", "attribute"):
        return MountDecl(text(function.child_by_field_name("object")), text(positional[0]), "", site(call))
    if verb == "add_subapp" and len(positional) == 2 and not keywords and \
            positional[1].type in ("identifier", "attribute"):
        return MountDecl(text(function.child_by_field_name("object")), text(positional[1]),
                         string_literal(positional[0]), site(call))
    return None


def listed_routes(call: Node, names: frozenset[str]) -> list[RouteDecl]:
    """`app.add_routes([web.get("/x", handler), ...])`: routes of the app."""
    function = call.child_by_field_name("function")
    positional, _keywords = call_arguments(call)
    if text(function.child_by_field_name("attribute")) != "add_routes" or len(positional) != 1 or \
            positional[0].type != "list":
        return []
    owner = text(function.child_by_field_name("object"))
    found = []
    for item in positional[0].named_children:
        verb = _named(text(item.child_by_field_name("function")), names) if item.type == "call" else None
        if verb in ROUTE_FUNCTIONS:
            declared = _declared(owner, verb, item)
            if declared is not None:
                found.append(declared)
    return found


def router_route(call: Node) -> RouteDecl | None:
    """`app.router.add_get("/x", handler)`, `app.router.add_route("GET", "/x", handler)`; also
    through `router = app.router` assigned in the same function."""
    function = call.child_by_field_name("function")
    verb = text(function.child_by_field_name("attribute"))
    if verb not in (*ROUTER_VERBS, "add_route"):
        return None
    owner = function.child_by_field_name("object")
    if owner.type == "identifier":
        owner = _alias(call, text(owner))
    if owner is None or owner.type != "attribute" or text(owner.child_by_field_name("attribute")) != "router":
        return None
    return _declared(text(owner.child_by_field_name("object")),
                     "route" if verb == "add_route" else verb.removeprefix("add_"), call)


def aliased_route(call: Node) -> RouteDecl | None:
    """`add_route("GET", "/x", handler)` after `add_route = app.router.add_route` in the same
    function."""
    function = call.child_by_field_name("function")
    bound = _alias(call, text(function))
    if bound is None or bound.type != "attribute":
        return None
    verb = text(bound.child_by_field_name("attribute"))
    router = bound.child_by_field_name("object")
    if verb not in (*ROUTER_VERBS, "add_route") or router.type != "attribute" or \
            text(router.child_by_field_name("attribute")) != "router":
        return None
    return _declared(text(router.child_by_field_name("object")),
                     "route" if verb == "add_route" else verb.removeprefix("add_"), call)


def _alias(call: Node, name: str) -> Node | None:
    """What `name` is assigned, once, in the statements of the function (or module) the call
    is in, when that is an attribute chain (`router = app.router`)."""
    scope = call.parent
    while scope is not None and scope.type not in ("function_definition", "module"):
        scope = scope.parent
    body = scope.child_by_field_name("body") if scope is not None and \
        scope.type == "function_definition" else scope
    found = []
    for statement in body.named_children if body is not None else ():
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is not None and assignment.type == "assignment" and \
                text(assignment.child_by_field_name("left")) == name:
            found.append(assignment.child_by_field_name("right"))
    return found[0] if len(found) == 1 and found[0] is not None and found[0].type == "attribute" else None


def _declared(owner: str, verb: str, call: Node) -> RouteDecl | None:
    """A route of `web.get(path, handler)` (`web.route(method, path, handler)`)."""
    positional, _keywords = call_arguments(call)
    if verb == "route":
        if len(positional) < 3 or string_literal(positional[0]) is None:
            return None
        methods, positional = (string_literal(positional[0]).upper(),), positional[1:]
    else:
        methods = ("*",) if verb == "view" else (verb.upper(),)
        if len(positional) < 2:
            return None
    handler = positional[1]
    return RouteDecl(owner, methods, string_literal(positional[0]),
                     text(handler) if handler.type in ("identifier", "attribute") else "", site(call),
                     resource=verb == "view")


def table_route(call: Node, methods: tuple[str, ...]) -> tuple[tuple[str, ...], Node | None]:
    """The methods and the path of a table's decorator: `@routes.route("GET", path)` names the
    method first; `@routes.view(path)` serves the methods the class defines (`("*",)`)."""
    verb = text(call.child_by_field_name("function").child_by_field_name("attribute"))
    positional, keywords = call_arguments(call)
    if verb == "route":
        method = string_literal(positional[0]) if positional else None
        path = positional[1] if len(positional) > 1 else keywords.get("path")
        return ((method.upper(),) if method else ("*",)), path
    return methods, positional[0] if positional else keywords.get("path")


def request_parameter(view: Node | None) -> str | None:
    """The name of a handler's request: its first parameter (a method's after `self`)."""
    parameters = view.child_by_field_name("parameters") if view is not None else None
    names = [p for p in parameters.named_children if p.type in ("identifier", "typed_parameter")] \
        if parameters is not None else []
    if names and text(names[0]).split(":")[0].strip() in ("self", "cls"):
        names = names[1:]
    if not names:
        return None
    first = names[0] if names[0].type == "identifier" else names[0].named_children[0]
    return text(first) if first.type == "identifier" else None
