"""Checks: rules that read a revision, or two, and yield findings.

One module per rule family; each exposes `RULES` (its documented rules) and one function,
`check(context)`: families on one revision read a `RuleContext`, families that compare two
revisions a `ChangeContext` (impact/checks/context.py). The registry below is the catalogue
of finding codes.
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
from impact.checks.context import ChangeContext, RuleContext
from impact.model import Finding

FAMILIES = (imports, exports, names, parse)  # rules on one revision
CHANGE_FAMILIES = (api, calls, class_attributes, http, migrations)  # rules on base and head together
COMMENT_FAMILIES = (comments,)  # about suppression comments (applied by impact.suppression)
RULES: dict[str, Rule] = {rule.code: rule for family in (*FAMILIES, *CHANGE_FAMILIES, *COMMENT_FAMILIES)
                          for rule in family.RULES}


def run_checks(context: RuleContext) -> list[Finding]:
    """The findings of the rules on one revision, in file order."""
    findings = [finding for family in FAMILIES for finding in family.check(context)]
    findings.sort(key=lambda f: (f.file, f.line, f.column, f.code, f.symbol))
    return findings


def check_change(context: ChangeContext) -> list[Finding]:
    """The findings of the rules that compare base with head."""
    return [finding for family in CHANGE_FAMILIES for finding in family.check(context)]
