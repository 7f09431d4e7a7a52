"""A stub beside its source (`m.pyi` beside `m.py`, `__init__.pyi` beside `__init__.py`): the
module provides what the stub or its source has. A checker reads the stub (PEP 561; the typing
spec: "stub files take precedence"), the running program the source, so a name one of them lacks
fails for one of the two only. numpy/numpy gave 17 false IMP101 at its head for names only the
stub declares (`_FormatDict` of `_core/arrayprint.pyi`, `_Bool` of `f2py/auxfuncs.pyi`,
`StringDType` of `dtypes.pyi`, which `dtypes.py` adds from C at run time), and its modules
import private helpers their siblings' stubs leave out."""

from __future__ import annotations

import pytest
from conftest import diff_keys, diff_result

SOURCE = "def helper(x):\n    return x\n\n\ndef _private(x):\n    return x\n"
STUB = "from typing import TypedDict\n\n\nclass Options(TypedDict):\n    size: int\n\n\n" \
       "def helper(x: int) -> int: ...\n"
PKG = {"pkg/__init__.py": "", "pkg/util.py": SOURCE, "pkg/util.pyi": STUB}


def test_a_name_only_the_stub_declares_is_provided():
    """numpy `from .arrayprint import _FormatDict` in printoptions.pyi, `StringDType` imported
    from numpy.dtypes in tests."""
    change = {"pkg/use.py": "from pkg.util import Options, helper\n\nhelper(Options(size=1))\n",
              "pkg/types.pyi": "from .util import Options\n\nx: Options\n"}
    assert diff_keys(PKG, change) == []


def test_a_name_the_stub_leaves_out_but_its_source_defines_is_provided():
    """numpy's modules import private helpers their siblings' stubs leave out (`_center` of
    `_core/umath.pyi`, `run_subprocess` of `testing/_private/utils.pyi`): the program runs."""
    change = {"pkg/use.py": "from pkg.util import _private, helper\n\nhelper(_private(1))\n"}
    assert diff_keys(PKG, change) == []


def test_a_name_neither_the_stub_nor_its_source_has_is_missing():
    change = {"pkg/use.py": "from pkg.util import ghost, helper\n\nhelper(ghost)\n",
              "pkg/types.pyi": "from .util import Phantom\n\nx: Phantom\n"}
    assert diff_keys(PKG, change) == [("IMP101", "pkg/types.pyi", 1, "Phantom"),
                                      ("IMP101", "pkg/use.py", 1, "ghost")]


def test_a_package_stub_provides_what_its_init_lacks():
    base = {"pkg/__init__.py": "from .util import helper\n",
            "pkg/__init__.pyi": "from .util import helper as helper\n\nVERSION: str\n",
            "pkg/util.py": SOURCE}
    change = {"app.py": "from pkg import VERSION, helper\n\nhelper(VERSION)\n"}
    assert diff_keys(base, change) == []


def test_a_submodule_the_package_stub_does_not_name_is_still_found():
    base = {"pkg/__init__.py": "", "pkg/__init__.pyi": "VERSION: str\n", "pkg/util.py": SOURCE}
    change = {"app.py": "from pkg import util\nfrom pkg.util import helper\n\nutil.helper(helper)\n"}
    assert diff_keys(base, change) == []


def _found(base: dict, change: dict, whole_repository: bool) -> list[tuple]:
    found = diff_result(base, change, whole_repository=whole_repository).findings
    return [(f["code"], f["file"], f["symbol"]) for f in found if f["code"] != "IMP201"]


@pytest.mark.parametrize("whole_repository", [False, True])
def test_a_name_removed_from_the_stub_and_its_source_breaks_importers(whole_repository):
    """From the source with the stub beside it: full scan and incremental agree."""
    base = {**PKG, "pkg/util.pyi": "def helper(x: int) -> int: ...\n",
            "app.py": "from pkg.util import _private\n\n_private(1)\n"}
    change = {"pkg/util.py": SOURCE.replace("_private", "_renamed")}
    assert _found(base, change, whole_repository) == [("IMP101", "app.py", "_private")]


@pytest.mark.parametrize("whole_repository", [False, True])
def test_a_name_only_the_stub_had_removed_from_it_breaks_importers(whole_repository):
    base = {**PKG, "app.py": "from pkg.util import Options\n\nOptions(size=1)\n"}
    change = {"pkg/util.pyi": "def helper(x: int) -> int: ...\n"}
    assert _found(base, change, whole_repository) == [("IMP101", "app.py", "Options")]


@pytest.mark.parametrize("whole_repository", [False, True])
def test_a_name_removed_from_the_stub_that_its_source_keeps_is_still_provided(whole_repository):
    base = {**PKG, "app.py": "from pkg.util import helper\n\nhelper(1)\n"}
    assert _found(base, {"pkg/util.pyi": "X: int\n"}, whole_repository) == []
