"""`XMLHttpRequest`: `const xhr = new XMLHttpRequest(); xhr.open('POST', '/api/sessions');
xhr.send(JSON.stringify({ target }))` is a request of that method and URL (`open(method, url,
async?)`), sending the keys of the object `send` is given as JSON (`send()`: no body); the
name is bound once, to the instance made in place, in the function (or module) where `open`
is called, and `send` is called once there (else what it sends is not read).
`JSON.parse(xhr.responseText)` (in that scope or a function inside it: `xhr.onload`) is the
response body, read as the request's result; given to the `resolve` of a `new Promise((resolve,
reject) => ...)` a function returns, it is what that function's promise gives (`promised_by`).
A helper that opens the request with its own parameters (`function send(method, url, body) {
const xhr = new XMLHttpRequest(); xhr.open(method, url); xhr.send(JSON.stringify(body)) }`) is a
transport (`transport`): its callers are the requests (`send('POST', '/api/x', { a })`).
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http import js_sent
from impact.http.js_classes import prefix_of_path
from impact.http.js_functions import parameter_names
from impact.lang.treesitter import call_arguments, site, text
from impact.model import ArgumentDecl, RequestDecl

CLASS = "XMLHttpRequest"
CALLEE = "XMLHttpRequest.open"  # RequestDecl.callee of an instance's `open`
SCOPES = ("function_declaration", "function_expression", "arrow_function", "method_definition",
          "generator_function_declaration", "program")
UNKNOWN = ArgumentDecl(False)


def request(call: Node, url_of) -> RequestDecl | None:
    """`xhr.open('GET', url)` on a name bound to `new XMLHttpRequest()` in its scope;
    `url_of` reads the URL as written (impact.http.javascript.url_of)."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "member_expression" or \
            text(function.child_by_field_name("property")) != "open":
        return None
    owner = function.child_by_field_name("object")
    args = call_arguments(call)
    if owner.type != "identifier" or len(args) < 2 or args[0].type not in ("string", "identifier"):
        return None
    scope = _scope(call)
    if scope is None or not _made_here(scope, text(owner)) or \
            args[0].type == "identifier" and not _a_parameter(call, text(args[0])):
        return None
    url = url_of(args[1])
    if url is None:
        return None
    method = text(args[0])[1:-1].upper() if args[0].type == "string" else None  # a transport's
    return RequestDecl(CALLEE, url, method, site(call), arguments=_sent(scope, text(owner)))


def transport(function: Node, call: Node, request: RequestDecl) -> tuple[int, int, int | None] | None:
    """`xhr.open(method, url)` in a helper `function` that takes both as parameters (`url` the
    whole URL or its end after a base: `${API}${path}`): (the URL's parameter, the method's, the
    one `xhr.send(JSON.stringify(body))` sends, None for another body), for the helper's callers."""
    scope, parameters = _scope(call), parameter_names(function)
    method, holes, parts = call_arguments(call)[0], request.url.holes, request.url.parts
    if request.method is not None or text(method) not in parameters or not holes or holes[-1] not in parameters or parts[-1] or \
            len(holes) > 2 or not prefix_of_path(parts):
        return None
    owner = text(call.child_by_field_name("function").child_by_field_name("object"))
    sends = _calls(scope, owner, "send")
    given = call_arguments(sends[0]) if len(sends) == 1 else []
    inner = call_arguments(given[0]) if len(given) == 1 and given[0].type == "call_expression" and \
        text(given[0].child_by_field_name("function")) == "JSON.stringify" else []
    body = text(inner[0]) if len(inner) == 1 else None
    return (parameters.index(holes[-1]), parameters.index(text(method)),
            parameters.index(body) if body in parameters else None)


def _a_parameter(node: Node, name: str) -> bool:
    """`name` is a parameter of a function around `node`."""
    scope = _scope(node)
    while scope is not None and name not in parameter_names(scope):
        scope = _scope(scope)
    return scope is not None


def _scope(node: Node) -> Node | None:
    node = node.parent
    while node is not None and node.type not in SCOPES:
        node = node.parent
    return node


def _made_here(scope: Node, name: str) -> bool:
    """`name` is declared once in the scope, as `new XMLHttpRequest()`."""
    made = [d for d in _declarators(scope) if text(d.child_by_field_name("name")) == name]
    value = made[0].child_by_field_name("value") if len(made) == 1 else None
    return value is not None and value.type == "new_expression" and \
        text(value.child_by_field_name("constructor")).rsplit(".", 1)[-1] == CLASS


def _declarators(scope: Node) -> list[Node]:
    found, stack = [], list(scope.named_children)
    while stack:
        node = stack.pop()
        if node.type in SCOPES:
            continue  # an inner function's own names
        if node.type == "variable_declarator":
            found.append(node)
        stack.extend(node.named_children)
    return found


def _sent(scope: Node, name: str) -> tuple[ArgumentDecl, ...]:
    """What the one `name.send(...)` of the scope gives (`JSON.stringify(obj)`: obj), as
    the request's first argument."""
    sends = _calls(scope, name, "send")
    if len(sends) != 1:
        return (UNKNOWN,)
    given = call_arguments(sends[0])
    if not given:
        return (ArgumentDecl(True),)
    body = given[0]
    if body.type == "call_expression" and text(body.child_by_field_name("function")) == "JSON.stringify":
        inner = call_arguments(body)
        return js_sent.arguments(inner[:1]) if len(inner) == 1 else (UNKNOWN,)
    return (UNKNOWN,)


def parsed_response(call: Node) -> Node | None:
    """The `xhr.open(...)` call whose response `JSON.parse(xhr.responseText)` parses: the one
    `open` of the scope that makes `xhr`, the nearest around the call."""
    function = call.child_by_field_name("function")
    args = call_arguments(call) if function is not None and text(function) == "JSON.parse" else []
    given = args[0] if len(args) == 1 else None
    if given is None or given.type != "member_expression" or \
            text(given.child_by_field_name("property")) != "responseText" or \
            given.child_by_field_name("object").type != "identifier":
        return None
    name = text(given.child_by_field_name("object"))
    scope = _scope(call)
    while scope is not None and not _made_here(scope, name):
        scope = _scope(scope) if scope.type != "program" else None
    opened = _calls(scope, name, "open") if scope is not None else []
    return opened[0] if len(opened) == 1 else None


def promised_by(parsed: Node) -> Node | None:
    """The function returning `new Promise((resolve, reject) => {...})` when `parsed` (the
    `JSON.parse(...)` call) is the one argument of that executor's `resolve(...)` (in the
    executor or a function inside it, `xhr.onload`), else None."""
    given = parsed.parent
    resolving = given.parent if given is not None and given.type == "arguments" and \
        given.named_child_count == 1 else None
    if resolving is None or resolving.type != "call_expression" or \
            resolving.child_by_field_name("function").type != "identifier":
        return None
    resolve = text(resolving.child_by_field_name("function"))
    executor = _scope(resolving)
    while executor is not None and executor.type != "program" and resolve not in parameter_names(executor):
        executor = _scope(executor)
    if executor is None or executor.type == "program" or parameter_names(executor)[:1] != [resolve]:
        return None
    promise = executor.parent.parent if executor.parent is not None and executor.parent.type == "arguments" \
        else None
    if promise is None or promise.type != "new_expression" or \
            text(promise.child_by_field_name("constructor")) != "Promise":
        return None
    returned = promise.parent
    if returned.type == "return_statement":
        function = _scope(returned)
    else:  # `(url) => new Promise(...)`
        function = returned if returned.type == "arrow_function" and \
            returned.child_by_field_name("body") == promise else None
    return function if function is not None and function.type != "program" else None


def _calls(scope: Node, name: str, method: str) -> list[Node]:
    """The calls `name.method(...)` in the scope (inner functions included)."""
    found, stack = [], list(scope.named_children)
    while stack:
        node = stack.pop()
        if node.type == "call_expression":
            function = node.child_by_field_name("function")
            if function.type == "member_expression" and text(function.child_by_field_name("object")) == name \
                    and text(function.child_by_field_name("property")) == method:
                found.append(node)
        stack.extend(node.named_children)
    return found
