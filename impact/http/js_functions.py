"""JavaScript functions as the HTTP extractors walk them: a function's parameters by
position (every node below a node: impact.lang.treesitter.descendants)."""

from __future__ import annotations

from tree_sitter import Node

from impact.lang.treesitter import text

PARAMETERS = ("required_parameter", "optional_parameter")  # TypeScript's wrappers of a pattern


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
