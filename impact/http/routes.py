"""The operations a revision serves: each declared route with its full path, composed from
the prefixes of the routers it is declared on and of every mount of those routers.

A route is *anchored* when its full path is known. A route on a router whose mount impact
cannot follow (a dynamic prefix, a router never mounted in a way it reads, an owner it cannot
resolve) is kept unanchored: its path is known only up to an unknown prefix, so it may serve
any request path that ends like it — the rules then abstain rather than guess.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from impact.graph import SymbolGraph
from impact.http import (
    NITRO_ROUTE_DIRS,
    ROUTE_FILE_SUFFIXES,
    aiohttp_web,
    blacksheep,
    bottle,
    cherrypy,
    django,
    drf,
    elysia,
    falcon,
    fastify,
    litestar,
    marshmallow,
    nest,
    paths,
    robyn,
    starlette,
    tornado,
    unresolved_mounts,
)
from impact.http.names import Declared, resolve
from impact.http.prefixes import prefix_text
from impact.http.python import NINJA, NINJA_ROUTER, mounting_function
from impact.model import BodyDecl, ParameterDecl, ResourceDecl, RouteDecl, RouterDecl, Site, ViewSetDecl

APPS = {"flask", "fastapi", "express", "hono", "koa", fastify.KIND,  # serve at the root unless mounted
        aiohttp_web.APP_KIND, litestar.APP_KIND, falcon.KIND, tornado.KIND, robyn.APP_KIND, bottle.KIND,
        *cherrypy.TREE_KINDS, elysia.KIND, blacksheep.KIND, starlette.APP_KIND}
HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
NEXT_CONFIGS = tuple(f"next.config.{s}" for s in ("js", "mjs", "cjs", "ts", "mts"))
NUXT_CONFIGS = tuple(f"nuxt.config.{s}" for s in ("js", "mjs", "ts", "mts"))
SVELTE_CONFIGS = tuple(f"svelte.config.{s}" for s in ("js", "mjs", "cjs", "ts"))
MAX_MOUNT_DEPTH = 12
UNREAD_PARENT: Declared = ("", "")  # a mount's parent impact cannot read as a router
# define no HTTP method themselves (Flask-RESTful/RESTX's, Flask's, Sanic's)
RESOURCE_BASES = ("Resource", "MethodView", "View", "HTTPMethodView", "HTTPEndpoint", "object")
DJANGO_CONFS = ("django", "django-root")  # a URL conf, the root one (ROOT_URLCONF)
ROBYN_KINDS = (robyn.APP_KIND, robyn.ROUTER_KIND)  # `app.add_view(path, view)`: its closures answer
# class-based views that send what their methods return (Starlette's: the response they return)
RETURNING_BASES = ("Resource", "MethodView", "HTTPEndpoint")
CLASS_VIEW_BASES = ("View", "APIView")  # Django's and DRF's: they define no HTTP method
MAX_RESOURCE_DEPTH = 4
STARLETTE_KINDS = (starlette.APP_KIND, starlette.TABLE_KIND)
CONCATENATING = ("fastapi", "apirouter")  # a route's path is appended to the prefix as written
NINJA_KINDS = (NINJA, NINJA_ROUTER)  # Django Ninja: its views' parameters are read as FastAPI's
# the frameworks that bind a view's parameters as FastAPI does (the others': path parameters)
BOUND_PARAMETERS = (*litestar.KINDS, blacksheep.KIND)


@dataclass(frozen=True)
class Operation:
    """A served operation. `path` is None when the route's own path cannot be read (a
    variable, a regular expression): it may then serve anything under its prefix."""

    methods: tuple[str, ...]
    path: paths.Path | None
    anchored: bool
    file: str
    site: Site
    handler: str
    written: str  # the path as the routes declare it, for messages
    bodies: tuple[BodyDecl, ...] | None = None  # what its handler sends, if read in place
    model: BodyDecl | None = None  # FastAPI's response model
    exported: bool = False  # the handler is its module's export `handler` (Next.js)
    # FastAPI: what the view's parameters ask of a request (impact.http.requirements)
    parameters: tuple[ParameterDecl, ...] | None = None
    # Flask: what the view surely reads of a request (None: not read)
    reads: tuple[ParameterDecl, ...] | None = None
    home: str = ""  # the module its bodies are written in, when not `file` (a Django class view's)

    def serves(self, method: str | None, request: paths.Path) -> bool:
        if not self.accepts(method):
            return False
        if self.path is None:
            return True
        return paths.matches(request, self.path) if self.anchored else \
            paths.ends_with(request, self.path)

    def accepts(self, method: str | None) -> bool:
        return method is None or "*" in self.methods or method in self.methods or \
            (method == "HEAD" and "GET" in self.methods)


def served_operations(graph: SymbolGraph) -> list[Operation]:
    routers = {(path, r.name): _with_prefix_read(graph, path, r) for path, facts in graph.facts.items()
               for r in facts.http.routers}
    _under_nest_global_prefix(routers)
    _instances(graph, routers)
    mounts = _mounts(graph, routers)
    for child, parent in _instance_mounts(graph, routers):
        mounts.setdefault(child, []).append((parent, "", False))
    for served in _served_factories(graph, routers):  # `createApp().listen()`: a root app
        routers[served] = replace(routers[served], factory=False)
    for root in _django_roots(graph):
        routers[root] = replace(routers[root], kind="django-root")
    rewritten = any(r.kind == nest.INTERCEPTORS_KIND for r in routers.values())
    unmounted = _unmounted_litestar(routers, mounts) | _unresolved_mounts(graph, routers, mounts) | \
        _unmounted_cherrypy(graph, routers, mounts)
    prefixes: dict[Declared, list[str | None]] = {}
    operations: list[Operation] = []
    drf_says = _drf_settings(graph)
    for module, facts in sorted(graph.facts.items()):
        if paths.installed_package(module):
            continue
        for route in facts.http.routes:
            owner = resolve(graph, module, route.owner) if route.owner else None
            if owner is not None and owner not in routers or owner in unmounted:
                continue  # an HTTP client's `api.get('/x', ...)`, not a route; a Litestar
                # handler no list names
            if owner is None and graph.language_of(module).route_calls_are_ambiguous and \
                    not _looks_served(facts):
                continue
            if rewritten and owner is not None and routers[owner].kind == nest.CONTROLLER_KIND:
                route = replace(route, bodies=(BodyDecl("open"),))  # global interceptors
            full = _full_prefixes(owner, routers, mounts, prefixes) if owner else [None]
            cherrypy_default = owner is not None and routers[owner].kind == cherrypy.NODE_KIND and \
                cherrypy.is_default_route(route)
            if owner is not None and routers[owner].kind == cherrypy.NODE_KIND:
                full = _dispatched_prefixes(full, routers, cherrypy_default)
            concatenated = owner is not None and routers[owner].kind in CONCATENATING
            ninja = owner is not None and routers[owner].kind in NINJA_KINDS
            if ninja and route.parameters:  # the first is the HttpRequest
                route = replace(route, parameters=route.parameters[1:])
            elif not concatenated and route.parameters is not None and module.endswith(".py") and \
                    (owner is None or routers[owner].kind not in BOUND_PARAMETERS):
                route = replace(route, parameters=None)  # a Flask view's are path parameters
            elif owner is not None and routers[owner].kind == blacksheep.KIND:
                route = replace(route, parameters=blacksheep.bound(route.parameters))
            serialised = []
            if route.resource and owner is not None and routers[owner].kind in STARLETTE_KINDS:
                route = _starlette_function(graph, module, route)
            if route.resource:
                route = replace(route, methods=_resource_methods(graph, module, route.handler))
                serialised = _serialised_methods(graph, module, route)
            registered = owner is not None and routers[owner].kind == "drf-router"
            extra = _viewset_actions(graph, module, route) if registered else []
            conf = owner is not None and routers[owner].kind in DJANGO_CONFS
            if conf and _ninja_urls(graph, module, route, routers):
                continue  # `path("api/", api.urls)`: the API's own routes are served there
            served = _django_routes(graph, module, route, registered, drf_says) if registered or conf \
                else serialised or [(route, "")]
            if owner is not None and (routers[owner].kind in (falcon.KIND, tornado.KIND) or
                                      routers[owner].kind in ROBYN_KINDS and route.methods == ("*",)):
                served = _falcon_responders(graph, module, route)  # a Robyn view's: its closures
            elif owner is not None and routers[owner].kind == cherrypy.NODE_KIND and not cherrypy_default:
                served = _cherrypy_responders(graph, module, route)
            for prefix in full:
                for one, read_in in served:
                    operations.extend(_operations(one, module, prefix, concatenated, read_in))
                for action, file in extra:
                    operations.extend(_operations(action, file, prefix))
    operations.extend(next_operations(graph))
    operations.extend(nitro_operations(graph))
    operations.extend(sveltekit_operations(graph))
    return operations


def _ninja_urls(graph: SymbolGraph, module: str, route: RouteDecl,
                routers: dict[Declared, RouterDecl]) -> bool:
    """A URL conf's `path("api/", api.urls)` where `api` is a Django Ninja API."""
    owner, dot, attribute = route.handler.rpartition(".")
    if not dot or attribute != "urls" or "." in owner:
        return False
    api = resolve(graph, module, owner)
    return api in routers and routers[api].kind == NINJA


def _under_nest_global_prefix(routers: dict[Declared, RouterDecl]) -> None:
    """Each NestJS controller's prefix with the app's global prefix in front: `""` without
    one, unknown when a prefix is not a literal or two apps say different ones."""
    given = {r.prefix for r in routers.values() if r.kind == nest.GLOBAL_PREFIX_KIND}
    prefix = "" if not given else next(iter(given)) if len(given) == 1 else None
    for key, router in routers.items():
        if router.kind == nest.CONTROLLER_KIND:
            joined = None if prefix is None or router.prefix is None else \
                paths.join(prefix, router.prefix)
            routers[key] = replace(router, prefix=joined)


def _django_roots(graph: SymbolGraph) -> list[Declared]:
    """The URL confs that `ROOT_URLCONF = "config.urls"` in a settings module names."""
    roots = []
    for facts in graph.facts.values():
        # the setting names its module the way imports do: dotted
        for value in facts.http.values if graph.language_of(facts.path).dotted_module_names \
                else ():
            if value.name == django.ROOT_URLCONF and value.value is not None:
                target = graph.python.resolve_absolute(value.value.parts[0])
                if target in graph.facts and any(r.name == django.URLCONF
                                                 for r in graph.facts[target].http.routers):
                    roots.append((target, django.URLCONF))
    return roots


def _viewset_actions(graph: SymbolGraph, module: str, route: RouteDecl
                     ) -> list[tuple[RouteDecl, str]]:
    """The routes a DRF registration serves for its ViewSet's extra actions, with the file
    each is declared in (read from the list route of the registration). A ViewSet impact
    cannot find may have any: it then serves anything under the prefix."""
    if route.path is None or route.path.rstrip("/").endswith(django.DETAIL):
        return []
    found = resolve(graph, module, route.handler) if route.handler else None
    viewset = next((v for v in graph.facts[found[0]].http.viewsets if v.name == found[1]), None) \
        if found is not None else None
    if viewset is None:
        viewset = ViewSetDecl(route.handler, (), True, route.site)
    routes = []
    for path, action in django.action_paths(route.path, viewset):
        if action is None:
            routes.append((replace(route, path=path), module))
        else:
            routes.append((RouteDecl(route.owner, action.methods, path,
                                     f"{route.handler}.{action.handler}", action.site,
                                     bodies=action.bodies), found[0]))
    return routes


def _django_routes(graph: SymbolGraph, module: str, route: RouteDecl, registered: bool,
                   drf_says: Callable[[str], bool]) -> list[tuple[RouteDecl, str]]:
    """A DRF router's registration or a URL conf's route as the routes it serves, each with
    the module what it sends is read in ("": its own): a ViewSet's or generic view's standard
    actions, a function view's allowed methods, a class-based view's own methods."""
    route, home = _standard_actions(graph, module, route, registered, drf_says)
    if home or registered:
        return [(route, home)]
    return _class_view_methods(graph, module, _function_view_methods(graph, module, route), drf_says)


def _standard_actions(graph: SymbolGraph, module: str, route: RouteDecl, registered: bool,
                      drf_says: Callable[[str], bool]) -> tuple[RouteDecl, str]:
    """A DRF registration's list or detail route with what its ViewSet's standard actions
    send (or a URL conf's route to a generic view): its `serializer_class`, a list of them for
    the list (`create` answers one), unless pagination wraps the list (impact.http.drf); and
    the ViewSet's module, where that is read. Unknown otherwise ("": no module)."""
    found = resolve(graph, module, route.handler) if route.handler else None
    viewset = next((v for v in graph.facts[found[0]].http.viewsets if v.name == found[1]), None) \
        if found is not None else None
    if viewset is None or not viewset.serializer or route.path is None or \
            registered == bool(viewset.generic) or drf_says(drf.RENDERERS_SETTING):
        return route, ""
    one = BodyDecl(drf.SERIALIZER, ref=viewset.serializer)
    if viewset.generic == drf.ONE or registered and route.path.rstrip("/").endswith(django.DETAIL):
        return replace(route, bodies=(one, BodyDecl("none"))), found[0]  # destroy sends nothing
    paginated = viewset.paginated if viewset.paginated is not None else \
        drf_says(drf.PAGINATION_SETTING)
    listed = BodyDecl("open") if paginated else replace(one, many=True)
    return replace(route, bodies=(listed, one)), found[0]


def _drf_settings(graph: SymbolGraph) -> Callable[[str], bool]:
    """Whether DRF's settings, in some module, say a setting (impact.http.django): the values
    of every module are gone through once, when first asked (a route of a URL conf asks)."""
    said = cache(lambda: frozenset(v.name for facts in graph.facts.values() for v in facts.http.values))
    return lambda setting: setting in said()


def _function_view_methods(graph: SymbolGraph, module: str, route: RouteDecl) -> RouteDecl:
    """A URL conf's route to a function view whose decorators allow some methods only
    (`@api_view(["GET"])`, `@require_POST`): those methods."""
    found = resolve(graph, module, route.handler) if route.handler and "*" in route.methods else None
    declared = next((p for p in graph.facts[found[0]].http.producers if p.name == found[1]), None) \
        if found is not None else None
    return replace(route, methods=declared.methods) if declared is not None and declared.methods else route


def _class_view_methods(graph: SymbolGraph, module: str, route: RouteDecl,
                        drf_says: Callable[[str], bool]) -> list[tuple[RouteDecl, str]]:
    """A URL conf's route to a Django or DRF class-based view (`View`, `APIView`) that
    defines its HTTP methods itself: one route per method, with what that method returns
    (Django answers 405 to the others), and the module that is read in. The route as it is
    when a base may define more."""
    found = resolve(graph, module, route.handler) if route.handler and route.bodies is None else None
    declared = next((r for r in graph.facts[found[0]].http.resources if r.name == found[1]),
                    None) if found is not None else None
    if declared is None or not declared.methods or len(declared.bodies) != len(declared.methods) or \
            not all(b.rsplit(".", 1)[-1] in CLASS_VIEW_BASES for b in declared.bases):
        return [(route, "")]
    if drf_says(drf.RENDERERS_SETTING):  # the methods, sending what is not known
        return [(replace(route, methods=(method,)), "") for method in declared.methods]
    return [(replace(route, methods=(method,), bodies=bodies), found[0])
            for method, bodies in zip(declared.methods, declared.bodies)]


def _serialised_methods(graph: SymbolGraph, module: str, route: RouteDecl
                        ) -> list[tuple[RouteDecl, str]]:
    """A class-based view some of whose methods say what they send with a schema
    (Flask-Smorest's `@blp.response(200, S)`, Flask-RESTX's `@ns.marshal_with(m)`) or what
    they require (Flask-RESTX's `@ns.expect(m, validate=True)`): one route per such method,
    sending and requiring that, and one for the others (none when no method says)."""
    found = resolve(graph, module, route.handler) if route.handler else None
    declared = next((r for r in graph.facts[found[0]].http.resources if r.name == found[1]),
                    None) if found is not None and found[0] in graph.facts else None
    if declared is None or len(declared.bodies) != len(declared.methods):
        return []
    schemas = {method: bodies[0] for method, bodies in zip(declared.methods, declared.bodies)
               if len(bodies) == 1 and bodies[0].kind == marshmallow.SCHEMA}
    returned = {method: bodies for method, bodies in zip(declared.methods, declared.bodies)
                if method not in schemas and bodies} if _answers_what_it_returns(declared) else {}
    required = dict(zip(declared.methods, declared.reads))  # () for a method that requires nothing
    said = set(schemas) | set(returned) | {method for method, reads in required.items() if reads}
    if not said or "*" in route.methods:
        return []
    split = [(replace(route, methods=(method,), model=schemas.get(method), bodies=returned.get(method),
                      reads=required.get(method)), found[0]) for method in route.methods if method in said]
    others = tuple(m for m in route.methods if m not in said and m != "HEAD" or
                   m == "HEAD" and "GET" not in said)
    return split + ([(replace(route, methods=others), "")] if others else [])


def _falcon_responders(graph: SymbolGraph, module: str, route: RouteDecl
                       ) -> list[tuple[RouteDecl, str]]:
    """A Falcon route: one route per responder of its resource for its suffix, with what
    that responder sends and reads (Falcon answers 405 to the other methods); every method
    when no responder of the class is known, or when its bases may define more."""
    found = resolve(graph, module, route.handler) if route.handler else None
    known = [r for r in graph.facts[found[0]].http.responders if r.resource == found[1]] \
        if found is not None and found[0] in graph.facts else []
    if not known:
        return [(route, "")]
    served = [(replace(route, methods=(r.method,), bodies=r.bodies, reads=r.reads), found[0])
              for r in known if r.suffix == route.suffix]
    return served + ([(route, "")] if any(r.inherits for r in known) else [])


def _cherrypy_responders(graph: SymbolGraph, module: str, route: RouteDecl
                         ) -> list[tuple[RouteDecl, str]]:
    """An exposed CherryPy class under the MethodDispatcher (impact.http.cherrypy): one route
    per responder (at its method), at the path its positional parameters take below the object; the route as
    it is (every method, any path below) when its path is not read (bases, decorators)."""
    if route.path is None:
        return [(route, "")]
    return [(replace(route, methods=(r.method,), path=paths.join(route.path, r.suffix), site=r.site,
                     bodies=r.bodies, reads=r.reads), module)
            for r in graph.facts[module].http.responders if r.resource == route.handler]


def _answers_what_it_returns(declared: ResourceDecl) -> bool:
    """Whether each method of a class-based view sends what it returns as JSON: a Flask-RESTful
    or Flask-RESTX `Resource` (its `dispatch_request` makes the response of a returned value
    or `(value, status)` with the API's JSON representation) or a Flask `MethodView` (Flask's
    own view return values), of no other base."""
    return bool(declared.bases) and all(b.rsplit(".", 1)[-1] in RETURNING_BASES for b in declared.bases)


def _starlette_function(graph: SymbolGraph, module: str, route: RouteDecl) -> RouteDecl:
    """A Starlette route to a function of another module (a view returning a response, read
    there with what it requires): the methods the route names, GET when it names none
    (Starlette's default for a function). The route as it is for a class or a name not known."""
    found = resolve(graph, module, route.handler)
    declared = next((p for p in graph.facts[found[0]].http.producers if p.name == found[1]), None) \
        if found is not None and found[0] in graph.facts else None
    if declared is None or declared.reads is None:
        return route
    return replace(route, methods=route.methods or ("GET",), reads=declared.reads, resource=False)


def _resource_methods(graph: SymbolGraph, module: str, name: str, depth: int = 0
                      ) -> tuple[str, ...]:
    """The HTTP methods a class-based view serves: those it and its bases define (GET also
    answers HEAD); every method ("*") when a base impact cannot find may define more."""
    found = resolve(graph, module, name) if depth <= MAX_RESOURCE_DEPTH else None
    declared = next((r for r in graph.facts[found[0]].http.resources if r.name == found[1]),
                    None) if found is not None else None
    if declared is None:
        return ("*",)
    methods = list(declared.methods)
    for base in declared.bases:
        if base.rsplit(".", 1)[-1] in RESOURCE_BASES:
            continue
        inherited = _resource_methods(graph, found[0], base, depth + 1)
        if "*" in inherited:
            return ("*",)
        methods += inherited
    return tuple(dict.fromkeys(methods)) or ("*",)


def _unmounted_litestar(routers: dict[Declared, RouterDecl], mounts: dict) -> set[Declared]:
    """Litestar handlers, controllers and routers no chain of `route_handlers` lists reaches an
    app from: not served (none when a list, or a `register` call, is not read)."""
    kinds = {r.kind for r in routers.values()}
    if litestar.UNREAD_KIND in kinds or litestar.APP_KIND not in kinds:
        return set()
    served: dict[Declared, bool] = {}

    def reaches_an_app(router: Declared, depth: int = 0) -> bool:
        if router not in served:
            served[router] = False  # while walking: a cycle reaches nothing
            served[router] = routers[router].kind == litestar.APP_KIND or depth < MAX_MOUNT_DEPTH and \
                any(reaches_an_app(parent, depth + 1) for parent, _prefix, _r in mounts.get(router, ()))
        return served[router]

    return {d for d, r in routers.items() if r.kind in litestar.KINDS and not reaches_an_app(d)}


def _unmounted_cherrypy(graph: SymbolGraph, routers: dict[Declared, RouterDecl], mounts: dict
                        ) -> set[Declared]:
    """CherryPy objects no chain of attributes reaches a tree mount from, under the
    MethodDispatcher or the default dispatcher (impact.http.cherrypy): not served as such
    (their upper-case or exposed methods are HTTP methods only there) — unless an attribute's import that does not resolve may take them: then
    under a prefix impact cannot read (the import is what breaks, impact.http.unresolved_mounts)."""
    if not any(r.kind == cherrypy.NODE_KIND for r in routers.values()):
        return set()
    failing, unknown = unresolved_mounts.unresolved_children(graph, python=True)
    served: dict[tuple[Declared, tuple[str, ...]], bool] = {}

    def reaches_the_tree(router: Declared, below: tuple[str, ...] = (), depth: int = 0) -> bool:
        """Whether the object at `below` under `router` is in a section of a tree."""
        key = (router, below)
        if key not in served:
            served[key] = False  # while walking: a cycle reaches nothing
            served[key] = depth < MAX_MOUNT_DEPTH and any(
                _in_section(parent, prefix, below) if routers[parent].kind in cherrypy.TREE_KINDS else
                prefix is not None and reaches_the_tree(parent, (*_segments(prefix), *below), depth + 1)
                for parent, prefix, _r in mounts.get(router, ()) if parent in routers)
        return served[key]

    return {d for d, r in routers.items() if r.kind == cherrypy.NODE_KIND and not reaches_the_tree(d)
            and not unresolved_mounts.may_be_wanted(*d, failing | unknown)}


def _in_section(tree: Declared, script: str | None, below: tuple[str, ...]) -> bool:
    """Whether the object at `below` under a root mounted on the tree at `script` is in the
    section the tree router stands for (impact.http.cherrypy.tree_name)."""
    section = cherrypy.section_of(tree[1], cherrypy.tree_of(tree[1]))
    path = (*_segments(script or ""), *below)
    return section is not None and path[:len(section)] == section


def _segments(path: str) -> tuple[str, ...]:
    return tuple(s for s in path.split("/") if s)


def _dispatched_prefixes(full: list[str | None], routers: dict[Declared, RouterDecl], default: bool
                         ) -> list[str | None]:
    """The prefixes of a CherryPy object that a tree's MethodDispatcher section covers (an
    object mounted in several places may be dispatched by method in some only); `default`:
    that a mount under the default dispatcher covers."""
    kind, tree = (cherrypy.DEFAULT_KIND, cherrypy.DEFAULT_TREE) if default else (cherrypy.KIND, cherrypy.TREE)
    sections = [s for d, r in routers.items() if r.kind == kind and (s := cherrypy.section_of(d[1], tree)) is not None]
    return [p for p in full if p is None or any(_segments(p)[:len(s)] == s for s in sections)]


def _looks_served(facts) -> bool:
    """A JavaScript route on an owner impact cannot resolve (`module.exports = (app) => {
    app.get(...) }`) counts, unanchored, only in a module that declares a server itself."""
    return bool(facts.http.routers) or any(i.source in ("express", "hono", "koa", "@koa/router",
                                                        "fastify", "elysia") for i in facts.imports)


def _operations(route, module: str, prefix: str | None, concatenated: bool = False, home: str = ""
                ) -> list[Operation]:
    if concatenated and route.path and not route.path.startswith("/"):
        return _concatenated(route, module, prefix)
    written = paths.join(prefix or "", route.path or "")
    if route.path is None:
        normal = [None]
    else:
        normal = paths.route_paths(paths.join(prefix or "", paths.with_integers(route.path, route.integers)))
        if normal is None:
            normal = [None]
    shown = "/" + written if route.path is not None else "/" + (prefix or "").strip("/") + "/…"
    return [Operation((method,), path, prefix is not None, module, route.site, route.handler, shown,
                      route.bodies, route.model, parameters=route.parameters, reads=route.reads,
                      home=home)
            for path in normal for method in route.methods]


def _concatenated(route, module: str, prefix: str | None) -> list[Operation]:
    """A FastAPI path that does not start with `/` (`@router.post("leave_chat")`): FastAPI
    glues it to the prefix as it is (`/api/chats` + `leave_chat` is `/api/chatsleave_chat`);
    without a prefix it serves nothing, and under an unknown prefix, where, is unknown."""
    if prefix is None:
        return [Operation((method,), None, False, module, route.site, route.handler,
                          "/…" + route.path, route.bodies, route.model) for method in route.methods]
    if not prefix.strip("/"):
        return []
    written = prefix.strip("/") + route.path
    return [Operation((method,), path, True, module, route.site, route.handler, "/" + written,
                      route.bodies, route.model, parameters=route.parameters, reads=route.reads)
            for path in paths.route_paths(paths.with_integers(written, route.integers)) or [None]
            for method in route.methods]


def _mounts(graph: SymbolGraph, routers: dict[Declared, RouterDecl]
            ) -> dict[Declared, list[tuple[Declared, str | None, bool]]]:
    """child router -> [(parent router, mount prefix, replaces the child's own)]."""
    found: dict[Declared, list[tuple[Declared, str | None, bool]]] = {}
    handed = _handed_routers(graph, routers)
    for module, facts in graph.facts.items():
        for mount in facts.http.mounts:
            given = mounting_function(mount.parent)
            parents = handed.get((module, *given), []) if given else \
                [resolve(graph, module, mount.parent)]
            child = resolve(graph, module, mount.child)
            prefix = _with_prefix_read(graph, module, mount).prefix
            if child in routers and routers[child].kind == fastify.SHARED_KIND:
                prefix = ""  # fastify-plugin: the plugin runs on the instance it is given
            for parent in parents:
                if parent in routers and child in routers:
                    found.setdefault(child, []).append((parent, prefix, mount.replaces))
            if child in routers and not given and not any(p in routers for p in parents):
                # on what impact cannot read as a router (`new OpenAPIHono()`, a factory's
                # product it does not follow): served there, under a prefix it cannot read
                found.setdefault(child, []).append((UNREAD_PARENT, None, False))
    return found


def _unresolved_mounts(graph: SymbolGraph, routers: dict[Declared, RouterDecl], mounts: dict
                       ) -> set[Declared]:
    """The routers nothing mounts that a mount's import that does not resolve may take
    (impact.http.unresolved_mounts): those served nowhere are returned; those mounted where
    impact cannot tell get a mount under an unread parent."""
    failing, unknown = unresolved_mounts.unresolved_children(graph, python=True)
    unserved = set()
    for declared, router in routers.items() if failing or unknown else ():
        module, name = declared
        if declared in mounts or router.kind not in (*APPS, "koa-router"):
            continue
        python = graph.language_of(module).dotted_module_names
        if not python and unresolved_mounts.may_be_wanted(module, name, failing):
            unserved.add(declared)
        elif unresolved_mounts.may_be_wanted(module, name, failing | unknown if python else unknown):
            mounts[declared] = [(UNREAD_PARENT, None, False)]
    return unserved


def _with_prefix_read(graph: SymbolGraph, module: str, declared):
    """A router or mount with its prefix read from the names it is written with, when they
    can be read (else the prefix as its literal reading says: unknown for Python, none for
    JavaScript's `app.use(handler, router)`)."""
    if declared.prefix_from is None:
        return declared
    read = prefix_text(graph, module, declared.prefix_from)
    return declared if read is None else replace(declared, prefix=read)


def _instances(graph: SymbolGraph, routers: dict[Declared, RouterDecl]) -> None:
    """`export const taskRoute = createTaskRoute()`: an app of the factory's kind of its own."""
    if not _any_factory(routers):
        return  # no call can make an app: nothing to resolve (most `x = f()` are not apps)
    for module, facts in graph.facts.items():
        for instance in facts.http.instances:
            made = resolve(graph, module, instance.function)
            if made in routers and routers[made].factory:
                # a root app when the module builds on it (`app.route(...)`) or serves it, else
                # only where it is mounted
                extended = any(r.owner == instance.name for r in facts.http.routes) or \
                    any(m.parent == instance.name for m in facts.http.mounts) or \
                    instance.function in facts.http.served
                routers[(module, instance.name)] = RouterDecl(instance.name, routers[made].kind, "",
                                                              instance.site, factory=not extended)


def _instance_mounts(graph: SymbolGraph, routers: dict[Declared, RouterDecl]
                     ) -> list[tuple[Declared, Declared]]:
    """(the factory's router, the instance): what the factory declares is served by each
    instance it makes."""
    found: list[tuple[Declared, Declared]] = []
    if not _any_factory(routers):
        return found
    for module, facts in graph.facts.items():
        for instance in facts.http.instances:
            made = resolve(graph, module, instance.function)
            if made in routers and (module, instance.name) in routers and routers[made].factory:
                found.append((made, (module, instance.name)))
    return found


def _any_factory(routers: dict[Declared, RouterDecl]) -> bool:
    return any(router.factory for router in routers.values())


def _served_factories(graph: SymbolGraph, routers: dict[Declared, RouterDecl]) -> set[Declared]:
    served = set()
    for module, facts in graph.facts.items():
        for function in facts.http.served:
            target = resolve(graph, module, function)
            if target in routers:
                served.add(target)
    return served


def _handed_routers(graph: SymbolGraph, routers: dict[Declared, RouterDecl]
                    ) -> dict[tuple[str, str, int], list[Declared]]:
    """(module, function, parameter index) -> the routers calls in the repository pass there
    (`register_routes(app)` in an app factory): one level, direct calls only."""
    handed: dict[tuple[str, str, int], list[Declared]] = {}
    for module, facts in graph.facts.items():
        for handoff in facts.http.handoffs:
            function = resolve(graph, module, handoff.function)
            router = resolve(graph, module, handoff.router)
            if function is not None and router in routers:
                handed.setdefault((*function, handoff.index), []).append(router)
    return handed


def _full_prefixes(router: Declared, routers: dict[Declared, RouterDecl], mounts: dict,
                   memo: dict, depth: int = 0) -> list[str | None]:
    """Every full prefix the router serves under (None: unknown)."""
    if router in memo:
        return memo[router]
    memo[router] = [None]  # while computing: a cycle is unknown
    own = routers[router]
    if own.kind == robyn.ROUTER_KIND:  # its routes are registered with its prefix; an include
        memo[router] = [own.prefix]  # copies them as they are, under no prefix of the includer's
        return memo[router]
    if depth > MAX_MOUNT_DEPTH or own.prefix is None:
        return memo[router]
    result: list[str | None] = []
    for parent, prefix, replaces in mounts.get(router, ()):
        if prefix is None:
            result.append(None)
            continue
        mine = prefix if replaces else paths.join(prefix, own.prefix)
        for above in _full_prefixes(parent, routers, mounts, memo, depth + 1):
            result.append(None if above is None else paths.join(above, mine))
    if not mounts.get(router):
        # a Koa router, a Robyn SubRouter: their prefix is the whole of it wherever they are used
        root = own.kind in APPS or own.kind in ("koa-router", "django-root", nest.CONTROLLER_KIND,
                                                robyn.ROUTER_KIND)
        result.append(own.prefix if root and not own.factory else None)
    memo[router] = list(dict.fromkeys(result))
    return memo[router]


def next_operations(graph: SymbolGraph) -> list[Operation]:
    """Next.js route handlers: `app/**/route.ts` exporting GET/POST/..., and `pages/api/**`
    default exports (any method) — in a repository with a `next.config.*`."""
    if not any(p.rsplit("/", 1)[-1] in NEXT_CONFIGS for p in graph.paths):
        return []
    operations = []
    for module, facts in sorted(graph.facts.items()):
        if not module.endswith(ROUTE_FILE_SUFFIXES):
            continue
        parts = module.split("/")
        stem = posixpath.splitext(parts[-1])[0]
        if stem == "route" and "app" in parts[:-1]:
            segments = parts[len(parts) - 1 - parts[:-1][::-1].index("app"):-1]
            methods = [e for e in facts.exports if e.name in HTTP_METHODS]
            for export in methods:
                operations.extend(_file_route(module, segments, (export.name,), export.site,
                                              export.name))
        elif "pages" in parts[:-1] and "api" in parts and not stem.startswith("_"):
            start = len(parts) - 1 - parts[:-1][::-1].index("pages")
            segments = parts[start:-1] + ([] if stem == "index" else [stem])
            default = next((e for e in facts.exports if e.name == "default"), None)
            if segments[:1] == ["api"] and default is not None:
                operations.extend(_file_route(module, segments, ("*",), default.site, "default"))
    return operations


def nitro_operations(graph: SymbolGraph) -> list[Operation]:
    """Nuxt (Nitro) server routes, in a project with a `nuxt.config.*`: the default export of
    `server/api/**` at `/api/**` and of `server/routes/**` at `/**`; `index` is its folder,
    a `.get`/`.post`/... before the extension takes only that method."""
    operations = []
    for root in _config_dirs(graph, NUXT_CONFIGS):
        server = f"{root}/server/" if root else "server/"
        for module, facts in sorted(graph.facts.items()):
            if not module.startswith(server) or not module.endswith(ROUTE_FILE_SUFFIXES):
                continue
            parts = module[len(server):].split("/")
            if len(parts) < 2:
                continue  # `server/cache-driver.ts`: a module of the server, no route
            top, *folders, name = parts
            stem, _dot, method = posixpath.splitext(name)[0].rpartition(".")
            if not stem or method.upper() not in HTTP_METHODS:
                stem, method = posixpath.splitext(name)[0], ""
            default = next((e for e in facts.exports if e.name == "default"), None)
            if top not in NITRO_ROUTE_DIRS or default is None:
                continue
            segments = (["api"] if top == "api" else []) + folders + ([] if stem == "index" else [stem])
            operations.extend(_file_route(module, segments, (method.upper() or "*",), default.site,
                                          "default"))
    return operations


def sveltekit_operations(graph: SymbolGraph) -> list[Operation]:
    """SvelteKit endpoints, in a project with a `svelte.config.*`: `src/routes/**/+server.*`
    exporting GET/POST/... (`fallback`: any other method) at its folders' path."""
    operations = []
    for root in _config_dirs(graph, SVELTE_CONFIGS):
        routes = f"{root}/src/routes/" if root else "src/routes/"
        for module, facts in sorted(graph.facts.items()):
            if not module.startswith(routes) or posixpath.splitext(module)[0].rsplit("/", 1)[-1] \
                    != "+server" or not module.endswith(ROUTE_FILE_SUFFIXES):
                continue
            segments = module[len(routes):].split("/")[:-1]
            for export in facts.exports:
                if export.name in HTTP_METHODS or export.name == "fallback":
                    methods = ("*",) if export.name == "fallback" else (export.name,)
                    operations.extend(_file_route(module, segments, methods, export.site,
                                                  export.name))
    return operations


def _config_dirs(graph: SymbolGraph, names: tuple[str, ...]) -> list[str]:
    """The directories holding one of these configuration files (a project's root)."""
    return sorted({posixpath.dirname(p) for p in graph.paths if p.rsplit("/", 1)[-1] in names})


def _file_route(module: str, segments: list[str], methods: tuple[str, ...], site: Site,
                handler: str) -> list[Operation]:
    kept = [s for s in segments if not (s.startswith("(") and s.endswith(")")) and not s.startswith("@")]
    if any(s.startswith("_") for s in kept):
        return []  # a private folder: not routed
    written = "/" + "/".join(kept)
    normal = paths.route_paths(written)
    return [Operation(methods, path, True, module, site, handler, written, exported=True)
            for path in (normal or [None])]
