"""NestJS controllers: `@Controller('tickets')` on a top-level class makes it a router with
that prefix, and each method decorated `@Get(':id')`, `@Post()`, ... (imported from
`@nestjs/common`) a route on it; `app.setGlobalPrefix('api')` puts every controller under
`/api` (impact.http.routes composes them). A prefix or path that is not a string literal
(an array, a variable, `@Controller({ path, version })` with URI versioning, a global prefix
with `exclude`) is unknown, and so is every controller's place when the app mounts modules
under paths (`RouterModule.register`) or versions its URLs (`enableVersioning`): the routes
are then unanchored, and the rules abstain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tree_sitter import Node

from impact.lang.treesitter import call_arguments, site, text
from impact.model import RouteDecl, RouterDecl

PACKAGE = b"@nestjs/common"
APP_CALLS = (b"setGlobalPrefix", b"RouterModule", b"enableVersioning")  # any in a module: look
MOVING_CALLS = ("register", "forRoutes", "enableVersioning")
CONTROLLER_KIND, GLOBAL_PREFIX_KIND = "nest-controller", "nest-global-prefix"
METHOD_DECORATORS = {"Get": "GET", "Post": "POST", "Put": "PUT", "Patch": "PATCH",
                     "Delete": "DELETE", "Head": "HEAD", "Options": "OPTIONS", "All": "*"}
StringValue = Callable[[Node | None], str | None]


def controllers(root: Node, source: bytes, imported: frozenset[str], string_value: StringValue
                ) -> tuple[list[RouterDecl], list[RouteDecl]]:
    """The controllers of a module (`source`: its bytes) that imports from `@nestjs/common`,
    and their routes."""
    routers, routes = [], []
    if "Controller" not in imported or PACKAGE not in source:
        return routers, routes
    for decorators, declaration in _top_level_classes(root):
        controller = _decorator(decorators, "Controller")
        name = declaration.child_by_field_name("name")
        if controller is None or name is None:
            continue
        routers.append(RouterDecl(text(name), CONTROLLER_KIND, _prefix(controller, string_value),
                                  site(controller)))
        routes += _routes(text(name), declaration, imported, string_value)
    return routers, routes


def global_prefix(call: Node, string_value: StringValue) -> RouterDecl | None:
    """`app.setGlobalPrefix('api')`: a pseudo-router whose prefix every controller takes;
    its prefix is unknown with `{ exclude }`, and for `RouterModule.register(...)` (modules
    mounted under paths) and `app.enableVersioning(...)` (`/v1` in front of some routes),
    which move controllers in ways impact does not follow."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "member_expression":
        return None
    method = text(function.child_by_field_name("property"))
    owner = text(function.child_by_field_name("object"))
    if method == "setGlobalPrefix":
        args = call_arguments(call)
        prefix = string_value(args[0]) if len(args) == 1 else None
    elif method in MOVING_CALLS and (owner == "RouterModule" or method == "enableVersioning"):
        prefix = None
    else:
        return None
    return RouterDecl(owner, GLOBAL_PREFIX_KIND, prefix, site(call))


def _top_level_classes(root: Node) -> Iterator[tuple[list[Node], Node]]:
    """(decorators, class declaration) of each top-level class, exported or not."""
    for statement in root.named_children:
        decorators = [c for c in statement.named_children if c.type == "decorator"]
        if statement.type == "export_statement":
            declaration = statement.child_by_field_name("declaration")
            if declaration is not None and declaration.type == "class_declaration":
                yield decorators + _own_decorators(declaration), declaration
        elif statement.type == "class_declaration":
            yield decorators, statement


def _own_decorators(declaration: Node) -> list[Node]:
    return [c for c in declaration.named_children if c.type == "decorator"]


def _decorator(decorators: list[Node], name: str) -> Node | None:
    """The call of decorator `@name(...)`, if it is among them."""
    for decorator in decorators:
        call = decorator.named_children[0] if decorator.named_children else None
        if call is not None and call.type == "call_expression" and \
                text(call.child_by_field_name("function")) == name:
            return call
    return None


def _prefix(controller: Node, string_value: StringValue) -> str | None:
    args = call_arguments(controller)
    if not args:
        return ""
    if args[0].type == "object":  # `{ path: 'x' }`; a version or host changes the URL
        pairs = {text(p.child_by_field_name("key")): p.child_by_field_name("value")
                 for p in args[0].named_children if p.type == "pair"}
        if set(pairs) != {"path"} or len(args[0].named_children) != 1:
            return None
        return string_value(pairs["path"])
    return string_value(args[0])


def _routes(owner: str, declaration: Node, imported: frozenset[str], string_value: StringValue
            ) -> list[RouteDecl]:
    body = declaration.child_by_field_name("body")
    routes, pending = [], []
    for member in body.named_children if body is not None else ():
        if member.type == "decorator":
            pending.append(member)
            continue
        if member.type == "method_definition":
            routes += [RouteDecl(owner, (method,), path, text(member.child_by_field_name("name")),
                                 site(call))
                       for method, path, call in _methods(pending, imported, string_value)]
        pending = []
    return routes


def _methods(decorators: list[Node], imported: frozenset[str], string_value: StringValue
             ) -> Iterator[tuple[str, str | None, Node]]:
    for decorator in decorators:
        call = decorator.named_children[0] if decorator.named_children else None
        if call is None or call.type != "call_expression":
            continue
        name = text(call.child_by_field_name("function"))
        if name in METHOD_DECORATORS and name in imported:
            args = call_arguments(call)
            yield METHOD_DECORATORS[name], string_value(args[0]) if args else "", call
