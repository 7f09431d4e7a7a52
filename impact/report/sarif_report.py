"""`--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others).

Every rule carries its metadata (name, short and full description, help); every result a
relative URI and a `partialFingerprints` entry that survives line moves (code, file, symbol
and the text of the line, as the diff matches findings).
"""

from __future__ import annotations

from impact.model import Rule
from impact.report.printable import json_text
from impact.report_model import Report, ReportedFinding

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning"}


def render(report: Report) -> str:
    index = {rule.code: number for number, rule in enumerate(report.rules)}
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "impact",
                "version": report.tool_version,
                "informationUri": "https://pypi.org/project/impact-diff/",
                "rules": [_rule(rule) for rule in report.rules],
            }},
            "originalUriBaseIds": {"SRCROOT": {"uri": "file:///"}},
            "results": [_result(item, index[item.rule.code]) for item in report.findings],
        }],
    }
    return json_text(document)


def _rule(rule: Rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} {rule.why}"},
        "help": {"text": rule.explain()},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def _result(item: ReportedFinding, rule_index: int) -> dict:
    finding = item.finding
    data = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": finding.file, "uriBaseId": "SRCROOT"},
            "region": {"startLine": finding.line, "startColumn": finding.column},
        }}],
        "partialFingerprints": {"impactFinding/v1": item.fingerprint},
        "properties": {"symbol": finding.symbol, "revision": finding.revision},
    }
    if finding.origin:
        data["relatedLocations"] = [{"id": 1, "message": {"text": "origin in base"},
                                     "physicalLocation": {
                                         "artifactLocation": {"uri": finding.origin.file},
                                         "region": {"startLine": finding.origin.line}}}]
    return data
