"""`impact fix`: imports (and Python `module.attr` uses) of moved or renamed symbols are
pointed at their new place; the fixture's own tests pass afterwards."""

from __future__ import annotations

import subprocess
import sys

import pytest
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
                                 "tests"], cwd=repo, capture_output=True, text=True, check=False)
    assert pytest_run.returncode == 0, pytest_run.stdout
    node_run = subprocess.run(["node", "--test", "web/"], cwd=repo, capture_output=True, text=True,
                              check=False)
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


# -- JavaScript/TypeScript: the fix follows the file's style ---------------------------------

MONEY = ("export function formatPrice(cents) {\n  return String(cents / 100)\n}\n\n"
         "export function clamp(value, low, high) {\n  return Math.max(low, Math.min(value, high))\n}\n\n"
         "export function round(x) {\n  return Math.round(x)\n}\n")
FORMAT = "export function pad(s) {\n  return s.padStart(8)\n}\n"
MOVED = {  # formatPrice moves from money.js to format.js
    "src/money.js": MONEY.split("\n\n", 1)[1],
    "src/format.js": FORMAT + "\n" + MONEY.split("\n\n", 1)[0] + "\n",
}
USE = "\nexport const total = (n) => formatPrice(clamp(round(n), 1, 9))\n"


def js_fixed(repo_factory, files: dict[str, str], moved: dict[str, str] = MOVED) -> dict[str, str]:
    """The files after `impact fix` of the move, given as they were before it."""
    repo = repo_factory([{"src/money.js": MONEY, "src/format.js": FORMAT, **files}])
    for path, content in moved.items():
        (repo / path).write_text(content)
    result = run_impact(repo, "fix")
    assert result.exit_code == 0, result.stdout + result.stderr
    return {path: (repo / path).read_bytes().decode() for path in files}


@pytest.mark.parametrize("statement, added", [
    ("import { clamp, round, formatPrice } from './money.js'\nconst x = 1\n",
     "import { formatPrice } from './format.js'\n"),
    ("import { clamp, round, formatPrice } from './money.js';\nconst x = 1;\n",
     "import { formatPrice } from './format.js';\n"),
])
def test_a_new_import_ends_with_a_semicolon_only_if_the_files_imports_do(repo_factory, statement,
                                                                        added):
    fixed = js_fixed(repo_factory, {"src/cart.js": statement + USE})["src/cart.js"]
    kept = statement.replace(", formatPrice", "").split("\n")[0]
    assert fixed == kept + "\n" + added + statement.split("\n", 1)[1] + USE


@pytest.mark.parametrize("statements, semicolon", [("const a = 1\nconst b = 2\n", ""),
                                                   ("const a = 1;\nconst b = 2;\n", ";")])
def test_a_tie_among_the_imports_is_decided_by_the_other_statements(repo_factory, statements,
                                                                    semicolon):
    cart = ("import { pad } from './pad.js';\nimport { clamp, round, formatPrice } from './money.js'\n"
            + statements + USE)
    fixed = js_fixed(repo_factory, {"src/cart.ts": cart}, {**MOVED, "src/pad.js": FORMAT})
    assert f"import {{ formatPrice }} from './format.js'{semicolon}\nconst a" in fixed["src/cart.ts"]


@pytest.mark.parametrize("imports, quote", [
    ("import { clamp, round, formatPrice } from './money.js';\n", "'"),
    ('import { clamp, round, formatPrice } from "./money.js";\n', '"'),
    # the file's quotes, not those of the one import that loses a name
    (("import { pad } from './pad.js';\nimport { x } from './x.js';\n"
      'import { clamp, round, formatPrice } from "./money.js";\n'), "'"),
    (('import { pad } from "./pad.js";\nimport { x } from "./x.js";\n'
      "import { clamp, round, formatPrice } from './money.js';\n"), '"'),
])
def test_a_new_import_uses_the_files_quotes(repo_factory, imports, quote):
    moved = {**MOVED, "src/pad.js": FORMAT, "src/x.js": "export const x = 1\n"}
    fixed = js_fixed(repo_factory, {"src/cart.js": imports + USE}, moved)["src/cart.js"]
    assert f"\nimport {{ formatPrice }} from {quote}./format.js{quote};\n" in fixed


def test_a_new_import_follows_the_files_brace_spacing(repo_factory):
    cart = "import {pad} from './pad.js'\nimport {clamp, round, formatPrice} from './money.js'\n" + USE
    fixed = js_fixed(repo_factory, {"src/cart.js": cart},
                     moved={**MOVED, "src/pad.js": FORMAT})["src/cart.js"]
    assert fixed.startswith("import {pad} from './pad.js'\nimport {clamp, round} from './money.js'\n"
                            "import {formatPrice} from './format.js'\n")


@pytest.mark.parametrize("before, after", [
    # the last name of a list written one a line, with a trailing comma
    ("import {\n  clamp,\n  round,\n  formatPrice,\n} from './money.js'\n",
     "import {\n  clamp,\n  round,\n} from './money.js'\n"),
    # ... without one
    ("import {\n  clamp,\n  round,\n  formatPrice\n} from './money.js'\n",
     "import {\n  clamp,\n  round,\n} from './money.js'\n"),
    # the first and a middle name
    ("import {\n  formatPrice,\n  clamp,\n  round,\n} from './money.js'\n",
     "import {\n  clamp,\n  round,\n} from './money.js'\n"),
    ("import {\n  clamp,\n  formatPrice,\n  round,\n} from './money.js'\n",
     "import {\n  clamp,\n  round,\n} from './money.js'\n"),
    # a list on one line stays on one line
    ("import { clamp, formatPrice, round } from './money.js'\n",
     "import { clamp, round } from './money.js'\n"),
    # CRLF line ends
    ("import {\r\n  clamp,\r\n  formatPrice,\r\n  round,\r\n} from './money.js'\r\n",
     "import {\r\n  clamp,\r\n  round,\r\n} from './money.js'\r\n"),
])
def test_a_name_leaves_an_import_list_without_a_blank_line(repo_factory, before, after):
    newline = "\r\n" if "\r\n" in before else "\n"
    fixed = js_fixed(repo_factory, {"src/cart.js": before + USE})["src/cart.js"]
    assert fixed == after + f"import {{ formatPrice }} from './format.js'{newline}" + USE
    assert "\n\n\n" not in fixed and "  \n" not in fixed


@pytest.mark.parametrize("existing, merged", [
    ("import { pad } from './format.js'\n", "import { pad, formatPrice } from './format.js'\n"),
    ("import { pad } from './format'\n", "import { pad, formatPrice } from './format'\n"),
    ("import {\n  pad,\n} from './format.js'\n", "import {\n  pad,\n  formatPrice,\n} from './format.js'\n"),
    ("import {\n  pad\n} from './format.js'\n", "import {\n  pad,\n  formatPrice\n} from './format.js'\n"),
])
def test_a_name_joins_the_files_import_of_its_new_module(repo_factory, existing, merged):
    cart = existing + "import { clamp, round, formatPrice } from './money.js'\n" + USE
    fixed = js_fixed(repo_factory, {"src/cart.js": cart})["src/cart.js"]
    assert fixed == merged + "import { clamp, round } from './money.js'\n" + USE


def test_an_import_left_empty_by_a_merge_is_removed_with_its_line(repo_factory):
    cart = "import { pad } from './format.js'\nimport { formatPrice } from './money.js'\n" + USE
    fixed = js_fixed(repo_factory, {"src/cart.js": cart})["src/cart.js"]
    assert fixed == "import { pad, formatPrice } from './format.js'\n" + USE


@pytest.mark.parametrize("existing", [
    "import * as format from './format.js'\n",  # a namespace import has no list to join
    "import type { Pad } from './format.js'\n",  # a value does not join a type-only import
])
def test_a_name_does_not_join_an_import_of_another_kind(repo_factory, existing):
    cart = existing + "import { clamp, round, formatPrice } from './money.js'\n" + USE
    fixed = js_fixed(repo_factory, {"src/cart.ts": cart})["src/cart.ts"]
    assert fixed == (existing + "import { clamp, round } from './money.js'\n"
                     "import { formatPrice } from './format.js'\n" + USE)


def test_names_moving_to_one_module_share_one_new_import(repo_factory):
    moved = {"src/money.js": MONEY.split("\n\n")[2],
             "src/format.js": FORMAT + "\n" + "\n\n".join(MONEY.split("\n\n")[:2])}
    cart = "import { formatPrice, clamp, round } from './money.js'\n" + USE
    fixed = js_fixed(repo_factory, {"src/cart.js": cart}, moved)["src/cart.js"]
    assert fixed == ("import { round } from './money.js'\n"
                     "import { formatPrice, clamp } from './format.js'\n" + USE)


def test_a_default_import_keeps_its_binding_when_its_list_moves(repo_factory):
    money = "export default 1\n" + MONEY
    moved = {**MOVED, "src/money.js": "export default 1\n" + MOVED["src/money.js"]}
    fixed = js_fixed(repo_factory, {"src/money.js": money, "src/cart.js":
                                    "import one, { formatPrice } from './money.js'\n" + USE},
                     moved)["src/cart.js"]
    assert fixed.startswith("import one from './money.js'\nimport { formatPrice } from './format.js'\n")


def test_the_fixed_javascript_without_semicolons_runs(repo_factory, tmp_path):
    cart = ("import {\n  clamp,\n  round,\n  formatPrice,\n} from './money.js'\n"
            "import { pad } from './format.js'\n" + USE + "console.log(pad(total(5)))\n")
    repo = repo_factory([{"src/money.js": MONEY, "src/format.js": FORMAT, "src/cart.mjs": cart,
                          "package.json": '{"type": "module"}\n'}])
    for path, content in MOVED.items():
        (repo / path).write_text(content)
    assert run_impact(repo, "fix").exit_code == 0
    node_run = subprocess.run(["node", "src/cart.mjs"], cwd=repo, capture_output=True, text=True,
                              check=False)
    assert node_run.returncode == 0 and node_run.stdout.strip() == "0.05", node_run.stderr
    assert ";" not in (repo / "src/cart.mjs").read_text()


# -- impact fix --check --------------------------------------------------------------------


def test_check_prints_the_diff_exits_1_and_writes_nothing(fixture_repo):
    repo = fixture_repo("move-and-fix")
    git(repo, "reset", "-q", "--soft", "HEAD~1")  # the move is in the index, not committed
    result = run_impact(repo, "fix", "--check")
    assert result.exit_code == 1
    assert "+import { formatPrice } from './format.mjs';" in result.stdout
    assert "fixed " not in result.stdout
    assert git(repo, "diff", "--name-only") == ""


def test_check_exits_0_when_there_is_nothing_to_fix(fixture_repo):
    repo = fixture_repo("move-and-fix")
    git(repo, "reset", "-q", "--soft", "HEAD~1")
    assert run_impact(repo, "fix").exit_code == 0
    result = run_impact(repo, "fix", "--check")
    assert result.exit_code == 0 and "Nothing to fix" in result.stdout


def test_check_compares_revisions_without_a_working_tree(fixture_repo):
    repo = fixture_repo("move-and-fix")
    result = run_impact(repo, "fix", "HEAD~1", "HEAD", "--check")
    assert result.exit_code == 1 and "+from shop.money import format_price" in result.stdout
    assert run_impact(repo, "fix", "HEAD~1", "HEAD", "--dry-run").exit_code == 0


def test_type_only_imports_stay_type_only(repo_factory):
    cart = ("import type { formatPrice } from './money.js'\n"
            "import { type formatPrice as fp, clamp } from './money.js'\n\n"
            "export type F = typeof formatPrice | typeof fp\nexport const c = clamp\n")
    fixed = js_fixed(repo_factory, {"src/cart.ts": cart})["src/cart.ts"]
    assert fixed.startswith("import type { formatPrice } from './format.js'\n"
                            "import { clamp } from './money.js'\n"
                            "import { type formatPrice as fp } from './format.js'\n")
