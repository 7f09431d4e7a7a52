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
`async def post(request):`), answers each such method at the path with that closure.
Only modules importing `robyn` are read so.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http import flask_requests, py_bodies
from impact.http.py_syntax import call_arguments, string_literal
from impact.lang.treesitter import site, text
from impact.model import Import, RouteDecl, RouterDecl

MODULE = "robyn"
APP_KIND, ROUTER_KIND = "robyn", "robyn-subrouter"
CLASSES = {"Robyn": APP_KIND, "SubRouter": ROUTER_KIND}
REQUEST_TYPE, REQUEST_NAME = "Request", "request"
MODULE_REFERENCES = ("__file__", "__name__")
VIEW_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")  # a view's closures


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


def view_routes(owner: str, call: Node, view: Node) -> list[RouteDecl]:
    """`@app.view("/items/:id")` on `view`: a route per closure named for a method, each
    sending what it returns and reading the request Robyn hands it."""
    positional, keywords = call_arguments(call)
    given = positional[0] if positional else keywords.get("endpoint")
    path = string_literal(given) if given is not None else None
    body = view.child_by_field_name("body")
    routes = []
    for statement in body.named_children if body is not None and path is not None else ():
        closure = statement.child_by_field_name("definition") if statement.type == "decorated_definition" \
            else statement
        name = text(closure.child_by_field_name("name")) if closure is not None and \
            closure.type == "function_definition" else ""
        if name in VIEW_METHODS:
            routes.append(RouteDecl(owner, (name.upper(),), path, name, site(closure),
                                    py_bodies.view_bodies(closure),
                                    reads=flask_requests.view_reads(closure, request_parameter(closure))))
    return routes
