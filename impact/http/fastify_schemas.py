"""Fastify route schemas: what a route with `schema: { response: { 200: S } }` sends.

Fastify serialises a reply with the response schema of its status code (fast-json-stringify):
a key the schema does not name is not written, whatever the handler returns — a raw row, a
literal spreading one. So the schema, when there is one for the success status, is the body
(RouteDecl.model), and the handler is not read. A schema is read when it is written as
TypeBox (`Type.Object({ id: Type.Integer(), ... })`, `Type.Array(S)`) or as a JSON schema
literal (`{ type: 'object', properties: {...} }`, `{ type: 'array', items: S }`), in place or
as a module-level constant (a ModelDecl of that name, found through the imports as a
TypeScript type is); `additionalProperties` other than `false`, `Type.Intersect`, `Type.Ref`
and anything else leave the body open. A field is required when a request must send it:
TypeBox's, unless `Type.Optional(...)`; a JSON schema's, when its `required` list names it.
Fastify validates a request's body against `schema: { body: S }` before the handler runs (a
400 for a body without a required field): S is what the route asks of a request (IMP405).
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http.js_literals import object_pairs, string_value
from impact.lang.treesitter import call_arguments, site, text
from impact.model import BodyDecl, FieldDecl, ModelDecl, ParameterDecl

OPEN = BodyDecl("open")
SCHEMA = "schema"  # BodyDecl.kind: the fields of the schema `ref` (a ModelDecl), or open
TYPEBOX = "Type"  # `import { Type } from '@sinclair/typebox'`
OPTIONAL = "Optional"  # `Type.Optional(S)`: a property an object may leave out
SUCCESS = ("200", "201", "2xx")  # the status codes of a success, as a response map writes them
MARKERS = (b"Type.Object", b"properties")  # in a module that may declare an object schema
ROOT = "@schema"  # ModelDecl.bases of an object schema: its fields are exactly those listed


def response_body(options: Node | None) -> BodyDecl | None:
    """The body the route options `{ schema: { response: {...} } }` say a success sends;
    None when they declare no response schema (the handler decides)."""
    schema = _pair(options, "schema")
    responses = object_pairs(_pair(schema, "response"))
    if responses is None:
        return None
    success = [value for key, value in responses.items() if key.strip("'\"") in SUCCESS]
    return _body(success[0]) if len(success) == 1 else OPEN


def request_body(options: Node | None) -> tuple[ParameterDecl, ...] | None:
    """What the route options `{ schema: { body: S } }` ask of a request's body: S named (a
    schema model, its required fields), or the required properties of S written in place, each
    one field of the body; None without a body schema impact can read (the handler decides)."""
    schema = _pair(_pair(options, "schema"), "body")
    if schema is None:
        return None
    if schema.type == "identifier":
        return (ParameterDecl("body", "model", True, site(schema), text(schema)),)
    fields = object_fields(schema)
    return None if fields is None else \
        tuple(ParameterDecl(f.name, "body", f.required, f.site, embed=True) for f in fields)


def may_declare(source: bytes) -> bool:
    return any(marker in source for marker in MARKERS)


def schema_models(root: Node) -> tuple[ModelDecl, ...]:
    """The module's top-level constants holding an object schema (`export const Tool =
    Type.Object({...})`), as models named like the constant."""
    found = []
    for statement in root.named_children:
        declaration = statement.child_by_field_name("declaration") \
            if statement.type == "export_statement" else statement
        if declaration is None or declaration.type != "lexical_declaration":
            continue
        for declarator in declaration.named_children:
            name, value = (declarator.child_by_field_name(f) for f in ("name", "value"))
            fields = _object_fields(_unwrapped(value)) if name is not None else None
            if fields is not None:
                found.append(ModelDecl(text(name), (ROOT,), fields, (), "", False, site(name)))
    return tuple(found)


def _body(node: Node, many: bool = False) -> BodyDecl:
    node = _unwrapped(node)
    if node.type == "identifier":
        return BodyDecl(SCHEMA, ref=text(node), many=many)
    items = _array_items(node)
    if items is not None:
        return OPEN if many else _body(items, True)
    fields = _object_fields(node)
    return OPEN if fields is None else BodyDecl("object", fields, many=many)


def _object_fields(node: Node | None) -> tuple[FieldDecl, ...] | None:
    return object_fields(node)


def object_fields(node: Node | None, typebox: str = TYPEBOX) -> tuple[FieldDecl, ...] | None:
    """The properties of an object schema (TypeBox's or a JSON schema literal); None when
    `node` is none or may be open. `typebox`: the name TypeBox's `Type` is written as (Elysia
    re-exports it as `t`)."""
    if node is None:
        return None
    if _typebox(node, typebox) == "Object":
        args = call_arguments(node)
        properties = object_pairs(args[0]) if args else None
        options = object_pairs(args[1]) if len(args) > 1 else {}
        if properties is None or options is None or not _closed(options):
            return None
        return tuple(FieldDecl(key, site(value), required=_typebox(value, typebox) != OPTIONAL)
                     for key, value in properties.items())
    pairs = object_pairs(node)
    if pairs is None or string_value(pairs.get("type")) != "object" or not _closed(pairs):
        return None
    properties = object_pairs(pairs.get("properties"))
    required = pairs.get("required")
    named = {string_value(n) for n in required.named_children} \
        if required is not None and required.type == "array" else set()
    return None if properties is None else \
        tuple(FieldDecl(key, site(value), required=key in named) for key, value in properties.items())


def _array_items(node: Node) -> Node | None:
    if _typebox(node) == "Array":
        args = call_arguments(node)
        return args[0] if args else None
    pairs = object_pairs(node)
    if pairs is not None and string_value(pairs.get("type")) == "array":
        return pairs.get("items")
    return None


def _closed(pairs: dict[str, Node]) -> bool:
    """No `additionalProperties` that lets other keys through."""
    extra = pairs.get("additionalProperties")
    return extra is None or text(extra) == "false"


def _typebox(node: Node, typebox: str = TYPEBOX) -> str | None:
    """`Object` for `Type.Object(...)`, as written."""
    if node.type != "call_expression":
        return None
    function = node.child_by_field_name("function")
    if function.type != "member_expression" or text(function.child_by_field_name("object")) != typebox:
        return None
    return text(function.child_by_field_name("property"))


def _unwrapped(node: Node | None) -> Node | None:
    """The value under `as const`, `satisfies T`, parentheses."""
    while node is not None and node.type in ("as_expression", "satisfies_expression",
                                               "parenthesized_expression"):
        node = node.named_children[0] if node.named_children else None
    return node


def _pair(node: Node | None, key: str) -> Node | None:
    pairs = object_pairs(node)
    return _unwrapped(pairs.get(key)) if pairs else None
