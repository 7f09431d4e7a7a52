"""IMP201 removed-public-api: once per removed public symbol, at its old definition in base,
with every in-repo consumer; a move or rename is named."""

from __future__ import annotations

import json

import pytest
from conftest import diff_result, run_impact

PKG = {
    "pkg/__init__.py": "",
    "pkg/util.py": "def helper(x):\n    return x\n\n\ndef other(y, z=1):\n    return y + z\n",
}


def api_findings(base: dict, change: dict) -> list[dict]:
    result = diff_result(base, change)
    return [f for f in result.findings if f["code"] == "IMP201"]


def test_removed_function_with_consumers_is_an_error_at_its_old_definition():
    base = {**PKG, "app.py": "from pkg.util import other\nimport pkg.util\n\npkg.util.other(1)\n",
            "pkg/service.py": "from .util import other\n"}
    [finding] = api_findings(base, {"pkg/util.py": "def helper(x):\n    return x\n"})
    assert (finding["file"], finding["line"], finding["column"]) == ("pkg/util.py", 5, 5)
    assert finding["revision"] == "base" and finding["severity"] == "error"
    assert finding["consumers"] == [{"file": "app.py", "line": 1}, {"file": "app.py", "line": 4},
                                    {"file": "pkg/service.py", "line": 1}]
    assert "3 in-repo site(s) still use it" in finding["message"]


def test_removed_function_without_consumers_is_a_warning():
    [finding] = api_findings(PKG, {"pkg/util.py": "def helper(x):\n    return x\n"})
    assert finding["severity"] == "warning" and finding["consumers"] == []
    assert "code outside this repository may use it" in finding["message"]


def test_private_names_modules_and_tests_are_not_public_api():
    base = {**PKG, "pkg/util.py": PKG["pkg/util.py"] + "\n\ndef _private():\n    pass\n",
            "pkg/_internal.py": "def gone():\n    pass\n",
            "pkg/tests/__init__.py": "", "pkg/tests/test_util.py": "def test_x():\n    pass\n",
            "script.py": "def main():\n    pass\n",
            "app/__init__.py": "", "app/tests.py": "class TestIndexView:\n    pass\n"}
    change = {"pkg/util.py": PKG["pkg/util.py"], "pkg/_internal.py": "x = 1\n",
              "pkg/tests/test_util.py": "x = 1\n", "script.py": "x = 1\n",
              "app/tests.py": None}  # a Django app's test module (wagtail moved it into tests/)
    assert api_findings(base, change) == []


def test_example_packages_of_the_documentation_are_not_public_api():
    """A repository's top-level docs/ and examples/ hold example code, even as packages: not
    the project's API (a package of that name inside the project is)."""
    example = "from pkg.util import helper\n\n\ndef hello():\n    return helper(1)\n"
    base = {**PKG, **{f"{top}/__init__.py": "" for top in ("docs", "examples")},
            "docs/examples/__init__.py": "", "docs/examples/hello.py": example,
            "examples/hello.py": example,
            "pkg/examples/__init__.py": "", "pkg/examples/hello.py": example}
    change = {path: "x = 1\n" for path in ("docs/examples/hello.py", "examples/hello.py",
                                             "pkg/examples/hello.py")}
    assert [(f["code"], f["file"]) for f in api_findings(base, change)] == [
        ("IMP201", "pkg/examples/hello.py")]


@pytest.mark.parametrize("top", ["e2e", "e2e_playwright", "e2e-tests", "benchmarks"])
def test_end_to_end_and_benchmark_packages_at_the_top_are_not_public_api(top):
    """streamlit's `e2e_playwright/` scripts are a package (run by pytest-playwright), asv's
    `benchmarks/` too: nothing outside imports them (a package so named inside the project
    still is public)."""
    script = "from pkg.util import helper\n\nimage = helper(1)\n"
    base = {**PKG, f"{top}/__init__.py": "", f"{top}/label.py": script,
            f"pkg/{top}/__init__.py": "", f"pkg/{top}/label.py": script}
    change = {f"{top}/label.py": "x = 1\n", f"pkg/{top}/label.py": "x = 1\n"}
    assert [(f["code"], f["file"]) for f in api_findings(base, change)] == [
        ("IMP201", f"pkg/{top}/label.py")]


def test_modules_no_import_statement_can_name_are_not_public_api(repo_factory):
    """A module whose name is no identifier (Django's and alembic's migrations,
    `0004_auto_20160114_1844.py`; `build-docs.py`) cannot be imported by name: its framework or
    runner loads it by path, so removing it or changing its functions breaks no importer."""
    migration = ("def forwards(apps, schema_editor):\n    pass\n\n\n"
                 "class Migration:\n    operations = [forwards]\n")
    base = {**PKG, "pkg/migrations/__init__.py": "", "pkg/migrations/0004_auto.py": migration,
            "pkg/build-docs.py": "def main(argv):\n    pass\n"}
    change = {"pkg/migrations/0004_auto.py": None,
              "pkg/build-docs.py": "def main(argv, out):\n    pass\n",
              "pkg/util.py": "def helper(x):\n    return x\n"}
    repo = repo_factory([base, change])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [(f["code"], f["file"], f["symbol"]) for f in result.findings] == [
        ("IMP201", "pkg/util.py", "other")]


def test_all_decides_what_is_public():
    base = {**PKG, "pkg/util.py": "__all__ = ['helper']\n" + PKG["pkg/util.py"]}
    change = {"pkg/util.py": "__all__ = ['helper']\n\n\ndef helper(x):\n    return x\n"}
    assert api_findings(base, change) == []


def test_rename_in_place_is_named():
    change = {"pkg/util.py": "def helper(x):\n    return x\n\n\ndef combine(y, z=1):\n    return y + z\n"}
    [finding] = api_findings(PKG, change)
    assert finding["symbol"] == "other" and "renamed to `combine`" in finding["message"]


def test_move_to_another_module_is_named():
    change = {"pkg/util.py": "def helper(x):\n    return x\n",
              "pkg/maths.py": "def other(y, z=1):\n    return y + z\n"}
    [finding] = api_findings(PKG, change)
    assert "moved to `pkg/maths.py:other`" in finding["message"]


def test_package_reexport_removed_is_reported_at_the_reexport():
    base = {**PKG, "pkg/__init__.py": "from .util import helper\n\n__all__ = ['helper']\n",
            "app.py": "from pkg import helper\n"}
    change = {"pkg/__init__.py": "__all__ = []\n"}
    [finding] = api_findings(base, change)
    assert (finding["file"], finding["line"], finding["symbol"]) == ("pkg/util.py", 1, "helper")
    assert finding["consumers"] == [{"file": "app.py", "line": 1}]


def test_deleted_module_lists_importers_as_consumers():
    base = {**PKG, "app.py": "from pkg.util import helper\n"}
    findings = api_findings(base, {"pkg/util.py": None})
    assert [(f["symbol"], f["severity"]) for f in findings] == [("helper", "error"), ("other", "warning")]
    assert findings[0]["consumers"] == [{"file": "app.py", "line": 1}]


def test_javascript_without_package_json_every_export_is_public():
    base = {"src/lib.js": "export function a() {}\nexport const b = 1;\n",
            "src/app.js": "import { a } from './lib.js';\na();\n"}
    [finding] = api_findings(base, {"src/lib.js": "export const b = 1;\n"})
    assert (finding["file"], finding["line"], finding["symbol"]) == ("src/lib.js", 1, "a")
    assert finding["consumers"] == [{"file": "src/app.js", "line": 1}]


def test_javascript_package_entry_points_decide_what_is_public():
    manifest = json.dumps({"name": "lib", "exports": {".": {"import": "./src/index.js",
                                                            "require": "./dist/index.cjs"}}})
    base = {"package.json": manifest,
            "src/index.js": "export { format } from './format.js';\n",
            "src/format.js": "export function format(x) { return x; }\nexport function internal() {}\n",
            "src/use.js": "import { internal } from './format.js';\ninternal();\n"}
    change = {"src/format.js": "export function format2(x) { return x; }\n",
              "src/index.js": "export { format2 as format } from './format.js';\n"}
    assert api_findings(base, change) == []  # internal is not public; format kept
    change = {"src/format.js": "export function internal() {}\n"}
    [finding] = api_findings(base, change)  # the entry still re-exports it
    assert (finding["file"], finding["symbol"]) == ("src/format.js", "format")
    assert finding["consumers"] == [{"file": "src/index.js", "line": 1}]


def test_rule_is_documented():
    from conftest import CliRunner, app

    result = CliRunner().invoke(app, ["rules", "IMP201"])
    assert result.exit_code == 0 and "removed-public-api" in result.stdout


def test_terminal_report_leads_with_the_removed_public_symbol(repo_factory):
    base = {**PKG, "a.py": "from pkg.util import other\n", "b.py": "from pkg.util import other\n",
            "c.py": "import pkg.util\npkg.util.other(1)\n", "d.py": "from pkg.util import other\n"}
    repo = repo_factory([base, {"pkg/util.py": "def helper(x):\n    return x\n"}])
    lines = run_impact(repo, "diff", "HEAD~1", "HEAD").stdout.splitlines()
    assert lines[0] == "■ `other` removed from `pkg/util.py` → 4 broken sites"
    assert lines[1].startswith("  error IMP201 pkg/util.py:5 (in HEAD~1) public function `other`")
    assert [line.strip() for line in lines if line.endswith(".py")] == ["a.py", "b.py", "c.py", "d.py"]


def test_terminal_report_lists_public_symbols_no_site_uses(repo_factory):
    repo = repo_factory([PKG, {"pkg/util.py": "def helper(x):\n    return x\n"}])
    output = run_impact(repo, "diff", "HEAD~1", "HEAD").stdout
    assert output.startswith("Public API\n  warning IMP201 pkg/util.py:5 (in HEAD~1) public function")


CLASS = ("class Store:\n    def get(self, key):\n        return key\n\n"
         "    @classmethod\n    def open(cls, path):\n        return cls()\n\n"
         "    def _cache(self):\n        pass\n")


def test_removed_public_method_with_a_call_through_the_class():
    base = {"pkg/__init__.py": "", "pkg/store.py": CLASS,
            "app.py": "from pkg.store import Store\n\nStore.open('x')\n"}
    change = {"pkg/store.py": CLASS.replace("    @classmethod\n    def open(cls, path):\n"
                                            "        return cls()\n\n", "")}
    [finding] = api_findings(base, change)
    assert (finding["symbol"], finding["line"], finding["severity"]) == ("Store.open", 6, "error")
    assert finding["consumers"] == [{"file": "app.py", "line": 3}]


def test_removed_method_used_only_on_instances_warns_and_private_is_silent():
    base = {"pkg/__init__.py": "", "pkg/store.py": CLASS}
    change = {"pkg/store.py": CLASS.replace("    def get(self, key):\n        return key\n\n", "")
              .replace("    def _cache(self):\n        pass\n", "")}
    [finding] = api_findings(base, change)
    assert (finding["symbol"], finding["severity"]) == ("Store.get", "warning")


def test_removed_method_of_a_javascript_class():
    base = {"src/store.js": "export class Store {\n  get(key) { return key; }\n  put(k, v) {}\n}\n"}
    change = {"src/store.js": "export class Store {\n  put(k, v) {}\n}\n"}
    [finding] = api_findings(base, change)
    assert (finding["file"], finding["line"], finding["symbol"]) == ("src/store.js", 2, "Store.get")


def test_changed_public_method_signature_warns_at_the_method():
    base = {"pkg/__init__.py": "", "pkg/store.py": CLASS}
    findings = diff_result(base, {"pkg/store.py": CLASS.replace("def get(self, key)",
                                                                  "def get(self, key, default)")}).findings
    assert [(f["code"], f["symbol"], f["line"], f["severity"]) for f in findings] == [
        ("IMP202", "Store.get", 2, "warning")]
    assert "new required parameter `default`" in findings[0]["message"]


def test_default_export_became_named_and_back():
    base = {"src/a.js": "export default function parse(x) { return x; }\n",
            "src/b.js": "export function fmt(x) { return x; }\n",
            "src/app.js": "import parse from './a.js';\nimport { fmt } from './b.js';\n"}
    change = {"src/a.js": "export function parse(x) { return x; }\n",
              "src/b.js": "export default function fmt(x) { return x; }\n"}
    findings = {f["file"]: f for f in api_findings(base, change)}
    assert "is now the named export `parse`" in findings["src/a.js"]["message"]
    assert "`fmt` of `src/b.js` is now its default export" in findings["src/b.js"]["message"]
    assert findings["src/a.js"]["consumers"] == [{"file": "src/app.js", "line": 1}]


def test_named_export_renamed_under_a_default_export_of_its_old_name_is_not_an_export_style_change():
    """date-fns: `export function getHours` and `export default getHours`; the function renamed,
    the default export left naming the old name (now undefined, IMP104)."""
    base = {"src/b.js": "export function fmt(x) { return x; }\nexport default fmt;\n",
            "src/app.js": "import { fmt } from './b.js';\n"}
    change = {"src/b.js": "export function format(x) { return [x]; }\nexport default fmt;\n"}
    [finding] = [f for f in api_findings(base, change) if f["symbol"] == "fmt"]
    assert "is now its default export" not in finding["message"]
    assert finding["message"].startswith("public function `fmt` ")
    assert {(c["file"], c["line"]) for c in finding["consumers"]} == {("src/app.js", 1), ("src/b.js", 2)}


# -- cases the griffe comparison (benchmarks/griffe_agreement.py) found -------------------


def test_subscripted_annotations_bind_nothing():
    base = {"pkg/__init__.py": "", "pkg/api.py": "class Item:\n    pass\n\n\n"
                                                 "def handle(items: list[int]) -> None:\n    pass\n"}
    change = {"pkg/api.py": "def handle(items: list[Item]) -> None:\n    pass\n"}
    keys = sorted(diff_result(base, change).keys())
    assert keys == [("IMP105", "pkg/api.py", 1, "Item"), ("IMP201", "pkg/api.py", 1, "Item")]


def test_unchanged_property_with_setter_is_not_a_signature_change():
    cls = ("class Spec:\n    @property\n    def pre(self):\n        return self._p\n\n"
           "    @pre.setter\n    def pre(self, value):\n        self._p = value\n")
    base = {"pkg/__init__.py": "", "pkg/api.py": cls}
    assert diff_result(base, {"pkg/api.py": '"""Specs."""\n' + cls}).findings == []


def test_method_moved_into_a_base_class_is_not_removed():
    base = {"pkg/__init__.py": "",
            "pkg/types.py": "class IntType:\n    def convert(self, value):\n        return int(value)\n"}
    change = {"pkg/types.py": "class _NumberBase:\n    def convert(self, value):\n"
                              "        return int(value)\n\n\nclass IntType(_NumberBase):\n    pass\n"}
    assert api_findings(base, change) == []


def test_rebound_import_is_reported_where_it_is_rebound():
    base = {"pkg/__init__.py": "",
            "pkg/markers.py": "__all__ = ['parse']\nEXPR = 1\n\n\ndef parse():\n    pass\n",
            "pkg/requirements.py": "from .markers import EXPR\nEXPR = EXPR + 1\n"}
    [finding] = api_findings(base, {"pkg/requirements.py": "X = 1\n"})
    assert (finding["file"], finding["line"], finding["symbol"]) == ("pkg/requirements.py", 2, "EXPR")


def test_tool_impact_public_replaces_the_automatic_model():
    base = {**PKG, "pkg/api.py": "def entry():\n    pass\n",
            "web/internal.js": "export function x() {}\n",
            "pyproject.toml": "[tool.impact]\npublic = ['pkg/api.py', 'web/*.js']\n"}
    change = {"pkg/util.py": "x = 1\n", "pkg/api.py": "y = 1\n", "web/internal.js": "export const y = 1;\n"}
    found = sorted((f["file"], f["symbol"]) for f in api_findings(base, change))
    assert found == [("pkg/api.py", "entry"), ("web/internal.js", "x")]


def test_tool_impact_public_must_be_a_list_of_strings(repo_factory):
    repo = repo_factory([{"pyproject.toml": "[tool.impact]\npublic = 'pkg'\n"}, {"a.py": "x = 1\n"}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD")
    assert result.exit_code == 2 and "public must be a list of strings" in result.stderr


def test_calls_on_instances_of_a_known_class_are_consumers():
    base = {"pkg/__init__.py": "", "pkg/store.py": CLASS,
            "app.py": "from pkg.store import Store\n\n\ndef run():\n    store = Store()\n"
                      "    return store.get('k')\n",
            "src/store.js": "export class Box {\n  open() {}\n  close() {}\n}\n",
            "src/app.js": "import { Box } from './store.js';\nexport function go() {\n"
                          "  const box = new Box();\n  box.open();\n}\n"}
    change = {"pkg/store.py": CLASS.replace("    def get(self, key):\n        return key\n\n", ""),
              "src/store.js": "export class Box {\n  close() {}\n}\n"}
    findings = {f["symbol"]: f for f in api_findings(base, change)}
    assert findings["Store.get"]["consumers"] == [{"file": "app.py", "line": 6}]
    assert findings["Box.open"]["consumers"] == [{"file": "src/app.js", "line": 4}]
    assert findings["Store.get"]["severity"] == findings["Box.open"]["severity"] == "error"


def test_changed_method_breaks_calls_on_instances():
    base = {"pkg/__init__.py": "", "pkg/store.py": CLASS,
            "app.py": "from pkg.store import Store\n\nstore = Store()\nstore.get(key='k')\n"}
    renamed = CLASS.replace("def get(self, key):\n        return key", "def get(self, name):\n"
                            "        return name")
    findings = diff_result(base, {"pkg/store.py": renamed}).findings
    assert [(f["code"], f["file"], f["line"], f["symbol"]) for f in findings] == [
        ("IMP202", "app.py", 4, "Store.get")]
    assert "has no parameter `key`" in findings[0]["message"]


def test_javascript_rename_and_move_are_named():
    base = {"src/a.js": "export function parseDate(s) { return new Date(s); }\n"
                        "export function fmt(d) { return d.toISOString(); }\n"}
    change = {"src/a.js": "export function toDate(s) { return new Date(s); }\n",
              "src/b.js": "export function fmt(d) { return d.toISOString(); }\n"}
    findings = {f["symbol"]: f["message"] for f in api_findings(base, change)}
    assert "renamed to `toDate`" in findings["parseDate"]
    assert "moved to `src/b.js:fmt`" in findings["fmt"]


def test_javascript_unexported_helper_renamed_is_silent():
    base = {"src/a.js": "function helper(x) { return x; }\nexport const run = () => helper(1);\n"}
    change = {"src/a.js": "function assist(x) { return x; }\nexport const run = () => assist(1);\n"}
    assert diff_result(base, change).findings == []


def test_consumers_include_imports_through_a_star_reexport():
    base = {"pkg/__init__.py": "from pkg.misc import *\n",
            "pkg/misc.py": "__all__ = ['flatten', 'pairwise']\n\n\ndef flatten(x):\n    return x\n\n\n"
                           "def pairwise(x):\n    return x\n",
            "app.py": "from pkg import flatten, pairwise\n"}
    change = {"pkg/misc.py": "__all__ = ['flatten', 'pairwise']\n\n\ndef pairwise(x):\n    return x\n"}
    findings = diff_result(base, change).findings
    assert [(f["code"], f["file"], f["line"]) for f in findings] == [
        ("IMP104", "pkg/misc.py", 1), ("IMP201", "pkg/misc.py", 4)]  # the __all__ entry carries it
    assert findings[1]["consumers"] == [{"file": "app.py", "line": 1},
                                        {"file": "pkg/misc.py", "line": 1}]


SCHEMAS = {"pkg/__init__.py": "", "pkg/schemas/__init__.py": "from .coreapi import AutoSchema  # noqa\n",
           "pkg/schemas/coreapi.py": "class AutoSchema:\n    pass\n",
           "pkg/schemas/openapi.py": "class AutoSchema:\n    pass\n",
           "pkg/routers.py": "from pkg.schemas import AutoSchema\n\nschema = AutoSchema()\n",
           "pkg/views.py": "from pkg.schemas.coreapi import AutoSchema\n"}


def test_a_package_that_now_reexports_another_modules_definition_keeps_its_importers():
    """django-rest-framework dropped coreapi: `rest_framework.schemas` had re-exported
    `AutoSchema` from `.coreapi`, and now re-exports `.openapi`'s. An import through the
    package still gets a class; only the one from the deleted module is a consumer."""
    change = {"pkg/schemas/coreapi.py": None,
              "pkg/schemas/__init__.py": "from .openapi import AutoSchema  # noqa\n"}
    [finding] = api_findings(SCHEMAS, change)
    assert (finding["file"], finding["symbol"], finding["severity"]) == \
        ("pkg/schemas/coreapi.py", "AutoSchema", "error")
    assert finding["consumers"] == [{"file": "pkg/views.py", "line": 1}]
    without_direct = {**SCHEMAS, "pkg/views.py": ""}
    [finding] = api_findings(without_direct, change)
    assert (finding["severity"], finding["consumers"]) == ("warning", [])


def test_a_package_whose_reexport_now_dangles_still_counts_its_importers():
    removed = {"pkg/schemas/coreapi.py": "class Other:\n    pass\n"}
    [finding] = api_findings({**SCHEMAS, "pkg/views.py": ""}, removed)
    assert finding["consumers"] == [{"file": "pkg/routers.py", "line": 1},
                                    {"file": "pkg/schemas/__init__.py", "line": 1}]


OPTIONAL_IMPORTS = """import os

try:
    import pytz
except ImportError:
    pytz = None

try:
    from functools import cache
except ImportError:
    def cache(function):
        return function

try:
    import ujson as json_impl
except ModuleNotFoundError:
    json_impl = None
    HAS_UJSON = False


def now():
    return os, pytz, cache, json_impl
"""


def test_the_fallback_of_an_optional_import_is_no_public_variable():
    """`try: import pytz / except ImportError: pytz = None` binds the module or its stand-in:
    dropping the optional dependency removes no public API (django-rest-framework's `pytz`
    and `coreapi`), as dropping `import os` does not. A name only the handler binds is."""
    base = {**PKG, "pkg/fields.py": OPTIONAL_IMPORTS}
    change = {"pkg/fields.py": "import os\n\n\ndef now():\n    return os\n"}
    assert [(f["symbol"], f["severity"]) for f in api_findings(base, change)] == [
        ("HAS_UJSON", "warning")]


# -- a package npm never publishes: nothing outside the repository can use its API -------------

def workspace(private: str) -> dict:
    """linkwarden's shape: a private workspace package re-exporting its modules, an app using
    one module directly, and a Python module at the root of the (private) repository."""
    return {"package.json": '{"private": true, "workspaces": ["packages/*", "apps/*"]}\n',
            "packages/types/package.json": '{"name": "@app/types", ' + private + '"main": "index.ts"}\n',
            "packages/types/index.ts": "export * from './global';\nexport function legacy(a: number) {}\n",
            "packages/types/global.ts": "export type Sort = 'asc' | 'desc';\n"
                                        "export class Store {\n  get(key: string) {}\n}\n",
            "apps/web/package.json": '{"name": "web", "private": true}\n',
            "apps/web/page.ts": "import { legacy } from '@app/types';\nlegacy(1);\n",
            "tools/__init__.py": "", "tools/lib.py": "def helper():\n    pass\n"}


PRIVATE_CHANGE = {
    "packages/types/index.ts": "export function legacy(a: number, b: string) {}\n",  # drops the star
    "packages/types/global.ts": "export type Sort = 'asc' | 'desc';\nexport class Store {}\n",
    "apps/web/page.ts": "import { legacy } from '@app/types';\nlegacy(1, 'x');\n",
    "tools/lib.py": "",
}


def test_breaks_of_a_private_package_that_reach_no_consumer_are_not_reported():
    # linkwarden 7fb8ceb03bcb: packages/types (`"private": true`) stopped re-exporting
    # ./global, whose consumers import it directly: 34 IMP201 warnings "code outside this
    # repository may use it", though npm never publishes the package
    findings = diff_result(workspace('"private": true, '), PRIVATE_CHANGE).findings
    assert [(f["code"], f["file"], f["severity"]) for f in findings] == [
        ("IMP201", "tools/lib.py", "warning")]  # Python: no package.json decides


def test_breaks_of_a_published_package_still_warn():
    findings = diff_result(workspace(""), PRIVATE_CHANGE).findings
    assert sorted((f["code"], f["symbol"], f["severity"]) for f in findings) == [
        ("IMP201", "Sort", "warning"), ("IMP201", "Store", "warning"),
        ("IMP201", "Store.get", "warning"), ("IMP201", "helper", "warning"),
        ("IMP202", "legacy", "warning")]


def test_a_private_package_s_break_that_reaches_a_consumer_is_still_an_error():
    change = {"packages/types/index.ts": "export function renamed(a: number) {}\n"}
    findings = diff_result(workspace('"private": true, '), change).findings
    assert ("IMP201", "legacy", "error") in {(f["code"], f["symbol"], f["severity"]) for f in findings}


GENERATED_SDK = '''\
// This file is auto-generated by @hey-api/openapi-ts

import { client } from './client.gen';

export class ItemsService {
    public static readItems(options?: any) {
        return (options?.client ?? client).get({ url: '/api/v1/items/', ...options });
    }

    public static deleteItem(options: any) {
        return (options.client ?? client).delete({ url: '/api/v1/items/{id}', ...options });
    }
}
'''
CLIENT = {"src/client/sdk.gen.ts": GENERATED_SDK, "src/client/index.ts": "export * from './sdk.gen';\n",
          "src/client/client.gen.ts": "// This file is auto-generated\nexport const client = {};\n"}
WITHOUT_DELETE = GENERATED_SDK[:GENERATED_SDK.index("    public static deleteItem")].rstrip() + "\n}\n"


def test_a_generated_client_method_written_code_still_calls_is_reported_with_its_callers():
    """The client regenerated after its route was removed: the component that still calls
    the method breaks (tsc: TS2339). Other findings in generated code stay unreported."""
    base = {**CLIENT, "src/components/Items.tsx": (
        "import { ItemsService } from '../client';\n\n"
        "export const remove = (id: string) => ItemsService.deleteItem({ path: { id } });\n")}
    [finding] = api_findings(base, {"src/client/sdk.gen.ts": WITHOUT_DELETE})
    assert (finding["file"], finding["symbol"], finding["severity"]) == (
        "src/client/sdk.gen.ts", "ItemsService.deleteItem", "error")
    assert finding["consumers"] == [{"file": "src/components/Items.tsx", "line": 3}]


def test_a_generated_client_method_nothing_written_calls_is_not_reported():
    base = {**CLIENT, "src/components/Items.tsx": (
        "import { ItemsService } from '../client';\n\n"
        "export const list = () => ItemsService.readItems();\n")}
    assert api_findings(base, {"src/client/sdk.gen.ts": WITHOUT_DELETE}) == []


SETTINGS = ("INSTALLED_APPS = ['django.contrib.auth', 'app']\nROOT_URLCONF = 'config.urls'\n"
            "OIDC_CLIENT_ID = 'x'\nOIDC_SCOPES = ['openid']\n")


def test_the_variables_of_a_django_settings_module_are_not_public_api():
    """Django reads its settings module through `django.conf.settings` (DJANGO_SETTINGS_MODULE):
    a setting removed from it or from a module that star-imports it (split settings) is no
    removed public API; a module that imports one still is an import of a missing name."""
    production = "from .base import *\n\nDEBUG = False\nSENTRY_DSN = 'x'\n"
    base = {**PKG, "config/__init__.py": "", "config/settings/__init__.py": "",
            "config/settings/base.py": SETTINGS, "config/settings/production.py": production,
            "config/oidc.py": "from config.settings.base import OIDC_SCOPES\n"}
    change = {"config/settings/base.py": SETTINGS.replace("OIDC_CLIENT_ID = 'x'\n", "")
              .replace("OIDC_SCOPES = ['openid']\n", ""),
              "config/settings/production.py": production.replace("SENTRY_DSN = 'x'\n", ""),
              "pkg/util.py": "def helper(x):\n    return x\n"}
    result = diff_result(base, change)
    assert [(f["code"], f["file"]) for f in result.findings] == [
        ("IMP101", "config/oidc.py"), ("IMP201", "pkg/util.py")]


def test_a_django_project_is_an_application_no_outside_code_imports():
    """With a `manage.py` in its directory or above, Python code is a Django project: a
    function removed or changed that no module of the repository uses breaks nothing
    (no "code outside this repository may use it" warning); with in-repo users, it does."""
    project = {"backend/manage.py": "import sys\n", "backend/shop/__init__.py": "",
               "backend/shop/utils.py": PKG["pkg/util.py"],
               "backend/shop/views.py": "from shop.utils import helper\n\nhelper(1)\n",
               **PKG}
    removed = "def other(y, z=1):\n    return y + z\n"
    change = {"backend/shop/utils.py": removed.replace("z=1", "z"), "pkg/util.py": removed}
    result = diff_result(project, change)
    assert sorted((f["code"], f["file"], f["severity"]) for f in result.findings) == [
        ("IMP101", "backend/shop/views.py", "error"),
        ("IMP201", "backend/shop/utils.py", "error"),
        ("IMP201", "pkg/util.py", "warning")]


def test_a_removed_symbol_a_package_re_exports_is_named_in_the_module_that_defines_it():
    """werkzeug's `gen_salt`, defined in `security.py` and imported by `debug/__init__.py`
    (public through both), was reported as "`gen_salt` of `debug/__init__.py`": the first
    module in path order, not its home."""
    base = {"pkg/__init__.py": "", "pkg/debug/__init__.py": "from ..security import gen_salt\n",
            "pkg/security.py": "def gen_salt(n):\n    return n\n\n\ndef other():\n    pass\n"}
    change = {"pkg/debug/__init__.py": "x = 1\n", "pkg/security.py": "def other():\n    pass\n"}
    [finding] = api_findings(base, change)
    assert (finding["file"], finding["line"]) == ("pkg/security.py", 1)
    assert "public function `gen_salt` of `pkg/security.py` was removed" in finding["message"]


def test_a_removed_symbol_outside_code_may_import_through_any_of_its_modules_is_reported():
    """Public through a private package's module and a published one: outside code may use it
    through the second, whichever comes first in path order."""
    base = {"a/package.json": '{"name": "a", "private": true}',
            "a/index.js": "export { helper } from '../lib/util.js';\n",
            "lib/util.js": "export function helper(x) { return x; }\nexport const other = 1;\n"}
    change = {"a/index.js": "export const x = 1;\n", "lib/util.js": "export const other = 1;\n"}
    [finding] = api_findings(base, change)
    assert (finding["file"], finding["line"]) == ("lib/util.js", 1)
    assert finding["severity"] == "warning"


def test_the_consumers_of_a_removed_symbol_include_those_of_its_alias():
    """`export { helper as assist }`: an import of `assist` uses the removed `helper`."""
    base = {"src/util.js": "export function helper(x) { return x; }\nexport const other = 1;\n",
            "src/index.js": "export { helper as assist } from './util.js';\n",
            "src/app.js": "import { assist } from './index.js';\nassist(1);\n"}
    change = {"src/util.js": "export const other = 1;\n", "src/index.js": "export const x = 1;\n"}
    [finding] = api_findings(base, change)
    assert (finding["file"], finding["line"]) == ("src/util.js", 1)
    assert {"file": "src/app.js", "line": 1} in finding["consumers"]


SUBMODULE_READERS = {
    "pkg/__init__.py": "",
    "pkg/sub.py": "def loan():\n    return 1\n\n\ndef other():\n    return 2\n",
    "a.py": "from pkg import sub\n\nsub.loan()\n",
    "b.py": "import pkg.sub\n\npkg.sub.loan()\n",
    "c.py": "import pkg\nimport pkg.sub as s\n\ns.loan()\n",
    "d.py": "from pkg import sub\n\nsub.other()\n",
}


def test_a_moved_submodule_s_reads_through_its_package_are_its_consumers():
    """`sub.loan` after `from pkg import sub`, `pkg.sub.loan` after `import pkg.sub`: each
    import fails at run time once `pkg/sub.py` moved (ImportError, ModuleNotFoundError), and
    the reads of `loan` are its consumers; `sub.other` is not one of `loan`'s."""
    moved = {"pkg/sub.py": None, "pkg/new/__init__.py": "", "pkg/new/sub.py": SUBMODULE_READERS["pkg/sub.py"]}
    findings = {f["symbol"]: f for f in api_findings(SUBMODULE_READERS, moved)}
    assert findings["loan"]["severity"] == "error"
    assert findings["loan"]["consumers"] == [{"file": "a.py", "line": 3}, {"file": "b.py", "line": 3},
                                             {"file": "c.py", "line": 4}]
    assert findings["other"]["consumers"] == [{"file": "d.py", "line": 3}]


PALETTES = "vega = [1, 2]\ndefault = vega\nfrom os.path import join\nalias = join\n"


def test_an_alias_moved_with_its_module_is_named_as_moved():
    """`default = vega` moved with `vega` to another package, content unchanged: each name
    moved (scanpy's `default_20 = vega_20_scanpy`, `plotting/palettes.py` -> `plotting/legacy/`)."""
    base = {"pkg/__init__.py": "", "pkg/palettes.py": PALETTES}
    moved = {"pkg/palettes.py": None, "pkg/legacy/__init__.py": "", "pkg/legacy/palettes.py": PALETTES}
    messages = {f["symbol"]: f["message"] for f in api_findings(base, moved)}
    assert all(messages[name].startswith(f"public variable `{name}` moved to `pkg/legacy/palettes.py:{name}`")
               for name in ("vega", "default", "alias")), messages


def test_an_alias_written_again_in_two_modules_or_without_its_name_did_not_move():
    base = {"pkg/__init__.py": "", "pkg/palettes.py": PALETTES}
    twice = {"pkg/palettes.py": None, "pkg/a.py": PALETTES, "pkg/b.py": PALETTES}
    unbound = {"pkg/palettes.py": None, "pkg/a.py": "default = vega\n"}
    for change in (twice, unbound):
        messages = {f["symbol"]: f["message"] for f in api_findings(base, change)}
        assert "`default` of `pkg/palettes.py` was removed" in messages["default"], messages
