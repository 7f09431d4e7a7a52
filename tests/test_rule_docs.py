"""Every rule is documented once, with the rule, and every place that shows it is generated
from there: `impact rules`, SARIF help, the README's table (this test fails when it drifts)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from impact.checks import RULES
from impact.reporting import rules_table

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_table_of_codes_is_generated_from_the_rules():
    readme = (ROOT / "README.md").read_text()
    assert rules_table() in readme, "regenerate it: impact rules --format markdown"


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_has_its_documentation(code):
    rule = RULES[code]
    assert re.fullmatch(r"IMP[1-9]\d\d", rule.code) and re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
    assert rule.severity in ("error", "warning")
    for part in ("summary", "why", "example", "short", "use_instead"):
        assert getattr(rule, part).strip(), f"{code} has no {part}"
    assert all(link.startswith("https://") for link in rule.references)
    explained = rule.explain()
    assert rule.why in explained and rule.use_instead in explained


IN_MEMORY = re.compile(r"\b(diff_keys|diff_result|diff_findings|selected_keys|diff_files)\(")


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_has_tests(code):
    """Some test names the rule, and some test that names it runs the pipeline on revisions
    in memory (tests/conftest.py: `diff_keys`, `diff_result`), where rule tests live."""
    tests = [path for path in (ROOT / "tests").glob("test_*.py") if path.name != Path(__file__).name]
    naming = [path for path in tests if code in path.read_text()]
    assert naming, f"no test names {code}"
    assert any(IN_MEMORY.search(path.read_text()) for path in naming), \
        f"no test of {code} runs on revisions in memory"
