"""Lead with the cause: one change that breaks many sites is reported first, with its count
and its sites under it (tests last); a rename or move is named at every consumer, also where
the module is no public API, and `impact fix` rewrites what it names."""

from __future__ import annotations

from conftest import git, run_impact

# an application: top-level modules, no package, so nothing here is public API
APP = {
    "utils.py": "def normalize_path(p):\n    return p.strip('/')\n\n\n"
                "def main():\n    return normalize_path('/x')\n",
    **{f"service{i}.py": f"from utils import normalize_path\n\nVALUE{i} = normalize_path('a')\n"
       for i in range(4)},
    "tests/test_utils.py": "from utils import normalize_path\n\n\ndef test_it():\n"
                           "    assert normalize_path('/a') == 'a'\n",
    "other.py": "def helper():\n    return 1\n",
    "uses_other.py": "from other import helper\n",
}
RENAMED = {"utils.py": APP["utils.py"].replace("def normalize_path", "def normalize_fs_path")}
SITES = ["service0.py", "service1.py", "service2.py", "service3.py", "utils.py",
         "tests/test_utils.py"]


def test_a_rename_leads_the_text_report_with_its_count_and_sites_tests_last(repo_factory):
    repo = repo_factory([APP, {**RENAMED, "other.py": "x = 1\n"}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == ("■ `normalize_path` renamed to `normalize_fs_path` in `utils.py` → 6 broken "
                        "sites; `impact fix` rewrites them")
    section = lines[:lines.index("")]
    assert [line.strip() for line in section if line.endswith(".py")] == SITES  # tests last
    assert all("[*]" in line and "`normalize_path` was renamed to `normalize_fs_path` in `utils.py`"
               in line for line in section if " error IMP10" in line)
    rest = lines[lines.index("") + 1:]
    assert rest[0] == "uses_other.py"  # one site: no section of its own, after the causes
    assert rest[-1].startswith("7 error(s), 0 warning(s) in 7 file(s)") and \
        rest[-1].endswith("6 fixable with `impact fix`.")


def test_consumers_name_the_rename_and_fix_makes_the_application_clean(repo_factory):
    repo = repo_factory([APP, RENAMED])
    findings = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json").findings
    assert sorted(f["file"] for f in findings) == sorted(SITES)
    assert {f["code"] for f in findings} == {"IMP101", "IMP105"}  # no IMP201: not public
    for finding in findings:
        assert finding["message"].endswith(
            "; `normalize_path` was renamed to `normalize_fs_path` in `utils.py`")
        assert finding["fixable"] is True
        assert finding["cause"] == {"kind": "renamed", "module": "utils.py", "name": "normalize_path",
                                    "new_module": "utils.py", "new_name": "normalize_fs_path",
                                    "new_line": 1, "description": "`normalize_path` renamed to "
                                    "`normalize_fs_path` in `utils.py`"}
    fixed = run_impact(repo, "fix", "HEAD~1")
    assert fixed.exit_code == 0, fixed.stderr
    assert "    return normalize_fs_path('/x')\n" in (repo / "utils.py").read_text()
    assert (repo / "service0.py").read_text().startswith(
        "from utils import normalize_fs_path as normalize_path\n")
    after = run_impact(repo, "diff", "HEAD~1")
    assert after.exit_code == 0 and after.stdout.startswith("No findings"), after.stdout


JS_APP = {
    "package.json": '{"name": "app", "private": true, "main": "src/index.ts"}\n',
    "src/index.ts": "import { start } from './server';\nstart();\n",
    "src/server.ts": "import { normalizePath } from './utils';\n"
                     "export function start() {\n  return normalizePath('/');\n}\n",
    "src/utils.ts": "export function normalizePath(p: string) {\n  return p.trim();\n}\n"
                    "export const root = () => normalizePath('/');\n",
    "src/routes.ts": "import { normalizePath as np } from './utils';\nexport const r = np('x');\n",
    "src/utils.test.ts": "import { normalizePath } from './utils';\nnormalizePath('a');\n",
}


def test_a_typescript_rename_in_a_module_that_is_no_public_api(repo_factory):
    renamed = {"src/utils.ts": JS_APP["src/utils.ts"].replace("function normalizePath",
                                                              "function normalizeFsPath")}
    repo = repo_factory([JS_APP, renamed])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD")
    lines = result.stdout.splitlines()
    assert lines[0] == ("■ `normalizePath` renamed to `normalizeFsPath` in `src/utils.ts` → 4 broken "
                        "sites; `impact fix` rewrites them")
    assert [line.strip() for line in lines if line.endswith(".ts")] == [
        "src/routes.ts", "src/server.ts", "src/utils.ts", "src/utils.test.ts"]
    assert "IMP201" not in result.stdout
    assert run_impact(repo, "fix", "HEAD~1").exit_code == 0
    assert (repo / "src/routes.ts").read_text().startswith(
        "import { normalizeFsPath as np } from './utils';\n")
    assert "export const root = () => normalizeFsPath('/');" in (repo / "src/utils.ts").read_text()
    assert run_impact(repo, "diff", "HEAD~1").exit_code == 0


PKG = {"shop/__init__.py": "",
       "shop/util.py": "def clamp(x):\n    return x\n\n\ndef fmt(x):\n    return x\n\n\n"
                       "def gone(x):\n    return x\n",
       "shop/cart.py": "from shop.util import fmt\n", "shop/page.py": "from shop.util import fmt\n",
       "shop/view.py": "from shop.util import fmt\n",
       "shop/a.py": "from shop.util import gone\n", "shop/b.py": "from shop.util import gone\n",
       "tests/test_view.py": "from shop.util import fmt\n"}


def test_causes_by_importance_and_a_move_named_at_each_consumer(repo_factory):
    moved = {"shop/util.py": "def clamp(x):\n    return x\n", "shop/money.py": "def fmt(x):\n    return x\n"}
    repo = repo_factory([PKG, moved])
    lines = run_impact(repo, "diff", "HEAD~1", "HEAD").stdout.splitlines()
    headlines = [line for line in lines if line.startswith("■ ")]
    assert headlines == [
        ("■ `fmt` moved from `shop/util.py` to `shop/money.py` → 4 broken sites; `impact fix` "
         "rewrites them"),
        "■ `gone` removed from `shop/util.py` → 2 broken sites"]
    assert lines[1].startswith("  error IMP201 shop/util.py:5 (in HEAD~1) public function `fmt` "
                               "moved to `shop/money.py:fmt`")
    first = lines[:lines.index("")]
    assert [line.strip() for line in first if line.endswith(".py")] == [
        "shop/cart.py", "shop/page.py", "shop/view.py", "tests/test_view.py"]
    assert sum("; `fmt` moved to `shop/money.py`" in line for line in first) == 4


def test_a_deleted_or_moved_module_is_the_cause_of_its_missing_imports(repo_factory):
    base = {"lib/__init__.py": "", "lib/old.py": "def a():\n    return 1\n\n\ndef b():\n    return 2\n",
            "lib/legacy.py": "X = 1\n", **{f"m{i}.py": "import lib.old\nimport lib.legacy\n"
                                          for i in range(3)}}
    change = {"lib/old.py": None, "lib/new.py": base["lib/old.py"], "lib/legacy.py": None}
    repo = repo_factory([base, change])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD")
    headlines = [line for line in result.stdout.splitlines() if line.startswith("■ ")]
    assert headlines == ["■ `lib/legacy.py` deleted → 3 broken sites",
                         "■ `lib/old.py` moved to `lib/new.py` → 3 broken sites"]
    findings = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json").findings
    old = [f for f in findings if f["symbol"] == "lib.old"]
    assert len(old) == 3 and all(f["message"].endswith("; it moved to `lib/new.py`") for f in old)
    assert git(repo, "status", "--porcelain") == ""


def test_a_public_class_gone_with_a_changed_one_of_its_name_new_elsewhere_names_that_place(
        repo_factory):
    """Not the same code, so not a move impact can fix; but where it likely went is said."""
    base = {"shop/__init__.py": "", "shop/cache.py": "class ResponseCache:\n    size = 1\n",
            "shop/app.py": "from shop.cache import ResponseCache\n\nResponseCache()\n"}
    change = {"shop/cache.py": None,
              "shop/_internal/__init__.py": "",
              "shop/_internal/cache.py": "class ResponseCache:\n    size = 2\n    ttl = 3\n"}
    repo = repo_factory([base, change])
    findings = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json").findings
    [removed] = [f for f in findings if f["code"] == "IMP201"]
    assert removed["message"].startswith(
        "public class `ResponseCache` of `shop/cache.py` was removed; `shop/_internal/cache.py` "
        "defines a new class `ResponseCache`: if it is this one, changed, import it with "
        "`from shop._internal.cache import ResponseCache`")
    # two new classes of that name: no guess
    two = {**change, "shop/other.py": "class ResponseCache:\n    pass\n"}
    findings = run_impact(repo_factory([base, two]), "diff", "HEAD~1", "HEAD", "--format",
                          "json").findings
    [removed] = [f for f in findings if f["code"] == "IMP201"]
    assert "defines a new" not in removed["message"]
