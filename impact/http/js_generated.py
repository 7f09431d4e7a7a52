"""Generated API clients, per file: the requests a client generated from an OpenAPI document
sends, and the functions of it that each send exactly one (their callers, in code written by
hand, are linked to them later: impact.http.client_functions).

Read in a file that says it is generated (impact.lang.generated):
- openapi-typescript-codegen and @hey-api/openapi-ts's legacy clients:
  `__request(OpenAPI, { method: 'GET', url: '/api/v1/items/{item_id}', path: {...} })`;
- @hey-api/openapi-ts's clients: `(options?.client ?? client).get({ url: '/api/v1/items/',
  ...options })`, `client.post({ url, ... })`;
- orval with a custom instance: `customInstance({ url: `/pets/${petId}`, method: 'GET' })`
  (orval's plain axios calls, `axios.get(`/pets`)`, are requests read as any other).
Read in any file, as its users write them by hand: openapi-fetch's `client.GET('/items/{id}',
init)` (whether `client` is an openapi-fetch client is decided with its module's imports).

A path template's `{name}` segment is a path parameter: it is read as a hole, as a
`${name}` of a template literal is.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tree_sitter import Node

from impact.http import js_sent
from impact.http.js_literals import string_value
from impact.lang.treesitter import call_arguments, site, text
from impact.model import DelegateDecl, RequestDecl, RequestFunctionDecl, Url, ValueDecl

GENERATED_CLIENT = "(generated client)"  # the callee of a generated client's own transport
# ... and where the response body is in what its request functions give: the value itself
# (openapi-typescript-codegen's `__request` resolves to the body), or its `data`
# (@hey-api/openapi-ts's clients resolve to `{ data, error, request, response }`)
BODY_OF_GENERATED = {"(generated client)": None, "(generated client: body)": (),
                     "(generated client: data)": ("data",)}
TYPED_CLIENT = "openapi-fetch"  # the library of a client whose paths are the OpenAPI document's
TRANSPORT_CALLS = ("__request",)  # openapi-typescript-codegen, hey-api legacy: (config, options)
VERBS = ("get", "post", "put", "patch", "delete", "head", "options", "trace")
TYPED_VERBS = tuple(verb.upper() for verb in VERBS)  # openapi-fetch: `client.GET(path)`
TEMPLATE_PARAMETER = re.compile(r"\{([^{}/]+)\}")


def request(call: Node, generated: bool) -> RequestDecl | None:
    """The request a call of a generated client (in a generated file) or of an openapi-fetch
    client sends, when it is one; `string_value` reads a string literal."""
    function = call.child_by_field_name("function")
    if function is None or not generated and function.type != "member_expression":
        return None  # every call of every file comes here: outside generated code, only
        # a method call may be openapi-fetch's
    args = call_arguments(call)
    if not args:
        return None
    typed = _typed_path_call(function, args)
    if typed is not None or not generated:
        return typed
    if function.type == "identifier" and text(function) in TRANSPORT_CALLS and len(args) > 1:
        return _configured(call, args[1], None, "(generated client: body)")
    if function.type == "member_expression":
        verb = text(function.child_by_field_name("property"))
        if verb in VERBS and _may_be_client(function.child_by_field_name("object")):
            return _configured(call, args[0], verb.upper(), "(generated client: data)")
        return None
    if function.type == "identifier":  # orval's custom instance: `customInstance({ url, method })`
        return _configured(call, args[0], None, GENERATED_CLIENT)
    return None


def _typed_path_call(function: Node, args: list[Node]) -> RequestDecl | None:
    """`client.GET('/items/{id}', { params })`: a method named in capitals, on a name, with a
    path as its first argument."""
    if function.type != "member_expression" or \
            function.child_by_field_name("object").type != "identifier":
        return None
    verb = text(function.child_by_field_name("property"))
    path = string_value(args[0])
    if verb not in TYPED_VERBS or path is None or not path.startswith("/"):
        return None
    return RequestDecl(text(function), template_url(path), verb, site(function.parent),
                       arguments=js_sent.arguments(args))


def typed_client(name: str, value: Node, node: Node, factories: frozenset[str]) -> ValueDecl | None:
    """`const client = createClient<paths>({ baseUrl })` with openapi-fetch's `createClient`
    (`factories`: the names it is imported as): a client whose calls name whole paths."""
    function = value.child_by_field_name("function") if value.type == "call_expression" else None
    if function is None or function.type != "identifier" or text(function) not in factories:
        return None
    return ValueDecl(name, "client", None, site(node), TYPED_CLIENT)


def _may_be_client(owner: Node | None) -> bool:
    """`client`, `_heyApiClient`, `(options?.client ?? client)`: a client the options may
    replace."""
    while owner is not None and owner.type == "parenthesized_expression" and owner.named_children:
        owner = owner.named_children[0]
    if owner is None:
        return False
    if owner.type == "binary_expression" and text(owner.child_by_field_name("operator")) in ("??", "||"):
        owner = owner.child_by_field_name("right")
    return owner.type in ("identifier", "member_expression") and text(owner).lower().endswith("client")


def _configured(call: Node, config: Node, verb: str | None, transport: str) -> RequestDecl | None:
    """A request described by a configuration object (spreads of the caller's options
    allowed): its `url` (a literal or a template) and its `method` (given by the call's
    name, `verb`, or else a literal `method` key)."""
    pairs = _pairs(config)
    if pairs is None or "url" not in pairs:
        return None
    url = _url(pairs["url"])
    if url is None or not url.parts[0].startswith("/"):
        return None
    method = verb
    if method is None:
        given = string_value(pairs["method"]) if "method" in pairs else None
        if given is None or given.lower() not in VERBS:
            return None
        method = given.upper()
    return RequestDecl(transport, url, method, site(call))


def _pairs(node: Node) -> dict[str, Node] | None:
    """The keyed values of an object literal (spreads and methods left out)."""
    if node.type != "object":
        return None
    pairs = {}
    for child in node.named_children:
        if child.type == "pair":
            key = child.child_by_field_name("key")
            name = text(key).strip("'\"") if key.type in ("property_identifier", "string") else None
            if name is not None:
                pairs[name] = child.child_by_field_name("value")
    return pairs


def _url(node: Node) -> Url | None:
    literal = string_value(node)
    if literal is not None:
        return template_url(literal)
    if node.type != "template_string":
        return None
    parts, holes, current = [], [], ""
    for child in node.named_children:
        if child.type == "template_substitution":
            parts.append(current)
            holes.append(text(child.named_children[0]) if child.named_children else "")
            current = ""
        elif child.type == "string_fragment":
            current += text(child)
        else:
            return None
    return Url((*parts, current), tuple(holes))


def template_url(path: str) -> Url:
    """An OpenAPI path template, its `{name}` parameters as holes."""
    pieces = TEMPLATE_PARAMETER.split(path)
    return Url(tuple(pieces[0::2]), tuple(pieces[1::2]))


# -- the functions that send one request -----------------------------------------------


def request_functions(functions: list[tuple[str, Node]], requests: list[tuple[Node, RequestDecl]]
                      ) -> tuple[RequestFunctionDecl, ...]:
    """Those of `functions` (name, node) inside which exactly one of `requests` (in document
    order) is made."""
    requests_in = within(requests, lambda request: request[0])
    found = []
    for name, function in functions:
        inside = requests_in(function)
        if len(inside) == 1:
            found.append(RequestFunctionDecl(name, inside[0][1]))
    return tuple(found)


def delegates(functions: list[tuple[str, Node]], requests: list[tuple[Node, RequestDecl]],
              calls, imported: frozenset[str]) -> tuple[DelegateDecl, ...]:
    """Those of `functions` that make none of `requests` and call imported functions or other
    functions of the module (orval's `useListPets` calls `getListPetsQueryOptions`, which calls
    `listPets`): the names they call (one of which may lead to a request function). `requests`
    and `calls` in document order."""
    imported = imported | {name for name, _function in functions if "." not in name}
    requests_in, calls_in = within(requests, lambda request: request[0]), within(calls)
    found = []
    for name, function in functions:
        if requests_in(function):
            continue
        called = (call.child_by_field_name("function") for call in calls_in(function))
        callees = {text(f) for f in called if f is not None and f.type == "identifier"}
        if callees & imported:
            found.append(DelegateDecl(name, tuple(sorted(callees & imported))))
    return tuple(found)


def within(items, call_of=lambda item: item):
    """For items in document order, a function giving those whose call starts inside a
    given function node: by bisection, as a generated client may have thousands of functions
    and calls."""
    starts = [call_of(item).start_byte for item in items]
    return lambda function: items[bisect_left(starts, function.start_byte):
                                  bisect_left(starts, function.end_byte)]


def static_methods(root: Node) -> list[tuple[str, Node]]:
    """(`Class.method`, node) of the static methods of module-level classes."""
    found = []
    for statement in root.named_children:
        if statement.type == "export_statement":
            statement = statement.child_by_field_name("declaration") or statement
        if statement.type not in ("class_declaration", "abstract_class_declaration"):
            continue
        name, body = statement.child_by_field_name("name"), statement.child_by_field_name("body")
        if name is None or body is None:
            continue
        for member in body.named_children:
            if member.type == "method_definition" and \
                    any(child.type == "static" for child in member.children):
                method = member.child_by_field_name("name")
                if method is not None:
                    found.append((f"{text(name)}.{text(method)}", member))
    return found
