"""What a JavaScript request sends: the keys of its JSON body and its query parameters, when
the code shows every one of them (IMP405).

Per file (`arguments`): each argument of a request call that is an object literal, with its
keys and the keys of the object literals its values are (`params: { q }`, `body:
JSON.stringify({ a, b })`); a spread or a computed key makes it unknown. A `const` the
function declares once and reads only there stands for its value; a call of a plain name
(`orderPayload(form)`, in place or through such a `const`) is what that function returns,
read with the revision in view (impact.http.clients) when it returns one object literal.
With the revision in view (`sent`), read as the call's library reads them: fetch's `body` (its query is the URL's),
ofetch's `body` and `query`/`params`, axios's data (the argument after the URL of `post`,
`put`, `patch`; else the config's `data`) and config `params`, ky's `json` and
`searchParams`, superagent's `.send(body)` and `.query(q)` chained on the request (each
`.send` of an object adds its keys; without one, no body); the query string written in the URL (`?a=1&b=${b}`) too. A set is known
only when nothing else may add to it: a variable, a spread, `FormData`, a query key or a
value that is not one expression (`?${qs}`, `?a=1${more}`) leave it unknown, and so do
requests sent through a wrapper, a hook or a generated client, and an instance that adds to
every request (default `params`, a request interceptor).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import unquote_plus

from tree_sitter import Node

from impact.lang.treesitter import call_arguments, per_module, text
from impact.model import ArgumentDecl, RequestDecl

WRAPPERS = ("parenthesized_expression", "as_expression", "satisfies_expression",
            "non_null_expression")
DATA_VERBS = ("post", "put", "patch")
CONFIG_VERBS = ("get", "delete", "head", "options")
MARKS = ("\0", "\1")  # impact.http.clients: a hole of the URL
SCOPES = ("statement_block", "program")  # where a `const` an argument names is looked for
MAX_SCOPE = 20_000  # bytes: a larger scope (a bundle's) is not searched for it


@dataclass(frozen=True)
class Sent:
    """The query parameters and the JSON body's fields a request sends (None: not known)."""

    query: frozenset[str] | None
    body: frozenset[str] | None


# -- per file ---------------------------------------------------------------------------


UNKNOWN = ArgumentDecl(False)


def arguments(nodes: list[Node]) -> tuple[ArgumentDecl, ...]:
    return tuple(_argument(node) for node in nodes)


def _argument(node: Node) -> ArgumentDecl:
    node = _unwrapped(node)
    if node.type == "identifier":  # `const payload = orderPayload(form); api.post(url, payload)`
        node = _bound_once(node) or node
    maker = _maker(node)
    if maker:
        return ArgumentDecl(False, made_by=maker)
    keys = _keys(node)
    if keys is None:
        return UNKNOWN
    inner = {key: _inner_keys(value) for key, value in keys}
    objects = tuple(key for key, found in inner.items() if isinstance(found, tuple))
    made = tuple((key, found) for key, found in inner.items() if isinstance(found, str))
    return ArgumentDecl(True, tuple(k for k, _v in keys), objects,
                        tuple((key, name) for key in objects for name in inner[key]), inner_made=made)


def _maker(node: Node) -> str:
    """`f(...)`, `await f(...)`: the plain name of the function called, else ""."""
    node = _unwrapped(node.named_children[0] if node.type == "await_expression" and node.named_children
                      else node)
    function = node.child_by_field_name("function") if node.type == "call_expression" else None
    return text(function) if function is not None and function.type == "identifier" else ""


def _bound_once(name: Node) -> Node | None:
    """The value of the `const` that `name` reads, when the function around it (or the module)
    declares it once and reads it nowhere else: nothing may add to it on the way."""
    scope = name.parent
    while scope is not None and scope.type not in SCOPES:
        scope = scope.parent
    if scope is None or scope.end_byte - scope.start_byte > MAX_SCOPE:
        return None
    written = text(name)
    written_in = scope.text or b""
    if b"const" not in written_in or written_in.count(written.encode()) < 2:
        return None  # no `const` declaration in the scope, or the name read but not declared there
    uses, declarators = _names_in(scope)
    declared = declarators.get(written, ())
    if len(declared) != 1 or uses.get(written, 0) != 2 or declared[0].parent.type != "lexical_declaration" or \
            not declared[0].parent.text.startswith(b"const"):
        return None
    return declared[0].child_by_field_name("value")


# a scope -> how often each name is read or written in it, and its declarators by name (a
# module asks of the same scope for every call's arguments), for the module being read
_SCOPE_NAMES: dict[Node, tuple[Counter, dict[str, list[Node]]]] = per_module({})


def _names_in(scope: Node) -> tuple[Counter, dict[str, list[Node]]]:
    if scope not in _SCOPE_NAMES:
        uses: Counter = Counter()
        declarators: dict[str, list[Node]] = defaultdict(list)
        stack = [scope]
        while stack:
            node = stack.pop()
            if node.type in ("identifier", "shorthand_property_identifier"):
                uses[text(node)] += 1
            elif node.type == "variable_declarator":
                declarators[text(node.child_by_field_name("name"))].append(node)
            stack.extend(node.named_children)
        _SCOPE_NAMES[scope] = (uses, declarators)
    return _SCOPE_NAMES[scope]


def _unwrapped(node: Node) -> Node:
    while node.type in WRAPPERS and node.named_children:
        node = node.named_children[0]
    return node


def _keys(node: Node | None) -> list[tuple[str, Node | None]] | None:
    """(key, value) of an object literal without spreads or computed keys."""
    if node is None:
        return None
    node = _unwrapped(node)
    if node.type != "object":
        return None
    found = []
    for child in node.named_children:
        if child.type == "pair":
            key = child.child_by_field_name("key")
            if key.type == "string":
                name = "".join(text(c) for c in key.named_children if c.type == "string_fragment")
            elif key.type in ("property_identifier", "number"):
                name = text(key)
            else:
                return None  # a computed key
            found.append((name, child.child_by_field_name("value")))
        elif child.type == "shorthand_property_identifier":
            found.append((text(child), None))
        elif child.type == "method_definition":
            name = child.child_by_field_name("name")
            found.append((text(name), None))
        elif child.type != "comment":
            return None  # a spread
    return found


def _inner_keys(value: Node | None) -> tuple[str, ...] | str | None:
    """The keys of `{ ... }` or `JSON.stringify({ ... })` (also through a `const` bound once);
    the function named when the object is what a call of it returns (`JSON.stringify(payload)`
    of `const payload = orderPayload(form)`: "orderPayload")."""
    if value is None:
        return None
    value = _unwrapped(value)
    if value.type == "call_expression" and text(value.child_by_field_name("function")) == "JSON.stringify":
        given = call_arguments(value)
        value = _unwrapped(given[0]) if len(given) == 1 else None
        if value is not None and value.type == "identifier":
            value = _bound_once(value) or value
        if value is not None and (maker := _maker(value)):
            return maker
    keys = _keys(value)
    return None if keys is None else tuple(k for k, _v in keys)


# -- with the revision in view -----------------------------------------------------------


def sent(library: str, request: RequestDecl, url: str) -> Sent | None:
    """What a request of `library` (fetch, ofetch, axios, ky) sends; `url` as impact.http.clients
    reads it (holes marked)."""
    given = request.arguments
    if given is None:
        return None
    verb = request.callee.rpartition(".")[2]
    query = _url_query(url)
    if library in ("axios", "angular"):  # Angular's HttpClient: `post(url, body, { params })`
        if verb in DATA_VERBS:
            body, config = _at(given, 1), 2
        else:
            config = 0 if verb not in CONFIG_VERBS and given and given[0].known else 1
            body = _option(given, config, "data")
        return Sent(_union(query, _option(given, config, "params")), body)
    if library == "ky":
        body = _option(given, 1, "json") if _option(given, 1, "body") == frozenset() else None
        return Sent(_union(query, _option(given, 1, "searchParams")), body)
    if library == "hono":  # Hono's RPC client: `$post({ json, query, param })`
        return Sent(_union(query, _option(given, 0, "query")), _option(given, 0, "json"))
    if library == "superagent":
        return Sent(_union(query, _chained(request, "query")), _chained(request, "send"))
    if library == "xhr":  # what its `send(JSON.stringify(body))` gives, as the first argument
        return Sent(query, _at(given, 0))
    if library == "eden":  # Eden Treaty: `get(options)`, `post(body, options)`
        if verb in ("get", "head"):
            return Sent(_union(query, _option(given, 0, "query")), frozenset())
        return Sent(_union(query, _option(given, 1, "query")), _at(given, 0))
    if library == "openapi-fetch":  # `POST(path, { params: { path, query }, body })`
        params = _option(given, 1, "params")
        return Sent(_union(query, frozenset() if params is not None and "query" not in params else None),
                    _option(given, 1, "body"))
    if library in ("ofetch", "rtk-query"):  # RTK Query's `fetchBaseQuery`: `body` and `params`
        query = _union(_union(query, _option(given, 1, "query")), _option(given, 1, "params"))
        return Sent(query, _option(given, 1, "body"))
    return Sent(query, _option(given, 1, "body"))


def sent_at(request: RequestDecl, url: str, index: int) -> Sent | None:
    """What a call of a wrapper sends when its `index`-th argument is the JSON body
    (`api.post(path, body)` over a transport): that argument's keys, the URL's query."""
    if request.arguments is None:
        return None
    return Sent(_url_query(url), _at(request.arguments, index))


def _at(given: tuple[ArgumentDecl, ...], index: int) -> frozenset[str] | None:
    """The keys of argument `index`: none when it is not given."""
    if index >= len(given):
        return frozenset()
    return frozenset(given[index].keys) if given[index].known else None


def _option(given: tuple[ArgumentDecl, ...], index: int, key: str) -> frozenset[str] | None:
    """The keys of option `key` of argument `index`: none when either is not given."""
    if index >= len(given):
        return frozenset()
    argument = given[index]
    if not argument.known:
        return None
    if key not in argument.keys:
        return frozenset()
    if key not in argument.objects:
        return None
    return frozenset(name for owner, name in argument.inner if owner == key)


def _chained(request: RequestDecl, method: str) -> frozenset[str] | None:
    """The keys every `.send(x)` (`.query(x)`) chained on a request gives: none without one."""
    keys: set[str] = set()
    for name, argument in request.chained:
        if name != method:
            continue
        if not argument.known:
            return None
        keys.update(argument.keys)
    return frozenset(keys)


CHAINED = ("send", "query")  # superagent's methods that add to what a request sends
SAME_REQUEST = (*CHAINED, "set", "type", "accept", "timeout", "retry", "withCredentials", "auth",
                "ok", "responseType", "redirects", "use")  # they return the request they are called on


def chained(call: Node) -> tuple[tuple[str, ArgumentDecl], ...]:
    """`.send({ a })`, `.query({ q })` chained on a request call (through `.set(...)` and the
    other methods that return the request), with their arguments."""
    found = []
    node = call
    while node.parent is not None and node.parent.type == "member_expression" and \
            node.parent.parent is not None and node.parent.parent.type == "call_expression" and \
            node.parent.parent.child_by_field_name("function") == node.parent:
        name = text(node.parent.child_by_field_name("property"))
        if name not in SAME_REQUEST:
            break
        node = node.parent.parent
        if name in CHAINED:
            given = call_arguments(node)
            found.append((name, _argument(given[0]) if len(given) == 1 else UNKNOWN))
    return tuple(found)


def _union(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    return None if first is None or second is None else first | second


def _url_query(url: str) -> frozenset[str] | None:
    """The names of the query string written in a URL (`?a=1&b=${b}`); None when one is not
    written out or a value may hold more (`?${qs}`, `?a=1${rest}`)."""
    _path, mark, query = url.partition("?")
    if not mark:
        return frozenset()
    query = query.partition("#")[0]
    names = set()
    for piece in query.split("&"):
        if not piece:
            continue
        name, _equals, value = piece.partition("=")
        if any(m in name for m in MARKS):
            return None
        if any(m in value for m in MARKS) and value not in MARKS:
            return None
        names.add(unquote_plus(name))
    return frozenset(names)
