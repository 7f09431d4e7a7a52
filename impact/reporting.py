"""The report stage, after the diff and its causes: one `Report` (impact.report_model) that
every format renders. What a report shows of each finding is computed here, once: its line
of code and context, its fingerprint, where the line-based formats place it in head; and the
grouping by cause (`sections`), the counts, the warnings and the planned fixes as data.

`sections` is the order a report tells its findings in. A cause that breaks several sites
(or a public symbol whose removal breaks at least one) is a section of its own, led by the
cause and its count: "`normalizePath` renamed to `normalizeFsPath` in `utils.ts` → 45 broken
sites; `impact fix` rewrites them", then the finding its rule says leads it (IMP201), then its
sites. Sections come by importance: most errors first, then most sites. What no such cause
explains follows: removed public symbols no site of which has a finding, then the other
findings by file, the files of tests last.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from impact import __version__
from impact.checks import RULES
from impact.dependents import is_test_file
from impact.facts import is_binary
from impact.model import Cause, Finding, Rule
from impact.report import FORMATS, render
from impact.report.printable import printable
from impact.report_model import (
    CauseSection,
    Display,
    Links,
    Place,
    PlannedFix,
    Report,
    ReportedFinding,
    Sections,
    SourceLine,
    Summary,
)

if TYPE_CHECKING:
    from impact.pipeline import Analysis, DiffResult

CONTEXT = 1  # lines shown before and after the broken line
SHOWN_LINE_WIDTH = 200


class FileEdits(Protocol):
    """What `impact fix` plans for a file (impact.fix.FileFix)."""

    path: str

    def unified_diff(self) -> str: ...


def build_report(result: DiffResult, display: Display,
                 fixes: Sequence[FileEdits] = ()) -> Report:
    """The report of `result`; `fixes`, the edits `impact fix` would make, as planned for the
    formats that show them."""
    findings = tuple(reported(result, finding) for finding in result.findings)
    return Report(
        base=result.base.snapshot.label,
        head=result.head.snapshot.label,
        findings=findings,
        sections=sections(findings),
        summary=summary(result),
        warnings=tuple(result.warnings),
        fixes=tuple(PlannedFix(fix.path, fix.unified_diff()) for fix in fixes),
        rules=tuple(RULES.values()),
        tool_version=__version__,
        display=display,
    )


def links_from_environment(url: str | None, sha: str | None) -> Links:
    """Links to `url` at `sha`; by default, the repository and commit a GitHub workflow runs on."""
    server, repository = os.environ.get("GITHUB_SERVER_URL"), os.environ.get("GITHUB_REPOSITORY")
    if url is None and server and repository:
        url = f"{server}/{repository}"
    return Links(url, sha or os.environ.get("GITHUB_SHA"))


def summary(result: DiffResult) -> Summary:
    findings = result.findings
    return Summary(errors=sum(f.severity == "error" for f in findings),
                   warnings=sum(f.severity == "warning" for f in findings),
                   files_scanned=result.files_scanned, suppressed=result.suppressed,
                   files=len({f.file for f in findings}), fixable=sum(f.fixable for f in findings))


def reported(result: DiffResult, finding: Finding) -> ReportedFinding:
    analysis = result.base if finding.revision == "base" else result.head
    return ReportedFinding(finding, RULES[finding.code], shown_lines(analysis, finding),
                           fingerprint(finding, analysis.line(finding.file, finding.line)),
                           head_place(result, finding))


def fingerprint(finding: Finding, line: str) -> str:
    """Code, file, symbol and the text of the line, as the diff matches findings."""
    return hashlib.sha256(
        f"{finding.code}\0{finding.file}\0{finding.symbol}\0{line.strip()}".encode()).hexdigest()


def shown_lines(analysis: Analysis, finding: Finding) -> tuple[SourceLine, ...]:
    """The finding's line and `CONTEXT` lines either side (past the end of the file too:
    with no text)."""
    return tuple(SourceLine(number, source_line(analysis, finding.file, number, finding.column))
                 for number in range(max(1, finding.line - CONTEXT), finding.line + CONTEXT + 1))


def source_line(analysis: Analysis, path: str, number: int, column: int) -> str:
    """Line `number` of `path` as a report shows it: clipped around `column`, without trailing
    space, every control character visible; nothing at all from a binary file."""
    data = analysis.sources.get(path, b"")
    if b"\0" in data and is_binary(data):
        return ""
    return printable(clip(analysis.line(path, number).rstrip(), column))


def clip(text: str, column: int, width: int = SHOWN_LINE_WIDTH) -> str:
    """A window of a source line around `column` (1-based): a minified bundle's one line can
    be megabytes long, and printing it once per finding would flood the report."""
    if len(text) <= width:
        return text
    start = min(max(0, column - 1 - width // 2), len(text) - width)
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")


def head_place(result: DiffResult, finding: Finding) -> Place:
    """A finding of head where it is; one located in base (IMP201, IMP403) at the new
    definition of what moved or was renamed, else at its first consumer, else at the top of
    its file if head still has that file; else where it was, said to be in base."""
    if finding.revision != "base":
        return Place(finding.file, finding.line, finding.column)
    where = f"{finding.file}:{finding.line} in base {result.base.snapshot.label}"
    cause = finding.cause
    if cause is not None and cause.new_module is not None and cause.new_line is not None:
        return Place(cause.new_module, cause.new_line, 1, f"[now here; was {where}]")
    if finding.consumers:
        first = finding.consumers[0]
        return Place(first.file, first.line, 1, f"[at its first consumer; defined at {where}]")
    if finding.file in result.head.snapshot.paths:
        return Place(finding.file, 1, 1, f"[gone from this file; was at {where}]")
    return Place(finding.file, finding.line, finding.column, f"[{where}: not in head]")


def site_order(item: ReportedFinding) -> tuple:
    finding = item.finding
    return is_test_file(finding.file), finding.file, finding.line, finding.column, finding.code


def sections(findings: Sequence[ReportedFinding]) -> Sections:
    """The findings in the order a report tells them: by cause, then public API, then file."""
    by_cause: dict[Cause, list[ReportedFinding]] = defaultdict(list)
    for item in findings:
        if item.finding.cause is not None:
            by_cause[item.finding.cause].append(item)
    causes = []
    for cause, grouped in by_cause.items():
        api = tuple(item for item in grouped if item.rule.leads_cause)
        sites = tuple(sorted((item for item in grouped if not item.rule.leads_cause), key=site_order))
        if len(sites) >= 2 or api and sites:
            causes.append(CauseSection(cause, api, sites))
    causes.sort(key=lambda s: (-s.errors, -len(s.sites), s.cause.module, s.cause.name or ""))
    in_sections = {id(item) for section in causes for item in section.api + section.sites}
    rest = [item for item in findings if id(item) not in in_sections]
    files: dict[str, list[ReportedFinding]] = defaultdict(list)
    for item in sorted((item for item in rest if not item.rule.leads_cause), key=site_order):
        files[item.finding.file].append(item)
    return Sections(tuple(causes), tuple(item for item in rest if item.rule.leads_cause),
                    tuple((file, tuple(group)) for file, group in files.items()))


# -- what the command line prints besides a report ------------------------------------

def plan_fixes(result: DiffResult):
    """`impact.fix` brings libcst, slow to import: loaded only when fixes are wanted."""
    from impact.fix import plan_fixes as plan

    return plan(result)


def rendered(format_name: str, result: DiffResult, display: Display) -> str:
    """`result` in a format of the registry (impact.report), as a report value of it; the
    edits of `impact fix` planned only for a format that shows them."""
    fixes = plan_fixes(result) if FORMATS[format_name].shows_fixes else ()
    return render(format_name, build_report(result, display, fixes))


def folded_warnings(warnings: list[str], verbose: bool) -> list[str]:
    """Every warning with -v; otherwise one line, or a summary line for several."""
    if verbose or len(warnings) <= 1:
        return [f"impact: warning: {printable(warning)}" for warning in warnings]
    return [f"impact: warning: {printable(warnings[0])}",
            (f"impact: warning: ... and {len(warnings) - 1} more warning(s) of what impact could "
             f"not resolve or read (the result may be incomplete there); -v lists them")]


def code_statistics(result: DiffResult) -> str:
    """ruff's --statistics: one line per code, most frequent first."""
    counts = Counter(f.code for f in result.findings)
    lines = [f"{count:>5}  {code}  {RULES[code].name if code in RULES else ''}".rstrip()
             for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return "".join(line + "\n" for line in lines)


def what_next(result: DiffResult) -> str:
    """What to do about a commit the pre-commit hook blocks."""
    fixable = len(plan_fixes(result))
    steps = [f"`impact fix` rewrites the imports of moved or renamed symbols ({fixable} file(s))"
             ] if fixable else []
    steps += [("fix the reported lines, or silence one with `# impact: ignore[CODE]` (Python) / "
               "`// impact-ignore-next-line` (JS/TS)"),
              "`git commit --no-verify` skips the check"]
    return "impact: the commit is blocked; what to do next: " + "; ".join(steps)


RULES_TABLE_HEADER = "| code | rule | what it means |\n| --- | --- | --- |\n"


def rules_table() -> str:
    """The README's table of finding codes, generated from the rules."""
    return RULES_TABLE_HEADER + "".join(rule.table_row() + "\n"
                                        for rule in sorted(RULES.values(), key=lambda r: r.code))


def rules_named(wanted: str | None) -> list[Rule]:
    """The rules, by code; those whose code or name is `wanted` when it is given."""
    rules = sorted(RULES.values(), key=lambda r: r.code)
    if wanted is None:
        return rules
    wanted = wanted.strip().lower()
    return [r for r in rules if wanted in (r.code.lower(), r.name)]


def rules_document(rules: list[Rule], output_format: str, explained: bool) -> str:
    """`impact rules` in a format: json, a markdown table, or text (each rule explained in
    full when `explained`, else one line each)."""
    if output_format == "json":
        return json.dumps([rule_document(r) for r in rules], indent=2) + "\n"
    if output_format == "markdown":
        return RULES_TABLE_HEADER + "".join(r.table_row() + "\n" for r in rules)
    if explained:
        return "\n".join(r.explain() for r in rules).rstrip("\n") + "\n"
    width = max(len(r.name) for r in rules)
    return "".join(f"{r.code}  {r.name:<{width}}  {r.severity:<7}  {r.summary}\n" for r in rules)


def rule_document(rule: Rule) -> dict:
    return {"code": rule.code, "name": rule.name, "severity": rule.severity,
            "summary": rule.summary, "why": rule.why, "example": rule.example,
            "use_instead": rule.use_instead, "references": list(rule.references)}
