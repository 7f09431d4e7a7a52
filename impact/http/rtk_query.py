"""RTK Query (Redux Toolkit): `createApi({ baseQuery: fetchBaseQuery({ baseUrl }), endpoints })`
and `api.injectEndpoints({ endpoints })`.

The API object is an HTTP client whose base URL is `fetchBaseQuery`'s `baseUrl` (any other
base query: unknown; a module-level `const` or re-authentication wrapper of one is
followed). Each endpoint `getX: build.query({ query: (id) => `/x/${id}` })` (or
`({ url, method, body, params })`) is a request written where its `query` is, and the hook
RTK Query generates for it (`useGetXQuery`) gives an object whose `data` is the response body
(unless `transformResponse` reshapes it); so does its lazy hook (`useLazyGetXQuery`), the
second item of what it gives, and its trigger's value, `.unwrap()` of which is the response;
a mutation's hook (`useAddXMutation`) gives the same pair. A query hook's
`selectFromResult` gives what its function returns of that object. A `queryFn` sends
whatever it likes: not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from impact.http.js_functions import parameter, parameter_name
from impact.http.js_literals import object_pairs, string_value
from impact.lang.treesitter import call_arguments, descendants, text

CREATE = "createApi"
INJECT = "injectEndpoints"
DECLARING = (CREATE.encode(), INJECT.encode())  # a module that may declare endpoints names one
BASE_QUERY = "fetchBaseQuery"
BASE_URL = "baseUrl"
KINDS = {"query": "Query", "mutation": "Mutation"}  # builder method -> its hook's suffix
DATA = "data"  # the key of a query hook's result that holds the response
# a hook that gives `[trigger, result]`: `useLazyGetXQuery()`, `useAddXMutation()`
TRIGGER_HOOK = re.compile(r"use(?:Lazy[A-Z]\w*Query|[A-Z]\w*Mutation)")
SELECT = "selectFromResult"  # a query hook's option that reshapes its result
UNWRAP = "unwrap"  # `trigger(arg).unwrap()`: a lazy query's response itself
LIBRARY = "rtk-query"
WRAPPERS = ("parenthesized_expression", "as_expression", "satisfies_expression")
# a URL as written; a name's constant is read with the revision in view (impact.http.clients)
URLS = ("string", "template_string", "identifier", "member_expression")


@dataclass(frozen=True)
class Endpoint:
    """An endpoint of the API object `owner`: `url` the node of its URL; `method` as its
    options write it ("" when they do not: GET), None when it cannot be read; `options` the
    `{ url, method, body, params }` object (None for a URL alone); `hooks` the names of the
    generated hooks whose `data` is the response."""

    owner: str
    name: str
    url: Node
    method: str | None
    options: Node | None
    hooks: tuple[str, ...]


def base_url(value: Node) -> tuple[bool, Node | None] | None:
    """For `createApi({...})`: (whether the base query is `fetchBaseQuery`, its `baseUrl`
    node); None when `value` is no `createApi` call."""
    if not _is_call_of(value, CREATE):
        return None
    options = _options(value)
    base = options.get("baseQuery") if options is not None else None
    base = _base_query(_unwrapped(base)) if base is not None else None
    if base is None:
        return False, None
    given = call_arguments(base)
    pairs = object_pairs(given[0]) if given else {}
    return (pairs is not None and set(pairs) <= {BASE_URL, "prepareHeaders", "credentials",
                                                  "timeout", "mode"}), (pairs or {}).get(BASE_URL)


def _base_query(node: Node, depth: int = 0) -> Node | None:
    """The `fetchBaseQuery(...)` call a base query is: in place, a module-level `const` holding
    one, or a module-level function that hands its arguments on to one as they are (`async
    function baseQueryWithReauth(args, api, extra) { let result = await baseQuery(args, api,
    extra); ... }`, RTK Query's documented re-authentication wrapper)."""
    if _is_call_of(node, BASE_QUERY):
        return node
    if node.type not in ("identifier", "shorthand_property_identifier") or depth > 1:
        return None  # `baseQuery: withAuth` or `{ baseQuery }`
    value = _module_value(node, text(node))
    if value is None:
        return None
    if value.type == "call_expression":
        return _base_query(value, depth + 1)
    if value.type not in ("function_declaration", "arrow_function", "function_expression", "function"):
        return None
    first = parameter_name(value, 0)
    called = set()
    for current in descendants(value.child_by_field_name("body")):
        if current.type in ("assignment_expression", "augmented_assignment_expression") and \
                text(current.child_by_field_name("left")).split(".")[0] == first:
            return None  # the request is rewritten
        if current.type == "call_expression" and current.child_by_field_name("function").type == "identifier":
            given = call_arguments(current)
            if given and text(given[0]) == first:
                called.add(text(current.child_by_field_name("function")))
    found = {made for name in called if (made := _base_query_named(node, name, depth)) is not None}
    return found.pop() if len(found) == 1 else None


def _base_query_named(node: Node, name: str, depth: int) -> Node | None:
    value = _module_value(node, name)
    return value if value is not None and _is_call_of(value, BASE_QUERY) else None


def _module_value(node: Node, name: str) -> Node | None:
    """The value of module-level `const name = ...`, or the function declared `name`."""
    root = node
    while root.parent is not None:
        root = root.parent
    for statement in root.named_children:
        if statement.type == "export_statement":
            statement = statement.child_by_field_name("declaration") or statement
        if statement.type == "function_declaration" and text(statement.child_by_field_name("name")) == name:
            return statement
        if statement.type == "lexical_declaration":
            for declarator in statement.named_children:
                if declarator.type == "variable_declarator" and \
                        text(declarator.child_by_field_name("name")) == name:
                    value = declarator.child_by_field_name("value")
                    return _unwrapped(value) if value is not None else None
    return None


def endpoints(call: Node) -> list[Endpoint]:
    """The endpoints a `createApi({...})` (bound to a name) or `api.injectEndpoints({...})`
    call declares."""
    function = call.child_by_field_name("function")
    if _is_call_of(call, CREATE):
        declarator = call.parent
        while declarator is not None and declarator.type in WRAPPERS:
            declarator = declarator.parent
        if declarator is None or declarator.type != "variable_declarator" or \
                declarator.child_by_field_name("name").type != "identifier":
            return []
        owner = text(declarator.child_by_field_name("name"))
    elif function is not None and function.type == "member_expression" and \
            text(function.child_by_field_name("property")) == INJECT and \
            function.child_by_field_name("object").type == "identifier":
        owner = text(function.child_by_field_name("object"))
    else:
        return []
    options = _options(call)
    made = options.get("endpoints") if options is not None else None
    if made is None or made.type != "arrow_function":
        return []
    builder = parameter(made, 0)
    returned = _returned(made)
    pairs = object_pairs(returned) if returned is not None and builder is not None else None
    found = []
    for name, value in (pairs or {}).items():
        endpoint = _endpoint(owner, name, _unwrapped(value), text(builder))
        if endpoint is not None:
            found.append(endpoint)
    return found


def _endpoint(owner: str, name: str, value: Node, builder: str) -> Endpoint | None:
    """`build.query<T, A>({ query: ... })`, `build.mutation({ query: ... })`."""
    if value.type != "call_expression":
        return None
    function = value.child_by_field_name("function")
    if function.type != "member_expression" or text(function.child_by_field_name("object")) != builder:
        return None
    kind = text(function.child_by_field_name("property"))
    options = _options(value)
    query = options.get("query") if options is not None and kind in KINDS else None
    if query is None:
        return None  # a `queryFn`, an infinite query, options built elsewhere
    made = _returned(query) if query.type in ("arrow_function", "function_expression") else None
    if made is None:
        return None
    hooks = ()
    named = f"{name[:1].upper()}{name[1:]}{KINDS[kind]}"
    if "transformResponse" not in options:  # a lazy hook's result is the query hook's
        hooks = (f"use{named}", f"useLazy{named}") if kind == "query" else (f"use{named}",)
    if made.type in URLS:
        return Endpoint(owner, name, made, "", None, hooks)
    pairs = object_pairs(made)
    url = pairs.get("url") if pairs is not None else None
    if url is None or url.type not in URLS:
        return None
    method_node = pairs.get("method")
    method = "" if method_node is None else string_value(method_node)
    return Endpoint(owner, name, url, method.upper() if method is not None else None, made, hooks)


def result_selector(call: Node) -> Node | None:
    """The function of a hook call's `selectFromResult` option (`useGetXQuery(arg, {
    selectFromResult: ({ data }) => ({ x: data?.find(...) }) })`), if it has one."""
    given = call_arguments(call)
    pairs = object_pairs(_unwrapped(given[1])) if len(given) == 2 else None
    selector = pairs.get(SELECT) if pairs is not None else None
    return selector if selector is not None and selector.type in ("arrow_function", "function_expression") \
        else None


def _options(call: Node) -> dict[str, Node] | None:
    given = call_arguments(call)
    return object_pairs(_unwrapped(given[0])) if len(given) == 1 else None


def _returned(function: Node) -> Node | None:
    """What an arrow function or function expression returns: its expression body, or the
    value of its block's one `return` at the top."""
    body = function.child_by_field_name("body")
    if body is None:
        return None
    if body.type == "statement_block":
        returns = [s for s in body.named_children if s.type == "return_statement"]
        if len(returns) != 1 or not returns[0].named_children:
            return None
        body = returns[0].named_children[0]
    return _unwrapped(body)


def _unwrapped(node: Node) -> Node:
    while node.type in WRAPPERS and node.named_children:
        node = node.named_children[0]
    return node


def _is_call_of(node: Node, name: str) -> bool:
    if node.type != "call_expression":
        return False
    function = node.child_by_field_name("function")
    return function is not None and function.type == "identifier" and text(function) == name
