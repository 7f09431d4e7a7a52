"""`--format json`: the contract other tools read (see DESIGN.md). Fields are only added."""

from __future__ import annotations

from impact.diff import DiffResult
from impact.model import Cause, Finding
from impact.report.printable import json_text

VERSION = 1


def finding_dict(finding: Finding) -> dict:
    data = {
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity,
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "revision": finding.revision,
        "symbol": finding.symbol,
        "message": finding.message,
        "origin": {"file": finding.origin.file, "line": finding.origin.line}
        if finding.origin else None,
    }
    if finding.consumers or finding.code == "IMP201":
        data["consumers"] = [{"file": c.file, "line": c.line} for c in finding.consumers]
    if finding.cause is not None:  # added in 0.2
        data["cause"] = cause_dict(finding.cause)
    if finding.fixable:  # added in 0.2
        data["fixable"] = True
    return data


def cause_dict(cause: Cause) -> dict:
    return {"kind": cause.kind, "module": cause.module, "name": cause.name,
            "new_module": cause.new_module, "new_name": cause.new_name, "new_line": cause.new_line,
            "description": cause.describe()}


def summary(result: DiffResult) -> dict:
    return {
        "errors": sum(1 for f in result.findings if f.severity == "error"),
        "warnings": sum(1 for f in result.findings if f.severity == "warning"),
        "files_scanned": result.files_scanned,
        "suppressed": result.suppressed,  # findings an inline comment suppressed (added in 0.1)
    }


def render(result: DiffResult) -> str:
    document = {
        "version": VERSION,
        "base": result.base.snapshot.label,
        "head": result.head.snapshot.label,
        "findings": [finding_dict(f) for f in result.findings],
        "summary": summary(result),
    }
    return json_text(document)
