"""HTTP clients written as a class the module makes once (`export const kennel = new
KennelClient(import.meta.env.VITE_API ?? '/api')`), in the shape generated clients have: one
*transport* method sends every request — it calls `fetch` with `${this.baseUrl}${path}`, its
method from a parameter (`{ method }`) and, when it sends one, the body from another
(`body: JSON.stringify(body)`) — and each other method calls it (`return this.request<Dog[]>('GET',
'/dogs/')`). Each such call is a request at its own line, to the base the instance was made
with (a constructor parameter property given a base-URL constant, or a field declared with
one) followed by the path it passes; the method that returns it gives the body to its
callers (`await kennel.listDogs()`) when the transport returns `response.json()`.

A class may also keep a client instance in a field it sets once (`this.http = axios.create({
baseURL: '/api' })` in its constructor, or `http = axios.create(...)` declared): its methods'
`this.http.get('/saddles')` are requests of that client, named `(SaddleryApi http)` here
(field_clients, field_client_callee). The client may be given to the constructor (`constructor(http)
{ this.http = http; }`): when the module makes the class once, `new GranaryApi(axios.create({
baseURL: '/api' }))` (or with a module-level name bound to such a client), the field holds what
that call gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from tree_sitter import Node

from impact.http import js_sent
from impact.http.js_literals import object_pairs, string_value
from impact.lang.treesitter import ancestor, call_arguments, descendants, site, text
from impact.model import ArgumentDecl, RequestDecl, ReturnDecl, Url, ValueDecl

TRANSPORT = "(class transport)"  # the callee of the requests made through it (impact.http.clients)
THIS = "this."
FETCH = "fetch"


@dataclass(frozen=True)
class Transport:
    name: str
    url: int  # the index of the path parameter
    method: int | None  # of the method parameter
    body: int | None  # of the body parameter
    base: Url | None  # what `${this.x}` before the path stands for
    parses: bool  # it returns `response.json()`


def class_requests(classes: dict[int, str], class_nodes: list[Node], values, fetches,
                   constant, url_of) -> tuple[list[tuple[Node, RequestDecl]], list[ReturnDecl]]:
    """The requests each class made once (`classes`: node id -> its instance's name) makes
    through its transport, and what its methods return. `values`: the module's (name, value
    node) declarations; `fetches`: the (call, RequestDecl) of `fetch` calls in the module;
    `constant`, `url_of`: read a base-URL constant, a URL from a node (impact.http.javascript)."""
    requests, returns = [], []
    for node in class_nodes:
        instance = classes.get(node.id)
        if instance is None:
            continue
        made = next((v for name, v in values if name == instance and v.type == "new_expression"), None)
        fields = _fields(node, made, constant)
        transport = _transport(node, fetches, fields)
        if transport is None:
            continue
        for method, call in _transport_calls(node, transport.name):
            request = _request(call, transport, url_of)
            if request is None:
                continue
            requests.append((call, request))
            if transport.parses and method is not None and _returns(method, call):
                returns.append(ReturnDecl(f"{instance}.{text(method.child_by_field_name('name'))}",
                                          request.site, ()))
    return requests, returns


def function_transport(name: str, function: Node, fetches) -> Transport | None:
    """A module-level function that is a transport in the same shape (`async function
    apiRequest(method, url, body) { const r = await fetch(url, { method, body:
    JSON.stringify(body) }); return r }`, also `fetch(`${API}${path}`, ...)`): its one `fetch`
    takes its URL (or the end of it, after a constant), its method and its body from its
    parameters (`fetches`: the fetch calls in it); a literal base written before the URL parameter
    (`fetch(`/api${path}`, ...)`) is the base of every call. Its callers are requests
    (impact.http.clients), `apiRequest('POST', '/api/x', { a })` when the method comes first."""
    if len(fetches) != 1:
        return None
    call, request = fetches[0]
    parameters = _parameter_names(function)
    holes, parts = request.url.holes, request.url.parts
    if not holes or parts[-1] or len(holes) > 2 or holes[-1] not in parameters or \
            len(holes) == 2 and holes[0] in parameters or not prefix_of_path(parts):
        return None
    given = call_arguments(call)
    options = object_pairs(given[1]) if len(given) > 1 else None
    method = _parameter_of(options, "method", parameters)
    if method is None:
        return None  # the method is the caller's options' (a wrapper: impact.http.javascript)
    written = function.text or b""
    return Transport(name, parameters.index(holes[-1]), method, _stringified(options, parameters),
                     Url(parts[:-1], holes[:-1]), b".json()" in written and b"return" in written)


def prefix_of_path(parts: tuple[str, ...]) -> bool:
    """Whether what the URL writes before its last hole is a base path the hole continues
    (`/api${path}`, `${API}${path}`): no query or fragment, and not one segment of its own
    (`/items/${id}` fills a segment: a request, not a transport)."""
    before = parts[:-1]
    return not any(mark in part for part in before for mark in "?#") and \
        not (before and before[-1].endswith("/"))


def _fields(node: Node, made: Node | None, constant) -> dict[str, Url | None]:
    """`this.x` -> the base-URL constant it holds: a field's initializer, or the argument the
    instance was made with for a constructor parameter property."""
    body = node.child_by_field_name("body")
    fields: dict[str, Url | None] = {}
    given = call_arguments(made) if made is not None else []
    for member in body.named_children if body is not None else ():
        name, value = member.child_by_field_name("name"), member.child_by_field_name("value")
        if member.type in ("public_field_definition", "field_definition") and name is not None:
            fields[THIS + text(name)] = constant(value) if value is not None else None
        if member.type == "method_definition" and text(member.child_by_field_name("name")) == "constructor":
            parameters = member.child_by_field_name("parameters")
            for index, parameter in enumerate(parameters.named_children if parameters else ()):
                pattern = parameter.child_by_field_name("pattern")
                if pattern is not None and any(c.type == "accessibility_modifier" for c in parameter.children):
                    fields[THIS + text(pattern)] = constant(given[index]) if index < len(given) else None
    written = (body.text or b"") if body is not None else b""
    return {name: url for name, url in fields.items() if f"{name} =".encode() not in written}


def _transport(node: Node, fetches, fields: dict[str, Url | None]) -> Transport | None:
    found = []
    for method in _methods(node):
        parameters = _parameter_names(method)
        inside = [(c, r) for c, r in fetches if method.start_byte <= c.start_byte < method.end_byte]
        for call, request in inside:
            holes, parts = request.url.holes, request.url.parts
            if len(holes) != 2 or any(parts) or holes[1] not in parameters or holes[0] not in fields:
                continue
            options = object_pairs(call_arguments(call)[1]) if len(call_arguments(call)) > 1 else None
            found.append(Transport(text(method.child_by_field_name("name")), parameters.index(holes[1]),
                                   _parameter_of(options, "method", parameters),
                                   _stringified(options, parameters), fields[holes[0]],
                                   b".json()" in (method.text or b"") and b"return" in (method.text or b"")))
    return found[0] if len(found) == 1 else None


def _parameter_of(options: dict[str, Node] | None, key: str, parameters: list[str]) -> int | None:
    value = options.get(key) if options else None
    return parameters.index(text(value)) if value is not None and text(value) in parameters else None


def _stringified(options: dict[str, Node] | None, parameters: list[str]) -> int | None:
    """The parameter `body: JSON.stringify(body)` sends (also under a condition)."""
    value = text(options["body"]) if options and "body" in options else ""
    named = [p for p in parameters if f"JSON.stringify({p})" in value]
    return parameters.index(named[0]) if len(named) == 1 else None


def _transport_calls(node: Node, name: str) -> list[tuple[Node | None, Node]]:
    """(the method it is in, the call) of each `this.<name>(...)` in the class."""
    found = []
    for method in _methods(node):
        stack = [method.child_by_field_name("body")]
        while stack:
            current = stack.pop()
            if current is None:
                continue
            if current.type == "call_expression" and \
                    text(current.child_by_field_name("function")) == THIS + name:
                found.append((method, current))
            stack.extend(current.named_children)
    return found


def _request(call: Node, transport: Transport, url_of) -> RequestDecl | None:
    given = call_arguments(call)
    path = url_of(given[transport.url]) if transport.url < len(given) else None
    if path is None or transport.base is None:
        return None
    method = string_value(given[transport.method]) if transport.method is not None and \
        transport.method < len(given) else ""
    if method is None:
        return None
    base = transport.base
    url = Url((*base.parts[:-1], base.parts[-1] + path.parts[0], *path.parts[1:]), base.holes + path.holes)
    body = given[transport.body] if transport.body is not None and transport.body < len(given) else None
    return RequestDecl(TRANSPORT, url, method.upper(), site(call), arguments=body_options(body))


def body_options(body: Node | None) -> tuple[ArgumentDecl, ...]:
    """The arguments of a request whose body a transport sends as JSON, as an ofetch call's
    (`(url, { body })`) are read."""
    given = js_sent.arguments([body])[0] if body is not None else None
    return js_sent.UNKNOWN, ArgumentDecl(True) if given is None else _as_body(given)


def _as_body(given: ArgumentDecl) -> ArgumentDecl:
    """ofetch's options sending `given` as the JSON body."""
    return ArgumentDecl(True, ("body",), ("body",), tuple(("body", k) for k in given.keys)) if given.known \
        else ArgumentDecl(True, ("body",))


def with_given(request: RequestDecl, position: int, given: ArgumentDecl, option: str = "") -> RequestDecl | None:
    """The request with its `position`-th argument as written being `given` (what a caller
    passes for the parameter written there), or its `option` being `given` stringified (`{ body:
    JSON.stringify(payload) }`); None where that argument is not one the request's arguments
    hold as it is: a transport's body is the third (`request('POST', url, body)`)."""
    if request.method_first:
        if position != 2 or option:
            return None
        return replace(request, arguments=(js_sent.UNKNOWN, _as_body(given)))
    if request.arguments is None or position >= len(request.arguments):
        return None
    arguments = request.arguments
    if option:
        options = arguments[position]
        if not options.known or option not in options.keys or option in options.objects or not given.known:
            return None
        given = replace(options, objects=(*options.objects, option),
                        inner=(*options.inner, *((option, key) for key in given.keys)))
    return replace(request, arguments=(*arguments[:position], given, *arguments[position + 1:]))


def _returns(method: Node, call: Node) -> bool:
    """The method's body is `return <call>;`."""
    body = method.child_by_field_name("body")
    statements = [s for s in body.named_children if s.type != "comment"] if body is not None else []
    return len(statements) == 1 and statements[0].type == "return_statement" and \
        statements[0].named_children and statements[0].named_children[0].id == call.id


def field_clients(class_nodes: list[Node], made: Callable[[str, Node, Node], ValueDecl | None],
                  root: Node, given_elsewhere: bool = True) -> list[ValueDecl]:
    """The client instances classes keep in a field set once (`made`: the client a value
    makes, if any), each named `field_client_name(class, field)`; a constructor's parameter
    holds what the module's one `new` of the class gives it (`root`: the module), or, with
    `given_elsewhere`, what another module's gives it (an exported class this one never
    makes)."""
    found, module = [], _Module(root)
    creates = b".create(" in (root.text or b"")
    for node in class_nodes:
        body, name = node.child_by_field_name("body"), node.child_by_field_name("name")
        if body is None or name is None:
            continue
        written = body.text or b""
        # without a client factory in the module, only a field requests are sent through
        sending = None if creates else {m.decode() for m in SENT_THROUGH_A_FIELD.findall(written)}
        for field, value, where in _field_values(body):
            assigned = 1 if where.type == "expression_statement" else 0  # `this.http = ...` itself
            if sending is not None and field not in sending or \
                    written.count(f"{THIS}{field} =".encode()) > assigned:
                continue
            parameter = value if value.type == "identifier" else None
            if parameter is not None:
                value = _given(parameter, text(name), where, module)
            client = made(field_client_name(text(name), field), value, where) if value is not None else None
            if client is None and parameter is not None and given_elsewhere and _made_elsewhere(node, text(name), field, module):
                client = _given_elsewhere(field_client_name(text(name), field), parameter, where)
            if client is not None:
                found.append(client)
    return found


def _made_elsewhere(node: Node, name: str, field: str, module: _Module) -> bool:
    """An exported class sending requests through the field (`this.http.get<T>(...)`) that the
    module never makes (`export class RookeryApi`): another module does."""
    return node.parent is not None and node.parent.type == "export_statement" and \
        re.search(rb"\bthis\." + re.escape(field.encode()) + rb"\.(?:get|post|put|patch|delete)\s*[<(]",
                  node.text or b"") is not None and not module.made(name)


# a method of a class sending a request through a field (`this.http.post<Ring>(`): the field
SENT_THROUGH_A_FIELD = re.compile(rb"this\.([\w$]+)\.(?:get|post|put|patch|delete)\s*[<(]")


def _given_elsewhere(name: str, parameter: Node, where: Node) -> ValueDecl | None:
    """The client field `name` holds what the constructor's parameter `parameter` is given
    where the class is made (ValueDecl.given: its index)."""
    constructor = ancestor(where, ("method_definition",))
    names = _parameter_names(constructor) if constructor is not None else []
    if names.count(text(parameter)) != 1:
        return None
    return ValueDecl(name, "client", None, site(where), given=names.index(text(parameter)))


class _Module:
    """The `new X(...)` expressions of a module and what its names are declared with, read
    once when first asked."""

    def __init__(self, root: Node):
        self.root = root
        self._made: dict[str, list[Node]] | None = None
        self._declared: dict[str, list[Node]] = {}

    def made(self, class_name: str) -> list[Node]:
        if self._made is None:
            self._made = {}
            for node in descendants(self.root):
                if node.type == "new_expression":
                    self._made.setdefault(text(node.child_by_field_name("constructor")), []).append(node)
                elif node.type == "variable_declarator" and node.child_by_field_name("value") is not None:
                    self._declared.setdefault(text(node.child_by_field_name("name")), []).append(
                        node.child_by_field_name("value"))
        return self._made.get(class_name, [])

    def declared(self, name: str) -> list[Node]:
        return self._declared.get(name, [])


def _given(parameter: Node, class_name: str, where: Node, module: _Module) -> Node | None:
    """What the module's one `new ClassName(...)` passes for the constructor's parameter
    `parameter` (a module-level name bound once: what it is bound to); None when the class is
    made more than once, or the name is no parameter of the constructor."""
    constructor = ancestor(where, ("method_definition",))
    names = _parameter_names(constructor) if constructor is not None else []
    if text(parameter) not in names or names.count(text(parameter)) != 1:
        return None
    made = module.made(class_name)
    arguments = call_arguments(made[0]) if len(made) == 1 else []
    index = names.index(text(parameter))
    given = arguments[index] if index < len(arguments) else None
    if given is None or given.type != "identifier":
        return given
    bound = module.declared(text(given))
    return bound[0] if len(bound) == 1 and ancestor(bound[0], ("statement_block",)) is None else None


def field_client_name(class_name: str, field: str) -> str:
    return f"({class_name} {field})"


def field_client_callee(call: Node, callee: str, clients: set[str]) -> str:
    """`this.http.get` in a class keeping a client in `http` as `(SaddleryApi http).get` (else
    `callee` as it is)."""
    owner, _dot, verb = callee.rpartition(".")
    node = call.parent
    while node is not None and node.type not in ("class_declaration", "class"):
        node = node.parent
    name = node.child_by_field_name("name") if node is not None else None
    if name is None or not owner.startswith(THIS) or owner.count(".") != 1:
        return callee
    client = field_client_name(text(name), owner[len(THIS):])
    return f"{client}.{verb}" if client in clients else callee


def _field_values(body: Node) -> list[tuple[str, Node, Node]]:
    """(field, value, where) of each field declared with a value, and of each `this.x = value`
    statement of the constructor's body."""
    found = []
    for member in body.named_children:
        name, value = member.child_by_field_name("name"), member.child_by_field_name("value")
        if member.type in ("public_field_definition", "field_definition") and name is not None and \
                value is not None:
            found.append((text(name), value, member))
        if member.type == "method_definition" and name is not None and text(name) == "constructor":
            found += _parameter_properties(member)
            block = member.child_by_field_name("body")
            for statement in block.named_children if block is not None else ():
                assigned = statement.named_children[0] if statement.type == "expression_statement" and \
                    statement.named_children else None
                left = assigned.child_by_field_name("left") if assigned is not None and \
                    assigned.type == "assignment_expression" else None
                if left is not None and left.type == "member_expression" and \
                        text(left.child_by_field_name("object")) == "this":
                    found.append((text(left.child_by_field_name("property")),
                                  assigned.child_by_field_name("right"), statement))
    return found


def _parameter_properties(constructor: Node) -> list[tuple[str, Node, Node]]:
    """(field, the parameter's name, the parameter) of TypeScript's parameter properties
    (`constructor(private readonly http: AxiosInstance)`): the field holds the parameter."""
    parameters = constructor.child_by_field_name("parameters")
    found = []
    for parameter in parameters.named_children if parameters is not None else ():
        pattern = parameter.child_by_field_name("pattern")
        if parameter.type == "required_parameter" and pattern is not None and pattern.type == "identifier" and \
                any(c.type in ("accessibility_modifier", "readonly") for c in parameter.children):
            found.append((text(pattern), pattern, parameter))
    return found


def named_methods(node: Node) -> list[tuple[str, Node]]:
    """A class's methods but its constructor, by name."""
    return [(text(m.child_by_field_name("name")), m) for m in _methods(node)]


def _methods(node: Node) -> list[Node]:
    body = node.child_by_field_name("body")
    return [m for m in (body.named_children if body is not None else ())
            if m.type == "method_definition" and text(m.child_by_field_name("name")) != "constructor"]


def _parameter_names(method: Node) -> list[str]:
    parameters = method.child_by_field_name("parameters")
    names = []
    for parameter in parameters.named_children if parameters is not None else ():
        pattern = parameter if parameter.type == "identifier" else parameter.child_by_field_name("pattern")
        names.append(text(pattern) if pattern is not None else "")
    return names
