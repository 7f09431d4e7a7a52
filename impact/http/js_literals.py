"""JavaScript literals as written, read from the syntax tree: a string's value (when it has no
escape or substitution), an object literal's keyed values, the names an import statement
binds. The HTTP extractors read URLs, options and decorator arguments through these."""

from __future__ import annotations

from collections.abc import Iterator

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


def import_bindings(root: Node) -> Iterator[tuple[str | None, str, Node]]:
    """(module, imported name, local name node) of each name a module's import statements bind
    (`import { a as b } from 'm'`: ("m", "a", b); a default import's imported name is
    "default"; a namespace import binds none here)."""
    for statement in root.named_children:
        if statement.type != "import_statement":
            continue
        module = string_value(statement.child_by_field_name("source"))
        clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
        for child in clause.named_children if clause is not None else ():
            if child.type == "identifier":
                yield module, "default", child
            elif child.type == "named_imports":
                for specifier in child.named_children:
                    if specifier.type == "import_specifier":
                        name = specifier.child_by_field_name("name")
                        yield module, text(name), specifier.child_by_field_name("alias") or name
