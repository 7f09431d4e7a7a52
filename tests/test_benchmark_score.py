"""The mutation benchmark's scorer (benchmarks/mutations/score.py) on real impact reports: which
findings it compares with the oracle's diagnostics."""

from __future__ import annotations

import json

from conftest import diff_result

from benchmarks.mutations.oracle import Diagnostic
from benchmarks.mutations.score import score

BASE = {"pkg/__init__.py": "",
        "pkg/db.py": "import functools\n\n\n@functools.cache\ndef connect(host, port=1):\n"
                     "    return host\n",
        "app.py": "from pkg.db import connect\n\nconnect('h', port=2)\n"}


def findings_of(base: dict, change: dict) -> list[dict]:
    return json.loads(diff_result(base, change).stdout)["findings"]


def no_spans(path: str) -> list[tuple[int, int]]:
    return []


def test_a_warning_at_a_call_is_compared_with_the_oracle():
    # a call through a decorator that may reshape it: IMP202 is a warning, at the call
    change = {"pkg/db.py": BASE["pkg/db.py"].replace(", port=1", "")}
    findings = findings_of(BASE, change)
    assert [(f["file"], f["line"], f["severity"]) for f in findings] == [("app.py", 3, "warning")]
    oracle = [Diagnostic("app.py", 3, "reportCallIssue", 'No parameter named "port"',
                         "connect('h', port=2)")]
    result = score(oracle, findings, no_spans)
    assert (len(result.recalled), len(result.impact), len(result.correct)) == (1, 1, 1)


def test_the_warning_at_a_definition_is_not_compared():
    base = {**BASE, "app.py": "from pkg.db import connect\n\nconnect('h', 2)\n"}
    change = {"pkg/db.py": BASE["pkg/db.py"].replace("port=1", "port")}  # breaks no call here
    findings = findings_of(base, change)
    assert [(f["file"], f["severity"]) for f in findings] == [("pkg/db.py", "warning")]
    assert score([], findings, no_spans).impact == []


LAZY_INIT = ("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
             "    from pkg.db import connect\n\n\n"
             "def __getattr__(name: str) -> object:\n"
             "    import importlib\n"
             "    return getattr(importlib.import_module('pkg.db'), name)\n")


def test_a_call_the_oracle_finds_not_callable_stands_for_the_called_name():
    """A lazy package's name gone from the module its `__getattr__` loads: impact reports
    the import (it raises at run time), pyright accepts it (`__getattr__` returns `object`)
    and reports the call, "Object of type "object" is not callable"."""
    base = {"pkg/__init__.py": LAZY_INIT, "pkg/db.py": "def connect(host):\n    return host\n",
            "app.py": "from pkg import connect\n\nprint(connect('h'))\n"}
    findings = findings_of(base, {"pkg/db.py": "def other(host):\n    return host\n"})
    assert ("app.py", 1) in [(f["file"], f["line"]) for f in findings if f["code"] == "IMP101"]
    oracle = [Diagnostic("app.py", 3, "reportCallIssue", 'Object of type "object" is not callable',
                         "print(connect('h'))")]
    result = score(oracle, [f for f in findings if f["file"] == "app.py"], no_spans)
    assert (len(result.recalled), len(result.impact), len(result.correct)) == (1, 1, 1)
    elsewhere = [Diagnostic("app.py", 3, "reportCallIssue", 'Object of type "object" is not '
                            "callable", "print(other('h'))")]
    result = score(elsewhere, [f for f in findings if f["file"] == "app.py"], no_spans)
    assert (len(result.recalled), len(result.correct)) == (0, 0)
    decorator = [Diagnostic("app.py", 3, "reportCallIssue", 'Object of type "object" is not '
                            "callable", "@connect  # type: ignore")]
    result = score(decorator, [f for f in findings if f["file"] == "app.py"], no_spans)
    assert (len(result.recalled), len(result.correct)) == (1, 1)


def test_the_names_a_broken_star_import_brought_are_recalled_by_that_import():
    """prompt-toolkit's `filters/cli.py`: `from .app import *`, then `HasArg = lambda:
    has_arg`. Once `app.py` is deleted pyright reports the import and each use of a name it
    brought; impact the import, once."""
    base = {"pkg/__init__.py": "", "pkg/app.py": "has_arg = 1\nis_done = 2\n",
            "pkg/cli.py": "from .app import *\n\nHasArg = lambda: has_arg\n"
                          "IsDone = lambda: is_done\n"}
    findings = findings_of(base, {"pkg/app.py": None})
    assert [(f["file"], f["line"], f["code"]) for f in findings
            if f["code"] != "IMP201"] == [("pkg/cli.py", 1, "IMP102")]
    oracle = [Diagnostic("pkg/cli.py", 1, "reportMissingImports",
                         'Import ".app" could not be resolved', "from .app import *"),
              Diagnostic("pkg/cli.py", 3, "reportUndefinedVariable", '"has_arg" is not defined',
                         "HasArg = lambda: has_arg"),
              Diagnostic("pkg/cli.py", 4, "reportUndefinedVariable", '"is_done" is not defined',
                         "IsDone = lambda: is_done")]
    result = score(oracle, findings, no_spans)
    assert (len(result.recalled), len(result.impact), len(result.correct)) == (3, 1, 1)
    # without impact's finding at the star import, nothing is recalled
    assert score(oracle, [], no_spans).recalled == []
