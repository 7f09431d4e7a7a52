"""Reporters: one module per output format, each with one function `render(report) -> str`.

A reporter knows only the report (impact.report_model, built by impact.reporting) and
`printable`: no graph, no source file, no fix or git code, no rule code compared with
another (how a rule's findings are presented is said by the rule). `FORMATS` is the one
registry the command line picks from; a format's module is imported only when it renders.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from impact.report_model import Report


@dataclass(frozen=True)
class Format:
    module: str  # where its `render(report) -> str` is
    shows_fixes: bool = False  # shows the edits `impact fix` would make: planned only for it
    paths_from_cwd: bool = False  # may show paths relative to the current directory


FORMATS: dict[str, Format] = {
    "text": Format("impact.report.text_report", paths_from_cwd=True),
    "json": Format("impact.report.json_report"),
    "markdown": Format("impact.report.markdown_report", shows_fixes=True),
    "sarif": Format("impact.report.sarif_report"),
    "github": Format("impact.report.github_report"),
    "vscode": Format("impact.report.vscode_report", paths_from_cwd=True),
}


def render(format_name: str, report: Report) -> str:
    """`report` in the format named `format_name` (a key of `FORMATS`)."""
    return import_module(FORMATS[format_name].module).render(report)


def relative_to(directory: str) -> Callable[[str], str]:
    """How a report shows a repository path when run from `directory` (a path relative to the
    repository root, `/`-separated; "" or "." for the root itself)."""
    if directory in ("", "."):
        return lambda path: path
    return lambda path: posixpath.relpath(path, directory)
