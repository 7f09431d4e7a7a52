"""Renames and moves of definitions without a body: constants, type aliases, TypeVars,
TypeScript interfaces, type aliases and enums. Their value (their type body) identifies them
as a function's body does, unless it is too plain to tell one from another (`0`, `None`, a
bare name, ...); each consumer's finding names the rename or move and `impact fix` rewrites
the imports and uses."""

from __future__ import annotations

import pytest
from conftest import git, run_impact

from impact.lang import javascript, python


def _diff(repo):
    return run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json").findings


def _fixed_clean(repo):
    fixed = run_impact(repo, "fix", "HEAD~1")
    assert fixed.exit_code == 0, fixed.stdout + fixed.stderr
    after = run_impact(repo, "diff", "HEAD~1")
    assert after.exit_code == 0 and after.stdout.startswith("No findings"), after.stdout


# -- Python -------------------------------------------------------------------------------

CONFIG = ("MAX_SIZE = 10 * 1024 * 1024  # bytes\n\n\n"
          "def too_big(n):\n    return n > MAX_SIZE\n")
PY_APP = {"config.py": CONFIG,
          "upload.py": "from config import MAX_SIZE\n\nLIMIT = MAX_SIZE\n",
          "check.py": "import config\n\nLIMIT = config.MAX_SIZE\n"}


def test_a_python_constant_renamed_in_place_is_named_and_fixed(repo_factory):
    renamed = CONFIG.replace("MAX_SIZE = 10 * 1024 * 1024  # bytes",
                             "MAX_UPLOAD_SIZE = 10*1024*1024")  # spacing and comment differ
    repo = repo_factory([PY_APP, {"config.py": renamed}])
    findings = _diff(repo)
    assert sorted(f["file"] for f in findings) == ["check.py", "config.py", "upload.py"]
    for finding in findings:
        assert finding["message"].endswith(
            "; `MAX_SIZE` was renamed to `MAX_UPLOAD_SIZE` in `config.py`"), finding["message"]
        assert finding["fixable"] is True
    text = run_impact(repo, "diff", "HEAD~1", "HEAD").stdout
    assert text.startswith("■ `MAX_SIZE` renamed to `MAX_UPLOAD_SIZE` in `config.py` → 3 broken")
    _fixed_clean(repo)
    assert "return n > MAX_UPLOAD_SIZE\n" in (repo / "config.py").read_text()
    assert (repo / "upload.py").read_text().startswith(
        "from config import MAX_UPLOAD_SIZE as MAX_SIZE\n")
    assert "LIMIT = MAX_UPLOAD_SIZE\n" in (repo / "check.py").read_text()


def test_a_python_constant_moved_to_another_module_is_named_and_fixed(repo_factory):
    base = {"settings.py": "API_URL = 'https://api.example.com/v1'\nDEBUG = False\n",
            "client.py": "from settings import API_URL\n\n\ndef url(path):\n"
                         "    return API_URL + path\n"}
    change = {"settings.py": "DEBUG = False\n",
              "config.py": "TIMEOUT = 30\nAPI_URL = 'https://api.example.com/v1'\n"}
    repo = repo_factory([base, change])
    findings = _diff(repo)
    assert [f["file"] for f in findings] == ["client.py"]
    assert findings[0]["message"].endswith("; `API_URL` moved to `config.py`")
    assert findings[0]["cause"]["kind"] == "moved"
    _fixed_clean(repo)
    assert (repo / "client.py").read_text().startswith("from config import API_URL\n")


@pytest.mark.parametrize("old, new", [
    ('Json = dict[str, "Json"] | list["Json"] | str | int\n',
     'JsonValue = dict[str, "JsonValue"] | list["JsonValue"] | str | int\n'),
    ("type Pair = tuple[int, int]\n", "type IntPair = tuple[int, int]\n"),
    ('T = TypeVar("T", bound=Base)\n', 'BaseT = TypeVar("BaseT", bound=Base)\n'),
])
def test_python_type_aliases_and_typevars_renamed(repo_factory, old, new):
    header = "from typing import TypeVar\n\n\nclass Base:\n    pass\n\n\n"
    old_name, new_name = old.split()[1 if old.startswith("type ") else 0], \
        new.split()[1 if new.startswith("type ") else 0]
    base = {"types_.py": header + old, "use.py": f"from types_ import {old_name}\n"}
    repo = repo_factory([base, {"types_.py": header + new}])
    findings = _diff(repo)
    assert [f["file"] for f in findings] == ["use.py"]
    assert findings[0]["message"].endswith(
        f"; `{old_name}` was renamed to `{new_name}` in `types_.py`")
    _fixed_clean(repo)


# -- TypeScript ---------------------------------------------------------------------------

TS_APP = {
    "package.json": '{"name": "app", "private": true, "main": "src/index.ts"}\n',
    "src/api.ts": "export const API_URL = 'https://api.example.com/v1';\n"
                  "export function get(path: string) {\n  return fetch(API_URL + path);\n}\n",
    "src/types.ts": "export interface UserProps {\n  name: string;\n  age: number;\n}\n"
                    "export type Status = 'active' | 'inactive';\n"
                    "export enum Color {\n  Red,\n  Green,\n}\n"
                    "export function describe(u: UserProps, c: Color): string {\n"
                    "  return u.name + c;\n}\n",
    "src/index.ts": "import { API_URL, get } from './api';\n"
                    "import type { UserProps, Status } from './types';\n"
                    "import { Color, describe } from './types';\n"
                    "export const u: UserProps = { name: 'a', age: 1 };\n"
                    "export const s: Status = 'active';\n"
                    "console.log(API_URL, get('/'), describe(u, Color.Red));\n",
}


@pytest.mark.parametrize("path, old, new, old_name, new_name", [
    ("src/api.ts", "API_URL", "API_BASE_URL", "API_URL", "API_BASE_URL"),
    ("src/types.ts", "UserProps", "UserProperties", "UserProps", "UserProperties"),
    ("src/types.ts", "Color", "Colour", "Color", "Colour"),
])
def test_typescript_constant_interface_and_enum_renamed(repo_factory, path, old, new, old_name,
                                                        new_name):
    repo = repo_factory([TS_APP, {path: TS_APP[path].replace(old, new)}])
    findings = _diff(repo)
    assert findings and all(f["file"] == "src/index.ts" for f in findings)
    for finding in findings:
        assert finding["message"].endswith(
            f"; `{old_name}` was renamed to `{new_name}` in `{path}`"), finding["message"]
        assert finding["fixable"] is True
    _fixed_clean(repo)
    assert f"{new_name}" in (repo / "src/index.ts").read_text()


def test_a_typescript_type_alias_moved_to_another_module(repo_factory):
    types = TS_APP["src/types.ts"].replace("export type Status = 'active' | 'inactive';\n", "")
    change = {"src/types.ts": types,
              "src/status.ts": "// the states of an account\n"
                               "export type Status =\n  'active' | 'inactive';\n"}
    repo = repo_factory([TS_APP, change])
    findings = _diff(repo)
    assert [f["file"] for f in findings] == ["src/index.ts"]
    assert findings[0]["message"].endswith("; `Status` moved to `src/status.ts`")
    _fixed_clean(repo)
    assert "from './status'" in (repo / "src/index.ts").read_text()


# -- what is not a rename -------------------------------------------------------------------

def _no_relocation(repo):
    findings = _diff(repo)
    assert findings
    for finding in findings:
        assert "renamed" not in finding["message"] and "moved" not in finding["message"]
        assert finding["cause"]["kind"] == "removed" and not finding.get("fixable")
    before = git(repo, "status", "--porcelain")
    assert run_impact(repo, "fix", "HEAD~1").exit_code == 0
    assert git(repo, "status", "--porcelain") == before  # nothing rewritten


@pytest.mark.parametrize("value", ["0", "1", "10", "None", "True", "''", "'id'", "[]", "{}",
                                   "other.VALUE", "VALUE", "(1,)"])
def test_two_constants_with_the_same_plain_value_are_no_rename(repo_factory, value):
    base = {"other.py": "VALUE = 3\n", "config.py": f"import other\nfrom other import VALUE\n\n"
            f"RETRIES = {value}\n", "use.py": "from config import RETRIES\n"}
    change = {"config.py": f"import other\nfrom other import VALUE\n\nOFFSET = {value}\n"}
    _no_relocation(repo_factory([base, change]))


def test_a_value_changed_with_its_name_is_no_rename(repo_factory):
    base = {"config.py": "MAX_SIZE = 10 * 1024\n", "use.py": "from config import MAX_SIZE\n"}
    _no_relocation(repo_factory([base, {"config.py": "MAX_UPLOAD_SIZE = 20 * 1024\n"}]))


def test_two_new_constants_with_the_value_are_ambiguous(repo_factory):
    base = {"config.py": "API_URL = 'https://api.example.com'\n",
            "use.py": "from config import API_URL\n"}
    change = {"config.py": "PRIMARY = 'https://api.example.com'\n"
                           "FALLBACK = 'https://api.example.com'\n"}
    _no_relocation(repo_factory([base, change]))


def test_typescript_plain_values_and_empty_types_are_no_rename(repo_factory):
    base = {"package.json": '{"name": "app", "private": true}\n',
            "src/a.ts": "export const LIMIT = 0;\nexport interface Empty {}\nexport type Id = string;\n",
            "src/b.ts": "import { LIMIT } from './a';\nimport type { Empty, Id } from './a';\n"
                        "export const x: Empty | Id = LIMIT.toString();\n"}
    change = {"src/a.ts": "export const OFFSET = 0;\nexport interface Nothing {}\n"
                          "export type Key = string;\n"}
    _no_relocation(repo_factory([base, change]))


# -- the identity itself --------------------------------------------------------------------

def _bodies(definitions) -> dict[str, str]:
    return {d.name: d.body for d in definitions}


def test_a_value_identity_ignores_layout_comments_and_the_own_name():
    one = _bodies(python.extract("a.py", b'A = {"x": 1, "y": [2, 3]}  # c\n'
                                         b'T = TypeVar("T", int, str)\n').definitions)
    two = _bodies(python.extract("b.py", b'B = {\n    "x": 1,\n    "y": [2, 3]\n}\n'
                                         b'U = TypeVar("U", int, str)\nV = {"x": 1, "y": [2, 4]}\n'
                                         b'W = X = 1000\n').definitions)
    assert one["A"] and one["A"] == two["B"] != two["V"]
    assert one["T"] and one["T"] == two["U"]
    assert two["W"] == ""  # a chained assignment: which name is the value's is not clear
    ts = _bodies(javascript.extract("a.ts", b"export interface P { a: string } // c\n"
                                            b"export interface Q {\n  a: string\n}\n"
                                            b"export type R = { a: string };\n").definitions)
    assert ts["P"] and ts["P"] == ts["Q"] != ts["R"]


def test_a_value_bound_twice_has_no_identity():
    found = _bodies(python.extract("a.py", b"import sys\nif sys.platform == 'win32':\n"
                                           b"    SEP = '\\\\\\\\'\nelse:\n    SEP = '/'\n"
                                           b"HOME = '/home/user'\n").definitions)
    assert found["SEP"] == "" and found["HOME"]


def test_a_data_table_is_identified_by_its_text():
    """A value of thousands of nodes is hashed from its text (not token by token): the same
    table under another name and another layout is the same; another table is not."""
    items = [f'"k{i}": {i}' for i in range(1500)]
    one = _bodies(python.extract("a.py", ("TABLE = {" + ", ".join(items) + "}\n").encode())
                  .definitions)
    two = _bodies(python.extract("b.py", ("CODES = {\n    " + ",\n    ".join(items) + "\n}\n"
                                          "OTHER = {" + ", ".join(items[1:]) + "}\n").encode())
                  .definitions)
    assert one["TABLE"] and one["TABLE"] == two["CODES"] != two["OTHER"]
