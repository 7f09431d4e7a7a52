"""IMP103 for `pkg.sub` read through a package that never imported its submodule `sub`
(impact/checks/submodules.py): AttributeError at run time, pyright's "`sub` is not a known
attribute of module". Found in certbot's history (realbreaks7): `from letsencrypt import acme`
then `acme.messages.Challenge`, where `letsencrypt/acme/__init__.py` is a docstring."""

from __future__ import annotations

import pytest
from conftest import diff_keys

from impact.checks.submodules import _WALKS, submodule_loaded
from impact.facts import extract_facts
from impact.graph import SymbolGraph
from impact.lang import language_of

PKG = {
    "top/__init__.py": "",
    "top/acme/__init__.py": '"""ACME."""\n',
    "top/acme/messages.py": "class Challenge:\n    pass\n",
    "top/acme/other.py": "X = 1\n",
}
FIXED = "from top.acme import messages\n\nprint(messages.Challenge)\n"


def test_a_submodule_read_through_a_package_that_never_imports_it():
    base = {**PKG, "top/client.py": FIXED}
    change = {"top/client.py": "from top import acme\n\nprint(acme.messages.Challenge)\n"}
    assert diff_keys(base, change) == [("IMP103", "top/client.py", 3, "messages")]


def test_a_dotted_import_of_the_package_alone_does_not_load_its_submodule():
    base = {**PKG, "top/client.py": FIXED}
    change = {"top/client.py": "import top.acme\n\nprint(top.acme.messages.Challenge)\n"}
    assert diff_keys(base, change) == [("IMP103", "top/client.py", 3, "messages")]


def test_the_package_init_that_stops_importing_its_submodule_breaks_its_readers():
    base = {**PKG, "top/acme/__init__.py": "from . import messages\n",
            "top/client.py": "from top import acme\n\nprint(acme.messages.Challenge)\n"}
    change = {"top/acme/__init__.py": '"""ACME."""\n'}
    assert diff_keys(base, change) == [("IMP103", "top/client.py", 3, "messages")]


@pytest.mark.parametrize("loader", [
    pytest.param({"top/acme/__init__.py": "from . import messages\n"}, id="init-imports-it"),
    pytest.param({"top/acme/__init__.py": "from .messages import Challenge\n"},
                 id="init-imports-from-it"),
    pytest.param({"top/acme/__init__.py": "import top.acme.messages\n"},
                 id="init-imports-it-absolutely"),
    pytest.param({"top/__init__.py": "from top.acme import messages\n"},
                 id="an-enclosing-init-imports-it"),
    pytest.param({"top/client.py": "import top.acme.messages\nfrom top import acme\n\n"
                                   "print(acme.messages.Challenge)\n"},
                 id="the-file-imports-it-too"),
    pytest.param({"top/client.py": "from top import acme\n\n\ndef f():\n"
                                   "    from top.acme.messages import Challenge\n"
                                   "    return Challenge, acme.messages.Challenge\n"},
                 id="the-file-imports-from-it-in-a-function"),
    pytest.param({"top/acme/other.py": "from top.acme import messages\n",
                  "top/client.py": "import top.acme.other\nfrom top import acme\n\n"
                                   "print(acme.messages.Challenge)\n"},
                 id="a-module-the-file-imports-imports-it"),
    pytest.param({"top/acme/other.py": "from top.util import Z\nX = Z\n",
                  "top/util.py": "import top.acme.messages\nZ = 1\n",
                  "top/client.py": "from top.acme.other import X\nfrom top import acme\n\n"
                                   "print(acme.messages.Challenge)\n"},
                 id="a-module-imported-further-down-imports-it"),
    pytest.param({"top/acme/__init__.py": "def __getattr__(name):\n    return name\n"},
                 id="a-lazy-package"),
])
def test_a_submodule_something_imports_first_is_an_attribute(loader):
    base = {**PKG, "top/client.py": FIXED}
    change = {"top/client.py": "from top import acme\n\nprint(acme.messages.Challenge)\n",
              **loader}
    assert diff_keys(base, change) == []


def test_a_package_a_lazy_parent_loads_has_run_its_own_imports():
    # prefect: `prefect.server.api` loads `ui` in its module `__getattr__`, and
    # `ui/__init__.py` says `from . import flows`; server.py reads `api.ui.flows.router`
    base = {**PKG, "top/client.py": FIXED}
    change = {"top/__init__.py": "import importlib\n\n\ndef __getattr__(name):\n"
                                 "    return importlib.import_module('top.' + name)\n",
              "top/acme/__init__.py": "from . import messages\n",
              "top/client.py": "import top\n\nprint(top.acme.messages.Challenge)\n"}
    assert diff_keys(base, change) == []


def test_a_module_inside_the_submodule_has_loaded_it():
    # ibis: ibis/backends/athena/tests/test_client.py reads `ibis.backends.athena.fsspec`;
    # importing the test module ran the __init__.py of every package it is in
    base = {**PKG, "top/acme/__init__.py": "X = 1\n"}
    change = {"top/acme/tests/__init__.py": "",
              "top/acme/tests/test_it.py": "import top\n\nprint(top.acme.X)\n"}
    assert diff_keys(base, change) == []


def test_an_import_of_it_under_type_checking_does_not_load_it():
    base = {**PKG, "top/client.py": FIXED}
    change = {"top/acme/other.py": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                                   "    from top.acme import messages\n",
              "top/client.py": "import top.acme.other\nfrom top import acme\n\n"
                               "print(acme.messages.Challenge)\n"}
    assert diff_keys(base, change) == [("IMP103", "top/client.py", 4, "messages")]


def test_a_namespace_package_is_not_judged():
    base = {"ns/sub.py": "X = 1\n", "client.py": "from ns.sub import X\n"}
    change = {"client.py": "import ns\n\nprint(ns.sub.X)\n"}
    assert diff_keys(base, change) == []


ANNOTATED = "from top import acme\n\n\ndef f(c: acme.messages.Challenge) -> None:\n    pass\n"


@pytest.mark.parametrize(("future", "expected"), [
    pytest.param("from __future__ import annotations\n", [], id="deferred-never-evaluated"),
    pytest.param("", [("IMP103", "top/client.py", 4, "messages")], id="evaluated-at-def"),
])
def test_a_submodule_read_in_an_annotation_fails_only_where_annotations_are_evaluated(
        future, expected):
    """PEP 563: under `from __future__ import annotations` an annotation is a string nothing
    evaluates (ibis `ci/make_geography_db.py`: `con: ibis.backends.duckdb.Backend`); without
    it, `def` evaluates the annotation and raises AttributeError."""
    base = {**PKG, "top/client.py": FIXED}
    change = {"top/client.py": future + ANNOTATED}
    assert diff_keys(base, change) == expected


def test_the_package_that_imports_its_submodule_answers_before_the_file_s_imports_are_walked():
    # the file's own imports run through a long chain of modules; the package's `__init__.py`
    # names the submodule at once: the answer must not wait for the chain (warm runs load
    # the facts of every module a walk reads)
    chain = {f"lib/m{n}.py": f"import lib.m{n + 1}\n" for n in range(60)}
    files = {"lib/__init__.py": "", **chain, "lib/m60.py": "",
             "pkg/__init__.py": "from pkg import sub\n", "pkg/sub.py": "def f(): pass\n",
             "app.py": "import pkg\nimport lib.m0\npkg.sub.f()\n"}
    graph = _graph(files)
    assert submodule_loaded(graph, graph.facts["app.py"], "pkg/__init__.py", "pkg/sub.py")
    walked = sum(len(walk.seen) for walk in _WALKS[graph].values())
    assert walked < 20, walked


def _graph(files: dict[str, str]) -> SymbolGraph:
    facts = {path: extract_facts(path, text.encode()) for path, text in files.items()
             if language_of(path) is not None}
    return SymbolGraph("test", facts, frozenset(files), {})


def test_an_import_of_a_missing_module_runs_the_packages_on_its_way():
    """python-discord/site ec689ad42d: a migration imports `pydis_site.apps.api.models.bot.tag`
    (deleted) and reads `pydis_site.apps.api.models.utils.validate_embed`; `models/__init__.py`
    imports `.bot`, whose message.py imports `models.utils`, all before the import fails. Only
    the missing import is reported (IMP102)."""
    tree = {"portal/__init__.py": "", "portal/models/__init__.py": "from .bot import Message\n",
            "portal/models/bot/__init__.py": "from .message import Message\n",
            "portal/models/bot/message.py": "from portal.models.utils import check\n\n\nclass Message:\n    pass\n",
            "portal/models/bot/tag.py": "class Tag:\n    pass\n",
            "portal/models/utils.py": "def check():\n    return 1\n",
            "portal/migration.py": "import portal.models.bot.tag\n\nVALIDATORS = [portal.models.utils.check]\n"}
    change = {"portal/models/bot/tag.py": None}
    assert diff_keys(tree, change, without=("IMP201",)) == [("IMP102", "portal/migration.py", 1, "portal.models.bot.tag")]
