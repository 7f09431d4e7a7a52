"""Reporters: one module per output format; they know only findings."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from impact.report.printable import printable

if TYPE_CHECKING:
    from impact.diff import Analysis, DiffResult
    from impact.model import Finding

SHOWN_LINE_WIDTH = 200


def clip(text: str, column: int, width: int = SHOWN_LINE_WIDTH) -> str:
    """A window of a source line around `column` (1-based): a minified bundle's one line can
    be megabytes long, and printing it once per finding would flood the report."""
    if len(text) <= width:
        return text
    start = min(max(0, column - 1 - width // 2), len(text) - width)
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")


def source_line(analysis: Analysis, path: str, number: int, column: int) -> str:
    """Line `number` of `path` as a report shows it: clipped around `column`, without trailing
    space, every control character visible; nothing at all from a binary file."""
    if b"\0" in analysis.sources.get(path, b""):
        return ""
    return printable(clip(analysis.line(path, number).rstrip(), column))


def relative_to(directory: str) -> Callable[[str], str]:
    """How a report shows a repository path when run from `directory` (a path relative to the
    repository root, `/`-separated; "" or "." for the root itself)."""
    if directory in ("", "."):
        return lambda path: path
    return lambda path: posixpath.relpath(path, directory)


@dataclass(frozen=True)
class Place:
    """Where a line-based format (`vscode`, `github`) puts a finding: always in head."""

    file: str
    line: int
    column: int
    note: str = ""  # for a finding located in base: where it really is


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
