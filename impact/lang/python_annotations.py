"""The one class a Python annotation names, as type checkers read receivers and declared
return types: `C`, `mod.C`, `C[T]` (a generic class), `Optional[C]`, `Union[C, None]`, `C |
None`, and the same (but `C[T]`) written in a string."""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.lang.treesitter import text

# `Class`, `mod.Class`, `Optional[Class]`, `Class | None`, `None | Class` written in a string
STRING_CLASS = re.compile(r"\s*(?:(?:\w+\.)?Optional\[\s*(?P<optional>[\w.]+)\s*\]|"
                          r"(?P<plain>[\w.]+)(?P<none>\s*\|\s*None)?|None\s*\|\s*(?P<after>[\w.]+))\s*")


def class_or_none(node: Node) -> tuple[Node | str, bool] | None:
    """The one class an annotation names (its dotted name's node, or its text in a string
    annotation) and whether it also allows None: `C`, `C[T]`, `Optional[C]`, `Union[C, None]`,
    `C | None`; None for any other annotation."""
    if node.type in ("identifier", "attribute"):
        return node, False
    if node.type == "string":
        content = [c for c in node.named_children if c.type == "string_content"]
        match = STRING_CLASS.fullmatch(text(content[0])) if len(content) == 1 and \
            len(node.named_children) == 3 else None
        if match is None or match["plain"] == "None":
            return None
        return match["optional"] or match["plain"] or match["after"], match["plain"] is None or \
            match["none"] is not None
    if node.type == "binary_operator" and text(node.child_by_field_name("operator")) == "|":
        sides = [node.child_by_field_name("left"), node.child_by_field_name("right")]
        classes = [s for s in sides if s.type != "none"]
        return (classes[0], True) if len(classes) == 1 and \
            classes[0].type in ("identifier", "attribute") else None
    if node.type == "generic_type" and len(node.named_children) == 2:
        generic, arguments = node.named_children[0], node.named_children[1].named_children
    elif node.type == "subscript":
        generic, arguments = node.child_by_field_name("value"), node.children_by_field_name("subscript")
    else:
        return None
    arguments = [a.named_children[0] if a.type == "type" and a.named_child_count == 1 else a
                 for a in arguments]
    classes = [a for a in arguments if a.type in ("identifier", "attribute")]
    kind = text(generic).rsplit(".", 1)[-1]
    if kind not in ("Optional", "Union") and generic.type in ("identifier", "attribute"):
        return generic, False  # `Cursor[Row]`; `List[C]`, `Type[C]`: typing's, never judged
    if len(classes) != 1 or not (kind == "Optional" and len(arguments) == 1 or
                                 kind == "Union" and len(arguments) == 2 and
                                 any(a.type == "none" for a in arguments)):
        return None
    return classes[0], True
