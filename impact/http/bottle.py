"""Bottle: `app = Bottle()` is an app serving at the root (`default_app()`, `bottle.app()`:
the default app); `parent.mount("/api", child)`
serves the child app under the prefix (read as Starlette's mount: impact.http.python).
Routes are `@app.route(path, method="POST")` (GET without a method; a list names several),
`@app.get/post/put/patch/delete(path)` (`@route(path)`, `@get(path)` imported from bottle and
`@bottle.route(path)` are the default app's, served at the root; `method="ANY"` answers every
method), and the same calls given the handler,
`app.route("/scans", method="POST", callback=scans.new)` (also on a function's parameter:
`def define_routes(app): app.route(...)`, read as aiohttp's route tables; in a module that
does not import Bottle, only `route(..., callback=handler)`, Bottle's own form); a wildcard `<name>` or `<name:int>` (`float`) is one
segment, `<name:path>` one or more, `<name:re:...>` (a regular expression) and an old-style
`:name#...#` are not read. A dict the handler returns is answered as JSON, and
`request.json` (`from bottle import request`) is the body parsed as JSON.
Only modules importing `bottle` are read so.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http.py_syntax import call_arguments, method_names, string_literal
from impact.lang.treesitter import site, text
from impact.model import Import, RouteDecl, RouterDecl

MODULE = "bottle"
KIND = "bottle"
APP_CLASSES = ("Bottle",)
DEFAULT_APP_CALLS = ("default_app", "app")  # what returns the default app
DEFAULT_APP = "(bottle default app)"  # the owner of the routes module-level decorators add
ANY = "ANY"  # the method that answers every method
WILDCARD = re.compile(r"<(\w+)(?::([^>]*))?>")
CALLBACK = b"callback="
VERBS = {"route": None, "get": "GET", "post": "POST", "put": "PUT", "patch": "PATCH", "delete": "DELETE"}
FILTERS = {None: "", "int": "int:", "float": "", "path": "path:"}  # as a Flask converter


def imports_bottle(imports: tuple[Import, ...]) -> bool:
    return any(i.source == MODULE or i.source.startswith(f"{MODULE}.") for i in imports)


def app(assignment: Node, imports: tuple[Import, ...]) -> RouterDecl | None:
    """`app = Bottle()` (`bottle.Bottle()`, the class imported under any name)."""
    value = assignment.child_by_field_name("right")
    if value is None or value.type != "call":
        return None
    written = text(value.child_by_field_name("function"))
    if written not in _imported(imports, APP_CLASSES + DEFAULT_APP_CALLS):
        return None
    return RouterDecl(text(assignment.child_by_field_name("left")), KIND, "", site(assignment))


def _imported(imports: tuple[Import, ...], names: tuple[str, ...]) -> dict[str, str]:
    """How the module writes bottle's `names` (`from bottle import get`: `get`; `import
    bottle`: `bottle.get`) -> the name."""
    found = {i.local: i.imported for i in imports if i.source == MODULE and i.imported in names and i.local}
    for module in (i.local for i in imports if i.source == MODULE and not i.imported and i.local):
        found.update({f"{module}.{name}": name for name in names})
    return found


def default_app_verbs(imports: tuple[Import, ...]) -> dict[str, str]:
    """The module-level decorators of bottle's default app as written -> the verb (`route`,
    `get`...: `bottle.route = make_default_app_wrapper("route")`)."""
    return _imported(imports, tuple(VERBS))


def route_path(path: str | None) -> str | None:
    """A Bottle rule in Flask's wildcard form (`/a/<id:int>` -> `/a/<int:id>`); None when a
    wildcard's filter is a regular expression or unknown, or the rule uses the old `:name`
    syntax with a pattern."""
    if path is None or "#" in path:
        return None
    unread = False

    def flask_form(match: re.Match) -> str:
        nonlocal unread
        given = match.group(2)
        if given not in FILTERS:
            unread = True
            return match.group(0)
        return f"<{FILTERS[given]}{match.group(1)}>"

    converted = WILDCARD.sub(flask_form, path)
    return None if unread else converted


def call_route(call: Node, on_bottle: bool = True, defaults: dict[str, tuple[str, str]] | None = None
               ) -> RouteDecl | None:
    """`app.route("/scans/<id>", method="POST", callback=handler)`, `app.get(path,
    callback=handler)`: a route when the handler is given (without one, the call makes a
    decorator). `on_bottle`: the module imports Bottle (else only `route(..., callback=h)`);
    `defaults`: the default app's decorators as written -> (verb, owner) (`bottle.route(...)`:
    the default app's)."""
    function = call.child_by_field_name("function")
    verb = text(function.child_by_field_name("attribute")) if function.type == "attribute" else ""
    if verb not in VERBS:
        return None
    positional, keywords = call_arguments(call)
    if not on_bottle and (verb != "route" or "callback" not in keywords):
        return None
    names = ("path", "method", "callback") if verb == "route" else ("path",)
    given = dict(zip(names, positional)) | keywords
    path, callback = given.get("path"), given.get("callback")
    if path is None or callback is None or "**" in keywords:
        return None
    methods = route_methods(call) if verb == "route" else (VERBS[verb],)
    owner = function.child_by_field_name("object")
    if owner.type not in ("identifier", "attribute"):
        return None
    on = (defaults or {}).get(text(function), ("", text(owner)))[1]
    return RouteDecl(on, methods, route_path(string_literal(path)),
                     text(callback) if callback.type in ("identifier", "attribute") else "", site(call))


def route_methods(call: Node) -> tuple[str, ...]:
    """The methods of `route(path, method="POST")` (`method=["GET", "POST"]`, or the second
    positional argument): GET when none is given."""
    positional, keywords = call_arguments(call)
    given = keywords.get("method") or (positional[1] if len(positional) > 1 else None)
    if given is not None and given.type == "string":
        literal = string_literal(given)
        methods = (literal.upper(),) if literal else ("*",)
    else:
        methods = method_names(given, ("GET",))
    return ("*",) if ANY in methods else methods
