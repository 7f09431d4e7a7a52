"""marshmallow schemas, and the Flask-Smorest views that send (and take) them.

A schema class (deriving from marshmallow's `Schema`, or from a schema class of the module:
`...Schema`) dumps its declared fields — `name = fields.Str()`, `fields.Method("get_x")`,
`fields.Nested(Other)` — each under its `data_key=` when one is given, else under its own name
(`attribute=` names where it is read from, not where it is written); `load_only=True` fields are
never dumped. It is open (its fields unknown) when a `class Meta` lists, adds or excludes fields
(`fields`, `additional`, `include`, `exclude`), when a `@post_dump`/`@pre_dump` hook may reshape
what it dumps, or when it derives from an auto schema (`SQLAlchemyAutoSchema`: the model's
columns).

Flask-Smorest: `@blp.response(200, S)` (also `S(many=True)`, `schema=`, `status_code=`) on a
view or a `MethodView` method makes the view send what schema `S` dumps of its return value
(`@blp.response(204)`: no body). `@blp.arguments(S)` makes it load its request's JSON body
with `S` (`location="query"`: its query string) before the view runs, a 422 for one without
a field `S` declares `required=True` (not `dump_only`; under its `data_key`); `S(partial=True)`,
`S(many=True)`, `@blp.arguments(S, required=False)`, another location, or a schema with a
`@pre_load` hook (which may fill a field in) ask nothing impact judges. A required `load_only` field is not among the fields dumped:
not judged either.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http.py_syntax import call_arguments, definition_of, string_literal
from impact.lang.treesitter import site, text
from impact.model import BodyDecl, FieldDecl, ModelDecl, ParameterDecl

MODULE = b"marshmallow"  # in a module that may declare a schema
SMOREST = "flask_smorest"
SCHEMA_BASES = ("Schema",)  # marshmallow's (also `ma.Schema`, `marshmallow.Schema`)
AUTO_BASES = ("SQLAlchemyAutoSchema", "SQLAlchemySchema", "ModelSchema")  # a model's columns
FIELD_MODULES = ("fields", "ma.fields", "marshmallow.fields")
OPENING_META = ("fields", "additional", "include", "exclude")
RESHAPING_HOOKS = ("post_dump", "pre_dump")
SCHEMA = "schema"  # BodyDecl.kind: the fields of the schema `ref`, or open (impact.http.responses)
ROOT = "@marshmallow"  # ModelDecl.bases of a schema on marshmallow's own: no fields of a base
LOADED = {"json": "schema", "query": "query_schema", "querystring": "query_schema"}  # ParameterDecl.kind
FILLING_HOOKS = ("pre_load",)


def schema_model(node: Node, bases: list[str]) -> ModelDecl | None:
    """A schema class as the fields it dumps; None when no base is marshmallow's or looks
    like a schema of the repository."""
    own = [b for b in bases if b.rsplit(".", 1)[-1] not in SCHEMA_BASES]
    if not bases or len(own) == len(bases) and not all(b.endswith("Schema") for b in own):
        return None
    is_open = any(b.rsplit(".", 1)[-1] in AUTO_BASES for b in own)
    fields, fills = [], False
    for statement in node.child_by_field_name("body").named_children:
        definition = definition_of(statement)
        if statement.type == "expression_statement" and statement.named_children and \
                statement.named_children[0].type == "assignment":
            field = _field(statement.named_children[0])
            fields += [field] if field is not None else []
        elif definition.type == "class_definition" and \
                text(definition.child_by_field_name("name")) == "Meta":
            is_open = is_open or _meta_opens(definition)
        hooks = _hooks(statement)
        is_open = is_open or bool(hooks.intersection(RESHAPING_HOOKS))
        fills = fills or bool(hooks.intersection(FILLING_HOOKS))
    name = node.child_by_field_name("name")
    kept = tuple(b for b in own if b.rsplit(".", 1)[-1] not in AUTO_BASES)
    return ModelDecl(text(name), kept if len(own) == len(bases) else (ROOT, *kept),
                     tuple(fields), (), "", is_open, site(name), fills=fills, serializer=True)


def _hooks(statement: Node) -> set[str]:
    """The names of the decorators of a decorated method (`@post_dump` -> `post_dump`)."""
    if statement.type != "decorated_definition":
        return set()
    return {text(d).lstrip("@").split("(")[0].rsplit(".", 1)[-1]
            for d in statement.named_children if d.type == "decorator"}


def _field(assignment: Node) -> FieldDecl | None:
    """`name = fields.Str(data_key="n", required=True)`: the field as dumped (None when it is
    `load_only` or no field)."""
    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    if left is None or left.type != "identifier" or right is None or right.type != "call":
        return None
    function = text(right.child_by_field_name("function"))
    owner, dot, _kind = function.rpartition(".")
    if not dot or owner not in FIELD_MODULES:
        return None
    _positional, keywords = call_arguments(right)
    if _true(keywords, "load_only"):
        return None
    key = string_literal(keywords["data_key"]) if "data_key" in keywords else None
    required = _true(keywords, "required") and not _true(keywords, "dump_only")
    return FieldDecl(key or text(left), site(left), required=required)  # by its name on the wire


def _true(keywords: dict[str, Node], name: str) -> bool:
    return name in keywords and text(keywords[name]) == "True"


def _meta_opens(meta: Node) -> bool:
    for statement in meta.child_by_field_name("body").named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is not None and assignment.type == "assignment" and \
                text(assignment.child_by_field_name("left")) in OPENING_META:
            return True
    return False


def smorest_response(decorated: Node) -> BodyDecl | None:
    """What `@blp.response(status, S)` among a definition's decorators makes it send; None
    when there is no such decorator."""
    for call in _decorator_calls(decorated, "response"):
        positional, keywords = call_arguments(call)
        status = positional[0] if positional else keywords.get("status_code")
        if status is None or not text(status).isdigit() or not 200 <= int(text(status)) < 300:
            continue
        schema = positional[1] if len(positional) > 1 else keywords.get("schema")
        if schema is None:
            return BodyDecl("none")
        written = _schema(schema)
        return BodyDecl(SCHEMA, ref=written[0], many=written[1]) if written else BodyDecl("open")
    return None


def smorest_arguments(decorated: Node) -> tuple[ParameterDecl, ...]:
    """What each `@blp.arguments(S)` among a definition's decorators loads: the schema `S` as a
    parameter of kind `schema` (the JSON body) or `query_schema` (the query string), whose
    required fields a request must send; for another location, `S(partial=True)` or a schema
    impact cannot name, a parameter of kind `other` (it takes the view's parameter all the same)."""
    found = []
    for call in _decorator_calls(decorated, "arguments"):
        positional, keywords = call_arguments(call)
        location = string_literal(keywords["location"]) if "location" in keywords else "json"
        schema = positional[0] if positional else keywords.get("schema")
        written = _schema(schema) if schema is not None else None
        partial = schema is not None and schema.type == "call" and "partial" in call_arguments(schema)[1]
        optional = "required" in keywords and text(keywords["required"]) != "True"  # an empty body loads
        kind = LOADED.get(location or "") if written and not written[1] and not (partial or optional) else None
        ref = written[0] if kind else ""
        found.append(ParameterDecl(ref, kind or "other", True, site(call), ref))
    return tuple(found)


def _schema(node: Node) -> tuple[str, bool] | None:
    """(class, a list of it) of `S`, `S()`, `S(many=True)`."""
    if node.type in ("identifier", "attribute"):
        return text(node), False
    if node.type != "call":
        return None
    function = node.child_by_field_name("function")
    positional, keywords = call_arguments(node)
    if function.type not in ("identifier", "attribute") or positional or \
            set(keywords) - {"many", "partial"}:
        return None
    return text(function), "many" in keywords and text(keywords["many"]) == "True"


def _decorator_calls(decorated: Node, verb: str) -> list[Node]:
    calls = []
    for decorator in decorated.named_children if decorated.type == "decorated_definition" else ():
        call = decorator.named_children[0] if decorator.type == "decorator" and \
            decorator.named_children else None
        function = call.child_by_field_name("function") if call is not None and \
            call.type == "call" else None
        if function is not None and function.type == "attribute" and \
                text(function.child_by_field_name("attribute")) == verb:
            calls.append(call)
    return calls
