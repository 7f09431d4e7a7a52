"""The order a report tells its findings in: the causes first, tests last.

A cause that breaks several sites (or a public symbol whose removal breaks at least one) is
a section of its own, led by the cause and its count: "`normalizePath` renamed to
`normalizeFsPath` in `utils.ts` → 45 broken sites; `impact fix` rewrites them", then its
IMP201, then its sites. Sections come by importance: most errors first, then most sites.
What no such cause explains follows: removed public symbols no site of which has a finding,
then the other findings by file, the files of tests last.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from impact.dependents import is_test_file
from impact.model import Cause, Finding


@dataclass(frozen=True)
class CauseSection:
    cause: Cause
    api: tuple[Finding, ...]  # its IMP201, if the symbol was public
    sites: tuple[Finding, ...]  # the findings it causes, tests last

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.api + self.sites)

    @property
    def severity(self) -> str:
        return "error" if self.errors else "warning"

    def headline(self) -> str:
        """The cause and its count, and what `impact fix` does about it (names `quoted`)."""
        count = len(self.sites)
        text = f"{self.cause.describe()} → {count} broken site{'s' if count != 1 else ''}"
        fixable = sum(f.fixable for f in self.sites)
        if fixable:
            them = "it" if count == 1 else "them" if fixable == count else f"{fixable} of them"
            text += f"; `impact fix` rewrites {them}"
        return text


@dataclass(frozen=True)
class Sections:
    causes: tuple[CauseSection, ...]
    api: tuple[Finding, ...]  # IMP201 outside a cause section
    files: tuple[tuple[str, tuple[Finding, ...]], ...]  # the rest by file, tests last


def site_order(finding: Finding) -> tuple:
    return is_test_file(finding.file), finding.file, finding.line, finding.column, finding.code


def sections(findings: list[Finding]) -> Sections:
    by_cause: dict[Cause, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.cause is not None:
            by_cause[finding.cause].append(finding)
    causes = []
    for cause, grouped in by_cause.items():
        api = tuple(f for f in grouped if f.code == "IMP201")
        sites = tuple(sorted((f for f in grouped if f.code != "IMP201"), key=site_order))
        if len(sites) >= 2 or api and sites:
            causes.append(CauseSection(cause, api, sites))
    causes.sort(key=lambda s: (-s.errors, -len(s.sites), s.cause.module, s.cause.name or ""))
    in_sections = {id(f) for section in causes for f in section.api + section.sites}
    rest = [f for f in findings if id(f) not in in_sections]
    files: dict[str, list[Finding]] = defaultdict(list)
    for finding in sorted((f for f in rest if f.code != "IMP201"), key=site_order):
        files[finding.file].append(finding)
    return Sections(tuple(causes), tuple(f for f in rest if f.code == "IMP201"),
                    tuple((file, tuple(group)) for file, group in files.items()))
