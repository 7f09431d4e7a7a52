"""Python type annotations as written, read from the syntax tree (no type checker): the
`T` that `Optional[T]`, `T | None` or `Union[T, None]` makes optional, and the arguments of
a generic type. The HTTP extractors read what views take (py_requests) and return
(py_bodies) through these."""

from __future__ import annotations

from tree_sitter import Node

from impact.lang.treesitter import text

OPTIONALS = frozenset({"Optional", "typing.Optional"})


def optional_inner(node: Node) -> Node | None:
    """T of `Optional[T]`, `T | None`, `Union[T, None]`, else None."""
    if node.type == "type" and node.named_children:
        return optional_inner(node.named_children[0])
    if node.type in ("binary_operator", "union_type"):
        sides = [c for c in node.named_children if text(c) != "None"]
        return sides[0] if len(sides) == 1 and len(node.named_children) == 2 else None
    if node.type in ("generic_type", "subscript"):
        outer = node.named_children[0] if node.type == "generic_type" else node.child_by_field_name("value")
        inner = type_arguments(node)
        if text(outer) in OPTIONALS and len(inner) == 1:
            return inner[0]
        if text(outer).rsplit(".", 1)[-1] == "Union" and any(text(i) == "None" for i in inner):
            rest = [i for i in inner if text(i) != "None"]
            return rest[0] if len(rest) == 1 else None
    return None


def type_arguments(node: Node) -> list[Node]:
    """The arguments of `G[A, B]` (a subscript or a generic type), each unwrapped."""
    if node.type == "subscript":
        return list(node.children_by_field_name("subscript"))
    parameters = node.named_children[1] if len(node.named_children) > 1 else None
    return [a.named_children[0] if a.type == "type" and a.named_children else a
            for a in (parameters.named_children if parameters is not None else ())]
