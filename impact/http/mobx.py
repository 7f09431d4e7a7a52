"""MobX: a store is a class whose methods set its fields (`this.orders = response.data`, in
an arrow function inside the method too: `runInAction(() => {...})`), made once at module
level (`export const orderStore = new OrderStore()`); its readers are the modules that render
with `observer` (mobx-react, mobx-react-lite) and import that instance: `orderStore.orders`
there is the value the method set. impact.http.js_reads keeps a request's value under the
field's key of the instance's name (as a pinia store's state), and reads what the observer
modules read of each name they import.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http.js_literals import import_bindings
from impact.lang.treesitter import text

OBSERVING = re.compile(rb"""['"]mobx-react(?:-lite)?['"]""")  # a module that may render observers
CLASSES = ("class_declaration", "class")
DEFAULT = "default"  # the name of `export default new OrderStore()`


def observes(source: bytes) -> bool:
    return OBSERVING.search(source) is not None


def instances(root: Node, declarations) -> dict[int, str]:
    """The id of each class of the module made once at module level -> the name of that
    instance (`const orderStore = new OrderStore()`, DEFAULT for `export default new
    OrderStore()`); a class made twice: none."""
    classes = {}
    for statement in root.named_children:
        declared = statement.child_by_field_name("declaration") if statement.type == "export_statement" \
            else statement
        if declared is not None and declared.type == "class_declaration":
            classes[text(declared.child_by_field_name("name"))] = declared
    made: dict[str, list[str]] = {}
    exported = [(DEFAULT, statement.child_by_field_name("value")) for statement in root.named_children
                if statement.type == "export_statement" and statement.child_by_field_name("value")]
    for name, value, *_node in [*declarations, *exported]:
        constructor = value.child_by_field_name("constructor") if value.type == "new_expression" else None
        if constructor is not None and constructor.type == "identifier" and text(constructor) in classes:
            made.setdefault(text(constructor), []).append(name)
    return {classes[c].id: names[0] for c, names in made.items() if len(names) == 1}


def imported_bindings(root: Node) -> list[Node]:
    """The names a module's imports bind (`import { orderStore } from './stores'`, a default
    import too)."""
    return [local for _module, _imported, local in import_bindings(root)]
