"""The terminal report, led by the causes (`sections`): each cause that breaks several sites
with its count and its sites under it, then the other findings by file (tests last), each
broken line with a little context, and a one-line summary.

Colour only on a terminal (rich decides). A line is wrapped only on a terminal, where what
follows the location (a message, a source line) keeps a hanging indent; anywhere else (a
pipe, a file, a CI log) every line is written whole. No line ends in spaces.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from impact.diff import DiffResult
from impact.model import Finding
from impact.report import source_line
from impact.report.json_report import summary
from impact.report.printable import printable
from impact.report.sections import CauseSection, sections

STYLE = {"error": "bold red", "warning": "yellow"}
CONTEXT = 1  # lines shown before and after the broken line
CONSUMERS_SHOWN = 3
NARROWEST = 20  # columns left for the text after a hanging indent, however deep


def shown(value: str) -> str:
    """A value from the analysed code (a name, a message, a revision) as rich prints it:
    control characters visible, no markup."""
    return escape(printable(value))


class Writer:
    """Lines on a console: `prefix` then `body`. On a terminal a line too long for the width
    wraps, its next lines indented by `hang` columns (default: two more than the prefix's own
    indent); elsewhere (soft wrap) nothing is wrapped."""

    def __init__(self, console: Console, shown_path: Callable[[str], str]):
        self.console = console
        self.path = lambda path: shown(shown_path(path))

    def line(self, prefix: str = "", body: str = "", style: str | None = None,
             hang: int | None = None) -> None:
        text = Text.assemble(Text.from_markup(prefix), Text.from_markup(body))
        if style:
            text.stylize(style)
        if self.console.soft_wrap:
            self._print(text)
            return
        if hang is None:
            hang = len(prefix) - len(prefix.lstrip(" ")) + 2
        hang = min(hang, max(0, self.console.width - NARROWEST))
        text.expand_tabs(self.console.tab_size)  # as wrapping would: offsets stay the text's
        first = (text.wrap(self.console, self.console.width) or [Text()])[0]
        self._print(first.copy())
        rest = text[len(first.plain):]  # wrapped again, narrower by the indent
        rest = rest[len(rest.plain) - len(rest.plain.lstrip(" ")):]
        for wrapped in rest.wrap(self.console, self.console.width - hang) if rest.plain else ():
            self._print(Text.assemble(" " * hang, wrapped))

    def _print(self, line: Text) -> None:
        line.rstrip()
        self.console.print(line, soft_wrap=True)


def render(result: DiffResult, console: Console, shown_path: Callable[[str], str] = str) -> None:
    out = Writer(console, shown_path)
    if not result.findings:
        out.line(body=f"[green]No findings[/]: {shown(result.base.snapshot.label)} → "
                      f"{shown(result.head.snapshot.label)} breaks nothing impact can see "
                      f"({result.files_scanned} files scanned{_suppressed(result)}).")
        return
    parts = sections(result.findings)
    for section in parts.causes:
        _render_cause(result, section, out)
    if parts.api:
        _render_public_api(result, parts.api, out)
    for file, findings in parts.files:
        out.line(f"[bold underline]{out.path(file)}[/]")
        for finding in findings:
            _render_finding(result, finding, out, indent="  ")
        out.line()
    _render_summary(result, out)


def _render_summary(result: DiffResult, out: Writer) -> None:
    counts = summary(result)
    fixable = sum(f.fixable for f in result.findings)
    fix = f" {fixable} fixable with `impact fix`." if fixable else ""
    out.line(body=f"[bold]{counts['errors']} error(s), {counts['warnings']} warning(s)[/] in "
                  f"{len({f.file for f in result.findings})} file(s); "
                  f"{shown(result.base.snapshot.label)} → {shown(result.head.snapshot.label)}, "
                  f"{counts['files_scanned']} files scanned{_suppressed(result)}.{escape(fix)}")


def _suppressed(result: DiffResult) -> str:
    return f", {result.suppressed} suppressed by comments" if result.suppressed else ""


def _render_cause(result: DiffResult, section: CauseSection, out: Writer) -> None:
    """The cause and its count, its IMP201, then the sites it breaks, file by file."""
    out.line(f"[{STYLE[section.severity]}]■[/] ", shown(section.headline()))
    for finding in section.api:
        _render_api_finding(result, finding, out, consumers=False)
    for file, findings in groupby(section.sites, key=lambda f: f.file):
        out.line(f"  [underline]{out.path(file)}[/]")
        for finding in findings:
            _render_finding(result, finding, out, indent="    ", origin=False)
    out.line()


def _render_public_api(result: DiffResult, findings: tuple[Finding, ...], out: Writer) -> None:
    """Each removed public symbol no site of which is listed: what changed, and who used it."""
    out.line("[bold underline]Public API[/]")
    for finding in findings:
        _render_api_finding(result, finding, out, consumers=True)
    out.line()


def _render_api_finding(result: DiffResult, finding: Finding, out: Writer, consumers: bool) -> None:
    style = STYLE.get(finding.severity, "")
    out.line(f"  [{style}]{finding.severity} {finding.code}[/] {out.path(finding.file)}:"
             f"{finding.line} (in {shown(result.base.snapshot.label)}) ", shown(finding.message))
    if consumers and finding.consumers:
        sites = ", ".join(f"{out.path(c.file)}:{c.line}" for c in finding.consumers[:CONSUMERS_SHOWN])
        more = len(finding.consumers) - CONSUMERS_SHOWN
        out.line("      ", f"[dim]{len(finding.consumers)} consumer(s): {sites}"
                           f"{f', and {more} more' if more > 0 else ''}[/]")


def _render_finding(result: DiffResult, finding: Finding, out: Writer, indent: str,
                    origin: bool = True) -> None:
    style = STYLE.get(finding.severity, "")
    fixable = " \\[*]" if finding.fixable else ""
    out.line(f"{indent}{finding.line}:{finding.column} [{style}]{finding.severity} "
             f"{finding.code}[/]{fixable} [dim]{finding.rule}[/] ", shown(finding.message))
    analysis = result.base if finding.revision == "base" else result.head
    width = len(str(finding.line + CONTEXT))
    for number in range(max(1, finding.line - CONTEXT), finding.line + CONTEXT + 1):
        text = source_line(analysis, finding.file, number, finding.column)
        if not text and number != finding.line:
            continue
        marker = ">" if number == finding.line else " "
        prefix = f"{indent}  {marker} {number:>{width}} │ "
        out.line(prefix, escape(text), style=None if number == finding.line else "dim",
                 hang=len(prefix))
    if origin and finding.origin:
        out.line(f"{indent}    ", f"[dim]origin: {out.path(finding.origin.file)}:"
                                  f"{finding.origin.line} in {shown(result.base.snapshot.label)}[/]")
