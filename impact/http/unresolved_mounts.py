"""Routers a mount may reach through an import that does not resolve.

`app.route('/api/servers', servers)` with `import { servers } from '@routes/servers'`, an alias no
tsconfig of the revision declares: the mount's child is no router impact can find, and the
router `export const servers = new Hono()` in routes/servers.ts looks mounted nowhere. Hono,
Express and Koa routers that no mount reaches serve at the root (they are apps), so each of
its routes read as served at `/...`, and once the alias resolves they "moved" (spawnd
83749d4dcc: six false IMP403 warnings). A JavaScript/TypeScript router nothing mounts is taken
as mounted under a prefix impact cannot read when an unresolved import of a mount may be it:
one taking it by its name, or a default import whose specifier ends in its module's name.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable

from impact.graph import SymbolGraph
from impact.model import Import
from impact.resolve.js_packages import split_package_name

Wanted = tuple[str, str]  # (the name an import takes, "default" too; its specifier's last segment)


def unresolved_children(graph: SymbolGraph) -> set[Wanted]:
    """What the mounts of JavaScript/TypeScript modules take through imports of the
    repository's files that do not resolve."""
    wanted = set()
    for module, facts in graph.facts.items():
        if graph.language_of(module).dotted_module_names or not facts.http.mounts:
            continue
        children = {mount.child.partition(".")[0] for mount in facts.http.mounts}
        for imp in facts.imports:
            if imp.local in children and imp.imported and _unresolved_own_file(graph, module, imp):
                wanted.add((imp.imported, _last_segment(imp.source)))
    return wanted


def may_be_wanted(module: str, name: str, wanted: Iterable[Wanted]) -> bool:
    """Whether the router `name` of `module` is what one of those imports may take."""
    stem = _last_segment(module)
    if stem == "index":
        stem = _last_segment(posixpath.dirname(module))
    return any(imported == name or imported == "default" and segment == stem
               for imported, segment in wanted)


def _unresolved_own_file(graph: SymbolGraph, module: str, imp: Import) -> bool:
    """An import that names no module impact finds, and no npm package the repository
    declares (an alias, a relative path, a workspace name gone astray)."""
    if isinstance(graph.target(module, imp), str) or imp.source.startswith("node:"):
        return False
    return split_package_name(imp.source)[0] not in graph.js.dependencies


def _last_segment(spec: str) -> str:
    return posixpath.basename(spec.rstrip("/")).split(".", 1)[0]
