"""The terminal report, led by the causes (the report's sections): each cause that breaks
several sites with its count and its sites under it, then the other findings by file (tests
last), each broken line with a little context, and a one-line summary.

Colour only on a terminal (the report's display says whether it is one; rich decides the
colours). A line is wrapped only on a terminal, where what follows the location (a message,
a source line) keeps a hanging indent; anywhere else (a pipe, a file, a CI log) every line
is written whole. No line ends in spaces.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from itertools import groupby

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from impact.report import relative_to
from impact.report.printable import printable
from impact.report_model import CauseSection, Report, ReportedFinding

STYLE = {"error": "bold red", "warning": "yellow"}
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


def render(report: Report) -> str:
    """The report as written to a terminal (wrapped to its width, in colour if rich says so)
    or, when the display is no terminal, to anything else (whole lines)."""
    buffer = io.StringIO()
    terminal = report.display.terminal
    console = Console(file=buffer, highlight=False, soft_wrap=not terminal,
                      force_terminal=True if terminal else None)
    write(report, Writer(console, relative_to(report.display.path_base)))
    return buffer.getvalue()


def write(report: Report, out: Writer) -> None:
    if not report.findings:
        out.line(body=f"[green]No findings[/]: {shown(report.base)} → {shown(report.head)} "
                      f"breaks nothing impact can see ({report.summary.files_scanned} files "
                      f"scanned{_suppressed(report)}).")
        return
    parts = report.sections
    for section in parts.causes:
        _render_cause(report, section, out)
    if parts.api:
        _render_public_api(report, parts.api, out)
    for file, items in parts.files:
        out.line(f"[bold underline]{out.path(file)}[/]")
        for item in items:
            _render_finding(report, item, out, indent="  ")
        out.line()
    _render_summary(report, out)


def _render_summary(report: Report, out: Writer) -> None:
    counts = report.summary
    fix = f" {counts.fixable} fixable with `impact fix`." if counts.fixable else ""
    out.line(body=f"[bold]{counts.errors} error(s), {counts.warnings} warning(s)[/] in "
                  f"{counts.files} file(s); {shown(report.base)} → {shown(report.head)}, "
                  f"{counts.files_scanned} files scanned{_suppressed(report)}.{escape(fix)}")


def _suppressed(report: Report) -> str:
    suppressed = report.summary.suppressed
    return f", {suppressed} suppressed by comments" if suppressed else ""


def _render_cause(report: Report, section: CauseSection, out: Writer) -> None:
    """The cause and its count, the finding that leads it, then the sites it breaks, file by file."""
    out.line(f"[{STYLE[section.severity]}]■[/] ", shown(section.headline()))
    for item in section.api:
        _render_api_finding(report, item, out, consumers=False)
    for file, items in groupby(section.sites, key=lambda item: item.finding.file):
        out.line(f"  [underline]{out.path(file)}[/]")
        for item in items:
            _render_finding(report, item, out, indent="    ", origin=False)
    out.line()


def _render_public_api(report: Report, items: tuple[ReportedFinding, ...], out: Writer) -> None:
    """Each removed public symbol no site of which is listed: what changed, and who used it."""
    out.line("[bold underline]Public API[/]")
    for item in items:
        _render_api_finding(report, item, out, consumers=True)
    out.line()


def _render_api_finding(report: Report, item: ReportedFinding, out: Writer, consumers: bool) -> None:
    finding = item.finding
    style = STYLE.get(finding.severity, "")
    out.line(f"  [{style}]{finding.severity} {finding.code}[/] {out.path(finding.file)}:"
             f"{finding.line} (in {shown(report.base)}) ", shown(finding.message))
    if consumers and finding.consumers:
        sites = ", ".join(f"{out.path(c.file)}:{c.line}" for c in finding.consumers[:CONSUMERS_SHOWN])
        more = len(finding.consumers) - CONSUMERS_SHOWN
        out.line("      ", f"[dim]{len(finding.consumers)} consumer(s): {sites}"
                           f"{f', and {more} more' if more > 0 else ''}[/]")


def _render_finding(report: Report, item: ReportedFinding, out: Writer, indent: str,
                    origin: bool = True) -> None:
    finding = item.finding
    style = STYLE.get(finding.severity, "")
    fixable = " \\[*]" if finding.fixable else ""
    out.line(f"{indent}{finding.line}:{finding.column} [{style}]{finding.severity} "
             f"{finding.code}[/]{fixable} [dim]{finding.rule}[/] ", shown(finding.message))
    width = len(str(item.lines[-1].number))
    for line in item.lines:
        if not line.text and line.number != finding.line:
            continue
        marker = ">" if line.number == finding.line else " "
        prefix = f"{indent}  {marker} {line.number:>{width}} │ "
        out.line(prefix, escape(line.text), style=None if line.number == finding.line else "dim",
                 hang=len(prefix))
    if origin and finding.origin:
        out.line(f"{indent}    ", f"[dim]origin: {out.path(finding.origin.file)}:"
                                  f"{finding.origin.line} in {shown(report.base)}[/]")
