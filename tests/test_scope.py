"""Checking only the files a change can affect gives the same findings as checking all.

`impact diff` checks the changed files and the files that depend on them (impact/affected.py);
`--full-scan` checks every file. Each case below runs both on a real repository and
compares the whole JSON output, and asserts the finding that proves the case was reached.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from conftest import commits, diff_result, facts_read, git, run_impact
from hypothesis import event, given
from hypothesis import strategies as st
from test_fuzz import InMemoryFiles

from impact.api import diff_files
from impact.facts import extract_facts
from impact.graph import ExportSet, SymbolGraph
from impact.pipeline import Options, run
from impact.snapshot import Snapshot

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
    # `import pkg.ns.m` runs pkg/__init__.py (pkg/ns is a namespace package), which no longer
    # imports pkg.m0: `pkg.m0` is no attribute of pkg now (found by the long fuzz profile)
    "a package __init__ that stops importing a submodule, read through a namespace package": (
        {"pkg/__init__.py": "from pkg.m0 import alpha\n", "pkg/m0.py": "def alpha():\n    return 1\n",
         "pkg/ns/m.py": "X = 1\n", "server.py": "import pkg.ns.m\n\npkg.m0.alpha()\n"},
        {"pkg/__init__.py": ""},
        ("IMP103", "server.py")),
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
    # where no file is, `@ui/beta` is build output while `ui/` is not there, and a missing
    # module once `ui/` holds anything (resolve/javascript.py `_missing`)
    "a directory appears where a tsconfig's paths point": (
        {"tsconfig.json": '{"compilerOptions": {"paths": {"@ui/*": ["./ui/*"]}}}\n',
         "src/app.ts": "import { beta } from '@ui/beta';\nconsole.log(beta);\n"},
        {"ui/alpha.ts": "export const alpha = 1;\n"},
        ("IMP102", "src/app.ts")),
    "a directory appears in a package whose exports point into it": (
        {"lib/package.json": '{"name": "lib", "exports": {"./*": "./dist/*.js"}}\n',
         "lib/src/a.ts": "export const a = 1;\n", "package.json": '{"workspaces": ["lib"]}\n',
         "app.js": "import { a } from 'lib/a';\nconsole.log(a);\n"},
        {"lib/dist/b.js": "export const b = 1;\n"},
        ("IMP102", "app.js")),
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


def both_ways_in_memory(base: dict, change: dict) -> dict:
    """As `both_ways`, on revisions held in memory."""
    scoped = diff_result(base, change)
    full = diff_result(base, change, whole_repository=True)
    assert scoped.exit_code == full.exit_code
    assert scoped.json == full.json
    return scoped.json


@pytest.mark.parametrize("case", CASES)
def test_a_change_reaches_what_depends_on_it(case):
    base, change, expected = CASES[case]
    assert expected in codes_at(both_ways_in_memory(base, change))


# -- name by name: what a change reaches, and what it does not ------------------------------

NAME_CASES = {
    "a name re-exported through two packages": (
        {"core/__init__.py": "", "core/impl.py": "def run(a):\n    return a\n",
         "api/__init__.py": "from core.impl import run\n", "api/v1.py": "from api import run\n",
         "app.py": "from api.v1 import run\n\nrun(1)\n"},
        {"core/impl.py": "def start(a):\n    return a\n"},
        ("IMP101", "app.py")),
    "a signature through a re-export, called elsewhere": (
        {"lib/a.ts": "export function f(x: number): number { return x; }\n",
         "lib/index.ts": "export { f } from './a';\n",
         "app.ts": "import { f } from './lib/index';\nf(1);\n"},
        {"lib/a.ts": "export function f(x: number, y: number): number { return x + y; }\n"},
        ("IMP202", "app.ts")),
    "a namespace import's attribute": (
        {"a.js": "export const x = 1;\n", "b.js": "import * as a from './a.js';\nconsole.log(a.x);\n"},
        {"a.js": "export const y = 1;\n"},
        ("IMP103", "b.js")),
    "a module a package binds, through the package": (
        {"pkg/__init__.py": "from . import sub\n", "pkg/sub.py": "X = 1\n",
         "app.py": "import pkg\n\nprint(pkg.sub.X)\n"},
        {"pkg/sub.py": "Y = 1\n"},
        ("IMP103", "app.py")),
    "a submodule reached by attributes alone": (
        {"pkg/__init__.py": "", "pkg/sub.py": "X = 1\n", "app.py": "import pkg\n\nprint(pkg.sub.X)\n"},
        {"pkg/sub.py": "Y = 1\n"},
        ("IMP103", "app.py")),
    "a dataclass whose base gained a field": (
        {"pkg/__init__.py": "",
         "pkg/base.py": "from dataclasses import dataclass\n\n\n@dataclass\nclass Base:\n    a: int\n",
         "pkg/child.py": "from dataclasses import dataclass\n\nfrom pkg.base import Base\n\n\n"
                         "@dataclass\nclass Child(Base):\n    b: int\n",
         "app.py": "from pkg.child import Child\n\nChild(1, 2)\n"},
        {"pkg/base.py": "from dataclasses import dataclass\n\n\n@dataclass\nclass Base:\n"
                        "    a: int\n    extra: int\n"},
        ("IMP202", "app.py")),
    "a submodule deleted under `import pkg`": (
        {"pkg/__init__.py": "import pkg.sub\n", "pkg/sub.py": "X = 1\n",
         "app.py": "import pkg\n\nprint(pkg.sub.X)\n"},
        {"pkg/sub.py": None},
        ("IMP103", "app.py")),
    "an `export * as ns` member": (
        {"lib/a.js": "export const x = 1;\n", "lib/index.js": "export * as a from './a.js';\n",
         "app.js": "import { a } from './lib/index.js';\nconsole.log(a.x);\n"},
        {"lib/a.js": "export const z = 1;\n"},
        ("IMP103", "app.js")),
    "an `__all__` made of another module's": (
        {"pkg/__init__.py": "from pkg import sub\nfrom pkg.sub import *\n\n__all__ = sub.__all__\n",
         "pkg/sub.py": "__all__ = ['x']\nx = 1\n",
         "app.py": "from pkg import x\n\nprint(x)\n"},
        {"pkg/sub.py": "__all__ = ['y']\ny = 1\n"},
        ("IMP101", "app.py")),
    "a route removed while a request calls it": (
        {"server.py": "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get('/api/items')\n"
                      "def items():\n    return []\n",
         "web/app.js": "fetch('/api/items');\n"},
        {"server.py": "from flask import Flask\n\napp = Flask(__name__)\n"},
        ("IMP403", "server.py")),  # an error: web/app.js still calls it
    "a response field a serializer in another module stopped sending": (
        {"models.py": "from db import db\n\n\nclass Message(db.Model):\n    def to_dict(self):\n"
                      "        return {'id': self.id, 'mediaUrl': self.media_url}\n",
         "db.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n",
         "server.py": "from flask import Flask, jsonify\n\nfrom models import Message\n\n"
                      "app = Flask(__name__)\n\n\n@app.get('/api/message')\ndef message():\n"
                      "    found = Message.query.get_or_404(1)\n    return jsonify(found.to_dict())\n",
         "web/chat.js": "export async function show() {\n  const r = await fetch('/api/message');\n"
                        "  const m = await r.json();\n  return m.mediaUrl;\n}\n"},
        {"models.py": "from db import db\n\n\nclass Message(db.Model):\n    def to_dict(self):\n"
                      "        return {'id': self.id}\n"},
        ("IMP402", "web/chat.js")),
    "a class attribute read in another module": (
        {"models.py": "class Comment:\n    parent_id = None\n    body = ''\n",
         "views.py": "from models import Comment\n\nprint(Comment.parent_id)\n"},
        {"models.py": "class Comment:\n    body = ''\n"},
        ("IMP103", "views.py")),
    "a class attribute of a base class, read through a subclass elsewhere": (
        {"base.py": "class Base:\n    parent_id = None\n",
         "models.py": "from base import Base\n\n\nclass Comment(Base):\n    body = ''\n",
         "views.py": "import models\n\nprint(models.Comment.parent_id)\n"},
        {"base.py": "class Base:\n    pass\n"},
        ("IMP103", "views.py")),
}


@pytest.mark.parametrize("case", NAME_CASES)
def test_a_name_reaches_what_takes_it(repo_factory, case):
    base, change, expected = NAME_CASES[case]
    repo = repo_factory([base, change])
    assert expected in codes_at(both_ways(repo, "HEAD~1", "HEAD"))
    assert expected in codes_at(both_ways(repo, "HEAD~1", "HEAD"))  # the indexes from the cache


def test_a_class_attribute_another_module_sets_is_no_finding_in_either(repo_factory):
    """The module that sets `Comment.parent_id` is read although no finding is in it."""
    repo = repo_factory([
        {"models.py": "class Comment:\n    parent_id = None\n    body = ''\n",
         "patch.py": "from models import Comment\n\nComment.parent_id = 0\n",
         "views.py": "from models import Comment\n\nprint(Comment.parent_id)\n"},
        {"models.py": "class Comment:\n    body = ''\n"}])
    assert both_ways(repo, "HEAD~1", "HEAD")["findings"] == []
    assert both_ways(repo, "HEAD~1", "HEAD")["findings"] == []  # the indexes from the cache


def test_a_modules_finding_about_its_own_name_is_no_consumer_of_a_removed_reexport(tmp_path_factory):
    """m2 exports a `beta` it never defines (its own IMP104, in both revisions) and types.ts
    re-exports it; removing the re-export reports it without consumers, whether m2 is checked
    (a full scan) or not (m2 does not depend on the change): found by a long fuzz run."""
    alpha = "export function alpha() { return 1; }\n"
    base = {"src/m2.js": [alpha] * 5 + ["export { beta };\n"],
            "src/types.ts": [alpha] * 4 + ["export { beta } from './m2';\n"]}
    head = {**base, "src/types.ts": [alpha] * 4}
    full = run(in_memory(base, "base"), in_memory(head, "head"), Options(whole_repository=True))
    assert [(f.code, f.severity, f.consumers) for f in full.findings] == [("IMP201", "warning", ())]
    cache = tmp_path_factory.mktemp("cache")
    for _ in range(2):  # the indexes made, then read
        scoped = run(in_memory(base, "base"), in_memory(head, "head"), Options(cache_dir=cache))
        assert finding_keys(scoped.findings) == finding_keys(full.findings)


def test_a_script_s_global_function_is_not_gone_because_no_module_provides_it(tmp_path_factory):
    """`beta` renamed `alpha` in m2 while a global script declares a function `alpha` of the
    same code: the script is unchanged, so nothing of it is gone and the rename is named,
    whether the script is checked (a full scan) or not: found by a long fuzz run."""
    alpha = "function alpha() { return 1; }\n"
    base = {"src/m2.js": ["export function beta() { return 1; }\n"], "src/globals.d.ts": [alpha]}
    head = {**base, "src/m2.js": ["export " + alpha]}
    full = run(in_memory(base, "base"), in_memory(head, "head"), Options(whole_repository=True))
    assert [f.message.split(";")[0] for f in full.findings] == [
        "public function `beta` was renamed to `alpha`"]
    cache = tmp_path_factory.mktemp("cache")
    scoped = run(in_memory(base, "base"), in_memory(head, "head"), Options(cache_dir=cache))
    assert finding_keys(scoped.findings) == finding_keys(full.findings)


def test_a_new_unknown_name_in_a_renamed_file(repo_factory):
    """IMP105 compares a renamed file's lines with its old self, in both runs."""
    repo = repo_factory([
        {"src/a.js": "export function f() {\n  return oldGlobal();\n}\n",
         "src/b.js": "import { f } from './a.js';\nf();\n"},
        {"src/a.js": None, "src/a.mjs": "export function f() {\n  return oldGlobal();\n}\n"
                                        "export const g = () => brandNewName();\n"}])
    assert codes_at(both_ways(repo, "HEAD~1", "HEAD")) >= {("IMP105", "src/a.mjs")}


# -- generated projects and random edits: the scoped run equals the full one ----------------

WORDS = ("alpha", "beta", "gamma")
PY_MODULES = ("pkg/m0.py", "pkg/m1.py", "pkg/m2.py", "pkg/__init__.py", "pkg/sub/m0.py", "app.py",
              "server.py")  # pkg/sub: a namespace package, gone when its one module is
JS_MODULES = ("src/m0.js", "src/m1.js", "src/m2.js", "src/index.js", "src/app.js", "src/page.js",
              "src/script.js", "src/types.ts", "src/globals.d.ts")


def _params(count: int, typed: bool = False) -> str:
    return ", ".join(f"p{i}: number" if typed else f"p{i}" for i in range(count))


@st.composite
def python_statement(draw) -> str:
    name, other = draw(st.sampled_from(WORDS)), draw(st.sampled_from(WORDS))
    module, count = draw(st.integers(0, 2)), draw(st.integers(0, 2))
    return draw(st.sampled_from([
        f"def {name}({_params(count)}):\n    return 1\n",
        (f"class {name.title()}:\n    def __init__(self{', ' * bool(count)}{_params(count)}):\n"
         f"        pass\n\n    def go(self, p0):\n        pass\n"),
        f"@dataclass\nclass {name.title()}({other.title()}):\n    f{count}: int\n",
        f"class {name.title()}({other.title()}):\n    pass\n",
        f"{name} = {count}\n",
        f"from pkg.m{module} import {name}\n",
        f"from pkg.m{module} import {name.title()}\n",
        f"from pkg.m{module} import *\n",
        f"from pkg import m{module}\n",
        f"import pkg.m{module}\n",
        "import pkg\n",
        f"from . import m{module}\n",
        f"from .m{module} import {name}\n",
        f"__all__ = [{name!r}, {other!r}]\n",
        f"__all__ = m{module}.__all__ + [{name!r}]\n",
        f"{name}({_params(count)})\n",
        f"m{module}.{name}({_params(count)})\n",
        f"pkg.m{module}.{name}\n",
        "from pkg import sub\n",
        f"from pkg.sub.m{module} import {name}\n",
        f"import pkg.sub.m{module}\n",
        f"pkg.sub.m{module}.{name}\n",
        f"{name.title()}({_params(count)}).go(1)\n",
        f"@app.get('/api/{name}')\ndef serve_{name}():\n    return {count}\n",
    ]))


@st.composite
def javascript_statement(draw, typed: bool) -> str:
    name, other = draw(st.sampled_from(WORDS)), draw(st.sampled_from(WORDS))
    module, count = draw(st.integers(0, 2)), draw(st.integers(0, 2))
    ext = "" if typed else ".js"
    return draw(st.sampled_from([
        f"export function {name}({_params(count, typed)}) {{ return 1; }}\n",
        f"export class {name.title()} {{ constructor({_params(count, typed)}) {{}} go(p0) {{}} }}\n",
        f"export class {name.title()} extends {other.title()} {{}}\n",
        f"import {{ {name} }} from './m{module}{ext}';\n",
        f"import {{ {name.title()} }} from './m{module}{ext}';\n",
        f"import * as m{module} from './m{module}{ext}';\n",
        f"import {name}Default from './m{module}{ext}';\n",
        f"export {{ {name} }} from './m{module}{ext}';\n",
        f"export {{ {name} as {other} }} from './m{module}{ext}';\n",
        f"export * from './m{module}{ext}';\n",
        f"export * as ns{module} from './m{module}{ext}';\n",
        f"import {{ {name} }} from '.';\n",  # the directory: its index
        f"export default {name};\n",
        f"const {name} = {count};\n",
        f"export {{ {name} }};\n",
        f"{name}({_params(count)});\n",
        f"m{module}.{name}({_params(count)});\n",
        f"new {name.title()}({_params(count)}).go(1);\n",
        f"fetch('/api/{name}');\n",
        # a name nothing binds on a line the change adds (IMP105)
        f"{name}Undeclared{count}();\n",
    ]))


@st.composite
def script_statement(draw) -> str:
    name, count = draw(st.sampled_from(WORDS)), draw(st.integers(0, 2))
    return draw(st.sampled_from([f"function {name}() {{ return {count}; }}\n", f"{name}();\n",
                                 f"declare function {name}(): void;\n"]))


# Projects whose rules read other files than the ones they report in: HTTP routes, the
# serializers and models their responses come from, the requests and response reads of a
# frontend (IMP401-IMP404), and class attributes read and written in other modules (IMP103).
SEAM_MODULES = ("pkg/__init__.py", "pkg/m0.py", "pkg/m1.py", "pkg/m2.py", "server.py", "app.py",
                "src/m0.js", "src/m1.js", "src/app.js")


SEAM_WORDS = ("alpha", "beta")  # fewer names: routes, fields and attributes meet more often


@st.composite
def seam_python_statement(draw, path: str) -> str:
    name, other = draw(st.sampled_from(SEAM_WORDS)), draw(st.sampled_from(SEAM_WORDS))
    module, count = draw(st.integers(0, 2)), draw(st.integers(0, 1))
    cls, other_cls = name.title(), other.title()
    imports = [f"from pkg.m{module} import {cls}\n", f"from pkg.m{module} import {name}_payload\n",
               f"from pkg import {cls}\n", f"import pkg.m{module}\n"]
    uses = [f"print({cls}.{other})\n", f"print(pkg.m{module}.{cls}.{other})\n",
            f"{cls}.{other} = {count}\n", f"setattr({cls}, {other!r}, {count})\n"]
    if path == "server.py":  # routes, and what they send
        return draw(st.sampled_from([
            *imports,
            f"@app.get('/api/{name}')\ndef serve_{name}():\n    return {{{other!r}: {count}, 'id': 1}}\n",
            f"@app.get('/api/{name}')\ndef serve_{name}():\n    return jsonify({cls}().to_dict())\n",
            f"@app.get('/api/{name}')\ndef serve_{name}():\n    return jsonify({name}_payload())\n",
            (f"@app.get('/api/{name}/view', endpoint='{other}_view')\ndef view_{name}():\n"
             f"    return jsonify({name}_payload())\n"),
            (f"@app.get('/api/{name}s')\ndef serve_{name}s():\n"
             f"    return jsonify([m.to_dict() for m in {cls}.query.all()])\n"),
            # a blueprint under a prefix read from a constant or a settings instance
            (f"from flask import Blueprint\nfrom pkg.m{module} import PREFIX, settings\n"
             f"bp_{name} = Blueprint('bp_{name}', __name__)\n\n\n@bp_{name}.get('/{other}')\n"
             f"def bp_view_{name}():\n    return {{'id': 1}}\n\n\n"
             f"app.register_blueprint(bp_{name}, url_prefix="
             f"{'PREFIX' if count else 'settings.PREFIX'})\n"),
        ]))
    if path == "app.py":  # class attributes read and written, URLs built from route names
        return draw(st.sampled_from([*imports, *uses,
                                     f"from flask import url_for\nprint(url_for('serve_{name}'))\n",
                                     f"from flask import url_for\nprint(url_for('{other}_view'))\n"]))
    return draw(st.sampled_from([  # models and serializers
        *imports, *uses,
        f"class {cls}:\n    {name} = {count}\n    {other}: int = 0\n",
        f"class {cls}({other_cls}):\n    {name}: int = {count}\n",
        f"class {cls}:\n    {other} = 1\n\n    def to_dict(self):\n        return {{{name!r}: 1, {other!r}: {count}}}\n",
        f"def {name}_payload():\n    return {{{other!r}: {count}, 'id': 1}}\n",
        f"PREFIX = '/{name}'\n",  # what a blueprint's prefix is read from
        f"class Settings:\n    PREFIX: str = '/{other}'\n\n\nsettings = Settings()\n",
    ]))


@st.composite
def seam_javascript_statement(draw) -> str:
    name, other = draw(st.sampled_from(SEAM_WORDS)), draw(st.sampled_from(SEAM_WORDS))
    module = draw(st.integers(0, 1))
    return draw(st.sampled_from([
        f"fetch('/api/{name}');\n",
        (f"export async function read_{name}() {{ const r = await fetch('/api/{name}'); "
         f"const d = await r.json(); return d.{other}; }}\n"),
        (f"export async function list_{name}() {{ const r = await fetch('/api/{name}s'); "
         f"const d = await r.json(); return d.map((m) => m.{other}); }}\n"),
        (f"export async function get_{name}() {{ const r = await fetch('/api/{name}'); "
         f"return r.json(); }}\n"),
        f"import {{ get_{name} }} from './m{module}.js';\n",
        f"export async function show_{name}() {{ const d = await get_{name}(); return d.{other}; }}\n",
        f"fetch('/{name}/{other}');\n",  # under a blueprint's prefix
    ]))


def seam_statements_of(path: str):
    return seam_python_statement(path) if path.endswith(".py") else seam_javascript_statement()


def statements_of(path: str):
    if path.endswith(".py"):
        return python_statement()
    if path.endswith((".d.ts", "script.js")):
        return script_statement()
    return javascript_statement(typed=path.endswith(".ts"))


HEADERS = {"server.py": "from flask import Flask, jsonify\n\napp = Flask(__name__)\n",
           ".py": "from dataclasses import dataclass\n"}


def render(path: str, statements: list[str]) -> str:
    if path == "tsconfig.json":
        return TSCONFIG
    if path.endswith("package.json"):
        dependencies = ", ".join(f'"{name}": "^1.0.0"' for name in dict.fromkeys(statements))
        return f'{{"name": "web", "version": "1.0.0", "dependencies": {{{dependencies}}}}}\n'
    header = ""
    if path.endswith(".py"):
        header = HEADERS.get(path.rsplit("/", 1)[-1], HEADERS[".py"])
    return header + "\n".join(statements)


@st.composite
def project(draw) -> dict[str, list[str]]:
    """Each module of a small Python package and JavaScript/TypeScript tree, as statements."""
    modules = draw(st.sampled_from([PY_MODULES, JS_MODULES, PY_MODULES + JS_MODULES]))
    return {path: draw(st.lists(statements_of(path), max_size=6)) for path in modules}


@st.composite
def seam_project(draw) -> dict[str, list[str]]:
    """A backend, its models and serializers, and a frontend that calls it (SEAM_MODULES):
    a route for each name, a class in each model module, reads of their fields and
    attributes, and random statements besides."""
    files = {path: draw(st.lists(seam_statements_of(path), max_size=4)) for path in SEAM_MODULES}
    for path, statement in [("server.py", ROUTE), ("pkg/m0.py", MODEL), ("pkg/m1.py", MODEL),
                            ("src/m0.js", READ), ("src/m1.js", READ), ("app.py", USE)]:
        for name in SEAM_WORDS:
            other = draw(st.sampled_from(SEAM_WORDS))
            files[path].insert(draw(st.integers(0, len(files[path]))),
                               statement.format(name=name, cls=name.title(), other=other))
    return files


ROUTE = "@app.get('/api/{name}')\ndef serve_{name}():\n    return {{{other!r}: 1, 'id': 1}}\n"
MODEL = "class {cls}:\n    {name} = 1\n    {other}: int = 0\n"
READ = ("export async function read_{name}() {{ const r = await fetch('/api/{name}'); "
        "const d = await r.json(); return d.{other}; }}\n")
USE = "from pkg.m0 import {cls}\nprint({cls}.{other})\n"


@st.composite
def edited(draw, files: dict[str, list[str]], statement_of=statements_of,
           rewords: int = 1, focus: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """The project after 1-4 edits: a statement removed, added or replaced, a name in one
    changed (`rewords`: how much likelier than the others), a module deleted, added or
    renamed; the modules of `focus` are edited more often."""
    head = {path: list(statements) for path, statements in files.items()}
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from([*sorted(files), *focus * 3]))
        kind = draw(st.sampled_from(["remove", "add", "replace", "delete", "create", "rename",
                                     *["reword"] * rewords]))
        statements = head.setdefault(path, [])
        if kind == "delete":
            head.pop(path)
        elif kind == "rename":  # to a name no module has (x.js -> x.mjs, m0 -> m3)
            new = path.replace(".js", ".mjs") if path.endswith(".js") else path.replace("m0", "m3")
            if new not in head:
                head[new] = head.pop(path)
        elif kind == "create":
            new = path.replace("m0", "m3") if "m0" in path else path
            head[new] = draw(st.lists(statement_of(new), max_size=3))
        elif kind == "reword" and statements:  # one name in a statement becomes another:
            at = draw(st.integers(0, len(statements) - 1))  # a field, an attribute, a path
            words = [w for w in WORDS if w in statements[at]]
            if words:
                word = draw(st.sampled_from(words))
                statements[at] = statements[at].replace(
                    word, draw(st.sampled_from([w for w in WORDS if w != word])), 1)
        elif kind == "add" or not statements:
            statements.insert(draw(st.integers(0, len(statements))), draw(statement_of(path)))
        else:
            at = draw(st.integers(0, len(statements) - 1))
            if kind == "remove":
                del statements[at]
            else:
                statements[at] = draw(statement_of(path))
    return head


# Projects whose bare imports resolve by the dependencies a package.json declares: `@ui/x`
# matches the tsconfig `paths` pattern `@ui/*`; where no file is there, it is a missing
# module unless a dependency is named so. Edits add and remove dependencies.
DEPENDENCY_MODULES = ("package.json", "tsconfig.json", "ui/alpha.ts", "src/m0.ts", "src/m1.ts",
                      "src/app.ts")
TSCONFIG = '{"compilerOptions": {"baseUrl": ".", "paths": {"@ui/*": ["./ui/*"]}}}\n'


@st.composite
def dependency_statement(draw) -> str:
    name = draw(st.sampled_from(WORDS))
    return draw(st.sampled_from([f"@ui/{name}", f"dep-{name}", "react"]))


@st.composite
def importing_statement(draw) -> str:
    name, module = draw(st.sampled_from(WORDS)), draw(st.integers(0, 1))
    return draw(st.one_of(javascript_statement(typed=True), st.sampled_from([
        f"import {{ {name} }} from '@ui/{name}';\n",
        f"export {{ {name} }} from '@ui/{name}';\n",
        f"import dep{name} from 'dep-{name}';\n",
        f"export * from '@ui/{name}';\n",
        f"import {{ {name} }} from './m{module}';\n",
    ])))


def dependency_statements_of(path: str):
    if path == "package.json":
        return dependency_statement()
    return st.just("") if path == "tsconfig.json" else importing_statement()


@st.composite
def dependency_project(draw) -> dict[str, list[str]]:
    files = {path: draw(st.lists(dependency_statements_of(path), max_size=5))
             for path in DEPENDENCY_MODULES}
    files["ui/alpha.ts"].append("export const alpha = 1;\n")
    return files


def in_memory(files: dict[str, list[str]], label: str) -> Snapshot:
    return InMemoryFiles({path: render(path, s) for path, s in files.items()}).snapshot(label)


def finding_keys(findings) -> list:
    return [(f.code, f.file, f.line, f.column, f.symbol, f.severity, f.message, f.origin,
             f.consumers) for f in findings]


@given(st.one_of(project(), st.deferred(lambda: python_project())).flatmap(
    lambda base: st.tuples(st.just(base), edited(base))))
def test_generated_projects_scoped_as_full(tmp_path_factory, generated):
    """Random edits of generated projects (JavaScript/TypeScript or Python, modules added,
    removed and renamed too): a scoped run, with the indexes built, then read from the cache,
    then derived for another head, finds what checking every file finds."""
    scoped_as_full(tmp_path_factory, *generated)


@given(dependency_project().flatmap(lambda base: st.tuples(
    st.just(base), edited(base, dependency_statements_of, focus=("package.json",)))))
def test_generated_dependency_edits_scoped_as_full(tmp_path_factory, generated):
    """Dependencies added and removed, with other edits: the files whose bare imports they
    make resolve differently are checked, as every file is in a full scan."""
    scoped_as_full(tmp_path_factory, *generated)


@given(seam_project().flatmap(lambda base: st.tuples(st.just(base),
                                                     edited(base, seam_statements_of, rewords=6,
                                                            focus=("server.py", "pkg/m0.py")))))
def test_generated_backends_and_frontends_scoped_as_full(tmp_path_factory, generated):
    """The same for rules that read files besides the ones they report in: routes, the
    models and serializers their responses come from, the requests and response reads that
    call them, class attributes read and written in other modules."""
    scoped_as_full(tmp_path_factory, *generated)


def scoped_as_full(tmp_path_factory, base: dict[str, list[str]], head: dict[str, list[str]]) -> None:
    cache = tmp_path_factory.mktemp("cache")
    full = run(in_memory(base, "base"), in_memory(head, "head"), Options(whole_repository=True))
    event(f"{len(full.findings)} finding(s)" if len(full.findings) < 3 else "3+ findings")
    for code in sorted({f.code for f in full.findings}):
        event(code)
    for _ in range(2):  # the first run makes the indexes, the second reads them
        scoped = run(in_memory(base, "base"), in_memory(head, "head"), Options(cache_dir=cache))
        assert finding_keys(scoped.findings) == finding_keys(full.findings)
    reverse = run(in_memory(head, "head"), in_memory(base, "base"), Options(cache_dir=cache))
    reverse_full = run(in_memory(head, "head"), in_memory(base, "base"),
                        Options(whole_repository=True))
    assert finding_keys(reverse.findings) == finding_keys(reverse_full.findings)


# -- a warm run reads what the change needs ---------------------------------------------------



LIBRARY = "".join(f"def f{i}(value):\n    return value + {i}\n\n\n" for i in range(30))
USERS = {f"users/u{i}.py": f"from lib import f{i % 30}, f0\n\nf{i % 30}(1)\nf0({i})\n" for i in range(40)}


@pytest.mark.parametrize("edit, read_besides_lib", [
    (LIBRARY.replace("value + 7", "value + 8"), []),  # a body: no other file
    (LIBRARY + "def added(value):\n    return value\n", []),  # a new name: nothing takes it
    (LIBRARY.replace("def f7(value)", "def f7(value, extra)"), ["users/u37.py", "users/u7.py"]),
])
def test_a_warm_run_reads_the_facts_the_change_needs(repo_factory, tmp_path, monkeypatch, edit,
                                                     read_besides_lib):
    repo = repo_factory([{"users/__init__.py": "", "lib.py": LIBRARY, **USERS},
                         {"users/u0.py": USERS["users/u0.py"] + "# checked\n"}])
    cache_dir = str(tmp_path / "cache")
    # a cold run fills the cache: the facts of every file, the index of each revision
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD")
    (repo / "lib.py").write_text(edit)
    read = facts_read(monkeypatch)
    warm = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json")
    assert sorted(set(read)) == ["lib.py", *read_besides_lib]  # of 42 files
    monkeypatch.undo()
    full = run_impact(repo, "--cache-dir", cache_dir, "--full-scan", "diff", "HEAD", "--format", "json")
    assert warm.json == full.json
    assert [k[:2] for k in warm.keys()] == [("IMP202", f) for f in read_besides_lib]


TS_USERS = {f"src/users/u{i}.ts": f"import {{ Store }} from '../store';\n\nStore.create({i});\n"
            for i in range(20)}


def test_a_warm_run_of_typescript_member_reads_reads_no_other_file(repo_factory, tmp_path,
                                                                     monkeypatch):
    """`Store.create()` of an imported class is judged against the class (IMP103 of a
    namespace merged with it) without reading every file for `declare module` augmentations:
    that is asked only of a read that would be reported (midday: every file read each run)."""
    store = "export class Store {\n  static create(n: number) { return new Store(); }\n}\n"
    repo = repo_factory([{"src/store.ts": store, **TS_USERS},
                         {"src/users/u0.ts": TS_USERS["src/users/u0.ts"] + "// checked\n"}])
    cache_dir = str(tmp_path / "cache")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD")
    (repo / "src/users/u0.ts").write_text(TS_USERS["src/users/u0.ts"] + "Store.create(2);\n")
    read = facts_read(monkeypatch)
    warm = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json")
    assert set(read) <= {"src/users/u0.ts", "src/store.ts"}  # of 21 files
    assert warm.json["findings"] == []


ESM_MODULES = {f"src/m{i}.js": f"export function f{i}() {{ return {i}; }}\n" for i in range(20)}


def test_a_warm_run_finds_the_users_of_a_changed_global_without_reading_every_file(
        repo_factory, tmp_path, monkeypatch):
    """A script's top-level function is a global every script may use unbound; when the change
    takes it away, the files that used it unbound (in either revision, in value or in type
    positions) are checked, found from what each file's summary keeps, not from every file's
    facts (webpack's test cases: every file read whenever a script's globals changed)."""
    globals_js = "function helper() { return 1; }\nfunction other() { return 2; }\n"
    repo = repo_factory([{"public/globals.js": globals_js, "public/page.js": "helper();\n",
                          "public/other.js": "other();\n", **ESM_MODULES},
                         {"src/m0.js": ESM_MODULES["src/m0.js"] + "// checked\n"}])
    cache_dir = str(tmp_path / "cache")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD")
    (repo / "public/globals.js").write_text("function other() { return 2; }\n")
    read = facts_read(monkeypatch)
    warm = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json")
    assert set(read) <= {"public/globals.js", "public/page.js"}  # of 23 files
    monkeypatch.undo()
    full = run_impact(repo, "--cache-dir", cache_dir, "--full-scan", "diff", "HEAD", "--format", "json")
    assert warm.json == full.json
    assert [k[:2] for k in warm.keys()] == [("IMP105", "public/page.js")]


def test_the_exports_of_a_star_cycle_do_not_depend_on_which_module_is_asked_first():
    """A scoped run asks the modules of an `export *` cycle in another order than a full one:
    each gets the union of what the cycle provides, whatever the order."""
    files = {"a.js": "export * from './b.js';\nexport const x = 1;\n",
             "b.js": "export * from './c.js';\nexport const y = 1;\n",
             "c.js": "export * from './a.js';\nexport const z = 1;\n",
             "d.js": "export * from './a.js';\nexport * from './missing.js';\n"}
    facts = {path: extract_facts(path, text.encode()) for path, text in files.items()}
    answers = set()
    for first in files:
        graph = SymbolGraph("head", facts, frozenset(files), {})
        graph.exports(first)
        answers.add(tuple((path, graph.exports(path)) for path in sorted(files)))
    assert len(answers) == 1
    exports = dict(answers.pop())
    assert all(exports[p] == ExportSet(frozenset("xyz"), True) for p in ("a.js", "b.js", "c.js"))
    assert exports["d.js"] == ExportSet(frozenset("xyz"), False)  # a star impact cannot follow



ROW_MODEL = ("from db import db\n\n\nclass Row{i}(db.Model):\n    id = 1\n\n    def to_dict(self):\n"
             "        return {{'id': self.id}}\n")


@pytest.mark.parametrize("edited, edit, read", [
    # a route's file: the HTTP rules read it and the one model it sends, not the other 19
    ("server.py", "\n\n@app.get('/api/ping')\ndef ping():\n    return 'ok'\n",
     ["models/m0.py", "server.py"]),
    # a file they did not read in base: they do not run (what they find is base's)
    ("other.py", "x = 3\n", ["other.py"]),
    # the model a route sends: they run (and look up its base class)
    ("models/m0.py", "\n\nextra = 1\n", ["db.py", "models/m0.py", "server.py"]),
    # a file added that they do not go through, and none of the files they read imports
    ("added.py", "y = 1\n", ["added.py"]),
    ("models/m20.py", ROW_MODEL.format(i=20), ["db.py", "models/m20.py"]),
    # a file added with a route: they run
    ("routes.py", "from server import app\n\n\n@app.get('/api/pong')\ndef pong():\n    return 'ok'\n",
     ["models/m0.py", "routes.py", "server.py"]),
])
def test_a_warm_run_reads_no_model_a_route_does_not_send(repo_factory, tmp_path, monkeypatch,
                                                        edited, edit, read):
    """Classes that may be a response are looked up from the routes that send them, not read
    file by file; and a change that touches none of the files the HTTP rules read in base
    (kept in the cache by the run that made it) reads none of them, also when it adds a file
    none of them imports."""
    server = ("from flask import Flask, jsonify\n\nfrom models.m0 import Row0\n\n"
              "app = Flask(__name__)\n\n\n@app.get('/api/row')\ndef row():\n"
              "    return jsonify(Row0().to_dict())\n")
    models = {f"models/m{i}.py": ROW_MODEL.format(i=i) for i in range(20)}
    files = {"models/__init__.py": "", "server.py": server, "other.py": "x = 1\n",
             "db.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n", **models}
    repo = repo_factory([files, {"other.py": "x = 2\n"}])
    cache_dir = str(tmp_path / "cache")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD")
    (repo / edited).write_text(edit if edited == "other.py" else files.get(edited, "") + edit)
    # a run that made the index of this working tree (with a file added, it is built from
    # every file: when paths differ, it is not derived from base's)
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD")
    seen = facts_read(monkeypatch)
    warm = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json")
    assert sorted(set(seen)) == read
    monkeypatch.undo()
    full = run_impact(repo, "--cache-dir", cache_dir, "--full-scan", "diff", "HEAD", "--format", "json")
    assert warm.json == full.json


def test_a_warm_run_knows_the_names_base_used_unbound_without_reading_every_file(
        repo_factory, tmp_path, monkeypatch):
    """IMP105 leaves alone a name the base revision already used unbound (a page global):
    the index of base lists them, so a warm run reads the changed file only."""
    others = {f"src/v{i}.js": f"export const v{i} = {i};\n" for i in range(20)}
    repo = repo_factory([{"src/page.js": "app.init();\n", "src/a.js": "export const a = 1;\n",
                          **others}, {"src/v0.js": "export const v0 = 0;\n// edited\n"}])
    cache_dir = str(tmp_path / "cache")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD")
    (repo / "src" / "a.js").write_text("export const a = 1;\napp.start();\nbrandNewName();\n")
    read = facts_read(monkeypatch)
    warm = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json")
    assert sorted(set(read)) == ["src/a.js"]
    monkeypatch.undo()
    full = run_impact(repo, "--cache-dir", cache_dir, "--full-scan", "diff", "HEAD", "--format", "json")
    assert warm.json == full.json
    assert [(f["code"], f["symbol"]) for f in warm.findings] == [("IMP105", "brandNewName")]


def test_where_a_name_of_a_reexport_cycle_comes_from_does_not_depend_on_which_is_asked_first():
    """`export *` one way and `export { beta }` back (found by the generated-projects
    property: a full and a scoped run asked in other orders and disagreed on IMP201's
    consumers)."""
    files = {"m0.js": "export * from './m1.js';\nexport const alpha = 1;\n",
             "m1.js": "export { beta } from './m0.js';\n"}
    facts = {path: extract_facts(path, text.encode()) for path, text in files.items()}
    answers = set()
    for first in files:
        graph = SymbolGraph("head", facts, frozenset(files), {})
        graph.export_origin(first, "beta")
        answers.add(tuple(graph.export_origin(path, "beta") for path in sorted(files)))
    assert len(answers) == 1
    assert answers.pop()[0] is not None  # m0 provides it through its star, as m1 re-exports it


# -- the files whose change makes impact check every file -----------------------------------

SOURCES = {"pkg/__init__.py": "", "pkg/a.py": "def f():\n    return 1\n", "app.py": "from pkg.a import f\n",
           "web/c.js": "export const x = 1;\n", "web/d.ts": "import { x } from './c.js';\n"}
# a file impact reads for how imports resolve or which files it checks: a change of it may
# change what every file means, so every file is checked
CHECKS_EVERY_FILE = ["package.json", "web/package.json", "impact.toml", ".gitattributes"]
# any other file: only what the change can affect (a source file's change reaches its
# dependents; requirements*.txt is read from head for both revisions, so it never differs
# between them)
CHECKS_WHAT_IT_AFFECTS = ["README.md", "requirements.txt", "requirements-dev.in", "setup.py",
                          "pnpm-workspace.yaml",  # a comment: its `packages` steer (below)
                          # the options impact reads stay as they were (below)
                          "tsconfig.json", "web/tsconfig.base.json", "jsconfig.json",
                          ".gitignore", "web/.gitignore",  # the imports resolving otherwise
                          "setup.cfg", "web/setup.cfg",  # flake8's excludes: compared apart
                          "node_modules/x/package.json", "docs/tsconfig.md", "Makefile"]


def checked_after_changing(path: str) -> set[str]:
    content = "{}\n" if path.endswith(".json") else "# a comment\n"
    base = {**SOURCES, path: content}
    return set(diff_files(base, {path: content + "\n"}).head.checked)


@pytest.mark.parametrize("path", CHECKS_EVERY_FILE)
def test_a_change_of_a_file_that_steers_resolution_checks_every_file(path):
    assert checked_after_changing(path) >= set(SOURCES)


@pytest.mark.parametrize("path", CHECKS_WHAT_IT_AFFECTS)
def test_a_change_of_any_other_file_checks_only_what_it_affects(path):
    assert checked_after_changing(path) <= {path}


MANIFEST = ('{\n  "name": "web", "version": "1.2.0", "main": "c.js",\n  "scripts": {"build": "tsc"},\n'
            '  "dependencies": {"lodash": "^4.17.20"}\n}\n')


@pytest.mark.parametrize("edited", [
    MANIFEST.replace("1.2.0", "1.3.0"),  # a release
    MANIFEST.replace("^4.17.20", "^4.17.21"),  # a dependency bump
    MANIFEST.replace('"tsc"', '"tsc -b"').replace('"web",', '"web", "description": "the app",'),
    # fields impact does not read
    MANIFEST.replace('"version"', '"type": "module", "files": ["dist"], "sideEffects": false, "version"'),
    MANIFEST.replace('"version"', '"prettier": {"semi": false}, "lint-staged": {"*.ts": "eslint"}, "version"'),
])
def test_a_package_json_edit_of_its_notes_and_dependency_versions_checks_only_what_it_affects(
        edited):
    base = {**SOURCES, "web/package.json": MANIFEST}
    assert set(diff_files(base, {"web/package.json": edited}).head.checked) <= {"web/package.json"}


@pytest.mark.parametrize("edited", [
    MANIFEST.replace('"c.js"', '"d.ts"'),  # the entry point: what is public
    MANIFEST.replace('"web"', '"webapp"'),  # the name other packages import it by
    MANIFEST.replace('"main": "c.js"', '"exports": {".": "./c.js"}'),
])
def test_a_package_json_edit_of_what_resolves_checks_the_files_below_it_and_its_importers(edited):
    base = {**SOURCES, "web/package.json": MANIFEST, "app.js": "import { x } from 'web';\n",
            "other.js": "import { y } from './lib/y.js';\n", "lib/y.js": "export const y = 1;\n"}
    checked = set(diff_files(base, {"web/package.json": edited}).head.checked)
    assert checked - {"web/package.json"} == {"web/c.js", "web/d.ts", "app.js"}


@pytest.mark.parametrize("edited, path", [
    (MANIFEST.replace('"c.js"', '"d.ts"'), "package.json"),  # at the root: every file below it
    (MANIFEST.replace('"tsc"', '"node gen.js > gen.js"'), "web/package.json"),  # writes a file
    # its types declare globals
    (MANIFEST.replace('"lodash": "^4.17.20"', '"react": "^19.0.0"'), "web/package.json"),
    (MANIFEST.replace('"lodash": "^4.17.20"', '"@types/jest": "^29.0.0"'), "web/package.json"),
    (MANIFEST.replace('"dependencies": {', '"dependencies": "lodash", "x": {'), "web/package.json"),
    (MANIFEST.replace('"name"', '"workspaces": ["lib/*"], "name"'), "web/package.json"),
    ("{ not json\n", "web/package.json"),
])
def test_a_package_json_edit_that_may_steer_resolution_checks_every_file(edited, path):
    base = {**SOURCES, path: MANIFEST}
    assert set(diff_files(base, {path: edited}).head.checked) >= set(SOURCES)


DATED = MANIFEST.replace('"lodash": "^4.17.20"', '"date-fns": "^4.1.0"')
USES_DATES = {"web/u.js": "import { format } from 'date-fns/format';\nexport const u = format;\n",
              "web/v.js": "import { u } from './u.js';\nexport const v = () => u;\n",
              "web/w.js": "import { v } from './v.js';\nconsole.log(v);\n"}


@pytest.mark.parametrize("edited", [
    DATED.replace('"date-fns": "^4.1.0"', '"dayjs": "^1.11.0"'),  # one removed, one added
    DATED.replace('"date-fns": "^4.1.0"', '"date-fns": "workspace:*"'),  # a workspace member now
    DATED.replace('"dependencies"', '"devDependencies"'),  # moved to another field: the same
])
def test_a_dependency_added_or_removed_checks_the_files_that_import_it_by_name(edited):
    base = {**SOURCES, **USES_DATES, "web/package.json": DATED}
    checked = set(diff_files(base, {"web/package.json": edited}).head.checked)
    expected = set() if '"devDependencies"' in edited else {"web/u.js", "web/v.js"}
    assert checked - {"web/package.json"} == expected  # u.js and those that take its names


def test_a_dependency_removed_reports_the_import_it_left_unresolved_as_the_full_scan(repo_factory):
    """A name a tsconfig `paths` pattern matches but finds no file for is a missing module,
    unless a dependency is called so (then it is installed): removing that dependency breaks
    an import in a file the change did not touch, and the scoped run finds it there."""
    tsconfig = '{"compilerOptions": {"baseUrl": ".", "paths": {"@ui/*": ["./ui/*"]}}}\n'
    manifest = DATED.replace('"date-fns": "^4.1.0"', '"date-fns": "^4.1.0", "@ui/kit": "^2.0.0"')
    base = {**SOURCES, **USES_DATES, "web/package.json": manifest, "web/tsconfig.json": tsconfig,
            "web/ui/own.ts": "export const own = 1;\n",
            "web/page.ts": "import { Button } from '@ui/kit';\nimport { own } from '@ui/own';\n"
                           "export const page = [Button, own];\n"}
    repo = repo_factory([base, {"web/package.json": DATED}])
    report = both_ways(repo, "HEAD~1", "HEAD")
    assert {(f["code"], f["file"]) for f in report["findings"]} == {("IMP102", "web/page.ts")}


PNPM = "packages:\n  - 'web'\n  - 'libs/*'\ncatalog:\n  typescript: 5.9.3\n"


@pytest.mark.parametrize("edited, every_file", [
    (PNPM.replace("5.9.3", "5.9.4"), False),  # a catalog version
    (PNPM + "overrides:\n  fast-uri@3: 3.1.5\n# pinned\n", False),
    (PNPM.replace("  - 'libs/*'\n", ""), True),  # which directories are workspace members
    ("packages: [\n", True),  # not YAML now: no members
])
def test_a_pnpm_workspace_edit_checks_every_file_only_when_its_packages_change(edited, every_file):
    base = {**SOURCES, "pnpm-workspace.yaml": PNPM}
    checked = set(diff_files(base, {"pnpm-workspace.yaml": edited}).head.checked)
    assert (checked >= set(SOURCES)) is every_file
    assert every_file or checked <= {"pnpm-workspace.yaml"}


PYPROJECT = ('[project]\nname = "app"\nversion = "1.2.0"\n'
             'dependencies = ["django~=5.1.2", "redis[hiredis]>=5"]\n\n'
             '[project.optional-dependencies]\ndev = ["pytest>=8"]\n\n'
             '[tool.poetry.group.dev.dependencies]\nruff = "^0.6"\n\n'
             '[tool.ruff]\nline-length = 100\n')


@pytest.mark.parametrize("edited", [
    PYPROJECT.replace("1.2.0", "1.3.0"),  # a release
    PYPROJECT.replace("~=5.1.2", "~=5.1.3").replace(">=8", ">=8.3").replace("^0.6", "^0.7"),
    "# the app\n" + PYPROJECT,  # a comment
    # what impact does not read: other tools' settings, the project's description, scripts
    PYPROJECT.replace("line-length = 100", "line-length = 120\n\n[tool.mypy]\nstrict = true\n"),
    PYPROJECT.replace('version = "1.2.0"', 'version = "1.2.0"\ndescription = "the app"') +
    '\n[project.scripts]\napp = "app:main"\n',
    PYPROJECT + '\n[tool.pytest.ini_options]\naddopts = "-q"\n',
])
def test_a_pyproject_edit_of_its_version_dependency_versions_or_comments_checks_only_what_it_affects(
        edited):
    base = {**SOURCES, "pyproject.toml": PYPROJECT}
    assert set(diff_files(base, {"pyproject.toml": edited}).head.checked) <= {"pyproject.toml"}


@pytest.mark.parametrize("edited", [
    PYPROJECT.replace('"redis[hiredis]>=5"', '"redis[hiredis]>=5", "celery"'),  # installs more
    PYPROJECT.replace('dev = ["pytest>=8"]', 'dev = ["pytest>=8", "hypothesis"]'),
    PYPROJECT.replace('ruff = "^0.6"', 'mypy = "^1"'),
    PYPROJECT + '\n[tool.impact]\nignore = ["IMP105"]\n',  # the configuration
    PYPROJECT.replace("line-length = 100", 'exclude = ["tests/data"]'),  # what linters leave out
    PYPROJECT.replace('name = "app"', 'name = "web"'),
    PYPROJECT + '\n[tool.setuptools]\npackages = ["app"]\n',  # the package directories built
    PYPROJECT + '\n[tool.maturin]\nmodule-name = "app._core"\n',  # a compiled module
])
def test_a_pyproject_edit_that_may_steer_resolution_checks_every_file(edited):
    base = {**SOURCES, "pyproject.toml": PYPROJECT}
    assert set(diff_files(base, {"pyproject.toml": edited}).head.checked) >= set(SOURCES)


def test_a_dependency_bump_with_a_source_change_reports_as_the_full_scan(repo_factory):
    """The bump steers nothing: the scoped run and --full-scan agree, the index of head is
    derived from base's, and the broken import is found."""
    base = {**SOURCES, "web/package.json": MANIFEST,
            "web/e.js": "import { x } from './c.js';\nexport const y = x;\n"}
    change = {"web/package.json": MANIFEST.replace("^4.17.20", "^4.17.21"),
              "web/c.js": "export const z = 1;\n"}
    report = both_ways(repo_factory([base, change]), "HEAD~1", "HEAD")
    assert {(f["code"], f["file"]) for f in report["findings"]} >= {
        ("IMP101", "web/d.ts"), ("IMP101", "web/e.js")}


# -- the public API compared is the names the change may provide differently -----------------

FACADE_CORE = "".join(f"def f{i}(value):\n    return value + {i}\n\n\n" for i in range(20))


@pytest.mark.parametrize("edit, compared, codes", [
    # a signature: only that name's public symbol is compared (at the module and its facade)
    (FACADE_CORE.replace("def f7(value)", "def f7(value, extra)"), {("pkg/core.py", "f7"),
                                                                    ("pkg/__init__.py", "f7")},
     ["IMP202"]),
    # a removal: that name, at both (the facade's import of it breaks too)
    (FACADE_CORE.replace("def f3(value):\n    return value + 3\n", ""),
     {("pkg/core.py", "f3"), ("pkg/__init__.py", "f3")}, ["IMP101", "IMP201"]),
    # a body: no name is provided differently
    (FACADE_CORE.replace("value + 7", "value + 8"), set(), []),
])
def test_the_public_api_compared_is_the_names_the_change_provides_differently(
        monkeypatch, edit, compared, codes):
    import impact.pipeline

    seen: list = []
    real = impact.pipeline.public_symbols

    def spy(graph, modules=None):
        symbols = real(graph, modules)
        seen.extend((s.module, s.name) for s in symbols)
        return symbols

    monkeypatch.setattr(impact.pipeline, "public_symbols", spy)
    facade = "from .core import " + ", ".join(f"f{i}" for i in range(20)) + "\n"
    base = {"pkg/__init__.py": facade, "pkg/core.py": FACADE_CORE,
            "app.py": "from pkg import f1\n\nf1(2)\n"}
    scoped = diff_result(base, {"pkg/core.py": edit})
    assert set(seen) == compared  # of the 40 public symbols of base
    monkeypatch.undo()
    full = diff_result(base, {"pkg/core.py": edit}, whole_repository=True)
    assert scoped.json == full.json
    assert sorted({f["code"] for f in scoped.json["findings"]}) == codes


def test_what_the_http_rules_read_in_base_does_not_depend_on_the_revision_it_was_compared_with(
        repo_factory, tmp_path):
    """A run keeps what the HTTP rules read in base, and a later change of base that touches
    none of it skips them. What they read must not depend on the head of that first run: a
    head without the `/api/b` route never asks what base's route sent (schemas_b.py), yet a
    later change of that model must still be judged."""
    main = ("from fastapi import FastAPI\n\nfrom schemas_a import A\nfrom schemas_b import B\n\n"
            "app = FastAPI()\n\n\n@app.get('/api/a')\ndef get_a() -> A:\n    return A(x=1)\n")
    route_b = "\n\n@app.get('/api/b')\ndef get_b() -> B:\n    return B(y=2, z=3)\n"
    model_b = "from pydantic import BaseModel\n\n\nclass B(BaseModel):\n    y: int\n    z: int\n"
    web = ("export async function loadB() {\n  const res = await fetch('/api/b')\n"
           "  const data = await res.json()\n  return data.y\n}\n")
    repo = repo_factory([
        {"main.py": main + route_b, "schemas_b.py": model_b, "web/api.js": web,
         "schemas_a.py": "from pydantic import BaseModel\n\n\nclass A(BaseModel):\n    x: int\n"},
        {"main.py": main, "web/api.js": "export const none = 1\n"},  # the first head
        {"main.py": main + route_b, "web/api.js": web,
         "schemas_b.py": model_b.replace("    y: int\n", "")},
    ])
    cache_dir = str(tmp_path / "cache")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~2", "HEAD~1")
    warm = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~2", "HEAD", "--format", "json")
    full = run_impact(repo, "--full-scan", "diff", "HEAD~2", "HEAD", "--format", "json")
    assert warm.json == full.json
    assert sorted((f["code"], f["symbol"]) for f in warm.json["findings"]) == [
        ("IMP402", "y"), ("IMP404", "y")]


@pytest.mark.parametrize("changed, reads, head_http, rebound, affected", [
    ({"lib.py"}, {"server.py", "models.py"}, {"server.py"}, set(), False),
    ({"models.py"}, {"server.py", "models.py"}, {"server.py"}, set(), True),  # read in base
    ({"lib.py"}, {"server.py"}, {"server.py", "lib.py"}, set(), True),  # routes in head
    ({"lib.py"}, {"server.py"}, {"server.py"}, None, True),  # a path added or removed
    ({"lib.py"}, None, {"server.py"}, set(), True),  # no run kept base's reads
    ({"lib.py"}, {"server.js"}, {"server.js"}, {"server.js"}, True),  # its imports resolve anew
    ({"lib.py"}, {"server.js"}, {"server.js"}, {"other.js"}, False),
])
def test_whether_a_change_can_affect_the_http_rules(changed, reads, head_http, rebound, affected):
    from impact.affected import Change, http_rules_affected

    change = Change(frozenset(changed), False, {})
    assert http_rules_affected(change, None if reads is None else frozenset(reads),
                               frozenset(head_http), None if rebound is None else frozenset(rebound)
                               ) is affected


def test_names_going_round_a_cycle_of_star_imports_read_each_importer_once(monkeypatch):
    """What each module takes from the others is worked out once per revision, however many
    times the names a cycle of star imports provides grow (sqlalchemy's packages took 10 s)."""
    from impact import affected

    reads: list[str] = []
    real = affected._reach_of
    monkeypatch.setattr(affected, "_reach_of",
                        lambda graph, facts: reads.append(facts.path) or real(graph, facts))
    size = 30
    files = {"pkg/__init__.py": "", **{
        f"pkg/m{i}.py": f"from .m{(i + 1) % size} import *\n\n\ndef f{i}(value):\n    return value\n"
        for i in range(size)}}
    change = {f"pkg/m{i}.py": files[f"pkg/m{i}.py"].replace(f"def f{i}(value)", f"def f{i}(value, more)")
              for i in (0, 10, 20)}
    scoped = diff_result(files, change)
    assert max(reads.count(path) for path in set(reads)) <= 2  # once in base, once in head
    assert len(set(reads)) == size
    monkeypatch.undo()
    assert scoped.json == diff_result(files, change, whole_repository=True).json


def test_a_warm_run_that_learns_nothing_new_writes_nothing_to_the_cache(repo_factory, tmp_path,
                                                                         monkeypatch):
    """The second run of the same diff finds its facts, indexes and HTTP reads in the cache
    and writes none of them again (a cache restored read-only in CI stays quiet)."""
    from impact.cache import FactsCache

    server = ("from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get('/api/x')\n"
              "def x():\n    return {'a': 1}\n")
    repo = repo_factory([{"server.py": server, "lib.py": "x = 1\n",
                          "web/api.js": "export const load = () => fetch('/api/x')\n"},
                         {"lib.py": "x = 2\n"}])
    cache_dir = str(tmp_path / "cache")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD")
    written: list[str] = []
    real = FactsCache.put_records
    monkeypatch.setattr(FactsCache, "put_records",
                        lambda cache, items: written.extend(items) or real(cache, items))
    again = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert again.exit_code == 0 and written == []


def test_the_paths_of_a_revision_are_sorted_into_kinds_the_way_each_path_is_classified():
    from impact.facts import is_source
    from impact.resolve.javascript import is_config_file
    from impact.steering import path_kinds, steers_resolution

    paths = frozenset({"a.py", "pkg/__init__.py", "web/App.TSX", "web/x.d.ts", "README.md",
                       "package.json", "web/tsconfig.base.json", "node_modules/x/package.json",
                       "pyproject.toml", "sub/setup.cfg", ".gitattributes", "Makefile", ".py",
                       "docs/conf.py.txt", "web/.gitignore", "pnpm-workspace.yaml"})
    kinds = path_kinds(paths)
    assert list(kinds.sources) == sorted(p for p in paths if is_source(p))
    assert {"web/App.TSX", ".py", "web/x.d.ts"} <= set(kinds.sources)
    assert not {"README.md", "docs/conf.py.txt", "Makefile"} & set(kinds.sources)
    assert list(kinds.config_files) == sorted(p for p in paths if is_config_file(p))
    assert set(kinds.config_files) == {"package.json", "web/tsconfig.base.json", "web/.gitignore",
                                       "pnpm-workspace.yaml"}
    assert list(kinds.steering) == sorted(p for p in paths if steers_resolution(p))
    assert {"pyproject.toml", "sub/setup.cfg", ".gitattributes", "package.json"} <= set(kinds.steering)
    assert path_kinds(frozenset(paths)) is kinds  # an equal set of paths: sorted once


PACKAGE_TREE = {"pkg/__init__.py": "", "pkg/sub/__init__.py": "", "pkg/sub/a.py": "A = 1\n",
                "pkg/other.py": "def f():\n    pass\n", "user.py": "import pkg.other\n\npkg.other.f()\n"}


@pytest.mark.parametrize("added, checked", [
    # `pkg.sub` was there before: the names of `pkg` are as they were
    ("pkg/sub/b.py", {"pkg/sub/b.py"}),
    # `pkg.fresh` appeared: `import pkg.other` binds `pkg`, whose names changed
    ("pkg/fresh/b.py", {"pkg/fresh/b.py", "user.py"}),
])
def test_a_module_added_changes_the_names_of_the_packages_whose_directory_appeared(added, checked):
    assert set(diff_files(PACKAGE_TREE, {added: "B = 1\n"}).head.checked) == checked


def test_a_subpackage_gone_with_its_last_module_is_missing_where_it_is_imported():
    base = {"pkg/__init__.py": "", "pkg/sub/mod.py": "X = 1\n", "pkg/sub/other.py": "Y = 1\n",
            "app.py": "from pkg import sub\n\nprint(sub)\n"}
    report = both_ways_in_memory(base, {"pkg/sub/mod.py": None, "pkg/sub/other.py": None})
    assert codes_at(report) == {("IMP101", "app.py")}


def test_a_file_whose_functions_only_return_calls_is_not_gone_through_by_the_http_rules():
    """Most JavaScript functions return some call (`return Math.max(a, b)`), which the HTTP
    facts keep (a wrapper's caller reads the body it returns); read beside the requests of
    their own file only, they do not make a file one the HTTP rules go through, so a warm
    run that edits it leaves them alone."""
    from impact.facts import extract_facts
    from impact.index import build
    from impact.summaries import summary_of

    files = {"src/clamp.js": "export function clamp(v, lo, hi) {\n  return Math.max(lo, Math.min(v, hi));\n}\n",
             "src/api.js": "export function getUser(id) {\n  return fetch(`/api/users/${id}`);\n}\n"}
    facts = {path: extract_facts(path, text.encode()) for path, text in files.items()}
    assert facts["src/clamp.js"].http.returns  # kept, and yet
    graph = SymbolGraph("head", facts, frozenset(files), {})
    assert build(graph, map(summary_of, facts.values())).http == frozenset({"src/api.js"})


def test_a_module_added_where_a_star_export_found_nothing_changes_what_it_lets_through():
    """`export * from './m0.js'` found nothing in base (an IMP102 there); head adds an empty
    `m0.js`, so `export { beta } from './m2.js'` now certainly names nothing. A full scan
    compares the public names of every module the change reaches, `beta` of the edited
    `app.js` among them; the scoped run compares the names whose provision the added module
    changes, through the module whose import now finds it (found by hypothesis' long run)."""
    base = {"src/m2.js": "export * from './m0.js';\n",
            "src/app.js": "export function alpha() { return 1; }\nexport { beta } from './m2.js';\n"}
    change = {"src/m0.js": "", "src/app.js": "export function alpha() { return 2; }\n"
                                              "export function gamma() { return 1; }\n"
                                              "export { beta } from './m2.js';\n"}
    report = both_ways_in_memory(base, change)
    assert ("IMP104", "src/app.js") in codes_at(report)


def test_a_file_whose_only_http_facts_are_wrappers_is_looked_up_not_gone_through():
    """`return getJson(path)` passes a parameter on as a URL: a wrapper, which a request is
    resolved through where its callee resolves. A file holding only wrappers (common in
    libraries: `return f(value)`) is not gone through by the HTTP rules, and a request sent
    through it still finds the route it lost."""
    from impact.index import build
    from impact.summaries import summary_of

    base = {
        "server.js": "const express = require('express');\nconst app = express();\n"
                     "app.get('/api/users', (req, res) => res.json([]));\n",
        "src/api.js": "export function apiGet(path) {\n  return fetch(`/api${path}`);\n}\n",
        "src/lib.js": "import { apiGet } from './api.js';\n"
                      "export function getJson(path) {\n  return apiGet(path);\n}\n",
        "src/page.js": "import { getJson } from './lib.js';\n"
                       "export async function load() {\n  return getJson('/users');\n}\n"}
    facts = {path: extract_facts(path, text.encode()) for path, text in base.items()}
    assert facts["src/lib.js"].http.wrappers  # kept, and yet
    graph = SymbolGraph("head", facts, frozenset(base), {})
    assert "src/lib.js" not in build(graph, map(summary_of, facts.values())).http
    renamed = {"server.js": base["server.js"].replace("/api/users", "/api/people")}
    assert ("IMP401", "src/page.js") in codes_at(both_ways_in_memory(base, renamed))


@st.composite
def python_project(draw) -> dict[str, list[str]]:
    return {path: draw(st.lists(python_statement(), max_size=6)) for path in PY_MODULES}


def _graph_and_summaries(files: dict[str, list[str]], label: str):
    from impact.summaries import summary_of

    texts = {path: render(path, statements) for path, statements in files.items()}
    facts = {path: extract_facts(path, text.encode()) for path, text in texts.items()}
    return SymbolGraph(label, facts, frozenset(texts), {}), \
        {path: summary_of(found) for path, found in facts.items()}


@given(st.one_of(python_project(), project()).flatmap(
    lambda base: st.tuples(st.just(base), edited(base))))
def test_an_index_derived_across_modules_added_and_removed_is_the_one_built(generated):
    """Python and JavaScript/TypeScript modules added, removed and renamed: the index of head
    derived from base's, through the files that name a moved module
    (index.naming_moved_modules) besides the changed ones, is the index built from every file
    of head."""
    from impact.affected import Change, reaches_every_file
    from impact.index import build, derived, moved_paths, naming_moved_modules

    base, head = generated
    (old, old_summaries), (new, new_summaries) = (_graph_and_summaries(files, label)
                                                  for files, label in ((base, "base"), (head, "head")))
    changed = frozenset(path for path in {*base, *head}
                        if path not in base or path not in head or
                        render(path, base[path]) != render(path, head[path]))
    moved = moved_paths(base, head)
    if reaches_every_file(old, new, Change(changed, False, {})):
        event("reaches every file")
        return
    event("modules moved" if moved else "same modules")
    naming = naming_moved_modules(list(new_summaries.values()), moved, (new.js, old.js),
                                  (new.python, old.python))
    if naming is None:  # no configuration maps specifiers here: a package made a source root
        assert (new.python.roots, new.python.project_roots) != \
            (old.python.roots, old.python.project_roots)
        event("source roots differ")
        return
    differing = changed | naming
    found = derived(build(old, old_summaries.values()), new,
                    [old_summaries[p] for p in sorted(differing) if p in old_summaries],
                    [new_summaries[p] for p in sorted(differing) if p in new_summaries])
    assert found == build(new, new_summaries.values())


def test_a_module_added_to_a_package_routes_read_whole_leaves_the_http_rules_alone(
        repo_factory, tmp_path, monkeypatch):
    """`import models.m0` makes the route's file take the package `models` whole, so a module
    added to it is a file the change can affect; but no import of the files the HTTP rules
    read names it, so each resolves as before and the rules do not run again; the warm run
    reports what a full scan reports."""
    server = ("from flask import Flask, jsonify\n\nimport models.m0\n\napp = Flask(__name__)\n\n\n"
              "@app.get('/api/row')\ndef row():\n    return jsonify(models.m0.Row0().to_dict())\n")
    files = {"models/__init__.py": "", "server.py": server, "models/m0.py": ROW_MODEL.format(i=0),
             "db.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n"}
    repo = repo_factory([files, {"db.py": files["db.py"] + "\n"}])
    cache_dir = str(tmp_path / "cache")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD")
    (repo / "models" / "extra.py").write_text("z = 1\n")
    from impact.checks.http import comparison

    compared = []
    monkeypatch.setattr(comparison, "check_change", lambda *args: compared.append(args) or [])
    warm = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json")
    assert compared == []
    monkeypatch.undo()
    full = run_impact(repo, "--cache-dir", cache_dir, "--full-scan", "diff", "HEAD", "--format", "json")
    assert warm.json == full.json


def test_a_star_of_a_module_with_all_is_as_complete_as_its_all_whatever_is_asked_first():
    """`from pkg.m0 import *` brings exactly m0's `__all__`, however incomplete the rest of m0
    (its star of a module whose `__all__` reads another's): so `beta` in m1's `__all__` is
    undefined in both revisions, whether m0's exports are worked out with m1's or before
    them (a generated case where the full scan reported it as new and a scoped run did not)."""
    alpha = "def alpha():\n    return 1\n"
    base = {"pkg/m0.py": [alpha, "__all__ = ['alpha', 'alpha']\n", "from pkg.m2 import *\n"],
            "pkg/m1.py": [alpha, "from pkg.m0 import *\n", "__all__ = ['alpha', 'beta']\n"],
            "pkg/m2.py": [alpha, "from pkg.m0 import *\n", "__all__ = m0.__all__ + ['alpha']\n",
                          "from pkg.m1 import alpha\n"],
            "pkg/__init__.py": [], "app.py": []}
    files = {path: render(path, statements) for path, statements in base.items()}
    report = both_ways_in_memory(files, {"pkg/m2.py": None})
    assert ("IMP104", "pkg/m1.py") not in codes_at(report)
    assert ("IMP102", "pkg/m0.py") in codes_at(report)
