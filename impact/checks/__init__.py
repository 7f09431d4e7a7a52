"""Checks: rules that run on one SymbolGraph and yield findings.

One module per rule family; each exposes `RULES` (its documented rules) and
`check(graph)`, or, for rules that compare two revisions, `check_change(base, head, ...)`.
The registry below is the catalogue of finding codes.
"""

from __future__ import annotations

from impact.checks import (
    api,
    calls,
    class_attributes,
    comments,
    exports,
    http,
    imports,
    migrations,
    names,
    parse,
)
from impact.checks.base import Rule
from impact.graph import SymbolGraph
from impact.model import Finding
from impact.public_api import public_symbols

FAMILIES = (imports, exports, names, parse)  # rules on one graph
CHANGE_FAMILIES = (api, calls, class_attributes, http, migrations)  # rules on base and head together
COMMENT_FAMILIES = (comments,)  # about suppression comments (applied by impact.suppression)
RULES: dict[str, Rule] = {rule.code: rule for family in (*FAMILIES, *CHANGE_FAMILIES, *COMMENT_FAMILIES)
                          for rule in family.RULES}


def run_checks(graph: SymbolGraph) -> list[Finding]:
    findings = [finding for family in FAMILIES for finding in family.check(graph)]
    findings.sort(key=lambda f: (f.file, f.line, f.column, f.code, f.symbol))
    return findings


def check_change(base: SymbolGraph, head: SymbolGraph, introduced: list[Finding]) -> list[Finding]:
    """Rules that compare base with head; `introduced` are the new single-graph findings."""
    public = public_symbols(base, _modules_a_change_can_reach(base, head))
    return api.check_change(base, head, introduced, public) + calls.check_change(base, head, public) \
        + class_attributes.check_change(base, head) + http.check_change(base, head) \
        + migrations.check_change(base, head)


def _modules_a_change_can_reach(base: SymbolGraph, head: SymbolGraph) -> set[str]:
    """Modules whose public API may differ: the changed ones, and every module of base that
    imports or re-exports one of them, directly or not. (Equal content gives the same facts
    object, so identity tells changed files apart.)"""
    changed = {path for path, facts in base.facts.items() if head.facts.get(path) is not facts}
    return {path for path in base.dependents(changed) if path in base.facts}
