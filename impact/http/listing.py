"""`impact routes`: the operations a revision serves, the fields they send, and the requests
in the repository that call them — what the IMP4xx rules see, to check their view of an app
(which routes impact places, which requests it links to them, which it cannot). Rendered by
impact.report.routes_report."""

from __future__ import annotations

from dataclasses import dataclass, replace

from impact.graph import SymbolGraph
from impact.http.clients import ClientCall, client_calls
from impact.http.endpoints import named_endpoints, qualified
from impact.http.responses import produced
from impact.http.routes import Operation, served_operations


@dataclass(frozen=True)
class Caller:
    file: str
    line: int
    method: str  # "*" when the request's method cannot be read
    url: str  # as the request writes it (`{…}` for a parameter, `…` for what is built at run time)
    exact: bool  # False: a URL built at run time that may reach the operation


@dataclass(frozen=True)
class Route:
    methods: tuple[str, ...]
    path: str  # as the routes declare it
    placed: bool  # its full path is known (else: under a prefix impact cannot read)
    file: str
    line: int
    handler: str
    sends: tuple[str, ...] | None  # fields of the body (items of an array body as `[].x`); None: unknown
    callers: tuple[Caller, ...]
    name: str | None = None  # what URLs are built from (`url_for`, `reverse`): `chat.show`, `polls:detail`


@dataclass(frozen=True)
class Listing:
    routes: tuple[Route, ...]
    unmatched: tuple[Caller, ...]  # requests with a known path that no route here serves


def route_listing(graph: SymbolGraph) -> Listing:
    operations = served_operations(graph)
    calls = client_calls(graph)
    names = {(e.file, e.site): qualified(e) for e in named_endpoints(graph)}
    routes = [replace(_route(graph, operation, calls),
                      name=names.get((operation.file, operation.site)))
              for operation in operations]
    unmatched = [_caller(c, True) for c in calls
                 if c.path is not None and not any(o.serves(c.method, c.path) for o in operations)]
    return Listing(tuple(_merged(routes)), tuple(unmatched))


def _route(graph: SymbolGraph, operation: Operation, calls: list[ClientCall]) -> Route:
    callers = [_caller(c, True) for c in calls
               if c.path is not None and operation.serves(c.method, c.path)]
    if operation.path is not None and operation.anchored:
        callers += [_caller(c, False) for c in calls if c.path is None and
                    operation.accepts(c.method) and c.may_reach(operation.path)]
    body = produced(graph, operation)
    sends = None if body is None else tuple(sorted(body.fields or ())) + \
        tuple(f"[].{name}" for name in sorted(body.items or ()))
    return Route(operation.methods, operation.written, operation.anchored, operation.file,
                 operation.site.line, operation.handler, sends,
                 tuple(sorted(callers, key=lambda c: (c.file, c.line))))


def _merged(routes: list[Route]) -> list[Route]:
    """One entry per route declaration: the methods of one declaration together."""
    merged: dict[tuple, Route] = {}
    for route in routes:
        key = (route.file, route.line, route.path, route.handler)
        known = merged.get(key)
        if known is None:
            merged[key] = route
        else:
            methods = tuple(dict.fromkeys(known.methods + route.methods))
            callers = tuple(sorted(set(known.callers + route.callers), key=lambda c: (c.file, c.line)))
            merged[key] = replace(known, methods=methods, callers=callers)
    return sorted(merged.values(), key=lambda r: (r.file, r.line))


def _caller(call: ClientCall, exact: bool) -> Caller:
    return Caller(call.file, call.site.line, call.method or "*", call.written, exact)
