"""`--format vscode`: one line per finding, `path:line:col: severity CODE message`, for the
problem matcher in `.vscode/tasks.json`. Every line points into head (a finding located in
base is placed by `head_place`); paths are shown as the caller says (relative to the current
directory by default). Names and messages are `printable`: a newline in a file name cannot
start a line of its own."""

from __future__ import annotations

from collections.abc import Callable

from impact.diff import DiffResult
from impact.report import head_place
from impact.report.printable import printable


def render(result: DiffResult, shown_path: Callable[[str], str] = str) -> str:
    lines = []
    for finding in result.findings:
        place = head_place(result, finding)
        note = f" {place.note}" if place.note else ""
        lines.append(f"{printable(shown_path(place.file))}:{place.line}:{place.column}: "
                     f"{finding.severity} {finding.code} {printable(finding.message)}{printable(note)}")
    return "".join(line + "\n" for line in lines)
