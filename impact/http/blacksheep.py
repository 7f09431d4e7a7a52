"""BlackSheep: the module-level decorators `@get("/api/items/{item_id}")`, `@post`, `@put`,
`@patch`, `@delete`, `@head`, `@options` (and `@route(path, methods=[...])`) imported from
`blacksheep` (`blacksheep.server.routing`) register their handler on the default router, which
an `Application()` made without a router of its own serves at the root. A path parameter is
`{name}`, `{int:name}` or `:name`; `json(data)` answers `data` (read as Sanic's, the same
call). The handler's parameters are bound as FastAPI's are read (impact.http.py_requests),
with BlackSheep's binders: `FromJSON[Model]` the body, `FromQuery[T]` a query parameter,
`FromRoute`, `FromHeader`, `FromCookie`, `FromServices` nothing of the query or the body; a
parameter named `request` is given the request (BlackSheep's convention), not a query parameter.

Controllers: the decorators of `blacksheep.server.controllers` (`@get("/{vine_id}")`, `@get()`
for "/") on the methods of a class deriving from its `Controller` serve at the class's base
route joined to the pattern (`ControllersManager.get_controller_handler_pattern`, `join_fragments`):
what a `route` classmethod returns as a string literal, or a `route = "..."` class attribute;
none for a `Controller` that says nothing, `/api/<class name in lower case>` for an
`APIController` (`/api/<version>/<name>` with a `version()` returning a string literal, the
version cut from the end of the name as `APIController.route` does). A class on a controller
class of the same module inherits what it does not define; a class on another base (the
project's own, imported) serves under the route it says itself (else nothing impact places, nor
does a route impact cannot read). A method's first parameter is the controller; the others are
bound as a handler's. `@get(None)` (or `@get(...)`) serves at the handler's name
(`default_pattern`), on the default router as on a controller.
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from impact.http.py_syntax import string_literal
from impact.lang.treesitter import text
from impact.model import Import, ParameterDecl

MODULES = ("blacksheep", "blacksheep.server", "blacksheep.server.routing")
KIND = "blacksheep"
DEFAULT_ROUTER = "(blacksheep default router)"  # the owner of the default router's routes
CONTROLLERS_MODULE = "blacksheep.server.controllers"
CONTROLLERS = "(blacksheep controllers)"  # the registry its decorators add routes to
CONTROLLER, API_CONTROLLER = "Controller", "APIController"
VERBS = ("get", "post", "put", "patch", "delete", "head", "options", "route")
# BlackSheep's binders -> what the parameter is (py_requests: as FastAPI's markers name them)
REQUEST = "request"  # the parameter BlackSheep hands the request by its name
BINDERS = {"FromJSON": "model", "FromQuery": "scalar", "FromRoute": "other", "FromHeader": "other",
           "FromCookie": "other", "FromServices": "other", "FromForm": "unknown", "FromFiles": "unknown",
           "FromBytes": "unknown", "FromText": "unknown"}


def default_router_verbs(imports: tuple[Import, ...]) -> dict[str, str]:
    """The default router's decorators as the module writes them (`get`, `blacksheep.get`)
    -> the verb."""
    found = {i.local: i.imported for i in imports
             if i.source in MODULES and i.imported in VERBS and i.local}
    for module in (i.local for i in imports if i.source == MODULES[0] and not i.imported and i.local):
        found.update({f"{module}.{verb}": verb for verb in VERBS})
    return found


def controller_verbs(imports: tuple[Import, ...]) -> dict[str, str]:
    """The controllers' decorators as the module writes them -> the verb."""
    found = {i.local: i.imported for i in imports
             if i.source == CONTROLLERS_MODULE and i.imported in VERBS and i.local}
    for module in (i.local for i in imports if i.source == CONTROLLERS_MODULE and not i.imported and i.local):
        found.update({f"{module}.{verb}": verb for verb in VERBS})
    return found


def controller_routes(root: Node, imports: tuple[Import, ...]) -> dict[int, str]:
    """The module-level controller classes (by node id) -> their base route ("" for none): a
    class on `Controller` or `APIController`, or on a class of the module that is one (what it
    does not define it inherits); a class on another base (the project's own, imported) when it
    says its route itself, in a module that decorates with the controllers' decorators."""
    bases = {i.local: i.imported for i in imports
             if i.source == CONTROLLERS_MODULE and i.imported in (CONTROLLER, API_CONTROLLER) and i.local}
    decorates = bool(controller_verbs(imports))
    found, own = {}, {}  # own: the module's controller classes by name -> (kind, members)
    for statement in root.named_children if bases or decorates else ():
        cls = statement.child_by_field_name("definition") if statement.type == "decorated_definition" \
            else statement
        if cls is None or cls.type != "class_definition":
            continue
        given = cls.child_by_field_name("superclasses")
        named = [text(b) for b in given.named_children] if given is not None else []
        if len(named) != 1:
            continue
        kind, members = bases.get(named[0]), _members(cls)
        if named[0] in own:
            kind, inherited = own[named[0]]
            members = {**inherited, **members}
        elif kind is None and (not decorates or "route" not in members):
            continue  # another base: its route and what it derives from are not known here
        own[text(cls.child_by_field_name("name"))] = (kind, members)
        route = _base_route(cls, kind, members)
        if route is not None:
            found[cls.id] = route
    return found


def _members(cls: Node) -> dict[str, Node]:
    """A class's functions and the values of its attributes, by name."""
    members = {}
    for member in cls.child_by_field_name("body").named_children:
        member = member.child_by_field_name("definition") if member.type == "decorated_definition" else member
        if member is not None and member.type == "function_definition":
            members[text(member.child_by_field_name("name"))] = member
        elif member is not None and member.type == "expression_statement" and member.named_children and \
                member.named_children[0].type == "assignment":
            assigned = member.named_children[0]
            members[text(assigned.child_by_field_name("left"))] = assigned.child_by_field_name("right")
    return members


def _base_route(cls: Node, base: str | None, members: dict[str, Node]) -> str | None:
    """What a controller's `route` gives, the default of its base when it defines none."""
    if "route" in members:
        return _given(members["route"])
    if base == CONTROLLER:
        return ""
    if base is None:
        return None
    name = text(cls.child_by_field_name("name")).lower()
    version = _given(members["version"]) if "version" in members else ""
    if version is None:
        return None
    if version and name.endswith(version.lower()):
        name = name[:-len(version)]
    return joined("/api", joined(version, name) if version else name)


def _given(member: Node | None) -> str | None:
    """The string a class attribute holds or a classmethod returns (its one statement)."""
    if member is not None and member.type == "function_definition":
        statements = member.child_by_field_name("body").named_children
        returned = statements[0] if len(statements) == 1 and statements[0].type == "return_statement" \
            else None
        member = returned.named_children[0] if returned is not None and returned.named_children else None
    return string_literal(member)


def default_pattern(handler: str) -> str:
    """The pattern of `@get(None)` (or `@get(...)`): `/` for a handler named `index` or
    `default`, else `/` and its name with dashes for underscores (`RoutesRegistry.
    _get_decorator`, `normalize_default_pattern_name`)."""
    return "/" if handler in ("index", "default") else "/" + handler.replace("_", "-")


def joined(route: str, pattern: str) -> str:
    """BlackSheep's `join_fragments(route, pattern)` when the route is not empty, without the
    trailing slash its router ignores."""
    if not route:
        return pattern if pattern.startswith("/") else "/" + pattern
    return "/" + "/".join(f.strip("/") for f in (route, pattern) if f.strip("/"))


def bound(parameters: tuple[ParameterDecl, ...] | None) -> tuple[ParameterDecl, ...] | None:
    """A handler's parameters as BlackSheep binds them: `request` is the request."""
    if parameters is None:
        return None
    return tuple(replace(p, kind="other", required=False) if p.name == REQUEST and p.kind == "scalar" else p
                 for p in parameters)
