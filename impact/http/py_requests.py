"""What a FastAPI view asks of a request, as far as the code decides it (IMP405).

A view's parameters (view_parameters): a plain value (`q: str`, `limit: int = 10`,
`Query(...)`, `Annotated[str, Query(alias="q")]`) is a query parameter, or a path parameter
when the route's path names it; a class (`item: ItemCreate`) is the body when it is a
pydantic model (decided with the whole revision in view: it may also be an enumeration, or a
dependency type such as `SessionDep = Annotated[Session, Depends(get_db)]`, which
dependency_types reads); `Body(...)` is a field of the body; `Depends(pagination)` asks what the
function `pagination` asks (its parameters are read as a view's: dependables, for the
undecorated module-level functions of a module importing FastAPI); `Header`, `Cookie`, `Path`,
`Request`, a `Depends()` of no name and the like ask nothing of the query or the body. A parameter is required
when it has no default (`...` is none), and is not `Optional` or `X | None`: whether such
a parameter (or model field) without a default is required changed between pydantic 1 and 2,
so it never is here. `Form`, `File`, `UploadFile` and annotations impact cannot classify
(`list[str]` without `Query`, which FastAPI reads from the body) are kept as unknown: the
body is then not judged.

A pydantic model field is required (required_field) when it has no default
(`x: int`, `x: int = Field(...)`, `Field(description=...)`) and is not `Optional`; its
name in a request is `validation_alias` or `alias` (input_alias). A class whose validator
runs before its fields' may fill in what a request leaves out (fills_fields).
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http import blacksheep
from impact.http.py_types import optional_inner, type_arguments
from impact.lang.treesitter import site, text
from impact.model import DEPENDS, DependableDecl, ParameterDecl

SCALARS = frozenset({"str", "int", "float", "bool", "bytes", "Decimal", "UUID", "date", "datetime",
                     "time", "timedelta", "EmailStr", "HttpUrl", "AnyUrl", "AnyHttpUrl",
                     "PositiveInt", "NonNegativeInt", "constr", "conint", "Literal", "Any"})
SEQUENCES = frozenset({"list", "List", "set", "Set", "tuple", "Tuple", "Sequence", "frozenset"})
MARKERS = {"Query": "scalar", "Body": "body", "Depends": "other", "Security": "other",
           "Header": "other", "Cookie": "other", "Path": "other", "Form": "unknown",
           "File": "unknown"}
NOT_FROM_REQUEST_DATA = frozenset({"Request", "Response", "WebSocket", "BackgroundTasks",
                                   "HTTPConnection", "SecurityScopes"})
FORM_TYPES = frozenset({"UploadFile"})  # a multipart body: no JSON body is judged
BEFORE_VALIDATOR = re.compile(r"model_validator\s*\(\s*mode\s*=\s*['\"](before|wrap)|"
                              r"root_validator\s*\(\s*pre\s*=\s*True")
MISSING = "..."  # Ellipsis: FastAPI's and pydantic's "no default"
DEPENDENCIES = ("Depends", "Security")
FASTAPI_IMPORT = re.compile(rb"^\s*(?:from\s+fastapi[\s.]|import\s+fastapi\b)", re.MULTILINE)


def view_parameters(view: Node, method: bool = False) -> tuple[ParameterDecl, ...] | None:
    """What each of a view function's parameters asks of a request; None for a method
    (class-based views) or parameters impact cannot read. `method`: the view is a method whose
    class's instance is its first parameter (a BlackSheep controller's), not a request's."""
    if _in_class(view) != method:
        return None
    parameters = view.child_by_field_name("parameters")
    found = []
    for index, node in enumerate(parameters.named_children if parameters is not None else ()):
        if node.type in ("keyword_separator", "positional_separator", "comment") or method and index == 0:
            continue
        if node.type in ("list_splat_pattern", "dictionary_splat_pattern"):
            return None
        declared = _parameter(node)
        if declared is None:
            return None
        found.append(declared)
    return tuple(found)


def parameter_of(node: Node) -> ParameterDecl | None:
    """What one parameter of a view asks of a request, read as FastAPI's."""
    return _parameter(node)


def _in_class(function: Node) -> bool:
    node = function.parent
    if node is not None and node.type == "decorated_definition":
        node = node.parent
    return node is not None and node.type == "block" and node.parent is not None and \
        node.parent.type == "class_definition"


def _parameter(node: Node) -> ParameterDecl | None:
    if node.type == "identifier":
        return ParameterDecl(text(node), "scalar", True, site(node))
    name = node.child_by_field_name("name") if node.type != "typed_parameter" else \
        (node.named_children[0] if node.named_children else None)
    if name is None or name.type != "identifier":
        return None
    annotation = node.child_by_field_name("type")
    default = node.child_by_field_name("value")
    inner, metadata = _annotated(annotation.named_children[0] if annotation is not None and
                                 annotation.named_children else None)
    marker = _marker(default) or next((m for m in map(_marker, metadata) if m is not None), None)
    where = site(name)
    optional = inner is not None and optional_inner(inner) is not None
    if marker is not None:
        function, positional, keywords = marker
        kind = MARKERS[function]
        given = default if _marker(default) is not None else None
        required = not optional and (_marker_required(positional, keywords) if given is not None
                                     else default is None and _marker_required(positional, keywords))
        if kind == "scalar":
            if inner is not None and not _scalar(inner, sequences=True):
                return ParameterDecl(text(name), "other", False, where)  # a query model
            alias = _alias(keywords)
            if alias is None:
                return ParameterDecl(text(name), "other", False, where)
            return ParameterDecl(alias or text(name), "scalar", required, where)
        if kind == "body":
            embed = "embed" in keywords and text(keywords["embed"]) == "True"
            ref = _class_name(inner) if inner is not None else ""
            return ParameterDecl(text(name), "body", required, where, ref or "", embed)
        dependency = keywords.get("dependency") or (positional[0] if positional else None)
        if function in DEPENDENCIES and dependency is not None and \
                dependency.type in ("identifier", "attribute"):
            return ParameterDecl(text(name), DEPENDS, False, where, text(dependency))
        return ParameterDecl(text(name), kind, False, where)
    required = default is None and not optional
    if inner is None:
        return ParameterDecl(text(name), "scalar", required, where)
    plain = optional_inner(inner) or inner
    bound = _binder(plain)
    if bound is not None:  # BlackSheep's `FromJSON[Model]`, `FromQuery[int]`...
        kind, ref = bound
        if kind == "model":
            return ParameterDecl(text(name), "model", required, where, ref) if ref else \
                ParameterDecl(text(name), "unknown", False, where)
        return ParameterDecl(text(name), kind, required and kind == "scalar", where)
    if _scalar(plain):
        return ParameterDecl(text(name), "scalar", required, where)
    ref = _class_name(plain)
    if ref is not None and ref.rsplit(".", 1)[-1] in NOT_FROM_REQUEST_DATA:
        return ParameterDecl(text(name), "other", False, where)
    if ref is not None and ref.rsplit(".", 1)[-1] in FORM_TYPES:
        return ParameterDecl(text(name), "unknown", False, where)
    if ref is not None:
        return ParameterDecl(text(name), "model", required, where, ref)
    return ParameterDecl(text(name), "unknown", False, where)


def _annotated(annotation: Node | None) -> tuple[Node | None, list[Node]]:
    """(the type, the metadata) of `Annotated[T, Query(), ...]`; (annotation, []) else."""
    node = annotation
    if node is not None and node.type == "generic_type" and len(node.named_children) == 2 and \
            text(node.named_children[0]).rsplit(".", 1)[-1] == "Annotated":
        arguments = [a.named_children[0] if a.type == "type" and a.named_children else a
                     for a in node.named_children[1].named_children]
        if arguments:
            return arguments[0], arguments[1:]
    if node is not None and node.type == "subscript" and \
            text(node.child_by_field_name("value")).rsplit(".", 1)[-1] == "Annotated":
        arguments = [c for c in node.children_by_field_name("subscript")]
        if arguments:
            return arguments[0], arguments[1:]
    return annotation, []


def _marker(node: Node | None) -> tuple[str, list[Node], dict[str, Node]] | None:
    """(FastAPI parameter function, its arguments) of `Query(...)`, `fastapi.Body()`, ..."""
    if node is None or node.type != "call":
        return None
    function = text(node.child_by_field_name("function")).rsplit(".", 1)[-1]
    if function not in MARKERS:
        return None
    positional, keywords = [], {}
    arguments = node.child_by_field_name("arguments")
    for argument in arguments.named_children if arguments is not None else ():
        if argument.type == "keyword_argument":
            keywords[text(argument.child_by_field_name("name"))] = argument.child_by_field_name("value")
        elif argument.type != "comment":
            positional.append(argument)
    return function, positional, keywords


def _marker_required(positional: list[Node], keywords: dict[str, Node]) -> bool:
    """`Query()`, `Query(...)`, `Body(default=...)`: no default."""
    if "default_factory" in keywords:
        return False
    default = keywords.get("default") or (positional[0] if positional else None)
    return default is None or text(default) in (MISSING, "Ellipsis")


def _alias(keywords: dict[str, Node]) -> str | None:
    """A `Query(alias=...)`'s name ("" when none), None when it is not a literal."""
    alias = keywords.get("alias") or keywords.get("validation_alias")
    if alias is None:
        return ""
    if alias.type != "string" or any(c.type == "interpolation" for c in alias.named_children):
        return None
    return "".join(text(c) for c in alias.named_children if c.type == "string_content")


def _scalar(node: Node, sequences: bool = False) -> bool:
    """A plain value FastAPI reads from the query string (with `sequences`: or a list of
    them, which it does under `Query`)."""
    if node.type == "type" and node.named_children:
        return _scalar(node.named_children[0], sequences)
    optional = optional_inner(node)
    if optional is not None:
        return _scalar(optional, sequences)
    if node.type in ("identifier", "attribute"):
        return text(node).rsplit(".", 1)[-1] in SCALARS
    if node.type in ("generic_type", "subscript"):
        outer = node.named_children[0] if node.type == "generic_type" else node.child_by_field_name("value")
        name = text(outer).rsplit(".", 1)[-1]
        if name == "Literal":
            return True
        inner = type_arguments(node)
        return sequences and name in SEQUENCES and len(inner) == 1 and _scalar(inner[0])
    return node.type == "none"


def _binder(node: Node | None) -> tuple[str, str] | None:
    """(what the parameter is, the class given) of BlackSheep's `FromJSON[NewItem]` and its
    other binders (impact.http.blacksheep.BINDERS); None for another annotation."""
    if node is None or node.type not in ("generic_type", "subscript") or not node.named_children:
        return None
    generic = node.child_by_field_name("value") if node.type == "subscript" else node.named_children[0]
    kind = blacksheep.BINDERS.get(text(generic).rsplit(".", 1)[-1])
    if kind is None:
        return None
    arguments = type_arguments(node)
    return kind, (_class_name(arguments[0]) or "" if len(arguments) == 1 else "")


def _class_name(node: Node | None) -> str | None:
    if node is not None and node.type == "type" and node.named_children:
        node = node.named_children[0]
    return text(node) if node is not None and node.type in ("identifier", "attribute") else None


def dependables(root: Node) -> tuple[DependableDecl, ...]:
    """The module-level functions (not decorated: a route's handler is) that take parameters
    read as a view's, with what they ask of a request."""
    found = []
    for statement in root.named_children:
        name = statement.child_by_field_name("name") if statement.type == "function_definition" else None
        parameters = view_parameters(statement) if name is not None else None
        if parameters:
            found.append(DependableDecl(text(name), parameters, site(name)))
    return tuple(found)


def dependency_types(root: Node) -> tuple[str, ...]:
    """Module-level names bound to `Annotated[T, Depends(...)]` (or `Security`): a view
    parameter annotated with one is filled by the dependency, not by the request."""
    found = []
    for statement in root.named_children:
        node = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else statement
        if node.type not in ("assignment", "type_alias_statement"):
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or b"Annotated" not in (right.text or b""):
            continue
        _inner, metadata = _annotated(right.named_children[0] if right.type == "type" and
                                      right.named_children else right)
        if any((m := _marker(item)) is not None and MARKERS[m[0]] == "other" for item in metadata):
            found.append(text(left.named_children[0] if left.type == "type" and
                              left.named_children else left))
    return tuple(found)


# -- model fields -----------------------------------------------------------------------


def required_field(annotation: Node | None, value: Node | None, is_field: bool,
                   positional: list[Node], keywords: dict[str, Node]) -> bool:
    """Whether a pydantic model's annotated field must be sent: no default (none given, or a
    `Field(...)` without one) and not `Optional`."""
    if annotation is None:
        return False
    inner, metadata = _annotated(annotation.named_children[0] if annotation.named_children
                                 else annotation)
    if inner is None or optional_inner(inner) is not None or text(inner) in ("Any", "None"):
        return False
    if any(m.type == "call" and b"default" in (m.text or b"") for m in metadata):
        return False
    if value is None:
        return True
    return is_field and _marker_required(positional, keywords)


def input_alias(keywords: dict[str, Node], string) -> str:
    """A model field's name in a request: `validation_alias`, else `alias`; "" when neither
    is given, "?" when it is not a literal (`AliasChoices(...)`)."""
    for key in ("validation_alias", "alias"):
        if key in keywords:
            return string(keywords[key]) or "?"
    return ""


def fills_fields(decorators: str) -> bool:
    """Decorators of a model's method that make it a validator run before the fields'."""
    return BEFORE_VALIDATOR.search(decorators) is not None
