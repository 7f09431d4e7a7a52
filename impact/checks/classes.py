"""What a class of the repository may have, as the rules that read attributes of classes ask
it (IMP103 on class attributes, IMP406 in templates): whether the class, or anything it may
take attributes from, may provide an attribute, and where the class or a base class of this
repository declared one.

A base class impact cannot see into may provide the few names ORM and model bases provide
themselves (`objects`, `query`, `id`, ...), and nothing the class itself declared in base:
an attribute a class declared and stops declaring is one its unseen base does not have.
"""

from __future__ import annotations

from impact.checks.references import resolve_name
from impact.graph import SymbolGraph
from impact.model import Definition, Location

MAX_DEPTH = 10
NO_ATTRIBUTES = {"object", "Generic", "typing.Generic", "Protocol", "typing.Protocol", "ABC", "abc.ABC"}
# class attributes that ORM and model base classes provide themselves: a class that declared
# one and stops declaring it may still have it from its base
PROVIDED_BY_FRAMEWORKS = {"id", "pk", "objects", "query", "query_class", "metadata", "registry",
                          "Meta", "DoesNotExist", "MultipleObjectsReturned", "model_config",
                          "model_fields", "Config", "__tablename__", "__table__", "__mapper__"}


def provides(graph: SymbolGraph, module: str, cls: Definition | None, attribute: str,
             depth: int = 0) -> bool:
    """Whether the class (or anything it may take attributes from) may provide it: also true
    of a class that takes attributes at run time (a metaclass, `__getattr__`, ...)."""
    if cls is None or cls.kind != "class" or cls.open_attributes or depth > MAX_DEPTH:
        return True
    if attribute in {d.name for d in (*cls.attributes, *cls.members)}:
        return True
    for written in cls.bases:
        if written in NO_ATTRIBUTES:
            continue
        parent = resolve_name(graph, graph.facts[module], written)
        definition = graph.definition(*parent) if parent else None
        if definition is None:
            if attribute in PROVIDED_BY_FRAMEWORKS:
                return True
            continue  # a base impact cannot see into: see the module docstring
        if provides(graph, parent[0], definition, attribute, depth + 1):
            return True
    return False


def declared_at(graph: SymbolGraph, module: str, cls: Definition, attribute: str,
                methods: bool = False, depth: int = 0) -> Location | None:
    """Where the class (or one of its bases here) declared the attribute: as a class
    attribute, or with `methods` also as a method (a property)."""
    if depth > MAX_DEPTH:
        return None
    for definition in (*cls.attributes, *cls.members):
        if definition.name == attribute:
            if definition in cls.members and not methods:
                return None
            return Location(module, definition.site.line)
    for written in cls.bases:
        parent = resolve_name(graph, graph.facts[module], written) if written not in NO_ATTRIBUTES \
            else None
        definition = graph.definition(*parent) if parent else None
        if definition is not None and definition.kind == "class":
            found = declared_at(graph, parent[0], definition, attribute, methods, depth + 1)
            if found is not None:
                return found
    return None
