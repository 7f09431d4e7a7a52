"""What reporters are given: one `Report`, built once by the pipeline (impact.reporting) and
never changed after. Every format renders it (`render(report) -> str`, impact.report) and
knows nothing else: no graph, no source file, no rule code compared with another.

Each finding comes with what a report shows of it, computed once: its rule (how to present
it), its line of code with a line of context either side, its fingerprint, and where the
line-based formats place it in head. The causes' grouping, the counts, the warnings and the
edits `impact fix` would make are data too.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from impact.model import Cause, Finding, Rule


@dataclass(frozen=True)
class SourceLine:
    """A line of code as a report shows it: clipped around the finding's column (a minified
    bundle's one line can be megabytes long), without trailing space, every control
    character visible; "" for a line of a binary file."""

    number: int
    text: str


@dataclass(frozen=True)
class Place:
    """Where a line-based format (`vscode`, `github`) puts a finding: always in head."""

    file: str
    line: int
    column: int
    note: str = ""  # for a finding located in base: where it really is


@dataclass(frozen=True)
class ReportedFinding:
    finding: Finding
    rule: Rule  # what it is, and how reports present it
    # its line, with one line of context either side ("" where there is no text to show)
    lines: tuple[SourceLine, ...]
    # sha256 of code, file, symbol and the stripped text of its line: survives line moves,
    # as the diff matches findings (SARIF's partialFingerprints)
    fingerprint: str
    place: Place  # where the line-based formats put it

    @property
    def line_text(self) -> str:
        """The finding's own line as shown ("" when there is none to show)."""
        return next((line.text for line in self.lines if line.number == self.finding.line), "")


@dataclass(frozen=True)
class CauseSection:
    """A cause that breaks several sites (or a public symbol whose removal breaks at least
    one): the cause, the finding that leads it, and its sites."""

    cause: Cause
    api: tuple[ReportedFinding, ...]  # its IMP201, if the symbol was public
    sites: tuple[ReportedFinding, ...]  # the findings it causes, tests last

    @property
    def errors(self) -> int:
        return sum(item.finding.severity == "error" for item in self.api + self.sites)

    @property
    def severity(self) -> str:
        return "error" if self.errors else "warning"

    def headline(self) -> str:
        """The cause and its count, and what `impact fix` does about it (names `quoted`)."""
        count = len(self.sites)
        text = f"{self.cause.describe()} → {count} broken site{'s' if count != 1 else ''}"
        fixable = sum(item.finding.fixable for item in self.sites)
        if fixable:
            them = "it" if count == 1 else "them" if fixable == count else f"{fixable} of them"
            text += f"; `impact fix` rewrites {them}"
        return text


@dataclass(frozen=True)
class Sections:
    """The order a report tells its findings in (impact.causes.sections): the causes first,
    by importance; then the public symbols no cause section lists; then the rest by file,
    tests last."""

    causes: tuple[CauseSection, ...] = ()
    api: tuple[ReportedFinding, ...] = ()  # leading findings (IMP201) outside a cause section
    files: tuple[tuple[str, tuple[ReportedFinding, ...]], ...] = ()


@dataclass(frozen=True)
class Summary:
    errors: int = 0
    warnings: int = 0
    files_scanned: int = 0  # files of head
    suppressed: int = 0  # findings an inline comment suppressed
    files: int = 0  # files with a finding
    fixable: int = 0  # findings whose site `impact fix` rewrites


@dataclass(frozen=True)
class PlannedFix:
    """The edits `impact fix` would make to one file, as a unified diff (not applied)."""

    path: str
    diff: str


@dataclass(frozen=True)
class Links:
    """Where the head revision's files can be seen: `{url}/blob/{sha}/{path}#L{line}`."""

    url: str | None = None
    sha: str | None = None

    def to(self, path: str, line: int) -> str | None:
        if not (self.url and self.sha):
            return None
        return f"{self.url.rstrip('/')}/blob/{self.sha}/{quote(path)}#L{line}"


@dataclass(frozen=True)
class Display:
    """How the report will be seen, not what it says."""

    # paths are shown relative to this directory of the repository (`/`-separated; "" for
    # the root) by the formats that may (text, vscode); the others always use the root
    path_base: str = ""
    links: Links = Links()  # markdown: where to link the lines of head
    terminal: bool = False  # text: written to a terminal (colour, lines wrapped to its width)


@dataclass(frozen=True)
class Report:
    base: str  # the revisions, as labelled
    head: str
    findings: tuple[ReportedFinding, ...]  # by file, line, column, code, symbol
    sections: Sections
    summary: Summary
    warnings: tuple[str, ...] = ()  # what impact could not resolve or read, once each
    fixes: tuple[PlannedFix, ...] = ()  # planned only for the formats that show them
    rules: tuple[Rule, ...] = ()  # every rule, in the catalogue's order
    tool_version: str = ""
    display: Display = Display()
