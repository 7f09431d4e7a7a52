"""Checks: rules that run on one SymbolGraph and yield findings.

One module per rule family; each exposes `RULES` (its documented rules) and
`check(graph)`. The registry below is the catalogue of finding codes.
"""

from __future__ import annotations

from impact.checks import exports, imports, names, parse
from impact.checks.base import Rule
from impact.graph import SymbolGraph
from impact.model import Finding

FAMILIES = (imports, exports, names, parse)
RULES: dict[str, Rule] = {rule.code: rule for family in FAMILIES for rule in family.RULES}


def run_checks(graph: SymbolGraph) -> list[Finding]:
    findings = [finding for family in FAMILIES for finding in family.check(graph)]
    findings.sort(key=lambda f: (f.file, f.line, f.column, f.code, f.symbol))
    return findings
