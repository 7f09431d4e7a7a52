"""HTTP facts of a Python module, from the syntax tree impact already parsed.

Flask: `Flask(...)`, `Blueprint(..., url_prefix=...)`, `@x.route(p, methods=[...])`,
`@x.get(p)` (2.0+), `x.add_url_rule(p, view_func=f)`, `x.register_blueprint(bp, url_prefix=...)`
(also nested blueprints); each route's endpoint name, and the URLs built from names
(impact.http.url_names). FastAPI/Starlette: `FastAPI()`, `APIRouter(prefix=...)`,
`@x.get(p)`, `@x.api_route(p, methods=[...])`, `x.include_router(r, prefix=...)`. Django URL
confs and DRF routers: impact.http.django. What each view returns, and the classes that may
be a response: impact.http.py_bodies. Requests of test clients: impact.http.py_clients.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

import tree_sitter
from tree_sitter import Node

from impact.http import (
    aiohttp_web,
    blacksheep,
    bottle,
    cherrypy,
    django,
    falcon,
    flask_requests,
    flask_resources,
    flask_restx,
    litestar,
    marshmallow,
    py_bodies,
    py_clients,
    py_constants,
    py_requests,
    renders,
    robyn,
    sanic,
    starlette,
    tornado,
    url_names,
)
from impact.http.py_syntax import call_arguments, method_names, string_literal
from impact.lang.treesitter import LANGUAGES, ancestor, site, text
from impact.model import HandOffDecl, HttpFacts, Import, MountDecl, ParameterDecl, RouteDecl, RouterDecl

METHOD_DECORATORS = ("get", "post", "put", "patch", "delete", "head", "options")
NINJA, NINJA_ROUTER = "ninja", "ninja-router"  # Django Ninja: `NinjaAPI()`, `Router()`
NINJA_MODULES = ("ninja", "ninja.router")
ROUTERS = {"Flask": ("flask", "url_prefix"), "Blueprint": ("blueprint", "url_prefix"),
           "FastAPI": ("fastapi", "root_path_unused"), "APIRouter": ("apirouter", "prefix"),
           "Quart": ("flask", "url_prefix"), "NinjaAPI": (NINJA, "urls_namespace_unused")}
# Django Ninja's `Router()`: a router only where the module imports it from ninja
NINJA_ROUTERS = {"Router": (NINJA_ROUTER, "unused")}
URL_RULE_VERBS = ("add_url_rule", "add_api_route")  # _url_rule
MOUNT_VERBS = ("register_blueprint", "include_router", "mount", "add_router")  # _mount
# the methods whose calls declare routes or mounts: only those calls are looked at further
CALL_VERBS = frozenset({*URL_RULE_VERBS, *MOUNT_VERBS, *flask_resources.API_MOUNT_VERBS,
                        flask_resources.RESOURCE_VERB})
ENCODED_CALL_VERBS = tuple(verb.encode() for verb in sorted(CALL_VERBS))  # a module without one has no such call
PARAMETER = "parameter:"  # a MountDecl parent: parameter `i` of function `f`, `parameter:f:i`
QUERY = """
(decorated_definition) @decorated
(call function: (attribute)) @call
(call function: (identifier)) @plain_call
(assignment left: (identifier) right: (call)) @assignment
(assignment left: (attribute) right: (call)) @bound
(with_item) @with
"""


@cache
def _query() -> tree_sitter.Query:
    return tree_sitter.Query(LANGUAGES["python"], QUERY)


def extract(root: Node, found: dict | None = None, imports: tuple[Import, ...] = ()
            ) -> HttpFacts:
    """`found`: the captures of QUERY in `root`, when the caller's query took them;
    `imports`: the module's (the names it imports from a framework)."""
    if found is None:
        found = tree_sitter.QueryCursor(_query()).captures(root)
    source = root.text or b""
    request = flask_requests.flask_request(imports)
    served = _served(root, found, imports, request)
    routes, routers, mounts = served.routes, served.routers, served.mounts
    handoffs = _handoffs([*found.get("call", ()), *found.get("plain_call", ())],
                         {r.name for r in routers})
    django_routes, django_routers, django_mounts, values = django.extract(root)
    routes += django_routes
    routers += django_routers
    mounts += django_mounts
    models = py_bodies.models(root)
    if flask_restx.may_declare(source):
        models += flask_restx.models(root)
    viewsets = django.viewsets(root)
    requests = py_clients.requests(found.get("call", []),
                                   found.get("assignment", []) + found.get("bound", []),
                                   found.get("with", []))
    producers = py_bodies.view_producers(root)
    producers += py_bodies.serializer_producers(root, producers)
    if any(i.source == robyn.MODULE for i in imports):  # handlers a route of another module names
        producers += robyn.handler_producers(root, {p.name for p in producers})
    if producers and starlette.imports_starlette(imports):  # what a handler requires
        producers = starlette.handler_reads(root, producers)
    resources = flask_resources.resources(root, request)
    responders = _responders(root, imports, served)
    endpoint_refs = url_names.python_refs(found.get("plain_call", []), imports)
    template_renders = renders.renders(root, found.get("plain_call", []), imports) + \
        renders.class_views(root)
    render_wrappers = tuple(renders.render_wrappers(found.get("plain_call", []), imports))
    relations = renders.relations(root)
    constants = py_constants.constants(root)
    dependencies = py_requests.dependency_types(root) \
        if b"Depends(" in source or b"Security(" in source else ()
    dependables = py_requests.dependables(root) if py_requests.FASTAPI_IMPORT.search(source) else ()
    if not (routes or routers or mounts or models or values or viewsets or requests or producers
            or resources or responders or handoffs or endpoint_refs or constants or dependencies
            or dependables or template_renders or render_wrappers or relations):
        return HttpFacts()
    return HttpFacts(routes=_in_order(routes), routers=_in_order(routers), mounts=_in_order(mounts),
                     models=models, values=_in_order(values), viewsets=tuple(viewsets),
                     test_requests=_in_order(requests), producers=producers,
                     resources=tuple(resources), responders=responders, handoffs=_in_order(handoffs),
                     endpoint_refs=_in_order(endpoint_refs), constants=tuple(constants),
                     dependencies=dependencies, dependables=dependables,
                     renders=_in_order(template_renders),
                     render_wrappers=render_wrappers, relations=relations)


@dataclass
class _Served:
    """What a module serves, gathered framework by framework: its routes, routers, mounts,
    and the handlers CherryPy's dispatcher finds (responders)."""

    routes: list[RouteDecl] = field(default_factory=list)
    routers: list[RouterDecl] = field(default_factory=list)
    mounts: list[MountDecl] = field(default_factory=list)
    cherrypy_responders: tuple = ()


def _served(root: Node, found: dict, imports: tuple[Import, ...], request: str | None) -> _Served:
    """The routes, routers and mounts of the frameworks the module may use."""
    web = aiohttp_web.web_names(imports)
    on_sanic = sanic.imports_sanic(imports)
    robyn_names = robyn.robyn_names(imports)
    on_bottle = bottle.imports_bottle(imports)
    defaults = {written: (verb, bottle.DEFAULT_APP)
                for written, verb in (bottle.default_app_verbs(imports) if on_bottle else {}).items()}
    defaults |= {written: (verb, blacksheep.DEFAULT_ROUTER)
                 for written, verb in blacksheep.default_router_verbs(imports).items()}
    controllers = blacksheep.controller_routes(root, imports)
    defaults |= {written: (verb, blacksheep.CONTROLLERS)
                 for written, verb in blacksheep.controller_verbs(imports).items()} if controllers else {}
    tables = aiohttp_web.tables(found.get("assignment", ()), web) if web else frozenset()
    smorest = any(i.source == marshmallow.SMOREST for i in imports)
    mocks = _mock_names(imports)
    served = _Served([route for node in found.get("decorated", ())
                      for route in _decorated_routes(node, request, smorest, tables, on_sanic,
                                                     bool(robyn_names), on_bottle, defaults, controllers)
                      if route.owner not in mocks])
    routes, routers, mounts = served.routes, served.routers, served.mounts
    if on_bottle or bottle.CALLBACK in (root.text or b""):
        _declared_routes([(call, r) for call in found.get("call", ())
                          if (r := bottle.call_route(call, on_bottle, defaults))], routes, routers, mounts)
    routers += _default_routers(routes) if defaults else []
    if on_sanic:
        _sanic(found, routers, mounts)
        routes += [r for call in found.get("call", ()) if (r := sanic.route(call)) is not None]
    _other_frameworks(root, found, imports, web, served)
    if robyn_names:
        routes += [r for call in found.get("call", ()) for r in robyn.call_routes(call, root)]
    if any(verb in (root.text or b"") for verb in ENCODED_CALL_VERBS):
        _verb_calls(found, served)
    _assigned_routers(root, found, imports, robyn_names, on_bottle, on_sanic, served)
    return served


def _other_frameworks(root: Node, found: dict, imports: tuple[Import, ...], web: frozenset[str],
                      served: _Served) -> None:
    """Falcon, Tornado, aiohttp, CherryPy, Starlette and Litestar, each when the module may use it."""
    routes, routers, mounts = served.routes, served.routers, served.mounts
    falcon_apps = falcon.falcon_names(imports)
    if falcon_apps:
        _falcon(root, found, falcon_apps, routes, routers)
    if tornado.imports_tornado(imports):
        tornado_routes, tornado_apps = tornado.extract(found.get("call", []) + found.get("plain_call", []),
                                                       imports)
        routes += tornado_routes
        routers += tornado_apps
    if web or aiohttp_web.ROUTER_CALLS.search(root.text or b""):
        _aiohttp(found, web, routes, routers, mounts)
    if cherrypy.imports_cherrypy(imports):
        found_here = cherrypy.extract(root, found.get("call", []) + found.get("plain_call", []))
        for kept, more in zip((routes, routers, mounts), found_here):
            kept.extend(more)
        served.cherrypy_responders = found_here[3]
    starlette_names = starlette.starlette_names(imports)
    if starlette_names:
        for found_here, kept in zip(starlette.extract(root, starlette_names), (routes, routers, mounts)):
            kept.extend(found_here)
    handlers = litestar.litestar_names(imports)
    if handlers:
        for found_here, kept in zip(litestar.extract(root, handlers), (routes, routers, mounts)):
            kept.extend(found_here)


def _verb_calls(found: dict, served: _Served) -> None:
    """Routes and mounts of `app.add_url_rule(...)`, `app.include_router(...)`, `api.add_resource(...)`."""
    for call in found.get("call", ()):
        if text(call.child_by_field_name("function").child_by_field_name("attribute")) \
                not in CALL_VERBS:
            continue  # most calls: what follows looks at these methods only
        rule = _url_rule(call) or _router_by_path(call)
        if rule is not None:
            served.routes.append(rule)
        mount = _mount(call) or flask_resources.api_mount(call)
        if mount is not None:
            served.mounts.append(_on_parameter(mount, call))
        served.routes += flask_resources.resource_route(call)


def _assigned_routers(root: Node, found: dict, imports: tuple[Import, ...], robyn_names: dict[str, str],
                      on_bottle: bool, on_sanic: bool, served: _Served) -> None:
    """Routers made by an assignment (`app = Flask(__name__)`), and the mounts some make."""
    app_classes = _app_classes(root)
    ninja = {i.local for i in imports if i.source in NINJA_MODULES and i.imported in NINJA_ROUTERS}
    for assignment in found.get("assignment", ()):
        router, mount = _router(assignment, app_classes, ninja)
        router = router or (robyn.router(assignment, robyn_names) if robyn_names else None) or \
            (bottle.app(assignment, imports) if on_bottle else None)
        if router is not None:
            served.routers.append(sanic.versioned(router, assignment) if on_sanic else router)
        if mount is not None:
            served.mounts.append(_on_parameter(mount, assignment))


def _responders(root: Node, imports: tuple[Import, ...], served: _Served) -> tuple:
    """The handlers Falcon, Robyn, Tornado and CherryPy find by their names and classes."""
    responders = falcon.responders(root) if b"def on_" in (root.text or b"") else ()
    if robyn.VIEW_CLOSURE.search(root.text or b""):  # maybe a Robyn view another module adds
        responders += robyn.view_responders(root)
    if tornado.imports_tornado(imports):
        responders += tornado.handlers(root)
    return responders + served.cherrypy_responders


def _default_routers(routes: list[RouteDecl]) -> list[RouterDecl]:
    """The default app (router) a framework's module-level decorators add routes to (Bottle's
    `@route`, BlackSheep's `@get`), where a route of the module is its: served at the root."""
    found = []
    for owner, kind in ((bottle.DEFAULT_APP, bottle.KIND), (blacksheep.DEFAULT_ROUTER, blacksheep.KIND)):
        first = next((r for r in routes if r.owner == owner), None)
        if first is not None:
            found.append(RouterDecl(owner, kind, "", first.site))
    return found


def _sanic(found: dict, routers: list, mounts: list) -> None:
    """The apps and blueprint groups of a module importing Sanic, the blueprints they serve."""
    for call in found.get("call", ()):
        mount = sanic.mount(call)
        if mount is not None:
            mounts.append(_on_parameter(mount, call))
    for assignment in found.get("assignment", ()):
        group, members = sanic.group(assignment)
        made = sanic.app(assignment) or group
        if made is not None:
            routers.append(made)
        mounts.extend(members)


def _falcon(root: Node, found: dict, apps: frozenset[str], routes: list, routers: list) -> None:
    """The apps of a module importing Falcon, the routes `app.add_route(...)` adds."""
    assignments = found.get("assignment", ())
    routers.extend(r for a in assignments if (r := falcon.app(a, apps)) is not None)
    subclasses = falcon.app_classes(root, apps)
    routers.extend(subclasses)
    names = frozenset(r.name for r in subclasses)
    bound = falcon.instances(assignments)
    for call in found.get("call", ()):
        route = falcon.route(call, bound, names)
        routes.extend([route] if route is not None else falcon.sink(call, names))


def _aiohttp(found: dict, web: frozenset[str], routes: list, routers: list, mounts: list) -> None:
    """The apps, route tables, mounts and routes of a module importing aiohttp.web; the routes
    `app.router.add_get(...)` declares in any module (aiohttp's router). Routes declared on a
    parameter of a module-level function (`def setup_routes(app): app.router.add_get(...)`)
    are a table of that function's, mounted on the apps the calls of it pass there."""
    declared = []
    for call in found.get("call", ()):
        verb = text(call.child_by_field_name("function").child_by_field_name("attribute"))
        if verb in aiohttp_web.MOUNT_VERBS and web:
            mount = aiohttp_web.mount(call)
            if mount is not None:
                mounts.append(mount)
            declared.extend((call, r) for r in aiohttp_web.listed_routes(call, web))
        elif verb.startswith("add_"):
            route = aiohttp_web.router_route(call)
            if route is not None:
                declared.append((call, route))
    declared += [(call, route) for call in found.get("plain_call", ())
                 if (route := aiohttp_web.aliased_route(call)) is not None]
    _declared_routes(declared, routes, routers, mounts)
    for assignment in found.get("assignment", ()) if web else ():
        router = aiohttp_web.router(assignment, web)
        if router is not None:
            routers.append(router)


def _declared_routes(declared: list[tuple[Node, RouteDecl]], routes: list, routers: list, mounts: list
                     ) -> None:
    """Routes declared by calls: on a parameter of a module-level function (`def
    setup_routes(app): app.router.add_get(...)`), a table of that function's, mounted on the
    apps the calls of it pass there."""
    tables: set[str] = set()
    for call, route in declared:
        on = _on_parameter(MountDecl(route.owner, "", "", route.site), call)
        if on.parent == route.owner:
            routes.append(route)
            continue
        table = f"({mounting_function(on.parent)[0]} routes)"
        routes.append(replace(route, owner=table))
        if table not in tables:
            tables.add(table)
            routers.append(RouterDecl(table, aiohttp_web.TABLE_KIND, "", route.site))
            mounts.append(replace(on, child=table))


MOCK_MODULES = ("mock", "unittest.mock")


def _mock_names(imports: tuple[Import, ...]) -> frozenset[str]:
    """The names `unittest.mock` is bound to (`import mock`, `from unittest import mock`):
    `@mock.patch("a.b")` patches a name, it declares no PATCH route."""
    return frozenset(i.local for i in imports if i.local and (
        i.source in MOCK_MODULES and not i.imported or i.source == "unittest" and i.imported == "mock"))


def _in_order(declarations) -> tuple:
    return tuple(sorted(declarations, key=lambda d: (d.site.line, d.site.column)))


def _decorated_routes(decorated: Node, request: str | None = None, smorest: bool = False,
                      tables: frozenset[str] = frozenset(), on_sanic: bool = False,
                      on_robyn: bool = False, on_bottle: bool = False,
                      defaults: dict[str, tuple[str, str]] | None = None,
                      controllers: dict[int, str] | None = None) -> list[RouteDecl]:
    """`request`: the name Flask's request is imported as, if it is; `smorest`: the module
    imports Flask-Smorest (a view's `@blp.response(200, S)` says what it sends); `tables`: the
    aiohttp route tables it makes (`@routes.route(method, path)`, `@routes.view(path)`; the
    request is the handler's first parameter); `on_sanic`: the module imports Sanic (the
    request is the handler's first parameter); `on_robyn`: the module imports Robyn (the
    request is the parameter Robyn injects it into); `on_bottle`: the module imports Bottle
    (`route(path, method=...)`, its wildcards); `defaults`: the module-level decorators of a
    framework's default app as written -> (verb, the app: bottle.DEFAULT_APP...);
    `controllers`: BlackSheep's controller classes (node id) -> their base route."""
    definition = decorated.child_by_field_name("definition")
    name = definition.child_by_field_name("name") if definition is not None else None
    handler = text(name) if name is not None else ""
    view = definition if definition is not None and definition.type == "function_definition" \
        else None
    routes = []
    loaded = marshmallow.smorest_arguments(decorated) if smorest else ()
    if on_robyn:
        request = robyn.request_parameter(view)
    elif on_sanic:
        request = aiohttp_web.request_parameter(view)
    for decorator in decorated.named_children:
        if decorator.type != "decorator" or not decorator.named_children:
            continue
        call = decorator.named_children[0]
        function = call.child_by_field_name("function") if call.type == "call" else None
        default = defaults.get(text(function)) if function is not None and defaults else None
        route_of_class = _controller_route(decorated, controllers) \
            if default is not None and default[1] == blacksheep.CONTROLLERS else None
        if route_of_class is not None:
            default = (default[0], blacksheep.DEFAULT_ROUTER)
        elif function is None or (function.type != "attribute" and default is None) or \
                default is not None and (_in_class_body(decorated) or default[1] == blacksheep.CONTROLLERS):
            continue  # a method: a controller's route (BlackSheep), not the default app's
        verb, owner = default or (text(function.child_by_field_name("attribute")),
                                  text(function.child_by_field_name("object")))
        positional, keywords = call_arguments(call)
        path_node = positional[0] if positional else keywords.get("path") or keywords.get("rule")
        resource = definition is not None and definition.type == "class_definition"
        web = owner in tables
        if web and verb in ("route", "view"):
            methods, path_node = aiohttp_web.table_route(call, ("*",))
            resource = verb == "view"
            request = aiohttp_web.request_parameter(view)
        elif verb == "route" and on_bottle:
            methods = bottle.route_methods(call)
        elif verb in ("route", "api_route"):  # a class (Flask-RESTX): the methods it defines
            methods = method_names(keywords.get("methods"), ("GET",) if verb == "route" and not resource
                               else ("*",))
            resource = resource and "methods" not in keywords
        elif verb in METHOD_DECORATORS:
            methods = (verb.upper(),)
            request = aiohttp_web.request_parameter(view) if web else request
        elif verb == "view" and on_robyn and view is not None:  # its closures answer the methods
            routes += robyn.view_routes(owner, call, view)
            continue
        else:
            continue
        if path_node is None and route_of_class is None:
            continue
        path = None if on_sanic and "version" in keywords else \
            blacksheep.default_pattern(handler) if default is not None and default[1] == blacksheep.DEFAULT_ROUTER \
            and path_node is not None and path_node.type in ("none", "ellipsis") else \
            string_literal(path_node) if path_node is not None else "/"  # a controller's `@get()`
        path = blacksheep.joined(route_of_class, path) if route_of_class is not None and path is not None \
            else path
        path = bottle.route_path(path) if on_bottle else path
        routes.append(RouteDecl(owner, methods,
                                path, handler, site(decorator),
                                py_bodies.view_bodies(view) if view else None,
                                (smorest and marshmallow.smorest_response(decorated))
                                or (py_bodies.route_model(call, view) if view else None),
                                resource=resource and verb in ("route", "api_route", "view"),
                                integers=_integer_parameters(view),
                                parameters=_loaded(py_requests.view_parameters(view, route_of_class is not None),
                                                   loaded) if view else None,
                                reads=flask_requests.view_reads(view, request) + loaded if view else None,
                                endpoint=_endpoint(keywords.get("endpoint") or keywords.get("name"),
                                                   handler)))
    return routes


def _loaded(parameters: tuple[ParameterDecl, ...] | None, loaded: tuple[ParameterDecl, ...]
            ) -> tuple[ParameterDecl, ...] | None:
    """A view's parameters but the first ones, which Flask-Smorest fills with what its
    `@blp.arguments(S)` decorators load (`loaded`, read as the view's reads)."""
    return parameters[len(loaded):] if parameters is not None and loaded else parameters


def _controller_route(decorated: Node, controllers: dict[int, str] | None) -> str | None:
    """The base route of the BlackSheep controller whose method `decorated` is, if it is one."""
    if not controllers or not _in_class_body(decorated):
        return None
    return controllers.get(decorated.parent.parent.id)


def _in_class_body(node: Node) -> bool:
    block = node.parent
    return block is not None and block.type == "block" and block.parent is not None and \
        block.parent.type == "class_definition"


INTEGER_ANNOTATION = re.compile(r"int|Annotated\[\s*int\s*,.*\]", re.DOTALL)


def _integer_parameters(view: Node | None) -> tuple[str, ...]:
    """The view's parameters annotated `int` (FastAPI and Django Ninja answer a path segment
    that is no integer with a 422 for one)."""
    parameters = view.child_by_field_name("parameters") if view is not None else None
    found = []
    for parameter in parameters.named_children if parameters is not None else ():
        annotation = parameter.child_by_field_name("type")
        name = _parameter_name(parameter)
        if annotation is not None and name and INTEGER_ANNOTATION.fullmatch(text(annotation)):
            found.append(name)
    return tuple(found)


def _url_rule(call: Node) -> RouteDecl | None:
    """`app.add_url_rule('/x', view_func=view, methods=[...])` (also `add_api_route`)."""
    function = call.child_by_field_name("function")
    verb = text(function.child_by_field_name("attribute"))
    if verb not in URL_RULE_VERBS:
        return None
    positional, keywords = call_arguments(call)
    path_node = positional[0] if positional else keywords.get("rule") or keywords.get("path")
    if path_node is None:
        return None
    view = keywords.get("view_func") or keywords.get("endpoint") if verb == "add_url_rule" else \
        keywords.get("endpoint")
    if view is None and len(positional) > (2 if verb == "add_url_rule" else 1):
        view = positional[2 if verb == "add_url_rule" else 1]
    endpoint = _rule_endpoint(verb, positional, keywords, view)
    view_class = _as_view(view) if "methods" not in keywords else None
    if view_class is not None:  # `UserAPI.as_view("user")`: the methods the class defines
        return RouteDecl(text(function.child_by_field_name("object")), ("*",),
                         string_literal(path_node), view_class, site(call), resource=True,
                         endpoint=endpoint)
    return RouteDecl(text(function.child_by_field_name("object")),
                     method_names(keywords.get("methods"), ("GET",) if verb == "add_url_rule" else ("*",)),
                     string_literal(path_node), text(view) if view is not None else "", site(call),
                     endpoint=endpoint)


def _endpoint(given: Node | None, function: str) -> str | None:
    """A route's endpoint name: as given (None when it is not a literal), else the view
    function's name (Flask's default; FastAPI's `name=` too)."""
    if given is not None:
        return string_literal(given)
    return function or None


def _rule_endpoint(verb: str, positional: list[Node], keywords: dict[str, Node],
                   view: Node | None) -> str | None:
    """The endpoint of `add_url_rule(rule, endpoint, view_func)`: as given, else the view
    function's name, or the name `View.as_view("name")` gives the view."""
    given = keywords.get("endpoint") if verb == "add_url_rule" else keywords.get("name")
    if given is None and verb == "add_url_rule" and len(positional) > 1 and \
            positional[1].type == "string":
        given = positional[1]
    if given is not None or view is None:
        return string_literal(given) if given is not None else None
    if view.type == "call" and _as_view(view) is not None:
        named, _keywords = call_arguments(view)
        return string_literal(named[0]) if named else None
    return text(view) if view.type == "identifier" else None


def _as_view(view: Node | None) -> str | None:
    """`UserAPI.as_view("user")`: the class, as written."""
    if view is None or view.type != "call":
        return None
    function = view.child_by_field_name("function")
    if function.type != "attribute" or text(function.child_by_field_name("attribute")) != "as_view":
        return None
    owner = function.child_by_field_name("object")
    return text(owner) if owner.type in ("identifier", "attribute") else None


def _mount(call: Node) -> MountDecl | None:
    function = call.child_by_field_name("function")
    verb = text(function.child_by_field_name("attribute"))
    if verb not in MOUNT_VERBS:
        return None
    positional, keywords = call_arguments(call)
    key = {"register_blueprint": "url_prefix", "include_router": "prefix"}.get(verb)
    if verb == "add_router":  # Django Ninja: `api.add_router("/dogs/", router)` (prefix first)
        given = dict(zip(("prefix", "router"), positional)) | keywords
        if "prefix" not in given or "router" not in given:
            return None
        prefix_node, child = given["prefix"], given["router"]
    elif verb == "mount":  # Starlette/FastAPI `app.mount("/sub", subapp)`, `mount(path=, app=)`;
        # Bottle's `app.mount("/sub", subapp)` too
        given = dict(zip(("path", "app"), positional)) | keywords
        given.setdefault("path", given.get("prefix"))  # Bottle's `mount(prefix, app)`
        if "path" not in given or "app" not in given:
            return None
        prefix_node, child = given["path"], given["app"]
    else:
        child = positional[0] if positional else keywords.get("blueprint") or keywords.get("router")
        prefix_node = keywords.get(key)
    if child is None or child.type not in ("identifier", "attribute") or "**" in keywords:
        return None
    prefix = "" if prefix_node is None else string_literal(prefix_node)
    return MountDecl(text(function.child_by_field_name("object")), text(child), prefix, site(call),
                     replaces=verb == "register_blueprint" and prefix_node is not None,
                     prefix_from=py_constants.prefix_from(prefix_node) if prefix is None else None)


def _router_by_path(call: Node) -> RouteDecl | None:
    """Django Ninja's `api.add_router("/posts/", "posts.api.router")`: a router named by its
    import path, not followed: it may serve anything under its prefix."""
    function = call.child_by_field_name("function")
    if text(function.child_by_field_name("attribute")) != "add_router":
        return None
    positional, keywords = call_arguments(call)
    given = dict(zip(("prefix", "router"), positional)) | keywords
    router = given.get("router")
    if router is None or router.type in ("identifier", "attribute") or "prefix" not in given:
        return None
    prefix = string_literal(given["prefix"])
    return RouteDecl(text(function.child_by_field_name("object")), ("*",),
                     None if prefix is None else prefix.rstrip("/") + "/<path:rest>", "", site(call))


def _on_parameter(mount: MountDecl, node: Node) -> MountDecl:
    """A mount on a parameter of the module-level function it is made in (`def
    register_routes(app): app.register_blueprint(bp)`): on whatever router that function is
    given (PARAMETER)."""
    function = ancestor(node, ("function_definition", "module"))
    if function is None or function.type != "function_definition" or "." in mount.parent:
        return mount
    outer = function.parent.parent if function.parent.type == "decorated_definition" \
        else function.parent
    parameters = [_parameter_name(p) for p in function.child_by_field_name("parameters").named_children]
    if outer is None or outer.type != "module" or mount.parent not in parameters:
        return mount
    name = text(function.child_by_field_name("name"))
    return replace(mount, parent=f"{PARAMETER}{name}:{parameters.index(mount.parent)}")


def _parameter_name(parameter: Node) -> str | None:
    if parameter.type == "identifier":
        return text(parameter)
    if parameter.type == "typed_parameter" and parameter.named_children and \
            parameter.named_children[0].type == "identifier":
        return text(parameter.named_children[0])
    name = parameter.child_by_field_name("name")
    return text(name) if name is not None and name.type == "identifier" else None


def mounting_function(parent: str) -> tuple[str, int] | None:
    """(function, parameter index) of a mount made on a function's parameter, else None."""
    if not parent.startswith(PARAMETER):
        return None
    name, _colon, index = parent[len(PARAMETER):].rpartition(":")
    return name, int(index)


def _handoffs(calls: list[Node], routers: set[str]) -> list[HandOffDecl]:
    """`register_routes(app)`, `routes.init_app(app)`: a router of this module passed on."""
    found: list[HandOffDecl] = []
    if not routers:
        return found
    for call in calls:
        function = call.child_by_field_name("function")
        callee = text(function)
        if callee.count(".") > 1:
            continue
        positional, _keywords = call_arguments(call)
        for index, argument in enumerate(positional):
            if argument.type == "identifier" and text(argument) in routers:
                found.append(HandOffDecl(callee, index, text(argument), site(call)))
    return found


def _app_classes(root: Node) -> dict[str, str]:
    """Module-level classes deriving from an app or router class (`class Redash(Flask)`): their
    instances are apps of that kind (a subclass in another module is not followed)."""
    found = {}
    for statement in root.named_children:
        if statement.type != "class_definition":
            continue
        bases = py_bodies.class_bases(statement)
        known = [b.rsplit(".", 1)[-1] for b in bases if b.rsplit(".", 1)[-1] in ROUTERS]
        if len(known) == 1:
            found[text(statement.child_by_field_name("name"))] = known[0]
    return found


def _router(assignment: Node, app_classes: dict[str, str], ninja: set[str] = frozenset()
            ) -> tuple[RouterDecl | None, MountDecl | None]:
    value = assignment.child_by_field_name("right")
    name = text(assignment.child_by_field_name("left"))
    api = flask_resources.api_router(name, value, assignment)
    if api is not None:
        return api
    written = text(value.child_by_field_name("function"))
    callee = app_classes.get(written.rsplit(".", 1)[-1], written.rsplit(".", 1)[-1])
    if written in ninja:  # `router = Router()` imported from ninja
        kind, key = NINJA_ROUTERS["Router"]
    elif callee not in ROUTERS:
        return None, None
    else:
        kind, key = ROUTERS[callee]
    positional, keywords = call_arguments(value)
    prefix = "" if key not in keywords else string_literal(keywords[key])
    written = py_constants.prefix_from(keywords.get(key)) if prefix is None else None
    if "**" in keywords:
        prefix = written = None
    label = None
    if kind == "blueprint":  # `Blueprint("chat", __name__)`: endpoints are `chat.<name>`
        given = positional[0] if positional else keywords.get("name")
        label = string_literal(given) if given is not None else None
    return RouterDecl(name, kind, prefix, site(assignment), label=label, prefix_from=written), None
