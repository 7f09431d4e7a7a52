"""Type arguments tree-sitter-typescript misreads as comparisons inside call arguments.

`g(await f<Record<string, unknown>>(x))` is, for tsc, a call of `f` with the type arguments
`<Record<string, unknown>>` (type arguments followed by `(` make a generic call). Inside an
`arguments` list the grammar reads it as the comparisons `await f < Record < string`,
`unknown >> (x)`: no ERROR node, and the type names look like values. This finds that shape,
an argument with `<` operators followed, after whole arguments, by an argument whose `>`, `>>`
or `>>>` (as many `>` as the `<` before it) has a parenthesised right operand, and gives the
identifiers between the first `<` and that closing operator: names of types, not values.

So is a tagged template's (``sql<Image>`coalesce(...)` ``: type arguments followed by a
template make a tagged template), read anywhere as `(sql < Image) > `...``: a chain of
comparisons whose last operator closes as many `<` as it opens and whose right operand begins
with a template.
"""
from __future__ import annotations

from tree_sitter import Node

_CLOSERS = (">", ">>", ">>>")


def misread_type_names(identifiers: list[Node]) -> set[int]:
    """The start bytes of those identifiers that stand in misread type arguments."""
    lists = {id(n): n for n in map(_argument_list, identifiers) if n is not None}
    names: set[int] = set()
    for arguments in lists.values():
        names |= _type_argument_names(arguments)
    return names


def misread_tag_type_names(identifiers: list[Node]) -> set[int]:
    """The start bytes of those identifiers that stand in the misread type arguments of a tag."""
    chains = {id(n): n for n in map(_outermost_comparison, identifiers) if n is not None}
    names: set[int] = set()
    for chain in chains.values():
        left = chain.child_by_field_name("left")
        operator = chain.child_by_field_name("operator")
        right = chain.child_by_field_name("right")
        if operator is None or operator.type not in _CLOSERS or right is None or \
                not _starts_with_template(right) or left is None:
            continue
        operators = _operators(left)
        if operators and operators[0] == "<" and set(operators) == {"<"} and \
                len(operators) == len(operator.type):
            names |= _identifiers_after_first_less(left)
    return names


def _starts_with_template(node: Node) -> bool:
    """Whether `node` begins with a template (``sql<T>`...`.as("x")`` is read as
    `sql < T > (`...`.as("x"))`)."""
    while node.type != "template_string" and node.named_child_count and \
            node.named_children[0].start_byte == node.start_byte:
        node = node.named_children[0]
    return node.type == "template_string"


def _outermost_comparison(node: Node) -> Node | None:
    parent = node.parent
    if parent is None or parent.type != "binary_expression":
        return None
    while parent.parent is not None and parent.parent.type == "binary_expression":
        parent = parent.parent
    return parent


def _argument_list(node: Node) -> Node | None:
    comparison = _outermost_comparison(node)
    holder = comparison.parent if comparison is not None else None
    return holder if holder is not None and holder.type == "arguments" else None


def _type_argument_names(arguments: Node) -> set[int]:
    args = arguments.named_children
    for first, opening in enumerate(args):
        opened = _operators(opening).count("<")
        if not opened:
            continue
        for last in range(first + 1, len(args)):
            closer = args[last]
            if closer.type == "binary_expression" and _closes(closer, opened):
                return _identifiers_after_first_less(opening) | \
                    {n.start_byte for arg in args[first + 1:last] for n in _identifiers(arg)} | \
                    {n.start_byte for n in _identifiers(closer.child_by_field_name("left"))}
        return set()
    return set()


def _closes(binary: Node, opened: int) -> bool:
    operator = binary.child_by_field_name("operator")
    right = binary.child_by_field_name("right")
    return operator is not None and operator.type in _CLOSERS and \
        len(operator.type) == opened and right is not None and \
        right.type == "parenthesized_expression"


def _operators(node: Node) -> list[str]:
    """The operators of a chain of binary expressions, left to right."""
    if node.type != "binary_expression":
        return []
    operator = node.child_by_field_name("operator")
    return [*_operators(node.child_by_field_name("left")),
            operator.type if operator is not None else "",
            *_operators(node.child_by_field_name("right"))]


def _identifiers_after_first_less(node: Node) -> set[int]:
    first_less = min((op.start_byte for op in _operator_nodes(node) if op.type == "<"),
                     default=node.end_byte)
    return {n.start_byte for n in _identifiers(node) if n.start_byte > first_less}


def _operator_nodes(node: Node) -> list[Node]:
    if node.type != "binary_expression":
        return []
    operator = node.child_by_field_name("operator")
    return [*_operator_nodes(node.child_by_field_name("left")),
            *([operator] if operator is not None else []),
            *_operator_nodes(node.child_by_field_name("right"))]


def _identifiers(node: Node | None) -> list[Node]:
    if node is None:
        return []
    if node.type == "identifier":
        return [node]
    return [n for child in node.named_children for n in _identifiers(child)]
