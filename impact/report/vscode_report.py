"""`--format vscode`: one line per finding, `path:line:col: severity CODE message`, for the
problem matcher in `.vscode/tasks.json`. Names and messages are `printable`: a newline in a
file name cannot start a line of its own."""

from __future__ import annotations

from impact.diff import DiffResult
from impact.report.printable import printable


def render(result: DiffResult) -> str:
    return "".join(
        f"{printable(f.file)}:{f.line}:{f.column}: {f.severity} {f.code} {printable(f.message)}\n"
        for f in result.findings)
