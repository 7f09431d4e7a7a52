"""JavaScript literals as written, read from the syntax tree: a string's value (when it has no
escape or substitution) and an object literal's keyed values. The HTTP extractors read URLs,
options and decorator arguments through these."""

from __future__ import annotations

from tree_sitter import Node

from impact.lang.treesitter import text


def string_value(node: Node | None) -> str | None:
    if node is None:
        return None
    if node.type == "string":
        return "".join(text(c) for c in node.named_children if c.type == "string_fragment") \
            if all(c.type == "string_fragment" for c in node.named_children) else None
    if node.type == "template_string" and not any(c.type == "template_substitution"
                                                  for c in node.named_children):
        return text(node)[1:-1]
    return None


def object_pairs(node: Node | None) -> dict[str, Node] | None:
    """Keys of an object literal and their values (a shorthand `{ method }` maps to its
    identifier); None when it is not an object literal or has a spread."""
    if node is None or node.type != "object":
        return None
    pairs = {}
    for child in node.named_children:
        if child.type == "pair":
            key = child.child_by_field_name("key")
            name = string_value(key) if key.type == "string" else text(key)
            pairs[name] = child.child_by_field_name("value")
        elif child.type == "shorthand_property_identifier":
            pairs[text(child)] = child
        elif child.type == "spread_element":
            return None
    return pairs
