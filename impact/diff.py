"""The diff: what the change introduces, a function of the findings of head and of base
and of the two graphs; no I/O, no cache, no configuration.

Findings are matched by a fingerprint that survives line moves: code, file, symbol and
the text of the line, then (for lines that were edited) code, file and symbol alone; a
finding of a file new in head that a file gone from head had on the same line is the same
finding, renamed with its file. Each new finding gets its origin: where, in base, the symbol
it misses was defined or imported, or the module it misses lived.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol

from impact.graph import SymbolGraph
from impact.model import Finding, Location


class Side(Protocol):
    """A revision as the diff reads it: its graph (whose source files it has) and the text
    of a line of one of them."""

    graph: SymbolGraph

    def line(self, path: str, number: int) -> str: ...


def introduced(head_findings: list[Finding], base_findings: list[Finding], head: Side,
               base: Side) -> list[Finding]:
    """The findings of head that base has not: matched exactly (code, file, symbol and the
    text of the line), then loosely (code, file and symbol: the line was edited), then those
    of a file new in head that a file gone from it had (renamed or moved)."""
    def exact(finding: Finding, side: Side) -> tuple:
        text = side.line(finding.file, finding.line).strip()
        return finding.code, finding.file, finding.symbol, text

    def loose(finding: Finding) -> tuple:
        return finding.code, finding.file, finding.symbol

    base_exact = Counter(exact(f, base) for f in base_findings)
    unmatched_head = []
    for finding in head_findings:
        key = exact(finding, head)
        if base_exact[key] > 0:
            base_exact[key] -= 1
        else:
            unmatched_head.append(finding)
    base_loose = Counter()
    for (code, file, symbol, _text), count in base_exact.items():
        base_loose[(code, file, symbol)] += count
    new = []
    for finding in unmatched_head:
        key = loose(finding)
        if base_loose[key] > 0:
            base_loose[key] -= 1
        else:
            new.append(finding)
    return _not_renamed(new, base_exact, head, base)


def _not_renamed(findings: list[Finding], left_in_base: Counter, head: Side,
                 base: Side) -> list[Finding]:
    """Findings of files that are new in head, minus those that a file gone from head had on
    the same line (same code, symbol and text): the file was renamed or moved with what was
    already wrong in it."""
    moved = Counter()
    for (code, file, symbol, text), count in left_in_base.items():
        if count > 0 and file not in head.graph.facts:
            moved[(code, symbol, text)] += count
    kept = []
    for finding in findings:
        key = (finding.code, finding.symbol, head.line(finding.file, finding.line).strip())
        if finding.file not in base.graph.facts and moved[key] > 0:
            moved[key] -= 1
        else:
            kept.append(finding)
    return kept


def origin_of(finding: Finding, base: SymbolGraph) -> Location | None:
    """Where, in base, what the finding misses was: the module an import reached, or where
    a module bound the name."""
    subject = finding.subject
    if subject is None:
        return None
    if subject.statement is not None:
        if subject.importer not in base.facts:
            return None
        target = base.target(subject.importer, subject.statement)
        return Location(target.rstrip("/"), 1) if isinstance(target, str) else None
    if subject.module is not None and subject.name is not None:
        site = base.binding_site(subject.module, subject.name)
        return Location(subject.module, site.line) if site else None
    return None
