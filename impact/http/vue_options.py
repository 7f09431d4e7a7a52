"""Vue components written with the Options API: the object a single-file component's script
exports by default (`export default { ... }`, `export default defineComponent({ ... })`).
Its methods (`created()`, `mounted()`, and those under `methods`, `watch`) set the
component's state with `this.birds = ...`, which the template shows as `birds`; its `props`
(an object of prop options, or an array of names) are the names the template reads them by.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.lang.treesitter import text

DEFINERS = ("defineComponent", "Vue.extend")
METHOD_GROUPS = ("methods", "watch")


def options(root: Node) -> Node | None:
    """The options object the module exports by default."""
    for statement in root.named_children:
        value = statement.child_by_field_name("value") if statement.type == "export_statement" else None
        if value is not None and value.type == "call_expression" and \
                text(value.child_by_field_name("function")) in DEFINERS:
            arguments = value.child_by_field_name("arguments")
            value = arguments.named_children[0] if arguments is not None and arguments.named_children \
                else None
        if value is not None and value.type == "object":
            return value
    return None


def is_options(node: Node) -> bool:
    parent = node.parent
    if parent is not None and parent.type == "arguments":
        call = parent.parent
        if call is None or text(call.child_by_field_name("function")) not in DEFINERS:
            return False
        parent = call.parent
    return parent is not None and parent.type == "export_statement"


def holds_methods(node: Node) -> bool:
    """Whether an object literal is a component's options, or its `methods` / `watch`."""
    if node.type != "object":
        return False
    if is_options(node):
        return True
    pair = node.parent
    key = pair.child_by_field_name("key") if pair is not None and pair.type == "pair" else None
    return key is not None and text(key) in METHOD_GROUPS and pair.parent is not None and \
        pair.parent.type == "object" and is_options(pair.parent)


def declared_props(root: Node) -> tuple[Node, list[str]] | None:
    """The `props` entry of the options and the names it declares."""
    found = options(root)
    for pair in found.named_children if found is not None else ():
        key = pair.child_by_field_name("key") if pair.type == "pair" else None
        if key is None or text(key) != "props":
            continue
        value = pair.child_by_field_name("value")
        if value.type == "object":
            return pair, [text(k) for p in value.named_children if p.type == "pair"
                          and (k := p.child_by_field_name("key")) is not None
                          and k.type == "property_identifier"]
        if value.type == "array":
            return pair, [text(e.named_children[0]) for e in value.named_children
                          if e.type == "string" and e.named_children]
    return None
