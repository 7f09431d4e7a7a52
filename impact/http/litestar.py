"""Litestar's routes, in a module that imports from `litestar`.

A route handler is a function decorated `@get(path)` (`@post`, `@put`, `@patch`, `@delete`,
`@head`, `@route(path, http_method=[...])`; no path: `/`; a list of paths: each) — served only
where a `route_handlers=[...]` list names it: of the app (`Litestar(route_handlers=[...])`,
the list may come first), of a `Router(path="/api", route_handlers=[...])`, or of a
`Controller` subclass (its `path = "/x"` prefixes the handlers its methods declare). Each
handler is a router of its own here (impact.http.routes), mounted by the lists that name it;
a list impact cannot read (a variable, a splat, a call other than `Router(...)`), or an
`app.register(...)`, makes it say nothing of handlers no list names (routes.py keeps them,
unanchored). What a handler sends is its return annotation (a dataclass or a pydantic model);
its JSON body is its `data` parameter (the model it is annotated with), the only parameter
read as a request's here.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http import py_bodies, py_requests
from impact.http.py_syntax import call_arguments, definition_of, string_literal
from impact.lang.treesitter import site, text
from impact.model import Import, MountDecl, ParameterDecl, RouteDecl, RouterDecl

MODULES = ("litestar", "litestar.handlers", "litestar.controller", "litestar.router", "litestar.app")
HANDLER_KIND, CONTROLLER_KIND, ROUTER_KIND = "litestar-handler", "litestar-controller", "litestar-router"
APP_KIND, UNREAD_KIND = "litestar", "litestar-unread"
KINDS = (HANDLER_KIND, CONTROLLER_KIND, ROUTER_KIND, APP_KIND)
VERBS = ("get", "post", "put", "patch", "delete", "head")
UNREAD = "(a route_handlers list impact cannot read)"
Found = tuple[list[RouteDecl], list[RouterDecl], list[MountDecl]]


def litestar_names(imports: tuple[Import, ...]) -> dict[str, str]:
    """Local name -> what it is of Litestar (`get`, `route`, `Controller`, `Router`, `Litestar`)."""
    return {i.local: i.imported for i in imports
            if i.source in MODULES and i.local and i.imported in (*VERBS, "route", "Controller",
                                                                  "Router", "Litestar")}


def extract(root: Node, names: dict[str, str]) -> Found:
    routes: list[RouteDecl] = []
    routers: list[RouterDecl] = []
    mounts: list[MountDecl] = []
    for statement in root.named_children:
        node = definition_of(statement)
        if node is not None and node.type == "function_definition":
            declared = _handler(statement, node, names, "")
            if declared:
                name = text(node.child_by_field_name("name"))
                routers.append(RouterDecl(name, HANDLER_KIND, "", site(node.child_by_field_name("name"))))
                routes.extend(declared)
        elif node is not None and node.type == "class_definition":
            _controller(node, names, routes, routers)
    for call in _calls(root):
        _made(call, names, routers, mounts)
    return routes, routers, mounts


def _calls(root: Node):
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "call":
            yield node
        stack.extend(reversed(node.named_children))


def _handler(decorated: Node, function: Node, names: dict[str, str], owner: str) -> list[RouteDecl]:
    """The routes a function's Litestar decorator declares (owner: the function, else the
    controller class it is a method of)."""
    if decorated.type != "decorated_definition":
        return []
    handler = text(function.child_by_field_name("name"))
    found = []
    for decorator in decorated.named_children:
        call = decorator.named_children[0] if decorator.type == "decorator" and \
            decorator.named_children else None
        if call is None or call.type != "call":
            continue
        verb = names.get(text(call.child_by_field_name("function")))
        if verb not in (*VERBS, "route"):
            continue
        positional, keywords = call_arguments(call)
        methods = (verb.upper(),) if verb != "route" else _methods(keywords.get("http_method"))
        given = positional[0] if positional else keywords.get("path")
        for path in _paths(given):
            found.append(RouteDecl(owner or handler, methods, path, handler, site(decorator),
                                   py_bodies.view_bodies(function),
                                   py_bodies.route_model(call, function),
                                   parameters=_parameters(function)))
    return found


def _paths(given: Node | None) -> list[str | None]:
    if given is None:
        return ["/"]
    if given.type in ("list", "tuple", "set"):
        return [string_literal(item) for item in given.named_children]
    return [string_literal(given)]


def _methods(given: Node | None) -> tuple[str, ...]:
    items = given.named_children if given is not None and given.type in ("list", "tuple") else \
        [given] if given is not None else []
    methods = [(string_literal(i) or text(i).rsplit(".", 1)[-1]).upper() for i in items]
    return tuple(methods) if methods and all(m.isalpha() for m in methods) else ("*",)


def _parameters(function: Node) -> tuple[ParameterDecl, ...]:
    """The handler's `data` (the body: a model, else unknown); every other parameter asks
    nothing here (a path parameter, a dependency, `request`, a query parameter: not read)."""
    parameters = function.child_by_field_name("parameters")
    found = []
    for node in parameters.named_children if parameters is not None else ():
        name = node.child_by_field_name("name") if node.type != "typed_parameter" else \
            (node.named_children[0] if node.named_children else None)
        if name is None or text(name) != "data":
            continue
        annotation = node.child_by_field_name("type")
        declared = py_requests.parameter_of(node) if annotation is not None and \
            not text(annotation).startswith("Annotated") else None
        if declared is not None and declared.kind == "model":
            found.append(declared)
        else:
            found.append(ParameterDecl("data", "unknown", False, site(name)))
    return tuple(found)


def _controller(node: Node, names: dict[str, str], routes: list, routers: list) -> None:
    """`class WorkshopController(Controller): path = "/workshops"` and its handlers."""
    bases = py_bodies.class_bases(node)
    if not any(names.get(b) == "Controller" for b in bases):
        return
    name = text(node.child_by_field_name("name"))
    prefix: str | None = ""
    for statement in node.child_by_field_name("body").named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is not None and assignment.type == "assignment" and \
                text(assignment.child_by_field_name("left")) == "path":
            prefix = string_literal(assignment.child_by_field_name("right"))
        definition = statement.child_by_field_name("definition") \
            if statement.type == "decorated_definition" else None
        if definition is not None and definition.type == "function_definition":
            routes.extend(_handler(statement, definition, names, name))
    routers.append(RouterDecl(name, CONTROLLER_KIND, prefix, site(node.child_by_field_name("name"))))


def _made(call: Node, names: dict[str, str], routers: list, mounts: list) -> None:
    """`Litestar(route_handlers=[...])` (an app) and `Router(path=..., route_handlers=[...])`
    assigned to a name: the handlers each list names are mounted on it; `x.register(h)`."""
    function = call.child_by_field_name("function")
    if function.type == "attribute" and text(function.child_by_field_name("attribute")) == "register":
        routers.append(RouterDecl(UNREAD, UNREAD_KIND, "", site(call)))
        return
    made = names.get(text(function))
    if made not in ("Litestar", "Router"):
        return
    assignment = call.parent
    named = assignment is not None and assignment.type == "assignment" and \
        assignment.child_by_field_name("right") == call and \
        assignment.child_by_field_name("left").type == "identifier"
    if made == "Router" and not named:
        routers.append(RouterDecl(UNREAD, UNREAD_KIND, "", site(call)))  # a Router in place
        return
    name = text(assignment.child_by_field_name("left")) if named else f"(Litestar app {site(call).line})"
    positional, keywords = call_arguments(call)
    if made == "Litestar":
        listed = keywords.get("route_handlers") or (positional[0] if positional else None)
        routers.append(RouterDecl(name, APP_KIND, "", site(call)))
    else:
        listed = keywords.get("route_handlers") or (positional[1] if len(positional) > 1 else None)
        path = keywords.get("path") or (positional[0] if positional else None)
        routers.append(RouterDecl(name, ROUTER_KIND, string_literal(path) if path else None, site(call)))
    if listed is None:
        return
    if listed.type != "list" or "**" in keywords:
        routers.append(RouterDecl(UNREAD, UNREAD_KIND, "", site(call)))
        return
    for item in listed.named_children:
        if item.type in ("identifier", "attribute"):
            mounts.append(MountDecl(name, text(item), "", site(item)))
        elif item.type != "comment":
            routers.append(RouterDecl(UNREAD, UNREAD_KIND, "", site(item)))
