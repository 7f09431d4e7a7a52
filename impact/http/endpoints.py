"""The names a revision's Flask and Django routes have, which URLs are built from
(`url_for`, `reverse`, `{% url %}`: impact.http.url_names reads those)."""

from __future__ import annotations

from dataclasses import dataclass

from impact.graph import SymbolGraph
from impact.http.names import resolve
from impact.http.paths import installed_package
from impact.http.url_names import DJANGO, FLASK
from impact.model import Site

ROUTER_FRAMEWORKS = {"flask": FLASK, "blueprint": FLASK, "django": DJANGO}
# Flask-RESTful and Flask-RESTX routers: their endpoints' names are made in ways impact does
# not follow all of (a namespace's, an Api's on a blueprint), so they are names head may have
UNSURE_ROUTER_KINDS = ("restful", "namespace")


@dataclass(frozen=True)
class NamedEndpoint:
    """A name a revision's routes have. namespace: the blueprint's name or the URL conf's
    `app_name` ("" for none), None when it is not known; framework None when the route's
    router is not known (it may be either's)."""

    framework: str | None
    namespace: str | None
    name: str
    file: str
    site: Site
    handler: str


def split(framework: str, name: str) -> tuple[str | None, str]:
    """(namespace, name) of a name as written: `chat.view` -> (chat, view), `.view` ->
    (None: the current blueprint's, view), `polls:detail` -> (polls, detail)."""
    separator = "." if framework == FLASK else ":"
    namespace, _dot, short = name.rpartition(separator)
    if framework == FLASK and name.startswith(".") and namespace == "":
        return None, short
    if framework == DJANGO:
        namespace = namespace.rpartition(":")[2]  # `outer:inner:name`: the inner namespace
    return namespace, short


def named_endpoints(graph: SymbolGraph) -> list[NamedEndpoint]:
    """The names a revision's Flask and Django routes have. A route whose router impact
    cannot find keeps its name with the framework and namespace unknown."""
    routers = {(path, r.name): r for path, facts in graph.facts.items() for r in facts.http.routers}
    found = []
    for module, facts in sorted(graph.facts.items()):
        if installed_package(module):
            continue
        for route in facts.http.routes:
            if route.endpoint is None or not route.owner:
                continue
            owner = resolve(graph, module, route.owner)
            if owner is None or (owner in routers and routers[owner].kind in UNSURE_ROUTER_KINDS):
                framework, namespace = None, None
            elif owner not in routers or routers[owner].kind not in ROUTER_FRAMEWORKS:
                continue  # a client's `api.get(...)`, another framework's router
            else:
                router = routers[owner]
                framework = ROUTER_FRAMEWORKS[router.kind]
                namespace = "" if router.kind == "flask" else router.label
            found.append(NamedEndpoint(framework, namespace, route.endpoint, module,
                                       route.site, route.handler))
    return found


def qualified(endpoint: NamedEndpoint) -> str:
    """The name as a URL is built from it: `chat.show`, `polls:detail`, `index`."""
    if not endpoint.namespace:
        return endpoint.name
    return f"{endpoint.namespace}{':' if endpoint.framework == DJANGO else '.'}{endpoint.name}"
