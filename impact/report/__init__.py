"""Reporters: one module per output format; they know only findings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from impact.report.printable import printable

if TYPE_CHECKING:
    from impact.diff import Analysis

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
