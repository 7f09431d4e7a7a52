"""IMP202 at a call the change writes or edits that does not fit a function whose signature
did not change (LLaMA-Factory ec372f91e9: loader.py, rewritten, calls `merge_dataset(datasets,
data_args, seed=training_args.seed)` while data_utils.py still defines `merge_dataset(
all_datasets, data_args, training_args)`: TypeError where it runs, pyright's reportCallIssue)."""

from __future__ import annotations

from conftest import diff_keys

UTILS = {
    "pkg/__init__.py": "",
    "pkg/data_utils.py": "def merge_dataset(all_datasets, data_args, training_args):\n"
                         "    return all_datasets\n",
}
LOADER = "from .data_utils import merge_dataset\n\n\ndef load(datasets, data_args, training_args):\n"


def test_imp202_an_edited_call_that_does_not_fit_an_unchanged_function():
    base = {**UTILS, "pkg/loader.py": LOADER + "    return merge_dataset(datasets, data_args, training_args)\n"}
    change = {"pkg/loader.py": LOADER + "    return merge_dataset(datasets, data_args, seed=1)\n"}
    assert diff_keys(base, change) == [("IMP202", "pkg/loader.py", 5, "merge_dataset")]


def test_imp202_a_new_call_through_the_module_missing_an_argument():
    base = {**UTILS, "pkg/loader.py": "from . import data_utils\n"}
    change = {"pkg/loader.py": "from . import data_utils\n\n\ndef load(datasets, data_args):\n"
                               "    return data_utils.merge_dataset(datasets, data_args)\n"}
    assert diff_keys(base, change) == [("IMP202", "pkg/loader.py", 5, "merge_dataset")]


def test_no_imp202_where_the_edited_call_fits():
    base = {**UTILS, "pkg/loader.py": LOADER + "    return merge_dataset(datasets, data_args, training_args)\n"}
    change = {"pkg/loader.py": LOADER + "    return merge_dataset(datasets, data_args=data_args,\n"
                                        "                         training_args=training_args)\n"}
    assert diff_keys(base, change) == []


def test_no_imp202_at_a_call_of_that_shape_already_in_base():
    # a misfit the change did not write is not the change's (and impact may misread the callee)
    call = "    return merge_dataset(datasets, data_args)\n"
    base = {**UTILS, "pkg/loader.py": LOADER + call}
    change = {"pkg/loader.py": LOADER + "    print(datasets)\n" + call}
    assert diff_keys(base, change) == []


def test_no_imp202_at_a_decorated_function_a_test_or_javascript():
    decorated = {"pkg/data_utils.py": "import functools\n\n\n@functools.cache\n"
                                      "def merge_dataset(all_datasets, data_args, training_args):\n"
                                      "    return all_datasets\n"}
    base = {**UTILS, **decorated, "pkg/loader.py": LOADER + "    return None\n"}
    change = {"pkg/loader.py": LOADER + "    return merge_dataset(datasets, seed=1)\n"}
    assert diff_keys(base, change) == []
    base = {**UTILS, "tests/test_loader.py": "from pkg.data_utils import merge_dataset\n"}
    change = {"tests/test_loader.py": "import pytest\n\nfrom pkg.data_utils import merge_dataset\n\n\n"
                                      "def test_arity():\n    with pytest.raises(TypeError):\n"
                                      "        merge_dataset([])\n"}
    assert diff_keys(base, change) == []
    base = {"src/utils.js": "export function merge(a, b, c) {\n  return a\n}\n",
            "src/app.js": "import { merge } from './utils'\n"}
    change = {"src/app.js": "import { merge } from './utils'\n\nmerge(1)\n"}
    assert diff_keys(base, change) == []


CLASSES = {
    "pkg/models.py": "from abc import ABC\n\n\n"
                     "class Client:\n    def __init__(self, host, port=80):\n        self.host = host\n\n\n"
                     "class Cached(Client):\n    pass\n\n\n"
                     "class Failure(Exception):\n    def __init__(self, message, code):\n"
                     "        super().__init__(message)\n\n\n"
                     "class Base(ABC):\n    def __init__(self, name):\n        self.name = name\n",
    "pkg/app.py": "from .models import Base, Cached, Client, Failure\n",
}


def test_imp202_a_new_call_of_a_class_built_by_its_own_or_its_bases_init():
    # pyright: reportCallIssue at each (its constructor is the `__init__` it finds up the bases)
    change = {"pkg/app.py": CLASSES["pkg/app.py"] + "\nClient()\nCached('h', 1, 2)\n"
                            "Failure('boom')\nBase('n', kind=1)\nClient('h', port=1)\n"}
    assert diff_keys(CLASSES, change) == [("IMP202", "pkg/app.py", 3, "Client"),
                                          ("IMP202", "pkg/app.py", 4, "Cached"),
                                          ("IMP202", "pkg/app.py", 5, "Failure"),
                                          ("IMP202", "pkg/app.py", 6, "Base")]


def test_no_imp202_at_a_class_whose_construction_impact_cannot_know_exactly():
    # a metaclass, a dataclass whose fields depend on a value, a base from a package; (a
    # `__new__(cls, *args)` returning `object.__new__(cls)` runs the `__init__` it is checked
    # against: `WithNew()` and `Sub()` raise, pyright reports both)
    base = {"pkg/models.py": "import dataclasses\nfrom typing import NamedTuple\n\n\n"
                             "class Meta(type):\n    pass\n\n\n"
                             "class WithNew:\n    def __new__(cls, *args):\n        return object.__new__(cls)\n\n"
                             "    def __init__(self, a):\n        self.a = a\n\n\n"
                             "class WithMeta(metaclass=Meta):\n    def __init__(self, a):\n        self.a = a\n\n\n"
                             "class Sub(WithNew):\n    def __init__(self, a):\n        self.a = a\n\n\n"
                             "FLAG = True\n\n\n@dataclasses.dataclass\nclass Point:\n"
                             "    x: int = dataclasses.field(init=FLAG)\n\n\n"
                             "class Pair(NamedTuple):\n    a: int\n",
            "pkg/app.py": "from .models import Pair, Point, Sub, WithMeta, WithNew\n"}
    change = {"pkg/app.py": base["pkg/app.py"] + "\nWithNew()\nWithMeta()\nSub()\nPoint()\nPair()\n"}
    assert diff_keys(base, change) == [("IMP202", "pkg/app.py", 3, "WithNew"),
                                       ("IMP202", "pkg/app.py", 5, "Sub")]


def test_imp202_through_decorators_that_keep_the_parameters_and_none_through_others():
    # contextlib's and typing_extensions' decorators keep the signature (a ParamSpec, or the
    # function itself) and pyright checks the call; `functools.lru_cache` takes anything
    base = {"pkg/tools.py": "import contextlib\nimport functools\nfrom contextlib import contextmanager\n"
                            "from typing_extensions import deprecated\n\n\n"
                            "@contextmanager\ndef opened(path, mode):\n    yield path\n\n\n"
                            "@contextlib.asynccontextmanager\nasync def session(url):\n    yield url\n\n\n"
                            "@deprecated('use new')\ndef old(a):\n    return a\n\n\n"
                            "@functools.lru_cache\ndef cached(a):\n    return a\n",
            "pkg/app.py": "from .tools import cached, old, opened, session\n"}
    change = {"pkg/app.py": base["pkg/app.py"] + "\n\nasync def main():\n    with opened('p'):\n"
                                                 "        pass\n    async with session('u', 2):\n"
                                                 "        pass\n    old(1, 2)\n    cached(1, 2)\n"}
    assert diff_keys(base, change) == [("IMP202", "pkg/app.py", 5, "opened"),
                                       ("IMP202", "pkg/app.py", 7, "session"),
                                       ("IMP202", "pkg/app.py", 9, "old")]


def test_no_imp202_at_a_class_defined_twice():
    # which definition runs depends on the branch taken: no single constructor
    base = {"pkg/compat.py": "import sys\n\n\nclass Base:\n    def __init__(self, a):\n        self.a = a\n\n\n"
                             "if sys.version_info >= (3, 11):\n    class Loader(Base):\n        pass\n"
                             "else:\n    class Loader:\n        pass\n",
            "pkg/app.py": "from .compat import Loader\n"}
    change = {"pkg/app.py": base["pkg/app.py"] + "\nLoader()\n"}
    assert diff_keys(base, change) == []


def test_no_imp202_at_a_call_in_a_stub():
    # mypy's test-data/unit/fixtures/typing-full.pyi: `T_co = TypeVar('T_co', covariant=True)`
    # against its own `class TypeVar: pass`; nothing in a stub runs
    base = {"pkg/typing_stub.pyi": "class TypeVar:\n    pass\n"}
    change = {"pkg/typing_stub.pyi": "class TypeVar:\n    pass\n\nT_co = TypeVar('T_co', covariant=True)\n"}
    assert diff_keys(base, change) == []
