"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

`::error file=...,line=...,col=...,title=IMP101::message`, with the escaping the runner
requires: `%`, CR and LF everywhere (so a line break in a name cannot end the annotation
and forge a workflow command of its own); also `:` and `,` in property values. The other
control characters are made `printable`: no escape sequence or bidi override reaches the log.
"""

from __future__ import annotations

from impact.report.printable import printable
from impact.report_model import Report

COMMANDS = {"error": "error", "warning": "warning"}


def escape_data(value: str) -> str:
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    """One annotation per finding, in head (a finding located in base at the place the
    report gives it), paths relative to the repository root as GitHub reads them."""
    lines = []
    for item in report.findings:
        finding, place = item.finding, item.place
        properties = ",".join([
            f"file={escape_property(place.file)}",
            f"line={place.line}",
            f"col={place.column}",
            f"title={escape_property(f'{finding.code} {finding.rule}')}",
        ])
        message = f"{finding.message} {place.note}" if place.note else finding.message
        lines.append(f"::{COMMANDS[finding.severity]} {properties}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)
