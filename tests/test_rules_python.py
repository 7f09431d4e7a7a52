"""One positive and one negative case per rule, Python; plus the cases Python makes hard."""

from __future__ import annotations

import pytest
from conftest import diff_keys, diff_result, run_impact

from impact.api import diff_files

PKG = {
    "pkg/__init__.py": "",
    "pkg/util.py": "def helper(x):\n    return x\n\n\ndef other():\n    return 2\n",
}



def test_imp101_removed_function_still_imported():
    base = {**PKG, "app.py": "from pkg.util import helper\n\nprint(helper(1))\n"}
    change = {"pkg/util.py": "def other():\n    return 2\n"}
    assert diff_keys(base, change) == [("IMP101", "app.py", 1, "helper")]


def test_imp101_negative_function_moved_and_import_updated():
    base = {**PKG, "app.py": "from pkg.util import helper\n\nprint(helper(1))\n"}
    change = {"pkg/util.py": "def other():\n    return 2\n",
              "pkg/helpers.py": "def helper(x):\n    return x\n",
              "app.py": "from pkg.helpers import helper\n\nprint(helper(1))\n"}
    assert diff_keys(base, change) == []


def test_imp101_relative_import():
    base = {**PKG, "pkg/service.py": "from .util import helper, other\n"}
    change = {"pkg/util.py": "def helper(x):\n    return x\n"}
    assert diff_keys(base, change) == [("IMP101", "pkg/service.py", 1, "other")]


def test_imp102_deleted_module():
    base = {**PKG, "app.py": "import pkg.util\nfrom pkg import util\n"}
    change = {"pkg/util.py": None}
    assert diff_keys(base, change) == [
        ("IMP101", "app.py", 2, "util"), ("IMP102", "app.py", 1, "pkg.util")]


def test_imp102_negative_external_package_is_not_checked():
    base = {**PKG, "app.py": "import os\n"}
    change = {"app.py": "import os\nimport requests\nfrom yaml import safe_load\n"}
    assert diff_keys(base, change) == []


def test_imp102_guarded_import_is_not_reported():
    base = {**PKG, "app.py": "x = 1\n"}
    change = {"app.py": "try:\n    from pkg.fast import helper\nexcept ImportError:\n"
                        "    from pkg.util import helper\n\nprint(helper(1))\n"}
    assert diff_keys(base, change) == []


def test_imp102_an_import_rewritten_from_one_missing_module_to_another_is_no_new_break():
    # the shape of Red-DiscordBot 57240d25b9 (`import redbot.trivia` -> `from redbot.ext import
    # trivia`, both installed into the package by the Red-Trivia distribution), where base's
    # module is missing too (in Red-DiscordBot a .gitignore hides it, and the finding stays)
    base = {"redbot/__init__.py": "", "redbot/cogs/__init__.py": "",
            "redbot/cogs/trivia.py": "import redbot.trivia\n\nprint(redbot.trivia.lists())\n"}
    change = {"redbot/cogs/trivia.py": "from redbot.ext import trivia\n\nprint(trivia.lists())\n"}
    assert diff_keys(base, change) == []
    # a missing module added beside the one base already missed, or into another package: new
    beside = {"redbot/cogs/trivia.py": "import redbot.trivia\nfrom redbot.ext import trivia\n"}
    assert diff_keys(base, beside) == [("IMP102", "redbot/cogs/trivia.py", 2, "redbot.ext")]
    elsewhere = {**base, "app.py": "import redbot.cogs.trivia\n"}
    assert diff_keys(elsewhere, {"app.py": "import redbot.cogs.quiz\n"}) == [
        ("IMP102", "app.py", 1, "redbot.cogs.quiz")]


def test_imp103_module_attribute():
    base = {**PKG, "app.py": "import pkg.util\nimport pkg.util as u\n\n"
                             "pkg.util.helper(1)\nu.other()\n"}
    change = {"pkg/util.py": "def helper(x):\n    return x\n"}
    assert diff_keys(base, change) == [("IMP103", "app.py", 5, "other")]


def test_imp103_negative_submodule_and_assignment():
    base = {**PKG, "pkg/sub/__init__.py": "", "pkg/sub/deep.py": "VALUE = 1\n",
            "app.py": "import pkg\nimport pkg.sub.deep\n"}
    change = {"app.py": "import pkg\nimport pkg.sub.deep\n\nprint(pkg.sub.deep.VALUE)\n"
                        "pkg.util = None\n"}
    assert diff_keys(base, change) == []


def test_imp104_all_lists_removed_name():
    base = {**PKG, "pkg/__init__.py": "from .util import helper, other\n\n"
                                      "__all__ = ['helper', 'other']\n"}
    change = {"pkg/__init__.py": "from .util import helper\n\n__all__ = ['helper', 'other']\n"}
    assert diff_keys(base, change) == [("IMP104", "pkg/__init__.py", 3, "other")]


def test_imp101_a_name_a_module_with_a_syntax_error_no_longer_writes():
    """frappe/insights 49a2dcbb15: a cherry-pick leaves conflict markers in a module and drops
    `get_allowed` from it; the module provides at most the words its text writes, so the
    import of `get_allowed` is dangling. A name still written (inside the conflict) and a
    module whose text may bind unwritten names (a star import) are not judged."""
    base = {**PKG, "pkg/perm.py": "import os\n\ndef get_allowed():\n    return os\n\n"
                                  "def kept():\n    pass\n",
            "pkg/star.py": "import os\n\ndef gone():\n    pass\n",
            "app.py": "from pkg.perm import get_allowed, kept\nfrom pkg.star import gone\n"}
    change = {"pkg/perm.py": "<<<<<<< HEAD\nimport os\n=======\nimport sys\n>>>>>>> 09514c4\n\n"
                             "def kept():\n    pass\n",
              "pkg/star.py": "<<<<<<< HEAD\nimport os\n=======\nfrom os.path import *\n"
                             ">>>>>>> 09514c4\n"}
    assert [k for k in diff_keys(base, change) if k[0] != "IMP301"] == [
        ("IMP101", "app.py", 1, "get_allowed")]


def test_imp104_a_comma_missing_between_all_entries_joins_them():
    """`'cooked_mode' 'attach'` is one entry, `'cooked_modeattach'` (prompt-toolkit
    31906ded50): `import *` of the module fails on it. A concatenation that names a definition
    is no finding."""
    base = {**PKG, "pkg/modes.py": "__all__ = [\n    'raw',\n    'cooked'\n]\n\n"
                                   "def raw(): pass\ndef cooked(): pass\ndef attach(): pass\n"
                                   "def cooked_attach(): pass\n"}
    change = {"pkg/modes.py": "__all__ = [\n    'raw',\n    'cooked'\n    'attach',\n"
                              "    'cooked_' 'attach',\n]\n\n"
                              "def raw(): pass\ndef cooked(): pass\ndef attach(): pass\n"
                              "def cooked_attach(): pass\n"}
    assert diff_keys(base, change) == [("IMP104", "pkg/modes.py", 3, "cookedattach")]


def test_imp104_negative_all_names_submodule_and_extend():
    base = {**PKG, "pkg/__init__.py": "__all__ = ['util']\n"}
    change = {"pkg/__init__.py": "from .util import helper\n__all__ = ['util']\n"
                                 "__all__ += ['helper']\n__all__.extend(['VERSION'])\n"
                                 "VERSION = '1'\n"}
    assert diff_keys(base, change) == []


def test_imp105_usage_after_import_removed():
    base = {**PKG, "app.py": "from pkg.util import helper\n\n\ndef run():\n"
                             "    return helper(1)\n"}
    change = {"app.py": "\n\n\ndef run():\n    return helper(1)\n"}
    result_keys = diff_keys(base, change)
    assert result_keys == [("IMP105", "app.py", 5, "helper")]


def test_imp105_origin_points_at_removed_import():
    base = {**PKG, "app.py": "from pkg.util import helper\nhelper(1)\n"}
    finding = diff_result(base, {"app.py": "helper(1)\n"}).findings[0]
    assert finding["origin"] == {"file": "app.py", "line": 1}


@pytest.mark.parametrize("code", [
    "def f(a, *args, key=None, **kw):\n    return a, args, key, kw\n",
    "class C:\n    attr = 1\n    other = attr + 1\n    items = [a for a in (attr,)]\n",
    ("import sys\nif sys.version_info >= (3, 11):\n    def g():\n        pass\nelse:\n"
     "    def g():\n        pass\ng()\n"),
    "def f():\n    global COUNTER\n    COUNTER = 1\n\n\ndef h():\n    return COUNTER\n",
    ("def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n"
     "    return inner\n"),
    "values = [y := 5, y ** 2]\nprint(len(values), __file__, __name__)\n",
    ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.util import helper\n"
     "def f(h: 'helper') -> None:\n    pass\n"),
    "try:\n    import simplejson as json\nexcept ImportError:\n    import json\njson.dumps(1)\n",
    "X = 1\ndel X\n",
    "match command:\n    case [action, *rest]:\n        print(action, rest)\n",
    "with open('f') as (handle):\n    handle.read()\nfor i, (j, k) in []:\n    print(i, j, k)\n",
    "lambda_ = lambda q, *r, **s: (q, r, s)\n",
])
def test_imp105_negative_scoping(code):
    """Scoping constructs that bind names: no finding (the last ones even without base)."""
    code = code.replace("command", "__name__")
    assert diff_keys({**PKG, "mod.py": "x = 1\n"}, {"mod.py": code}) == []


def test_imp105_a_name_in_code_after_a_return_is_not_judged():
    """graphene 9a84d595a1: `if human: return Human(human)` after `return ...` in the same
    block never runs, and pyright judges nothing there; before the jump, in another branch or
    after the block that returns, a name nothing binds is still reported."""
    code = ("def resolve(id):\n    return wrap(id)\n    if human:\n        return human\n\n\n"
            "def loop(items):\n    for item in items:\n        if item:\n            continue\n"
            "        print(gone)\n    raise ValueError(left)\n    print(after)\n")
    assert diff_keys({"mod.py": "x = 1\n"}, {"mod.py": code}) == [
        ("IMP105", "mod.py", 2, "wrap"), ("IMP105", "mod.py", 11, "gone"),
        ("IMP105", "mod.py", 12, "left")]


def test_imp105_class_scope_not_visible_in_methods():
    code = "class C:\n    attr = 1\n\n    def m(self):\n        return attr\n"
    assert diff_keys({"mod.py": "x = 1\n"}, {"mod.py": code}) == [
        ("IMP105", "mod.py", 5, "attr")]


def test_star_import_with_and_without_all():
    base = {**PKG, "pkg/api.py": "__all__ = ['helper']\nfrom pkg.util import helper, other\n",
            "app.py": "from pkg.util import *\nprint(helper, other)\n",
            "app2.py": "from pkg.api import *\nprint(helper)\n"}
    change = {"app2.py": "from pkg.api import *\nprint(helper, other)\n"}
    assert diff_keys(base, change) == [("IMP105", "app2.py", 2, "other")]


def test_star_import_from_external_module_suppresses_undefined_names():
    base = {"app.py": "from tkinter import *\n"}
    change = {"app.py": "from tkinter import *\nTk()\n"}
    assert diff_keys(base, change) == []


def test_module_getattr_provides_any_name():
    base = {**PKG, "pkg/lazy.py": "def __getattr__(name):\n    return name\n",
            "app.py": "x = 1\n"}
    change = {"app.py": "from pkg.lazy import anything\nimport pkg.lazy\npkg.lazy.other\n"}
    assert diff_keys(base, change) == []


def test_src_layout_and_namespace_package():
    base = {"src/lib/__init__.py": "", "src/lib/core.py": "def run():\n    pass\n",
            "ns/part/mod.py": "VALUE = 1\n",
            "app.py": "from lib.core import run\nfrom ns.part.mod import VALUE\n"}
    change = {"src/lib/core.py": "def start():\n    pass\n", "ns/part/mod.py": "OTHER = 1\n"}
    assert diff_keys(base, change) == [
        ("IMP101", "app.py", 1, "run"), ("IMP101", "app.py", 2, "VALUE")]


def test_attribute_through_one_of_several_submodule_imports():
    # `import pkg.a` and `import pkg.b` both bind `pkg`: `pkg.b.f` is still checked; a name
    # bound to two different modules is not
    base = {"pkg/__init__.py": "", "pkg/a.py": "", "pkg/b.py": "def f():\n    pass\n",
            "other/__init__.py": "", "other/b.py": "def f():\n    pass\n",
            "test_b.py": "import pkg.a\nimport pkg.b\n\npkg.b.f()\n",
            "test_two.py": "import pkg\nimport other as pkg\n\npkg.b.f()\n"}
    change = {"pkg/b.py": "def g():\n    pass\n"}
    assert diff_keys(base, change) == [("IMP103", "test_b.py", 4, "f")]


def test_uses_through_a_missing_submodule_import_are_not_reported_again():
    # one breakage, one finding: `import pkg.impl` of a deleted module carries it (IMP102)
    base = {"pkg/__init__.py": "", "pkg/impl.py": "def f():\n    pass\n", "pkg/other.py": "",
            "app.py": "import pkg.impl\nimport pkg.other\n\npkg.impl.f()\npkg.other.g()\n"}
    change = {"pkg/impl.py": None}
    assert diff_keys(base, change) == [("IMP102", "app.py", 1, "pkg.impl")]


def test_uses_through_a_missing_module_a_from_import_names_are_not_reported_again():
    # `from pkg.impl import f` of a deleted module carries the breakage (IMP102): the file
    # fails there, and `pkg.impl.g()` further down is the same breakage (requests' tests do
    # `import requests` and `from requests.cookies import ...`, then `requests.cookies.X`)
    base = {"pkg/__init__.py": "from .models import Model\n",
            "pkg/models.py": "from .impl import f\n\n\nclass Model:\n    pass\n",
            "pkg/impl.py": "def f():\n    pass\n\n\ndef g():\n    pass\n",
            "app.py": "import pkg\nfrom pkg.impl import f\n\nf()\npkg.impl.g()\n"}
    change = {"pkg/impl.py": None}
    assert diff_keys(base, change) == [
        ("IMP102", "app.py", 2, "pkg.impl"), ("IMP102", "pkg/models.py", 1, ".impl")]


def test_a_package_importing_its_own_deleted_submodule_is_reported():
    # `from . import util` in `pkg/__init__.py` binds `util` by that very import, which finds
    # nothing but the submodule: without it, `import pkg` raises ImportError (requests'
    # `from . import packages, utils`). A package with `__getattr__` may still provide it.
    base = {"pkg/__init__.py": "from . import util\nfrom pkg import extra\n",
            "pkg/util.py": "A = 1\n", "pkg/extra.py": "B = 1\n",
            "lazy/__init__.py": "from . import util\n\n\ndef __getattr__(name):\n"
                                "    return name\n",
            "lazy/util.py": "A = 1\n"}
    change = {"pkg/util.py": None, "pkg/extra.py": None, "lazy/util.py": None}
    assert diff_keys(base, change) == [
        ("IMP101", "pkg/__init__.py", 1, "util"), ("IMP101", "pkg/__init__.py", 2, "extra")]


def test_from_dot_import_submodule_vs_attribute():
    base = {**PKG, "pkg/consts.py": "A = 1\n",
            "pkg/service.py": "from . import util, consts\nfrom .consts import A\n"}
    change = {"pkg/consts.py": None}
    assert diff_keys(base, change) == [
        ("IMP101", "pkg/service.py", 1, "consts"), ("IMP102", "pkg/service.py", 2, ".consts")]


def test_imp301_syntax_error_and_the_rest_still_analysed():
    base = {**PKG, "app.py": "from pkg.util import helper\n", "broken.py": "x = 1\n"}
    change = {"pkg/util.py": "def other():\n    return 2\n", "broken.py": "def f(:\n    pass\n"}
    keys = diff_keys(base, change)
    assert keys == [("IMP101", "app.py", 1, "helper"), ("IMP301", "broken.py", 1, "broken.py")]


def test_source_roots_from_tool_impact():
    # a namespace package under services/api: not a root impact would find by itself
    base = {"services/api/app/core.py": "def run():\n    pass\n",
            "services/api/app/main.py": "from app.core import run\n",
            "pyproject.toml": "[tool.impact]\nroots = ['services/api']\n"}
    change = {"services/api/app/core.py": "def start():\n    pass\n"}
    assert diff_keys(base, change) == [("IMP101", "services/api/app/main.py", 1, "run")]


def test_unknown_tool_impact_key_is_a_one_line_error(repo_factory):
    repo = repo_factory([{"pyproject.toml": "[tool.impact]\nrootz = ['src']\n"}, {"a.py": "x = 1\n"}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD")
    assert result.exit_code == 2 and "unknown key 'rootz'" in result.stderr


def test_multi_line_import_of_a_missing_module_is_one_finding_at_the_statement():
    base = {"pkg/__init__.py": "", "pkg/sql.py": "a = b = c = 1\n",
            "app.py": "import os\nfrom pkg.sql import (\n    a,\n    b,\n    c,\n)\n"}
    assert diff_keys(base, {"pkg/sql.py": None}) == [
        ("IMP102", "app.py", 2, "pkg.sql")]


def test_separate_imports_of_a_missing_module_are_one_finding_each():
    base = {"pkg/__init__.py": "", "pkg/sql.py": "a = b = 1\n",
            "app.py": "from pkg.sql import a\nfrom pkg.sql import b\n"}
    assert diff_keys(base, {"pkg/sql.py": None}) == [
        ("IMP102", "app.py", 1, "pkg.sql"), ("IMP102", "app.py", 2, "pkg.sql")]


def test_a_moved_module_keeps_what_was_already_wrong_in_it():
    base = {"pkg/__init__.py": "", "pkg/old.py": "from pkg import nothing_here\n"}
    moved = {"pkg/old.py": None, "pkg/new.py": "from pkg import nothing_here\n"}
    assert diff_keys(base, moved) == []


DECORATED = '''import contextlib
import functools


def traced(f):
    @functools.wraps(f)
    def inner(*args, **kwargs):
        return f(*args, **kwargs)
    return inner


@traced
def connect(host, port=5432):
    return host


@functools.lru_cache(maxsize=None)
def cached(host, port=5432):
    return host


@contextlib.contextmanager
def session(host, port=5432):
    yield host


def plain(host, port=5432):
    return host


class Client:
    @classmethod
    def build(cls, host, port=5432):
        return cls()

    @traced
    def send(self, data, timeout=1):
        return data
'''
CALLS = ("from pkg.net import Client, cached, connect, plain, session\n\n"
         "connect('h', port=1)\ncached('h', port=1)\nplain('h', port=1)\n"
         "with session('h', port=1):\n    pass\nclient = Client()\nclient.build('h', port=1)\n"
         "client.send(b'', timeout=2)\n")


def test_imp202_through_a_decorator_that_may_reshape_the_call_is_a_warning():
    """A wrapper taking *args/**kwargs, lru_cache, a dispatcher: what the call must fit is the
    wrapper's business (pyright does not check such calls either), so the break is a
    warning; decorators that keep the signature (contextmanager, classmethod) stay errors."""
    base = {**PKG, "pkg/net.py": DECORATED, "app.py": CALLS}
    change = {"pkg/net.py": DECORATED.replace(", port=5432", "").replace(", timeout=1", "")}
    result = diff_result(base, change)
    severities = {(f["line"], f["severity"]) for f in result.findings
                  if f["code"] == "IMP202" and f["file"] == "app.py"}
    assert severities == {(3, "warning"), (4, "warning"), (5, "error"), (6, "error"),
                          (9, "error"), (10, "warning")}
    message = next(f["message"] for f in result.findings if f["line"] == 3)
    assert message.endswith("(if `@traced` passes the call on unchanged)")


ROUTES = '''from fastapi import APIRouter

router = APIRouter()


@router.get("/tasks/{task_id}")
def read_task(task_id: int):
    return {"id": task_id}


def helper(task_id: int):
    return task_id
'''


def test_imp202_no_public_api_warning_for_a_route_handler_the_framework_calls():
    """A FastAPI handler that takes a new dependency (`current_user: CurrentUser`) is called by
    the framework, never by a caller outside; a plain public function still gets the warning."""
    base = {"pkg/__init__.py": "", "pkg/views.py": ROUTES}
    change = {"pkg/views.py": ROUTES.replace("(task_id: int)", "(task_id: int, current_user: CurrentUser)")}
    warnings = [(f.code, f.symbol) for f in diff_files(base, change).findings if f.code == "IMP202"]
    assert warnings == [("IMP202", "helper")]


BROAD_TRY_BASE = {**PKG, "pkg/gen.py": "def convert(x):\n    return x\n",
                  "loop.py": "def run(func):\n    try:\n        result = func()\n"
                             "        if result is not None:\n"
                             "            from pkg.gen import convert\n"
                             "            result = convert(result)\n"
                             "    except Exception:\n        result = None\n    return result\n",
                  "opt.py": "try:\n    from pkg.gen import convert\n    HAS_GEN = True\n"
                            "except Exception:\n    convert = None\n    HAS_GEN = False\n"}


def test_imp102_import_deep_in_work_a_broad_handler_wraps_is_reported():
    """`except Exception:` around a block of other work does not make an import inside it
    optional: removing the module breaks `run` for every func that returns a value."""
    assert diff_keys(BROAD_TRY_BASE, {"pkg/gen.py": None}) == [("IMP102", "loop.py", 5, "pkg.gen")]


def test_imp102_import_a_broad_handler_falls_back_from_is_not_reported():
    """The optional-dependency form, `try:` opening with the import and `except Exception:`
    putting a stand-in in place, tolerates the module's absence (as `except ImportError:`)."""
    base = {**BROAD_TRY_BASE, "loop.py": "x = 1\n"}
    assert diff_keys(base, {"pkg/gen.py": None}) == []


def test_imp102_dynamic_import_a_broad_handler_falls_back_from_is_not_reported():
    """`try: m = importlib.import_module("pkg.gen")` / `except Exception:` is the same
    optional-dependency form, with the import in the statement the try body opens with."""
    base = {**BROAD_TRY_BASE, "loop.py": "import importlib\ntry:\n"
                                         "    gen = importlib.import_module('pkg.gen')\n"
                                         "except Exception:\n    gen = None\n"}
    assert diff_keys(base, {"pkg/gen.py": None}) == []


CLI = '''import click


@click.group()
def cli():
    pass


@cli.command()
@click.option("--name")
@click.option("--count", default=1)
def greet(name, count):
    click.echo(name * count)


@click.command()
@click.argument("path")
def show(path):
    click.echo(path)


def helper(name, count):
    return name * count
'''


def test_imp202_no_public_api_warning_for_a_click_command_click_calls_by_keyword():
    """A click command's callback (`@cli.command()`, `@click.command()` with options) is called
    by click with its parameters by keyword, and its name is a click Command: reordering or
    adding parameters breaks no caller; a plain public function still gets the warning."""
    base = {"pkg/__init__.py": "", "pkg/cli.py": CLI}
    change = {"pkg/cli.py": CLI.replace("(name, count)", "(count, name, verbose)")
                               .replace("(path)", "(path, mode)")}
    warnings = [(f.code, f.symbol) for f in diff_files(base, change).findings if f.code == "IMP202"]
    assert warnings == [("IMP202", "helper")]


def test_imp202_a_function_decorated_outside_click_still_gets_the_warning():
    """`.command` of something in a module that does not import click is not click's."""
    source = CLI.replace("import click\n", "import other as click_like\n").replace("click.", "click_like.")
    base = {"pkg/__init__.py": "", "pkg/cli.py": source}
    change = {"pkg/cli.py": source.replace("(name, count)", "(count, name, verbose)")}
    warnings = sorted(f.symbol for f in diff_files(base, change).findings if f.code == "IMP202")
    assert warnings == ["greet", "helper"]


STATS = ("class Stats:\n    def views(self):\n        return 1\n\n"
         "    def limits(self):\n        return 2\n\n    def end(self):\n        return 3\n")


@pytest.mark.parametrize("first, statements", [
    ("import os; import sys\n", "x = 1\n"),  # a second statement on its line
    ("\f", "import os\n"),  # a form feed starts the column again
    ("\ufeff", "import os\n"),  # a byte order mark
])
def test_imp301_no_indentation_error_where_python_reads_column_zero(first, statements):
    assert diff_keys({"m.py": "y = 1\n"}, {"m.py": first + statements}) == []


def test_imp301_a_module_level_statement_left_indented_is_an_indentation_error():
    """glances 1ed473d429 (a dead-code removal) dedented `def limits(self):` to column 0 and
    left the next method at 4: Python rejects the module ("unindent does not match any outer
    indentation level", line 8), while tree-sitter's scanner reads `def end` as a function of
    the module, with no error. Each such file is IMP301 at the line Python names."""
    broken = STATS.replace("    def limits", "def limits")
    assert compile(STATS, "stats.py", "exec")
    with pytest.raises(IndentationError) as raised:
        compile(broken, "stats.py", "exec")
    result = diff_result({"stats.py": STATS}, {"stats.py": broken})
    assert [(f["code"], f["line"]) for f in result.json["findings"] if f["code"] == "IMP301"] == [
        ("IMP301", raised.value.lineno)]
