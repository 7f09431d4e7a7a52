"""Names a module provides as types only, for a TypeScript consumer that uses them as values.

tsc follows an imported name through the aliases that provide it (`export { X } from`,
`export * from`, `import { X }` then `export { X }`) to its declaration, and when one of them
is type-only (`export type { X } from`, `export type * from`, `export type { X }`, `import type
{ X }`) the name is a type wherever that chain reaches: `new X()`, `X()` or `X.y` is TS1361 /
TS1362 ("cannot be used as a value because it was exported using 'export type'") and
`ns.X` through a namespace import is TS2339; `let a: X` and `typeof X` stay fine.

Only a chain impact reads to its end, a declaration of the repository with a value meaning
(a class, a function, a variable), is judged: when the declaration is a type only, tsc looks
further out for a value of that name (`import type { Request }` of an interface, then `new
Request(...)`: the global); a layer impact cannot read, a package, a name provided twice, or a
star among several that may provide it stops the walk, and the name is not judged.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from impact.graph import SymbolGraph
from impact.model import Export, FileFacts, Import, Site
from impact.resolve import External, Resolved


@dataclass(frozen=True)
class TypeOnlyAlias:
    """The type-only layer of a name's alias chain: where it stands, and what it says."""

    module: str  # path
    site: Site
    form: str  # "export type { X }", "export type *", "import type { X }", as written
    name: str  # the name at that layer


# what a declaration is when it has a value meaning (an enum is read as a type, and left out)
VALUE_KINDS = ("class", "function", "variable")


def imported_type_only(graph: SymbolGraph, importer: str, imp: Import, name: str
                       ) -> TypeOnlyAlias | None:
    """The type-only alias on the chain of `name` as `imp` of `importer` takes it (the import
    itself when it is `import type`), if there is one impact is sure of."""
    target = graph.target(importer, imp)
    if target is None:
        return None
    found = type_only_alias(graph, target, name)
    if imp.type_only and (found is not None or _declares_value(graph, *_end(graph, target, name))):
        return TypeOnlyAlias(importer, imp.site, "import type", name)
    return found


_KNOWN: WeakKeyDictionary[SymbolGraph, dict[tuple[str, str], TypeOnlyAlias | None]] = WeakKeyDictionary()


def type_only_alias(graph: SymbolGraph, module: str, name: str) -> TypeOnlyAlias | None:
    """The first type-only alias on the chain through which `module` provides `name`, when
    the chain ends at a declaration of the repository that has a value meaning (when it has
    none, tsc looks further out for the value, a global of that name: `Request`). Kept for
    the graph's lifetime: every use of every import asks it."""
    known = _KNOWN.setdefault(graph, {})
    if (module, name) not in known:
        known[(module, name)] = _type_only_alias(graph, module, name)
    return known[(module, name)]


def _type_only_alias(graph: SymbolGraph, module: str, name: str) -> TypeOnlyAlias | None:
    first: TypeOnlyAlias | None = None
    current: tuple[str, str] | None = (module, name)
    seen: set[tuple[str, str]] = set()
    while current is not None and current not in seen:
        seen.add(current)
        layer = _layer(graph, *current)
        if layer is None:
            return None
        alias, following = layer
        first = first or alias
        if following is None:
            return first if first is not None and _declares_value(graph, *current) else None
        current = following
    return None


def _end(graph: SymbolGraph, module: str, name: str) -> tuple[str, str] | tuple[None, None]:
    """The (module, name) where the chain of `name` from `module` ends at a declaration."""
    current, seen = (module, name), set()
    while current not in seen:
        seen.add(current)
        layer = _layer(graph, *current)
        if layer is None:
            break
        if layer[1] is None:
            return current
        current = layer[1]
    return None, None


_DECLARED: WeakKeyDictionary[SymbolGraph, dict[tuple[str, str], tuple[str, str] | None]] = \
    WeakKeyDictionary()


def declared_at(graph: SymbolGraph, module: str, name: str) -> tuple[str, str] | None:
    """(module, local name) of the declaration the chain of `name` from `module` ends at."""
    known = _DECLARED.setdefault(graph, {})
    if (module, name) not in known:
        known[(module, name)] = _declared_at(graph, module, name)
    return known[(module, name)]


def _declared_at(graph: SymbolGraph, module: str, name: str) -> tuple[str, str] | None:
    end, exported = _end(graph, module, name)
    facts = graph.facts.get(end) if end is not None else None
    export = next((e for e in facts.exports if e.name == exported), None) if facts else None
    return (end, export.local) if export is not None and export.local is not None else None


def _declares_value(graph: SymbolGraph, module: str | None, name: str | None) -> bool:
    facts = graph.facts.get(module) if module is not None else None
    export = next((e for e in facts.exports if e.name == name), None) if facts else None
    local = export.local if export is not None else None
    return local is not None and any(d.name == local and d.kind in VALUE_KINDS and not d.types_only
                                     for d in facts.definitions)


Layer = tuple[TypeOnlyAlias | None, tuple[str, str] | None]


def _layer(graph: SymbolGraph, module: str, name: str) -> Layer | None:
    """How `module` provides `name`: the type-only alias it is (if it is one), and the next
    (module, name) it takes the name from, None when it declares it; None when impact cannot
    tell (unreadable, provided twice, through several stars)."""
    facts = graph.facts.get(module)
    if facts is None or facts.problems or facts.dynamic_exports:
        return None
    exports = [e for e in facts.exports if e.name == name]
    if len(exports) > 1 and not _merged_declarations(exports):
        return None
    if not exports:
        return _through_stars(graph, facts, name)
    export = exports[0]
    alias = TypeOnlyAlias(facts.path, export.site, "export type { }", name) if export.type_only else None
    if export.kind == "reexport" and export.imported not in (None, "*"):
        target = _resolved(graph, facts, export)
        return (alias, (target, export.imported)) if target is not None else None
    if export.kind in ("declaration", "local") and export.local not in facts.only_imported:
        return alias, None
    if export.kind == "local":
        binders = [i for i in facts.imports if i.local == export.local and i.kind != "reexport"]
        if len(binders) != 1 or binders[0].kind != "esm" or binders[0].imported in (None, "*"):
            return None
        imp = binders[0]
        target = graph.target(facts.path, imp)
        if imp.type_only and alias is None:
            alias = TypeOnlyAlias(facts.path, imp.site, "import type { }", imp.local or name)
        return (alias, (target, imp.imported)) if target is not None else None
    return None


def _merged_declarations(exports: list[Export]) -> bool:
    """Whether several exports of one name are the declarations tsc merges into one (`export
    function f` and `export namespace f`), all exported as values."""
    return all(e.kind == "declaration" and not e.type_only and e.local == exports[0].local
               for e in exports)


def _through_stars(graph: SymbolGraph, facts: FileFacts, name: str) -> Layer | None:
    """The one `export *` that provides `name`, when every star source of the repository is
    known and no other provides it (tsc leaves out a name two stars provide). A star of a
    package (`export * from 'pkg'`) does not compete: were the name one of its exports as well,
    tsc would report the barrel (TS2308) and an ES module importing it would fail to link."""
    providers: list[tuple[Export, str]] = []
    for export in facts.exports:
        if export.kind != "star" or _of_a_package(graph, facts, export):
            continue
        target = _resolved(graph, facts, export)
        if target is None:
            return None
        provided = graph.exports(target)
        if name in provided.names:
            providers.append((export, target))
        elif not provided.complete:
            return None
    if len(providers) != 1:
        return None
    export, target = providers[0]
    alias = TypeOnlyAlias(facts.path, export.site, "export type *", name) if export.type_only else None
    return alias, (target, name)


def _of_a_package(graph: SymbolGraph, facts: FileFacts, export: Export) -> bool:
    return isinstance(graph.spec_resolution(facts.path, export.source or ""), External)


def _resolved(graph: SymbolGraph, facts: FileFacts, export: Export) -> str | None:
    found = graph.spec_resolution(facts.path, export.source or "")
    return found.path if isinstance(found, Resolved) else None
