"""Flask-RESTX (and Flask-RESTPlus) models: `bird = ns.model("Bird", {"name":
fields.String(required=True), ...})` (also `api.model(...)`, `Model("Bird", {...})`) is what a
resource method marshals: `@ns.marshal_with(bird)` and `@ns.marshal_list_with(bird)` make it
send exactly the model's keys, whatever it returns (a key is its name on the wire; `attribute=`
names where it is read from); a returned list item by item, anything else as one object. A
model whose dict is not a literal with string keys is open; so is a method marshalled with
`envelope=` (not read).

`ns.payload` (of a namespace the resource is routed on) is the request's JSON body:
`ns.payload["x"]` requires `x` as `request.json["x"]` does. `@ns.expect(bird, validate=True)`
makes Flask-RESTX validate the request's body against the model before the method runs: a
request must send each key whose field says `required=True` (a 400 otherwise). Without `validate=True` nothing is checked (the app's `RESTX_VALIDATE`
setting, not read, could turn it on: no requirement is read then).
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http.py_bodies import own_nodes
from impact.http.py_syntax import call_arguments, string_literal
from impact.lang.treesitter import site, text
from impact.model import BodyDecl, FieldDecl, ModelDecl, ParameterDecl

MODULES = (b"flask_restx", b"flask_restplus")
SCHEMA = "schema"  # BodyDecl.kind: the fields of the ModelDecl `ref` (impact.http.responses)
MODEL_CALLS = ("model", "Model")
MARSHALS = ("marshal_with", "marshal_list_with")
PARSER_CLASS = "RequestParser"  # reqparse's: `parser = reqparse.RequestParser()`
ADD, PARSE = "add_argument", "parse_args"
# an argument's location -> the ParameterDecl kind: the body, the query, either (reqparse's default
# `("json", "values")`: the JSON body, or the query string or a form)
DEFAULT_LOCATION = ""
LOCATIONS = {"json": "field", "args": "query", DEFAULT_LOCATION: "value"}


def may_declare(source: bytes) -> bool:
    return any(m in source for m in MODULES)


def models(root: Node) -> tuple[ModelDecl, ...]:
    """The module-level models, each named by the variable it is bound to."""
    found = []
    for statement in root.named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is None or assignment.type != "assignment":
            continue
        left, value = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
        fields = _model_fields(value)
        if left is not None and left.type == "identifier" and fields is not False:
            found.append(ModelDecl(text(left), (), fields or (), (), "", fields is None, site(left),
                                   serializer=True))
    return tuple(found)


def _model_fields(value: Node | None) -> tuple[FieldDecl, ...] | None | bool:
    """The fields of `ns.model("X", {...})`; None when it is a model impact cannot read;
    False when it is no model."""
    if value is None or value.type != "call":
        return False
    function = value.child_by_field_name("function")
    name = text(function.child_by_field_name("attribute")) if function.type == "attribute" \
        else text(function)
    if name not in MODEL_CALLS:
        return False
    positional, keywords = call_arguments(value)
    given = positional[1] if len(positional) > 1 else keywords.get("model")
    if given is None or given.type != "dictionary" or string_literal(positional[0] if positional
                                                                     else keywords.get("name")) is None:
        return None
    fields = []
    for pair in given.named_children:
        key = string_literal(pair.child_by_field_name("key")) if pair.type == "pair" else None
        if key is None:
            if pair.type == "comment":
                continue
            return None
        fields.append(FieldDecl(key, site(pair), required=_required(pair.child_by_field_name("value"))))
    return tuple(fields)


def _required(field: Node | None) -> bool:
    """`fields.String(required=True)`."""
    if field is None or field.type != "call":
        return False
    _positional, keywords = call_arguments(field)
    return "required" in keywords and text(keywords["required"]) == "True"


def marshalled(decorated: Node, returned: tuple[BodyDecl, ...] = ()) -> BodyDecl | None:
    """What a `@x.marshal_with(model)` / `@x.marshal_list_with(model)` decorator of a
    definition makes it send; None without one. Flask-RESTX marshals a list item by item and
    anything else as one object, whatever the decorator says (`as_list` and
    `marshal_list_with` only document a list): what the method returns (`returned`, when
    each of its returns is read) tells which, else the decorator's word is taken."""
    for call in _decorator_calls(decorated, MARSHALS):
        positional, keywords = call_arguments(call)
        model = positional[0] if positional else keywords.get("fields")
        if model is None or model.type not in ("identifier", "attribute") or "envelope" in keywords:
            return BodyDecl("open")
        said = _verb(call) == "marshal_list_with" or \
            "as_list" in keywords and text(keywords["as_list"]) == "True"
        shapes = {body.many for body in returned if body.kind in ("object", "none")}
        known = len(shapes) == 1 and all(body.kind in ("object", "none") for body in returned)
        return BodyDecl(SCHEMA, ref=text(model), many=shapes.pop() if known else said)
    return None


def marshalled_by_fields(decorated: Node) -> BodyDecl | None:
    """Flask-RESTful's `@marshal_with(resource_fields)` (a dict of fields, not read): what the
    method sends is not what it returns, so it is open; None without one."""
    return BodyDecl("open") if _decorator_calls(decorated, MARSHALS) else None


def expected(decorated: Node, models_here: tuple[ModelDecl, ...]) -> tuple[ParameterDecl, ...]:
    """The body fields `@x.expect(model, validate=True)` requires (a model of this module)."""
    found = []
    for call in _decorator_calls(decorated, ("expect",)):
        positional, keywords = call_arguments(call)
        if not positional or "validate" not in keywords or text(keywords["validate"]) != "True":
            continue
        model = next((m for m in models_here if m.name == text(positional[0]) and not m.open), None)
        found += [ParameterDecl(f.name, "field", True, f.site)
                  for f in model.fields if f.required] if model is not None else []
    return tuple(found)


def parsed(function: Node, root: Node) -> tuple[ParameterDecl, ...]:
    """What the request parsers a method runs require (Flask-RESTX's and Flask-RESTful's
    `reqparse`): for `args = parser.parse_args()` in a statement of the method's body (not
    inside a block of it), each argument `parser.add_argument("name", required=True,
    location="json")` declares, a body field, or with `location="args"` a query parameter
    (a 400 without it), and without a location (the default `("json", "values")`) either. `parser`
    is a `RequestParser()` made in the method's body, else at the module's top, and given its
    arguments there; a parser made by `copy()` of one in view requires what that one did when
    copied, and what is added to it after. A list of locations (`["json", "args"]`) is the body,
    the query or either (_location_kind). An argument read from elsewhere (`form`, `headers`)
    is not judged, nor a parser changed in another way (`replace_argument`, `remove_argument`)."""
    body = function.child_by_field_name("body")
    at_top = _parsers(root, {})
    parsers = {**at_top, **_parsers(body, at_top)}
    found = []
    for statement in body.named_children if body is not None else ():
        for call in _calls(statement):
            method = call.child_by_field_name("function")
            owner = method.child_by_field_name("object") if method.type == "attribute" else None
            if owner is not None and text(method.child_by_field_name("attribute")) == PARSE and \
                    text(owner) in parsers and parsers[text(owner)] is not None:
                found += parsers[text(owner)]
    return tuple(found)


def _parsers(block: Node | None, outer: dict[str, tuple[ParameterDecl, ...] | None]
             ) -> dict[str, tuple[ParameterDecl, ...] | None]:
    """The request parsers a block's statements make -> what they require (None: not known);
    `outer`: those of the module, which a parser made here may copy (`base.copy()`)."""
    parsers: dict[str, list[ParameterDecl] | None] = {}
    for statement in block.named_children if block is not None else ():
        node = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if node is not None and node.type == "assignment" and \
                node.child_by_field_name("left").type == "identifier":
            value = node.child_by_field_name("right")
            name = text(node.child_by_field_name("left"))
            made = value is not None and value.type == "call" and \
                text(value.child_by_field_name("function")).rsplit(".", 1)[-1] == PARSER_CLASS
            copied = _copied(value, {**outer, **{k: tuple(v) if v is not None else None
                                                  for k, v in parsers.items()}})
            if made or copied is not False or name in parsers:
                parsers[name] = [] if made else list(copied) if copied is not False and copied is not None \
                    else None
            continue
        for call in _calls(statement):
            method = call.child_by_field_name("function")
            owner = method.child_by_field_name("object") if method.type == "attribute" else None
            name = text(owner) if owner is not None else ""
            verb = text(method.child_by_field_name("attribute")) if owner is not None else ""
            if parsers.get(name) is None or verb == PARSE:
                continue
            required = _argument(call) if verb == ADD else False  # `copy()`, `remove_argument`
            if required is False:
                parsers[name] = None
            elif required is not None:
                parsers[name].append(required)
    return {name: tuple(known) if known is not None else None for name, known in parsers.items()}


def _copied(value: Node | None, parsers: dict[str, tuple[ParameterDecl, ...] | None]
            ) -> tuple[ParameterDecl, ...] | None | bool:
    """`base.copy()` of a parser in view: what it requires (None: not known); False when the
    value is no copy of one (reqparse's `copy()` keeps every argument of the original)."""
    function = value.child_by_field_name("function") if value is not None and value.type == "call" else None
    if function is None or function.type != "attribute" or \
            value.child_by_field_name("arguments").named_children:
        return False
    owner = function.child_by_field_name("object")
    if text(function.child_by_field_name("attribute")) != "copy" or text(owner) not in parsers:
        return False
    return parsers[text(owner)]


def _argument(call: Node) -> ParameterDecl | bool | None:
    """The requirement `parser.add_argument(...)` adds: a ParameterDecl, None when it requires
    nothing impact judges, False when it cannot be read."""
    positional, keywords = call_arguments(call)
    name = string_literal(positional[0]) if positional else None
    if name is None or "**" in keywords:
        return False
    required = keywords.get("required")
    kind = _location_kind(keywords["location"]) if "location" in keywords else LOCATIONS[DEFAULT_LOCATION]
    if required is None or text(required) != "True" or kind is None:
        return None
    return ParameterDecl(name, kind, True, site(call))


def _location_kind(location: Node) -> str | None:
    """What a request must send an argument in: `"json"` the body, `"args"` the query; a list
    or tuple of locations (reqparse takes the first that holds the argument) the body or the
    query when it names both (`["json", "args"]`), else the one it names; None for another
    location (`form`, `headers`, `values`, `cookies`, `files`: not judged)."""
    if location.type in ("list", "tuple"):
        written = [string_literal(item) for item in location.named_children]
        kinds = {LOCATIONS.get(w) if w else None for w in written}
        if not kinds or None in kinds or LOCATIONS[DEFAULT_LOCATION] in kinds:
            return None
        return kinds.pop() if len(kinds) == 1 else LOCATIONS[DEFAULT_LOCATION]
    written = string_literal(location)
    return LOCATIONS.get(written) if written is not None else None


def _calls(node: Node) -> list[Node]:
    """The calls of a statement, not those of functions, classes or lambdas in it."""
    return [n for n in own_nodes(node) if n.type == "call"]


def route_owners(cls: Node) -> tuple[str, ...]:
    """The namespaces (or APIs) a resource class is routed on (`@ns.route("/x")` on it):
    their `payload` is the request's JSON body."""
    decorated = cls.parent
    return tuple(dict.fromkeys(
        text(call.child_by_field_name("function").child_by_field_name("object"))
        for call in _decorator_calls(decorated, ("route",))
        if call.child_by_field_name("function").type == "attribute"
        and call.child_by_field_name("function").child_by_field_name("object").type == "identifier"))


def _verb(call: Node) -> str:
    function = call.child_by_field_name("function")
    return text(function.child_by_field_name("attribute")) if function.type == "attribute" \
        else text(function)


def _decorator_calls(decorated: Node, verbs: tuple[str, ...]) -> list[Node]:
    if decorated.type != "decorated_definition":
        return []
    calls = [d.named_children[0] for d in decorated.named_children
             if d.type == "decorator" and d.named_children and d.named_children[0].type == "call"]
    return [c for c in calls if _verb(c) in verbs]
