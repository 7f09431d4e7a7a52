"""`impact fix`: imports (and Python `module.attr` uses) of moved or renamed symbols are
pointed at their new place; the fixture's own tests pass afterwards."""

from __future__ import annotations

import subprocess
import sys

from conftest import git, run_impact

EDITED = ["shop/cart.py", "shop/cli.py", "tests/test_cart.py", "web/cart.mjs", "web/cart.test.mjs"]


def test_dry_run_prints_a_diff_and_changes_nothing(fixture_repo):
    repo = fixture_repo("move-and-fix")
    result = run_impact(repo, "fix", "HEAD~1", "--dry-run")
    assert result.exit_code == 0
    assert "-from shop.util import clamp, format_price\n+from shop.util import clamp\n" \
           "+from shop.money import format_price\n" in result.stdout
    assert "+import { formatPrice } from './format.mjs';" in result.stdout
    assert "-    print(\"total\", cart.total(), \"unit\", util.format_price(450))" in result.stdout
    assert git(repo, "status", "--porcelain") == ""


def test_fix_then_diff_is_clean_and_the_projects_tests_pass(fixture_repo):
    repo = fixture_repo("move-and-fix")
    before = run_impact(repo, "diff", "HEAD~1", "--format", "json")
    assert before.exit_code == 1
    result = run_impact(repo, "fix", "HEAD~1")
    assert result.exit_code == 0
    assert sorted(git(repo, "diff", "--name-only").split()) == EDITED
    after = run_impact(repo, "diff", "HEAD~1", "--format", "json")
    assert after.exit_code == 0
    assert [(f["code"], f["severity"]) for f in after.findings] == [("IMP201", "warning")] * 2
    assert all("moved to" in f["message"] for f in after.findings)
    pytest_run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                 "tests"], cwd=repo, capture_output=True, text=True)
    assert pytest_run.returncode == 0, pytest_run.stdout
    node_run = subprocess.run(["node", "--test", "web/"], cwd=repo, capture_output=True, text=True)
    assert node_run.returncode == 0, node_run.stdout + node_run.stderr


def test_rename_keeps_the_old_local_name(repo_factory):
    base = {"pkg/__init__.py": "", "pkg/util.py": "def old(x):\n    return x * 2\n",
            "app.py": "from pkg.util import old\n\nprint(old(2))\n"}
    repo = repo_factory([base])
    (repo / "pkg" / "util.py").write_text("def new(x):\n    return x * 2\n")
    assert run_impact(repo, "fix").exit_code == 0
    assert (repo / "app.py").read_text() == "from pkg.util import new as old\n\nprint(old(2))\n"


def test_fix_refuses_to_write_unless_head_is_the_working_tree(fixture_repo):
    repo = fixture_repo("move-and-fix")
    result = run_impact(repo, "fix", "HEAD~1", "HEAD")
    assert result.exit_code == 2 and "working tree" in result.stderr
    assert git(repo, "status", "--porcelain") == ""


def test_nothing_to_fix(repo_factory):
    repo = repo_factory([{"a.py": "x = 1\n"}])
    result = run_impact(repo, "fix")
    assert result.exit_code == 0 and "Nothing to fix" in result.stdout
