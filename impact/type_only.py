"""Names a module provides as types only, for a TypeScript consumer that uses them as values.

tsc follows an imported name through the aliases that provide it (`export { X } from`,
`export * from`, `import { X }` then `export { X }`) to its declaration, and when one of them
is type-only (`export type { X } from`, `export type * from`, `export type { X }`, `import type
{ X }`) the name is a type wherever that chain reaches: `new X()`, `X()` or `X.y` is TS1361 /
TS1362 ("cannot be used as a value because it was exported using 'export type'") and
`ns.X` through a namespace import is TS2339; `let a: X` and `typeof X` stay fine.

Only a chain impact reads to its end is judged: a layer it cannot read, a name provided
twice, or a star among several that may provide it stops the walk, and the name is not
judged (precision first).
"""

from __future__ import annotations

from dataclasses import dataclass

from impact.graph import SymbolGraph
from impact.model import Export, FileFacts, Import, Site
from impact.resolve import Resolved


@dataclass(frozen=True)
class TypeOnlyAlias:
    """The type-only layer of a name's alias chain: where it stands, and what it says."""

    module: str  # path
    site: Site
    form: str  # "export type { X }", "export type *", "import type { X }", as written
    name: str  # the name at that layer


def imported_type_only(graph: SymbolGraph, importer: str, imp: Import, name: str
                       ) -> TypeOnlyAlias | None:
    """The type-only alias on the chain of `name` as `imp` of `importer` takes it (the import
    itself when it is `import type`), if there is one impact is sure of."""
    if imp.type_only:
        return TypeOnlyAlias(importer, imp.site, "import type", name)
    target = graph.target(importer, imp)
    return type_only_alias(graph, target, name) if target is not None else None


def type_only_alias(graph: SymbolGraph, module: str, name: str) -> TypeOnlyAlias | None:
    """The type-only alias on the chain through which `module` provides `name`, if any."""
    seen: set[tuple[str, str]] = set()
    current: tuple[str, str] | None = (module, name)
    while current is not None and current not in seen:
        seen.add(current)
        facts = graph.facts.get(current[0])
        if facts is None or facts.problems or facts.dynamic_exports:
            return None
        step = _step(graph, facts, current[1])
        if isinstance(step, TypeOnlyAlias):
            return step
        current = step
    return None


def _step(graph: SymbolGraph, facts: FileFacts, name: str
          ) -> TypeOnlyAlias | tuple[str, str] | None:
    """The layer of `facts` that provides `name`: type-only, the next (module, name) it takes
    the name from, or None (declared here, or not known)."""
    exports = [e for e in facts.exports if e.name == name]
    if len(exports) > 1:
        return None
    if not exports:
        return _through_stars(graph, facts, name)
    export = exports[0]
    if export.type_only:
        return TypeOnlyAlias(facts.path, export.site, "export type { }", name)
    if export.kind == "reexport" and export.imported not in (None, "*"):
        target = _resolved(graph, facts, export)
        return (target, export.imported) if target is not None else None
    if export.kind == "local" and export.local in facts.only_imported:
        binders = [i for i in facts.imports if i.local == export.local and i.kind != "reexport"]
        if len(binders) != 1 or binders[0].kind != "esm" or binders[0].imported in (None, "*"):
            return None
        imp = binders[0]
        if imp.type_only:
            return TypeOnlyAlias(facts.path, imp.site, "import type { }", imp.local or name)
        target = graph.target(facts.path, imp)
        return (target, imp.imported) if target is not None else None
    return None


def _through_stars(graph: SymbolGraph, facts: FileFacts, name: str
                   ) -> TypeOnlyAlias | tuple[str, str] | None:
    """The one `export *` that provides `name`, when every star source is known and no other
    provides it (tsc leaves out a name two stars provide)."""
    providers: list[tuple[Export, str]] = []
    for export in facts.exports:
        if export.kind != "star":
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
    if export.type_only:
        return TypeOnlyAlias(facts.path, export.site, "export type *", name)
    return target, name


def _resolved(graph: SymbolGraph, facts: FileFacts, export: Export) -> str | None:
    found = graph.spec_resolution(facts.path, export.source or "")
    return found.path if isinstance(found, Resolved) else None
