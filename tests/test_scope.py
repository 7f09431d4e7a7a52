"""Checking only the files a change can affect gives the same findings as checking all.

`impact diff` checks the changed files and the files that depend on them (impact/scope.py);
`--full-scan` checks every file. Each case below runs both on a real repository and
compares the whole JSON output, and asserts the finding that proves the case was reached.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from conftest import commits, git, run_impact

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def both_ways(repo: Path, *revisions: str) -> dict:
    scoped = run_impact(repo, "diff", *revisions, "--format", "json")
    full = run_impact(repo, "--full-scan", "diff", *revisions, "--format", "json")
    assert scoped.exit_code in (0, 1), scoped.stderr
    assert scoped.exit_code == full.exit_code
    assert scoped.json == full.json
    return scoped.json


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()))
def test_every_pair_of_fixture_commits(fixture_repo, name):
    repo = fixture_repo(name)
    shas = list(commits(repo).values())
    reported = 0
    for base, head in combinations(shas, 2):
        reported += len(both_ways(repo, base, head)["findings"])
    assert reported > 0  # the comparison saw findings, not only clean diffs


def test_working_tree_against_head(fixture_repo):
    repo = fixture_repo("prisma-wrapper-export-removal")
    git(repo, "checkout", "-q", "HEAD~2")
    (repo / "src" / "lib" / "db.js").write_text("export const nothing = 1;\n")
    assert both_ways(repo, "HEAD")["findings"]


def codes_at(report: dict) -> set[tuple[str, str]]:
    return {(f["code"], f["file"]) for f in report["findings"]}


CASES = {
    "importer of a changed module": (
        {"a.js": "export const x = 1;\nexport const y = 2;\n",
         "b.js": "import { x } from './a.js';\nconsole.log(x);\n"},
        {"a.js": "export const y = 2;\n"},
        ("IMP101", "b.js")),
    "through an unchanged export * barrel": (
        {"lib/a.js": "export function x() {}\n", "lib/index.js": "export * from './a.js';\n",
         "app.js": "import { x } from './lib/index.js';\nx();\n"},
        {"lib/a.js": "export function z() {}\n"},
        ("IMP101", "app.js")),
    "a package __init__ that `import pkg.sub` runs": (
        {"pkg/__init__.py": "def helper():\n    return 1\n", "pkg/sub.py": "X = 1\n",
         "app.py": "import pkg.sub\n\nprint(pkg.sub.X, pkg.helper())\n"},
        {"pkg/__init__.py": ""},
        ("IMP103", "app.py")),
    "a new file that shadows an index file": (
        {"util/index.ts": "export const x = 1;\n",
         "app.ts": "import { x } from './util';\nconsole.log(x);\n"},
        {"util.ts": "export const other = 1;\n"},
        ("IMP101", "app.ts")),
    "a package.json entry point that changed": (
        {"lib/package.json": '{"main": "a.js"}\n', "lib/a.js": "export const x = 1;\n",
         "lib/b.js": "export const other = 1;\n",
         "app.js": "import { x } from './lib';\nconsole.log(x);\n"},
        {"lib/package.json": '{"main": "b.js"}\n'},
        ("IMP101", "app.js")),
    "a global of a script that another script uses": (
        {"globals.js": "function helper() { return 1; }\n",
         "main.js": "helper();\n"},
        {"globals.js": "function other() { return 1; }\n"},
        ("IMP105", "main.js")),
    "a star import of a changed module": (
        {"pkg/__init__.py": "", "pkg/names.py": "def helper():\n    pass\n",
         "pkg/use.py": "from pkg.names import *\n\nhelper()\n"},
        {"pkg/names.py": "def other():\n    pass\n"},
        ("IMP105", "pkg/use.py")),
}


@pytest.mark.parametrize("case", CASES)
def test_a_change_reaches_what_depends_on_it(repo_factory, case):
    base, change, expected = CASES[case]
    repo = repo_factory([base, change])
    assert expected in codes_at(both_ways(repo, "HEAD~1", "HEAD"))
