"""`--format vscode`: one line per finding, `path:line:col: severity CODE message`, for the
problem matcher in `.vscode/tasks.json`."""

from __future__ import annotations

from impact.diff import DiffResult


def render(result: DiffResult) -> str:
    return "".join(
        f"{f.file}:{f.line}:{f.column}: {f.severity} {f.code} {f.message.replace(chr(10), ' ')}\n"
        for f in result.findings)
