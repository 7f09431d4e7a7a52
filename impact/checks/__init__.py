"""Checks: rules that run on one SymbolGraph and yield findings.

One module per rule family; each exposes `RULES` (its documented rules) and
`check(graph)`, or, for rules that compare two revisions, `check_change(base, head, ...)`.
The registry below is the catalogue of finding codes.
"""

from __future__ import annotations

from impact.checks import api, exports, imports, names, parse
from impact.checks.base import Rule
from impact.graph import SymbolGraph
from impact.model import Finding

FAMILIES = (imports, exports, names, parse)  # rules on one graph
RULES: dict[str, Rule] = {rule.code: rule for family in (*FAMILIES, api)
                          for rule in family.RULES}
check_change = api.check_change  # rules on base and head together


def run_checks(graph: SymbolGraph) -> list[Finding]:
    findings = [finding for family in FAMILIES for finding in family.check(graph)]
    findings.sort(key=lambda f: (f.file, f.line, f.column, f.code, f.symbol))
    return findings
