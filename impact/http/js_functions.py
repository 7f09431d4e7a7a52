"""JavaScript functions and subtrees as the HTTP extractors walk them: every node below a
node, and a function's parameters by position."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from tree_sitter import Node

from impact.lang.treesitter import text

PARAMETERS = ("required_parameter", "optional_parameter")  # TypeScript's wrappers of a pattern


def descendants(node: Node | None, stop_at: Collection[str] = ()) -> Iterator[Node]:
    """The nodes below `node` (itself not), depth first, in document order; the nodes below a
    node of a type in `stop_at` are left out (that node is not)."""
    stack = list(reversed(node.named_children)) if node is not None else []
    while stack:
        current = stack.pop()
        yield current
        if current.type not in stop_at:
            stack.extend(reversed(current.named_children))


def parameter(function: Node, index: int) -> Node | None:
    """The pattern of a function's parameter at `index` (`x`, `{ payload }`, `[a, b]`): the
    parameter of `x => ...` too; None when it has none there."""
    single = function.child_by_field_name("parameter")
    if single is not None:
        return single if index == 0 else None
    parameters = function.child_by_field_name("parameters")
    named = [p for p in parameters.named_children if p.type != "comment"] if parameters is not None else []
    if index >= len(named):
        return None
    node = named[index]
    return node.child_by_field_name("pattern") if node.type in PARAMETERS else node


def parameter_name(function: Node, index: int) -> str | None:
    """The name of a function's parameter at `index`, when it is a plain name."""
    node = parameter(function, index)
    return text(node) if node is not None and node.type == "identifier" else None


def parameter_names(function: Node) -> list[str]:
    """The plain names of a function's parameters in order (a default kept out: `a = 1` is
    `a`), "" for a pattern (`{ a }`, `[a, b]`)."""
    names, index = [], 0
    while (node := parameter(function, index)) is not None:
        node = node.child_by_field_name("left") if node.type == "assignment_pattern" else node
        names.append(text(node) if node is not None and node.type == "identifier" else "")
        index += 1
    return names
