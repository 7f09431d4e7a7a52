"""Causes: the change each finding comes from (the stage after the diff, before reporting).

A finding names what it misses (its subject): a name a module no longer provides, or a
module that is gone. Its cause is what became of that in the change: the definition its
imports and re-exports reached in base was renamed in place, moved to another module (the
same code, new in exactly one place: `checks.api.relocations`) or removed; the module was
deleted, or moved (the same content, or the same definitions, at one new path); or the
callable it calls changed its signature. The report groups the findings of a cause under
it (impact.reporting.sections) and reports lead with it; a rename or a move is also named in
each finding's message, and the sites `impact fix` rewrites (`relocation`) are marked as
fixable.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING

from impact.checks.api import relocations
from impact.graph import SymbolGraph
from impact.model import Cause, Definition, Finding
from impact.relocation import Moves, attributes_to_fix, imports_to_fix, uses_to_rename

if TYPE_CHECKING:
    from impact.pipeline import Analysis

SYMBOL_CODES = {"IMP101", "IMP103", "IMP104", "IMP105"}  # a name a module does not provide
RELOCATED = ("renamed", "moved")


def with_causes(findings: list[Finding], base: Analysis, head: Analysis) -> list[Finding]:
    """Each finding with its cause (when it has one it can know), a rename or move named in
    its message, and whether `impact fix` rewrites its site."""
    if not findings:
        return findings
    moves = relocations(base.revision, head.revision)
    modules = ModuleMoves(base, head)
    caused = [_explained(finding, _cause(finding, base, head, moves, modules))
              for finding in findings]
    fixable = _fixable_sites(base.graph, head.graph, moves, caused)
    return [replace(f, fixable=True) if (f.file, f.line) in fixable and f.revision == "head"
            and f.cause is not None and f.cause.kind in RELOCATED else f for f in caused]


def _cause(finding: Finding, base: Analysis, head: Analysis, moves: Moves,
           modules: ModuleMoves) -> Cause | None:
    subject = finding.subject
    if finding.code == "IMP201" and finding.revision == "base":
        return _symbol_cause(base.graph, head.graph, moves, finding.file, finding.symbol)
    if subject is None:
        return None
    if subject.statement is not None:
        return _module_cause(finding, base, head, modules)
    if subject.module is None or subject.name is None:
        return None
    if finding.code == "IMP202":
        return Cause("signature", subject.module, subject.name)
    if finding.code not in SYMBOL_CODES:
        return None
    origin = base.graph.export_origin(subject.module, subject.name)
    if origin is None:
        return None  # not there in base either: new code naming something that never was
    path, site = origin
    definition = next((d for d in base.graph.facts[path].definitions if d.site == site), None)
    if definition is None or head.graph.definition(path, definition.name) is not None:
        # the definition stays: what is gone is how the finding's module had the name (its
        # import, a re-export on the way)
        return Cause("removed", subject.module, subject.name)
    return _symbol_cause(base.graph, head.graph, moves, path, definition.name)


def _symbol_cause(base: SymbolGraph, head: SymbolGraph, moves: Moves, path: str,
                  name: str) -> Cause:
    move = moves.get((path, name))
    if move is None:
        return Cause("removed", path, name)
    new_path, new_name = move
    definition = head.definition(new_path, new_name)
    line = definition.site.line if definition is not None else None
    return Cause("renamed" if new_path == path else "moved", path, name, new_path, new_name, line)


def _module_cause(finding: Finding, base: Analysis, head: Analysis,
                  modules: ModuleMoves) -> Cause | None:
    subject = finding.subject
    if subject.importer not in base.graph.facts:
        return None
    target = base.graph.target(subject.importer, subject.statement)
    if not isinstance(target, str) or target in head.graph.facts:
        return None
    path = target.rstrip("/")
    moved_to = modules.new_place(path)
    if moved_to is not None:
        return Cause("module-moved", path, new_module=moved_to, new_line=1)
    return Cause("module-removed", path)


class ModuleMoves:
    """Where a module of base that head lacks went: the one new file of head with its
    content, or else with the same definitions (looked at once per run, when asked)."""

    def __init__(self, base: Analysis, head: Analysis):
        self.base, self.head = base, head

    @cached_property
    def _new_files(self) -> list[str]:
        return [p for p in self.head.blob_ids if p not in self.base.blob_ids]

    @cached_property
    def _by_content(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for path in self._new_files:
            found[self.head.blob_ids[path]].append(path)
        return found

    @cached_property
    def _by_definitions(self) -> dict[frozenset, list[str]]:
        found: dict[frozenset, list[str]] = defaultdict(list)
        for path in self._new_files:
            facts = self.head.graph.facts.get(path)
            if facts is not None and facts.definitions:
                found[_identities(facts.definitions)].append(path)
        return found

    def new_place(self, path: str) -> str | None:
        same = self._by_content.get(self.base.blob_ids.get(path, ""), [])
        if len(same) == 1:
            return same[0]
        facts = self.base.graph.facts.get(path)
        alike = self._by_definitions.get(_identities(facts.definitions), []) \
            if facts is not None and facts.definitions else []
        return alike[0] if len(alike) == 1 else None


def _identities(definitions: tuple[Definition, ...]) -> frozenset:
    return frozenset((d.kind, d.name, d.parameters, d.body) for d in definitions)


def _explained(finding: Finding, cause: Cause | None) -> Finding:
    """The finding with its cause; at a consumer, a rename or move named in the message."""
    if cause is None:
        return finding
    message = finding.message
    if finding.code != "IMP201" and cause.kind in RELOCATED:
        message += f"; {_relocation(cause)}"
    elif finding.code != "IMP201" and cause.kind == "module-moved":
        message += f"; it moved to `{cause.new_module}`"
    return replace(finding, cause=cause, message=message)


def _relocation(cause: Cause) -> str:
    if cause.kind == "renamed":
        return f"`{cause.name}` was renamed to `{cause.new_name}` in `{cause.module}`"
    renamed = f" as `{cause.new_name}`" if cause.new_name != cause.name else ""
    return f"`{cause.name}` moved to `{cause.new_module}`{renamed}"


def _fixable_sites(base: SymbolGraph, head: SymbolGraph, moves: Moves,
                   findings: list[Finding]) -> set[tuple[str, int]]:
    """(file, line) of every site `impact fix` rewrites, in the files with a relocated cause."""
    paths = {f.file for f in findings if f.cause is not None and f.cause.kind in RELOCATED
             and f.revision == "head" and f.file in head.facts}
    sites: dict[str, set[int]] = defaultdict(set)
    for path in paths:
        sites[path].update(imp.site.line for imp in imports_to_fix(base, head, path, moves))
        if head.language_of(path).rewrites_attribute_uses:
            sites[path].update(line for line, _, _ in attributes_to_fix(base, head, path, moves))
        sites[path].update(site.line for site in uses_to_rename(head, path, moves))
    return {(path, line) for path, lines in sites.items() for line in lines}
