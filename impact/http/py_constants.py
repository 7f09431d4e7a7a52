"""Python: the names a URL prefix may be read from, and prefixes written with names.

`app.include_router(api_router, prefix=settings.API_V1_STR)` (FastAPI's project template),
`app.register_blueprint(bp, url_prefix=API_PREFIX)`, `APIRouter(prefix=f"{API}/users")`: the
prefix is a name, an attribute of an instance of a settings class, or an f-string of those.
A module says what such names hold when it binds them at its top level: a string
(`API_PREFIX = "/api"`), a class attribute with a string default (`class Settings(BaseSettings):
API_V1_STR: str = "/api/v1"`), or an instance of a class (`settings = Settings()`);
impact.http.prefixes follows the names there. Only strings that may be a path are kept
(empty, or starting with `/`), so a module's other constants cost nothing. A settings class's
default is what the code says; an environment variable may override it when the app runs.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http.py_syntax import string_literal
from impact.lang.treesitter import site, text
from impact.model import ConstantDecl, Url

NAME_TYPES = ("identifier", "attribute")


def constants(root: Node) -> list[ConstantDecl]:
    """The module-level strings, class-attribute strings and class instances of a module."""
    found: list[ConstantDecl] = []
    for statement in root.named_children:
        if statement.type == "decorated_definition":
            statement = statement.child_by_field_name("definition")
        if statement.type == "expression_statement":
            found += _bound(statement, "")
        elif statement.type == "class_definition":
            owner = text(statement.child_by_field_name("name")) + "."
            for member in statement.child_by_field_name("body").named_children:
                if member.type == "expression_statement":
                    found += [c for c in _bound(member, owner) if c.value is not None]
    return found


def _bound(statement: Node, owner: str) -> list[ConstantDecl]:
    assignment = statement.named_children[0] if statement.named_children else None
    if assignment is None or assignment.type != "assignment":
        return []
    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    if left is None or right is None or left.type != "identifier":
        return []
    name = owner + text(left)
    value = string_literal(right)
    if value is not None:
        return [ConstantDecl(name, value, site(assignment))] if _may_be_a_path(value) else []
    if right.type == "call":
        made_by = right.child_by_field_name("function")
        if made_by.type in NAME_TYPES and text(made_by).rpartition(".")[2][:1].isupper():
            return [ConstantDecl(name, None, site(assignment), made_by=text(made_by))]
    return []


def _may_be_a_path(value: str) -> bool:
    return value == "" or value.startswith("/")


def prefix_from(node: Node | None) -> Url | None:
    """A prefix written with names: a (dotted) name, an f-string of names, or `+` of
    those and strings; None for anything else (a call, a subscript, a format spec)."""
    if node is None:
        return None
    if node.type in NAME_TYPES:
        return Url(("", ""), (text(node),)) if _dotted(node) else None
    if node.type == "string":
        return _string(node)
    if node.type == "binary_operator" and text(node.child_by_field_name("operator")) == "+":
        left = prefix_from(node.child_by_field_name("left"))
        right = prefix_from(node.child_by_field_name("right"))
        if left is None or right is None:
            return None
        return Url((*left.parts[:-1], left.parts[-1] + right.parts[0], *right.parts[1:]),
                   left.holes + right.holes)
    return None


def _string(node: Node) -> Url | None:
    """A string, or an f-string whose every interpolation is a dotted name (no conversion,
    no format); None for bytes and for an escape sequence (not a path read exactly)."""
    start = text(node.named_children[0]) if node.named_children else ""
    if "b" in start.lower():
        return None
    parts, holes, current = [], [], ""
    for child in node.named_children:
        if child.type == "string_content":
            current += text(child)
        elif child.type == "interpolation":
            inner = child.named_children
            if len(inner) != 1 or inner[0].type not in NAME_TYPES or not _dotted(inner[0]):
                return None
            parts.append(current)
            holes.append(text(inner[0]))
            current = ""
        elif child.type not in ("string_start", "string_end"):
            return None
    return Url((*parts, current), tuple(holes))


def _dotted(node: Node) -> bool:
    """`a`, `a.b`, `a.b.c`: names and attributes only."""
    while node.type == "attribute":
        node = node.child_by_field_name("object")
    return node.type == "identifier"
