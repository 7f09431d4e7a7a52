"""Elysia's Eden Treaty client: `const api = treaty<App>('localhost:3000')` (`treaty` imported
from `@elysiajs/eden`) is a client whose requests name their path in properties:
`api.api.hives({ id }).harvest.post({ grams })` is a POST of `/api/hives/:id/harvest` under
the client's base URL (a call with an object gives a path parameter; a last `index` segment
names the path without it). `get`, `post`, `put`, `patch`, `delete`, `head`, `options` send
the request: `get` and `head` take the options (`{ query, headers }`) first, the others the
body first and the options second; the result holds the parsed body in `data` (`const {
data, error } = await ...`). A base without a scheme is a host Eden asks over http
(`'localhost:3000'`); `treaty<App>(base).api` is a client under `/api`, and so is `api` of
`const { api } = treaty<App>(base)` (`{ api: server }` names it `server`).
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http import js_sent
from impact.http.hono_client import destructured_keys, path_url
from impact.http.js_literals import object_pairs, string_value
from impact.lang.treesitter import call_arguments, site, text
from impact.model import RequestDecl, Url, ValueDecl

MODULE, FACTORY = "@elysiajs/eden", "treaty"
LIBRARY = "eden"
VERBS = {"get": "GET", "post": "POST", "put": "PUT", "patch": "PATCH", "delete": "DELETE",
         "head": "HEAD", "options": "OPTIONS"}
INDEX = "index"


def client(name: str, value: Node, node: Node, factories: frozenset[str]) -> ValueDecl | None:
    """`const api = treaty<App>(base)` with `treaty` one of `factories`: a client under the
    base; a base impact cannot read is the App's server itself (its paths are the App's)."""
    below = []  # `treaty<App>(base).api`: the client of the path the properties name
    while value.type == "member_expression" and factories:
        below.insert(0, text(value.child_by_field_name("property")))
        value = value.child_by_field_name("object")
    if value.type != "call_expression" or not factories:
        return None
    function = value.child_by_field_name("function")
    if function.type != "identifier" or text(function) not in factories:
        return None
    args = call_arguments(value)
    if not args:
        return None
    literal = string_value(args[0])
    # a host impact cannot read (`treaty<App>(env.API_URL)`): the paths are the App's own
    literal = "" if literal is None else \
        literal if "://" in literal or literal.startswith("/") else f"http://{literal}"
    path = "/".join((literal.rstrip("/"), *below)) if below else literal
    return ValueDecl(name, "client", Url((path,)), site(node), LIBRARY)


def destructured(pattern: Node, value: Node, node: Node, factories: frozenset[str]) -> list[ValueDecl]:
    """`const { api, v2: next } = treaty<App>(base)`: a client under `/api`, one under `/v2`
    (none when a property is nested, computed or the rest)."""
    made = client("", value, node, factories) if pattern.type == "object_pattern" else None
    if made is None or made.value is None:
        return []
    return [ValueDecl(name, "client", Url((f"{made.value.parts[0].rstrip('/')}/{key}",)), site(node), LIBRARY)
            for key, name in destructured_keys(pattern)]


def request(call: Node, clients: frozenset[str] | set[str]) -> RequestDecl | None:
    """`api.api.hives({ id }).harvest.post(body)` on a name of `clients` (the module's clients
    and the names it imports): a request of the path the properties and calls name."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "member_expression":
        return None
    verb = text(function.child_by_field_name("property"))
    if verb not in VERBS:
        return None
    segments = _segments(function.child_by_field_name("object"), clients)
    if not segments:
        return None
    root, *path = segments
    if path and path[-1] == INDEX:
        path.pop()
    return RequestDecl(f"{root}.{verb}", path_url(path), VERBS[verb], site(call),
                       arguments=js_sent.arguments(call_arguments(call)), library=LIBRARY)


def _segments(node: Node, clients: frozenset[str] | set[str]) -> list[str] | None:
    """[client, 'api', 'hives', ':id', 'harvest'] of `api.api.hives({ id }).harvest`; None
    when that is no chain of properties and parameter calls on a client."""
    found: list[str] = []
    while node.type in ("member_expression", "call_expression"):
        if node.type == "member_expression":
            found.append(text(node.child_by_field_name("property")))
            node = node.child_by_field_name("object")
            continue
        args = call_arguments(node)
        pairs = object_pairs(args[0]) if len(args) == 1 else None
        function = node.child_by_field_name("function")
        if not pairs or function.type != "member_expression":
            return None
        found.extend(f":{key}" for key in reversed(list(pairs)))
        node = function
    if node.type != "identifier" or text(node) not in clients or not found:
        return None
    return [text(node), *reversed(found)]
