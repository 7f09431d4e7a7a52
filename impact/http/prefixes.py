"""The text of a prefix written with names: each name followed through imports to the
constant a module binds it to. Python (impact.http.py_constants): a string, or a class
attribute's default read on an instance (`settings.API_V1_STR`, `settings = Settings()`),
a constant of a file Flask's config is loaded from (`from_pyfile`); JavaScript: a base-URL
constant (`const API_PREFIX = '/api'`, impact.http.clients). None when
any name leads elsewhere (a call, a subscript, a name bound more than once, an attribute
inherited from a class of another module, a constant whose value is not known)."""

from __future__ import annotations

import posixpath

from impact.graph import SymbolGraph
from impact.http.names import Declared, resolve
from impact.http.py_constants import IMPORT_STRING, ITEMS, PYFILE
from impact.model import ConstantDecl, Url


def prefix_text(graph: SymbolGraph, module: str, written: Url | None) -> str | None:
    if written is None:
        return None
    text = written.parts[0]
    for hole, following in zip(written.holes, written.parts[1:]):
        value = constant_value(graph, module, hole)
        if value is None:
            return None
        text += value + following
    return text


def constant_value(graph: SymbolGraph, module: str, expression: str) -> str | None:
    """The string a dotted name stands for in `module`, if a module binds it to one."""
    if not graph.language_of(module).dotted_module_names:
        from impact.http import clients  # it reads the routes: imported once they are

        found_text = clients.constant_text(graph, module, expression)
        return found_text if found_text is None or not clients.has_holes(found_text) else None
    if expression.startswith(IMPORT_STRING):
        return _imported_constant(graph, module, expression[len(IMPORT_STRING):])
    if expression.startswith(PYFILE):
        return _file_constant(graph, module, expression[len(PYFILE):])
    if ITEMS in expression:  # `config_by_name[].API_PREFIX`: alike in every item of the dict
        name, _items, attribute = expression.partition(ITEMS)
        owner = resolve(graph, module, name)
        found = _constant(graph, (owner[0], f"{owner[1]}{ITEMS}{attribute}")) if owner is not None else None
        return found.value if found is not None else None
    found = _constant(graph, resolve(graph, module, expression))
    if found is not None:
        return found.value
    owner_name, dot, attribute = expression.rpartition(".")
    if not dot or "." in owner_name:
        return None
    owner = resolve(graph, module, owner_name)
    instance = _constant(graph, owner)
    if instance is not None and instance.made_by:  # `settings = Settings()`: the class's
        owner = resolve(graph, owner[0], instance.made_by)
    if owner is None:
        return None
    attribute_constant = _constant(graph, (owner[0], f"{owner[1]}.{attribute}"))
    return attribute_constant.value if attribute_constant is not None else None


def _imported_constant(graph: SymbolGraph, module: str, dotted: str) -> str | None:
    """`pkg.settings.Config.API_PREFIX` (Flask's `from_object("pkg.settings.Config")`): the
    longest leading part that names a module of the repository, then the constant that module
    binds to the rest (a class attribute, `Config.API_PREFIX`)."""
    names = dotted.split(".")
    for cut in range(len(names) - 1, 0, -1):
        target = graph.python.resolve_absolute(".".join(names[:cut]), module)
        if target is not None and target in graph.facts:
            found = _constant(graph, (target, ".".join(names[cut:])))
            return found.value if found is not None else None
    return None


def _file_constant(graph: SymbolGraph, module: str, written: str) -> str | None:
    """`settings.py#API_PREFIX` (Flask's `from_pyfile("settings.py")` in `module`): the string
    the file beside the module binds the key to at its top level."""
    relative, _hash, key = written.rpartition("#")
    path = posixpath.normpath(posixpath.join(posixpath.dirname(module), relative))
    found = _constant(graph, (path, key)) if path in graph.facts else None
    return found.value if found is not None else None


def _constant(graph: SymbolGraph, declared: Declared | None) -> ConstantDecl | None:
    if declared is None or declared[0] not in graph.facts:
        return None
    bound = [c for c in graph.facts[declared[0]].http.constants if c.name == declared[1]]
    return bound[0] if len(bound) == 1 else None  # bound twice: which one holds, unknown
