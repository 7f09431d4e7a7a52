"""Python code a type checker never reads: the branches `TYPE_CHECKING` rules out.

pyright and mypy take `TYPE_CHECKING` as true, so the body of `if not TYPE_CHECKING:` and the
`elif`/`else` branches of `if TYPE_CHECKING:` are unreachable to them: what those branches
bind exists at run time only. polars' `__init__` defines its module `__getattr__` (answering
deprecated names) under `if not TYPE_CHECKING:` so that checkers do not take it as providing
every name. The branches of an `if` on anything else are all read: imports binding one name
in them are alternatives (alternative_branches)."""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.lang.treesitter import text

SCOPES = ("function_definition", "lambda", "class_definition")
# what holds module-scope statements: walked into; a function or class body is not
BLOCKS = frozenset({"block", "if_statement", "elif_clause", "else_clause", "try_statement",
                    "except_clause", "finally_clause", "with_statement", "for_statement",
                    "while_statement", "expression_statement"})


def getattr_hidden_from_checkers(root: Node) -> bool:
    """Whether the module binds `__getattr__` and every binding of it stands in a branch
    type checkers do not read."""
    found = [node for node in _module_statements(root) if _binds_getattr(node)]
    return bool(found) and all(_unreachable_to_checkers(node) for node in found)


def run_time_stand_ins(root: Node) -> frozenset[str]:
    """Names an import in an `if TYPE_CHECKING:` binds at module scope while only assignments in
    branches checkers never read bind them otherwise: pyglet's `__init__` imports its
    submodules for checkers and binds lazy proxies of them in the `else` (`image =
    _ModuleProxy("image")`), which stand in for the modules at run time."""
    imported: set[str] = set()
    hidden: set[str] = set()
    shown: set[str] = set()
    for node in _module_statements(root):
        if node.type in ("import_statement", "import_from_statement") and _for_checkers_only(node):
            imported.update(_imported_names(node))
        elif node.type == "assignment":
            left = node.child_by_field_name("left")
            if left is not None and left.type == "identifier":
                (hidden if _unreachable_to_checkers(node) else shown).add(text(left))
    return frozenset(imported & hidden - shown)


def _for_checkers_only(node: Node) -> bool:
    """Whether a statement stands in the body of an `if TYPE_CHECKING:` (at module scope)."""
    child, current = node, node.parent
    while current is not None and current.type not in SCOPES:
        if current.type == "if_statement" and child == current.child_by_field_name("consequence") \
                and is_type_checking(current.child_by_field_name("condition")):
            return True
        child, current = current, current.parent
    return False


def _imported_names(node: Node) -> list[str]:
    """The names an import statement binds (`from . import a, b as c`: a, c)."""
    names = []
    for name in node.children_by_field_name("name"):
        alias = name.child_by_field_name("alias") if name.type == "aliased_import" else None
        names.append(text(alias) if alias is not None else text(name).split(".")[0])
    return names


def _module_statements(root: Node) -> list[Node]:
    """The statements at module scope, those inside `if`, `try`, `with`, ... blocks too (not
    inside functions and classes)."""
    out, stack = [], list(root.named_children)
    while stack:
        node = stack.pop()
        out.append(node)
        if node.type in BLOCKS:
            stack.extend(node.named_children)
    return out


def _binds_getattr(node: Node) -> bool:
    if node.type == "decorated_definition":
        node = node.child_by_field_name("definition") or node
    if node.type == "function_definition":
        name = node.child_by_field_name("name")
        return name is not None and text(name) == "__getattr__"
    if node.type == "assignment":
        left = node.child_by_field_name("left")
        return left is not None and left.type == "identifier" and text(left) == "__getattr__"
    return False


def _unreachable_to_checkers(node: Node) -> bool:
    child, current = node, node.parent
    while current is not None and current.type not in SCOPES:
        if current.type == "if_statement":
            condition = current.child_by_field_name("condition")
            if child == current.child_by_field_name("consequence") and _is_not_type_checking(
                    condition):
                return True
            if child.type in ("elif_clause", "else_clause") and is_type_checking(condition):
                return True
        child, current = current, current.parent
    return False


def unparenthesized(node: Node | None) -> Node | None:
    """The expression inside any parentheses around `node`."""
    while node is not None and node.type == "parenthesized_expression":
        node = node.named_children[0] if node.named_children else None
    return node


def is_type_checking(condition: Node | None) -> bool:
    """`TYPE_CHECKING` or `typing.TYPE_CHECKING` (in parentheses or not)."""
    condition = unparenthesized(condition)
    if condition is None:
        return False
    if condition.type == "identifier":
        return text(condition) == "TYPE_CHECKING"
    attribute = condition.child_by_field_name("attribute") if condition.type == "attribute" \
        else None
    return attribute is not None and text(attribute) == "TYPE_CHECKING"


def _is_not_type_checking(condition: Node | None) -> bool:
    condition = unparenthesized(condition)
    return condition is not None and condition.type == "not_operator" and \
        is_type_checking(condition.child_by_field_name("argument"))


# conditions type checkers decide (their configured platform and Python version, and
# TYPE_CHECKING): they read one branch of such an `if` only
DECIDED_CONDITION = re.compile(r"\b(TYPE_CHECKING|sys\s*\.\s*(platform|version_info)|os\s*\.\s*name)\b")


def alternative_branches(statements: list[Node]) -> Node | None:
    """The `if` statement whose branches (`if`, `elif`, `else`) each hold at most one of
    `statements`, directly in the branch's block, when there are two or more and no
    condition of that `if` is one type checkers decide: where the statements stand as
    alternatives, any of which may have run after it."""
    branches = [_branch_of(node) for node in statements]
    if len(statements) < 2 or None in branches:
        return None
    owners = {_span(owner) for owner, _branch in branches}
    taken = {_span(branch) for _owner, branch in branches}
    if len(owners) != 1 or len(taken) != len(statements):
        return None
    owner = branches[0][0]
    conditions = [owner.child_by_field_name("condition")]
    conditions += [clause.child_by_field_name("condition") for clause in owner.named_children
                   if clause.type == "elif_clause"]
    if any(node is None or DECIDED_CONDITION.search(text(node)) for node in conditions):
        return None
    return owner


def _branch_of(statement: Node) -> tuple[Node, Node] | None:
    """The `if` statement and its branch (its consequence block, or an `elif`/`else` clause)
    whose block holds `statement` itself."""
    block = statement.parent
    if block is None or block.type != "block" or block.parent is None:
        return None
    holder = block.parent
    if holder.type == "if_statement":
        return holder, block
    if holder.type in ("elif_clause", "else_clause") and holder.parent is not None \
            and holder.parent.type == "if_statement":
        return holder.parent, holder
    return None


def _span(node: Node) -> tuple[int, int, str]:
    return node.start_byte, node.end_byte, node.type
