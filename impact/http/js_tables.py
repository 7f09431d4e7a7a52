"""Tables whose columns read the fields of their rows: TanStack Table's column definitions
(the shape shadcn/ui's data table uses), `const columns: ColumnDef<Item>[] = [{ accessorKey:
"title" }, { cell: ({ row }) => row.original.description }]`, given to a component with the
rows beside them (`<DataTable columns={columns} data={items} />`).

A module-level array of such definitions is kept as a component's reads
(impact.model.ComponentReadsDecl) of the prop ROWS: each `accessorKey` (a dotted one is a
path) and each `row.original.x` in a definition is a read of that field of a row. The element
that gets `columns={name}` and `data={value}` hands the value's items to that prop
(impact.http.js_reads), so a field the server no longer sends is judged at the column.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http.js_literals import string_value
from impact.lang.treesitter import site, text
from impact.model import ComponentReadsDecl, ReadDecl

ROWS = "(rows)"  # the prop a table's columns read their rows through
ACCESSOR = "accessorKey"
ROW = "row"  # the cell renderer's argument: `({ row }) => row.original.x`


def column_reads(declarations) -> tuple[ComponentReadsDecl, ...]:
    """The reads of each module-level array of column definitions (`declarations`: (name,
    value, declarator) of the module's top-level declarations)."""
    found = []
    for name, value, declarator in declarations:
        if value.type != "array":
            continue
        columns = [c for c in value.named_children if c.type == "object"]
        if not columns or not any(_accessor(c) is not None for c in columns):
            continue
        reads = [read for column in columns for read in _reads(column)]
        if reads:
            found.append(ComponentReadsDecl(name, site(declarator), tuple(reads)))
    return tuple(found)


def _accessor(column: Node) -> Node | None:
    """The string an `accessorKey` names, in a column definition."""
    for pair in column.named_children:
        key = pair.child_by_field_name("key") if pair.type == "pair" else None
        if key is not None and text(key).strip("'\"") == ACCESSOR:
            value = pair.child_by_field_name("value")
            return value if value is not None and string_value(value) else None
    return None


def _reads(column: Node) -> list[ReadDecl]:
    reads = []
    accessor = _accessor(column)
    if accessor is not None:
        reads.append(ReadDecl((ROWS, *string_value(accessor).split(".")), site(accessor)))
    stack = [column]
    while stack:  # `row.original.x` anywhere in the definition (its cell renderers)
        node = stack.pop()
        if node.type == "member_expression":
            read = _original_read(node)
            if read is not None:
                reads.append(read)
                continue
        stack.extend(reversed(node.named_children))
    return reads


def _original_read(member: Node) -> ReadDecl | None:
    """`row.original.x` (and deeper, `row.original.owner.name`), read at its last name."""
    names = []
    node = member
    while node.type == "member_expression":
        names.append(node.child_by_field_name("property"))
        node = node.child_by_field_name("object")
    names.reverse()
    if node.type != "identifier" or text(node) != ROW or len(names) < 2 or \
            text(names[0]) != "original" or any(n is None or n.type != "property_identifier" for n in names):
        return None
    return ReadDecl((ROWS, *(text(n) for n in names[1:])), site(names[-1]))
