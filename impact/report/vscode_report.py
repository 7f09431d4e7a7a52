"""`--format vscode`: one line per finding, `path:line:col: severity CODE message`, for the
problem matcher in `.vscode/tasks.json`. Every line points into head (a finding located in
base at the place the report gives it); paths are shown as the report's display says
(relative to the current directory by default). Names and messages are `printable`: a
newline in a file name cannot start a line of its own."""

from __future__ import annotations

from impact.report import relative_to
from impact.report.printable import printable
from impact.report_model import Report


def render(report: Report) -> str:
    shown_path = relative_to(report.display.path_base)
    lines = []
    for item in report.findings:
        finding, place = item.finding, item.place
        note = f" {place.note}" if place.note else ""
        lines.append(f"{printable(shown_path(place.file))}:{place.line}:{place.column}: "
                     f"{finding.severity} {finding.code} {printable(finding.message)}{printable(note)}")
    return "".join(line + "\n" for line in lines)
