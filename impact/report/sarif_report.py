"""`--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others).

Every rule carries its metadata (name, short and full description, help); every result a
relative URI and a `partialFingerprints` entry that survives line moves (code, file, symbol
and the text of the line, as the diff matches findings).
"""

from __future__ import annotations

import hashlib

from impact import __version__
from impact.checks import RULES
from impact.diff import DiffResult
from impact.model import Finding
from impact.report.printable import json_text

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning"}


def render(result: DiffResult) -> str:
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "impact",
                "version": __version__,
                "informationUri": "https://pypi.org/project/impact-diff/",
                "rules": [_rule(rule) for rule in RULES.values()],
            }},
            "originalUriBaseIds": {"SRCROOT": {"uri": "file:///"}},
            "results": [_result(result, finding) for finding in result.findings],
        }],
    }
    return json_text(document)


def _rule(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} {rule.why}"},
        "help": {"text": rule.explain()},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def _result(result: DiffResult, finding: Finding) -> dict:
    analysis = result.base if finding.revision == "base" else result.head
    line_text = analysis.line(finding.file, finding.line).strip()
    fingerprint = hashlib.sha256(
        f"{finding.code}\0{finding.file}\0{finding.symbol}\0{line_text}".encode()).hexdigest()
    data = {
        "ruleId": finding.code,
        "ruleIndex": list(RULES).index(finding.code),
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": finding.file, "uriBaseId": "SRCROOT"},
            "region": {"startLine": finding.line, "startColumn": finding.column},
        }}],
        "partialFingerprints": {"impactFinding/v1": fingerprint},
        "properties": {"symbol": finding.symbol, "revision": finding.revision},
    }
    if finding.origin:
        data["relatedLocations"] = [{"id": 1, "message": {"text": "origin in base"},
                                     "physicalLocation": {
                                         "artifactLocation": {"uri": finding.origin.file},
                                         "region": {"startLine": finding.origin.line}}}]
    return data
