"""zod object schemas as request bodies (IMP405).

`const CreateParcel = z.object({ recipient: z.string(), note: z.string().optional() })` at a
module's top is a schema whose keys without `.optional()`, `.nullish()`, `.default(...)` or
`.catch(...)` a body must send: `CreateParcel.parse(req.body)` throws a `ZodError` for a
body without one. The schema is open (not judged) when its object holds a spread or a
computed key, or the chain after `z.object(...)` reshapes it (`.partial()`, `.extend()`,
`.merge()`, `.pick()`, `.omit()`, `.transform()`, ...). A route handler written in place asks
its request for the schema's keys when one of the statements that open its body (before any
branch or `return`; those that open a `try` there too) parses its first parameter's `body` with
`.parse(...)`/`.parseAsync(...)` outside a function or a condition (`.safeParse` leaves the
outcome to the handler: not read). A Hono route with the middleware `zValidator('json', S)`
asks its request for the keys of `S` the same way.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http.js_literals import object_pairs
from impact.lang.treesitter import call_arguments, site, text
from impact.model import FieldDecl, ModelDecl, ParameterDecl

ROOT = "@zod"  # ModelDecl.bases of a zod object schema: its fields are exactly those listed
NOT_REQUIRED = ("optional", "nullish", "default", "catch")
KEEPS_SHAPE = ("strict", "passthrough", "strip", "describe", "brand", "readonly", "refine",
               "superRefine")
PARSES = ("parse", "parseAsync")
VALIDATOR = "zValidator"
OPENING = ("lexical_declaration", "variable_declaration", "expression_statement")
NOT_SURE = ("arrow_function", "function_expression", "function", "ternary_expression",
            "binary_expression", "if_statement")


def may_declare(source: bytes) -> bool:
    return b"z.object" in source


def schema_models(declarations) -> tuple[ModelDecl, ...]:
    """The zod object schemas among a module's (name, value, node) declarations."""
    found = []
    for name, value, node in declarations:
        model = _schema(name, value, node)
        if model is not None:
            found.append(model)
    return tuple(found)


def _schema(name: str, value: Node, node: Node) -> ModelDecl | None:
    chain = []
    while value.type == "call_expression" and \
            value.child_by_field_name("function").type == "member_expression":
        member = value.child_by_field_name("function")
        method = text(member.child_by_field_name("property"))
        if method == "object" and text(member.child_by_field_name("object")) == "z":
            break
        chain.append(method)
        value = member.child_by_field_name("object")
    else:
        return None
    args = call_arguments(value)
    pairs = object_pairs(args[0]) if len(args) == 1 else None
    is_open = pairs is None or any(m not in KEEPS_SHAPE for m in chain)
    fields = tuple(FieldDecl(key, site(given), required=_required(given))
                   for key, given in (pairs or {}).items())
    return ModelDecl(name, (ROOT,), fields, (), "", is_open, site(node))


def _required(value: Node) -> bool:
    """A key's schema that rejects a body without it: no `.optional()` (nor its kin) on it."""
    while value.type == "call_expression":
        function = value.child_by_field_name("function")
        if function.type != "member_expression":
            return False
        if text(function.child_by_field_name("property")) in NOT_REQUIRED:
            return False
        value = function.child_by_field_name("object")
    return text(value) == "z"  # a schema named elsewhere may be optional itself


def parsed_body(handler: Node) -> tuple[ParameterDecl, ...] | None:
    """`(SchemaName,)` of a handler written in place that surely parses its request's body
    with a schema named at a module's top, as a model parameter; None else."""
    if handler.type not in ("arrow_function", "function_expression", "function"):
        return None
    parameters = handler.child_by_field_name("parameters")
    first = parameters.named_children[0] if parameters is not None and parameters.named_children else None
    pattern = first.child_by_field_name("pattern") if first is not None and \
        first.type.endswith("_parameter") else first
    body = handler.child_by_field_name("body")
    if pattern is None or pattern.type != "identifier" or body is None or body.type != "statement_block":
        return None
    return _opening(body, text(pattern))


def validated_body(middlewares: list[Node]) -> tuple[ParameterDecl, ...] | None:
    """Hono's `zValidator('json', Schema)` (@hono/zod-validator) among a route's middlewares:
    it answers 400 to a JSON body the schema refuses before the handler runs."""
    for node in middlewares:
        function = node.child_by_field_name("function") if node.type == "call_expression" else None
        args = call_arguments(node) if function is not None else []
        if function is not None and text(function) == VALIDATOR and len(args) >= 2 and \
                args[0].type == "string" and text(args[0])[1:-1] == "json" and args[1].type == "identifier":
            return (ParameterDecl("body", "model", True, site(node), text(args[1])),)
    return None


def _opening(block: Node | None, request: str) -> tuple[ParameterDecl, ...] | None:
    """The parse in the statements that open a block; a `try` there opens its own block (its
    `catch` answers the error the parse throws: the body was still refused)."""
    for statement in block.named_children if block is not None else ():
        if statement.type == "comment":
            continue
        if statement.type == "try_statement":
            return _opening(statement.child_by_field_name("body"), request)
        if statement.type not in OPENING:
            return None
        found = _parse_call(statement, request)
        if found is not None:
            return found
    return None


def _parse_call(statement: Node, request: str) -> tuple[ParameterDecl, ...] | None:
    stack = [statement]
    while stack:
        node = stack.pop()
        if node.type in NOT_SURE:
            continue
        if node.type == "call_expression":
            function = node.child_by_field_name("function")
            args = call_arguments(node)
            if function.type == "member_expression" and \
                    text(function.child_by_field_name("property")) in PARSES and \
                    function.child_by_field_name("object").type == "identifier" and \
                    len(args) == 1 and text(args[0]) == f"{request}.body":
                schema = function.child_by_field_name("object")
                return (ParameterDecl("body", "model", True, site(node), text(schema)),)
        stack.extend(node.named_children)
    return None
