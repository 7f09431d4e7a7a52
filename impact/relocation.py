"""Where a head revision still names moved or renamed code at its old place.

`checks.api.relocations` says which definitions of base moved or were renamed (the same
code, gone from where it was, new in exactly one place). This module finds, in one file of
head, what still names them the old way: imports, `module.name` uses, and — in the module
that renamed a definition in place — uses of the old name. `impact fix` rewrites exactly
these; the causes stage marks the findings at them as fixable. Graph queries only: nothing
here parses or rewrites code.
"""

from __future__ import annotations

from impact.graph import SymbolGraph
from impact.model import Import, Site

Move = tuple[str, str]  # (new module path, new name)
Moves = dict[tuple[str, str], Move]  # (module path in base, name) -> its new place


def imports_to_fix(base: SymbolGraph, head: SymbolGraph, path: str, moves: Moves
                   ) -> dict[Import, Move]:
    """Imports in `path` that name a relocated symbol at its old place."""
    wanted = {}
    for imp in head.facts[path].imports:
        if imp.kind not in ("from", "esm") or imp.imported in (None, "*", "default"):
            continue
        target = head.target(path, imp)
        if isinstance(target, str) and head.provides(target, imp.imported):
            continue
        old = base.target(path, imp) if path in base.facts else None
        if not isinstance(old, str):
            continue
        origin = base.export_origin(old, imp.imported)
        move = moves.get((origin[0], imp.imported)) if origin else None
        if move is not None:
            wanted[imp] = move
    return wanted


def attributes_to_fix(base: SymbolGraph, head: SymbolGraph, path: str, moves: Moves
                      ) -> dict[tuple[int, str, str], Move]:
    """`module.name` uses in `path` (Python) whose name moved away from that module:
    (line, local, name) -> new place."""
    facts = head.facts[path]
    wanted = {}
    for ref in facts.member_refs:
        binders = [i for i in facts.imports if i.local == ref.local]
        if len(binders) != 1 or path not in base.facts:
            continue
        module = head.module_bound_by(facts, binders[0])
        old = base.module_bound_by(base.facts[path], binders[0])
        name = ref.chain[0]
        if module is None or old != module or head.provides(module, name):
            continue
        move = moves.get((old, name))
        if move is not None:
            wanted[(ref.site.line, ref.local, name)] = move
    return wanted


def uses_to_rename(head: SymbolGraph, path: str, moves: Moves) -> dict[Site, tuple[str, str]]:
    """Uses of a name nothing binds in `path`, where `path` defined it in base and renamed it
    in place: site -> (old name, new name)."""
    found = {}
    for ref in head.facts[path].unbound:
        move = moves.get((path, ref.name))
        if move is not None and move[0] == path:
            found[ref.site] = (ref.name, move[1])
    return found
