"""Found by the tenth round of seeded mutations against pyright and tsc (langchain-core, nltk,
graphql, @ai-sdk/provider-utils; benchmarks/RESULTS.md, "Seeded mutations, round 10")."""

from __future__ import annotations

from conftest import diff_findings

UTIL = "class UnitsContainer:\n    pass\n\n\nclass Other:\n    pass\n"
NAMED_TYPING = ("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                "    from .util import UnitsContainer\n")
STAR_MID = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from ._typing import *\n"
CHECKER_CONSUMER = ("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                    "    from .mid import UnitsContainer\n\n\n"
                    "def dims(units: UnitsContainer) -> None:\n    pass\n")
LAZY_INIT = ("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
             "    from .util import *\n\n\n"
             "def __getattr__(name):\n"
             "    import importlib\n"
             "    return getattr(importlib.import_module('.util', __name__), name)\n")


def _imp101(base: dict, change: dict) -> list[tuple]:
    return sorted((f["file"], f["line"], f["severity"]) for f in diff_findings(base, change)
                  if f["code"] == "IMP101")


def test_python_a_type_checking_import_through_a_type_checking_star_import_is_followed():
    """`_typing.py` imports `UnitsContainer` from `util` `if TYPE_CHECKING:`, `mid.py`
    star-imports `_typing` `if TYPE_CHECKING:`, and a module takes `UnitsContainer` from `mid`
    `if TYPE_CHECKING:` too. Once `util` drops it, pyright reports that module's import
    ("UnitsContainer" is unknown import symbol) as well as `_typing.py`'s (checked with
    pyright 1.1.414): a checker follows the star import as it follows a named one."""
    base = {"pkg/__init__.py": "", "pkg/util.py": UTIL, "pkg/_typing.py": NAMED_TYPING,
            "pkg/mid.py": STAR_MID, "pkg/registry.py": CHECKER_CONSUMER}
    change = {"pkg/util.py": "class Other:\n    pass\n"}
    assert _imp101(base, change) == [("pkg/_typing.py", 4, "error"),
                                     ("pkg/registry.py", 4, "error")]


def test_python_a_run_time_import_through_a_type_checking_star_import_is_not_judged():
    """The same chain with a run-time import at its end: `mid.py` binds nothing at run time,
    so that import fails in both revisions; only `_typing.py`'s import is new."""
    base = {"pkg/__init__.py": "", "pkg/util.py": UTIL, "pkg/_typing.py": NAMED_TYPING,
            "pkg/mid.py": STAR_MID, "pkg/registry.py": "from .mid import UnitsContainer\n"}
    change = {"pkg/util.py": "class Other:\n    pass\n"}
    assert _imp101(base, change) == [("pkg/_typing.py", 4, "error")]


def test_python_a_lazy_module_s_type_checking_star_import_says_what_its_getattr_loads():
    """A package whose `__getattr__` loads its names from `util`, and whose `if
    TYPE_CHECKING: from .util import *` shows them to checkers: once `util` drops a name,
    the consumer's `from pkg import UnitsContainer` fails at run time (`__getattr__` raises)
    and pyright reports it."""
    base = {"pkg/__init__.py": LAZY_INIT, "pkg/util.py": UTIL,
            "app.py": "from pkg import UnitsContainer\n"}
    change = {"pkg/util.py": "class Other:\n    pass\n"}
    assert _imp101(base, change) == [("app.py", 1, "error")]


def test_python_an_attribute_of_a_module_a_function_imports_is_checked():
    """langchain-core's `utils/function_calling.py`: `def f(tool): from langchain_core.tools
    import simple`, then `simple.Tool`. Once `simple.py` renames `Tool`, pyright reports
    `simple.Tool` ("Tool" is not a known attribute of module); a module bound by a function's
    own import is checked as one bound at module level is."""
    base = {"pkg/__init__.py": "", "pkg/simple.py": "class Tool:\n    pass\n",
            "app.py": "def f(t):\n    from pkg import simple\n    import pkg.simple\n\n"
                      "    return isinstance(t, simple.Tool) or pkg.simple.Tool\n"}
    change = {"pkg/simple.py": "class Tool2:\n    pass\n"}
    found = sorted((f["code"], f["file"], f["line"]) for f in diff_findings(base, change)
                   if f["code"] != "IMP201")
    assert found == [("IMP103", "app.py", 5), ("IMP103", "app.py", 5)]


def test_python_a_star_import_of_a_module_that_hands_out_its_globals_is_followed():
    """nltk's `__init__`: `from nltk.tree import *`, then `LazyModule("corpus", locals(),
    globals())`, which may bind any name. Once `tree/__init__`'s own import of
    `ProbabilisticTree` fails, so does `import nltk`, at that star import, before anything
    else could bind the name: `from nltk import ProbabilisticTree` fails (pyright: unknown
    import symbol)."""
    base = {"pkg/__init__.py": "from pkg.tree import *\nfrom pkg import lazy\n\n"
                               "corpus = lazy.LazyModule('corpus', locals(), globals())\n",
            "pkg/lazy.py": "class LazyModule:\n    pass\n",
            "pkg/tree/__init__.py": "from pkg.tree.prob import ProbabilisticTree\n\n"
                                    "__all__ = ['ProbabilisticTree']\n",
            "pkg/tree/prob.py": "class ProbabilisticTree:\n    pass\n",
            "app.py": "def demo():\n    from pkg import ProbabilisticTree\n\n"
                      "    return ProbabilisticTree\n"}
    change = {"pkg/tree/prob.py": "class ProbTree:\n    pass\n"}
    assert _imp101(base, change) == [("app.py", 2, "error"), ("pkg/tree/__init__.py", 1, "error")]


CACHING_INIT = ("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                "    from pkg.simple import Tool\n\n_dynamic_imports = {'Tool': 'simple'}\n\n\n"
                "def __getattr__(attr_name: str) -> object:\n    import importlib\n\n"
                "    module = importlib.import_module(f'.{_dynamic_imports.get(attr_name, attr_name)}'"
                ", __name__)\n"
                "    result = getattr(module, attr_name, module)\n"
                "    globals()[attr_name] = result\n    return result\n")


def test_python_a_lazy_package_that_keeps_what_its_getattr_returns_binds_its_submodules():
    """langchain-core's `tools/__init__`: `__getattr__` imports what it is asked for and keeps
    it, `globals()[attr_name] = result`. That binds only names the package lacked, so
    `from langchain_core.tools import simple` is still the submodule, and `simple.Tool`
    breaks when `simple.py` renames `Tool` (pyright: "Tool" is not a known attribute)."""
    base = {"pkg/__init__.py": CACHING_INIT, "pkg/simple.py": "class Tool:\n    pass\n",
            "app.py": "from pkg import simple\n\n\ndef f(t):\n    return isinstance(t, simple.Tool)\n"}
    change = {"pkg/simple.py": "class Tool2:\n    pass\n"}
    found = [(f["code"], f["file"], f["line"]) for f in diff_findings(base, change)
             if f["code"] == "IMP103"]
    assert found == [("IMP103", "app.py", 5)]


def test_python_a_name_a_star_import_brings_from_a_module_that_binds_it_no_more_is_undefined():
    """nltk's `corpus/__init__`: `from nltk.corpus.reader import *`, whose `__all__` lists
    `TaggedCorpusReader`, taken there by `from nltk.corpus.reader.tagged import *`. Once
    `tagged.py` is deleted, the reader binds nothing of that name: pyright reports each use
    in `corpus/__init__` ("TaggedCorpusReader" is not defined)."""
    base = {"pkg/__init__.py": "",
            "pkg/reader/__init__.py": "from pkg.reader.api import *\nfrom pkg.reader.tagged import *"
                                      "\n\n__all__ = ['Reader', 'TaggedReader']\n",
            "pkg/reader/api.py": "class Reader:\n    pass\n",
            "pkg/reader/tagged.py": "class TaggedReader:\n    pass\n",
            "pkg/corpus.py": "from pkg.reader import *\n\nr = Reader()\nt = TaggedReader()\n"}
    found = sorted((f["code"], f["file"], f["line"]) for f in
                   diff_findings(base, {"pkg/reader/tagged.py": None}) if f["code"] == "IMP105")
    assert found == [("IMP105", "pkg/corpus.py", 4)]


def test_python_a_type_checking_import_from_a_lazy_package_is_not_judged():
    """langchain-core's `vectorstores/in_memory.py`: `if TYPE_CHECKING: from
    langchain_core.indexing import UpsertResponse`, of a package whose `__getattr__` loads it.
    Once `indexing/base.py` renames it, nothing fails at run time there (the import never
    runs), and pyright types it by `__getattr__` (no diagnostic); the run-time import of the
    same name is still reported."""
    named = LAZY_INIT.replace("from .util import *", "from .util import UnitsContainer")
    base = {"pkg/__init__.py": named, "pkg/util.py": UTIL,
            "app.py": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                      "    from pkg import UnitsContainer\n",
            "run.py": "from pkg import UnitsContainer\n"}
    change = {"pkg/util.py": "class Other:\n    pass\n"}
    assert _imp101(base, change) == [("pkg/__init__.py", 4, "error"), ("run.py", 1, "error")]
