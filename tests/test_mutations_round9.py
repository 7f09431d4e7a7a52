"""Found by the ninth round of seeded mutations against pyright and tsc (pyramid, pint,
@tiptap/core, leaflet; benchmarks/RESULTS.md, "unseen corpora, ninth round")."""

from __future__ import annotations

from conftest import diff_findings

UTIL = "class UnitsContainer:\n    pass\n"
TYPING = ("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
          "    from .util import UnitsContainer\n")
CHECKER_CONSUMER = ("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                    "    from ._typing import UnitsContainer\n\n\n"
                    "def dims(units: UnitsContainer) -> None:\n    pass\n")


def _imp101(base: dict, change: dict) -> list[tuple]:
    return sorted((f["file"], f["line"], f["severity"]) for f in diff_findings(base, change)
                  if f["code"] == "IMP101")


def test_python_a_type_checking_import_of_a_name_re_exported_only_for_type_checkers_is_followed():
    """pint's `_typing.py` imports `UnitsContainer` from `util` `if TYPE_CHECKING:`, and its
    modules take it from there `if TYPE_CHECKING:` too. Once `util` drops it, pyright reports
    each consumer's import ("UnitsContainer" is unknown import symbol), not only
    `_typing.py`'s: both imports are a checker's, so is the layer between them."""
    base = {"pkg/__init__.py": "", "pkg/util.py": UTIL, "pkg/_typing.py": TYPING,
            "pkg/registry.py": CHECKER_CONSUMER}
    change = {"pkg/util.py": "class Other:\n    pass\n"}
    assert _imp101(base, change) == [("pkg/_typing.py", 4, "error"),
                                     ("pkg/registry.py", 4, "error")]


def test_python_a_run_time_import_of_a_name_a_module_binds_only_for_type_checkers_is_not_judged():
    """The same name imported at run time from a module that binds it only `if TYPE_CHECKING:`
    fails in both revisions (the module never binds it when it runs): nothing new to report
    there, only at the module's own import."""
    base = {"pkg/__init__.py": "", "pkg/util.py": UTIL, "pkg/_typing.py": TYPING,
            "pkg/registry.py": "from ._typing import UnitsContainer\n"}
    change = {"pkg/util.py": "class Other:\n    pass\n"}
    assert _imp101(base, change) == [("pkg/_typing.py", 4, "error")]
