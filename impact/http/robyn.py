"""Robyn: `app = Robyn(__file__)` is an app serving at the root; `SubRouter(__file__,
prefix="/api/orders")` (`SubRouter("/api/orders")`, `SubRouter(__file__, "/api/orders")`) a
router whose routes Robyn registers under its prefix (the prefix glued before each route's
path) when an app includes it (`app.include_router(r)`, read as
FastAPI's mount: impact.http.python, which adds nothing to the path): the path is known
wherever it is included (a SubRouter including another adds none of its own prefix: Robyn's
`include_router` copies the routes as they are), so one nothing includes is read as served at
its prefix too. Routes are `@app.get("/x/:id")`, `post`, `put`,
`patch`, `delete`...; a dict the handler returns is answered as JSON. Robyn injects the
request into the handler's parameter annotated `Request`, or named `request` when none is
annotated so (its reserved name); `request.json()` is the body parsed as JSON. A view,
`@app.view("/items/:id")` on a function whose closures are named for methods (`def get():`,
`async def post(request):`), answers each such method at the path with that closure; so do
`app.add_route("GET", "/x", handler)` and `app.add_view("/items/:id", view)`, which the
decorators call. Only modules importing `robyn` are read so.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http import flask_requests, py_bodies
from impact.http.py_syntax import call_arguments, string_literal
from impact.lang.treesitter import site, text
from impact.model import Import, ProducerDecl, ResponderDecl, RouteDecl, RouterDecl

MODULE = "robyn"
APP_KIND, ROUTER_KIND = "robyn", "robyn-subrouter"
CLASSES = {"Robyn": APP_KIND, "SubRouter": ROUTER_KIND}
REQUEST_TYPE, REQUEST_NAME = "Request", "request"
MODULE_REFERENCES = ("__file__", "__name__")
VIEW_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")  # a view's closures
CALL_VERBS = ("add_route", "add_view")  # call_routes
VIEW_CLOSURE = re.compile(rb"\n[ \t]+(?:async[ \t]+)?def (?:get|post|put|patch|delete|head|options)\(")


def robyn_names(imports: tuple[Import, ...]) -> dict[str, str]:
    """The local names of Robyn's app and router classes -> their kind (`robyn.Robyn` through
    `import robyn` too)."""
    found = {}
    for i in imports:
        if i.source == MODULE and i.imported in CLASSES and i.local:
            found[i.local] = CLASSES[i.imported]
        elif i.source == MODULE and not i.imported and i.local:
            found.update({f"{i.local}.{name}": kind for name, kind in CLASSES.items()})
    return found


def router(assignment: Node, names: dict[str, str]) -> RouterDecl | None:
    """`app = Robyn(__file__)`, `orders = SubRouter(__file__, prefix="/api/orders")` (the
    prefix as written; not a literal: unknown)."""
    value = assignment.child_by_field_name("right")
    if value is None or value.type != "call":
        return None
    kind = names.get(text(value.child_by_field_name("function")))
    if kind is None:
        return None
    prefix = subrouter_prefix(value) if kind == ROUTER_KIND else ""
    return RouterDecl(text(assignment.child_by_field_name("left")), kind, prefix, site(assignment))


def subrouter_prefix(call: Node) -> str | None:
    """The prefix of `SubRouter(...)` as Robyn reads its arguments: `prefix=` when given (a
    positional argument then is the legacy module reference), else the second of two
    positional ones (`SubRouter(__file__, "/x")`), else a lone positional one unless it is the
    module reference (`SubRouter("/users")`; `SubRouter(__name__)`: none); None when not a
    literal."""
    positional, keywords = call_arguments(call)
    if "**" in keywords:
        return None
    if "prefix" in keywords:
        return string_literal(keywords["prefix"])
    if len(positional) >= 2:
        return string_literal(positional[1])
    if not positional or text(positional[0]) in MODULE_REFERENCES:
        return ""
    given = string_literal(positional[0])
    return given if given is not None and given.startswith("/") else None


def request_parameter(view: Node | None) -> str | None:
    """The handler's parameter Robyn gives the request: the one annotated `Request`
    (`robyn.Request`), else the one named `request`."""
    parameters = view.child_by_field_name("parameters") if view is not None else None
    named = None
    for parameter in parameters.named_children if parameters is not None else ():
        if parameter.type == "typed_parameter" and parameter.named_children and \
                parameter.named_children[0].type == "identifier":
            annotation = parameter.child_by_field_name("type")
            if annotation is not None and text(annotation).rsplit(".", 1)[-1] == REQUEST_TYPE:
                return text(parameter.named_children[0])
        elif parameter.type == "identifier" and text(parameter) == REQUEST_NAME:
            named = REQUEST_NAME
    return named


def call_routes(call: Node, root: Node) -> list[RouteDecl]:
    """`app.add_route("GET", "/x/:id", handler)` (the method also `HttpMethod.GET`) and
    `app.add_view("/items/:id", view)`, which Robyn's decorators call: the route of a handler,
    read in place when this module defines it (else resolved by name), and the routes of a
    view this module defines."""
    function = call.child_by_field_name("function")
    verb = text(function.child_by_field_name("attribute")) if function.type == "attribute" else ""
    if verb not in CALL_VERBS:
        return []
    owner = text(function.child_by_field_name("object"))
    positional, keywords = call_arguments(call)
    if verb == "add_view":  # its closures: the view's responders (view_responders), by name
        path = positional[0] if positional else keywords.get("endpoint")
        given = positional[1] if len(positional) > 1 else keywords.get("view")
        if path is None or given is None or given.type not in ("identifier", "attribute"):
            return []
        return [RouteDecl(owner, ("*",), string_literal(path), text(given), site(call))]
    given = [positional[i] if len(positional) > i else keywords.get(name)
             for i, name in enumerate(("route_type", "endpoint", "handler"))]
    method = string_literal(given[0]) if given[0] is not None and given[0].type == "string" else \
        text(given[0]).rsplit(".", 1)[-1] if given[0] is not None and given[0].type == "attribute" else None
    if method is None or method.upper() not in {m.upper() for m in VIEW_METHODS} or given[1] is None \
            or given[2] is None or given[2].type not in ("identifier", "attribute"):
        return []
    handler = _module_function(root, given[2])
    request = request_parameter(handler)
    return [RouteDecl(owner, (method.upper(),), string_literal(given[1]), text(given[2]), site(call),
                      py_bodies.view_bodies(handler) if handler is not None else None,
                      reads=flask_requests.view_reads(handler, request) if handler is not None else None)]


def handler_producers(root: Node, taken: set[str]) -> tuple[ProducerDecl, ...]:
    """What each module-level function of a module importing Robyn that takes the request
    (annotated `Request`, or named `request`) sends when a route names it as its handler
    (`app.add_route("GET", "/x", handlers.list_items)` in another module): what it returns
    (`taken`: the names already read as producers)."""
    found = []
    for function in py_bodies.module_functions(root):
        if text(function.child_by_field_name("name")) in taken or request_parameter(function) is None:
            continue
        name = function.child_by_field_name("name")
        found.append(ProducerDecl(text(name), py_bodies.view_bodies(function), site(name)))
    return tuple(found)


def view_responders(root: Node) -> tuple[ResponderDecl, ...]:
    """What the closures named for methods of each module-level function answer when a Robyn
    app adds the function as a view (`app.add_view("/items/:id", items)` in any module: the
    view's `def get():` answers GET there, sending what it returns)."""
    found = []
    for definition in py_bodies.module_functions(root):
        name = text(definition.child_by_field_name("name"))
        for closure in _closures(definition):
            found.append(ResponderDecl(name, text(closure.child_by_field_name("name")).upper(), "",
                                       site(closure), py_bodies.view_bodies(closure),
                                       flask_requests.view_reads(closure, request_parameter(closure))))
    return tuple(found)


def _closures(view: Node) -> list[Node]:
    """The functions a view defines at the top of its body that are named for methods."""
    body = view.child_by_field_name("body")
    found = []
    for statement in body.named_children if body is not None else ():
        closure = statement.child_by_field_name("definition") if statement.type == "decorated_definition" \
            else statement
        if closure is not None and closure.type == "function_definition" and \
                text(closure.child_by_field_name("name")) in VIEW_METHODS:
            found.append(closure)
    return found


def _module_function(root: Node, name: Node | None) -> Node | None:
    """The module-level function a name names (decorated or not)."""
    if name is None or name.type != "identifier":
        return None
    return next((definition for definition in py_bodies.module_functions(root)
                 if text(definition.child_by_field_name("name")) == text(name)), None)


def view_routes(owner: str, call: Node, view: Node) -> list[RouteDecl]:
    """`@app.view("/items/:id")` on `view`: a route per closure named for a method, each
    sending what it returns and reading the request Robyn hands it."""
    positional, keywords = call_arguments(call)
    given = positional[0] if positional else keywords.get("endpoint")
    path = string_literal(given) if given is not None else None
    return [RouteDecl(owner, (name.upper(),), path, name, site(closure), py_bodies.view_bodies(closure),
                      reads=flask_requests.view_reads(closure, request_parameter(closure)))
            for closure in (_closures(view) if path is not None else ())
            if (name := text(closure.child_by_field_name("name")))]
