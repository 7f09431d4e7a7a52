"""BlackSheep: the module-level decorators `@get("/api/items/{item_id}")`, `@post`, `@put`,
`@patch`, `@delete`, `@head`, `@options` (and `@route(path, methods=[...])`) imported from
`blacksheep` (`blacksheep.server.routing`) register their handler on the default router, which
an `Application()` made without a router of its own serves at the root. A path parameter is
`{name}`, `{int:name}` or `:name`; `json(data)` answers `data` (read as Sanic's, the same
call). The handler's parameters are bound as FastAPI's are read (impact.http.py_requests),
with BlackSheep's binders: `FromJSON[Model]` the body, `FromQuery[T]` a query parameter,
`FromRoute`, `FromHeader`, `FromCookie`, `FromServices` nothing of the query or the body; a
parameter named `request` is given the request (BlackSheep's convention), not a query parameter.
Controllers' decorators (`blacksheep.server.controllers`) are not these.
"""

from __future__ import annotations

from dataclasses import replace

from impact.model import Import, ParameterDecl

MODULES = ("blacksheep", "blacksheep.server", "blacksheep.server.routing")
KIND = "blacksheep"
DEFAULT_ROUTER = "(blacksheep default router)"  # the owner of the default router's routes
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


def bound(parameters: tuple[ParameterDecl, ...] | None) -> tuple[ParameterDecl, ...] | None:
    """A handler's parameters as BlackSheep binds them: `request` is the request."""
    if parameters is None:
        return None
    return tuple(replace(p, kind="other", required=False) if p.name == REQUEST and p.kind == "scalar" else p
                 for p in parameters)
