"""The terminal report: grouped by file, the broken line with a little context, the origin,
and a one-line summary. Colour only on a terminal (rich decides)."""

from __future__ import annotations

from itertools import groupby

from rich.console import Console
from rich.markup import escape

from impact.diff import DiffResult
from impact.model import Finding
from impact.report import source_line
from impact.report.json_report import summary
from impact.report.printable import printable

STYLE = {"error": "bold red", "warning": "yellow"}
CONTEXT = 1  # lines shown before and after the broken line
CONSUMERS_SHOWN = 3


def shown(value: str) -> str:
    """A value from the analysed code (a name, a message, a revision) as rich prints it:
    control characters visible, no markup."""
    return escape(printable(value))


def render(result: DiffResult, console: Console) -> None:
    if not result.findings:
        console.print(f"[green]No findings[/]: {shown(result.base.snapshot.label)} → "
                      f"{shown(result.head.snapshot.label)} breaks nothing impact can see "
                      f"({result.files_scanned} files scanned{_suppressed(result)}).")
        return
    api = [f for f in result.findings if f.code == "IMP201"]
    if api:
        _render_public_api(api, console)
    sites = [f for f in result.findings if f.code != "IMP201"]
    for file, findings in groupby(sites, key=lambda f: f.file):
        console.print(f"[bold underline]{shown(file)}[/]")
        for finding in findings:
            _render_finding(result, finding, console)
        console.print()
    counts = summary(result)
    console.print(f"[bold]{counts['errors']} error(s), {counts['warnings']} warning(s)[/] in "
                  f"{len({f.file for f in result.findings})} file(s); {shown(result.base.snapshot.label)}"
                  f" → {shown(result.head.snapshot.label)}, {counts['files_scanned']} files scanned"
                  f"{_suppressed(result)}.")


def _suppressed(result: DiffResult) -> str:
    return f", {result.suppressed} suppressed by comments" if result.suppressed else ""


def _render_public_api(findings: list[Finding], console: Console) -> None:
    """Each removed public symbol: what changed, and who used it (count and first sites)."""
    console.print("[bold underline]Public API[/]")
    for finding in findings:
        style = STYLE.get(finding.severity, "")
        console.print(f"  [{style}]{finding.severity} {finding.code}[/] "
                      f"{shown(finding.file)}:{finding.line} [bold]{shown(finding.symbol)}[/]: "
                      f"{shown(finding.message)}")
        sites = ", ".join(f"{shown(c.file)}:{c.line}" for c in finding.consumers[:CONSUMERS_SHOWN])
        more = len(finding.consumers) - CONSUMERS_SHOWN
        if finding.consumers:
            console.print(f"      [dim]{len(finding.consumers)} consumer(s): {sites}"
                          f"{f', and {more} more' if more > 0 else ''}[/]")
    console.print()


def _render_finding(result: DiffResult, finding: Finding, console: Console) -> None:
    style = STYLE.get(finding.severity, "")
    console.print(f"  {finding.line}:{finding.column} [{style}]{finding.severity} "
                  f"{finding.code}[/] [dim]{finding.rule}[/] {shown(finding.message)}")
    analysis = result.base if finding.revision == "base" else result.head
    width = len(str(finding.line + CONTEXT))
    for number in range(max(1, finding.line - CONTEXT), finding.line + CONTEXT + 1):
        text = source_line(analysis, finding.file, number, finding.column)
        if not text and number != finding.line:
            continue
        marker = ">" if number == finding.line else " "
        console.print(f"    {marker} {number:>{width}} │ {escape(text)}",
                      style=None if number == finding.line else "dim", highlight=False)
    if finding.origin:
        console.print(f"      [dim]origin: {shown(finding.origin.file)}:{finding.origin.line}"
                      f" in {shown(result.base.snapshot.label)}[/]")
