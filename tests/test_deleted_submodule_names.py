"""A package whose `__init__` deletes the name its submodule was bound to (`del util`) and
answers that name from a module `__getattr__` (GitPython 28bd4a3f6e: `git.util` is
`git.index.util`). `from pkg import name` asks the package's attribute first, then its
`__getattr__`, and imports the submodule `pkg.name` only when both fail (importlib's
`_handle_fromlist`): what `util` is then is what `__getattr__` returns, which impact does not
guess. Without `__getattr__`, the import system falls back to the submodule."""

from __future__ import annotations

import pytest
from conftest import diff_keys

GETATTR = ("def __getattr__(name):\n"
           "    if name == 'util':\n"
           "        import importlib\n"
           "        return importlib.import_module('pkg.index.util')\n"
           "    raise AttributeError(name)\n")
HIDDEN_GETATTR = ("from typing import TYPE_CHECKING\n\n\n"
                  + GETATTR.replace("__getattr__", "_getattr") +
                  "\n\nif not TYPE_CHECKING:\n    __getattr__ = _getattr\n")


def _package(init_tail: str) -> dict[str, str]:
    return {"pkg/__init__.py": "from pkg.util import helper\n\ndel util\n\n\n" + init_tail,
            "pkg/util.py": "def helper():\n    return 1\n",
            "pkg/index/__init__.py": "",
            "pkg/index/util.py": "class TemporaryFileSwap:\n    pass\n",
            "app.py": "from pkg import util\nimport pkg\n\nprint(util, pkg)\n"}


READS = {"app.py": "from pkg import util\nimport pkg\n\nutil.TemporaryFileSwap\npkg.util.TemporaryFileSwap\n"}


@pytest.mark.parametrize("getattr_source", [GETATTR, HIDDEN_GETATTR],
                         ids=["module __getattr__", "__getattr__ bound under `if not TYPE_CHECKING`"])
def test_a_deleted_name_answered_by_getattr_is_not_read_as_the_submodule(getattr_source):
    assert diff_keys(_package(getattr_source), READS) == []


def test_a_deleted_name_without_getattr_is_still_the_submodule():
    """`from pkg import util` imports `pkg.util` again when the package lacks the name."""
    assert diff_keys(_package(""), {"app.py": "from pkg import util\n\nutil.TemporaryFileSwap\n"}) \
        == [("IMP103", "app.py", 3, "TemporaryFileSwap")]


@pytest.mark.parametrize("deletion", ["del (util)", "del helper, util", "del (helper, util)",
                                      "del [util]", "del ((util),)"])
def test_every_form_of_del_unbinds_the_name(deletion):
    """`del (util)`, `del a, b`, `del (a, b)`, `del [a]` unbind as `del util` does."""
    base = _package(GETATTR)
    base["pkg/__init__.py"] = base["pkg/__init__.py"].replace("del util", deletion)
    assert diff_keys(base, READS) == []
