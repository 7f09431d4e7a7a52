"""`--format markdown`: a report made for a pull-request comment.

A one-line verdict; then the causes (the report's sections): each change that breaks several
sites, with its count and its sites under it; a table of broken public symbols (and of the
findings their rule places at a public definition); collapsible details per file with the
broken lines (linked to the head commit when the report's display knows the repository URL
and sha), tests last; the edits `impact fix` would make, planned by the pipeline and given
as data, as `diff` blocks (an issue comment cannot carry suggestions GitHub applies: those
belong to review comments on lines of the diff); and a size cap below GitHub's comment limit
with a note saying what was cut.
"""

from __future__ import annotations

import html
import re

from impact.report.printable import printable
from impact.report_model import CauseSection, Links, PlannedFix, Report, ReportedFinding

MAX_CHARS = 60_000  # GitHub rejects comments over 65,536 characters
MARKER = "<!-- impact-report -->"
UNSAFE = re.compile(r"([\\`*_\[\]|<>~&])")
# @user, @org/team, #123: GitHub links them after rendering, whatever the escaping; a
# zero-width space after the sign is what stops it.
REFERENCE = re.compile(r"([#@])(?=\w)")
# Between inline HTML tags, Markdown still reads backticks, emphasis, escapes and links,
# and a table splits at `|`: as entities they are plain characters.
HTML_ENTITIES = {"`": "&#96;", "*": "&#42;", "_": "&#95;", "\\": "&#92;", "~": "&#126;",
                 "[": "&#91;", "]": "&#93;", "|": "&#124;"}


def escape(value: str) -> str:
    """Text that Markdown shows as it is, on one line: no HTML, links, emphasis, table cell
    breaks, @mentions or #references."""
    return UNSAFE.sub(r"\\\1", unreferenced(printable(value)))


def html_text(value: str) -> str:
    """Text for inside HTML tags, on one line: escaped, and no @mention, #reference, link,
    code span, emphasis or table cell break."""
    text = html.escape(unreferenced(printable(value)))
    for char, entity in HTML_ENTITIES.items():
        text = text.replace(char, entity)
    return text


def unreferenced(text: str) -> str:
    return REFERENCE.sub("\\1\u200b", text)


def message(text: str, in_table: bool = False) -> str:
    """A finding's message: its `quoted` parts as code, the rest escaped."""
    parts = text.split("`")
    if len(parts) % 2 == 0:  # unbalanced: treat it all as text
        return escape(text)
    as_code = table_code if in_table else code
    return "".join(as_code(part) if i % 2 else escape(part) for i, part in enumerate(parts))


def code(value: str) -> str:
    """Inline code that cannot be broken out of: fenced by more backticks than any run inside."""
    value = printable(value)
    if not value:
        return ""  # a lone pair of backticks would open a code span instead
    fence = "`" * (longest_backtick_run(value) + 1)
    pad = " " if "`" in value else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def table_code(value: str) -> str:
    """Inline code inside a table cell. GitHub splits cells at a `|` even inside backticks,
    where a backslash before it would show: such a value becomes an HTML element."""
    return f"<code>{html_text(value)}</code>" if "|" in value else code(value)


def longest_backtick_run(text: str) -> int:
    return max((len(run) for run in re.findall("`+", text)), default=0)


def fenced(lines: list[str], info: str = "", indent: str = "") -> list[str]:
    """A fenced code block that no line inside can close: its fence is longer than any run
    of backticks in the lines."""
    fence = "`" * max(3, max((longest_backtick_run(line) for line in lines), default=0) + 1)
    return [f"{indent}{fence}{info}", *(f"{indent}{line}" for line in lines), f"{indent}{fence}"]


def render(report: Report) -> str:
    parts = [MARKER, _verdict(report)]
    grouped = report.sections
    links = report.display.links
    shown = [_cause_section(section, links) for section in grouped.causes]
    in_causes = {id(item) for section in grouped.causes for item in section.sites}
    api = [*grouped.api, *(item for item in report.findings if not item.rule.leads_cause
                            and item.rule.at_public_definition(item.finding)
                            and id(item) not in in_causes)]
    if api:
        shown.append(_api_table(api))
    shown += [_file_section(file, list(items), links) for file, items in grouped.files]
    shown += [_fix_diff(fix) for fix in report.fixes]
    return _capped(parts, shown)


def _verdict(report: Report) -> str:
    span = f"{code(report.base)} → {code(report.head)}"
    counts = report.summary
    if not report.findings:
        return f"### ✅ impact: this change breaks nothing impact can see ({span}, " \
               f"{counts.files_scanned} files)"
    icon = "❌" if counts.errors else "⚠️"
    return (f"### {icon} impact: {counts.errors} error(s), {counts.warnings} warning(s) "
            f"introduced by this change ({span})")


def _api_table(items: list[ReportedFinding]) -> str:
    rows = ["| symbol | what changed | consumers |", "| --- | --- | --- |"]
    for item in items:
        finding = item.finding
        rows.append(f"| {table_code(finding.symbol)} in {table_code(finding.file)} | "
                    f"{message(finding.message, in_table=True)} | {len(finding.consumers)} |")
    return "**Public API**\n\n" + "\n".join(rows)


def _cause_section(section: CauseSection, links: Links) -> str:
    """The cause and its count, the finding that leads it, and the sites it breaks (collapsed)."""
    icon = "❌" if section.errors else "⚠️"
    lines = [f"#### {icon} {message(section.headline())}", ""]
    for item in section.api:
        finding = item.finding
        lines += [f"**{finding.code}** {escape(finding.rule)}: {message(finding.message)}", ""]
    count = len(section.sites)
    lines += [f"<details><summary>{count} broken site{'s' if count != 1 else ''}</summary>", ""]
    for item in section.sites:
        lines += _site(item, links, with_file=True)
    lines += ["", "</details>"]
    return "\n".join(lines)


def _file_section(file: str, items: list[ReportedFinding], links: Links) -> str:
    lines = [f"<details><summary><code>{html_text(file)}</code> ({len(items)})</summary>", ""]
    for item in items:
        lines += _site(item, links, with_file=False)
    lines += ["", "</details>"]
    return "\n".join(lines)


def _site(item: ReportedFinding, links: Links, with_file: bool) -> list[str]:
    """One finding as a list item, with its line of code."""
    finding = item.finding
    where = f"line {finding.line}"
    link = links.to(finding.file, finding.line) if finding.revision == "head" else None
    if link:
        where = f"[{where}]({link})"
    if with_file:
        where = f"{code(finding.file)} {where}"
    lines = [f"- **{finding.code}** {escape(finding.rule)}, {where}: {message(finding.message)}"]
    if item.line_text:
        lines += ["", *fenced([item.line_text], indent="  ")]
    return lines


def _fix_diff(fix: PlannedFix) -> str:
    """The edits of `impact fix` for one file, as a `diff` block: shown, not applied (control
    characters visible as escapes)."""
    lines = [printable(line) for line in fix.diff.splitlines()]
    return "\n".join([f"<details><summary>impact fix: <code>{html_text(fix.path)}</code></summary>",
                      "", *fenced(lines, "diff"), "", "</details>"])


def _capped(parts: list[str], sections: list[str]) -> str:
    text = "\n\n".join(parts)
    shown = 0
    for section in sections:
        if len(text) + len(section) + 200 > MAX_CHARS:
            break
        text += "\n\n" + section
        shown += 1
    if shown < len(sections):
        text += (f"\n\n_{len(sections) - shown} more section(s) cut to stay under GitHub's comment "
                 f"size limit; run `impact diff` locally for the full report._")
    return text + "\n"
