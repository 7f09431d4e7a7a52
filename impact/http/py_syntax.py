"""Small readings of Python syntax the HTTP extractors share: a string literal's text and a
call's arguments, the definition a statement holds. A leaf module: every Python HTTP module may import it."""

from __future__ import annotations

from tree_sitter import Node

from impact.lang.treesitter import text


def string_literal(node: Node | None) -> str | None:
    """The text of a plain string literal (no f-string placeholders), else None."""
    if node is None or node.type != "string":
        return None
    if any(c.type == "interpolation" for c in node.named_children):
        return None
    start = text(node.named_children[0]) if node.named_children else ""
    if "b" in start.lower():  # a bytes literal: no text
        return None
    return "".join(text(c) for c in node.named_children if c.type == "string_content")


def definition_of(statement: Node) -> Node | None:
    """The definition a statement of a body holds: itself, or what its decorators wrap."""
    return statement.child_by_field_name("definition") \
        if statement.type == "decorated_definition" else statement


def call_arguments(call: Node | None, splats: bool = True) -> tuple[list[Node], dict[str, Node]]:
    """A Python call's positional arguments and its keyword arguments by name. A `*args` or
    `**kwargs` argument is kept as the keyword `**` (it may pass anything), or left out with
    `splats=False`."""
    positional, keywords = [], {}
    arguments = call.child_by_field_name("arguments") if call is not None else None
    for argument in arguments.named_children if arguments is not None else ():
        if argument.type == "keyword_argument":
            keywords[text(argument.child_by_field_name("name"))] = argument.child_by_field_name("value")
        elif argument.type in ("list_splat", "dictionary_splat"):
            if splats:
                keywords["**"] = argument
        elif argument.type != "comment":
            positional.append(argument)
    return positional, keywords


def method_names(node: Node | None, default: tuple[str, ...]) -> tuple[str, ...]:
    """The HTTP methods a `methods=[...]` list names, upper case (`("*",)`: not all literals);
    `default` without one."""
    if node is None:
        return default
    if node.type not in ("list", "tuple", "set"):
        return ("*",)
    methods = [string_literal(item) for item in node.named_children]
    return ("*",) if any(m is None for m in methods) else tuple(m.upper() for m in methods)


def method_call_arguments(call: Node, method: str, names: tuple[str, ...]) -> dict[str, Node] | None:
    """The arguments of a call `x.<method>(...)` by parameter name (the positional ones named
    by `names`, in order); None for another call, or one passing `*args`/`**kwargs`."""
    function = call.child_by_field_name("function")
    if function.type != "attribute" or text(function.child_by_field_name("attribute")) != method:
        return None
    positional, keywords = call_arguments(call)
    return None if "**" in keywords else dict(zip(names, positional)) | keywords
