"""`--format json`: the contract other tools read (see DESIGN.md). Fields are only added."""

from __future__ import annotations

from impact.model import Cause
from impact.report.printable import json_text
from impact.report_model import Report, ReportedFinding, Summary

VERSION = 1


def finding_dict(item: ReportedFinding) -> dict:
    finding = item.finding
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
    if finding.consumers or item.rule.leads_cause:  # its rule always lists them
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


def summary_dict(summary: Summary) -> dict:
    return {
        "errors": summary.errors,
        "warnings": summary.warnings,
        "files_scanned": summary.files_scanned,
        "suppressed": summary.suppressed,  # findings an inline comment suppressed (added in 0.1)
    }


def render(report: Report) -> str:
    document = {
        "version": VERSION,
        "base": report.base,
        "head": report.head,
        "findings": [finding_dict(item) for item in report.findings],
        "summary": summary_dict(report.summary),
    }
    return json_text(document)
