"""Python resolution coverage: each way real code reaches a name, once breaking and once not.

Every case is a small repository of three commits: `base` (the pattern), `clean` (a change
on top of it that breaks nothing) and `broken` (a change on top of that). The pattern and
the clean change must give no finding at all (`--all`), and the breaking change exactly the
expected ones. Pyright is the reference for what is an error. (IMP201, removed public API,
is tested in test_public_api.py and left out here.)
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from conftest import diff_result, run_impact


@dataclass(frozen=True)
class Case:
    base: dict
    clean: dict
    broken: dict
    expected: list[tuple[str, str, int, str]]


def keys(repo, *revisions: str, show_all: bool = False) -> list[tuple]:
    args = ["diff", *revisions, "--format", "json"] + (["--all"] if show_all else [])
    result = run_impact(repo, *args)
    assert result.exit_code in (0, 1), result.stderr
    return sorted(key for key in result.keys() if key[0] != "IMP201")


UTIL = "def run():\n    return 1\n\n\ndef stop():\n    return 0\n"
UTIL_WITHOUT_RUN = "def stop():\n    return 0\n"

CASES = {
    "several source roots (monorepo of packages)": Case(
        base={"packages/a/src/alpha/__init__.py": "", "packages/a/src/alpha/core.py": UTIL,
              "packages/b/beta/__init__.py": "",
              "packages/b/beta/app.py": "from alpha.core import run\nimport alpha.core\n\n"
                                        "run()\nalpha.core.stop()\n"},
        clean={"packages/a/src/alpha/core.py": UTIL + "\n\ndef more():\n    return 2\n",
               "packages/b/beta/more.py": "from alpha.core import more\nfrom beta.app import run\n"},
        broken={"packages/a/src/alpha/core.py": "def more():\n    return 2\n"},
        expected=[("IMP101", "packages/b/beta/app.py", 1, "run"),
                  ("IMP101", "packages/b/beta/more.py", 2, "run"),  # takes it from app.py
                  ("IMP103", "packages/b/beta/app.py", 5, "stop")]),
    "src layout": Case(
        base={"src/lib/__init__.py": "", "src/lib/core.py": UTIL,
              "src/lib/cli.py": "from lib import core\n\ncore.stop()\n",
              "tests/test_core.py": "from lib.core import run\n"},
        clean={"src/lib/extra.py": "from .core import stop\n"},
        broken={"src/lib/core.py": "def run():\n    return 1\n"},
        expected=[("IMP103", "src/lib/cli.py", 3, "stop"), ("IMP101", "src/lib/extra.py", 1, "stop")]),
    "namespace package (PEP 420)": Case(
        base={"ns/part/mod.py": "VALUE = 1\n", "ns/part/other.py": "X = 1\n",
              "app.py": "from ns.part import mod\nfrom ns.part.other import X\nimport ns.part.mod\n\n"
                        "print(ns.part.mod.VALUE, mod.VALUE, X)\n"},
        clean={"ns/part/third.py": "from ns.part.mod import VALUE\n"},
        broken={"ns/part/other.py": None, "ns/part/mod.py": "OTHER = 1\n"},
        expected=[("IMP101", "ns/part/third.py", 1, "VALUE"), ("IMP102", "app.py", 2, "ns.part.other"),
                  ("IMP103", "app.py", 5, "VALUE"), ("IMP103", "app.py", 5, "VALUE")]),
    "namespace package split over source roots": Case(
        base={"libs/one/pyproject.toml": "", "libs/one/src/corp/alpha/__init__.py": UTIL,
              "libs/two/pyproject.toml": "", "libs/two/corp/beta/__init__.py": "X = 1\n",
              "libs/two/corp/beta/app.py": "from corp import alpha\nfrom corp.alpha import run\n\n"
                                           "alpha.stop()\n"},
        clean={"libs/one/src/corp/alpha/use.py": "from corp import beta\nfrom corp.beta import X\n"},
        broken={"libs/one/src/corp/alpha/__init__.py": "def stop():\n    return 0\n",
                "libs/two/corp/beta/__init__.py": "Y = 1\n"},
        expected=[("IMP101", "libs/one/src/corp/alpha/use.py", 2, "X"),
                  ("IMP101", "libs/two/corp/beta/app.py", 2, "run")]),
    "from . import: a submodule, or an attribute of __init__": Case(
        base={"pkg/__init__.py": "VERSION = '1'\n", "pkg/consts.py": "A = 1\n",
              "pkg/service.py": "from . import VERSION, consts\n\nprint(VERSION, consts.A)\n"},
        clean={"pkg/__init__.py": "from .consts import A\n\nVERSION = '1'\n"},
        broken={"pkg/__init__.py": "", "pkg/consts.py": None},
        expected=[("IMP101", "pkg/service.py", 1, "VERSION"), ("IMP101", "pkg/service.py", 1, "consts")]),
    "import a.b.c, then a.b.c.f": Case(
        base={"a/__init__.py": "", "a/b/__init__.py": "", "a/b/c.py": UTIL,
              "app.py": "import a.b.c\n\na.b.c.run()\na.b.c.stop()\n"},
        clean={"a/b/c.py": UTIL + "\n\ndef more():\n    return 2\n",
               "app.py": "import a.b.c\n\na.b.c.run()\na.b.c.stop()\na.b.c.more()\n"},
        broken={"a/b/c.py": "def stop():\n    return 0\n\n\ndef more():\n    return 2\n"},
        expected=[("IMP103", "app.py", 3, "run")]),
    "a chain of __init__ re-exports": Case(
        # the first import that no longer resolves, and each layer that takes the name from a
        # broken one (as in pyright); the far end is also among the consumers of the IMP201
        # (test_reexport_chain_far_end_is_a_consumer)
        base={"lib/__init__.py": "from .impl import run, stop\n", "lib/impl.py": UTIL,
              "api/__init__.py": "from lib import run\n\n__all__ = ['run']\n",
              "app.py": "from api import run\n\nrun()\n"},
        clean={"lib/impl.py": "from lib._impl import run, stop\n", "lib/_impl.py": UTIL},
        broken={"lib/_impl.py": UTIL_WITHOUT_RUN},
        expected=[("IMP101", "lib/impl.py", 1, "run"), ("IMP101", "lib/__init__.py", 1, "run"),
                  ("IMP101", "api/__init__.py", 1, "run"), ("IMP101", "app.py", 1, "run")]),
    "a chain of star re-exports": Case(
        base={"lib/__init__.py": "from .impl import *\n", "lib/impl.py": UTIL,
              "api/__init__.py": "from lib import *\n",
              "app.py": "from api import run, stop\n"},
        clean={"lib/impl.py": "__all__ = ['run', 'stop']\n\n" + UTIL},
        broken={"lib/impl.py": "__all__ = ['stop']\n\n" + UTIL},
        expected=[("IMP101", "app.py", 1, "run")]),
    "star import without __all__": Case(
        base={"m.py": UTIL + "\n\n_private = 1\n", "app.py": "from m import *\n\nrun()\nstop()\n"},
        clean={"m.py": UTIL + "\n\n_private = 2\nmore = 1\n"},
        broken={"m.py": UTIL_WITHOUT_RUN + "\n\n_private = 2\nmore = 1\n"},
        expected=[("IMP105", "app.py", 3, "run")]),
    "star import with __all__": Case(
        base={"m.py": "__all__ = ['run', 'stop']\n\n" + UTIL, "app.py": "from m import *\n\nrun()\nstop()\n"},
        clean={"m.py": "__all__ = ['run', 'stop', 'other']\n\n" + UTIL + "\n\nother = 1\n"},
        broken={"m.py": "__all__ = ['stop', 'other']\n\n" + UTIL + "\n\nother = 1\n"},
        expected=[("IMP105", "app.py", 3, "run")]),
    "a name in __all__ whose definition is gone: the __all__ entry carries it": Case(
        base={"m.py": "__all__ = ['run', 'stop']\n\n" + UTIL, "app.py": "from m import *\n\nrun()\nstop()\n"},
        clean={},
        broken={"m.py": "__all__ = ['run', 'stop']\n\n" + UTIL_WITHOUT_RUN},
        expected=[("IMP104", "m.py", 1, "run")]),
    "module __getattr__ (PEP 562)": Case(
        base={"lazy.py": "def __getattr__(name):\n    return name\n",
              "app.py": "from lazy import anything\nimport lazy\n\nlazy.whatever\n"},
        clean={"app.py": "from lazy import anything, something_else\nimport lazy\n\nlazy.whatever\n"},
        broken={"lazy.py": "VALUE = 1\n"},
        expected=[("IMP101", "app.py", 1, "anything"), ("IMP101", "app.py", 1, "something_else"),
                  ("IMP103", "app.py", 4, "whatever")]),
    "TYPE_CHECKING imports": Case(
        base={"pkg/__init__.py": "", "pkg/util.py": UTIL,
              "app.py": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                        "    from pkg.util import run\n\n\ndef f(h: run) -> 'run':\n    return h\n"},
        clean={"pkg/util.py": UTIL + "\n\nmore = 1\n"},
        broken={"pkg/util.py": UTIL_WITHOUT_RUN},
        expected=[("IMP101", "app.py", 4, "run")]),
    "try/except ImportError: one resolving branch is enough": Case(
        base={"pkg/__init__.py": "", "pkg/fast.py": UTIL, "pkg/slow.py": UTIL,
              "app.py": "try:\n    from pkg.fast import run\nexcept ImportError:\n"
                        "    from pkg.slow import run\n\nrun()\n"},
        clean={"pkg/fast.py": None},
        broken={"pkg/slow.py": UTIL_WITHOUT_RUN},
        expected=[("IMP101", "app.py", 4, "run"), ("IMP102", "app.py", 2, "pkg.fast")]),
    "nested try/except ImportError fallbacks": Case(
        base={"pkg/__init__.py": "", "pkg/a.py": UTIL, "pkg/b.py": UTIL, "pkg/c.py": UTIL,
              "app.py": "try:\n    from pkg.a import run\nexcept ImportError:\n    try:\n"
                        "        from pkg.b import run\n    except ImportError:\n"
                        "        from pkg.c import run\n"},
        clean={"pkg/a.py": None, "pkg/b.py": None},
        broken={"pkg/c.py": UTIL_WITHOUT_RUN},
        expected=[("IMP101", "app.py", 7, "run"), ("IMP102", "app.py", 2, "pkg.a"),
                  ("IMP102", "app.py", 5, "pkg.b")]),
    "try/except ImportError that re-raises": Case(
        base={"pkg/__init__.py": "", "pkg/util.py": UTIL,
              "app.py": "try:\n    from pkg.util import run\nexcept ImportError as error:\n"
                        "    raise RuntimeError('broken install') from error\n"},
        clean={"pkg/util.py": UTIL + "\n\nmore = 1\n"},
        broken={"pkg/util.py": UTIL_WITHOUT_RUN},
        expected=[("IMP101", "app.py", 2, "run")]),
    "try/except ImportError with a fallback value": Case(
        base={"pkg/__init__.py": "", "pkg/util.py": UTIL,
              "app.py": "try:\n    from pkg.util import run\nexcept ImportError:\n    run = None\n"},
        clean={"pkg/util.py": UTIL_WITHOUT_RUN},
        broken={"app.py": "try:\n    from pkg.util import run\nexcept ImportError:\n    run = None\n"
                          "print(missing)\n"},
        expected=[("IMP105", "app.py", 5, "missing")]),
    "importlib.import_module with a literal name": Case(
        base={"pkg/__init__.py": "", "pkg/plugins/__init__.py": "", "pkg/plugins/csv.py": "",
              "pkg/plugins/xml.py": "",
              "app.py": "import importlib\nfrom importlib import import_module\n\n\ndef load(name):\n"
                        "    importlib.import_module(name)\n    return import_module('pkg.plugins.csv')\n",
              "pkg/plugins/load.py": "import importlib.util\n\n"
                                     "importlib.import_module('.xml', __package__)\n"},
        clean={"pkg/plugins/json.py": ""},
        broken={"pkg/plugins/csv.py": None, "pkg/plugins/xml.py": None},
        expected=[("IMP102", "app.py", 7, "pkg.plugins.csv"), ("IMP102", "pkg/plugins/load.py", 3, ".xml")]),
    "definitions under if sys.version_info": Case(
        base={"m.py": "import sys\n\nif sys.version_info >= (3, 11):\n    def g():\n        return 1\n"
                      "else:\n    def g():\n        return 2\n\ng()\n"},
        clean={"m.py": "import sys\n\nif sys.version_info >= (3, 11):\n    def g():\n        return 1\n"
                       "else:\n    g = None\n\ng()\n"},
        broken={"m.py": "import sys\n\nif sys.version_info >= (3, 11):\n    pass\n\ng()\n"},
        expected=[("IMP105", "m.py", 6, "g")]),
    "module-level del": Case(
        # scoping is position-independent (a name deleted and used later is not judged, so no
        # false finding); `del` of a name bound nowhere is a use of it
        base={"m.py": "X = 1\nY = 2\ndel X\n\n\ndef f():\n    return Y\n"},
        clean={"m.py": "X = 1\nY = 2\ndel X, Y\n\n\ndef f():\n    return Y\n"},
        broken={"m.py": "Y = 2\ndel X, Y\n\n\ndef f():\n    return Y\n"},
        expected=[("IMP105", "m.py", 2, "X")]),
    "global declarations bind module names": Case(
        base={"m.py": "def setup():\n    global CONFIG\n    CONFIG = {}\n\n\n"
                      "def use():\n    return CONFIG\n"},
        clean={"m.py": "def setup():\n    global CONFIG, COUNT\n    CONFIG = {}\n    COUNT = 0\n\n\n"
                       "def use():\n    return CONFIG, COUNT\n"},
        broken={"m.py": "def setup():\n    global COUNT\n    CONFIG = {}\n    COUNT = 0\n\n\n"
                        "def use():\n    return CONFIG, COUNT\n"},
        expected=[("IMP105", "m.py", 8, "CONFIG")]),
    "class-body scoping": Case(
        base={"m.py": "class C:\n    attr = 1\n    doubled = [a * 2 for a in (attr,)]\n\n"
                      "    def m(self, d=attr):\n        return self.attr, C.attr, d\n"},
        clean={"m.py": "class C:\n    attr = 1\n    doubled = [a * 2 for a in (attr,)]\n    more = attr\n\n"
                       "    def m(self, d=attr):\n        return self.attr, C.attr, d, __class__\n"},
        broken={"m.py": "class C:\n    attr = 1\n    doubled = [a * attr for a in (attr,)]\n\n"
                        "    def m(self, d=attr):\n        return attr\n"},
        expected=[("IMP105", "m.py", 3, "attr"), ("IMP105", "m.py", 6, "attr")]),
    "builtins": Case(
        base={"m.py": "def open(path):\n    return path\n\n\n"
                      "print(open(__file__), __name__, __doc__, __builtins__, __spec__, __debug__)\n"},
        clean={"m.py": "print(open(__file__), __name__, __doc__, __builtins__, __spec__, __debug__)\n"
                       "reveal_type(len)\n"},
        broken={"m.py": "print(open(__file__), __version__)\n"},
        expected=[("IMP105", "m.py", 1, "__version__")]),
}


@pytest.mark.parametrize("name", CASES)
def test_resolution(repo_factory, name):
    case = CASES[name]
    repo = repo_factory([case.base, case.clean, case.broken])
    assert keys(repo, "HEAD~2", "HEAD~1", show_all=True) == [], "the pattern or the clean change"
    assert keys(repo, "HEAD~1", "HEAD") == sorted(case.expected)


def test_reexport_chain_far_end_is_a_consumer():
    base = CASES["a chain of __init__ re-exports"].base
    findings = diff_result(base, {"lib/impl.py": UTIL_WITHOUT_RUN}).findings
    [removed] = [f for f in findings if f["code"] == "IMP201"]
    assert {"file": "app.py", "line": 1} in removed["consumers"]


def test_modules_impact_cannot_read_are_one_warning_not_findings(repo_factory):
    repo = repo_factory([{"README.md": "x\n"}, {
        "pkg/__init__.py": "", "pkg/_native.cpython-311-x86_64-linux-gnu.so": b"\x7fELF",
        "pkg/six.py": "moves = None\n", "external.py": "import numpy\nfrom yaml import load\n",
        "pkg/use.py": "from pkg._native import version\nfrom pkg._native import other\n"
                      "from .six.moves import http_client\n"}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--all", "--format", "json")
    assert result.findings == []
    assert result.stderr.splitlines() == [
        ("impact: warning: names imported from 2 module(s) impact cannot read are not checked: "
         "`pkg._native` (compiled; pkg/use.py:1), `.six.moves` (created at run time; pkg/use.py:3)")]


PATTERNS = {  # from real packages (setuptools 75.1.0) that once gave false findings
    "a vendored tree inside a package does not shadow the standard library": {
        "pkg/__init__.py": "", "pkg/_vendor/jaraco/functools/__init__.py": "def pass_none(f):\n"
                                                                           "    return f\n",
        "pkg/_vendor/jaraco/collections/__init__.py": "",
        "pkg/use.py": "import functools\nfrom functools import lru_cache\n"
                      "from collections.abc import Mapping\n\nfunctools.reduce\n"},
    "a directory of data files imported as a namespace package": {
        "pkg/__init__.py": "", "pkg/tests/__init__.py": "", "pkg/tests/data01/file.txt": "x\n",
        "pkg/tests/test_files.py": "from . import data01\nfrom pkg.tests import data01 as again\n"},
    # scikit-image: every `_x_cy.pyx` is built into the module `_x_cy` (meson, setuptools)
    "a Cython module (.pyx) imported by the name it is built to": {
        "src/pkg/__init__.py": "", "src/pkg/draw/__init__.py": "from . import _draw\n",
        "src/pkg/draw/_draw.pyx": "def line(int r0, int c0):\n    return r0\n",
        "src/pkg/draw/_draw.pxd": "cdef int clip(int x)\n",
        "src/pkg/draw/_lee_cy.pyx.in": "{{for t in types}}\ndef f_{{t}}(x):\n    return x\n{{endfor}}\n",
        "src/pkg/draw/_loss.pyx.tp": "{{py: names = ['a']}}\ndef loss():\n    pass\n",
        "src/pkg/draw/draw.py": "from ._draw import line\nfrom pkg.draw._draw import line as again\n"
                                "import pkg.draw._draw\nfrom ._lee_cy import f_int\n"
                                "from . import _loss\n"},
    # scikit-image: Pythran compiles `brief_pythran.py` into the module meson.build names
    "a compiled module a meson.build declares": {
        "meson.build": "project('pkg', 'c')\nsubdir('pkg')\n",
        "pkg/__init__.py": "", "pkg/meson.build": "py3.install_sources(['__init__.py'])\n"
                                                  "subdir('feature')\n",
        "pkg/feature/__init__.py": "",
        "pkg/feature/meson.build": "_brief = custom_target('_brief_pythran',\n"
                                   "  output: ['brief_cy.cpp'], input: 'brief_pythran.py')\n"
                                   "py3.extension_module('brief_cy',\n  [_brief],\n"
                                   "  install: true, subdir: 'pkg/feature')\n",
        "pkg/feature/brief_pythran.py": "def _brief_loop(image):\n    return image\n",
        "pkg/feature/brief.py": "from .brief_cy import _brief_loop\nfrom pkg.feature import brief_cy\n"},
    # scikit-image's marching cubes caches a table on the module of its lookup tables
    "a module attribute the file itself sets": {
        "pkg/__init__.py": "", "pkg/luts.py": "CASES = (1, 2)\n",
        "pkg/cubes.py": "from . import luts as mcluts\nimport pkg.luts\n\n\ndef tables():\n"
                        "    if not hasattr(mcluts, 'THE_LUTS'):\n"
                        "        mcluts.THE_LUTS = {'cases': mcluts.CASES}\n"
                        "    pkg.luts.SEEN = True\n"
                        "    return mcluts.THE_LUTS['cases'], mcluts.THE_LUTS.get, pkg.luts.SEEN\n"},
    # twisted.internet.reactor: `del sys.modules[...]` of its own name, then install() puts
    # the reactor object there, so `from twisted.internet import reactor` is that object
    "a module that removes or replaces itself in sys.modules by its dotted name": {
        "src/tw/__init__.py": "", "src/tw/internet/__init__.py": "",
        "src/tw/internet/reactor.py": "import sys\ndel sys.modules['tw.internet.reactor']\n"
                                      "from tw.internet import default\ndefault.install()\n",
        "src/tw/internet/default.py": "import sys\n\n\ndef install():\n"
                                      "    sys.modules['tw.internet.reactor'] = object()\n",
        "src/tw/log.py": "import sys\nsys.modules['tw.log'] = object()\n",
        "src/tw/use.py": "from tw.internet import reactor\nfrom tw import log\n"
                         "reactor.listenSSL(0)\nlog.msg('x')\n"},
    # reflex's docs: the package binds a namespace per docs section over its submodules
    "a package that binds names at run time over its submodules (globals()[name] = v)": {
        "pkg/__init__.py": "from types import SimpleNamespace\n"
                           "sections = {'enterprise': SimpleNamespace(auth=1)}\n"
                           "for name, value in sections.items():\n    globals()[name] = value\n",
        "pkg/enterprise.py": "def overview():\n    pass\n",
        "app.py": "from pkg import enterprise\nimport pkg\nprint(enterprise.auth, pkg.enterprise.auth)\n"},
    # poetry: `tests/json/` (tests/ holds packages, so it is a source root) is no `json`
    # for the project's own modules, which import the standard library's
    "a test package named like a standard-library module, under a nested root": {
        "pyproject.toml": "[project]\nname = 'tool'\n", "src/tool/__init__.py": "",
        "src/tool/config.py": "import json\nfrom json import JSONDecodeError\n\n"
                              "print(json.loads('1'), json.dumps(1), JSONDecodeError)\n",
        "tests/json/__init__.py": "", "tests/json/test_schema.py": "def test_schema():\n    pass\n"},
    # requests.packages: `locals()` at module level is the module's namespace
    "a module that binds names at module level through locals()": {
        "pkg/__init__.py": "from . import packages\n",
        "pkg/packages.py": "import sys\n\nfor package in ('urllib3', 'idna'):\n"
                           "    locals()[package] = __import__(package)\n",
        "app.py": "import pkg.packages\nimport pkg\nprint(pkg.packages.urllib3, pkg.packages.idna.core)\n"},
    "a package that binds an object over its submodule, imported with from": {
        "pkg/__init__.py": "from pkg.session import session\n",
        "pkg/session.py": "class Session:\n    def get(self, key):\n        return key\n\n\n"
                          "session = Session()\n",
        "app.py": "from pkg import session\nprint(session.get('user'))\n"},
    # hatch: hatch-vcs writes `src/hatch/_version.py` at build time and .gitignore names it;
    # protoc's `*_pb2.py` likewise
    "a module the build writes, which .gitignore ignores": {
        ".gitignore": "/src/pkg/_version.py\n", "pyproject.toml": "[project]\nname = 'pkg'\n",
        "src/pkg/__init__.py": "", "src/pkg/proto/.gitignore": "*_pb2.py\n",
        "src/pkg/proto/__init__.py": "",
        "src/pkg/cli.py": "from pkg._version import __version__\nfrom ._version import version\n"
                          "from pkg import _version\nimport pkg._version\n"
                          "from pkg.proto import api_pb2\nfrom .proto.api_pb2 import Request\n"
                          "print(pkg._version.version_tuple)\n"},
    # searxng: the engine loader sets `engine.logger = ...` on every engine module, and
    # searx/engines/__builtins__.pyi declares it for pyright
    "names a __builtins__.pyi declares for the modules below it (pyright)": {
        "searx/__init__.py": "", "searx/engines/__init__.py":
            "import logging\n\n\ndef load(engine):\n    engine.logger = logging.getLogger()\n",
        "searx/engines/__builtins__.pyi": "import logging\n\nlogger: logging.Logger\n"
                                          "categories: list[str]\n",
        "searx/engines/bing.py": "def init():\n    logger.error(categories)\n",
        "searx/engines/online/bing.py": "def init():\n    logger.error('x')\n",
        "typings/__builtins__.pyi": "def display(value: object) -> None: ...\n",
        "searx/app.py": "display(1)\n"},
}


@pytest.mark.parametrize("name", PATTERNS)
def test_no_false_finding(repo_factory, name):
    repo = repo_factory([{"README.md": "x\n"}, PATTERNS[name]])
    assert keys(repo, "HEAD~1", "HEAD", show_all=True) == []


def test_a_module_attribute_set_here_hides_only_itself(repo_factory):
    repo = repo_factory([
        {"pkg/__init__.py": "", "pkg/luts.py": "CASES = (1, 2)\nEDGES = (3,)\n",
         "pkg/cubes.py": "from . import luts\n\n\ndef tables():\n    luts.CACHE = luts.CASES\n"
                         "    return luts.CACHE, luts.EDGES\n"},
        {"pkg/luts.py": "CASES = (1, 2)\n"}])
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP103", "pkg/cubes.py", 6, "EDGES")]


def test_a_module_registering_another_module_is_still_judged(repo_factory):
    repo = repo_factory([
        {"pkg/__init__.py": "", "pkg/util.py": "def run():\n    pass\n",
         "pkg/setup.py": "import sys\nsys.modules['pkg.alias'] = object()\n"
                         "del sys.modules['other.util']\n\n\ndef run():\n    pass\n",
         "pkg/use.py": "import pkg.setup\nimport pkg.util\n"},
        {"pkg/use.py": "import pkg.setup\nimport pkg.util\npkg.setup.gone()\n"}])
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP103", "pkg/use.py", 3, "gone")]


def test_a_meson_build_that_no_longer_declares_a_module_breaks_its_importers(repo_factory):
    declares = "py3.extension_module('_fast',\n  'fast.c',\n  install: true)\n"
    repo = repo_factory([
        {"pkg/__init__.py": "", "pkg/fast.c": "int f(void) { return 1; }\n",
         "pkg/meson.build": declares, "pkg/use.py": "from ._fast import f\n"},
        {"pkg/meson.build": "# built elsewhere now\n" + declares},
        {"pkg/meson.build": "py3.install_sources(['use.py'])\n"}])
    assert keys(repo, "HEAD~2", "HEAD~1") == []
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP102", "pkg/use.py", 1, "._fast")]


def test_a_package_importing_itself_by_name_gets_its_own_copy(repo_factory):
    """Two packages of one name (polar's server `server/polar/` and its SDK template
    `sdk/generator/python/template/polar/`, inside the generator's own package,
    polarsource/polar 7ade8ad7e3): `from polar.base import x` inside the template's package
    runs with the template's directory on the path, so it is the template's `polar.base` it
    reads — not the first root's. A module of neither package still takes the first root's."""
    server = {"server/pyproject.toml": "[project]\nname = 'server'\n",
              "server/polar/__init__.py": "", "server/polar/base.py": "ServerOnly = 1\n",
              "sdk/generator/python/__init__.py": "",
              "sdk/generator/python/template/pyproject.toml": "[project]\nname = 'sdk'\n",
              "sdk/generator/python/template/polar/__init__.py": "",
              "sdk/generator/python/template/polar/base.py": "class Client:\n    pass\n",
              "scripts/run.py": "from polar.base import ServerOnly\n"}
    template = "sdk/generator/python/template/polar/"
    change = {template + "base.py": "RequestTimeout = float\n\n\nclass Client:\n    pass\n",
              template + "version/__init__.py": "",
              template + "version/client.py": "from polar.base import Client, RequestTimeout\n"}
    broken = {template + "version/client.py": "from polar.base import Client, ServerOnly\n"}
    repo = repo_factory([server, change, broken])
    assert keys(repo, "HEAD~2", "HEAD~1", show_all=True) == []
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP101", template + "version/client.py", 1,
                                             "ServerOnly")]


def test_a_standard_library_name_is_not_shadowed_by_a_folder_that_only_holds_packages(
        repo_factory):
    """typer's `docs_src/parameter_types/` holds one tutorial package per parameter type:
    `enum/`, `bool/`, `datetime/` (fastapi/typer 7202e86bf8). It is found as a source root
    because it holds packages, but nothing runs with it on the path: `from enum import Enum`
    anywhere is the standard library's. A stdlib-named package at the repository root, in
    `src/` or in a project directory still shadows it."""
    tutorials = {f"docs_src/parameter_types/{name}/__init__.py": ""
                 for name in ("enum", "bool", "datetime")}
    repo = repo_factory([
        {**tutorials, "docs_src/parameter_types/enum/tutorial001.py": "print(1)\n",
         "typer/__init__.py": "", "typer/core.py": "import os\n"},
        {"typer/core.py": "from enum import Enum\nfrom datetime import datetime\n",
         "docs_src/parameter_types/enum/tutorial003.py": "from enum import Enum\n"}])
    assert keys(repo, "HEAD~1", "HEAD", show_all=True) == []
    shadowing = repo_factory([
        {"pyproject.toml": "[project]\nname = 'app'\n", "enum/__init__.py": "MINE = 1\n",
         "app/__init__.py": "", "app/core.py": "from enum import MINE\n"},
        {"app/core.py": "from enum import MINE, Enum\n"}])
    assert keys(shadowing, "HEAD~1", "HEAD") == [("IMP101", "app/core.py", 1, "Enum")]


def test_a_module_git_ignores_is_one_warning_and_others_are_still_missing(repo_factory):
    repo = repo_factory([
        {"pkg/__init__.py": "", "pkg/util.py": "def run():\n    pass\n",
         "pkg/lib/__init__.py": "", "pkg/lib/helpers.py": "def go():\n    pass\n",
         "pkg/use.py": "from pkg.lib.helpers import go\n"},
        # `lib/` of the usual .gitignore, over a package whose modules stay tracked
        {".gitignore": "/pkg/_version.py\nlib/\n",
         "pkg/util.py": "from pkg._version import version\nfrom pkg.gone import run\n"},
        {"pkg/lib/helpers.py": None}])
    result = run_impact(repo, "diff", "HEAD~2", "HEAD~1", "--format", "json")
    assert result.keys() == [("IMP102", "pkg/util.py", 2, "pkg.gone")]
    assert result.stderr.splitlines() == [
        ("impact: warning: names imported from 1 module(s) impact cannot read are not checked: "
         "`pkg._version` (not in the revision and ignored by git: generated, or a local file; "
         "pkg/util.py:1)")]
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP102", "pkg/use.py", 1, "pkg.lib.helpers")]


def test_an_ignored_directory_of_tracked_packages_says_nothing_of_a_missing_module(repo_factory):
    """freqtrade ignores `user_data/` but tracks (force-added) `user_data/strategies/`, a
    package, so `user_data/` is a source root; `from freqtrade.arguments.cli_options import X`
    (freqtrade 3c3a902a69, a package that does not exist) was looked for there too, where
    `user_data/freqtrade/arguments/cli_options.py` is a path the pattern ignores, and called
    generated. The pattern ignores every module of `user_data/`, the nearest directory the
    revision has: it says nothing of that one. A directory that is not there, ignored by
    name (`gen/`), still hides what would be in it."""
    repo = repo_factory([
        {"user_data/strategies/__init__.py": "", "user_data/strategies/sample.py": "x = 1\n",
         "freqtrade/__init__.py": "", "freqtrade/configuration/__init__.py": "",
         "freqtrade/configuration/cli_options.py": "OPTIONS = {}\n",
         "freqtrade/configuration/arguments.py":
             "from freqtrade.configuration.cli_options import OPTIONS\n"},
        {".gitignore": "user_data/\ngen/\n"},  # added later: user_data/ stays tracked
        {"freqtrade/configuration/arguments.py":
             "from freqtrade.arguments.cli_options import OPTIONS\n"
             "from freqtrade.gen.options import MORE\n"}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.keys() == [("IMP102", "freqtrade/configuration/arguments.py", 1,
                              "freqtrade.arguments.cli_options")]
    assert "`freqtrade.gen.options` (not in the revision and ignored by git" in result.stderr


def test_a_relative_import_of_the_repository_root_with_a_gitignore_ends(repo_factory):
    # `from . import x` in a top-level module names the root itself (no module): the
    # .gitignore is asked about no path above the root
    repo = repo_factory([{".gitignore": "*.log\n", "util.py": "x = 1\n"},
                         {"app.py": "from . import util\nfrom .. import other\n"}])
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP102", "app.py", 1, "."), ("IMP102", "app.py", 2, "..")]


def test_a_name_a_builtins_stub_no_longer_declares_is_undefined_where_it_was_used(repo_factory):
    stub = "import logging\n\nlogger: logging.Logger\n"
    repo = repo_factory([
        {"searx/__init__.py": "", "searx/engines/__init__.py": "",
         "searx/engines/__builtins__.pyi": stub + "region: str\n",
         "searx/engines/bing.py": "def init():\n    return logger, region, logging\n",
         "searx/other.py": "def init():\n    return logger\n"},
        {"searx/engines/__builtins__.pyi": stub}])
    assert keys(repo, "HEAD~1", "HEAD", show_all=True) == [
        ("IMP105", "searx/engines/bing.py", 2, "logging"),
        ("IMP105", "searx/engines/bing.py", 2, "region"),
        ("IMP105", "searx/other.py", 2, "logger")]
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP105", "searx/engines/bing.py", 2, "region")]


def test_locals_inside_a_function_or_class_binds_nothing_in_the_module(repo_factory):
    module = ("def load(name):\n    locals()[name] = 1\n\n\nclass Box:\n"
              "    locals().update(size=1)\n\n\ndef run():\n    pass\n")
    repo = repo_factory([
        {"pkg/__init__.py": "", "pkg/mod.py": module, "app.py": "import pkg.mod\npkg.mod.run()\n"},
        {"pkg/mod.py": module.replace("def run():", "def start():")}])
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP103", "app.py", 2, "run")]


def test_a_module_at_the_root_named_like_a_standard_library_module_is_the_repositorys(repo_factory):
    repo = repo_factory([
        {"email/__init__.py": "def send():\n    pass\n", "app.py": "import email\nemail.send()\n"},
        {"email/__init__.py": "def deliver():\n    pass\n"}])
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP103", "app.py", 2, "send")]


def test_packages_a_folder_only_holds_do_not_hide_an_installed_distribution_from_other_code():
    """electrum keeps python-for-android recipes in `contrib/android/p4a_recipes/`, one package
    per recipe (`cryptography/__init__.py`): a root only because it holds packages, which the
    project's own `import cryptography` (a declared requirement) never means; the recipes
    importing one another still find theirs."""
    from impact.resolve.python import PythonResolver

    paths = frozenset({"requirements.txt", "electrum/__init__.py", "electrum/crypto.py",
                       "recipes/cryptography/__init__.py", "recipes/cffi/__init__.py",
                       "recipes/mylocal/__init__.py"})
    python = PythonResolver(paths, installed=frozenset({"cryptography", "cffi"}))
    assert "recipes" in python.roots
    assert python.resolve_absolute("cryptography", "electrum/crypto.py") is None
    assert python.resolve_absolute("cryptography.hazmat", "electrum/crypto.py") is None
    assert python.resolve_absolute("cryptography", "recipes/cffi/__init__.py") == \
        "recipes/cryptography/__init__.py"
    assert python.resolve_absolute("mylocal", "electrum/crypto.py") == "recipes/mylocal/__init__.py"
