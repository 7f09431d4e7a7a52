"""Routers a mount may reach through an import that does not resolve.

`app.route('/api/servers', servers)` with `import servers from '@routes/servers'`, an alias no
configuration of the revision declares: the mount's child is no router impact can find, and
the router `export default new Hono()...` of routes/servers.ts looks mounted nowhere. Hono,
Express and Koa routers no mount reaches serve at the root (they are apps), so its routes read
as served at `/...`; once the alias is declared they "moved" (spawnd 83749d4dcc: six false
IMP403 warnings). A JavaScript/TypeScript router nothing mounts, that an unresolved import of a
mount may take (by its name, or a default import whose specifier ends in the router module's
name), is
- served nowhere when that import surely fails (a module of the repository that does not
  exist, a bare specifier no package.json of the repository declares): the program cannot
  load the module that mounts it (spawnd 26dea31b7b, the other way: the requests to it fail);
- mounted under a prefix impact cannot read when impact says why it could not resolve it (a
  configuration it cannot read may map it).

A Python app nothing mounts (a Bottle app, a Starlette app) that such an import may take is
mounted under a prefix impact cannot read either way, as an unmounted Flask blueprint or
Flask-RESTX namespace is: the mount that lost it is what breaks (IMP102 says so), not each
route it served.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable

from impact.graph import SymbolGraph
from impact.model import Import
from impact.resolve import External, Missing
from impact.resolve.js_packages import split_package_name

Wanted = tuple[str, str]  # (the name an import takes, "default" too; its specifier's last segment)


def unresolved_children(graph: SymbolGraph, python: bool = False) -> tuple[set[Wanted], set[Wanted]]:
    """What the mounts of JavaScript/TypeScript modules (`python`: of Python modules too) take
    through imports that surely fail, and through imports impact could not resolve."""
    failing, unknown = set(), set()
    for module, facts in graph.facts.items():
        dotted = graph.language_of(module).dotted_module_names
        if not facts.http.mounts or dotted and not python:
            continue
        children = {mount.child.partition(".")[0] for mount in facts.http.mounts}
        for imp in facts.imports:
            if imp.local not in children or not imp.imported:
                continue
            fails = _fails(graph, module, imp)
            segment = imp.source.rsplit(".", 1)[-1] if dotted else _last_segment(imp.source)
            if fails is not None:
                (failing if fails else unknown).add((imp.imported, segment))
    return failing, unknown


def may_be_wanted(module: str, name: str, wanted: Iterable[Wanted]) -> bool:
    """Whether the router `name` of `module` is what one of those imports may take."""
    stem = _last_segment(module)
    if stem == "__init__":
        stem = _last_segment(posixpath.dirname(module))
    if stem == "index":
        stem = _last_segment(posixpath.dirname(module))
    return any(imported == name or imported == "default" and segment == stem
               for imported, segment in wanted)


def _fails(graph: SymbolGraph, module: str, imp: Import) -> bool | None:
    """True when the import surely fails, False when impact could not resolve it, None when
    it resolves (or names a package the repository declares, or Node's own)."""
    found = graph.resolution(module, imp)
    if isinstance(found, Missing):
        return True
    if not isinstance(found, External) or imp.source.startswith("node:"):
        return None
    if found.reason:
        return False
    return None if split_package_name(imp.source)[0] in graph.js.dependencies or \
        imp.source.startswith((".", "/")) else True


def _last_segment(spec: str) -> str:
    return posixpath.basename(spec.rstrip("/")).split(".", 1)[0]
