"""The JSON bodies a JavaScript/TypeScript handler sends, from its syntax tree.

A handler sends with `res.json(x)`, `res.status(201).json(x)`, `res.send({...})` (Express,
on one of its parameters), `c.json(x)` (Hono), `ctx.body = x` (Koa), `NextResponse.json(x)`
and `Response.json(x)`. A body is closed when it is an object literal without spreads or
computed keys, an array of those, `rows.map((r) => ({...}))`, a `const` holding one that is
never written to, or a call of a named serializer function (resolved later). Anything else
is open. A handler that hands its response object to another function is open too: what
that function sends is not read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from tree_sitter import Node

from impact.lang.treesitter import call_arguments, descendants, per_module, site, text
from impact.model import BodyDecl, FieldDecl

SEND_METHODS = ("json", "send")
STATIC_SENDERS = ("NextResponse", "Response")
RESPONSE_SETTERS = {"status", "set", "header", "type", "append", "cookie", "location", "vary",
                    "setHeader", "code"}  # `code`: Fastify's `reply.code(201)`
REQUEST_NAMES = {"req", "request", "_req", "_request", "_"}
FUNCTIONS = {"arrow_function", "function_expression", "function_declaration", "function",
             "generator_function", "generator_function_declaration", "method_definition"}
TRANSPARENT = {"parenthesized_expression", "as_expression", "non_null_expression",
               "satisfies_expression", "await_expression"}
OPEN = BodyDecl("open")
CALLED = "()"  # FieldDecl.holds of a value a function call gives, as impact.http.py_bodies writes it
MAX_DEPTH = 4


def is_function(node: Node | None) -> bool:
    return node is not None and node.type in FUNCTIONS


def handler_bodies(function: Node) -> tuple[BodyDecl, ...]:
    """What a handler sends; () when it sends no JSON."""
    parameters = _parameter_names(function)
    if not parameters and not any(sender.encode() in function.text for sender in STATIC_SENDERS):
        return ()  # nothing to send through, nor a static sender: none of the tests below holds
    bodies: list[BodyDecl] = []
    for node in descendants(function):
        if node.type == "call_expression":
            sent = _sent(node, parameters)
            if sent is not None:
                bodies.append(value_body(sent, function))
            elif _hands_off_response(node, parameters):
                return (OPEN,)
        elif node.type == "assignment_expression":
            left = node.child_by_field_name("left")
            if left.type == "member_expression" and \
                    text(left.child_by_field_name("property")) == "body" and \
                    text(left.child_by_field_name("object")) in parameters:
                bodies.append(value_body(node.child_by_field_name("right"), function))
    return tuple(dict.fromkeys(bodies))


def returning_handler_bodies(function: Node) -> tuple[BodyDecl, ...]:
    """What a handler that sends its return value sends (Fastify): each value it returns
    (`return { items }`, `async () => listItems()`) and what it gives `reply.send(x)`; ()
    when it returns nothing."""
    parameters = _parameter_names(function)
    bodies: list[BodyDecl] = []
    for node in descendants(function):
        sent = _sent(node, parameters, any_value=True) if node.type == "call_expression" else None
        if sent is not None:
            bodies.append(value_body(sent, function))
    body = function.child_by_field_name("body")
    values = [body] if body is not None and body.type != "statement_block" else \
        [r.named_children[0] for r in return_statements(body) if r.named_children] \
        if body is not None else []
    for value in values:
        inner = _inner(value)
        if inner.type == "call_expression" and _sent(inner, parameters, any_value=True) is not None:
            continue  # `return reply.code(404).send({...})`: read above
        bodies.append(value_body(value, function))
    return tuple(dict.fromkeys(bodies))


def returned_bodies(function: Node) -> tuple[BodyDecl, ...] | None:
    """What a serializer function returns, when every return gives an object literal (or
    an array of them); None otherwise."""
    body = function.child_by_field_name("body")
    if body is None:
        return None
    if body.type != "statement_block":
        values = [body]
    else:
        values = []
        for node in return_statements(body):
            if not node.named_children:
                return None
            values.append(node.named_children[0])
    if not values:
        return None
    bodies = tuple(dict.fromkeys(value_body(v, function) for v in values))
    # an object literal, or a list a serializer function makes (`rows.map(toDto)`)
    return bodies if all(b.kind == "object" or (b.kind == "call" and b.many) for b in bodies) else None


def value_body(node: Node, scope: Node, depth: int = 0) -> BodyDecl:
    """The body a value sends (`scope`: the function it is in, for its constants)."""
    node = _inner(node)
    if depth > MAX_DEPTH:
        return OPEN
    if node.type == "object":
        return _object_body(node, scope, depth)
    if node.type == "array":
        items = [value_body(item, scope, depth + 1) for item in node.named_children
                 if item.type != "comment"]
        if not items:
            return BodyDecl("none", many=True)
        if all(i.kind == "object" and not i.many for i in items):
            fields = tuple(dict.fromkeys(f for i in items for f in i.fields))
            return BodyDecl("object", fields, many=True)
        return OPEN
    if node.type in ("string", "template_string", "null", "number", "true", "false"):
        return BodyDecl("none")
    if node.type == "call_expression":
        return _call_body(node, scope, depth)
    if node.type == "identifier":
        value = _constant(text(node), scope)
        return value_body(value, scope, depth + 1) if value is not None else OPEN
    return OPEN


def _object_body(node: Node, scope: Node, depth: int) -> BodyDecl:
    """An object literal's body; a spread of a value whose body is known (a serializer
    function's call, `{ ...toSummary(event), location }`, or an object) adds that body's keys,
    any other spread makes it open."""
    spread = [c for c in node.named_children if c.type == "spread_element"]
    own = object_fields(node, scope, spreads_allowed=bool(spread))
    if own is None:
        return OPEN
    spreads = tuple(value_body(c.named_children[0], scope, depth + 1) for c in spread
                    if c.named_children)
    if len(spreads) != len(spread) or any(b.kind not in ("call", "object") or b.many for b in spreads):
        return OPEN
    return BodyDecl("object", own, spreads=spreads)


def object_fields(node: Node, scope: Node | None = None, spreads_allowed: bool = False
                  ) -> tuple[FieldDecl, ...] | None:
    """The keys of an object literal; None when a spread or a computed key hides some
    (`scope`: the function it is in, whose constants a shorthand key may hold)."""
    fields = []
    for child in node.named_children:
        if child.type == "pair":
            key = child.child_by_field_name("key")
            if key.type == "property_identifier":
                name = text(key)
            elif key.type == "string" and all(c.type == "string_fragment" for c in key.named_children):
                name = "".join(text(c) for c in key.named_children)
            else:
                return None
            fields.append(_held(FieldDecl(name, site(key)), child.child_by_field_name("value"), scope))
        elif child.type == "shorthand_property_identifier":
            value = _constant(text(child), scope) if scope is not None else None
            fields.append(_held(FieldDecl(text(child), site(child)), value, scope))
        elif child.type == "method_definition":
            fields.append(FieldDecl(text(child.child_by_field_name("name")), site(child)))
        elif child.type == "spread_element" and spreads_allowed:
            continue
        elif child.type != "comment":
            return None
    return tuple(fields)


def _held(field: FieldDecl, value: Node | None, scope: Node | None) -> FieldDecl:
    """A field with what a serializer function's call gives it, when that is its value
    (`item: toItemJson(row)`, `items: rows.map(toItemJson)`, `rows.map((r) => toItemJson(r))`):
    resolved later (impact.http.responses), as Python's dict values are; or with the object
    its value writes in place (`wind: { knots }`, `crew: [{ name }]`, `crew: b.crew.map((m) =>
    ({ name: m.name }))`)."""
    value = _inner(value) if value is not None else None
    if value is None or value.type not in ("call_expression", "object", "array"):
        return field
    if value.type != "call_expression":
        written = value_body(value, scope if scope is not None else value)
        return replace(field, inline=(written,)) if written.kind == "object" else field
    called = _call_body(value, value, MAX_DEPTH)
    if called.kind == "object":  # an inline `.map` to an object literal
        return replace(field, inline=(called,))
    if called.kind != "call":
        return field
    return replace(field, holds=called.ref + CALLED, holds_many=called.many)


def _call_body(call: Node, scope: Node, depth: int) -> BodyDecl:
    function = call.child_by_field_name("function")
    args = call_arguments(call)
    if function.type == "identifier":
        return BodyDecl("call", ref=text(function))
    if function.type == "member_expression" and \
            text(function.child_by_field_name("property")) == "map" and len(args) == 1:
        mapper = args[0]
        if mapper.type == "identifier":
            return BodyDecl("call", ref=text(mapper), many=True)
        serializer = _forwarding_to(mapper)
        if serializer is not None:
            return BodyDecl("call", ref=serializer, many=True)
        if is_function(mapper):
            returned = returned_bodies(mapper)
            if returned is not None and len(returned) == 1:
                return BodyDecl("object", returned[0].fields, many=True)
    return OPEN


def _forwarding_to(mapper: Node) -> str | None:
    """`(invoice) => summarize(invoice)`: an arrow function that gives its one parameter to
    a named function (with names from outside, `(row) => toDto(db, row)`) and returns what
    it returns; that function's name."""
    parameters = _parameter_names(mapper) if mapper.type == "arrow_function" else set()
    body = mapper.child_by_field_name("body") if len(parameters) == 1 else None
    call = _inner(body) if body is not None else None
    if call is None or call.type != "call_expression" or \
            call.child_by_field_name("function").type != "identifier":
        return None
    args = call_arguments(call)
    given = [a for a in args if a.type == "identifier" and text(a) in parameters]
    others = [a for a in args if a not in given]  # context it is given too: `toDto(db, row)`
    if len(given) != 1 or any(a.type not in ("identifier", "member_expression") or
                              text(a).split(".")[0] in parameters for a in others):
        return None
    return text(call.child_by_field_name("function"))


def _inner(node: Node) -> Node:
    while node.type in TRANSPARENT and node.named_children:
        node = node.named_children[0]
    return node


def _constant(name: str, scope: Node) -> Node | None:
    """The value of a `const` in `scope` that nothing writes to (`x.y = ...`, `x[k] = ...`)."""
    if scope not in _CONSTANTS:  # a function's constants are asked for each of its names
        _CONSTANTS[scope] = _constants_of(scope)
    return _CONSTANTS[scope].get(name)


_CONSTANTS: dict[Node, dict[str, Node | None]] = per_module({})


def _constants_of(scope: Node) -> dict[str, Node | None]:
    """The values of the `const`s declared once in `scope` that nothing writes to, by name:
    one walk of the scope."""
    declared: dict[str, list[Node]] = defaultdict(list)
    written = set()
    for node in descendants(scope):
        if node.type == "variable_declarator":
            declared[text(node.child_by_field_name("name"))].append(node)
        elif node.type in ("assignment_expression", "augmented_assignment_expression"):
            written.add(_written_name(node.child_by_field_name("left")))
        elif node.type == "call_expression":  # Object.assign(x, ...)
            arguments = node.child_by_field_name("arguments")
            if text(node.child_by_field_name("function")) == "Object.assign" and \
                    arguments is not None and arguments.named_children:
                written.add(text(arguments.named_children[0]))
    return {name: nodes[0].child_by_field_name("value") for name, nodes in declared.items()
            if len(nodes) == 1 and name not in written and _const(nodes[0])}


def _written_name(target: Node | None) -> str | None:
    """`x` of an assignment to `x`, `x.y` or `x[k]`."""
    while target is not None and target.type in ("member_expression", "subscript_expression"):
        target = target.child_by_field_name("object")
    return text(target) if target is not None else None


def _const(declarator: Node) -> bool:
    return declarator.parent.type == "lexical_declaration" and text(declarator.parent).startswith("const")


def _sent(call: Node, parameters: set[str], any_value: bool = False) -> Node | None:
    """The value a call sends as the JSON body, if it is a send (`any_value`: `send(x)` sends
    any value as JSON, as Fastify's does)."""
    function = call.child_by_field_name("function")
    if function.type != "member_expression":
        return None
    method = text(function.child_by_field_name("property"))
    args = call_arguments(call)
    if method not in SEND_METHODS or not args:
        return None
    receiver = function.child_by_field_name("object")
    if receiver.type == "identifier" and text(receiver) in STATIC_SENDERS:
        return args[0] if method == "json" else None
    while receiver.type == "call_expression":
        inner = receiver.child_by_field_name("function")
        if inner.type != "member_expression" or \
                text(inner.child_by_field_name("property")) not in RESPONSE_SETTERS:
            return None
        receiver = inner.child_by_field_name("object")
    if receiver.type != "identifier" or text(receiver) not in parameters:
        return None
    if method == "send" and not any_value and _inner(args[0]).type not in ("object", "array"):
        return None  # text, a buffer, a variable: not read
    return args[0]


def _hands_off_response(call: Node, parameters: set[str]) -> bool:
    """`render(res, data)`, `controller.handle(req, res)`: another function sends."""
    arguments = call.child_by_field_name("arguments")
    return arguments is not None and any(
        a.type == "identifier" and text(a) in parameters and text(a) not in REQUEST_NAMES
        for a in arguments.named_children)


def _parameter_names(function: Node) -> set[str]:
    single = function.child_by_field_name("parameter")
    if single is not None:
        return {text(single)}
    parameters = function.child_by_field_name("parameters")
    names = set()
    for parameter in parameters.named_children if parameters is not None else ():
        if parameter.type in ("required_parameter", "optional_parameter"):
            parameter = parameter.child_by_field_name("pattern")
        if parameter is not None and parameter.type == "identifier":
            names.add(text(parameter))
    return names


# the statements a `return` of the function they are in may be inside (an expression holds one
# only inside a function of its own)
HOLDING_STATEMENTS = frozenset({
    "statement_block", "if_statement", "else_clause", "for_statement", "for_in_statement",
    "while_statement", "do_statement", "try_statement", "catch_clause", "finally_clause",
    "switch_statement", "switch_body", "switch_case", "switch_default", "labeled_statement",
    "with_statement"})


def return_statements(body: Node):
    """The `return` statements of a function's body, in order (not those of the functions
    inside it): the statements are gone through, not the expressions, but for parse errors."""
    stack = list(reversed(body.named_children))
    while stack:
        current = stack.pop()
        if current.type == "return_statement":
            yield current
        elif current.type in HOLDING_STATEMENTS or current.has_error and current.type not in FUNCTIONS:
            stack.extend(reversed(current.named_children))
