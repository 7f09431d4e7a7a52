"""The diff: what the change introduces, a function of the findings of head and of base
and of the two graphs; no I/O, no cache, no configuration.

Findings are matched by a fingerprint that survives line moves: code, file, symbol and
the text of the line, then (for lines that were edited) code, file and symbol alone; a
finding of a file new in head that a file gone from head had on the same line is the same
finding, renamed with its file; an import of a missing module that replaces, in its file, an
import of another missing module of the same package is no new finding either. Each new
finding gets its origin: where, in base, the symbol it misses was defined or imported, or the
module it misses lived.
"""

from __future__ import annotations

import re
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
    gone_in_head = []  # base's findings that head matched neither way
    for finding in base_findings:
        if base_loose[loose(finding)] > 0:
            base_loose[loose(finding)] -= 1
            gone_in_head.append(finding)
    return _not_retargeted(_not_renamed(new, base_exact, head, base), gone_in_head)


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


def _not_retargeted(findings: list[Finding], gone_in_head: list[Finding]) -> list[Finding]:
    """Findings of head minus each import of a missing module that replaces, in the same file,
    an import of another missing module of the same top-level package that base had and head
    has not (`import pkg.lists` rewritten as `from pkg.ext import lists`, two modules a
    distribution installs into the package, which the project's files do not show): the file
    reached outside the revision there before the change and still does; the change broke
    nothing."""
    replaced = Counter(key for f in gone_in_head if (key := _missing_module_key(f)) is not None)
    kept = []
    for finding in findings:
        key = _missing_module_key(finding)
        if key is not None and replaced[key] > 0:
            replaced[key] -= 1
        else:
            kept.append(finding)
    return kept


def _missing_module_key(finding: Finding) -> tuple[str, str] | None:
    """(file, top-level package) of a finding about an absolute import whose module is missing;
    None for any other finding or a relative import."""
    subject = finding.subject
    if subject is None or subject.statement is None or subject.statement.level:
        return None
    package = re.split(r"[./]", subject.statement.source, maxsplit=1)[0]
    return (finding.file, package) if package else None


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
