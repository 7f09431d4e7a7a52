"""Starlette's routing tables, in a module that imports `starlette.routing` or
`starlette.applications`.

`Starlette(routes=[...])` is an app, served at the root unless another app mounts it; its
routes are the items of the list: `Route("/wines/{wine_id:int}", wine, methods=["POST"])`
(no `methods`: GET, for a function; an `HTTPEndpoint` class of the module answers the methods
its `get`, `post`... say; an endpoint of another module answers any method here), and `Mount("/api", routes=[...])` whose routes
are served under its path (`starlette.routing.Mount`: the path joined before each). A list
bound to a module-level name (`routes = [...]`), `Router(routes=[...])` or
`Router([...])` bound so, is a table served only where an app or a mount names it
(`Starlette(routes=routes)`, `Mount("/api", routes=api_routes)`, `Mount("/api", app=api)`,
through imports too). A handler of the module is read as an aiohttp handler is: its first
parameter is the request (`await request.json()` the body, impact.http.flask_requests), and
what it returns (`JSONResponse({...})`) its body; one of another module is looked up by its
name. Items impact cannot read (a splat, a comprehension, a call of something else) are left
out: the routes it reads are those it is sure of. `app.add_route(path, endpoint, methods=[...])`
on an app the module makes adds a route as `Route(...)` does. An endpoint class of another
module, or one of the module on a base of its own, is a class-based view whose methods (its
own and its bases', an `HTTPEndpoint`'s) are found where it is declared (impact.http.routes); a
function of another module answers the methods the `Route` names, GET without them, and
requires what it reads of its request (`handler_reads`, in a module that imports Starlette);
a name that is neither, any method.
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from impact.http import aiohttp_web, flask_requests, py_bodies
from impact.http.py_bodies import class_bases
from impact.http.py_syntax import call_arguments, definition_of, method_names, string_literal
from impact.lang.treesitter import site, text
from impact.model import Import, MountDecl, ProducerDecl, RouteDecl, RouterDecl

MODULES = ("starlette.routing", "starlette.applications", "starlette")
PACKAGE = "starlette"
APP_KIND, TABLE_KIND = "starlette", "starlette-table"
MADE = ("Route", "Mount", "Router", "Starlette")
VERBS = ("get", "post", "put", "patch", "delete")  # an `HTTPEndpoint`'s methods that answer one
ENDPOINT = "HTTPEndpoint"
ADD_ROUTE = "add_route"
Found = tuple[list[RouteDecl], list[RouterDecl], list[MountDecl]]


def starlette_names(imports: tuple[Import, ...]) -> dict[str, str]:
    """Local name -> what it is of Starlette (`Route`, `Mount`, `Router`, `Starlette`)."""
    return {i.local: i.imported for i in imports
            if i.source in MODULES and i.local and i.imported in MADE}


def extract(root: Node, names: dict[str, str]) -> Found:
    """The apps and tables the module binds at its top level, their routes and mounts."""
    found: Found = ([], [], [])
    functions = _functions(root)
    for statement in root.named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is None or assignment.type != "assignment" or \
                assignment.child_by_field_name("left").type != "identifier":
            continue
        name, value = text(assignment.child_by_field_name("left")), assignment.child_by_field_name("right")
        made = names.get(text(value.child_by_field_name("function"))) if value.type == "call" else None
        if value.type == "list" and _routing_items(value, names):
            found[1].append(RouterDecl(name, TABLE_KIND, "", site(assignment)))
            _table(name, "", value, names, functions, found)
        elif made in ("Starlette", "Router"):
            found[1].append(RouterDecl(name, APP_KIND if made == "Starlette" else TABLE_KIND, "", site(assignment)))
            positional, keywords = call_arguments(value)
            listed = keywords.get("routes") or (positional[0] if positional and made == "Router" else None)
            _listed(name, "", listed, names, functions, found)
    _added_routes(root, {r.name for r in found[1]}, functions, found)
    return found


def _added_routes(root: Node, made: set[str], functions: dict[str, Node], found: Found) -> None:
    """`app.add_route(path, endpoint, methods=[...])` at the module's top, on an app or router
    it makes."""
    for statement in root.named_children:
        call = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        function = call.child_by_field_name("function") if call is not None and call.type == "call" else None
        if function is None or function.type != "attribute" or \
                text(function.child_by_field_name("attribute")) != ADD_ROUTE or \
                text(function.child_by_field_name("object")) not in made:
            continue
        positional, keywords = call_arguments(call)
        path = string_literal(positional[0]) if positional else None
        endpoint = positional[1] if len(positional) > 1 else keywords.get("route") or keywords.get("endpoint")
        if path is not None and endpoint is not None:
            found[0].extend(_routes(text(function.child_by_field_name("object")), path, endpoint,
                                    keywords.get("methods") or (positional[2] if len(positional) > 2 else None),
                                    call, functions))


def _functions(root: Node) -> dict[str, Node]:
    """The module-level functions and classes, by name."""
    found = {}
    for statement in root.named_children:
        function = definition_of(statement)
        if function is not None and function.type in ("function_definition", "class_definition"):
            found[text(function.child_by_field_name("name"))] = function
    return found


def _responders(cls: Node) -> dict[str, Node]:
    """An `HTTPEndpoint` class's methods named for the HTTP methods they answer, upper case."""
    found = {}
    for statement in cls.child_by_field_name("body").named_children:
        method = definition_of(statement)
        name = text(method.child_by_field_name("name")) if method is not None and \
            method.type == "function_definition" else ""
        if name in VERBS:
            found[name.upper()] = method
    return found


def _routing_items(listed: Node, names: dict[str, str]) -> bool:
    return any(item.type == "call" and names.get(text(item.child_by_field_name("function"))) in ("Route", "Mount")
               for item in listed.named_children)


def _listed(owner: str, prefix: str, listed: Node | None, names: dict[str, str], functions: dict[str, Node],
            found: Found) -> None:
    """The routes a `routes=` argument gives `owner` under `prefix`: a list in place, or a
    table named (mounted)."""
    if listed is None:
        return
    if listed.type == "list":
        _table(owner, prefix, listed, names, functions, found)
    elif listed.type in ("identifier", "attribute"):
        found[2].append(MountDecl(owner, text(listed), prefix, site(listed)))


def _table(owner: str, prefix: str, listed: Node, names: dict[str, str], functions: dict[str, Node],
           found: Found) -> None:
    for item in listed.named_children:
        made = names.get(text(item.child_by_field_name("function"))) if item.type == "call" else None
        positional, keywords = call_arguments(item) if made else ([], {})
        path_node = positional[0] if positional else keywords.get("path")
        path = string_literal(path_node) if path_node is not None else None
        if path is None:
            continue
        if made == "Route":
            endpoint = positional[1] if len(positional) > 1 else keywords.get("endpoint")
            if endpoint is not None:
                found[0].extend(_routes(owner, prefix + path, endpoint, keywords.get("methods"), item, functions))
        elif made == "Mount":  # its path without the trailing slash (`Mount("/", ...)`: none)
            mounted = keywords.get("app") or (positional[1] if len(positional) > 1 else None)
            under = prefix + path.rstrip("/")
            if mounted is not None and mounted.type in ("identifier", "attribute"):
                found[2].append(MountDecl(owner, text(mounted), under, site(item)))
            _listed(owner, under, keywords.get("routes"), names, functions, found)


def _routes(owner: str, path: str, endpoint: Node, methods: Node | None, item: Node,
            functions: dict[str, Node]) -> list[RouteDecl]:
    """A `Route(...)`: a handler of the module is read in place (an `HTTPEndpoint` class of the
    module: each method it answers, as its methods say; a class without such methods, an ASGI
    app, answers any); another is named."""
    view = functions.get(text(endpoint)) if endpoint.type == "identifier" else None
    is_class = view is not None and view.type == "class_definition"
    if is_class and [b.rsplit(".", 1)[-1] for b in class_bases(view)] == [ENDPOINT] and _responders(view):
        return [_read(owner, (verb,), path, f"{text(endpoint)}.{verb.lower()}", method, item)
                for verb, method in _responders(view).items()]
    if view is None and endpoint.type in ("identifier", "attribute") or is_class and class_bases(view):
        # a class-based view (its methods found where it is declared), or a function of another
        # module (the methods written, () when none are: impact.http.routes tells which)
        return [RouteDecl(owner, method_names(methods, ()), path, text(endpoint), site(item), resource=True)]
    view = view if view is not None and view.type == "function_definition" else None  # a class: an ASGI app
    answered = method_names(methods, ("GET",) if view is not None else ("*",))
    if view is None:
        return [RouteDecl(owner, answered, path, text(endpoint), site(item))]
    return [_read(owner, answered, path, text(endpoint), view, item)]


def _read(owner: str, methods: tuple[str, ...], path: str, handler: str, view: Node, item: Node) -> RouteDecl:
    return RouteDecl(owner, methods, path, handler, site(item), py_bodies.view_bodies(view),
                     reads=flask_requests.view_reads(view, aiohttp_web.request_parameter(view)))


def imports_starlette(imports: tuple[Import, ...]) -> bool:
    return any(i.source == PACKAGE or i.source.startswith(f"{PACKAGE}.") for i in imports)


def handler_reads(root: Node, producers: tuple[ProducerDecl, ...]) -> tuple[ProducerDecl, ...]:
    """The module-level functions among `producers` (views returning a response), each with
    what it surely reads of its request (its first parameter): a routing table of another
    module may name it."""
    functions = _functions(root)
    found = []
    for producer in producers:
        view = functions.get(producer.name)
        request = aiohttp_web.request_parameter(view) if view is not None and \
            view.type == "function_definition" else None
        found.append(replace(producer, reads=flask_requests.view_reads(view, request)) if request else producer)
    return tuple(found)
