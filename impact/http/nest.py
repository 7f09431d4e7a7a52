"""NestJS controllers: `@Controller('tickets')` on a top-level class makes it a router with
that prefix, and each method decorated `@Get(':id')`, `@Post()`, ... (imported from
`@nestjs/common`) a route on it; `app.setGlobalPrefix('api')` puts every controller under
`/api` (impact.http.routes composes them). A prefix or path that is not a string literal
(an array, a variable, `@Controller({ path, version })` with URI versioning, a global prefix
with `exclude`) is unknown, and so is every controller's place when the app mounts modules
under paths (`RouterModule.register`) or versions its URLs (`enableVersioning`): the routes
are then unanchored, and the rules abstain.

What a route sends is what its method returns (Nest writes it as JSON): the declared return
type (`Promise<TaskDto>`: impact.http.ts_types), else each `return` — an object literal, a
serializer's result, or `this.tasksService.findOne(id)`, the method of the class an injected
property is declared with (a constructor parameter property or a typed field), resolved
later. A method that sends through the response object (`@Res()`, `@Next()`), renders,
redirects, streams (`@Sse`), or whose controller or itself uses interceptors (they may
rewrite the body) sends what impact does not know; so does every route of an app with global
interceptors (`app.useGlobalInterceptors`, an `APP_INTERCEPTOR` provider).
"""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from impact.http import js_bodies, ts_types
from impact.http.js_literals import string_value
from impact.lang.treesitter import call_arguments, descendants, site, text
from impact.model import BodyDecl, RouteDecl, RouterDecl

PACKAGE = b"@nestjs/common"
APP_CALLS = (b"setGlobalPrefix", b"RouterModule", b"enableVersioning", b"useGlobalInterceptors",
             b"APP_INTERCEPTOR")  # any in a module: look
MOVING_CALLS = ("register", "forRoutes", "enableVersioning")
CONTROLLER_KIND, GLOBAL_PREFIX_KIND = "nest-controller", "nest-global-prefix"
INTERCEPTORS_KIND = "nest-global-interceptors"  # the app's interceptors may rewrite every body
METHOD_DECORATORS = {"Get": "GET", "Post": "POST", "Put": "PUT", "Patch": "PATCH",
                     "Delete": "DELETE", "Head": "HEAD", "Options": "OPTIONS", "All": "*"}
SENDS_ITSELF = {"Res", "Response", "Next"}  # parameter decorators: the method sends
NOT_RETURNED = {"Render", "Redirect", "Sse", "UseInterceptors"}  # the body is not the return


def controllers(root: Node, source: bytes, imported: frozenset[str]) -> tuple[list[RouterDecl], list[RouteDecl]]:
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
        routers.append(RouterDecl(text(name), CONTROLLER_KIND, _prefix(controller),
                                  site(controller)))
        rewritten = "UseInterceptors" in {ts_types.decorator_name(d) for d in decorators}
        routes += _routes(text(name), declaration, imported, rewritten)
    return routers, routes


def global_prefix(call: Node) -> RouterDecl | None:
    """`app.setGlobalPrefix('api')`: a pseudo-router whose prefix every controller takes;
    its prefix is unknown with `{ exclude }`, and for `RouterModule.register(...)` (modules
    mounted under paths) and `app.enableVersioning(...)` (`/v1` in front of some routes),
    which move controllers in ways impact does not follow; `app.useGlobalInterceptors(...)`
    and an `APP_INTERCEPTOR` provider of a `@Module`, whose interceptors may rewrite what
    every route sends (INTERCEPTORS_KIND)."""
    function = call.child_by_field_name("function")
    if function is not None and text(function) == "Module" and _provides_an_interceptor(call):
        return RouterDecl("APP_INTERCEPTOR", INTERCEPTORS_KIND, None, site(call))
    if function is None or function.type != "member_expression":
        return None
    method = text(function.child_by_field_name("property"))
    if method == "useGlobalInterceptors":
        return RouterDecl("APP_INTERCEPTOR", INTERCEPTORS_KIND, None, site(call))
    owner = text(function.child_by_field_name("object"))
    if method == "setGlobalPrefix":
        args = call_arguments(call)
        prefix = string_value(args[0]) if len(args) == 1 else None
    elif method in MOVING_CALLS and (owner == "RouterModule" or method == "enableVersioning"):
        prefix = None
    else:
        return None
    return RouterDecl(owner, GLOBAL_PREFIX_KIND, prefix, site(call))


def _provides_an_interceptor(module: Node) -> bool:
    """`@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: X }] })`."""
    return any(node.type == "pair" and text(node.child_by_field_name("key")) == "provide" and
               text(node.child_by_field_name("value")) == "APP_INTERCEPTOR"
               for node in descendants(module))


def _top_level_classes(root: Node) -> Iterator[tuple[list[Node], Node]]:
    """(decorators, class declaration) of each top-level class, exported or not."""
    for declaration, outer in ts_types.top_level_declarations(root):
        if declaration.type == "class_declaration":
            yield [c for node in (*outer, declaration) for c in node.named_children
                   if c.type == "decorator"], declaration


def _decorator(decorators: list[Node], name: str) -> Node | None:
    """The call of decorator `@name(...)`, if it is among them."""
    for decorator in decorators:
        call = decorator.named_children[0] if decorator.named_children else None
        if call is not None and call.type == "call_expression" and \
                text(call.child_by_field_name("function")) == name:
            return call
    return None


def _prefix(controller: Node) -> str | None:
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


def _routes(owner: str, declaration: Node, imported: frozenset[str], rewritten: bool) -> list[RouteDecl]:
    """`rewritten`: the controller uses interceptors, which may change what its routes send."""
    body = declaration.child_by_field_name("body")
    properties = _typed_properties(body) if body is not None else {}
    routes, pending = [], []
    for member in body.named_children if body is not None else ():
        if member.type == "decorator":
            pending.append(member)
            continue
        if member.type == "method_definition":
            methods = list(_methods(pending, imported))
            decorators = {ts_types.decorator_name(d) for d in pending}
            sent = (js_bodies.OPEN,) if rewritten or decorators & NOT_RETURNED else \
                _returned_bodies(member, properties) if methods else ()
            routes += [RouteDecl(owner, (method,), path, text(member.child_by_field_name("name")),
                                 site(call), sent)
                       for method, path, call in methods]
        pending = []
    return routes


def _returned_bodies(method: Node, properties: dict[str, str]) -> tuple[BodyDecl, ...]:
    """What a route's method sends: its declared return type, else what each return gives."""
    parameters = method.child_by_field_name("parameters")
    if any(SENDS_ITSELF.intersection(ts_types.decorator_names(p))
           for p in parameters.named_children if parameters is not None):
        return (js_bodies.OPEN,)
    declared = method.child_by_field_name("return_type")
    if declared is not None:
        return (ts_types.type_body(declared),)
    body = method.child_by_field_name("body")
    returns = list(js_bodies.return_statements(body)) if body is not None else []
    bodies = [_returned(r.named_children[0], method, properties) if r.named_children
              else ts_types.NONE for r in returns]
    return tuple(dict.fromkeys(bodies)) or (ts_types.NONE,)


def _returned(value: Node, method: Node, properties: dict[str, str]) -> BodyDecl:
    """`this.service.find(id)` (awaited or not): what that method of the property's class
    returns; anything else as js_bodies reads a sent value."""
    call = value
    while call.type in js_bodies.TRANSPARENT and call.named_children:
        call = call.named_children[0]
    function = call.child_by_field_name("function") if call.type == "call_expression" else None
    receiver = function.child_by_field_name("object") \
        if function is not None and function.type == "member_expression" else None
    if receiver is not None and receiver.type == "member_expression" and \
            receiver.child_by_field_name("object").type == "this":
        cls = properties.get(text(receiver.child_by_field_name("property")))
        return BodyDecl("serialized", ref=cls, method=text(function.child_by_field_name("property"))) \
            if cls else js_bodies.OPEN
    return js_bodies.value_body(value, method)


def _typed_properties(body: Node) -> dict[str, str]:
    """The properties of a class declared with a named class type (a constructor parameter
    property `private readonly tasks: TasksService`, a field `tasks: TasksService`), by name;
    a name declared twice is left out."""
    declared: list[tuple[Node | None, Node | None]] = []
    for member in body.named_children:
        if member.type == "public_field_definition":
            declared.append((member.child_by_field_name("name"), member.child_by_field_name("type")))
        elif member.type == "method_definition" and \
                text(member.child_by_field_name("name")) == "constructor":
            parameters = member.child_by_field_name("parameters")
            declared += [(p.child_by_field_name("pattern"), p.child_by_field_name("type"))
                         for p in parameters.named_children
                         if any(c.type in ("accessibility_modifier", "readonly") for c in p.children)]
    found: dict[str, str] = {}
    names = [text(name) for name, _type in declared if name is not None]
    for name, annotation in declared:
        written = annotation.named_children[0] if annotation is not None and \
            annotation.named_child_count == 1 else None
        if name is not None and written is not None and written.type == "type_identifier" and \
                names.count(text(name)) == 1:
            found[text(name)] = text(written)
    return found


def _methods(decorators: list[Node], imported: frozenset[str]) -> Iterator[tuple[str, str | None, Node]]:
    for decorator in decorators:
        call = decorator.named_children[0] if decorator.named_children else None
        if call is None or call.type != "call_expression":
            continue
        name = text(call.child_by_field_name("function"))
        if name in METHOD_DECORATORS and name in imported:
            args = call_arguments(call)
            yield METHOD_DECORATORS[name], string_value(args[0]) if args else "", call
