"""Breakage through re-exports, star imports and `__all__`, and completeness per name.

Each case is a base and a change held in memory, run through the library entry point twice:
checking only the files the change can affect, and the whole repository (`--full-scan`); both
must give the same report. Positive cases assert every broken consumer site; negative ones that a
consumer the change does not really break gives nothing. (IMP201, removed public API, is
tested in test_public_api.py and left out here.)
"""

from __future__ import annotations

import pytest
from conftest import diff_result


def report(base: dict, change: dict) -> list[dict]:
    """The findings `change` introduces, the same with and without scope."""
    scoped = diff_result(base, change).json
    full = diff_result(base, change, whole_repository=True).json
    assert scoped == full
    return [f for f in scoped["findings"] if f["code"] != "IMP201"]


def keys(findings: list[dict]) -> list[tuple[str, str, int, str]]:
    return sorted((f["code"], f["file"], f["line"], f["symbol"]) for f in findings)


def message_at(findings: list[dict], file: str, line: int) -> str:
    [message] = [f["message"] for f in findings if (f["file"], f["line"]) == (file, line)]
    return message


SQL = "def X():\n    return 1\n\n\ndef Y():\n    return 2\n"
PY_CONSUMERS = {
    "app.py": "from pkg import X\nimport pkg\n\npkg.X()\n",
    "jobs.py": "def run():\n    from pkg import X\n    return X()\n",
}
PY_BASE = {"pkg/__init__.py": "from .sql import X\n", "pkg/sql.py": SQL, **PY_CONSUMERS}


# -- Python: item 1, breakage through re-exports -----------------------------------------


def test_python_deleted_source_breaks_every_consumer_of_the_reexport():
    findings = report(PY_BASE, {"pkg/sql.py": None})
    assert {f["severity"] for f in findings} == {"error"}
    assert keys(findings) == [("IMP101", "app.py", 1, "X"), ("IMP101", "jobs.py", 2, "X"),
                              ("IMP102", "pkg/__init__.py", 1, ".sql")]
    # `pkg.X` (app.py:4) is not reported: `import pkg` fails first, and pyright agrees
    chain = "`X` is re-exported by `pkg/__init__.py` from `pkg.sql`, which no longer exists"
    assert message_at(findings, "app.py", 1) == chain
    consumer = next(f for f in findings if f["file"] == "jobs.py")
    assert consumer["origin"] == {"file": "pkg/__init__.py", "line": 1}  # the re-export, in base


def test_python_submodule_a_package_binds_by_importing_from_it_is_named_as_such():
    """`from jinja2 import loaders`, which `jinja2/__init__.py` binds by `from .loaders import
    BaseLoader`: deleting `loaders.py` breaks it (pyright binds it regardless)."""
    base = {**PY_BASE, "api.py": "from pkg import sql\n", "app2.py": "from api import sql\n"}
    findings = report(base, {"pkg/sql.py": None})
    assert ("IMP101", "api.py", 1, "sql") in keys(findings)
    assert message_at(findings, "api.py", 1) == (
        "`sql` is the submodule `pkg.sql` (bound in `pkg/__init__.py` by its imports from it), "
        "which no longer exists")
    assert message_at(findings, "app2.py", 1) == (
        "`sql` is re-exported by `api.py` from `pkg`, which binds it as its submodule "
        "`pkg.sql`, which no longer exists")


def test_python_reads_through_a_submodule_a_package_imports_from_itself_break_when_it_is_gone():
    """pyglet's `image/__init__.py` binds `atlas` by `from . import atlas`; with `atlas.py`
    deleted pyright binds `atlas` to the package itself and reports each `image.atlas.X` of a
    name the package lacks ("not a known attribute of module"), where `import pkg.image` of a
    consumer raises at run time. A read of a name the package has, or of `atlas` alone, is
    fine to pyright and not reported."""
    base = {"pkg/__init__.py": "", "pkg/image/anim.py": "class Animation:\n    pass\n",
            "pkg/image/__init__.py": "from . import atlas\nfrom .anim import Animation\n",
            "pkg/image/atlas.py": "class TextureAtlas:\n    pass\n\n\ndef Allocator(w, h):\n    pass\n",
            "font.py": "from pkg import image\n\n\nclass G(image.atlas.TextureAtlas):\n    pass\n",
            "app.py": "import pkg.image\n\npkg.image.atlas.Allocator(1, 2)\n"
                      "pkg.image.atlas.Animation()\nprint(pkg.image.atlas)\n"}
    findings = report(base, {"pkg/image/atlas.py": None})
    assert keys(findings) == [("IMP101", "pkg/image/__init__.py", 1, "atlas"),
                              ("IMP103", "app.py", 3, "atlas"), ("IMP103", "font.py", 4, "atlas")]
    assert {f["severity"] for f in findings} == {"error"}


def test_python_a_read_through_a_gone_submodule_is_reported_beside_a_checker_only_import_of_it():
    """pyglet's `resource.py`: `if TYPE_CHECKING: from pyglet.image.atlas import TextureBin` and,
    at run time, `pyglet.image.atlas.TextureBin()`. The import runs for checkers only, so it
    does not stand for the read, which is where the program fails (pyright reports both)."""
    base = {"pkg/__init__.py": "", "pkg/image/__init__.py": "from . import atlas\n",
            "pkg/image/atlas.py": "class TextureBin:\n    pass\n",
            "res.py": "from __future__ import annotations\n\nfrom typing import TYPE_CHECKING\n\n"
                      "import pkg.image\n\nif TYPE_CHECKING:\n    from pkg.image.atlas import TextureBin\n\n\n"
                      "def make() -> TextureBin:\n    return pkg.image.atlas.TextureBin()\n"}
    assert [k for k in keys(report(base, {"pkg/image/atlas.py": None})) if k[1] == "res.py"] == [
        ("IMP102", "res.py", 8, "pkg.image.atlas"), ("IMP103", "res.py", 12, "atlas")]


PROXY = ("from typing import TYPE_CHECKING\n\n\nclass _ModuleProxy:\n"
         "    def __init__(self, name):\n        self._name = name\n\n"
         "    def __getattr__(self, attr):\n        import importlib\n"
         "        module = importlib.import_module(f'pkg.{self._name}')\n"
         "        globals()[self._name] = module\n        return getattr(module, attr)\n\n\n"
         "if TYPE_CHECKING:\n    from . import image\nelse:\n    image = _ModuleProxy('image')\n")


@pytest.mark.parametrize("shown", [False, True])
def test_python_a_lazy_stand_in_of_a_submodule_is_read_as_the_import_checkers_see(shown):
    """pyglet's `__init__` imports its submodules `if TYPE_CHECKING:` and binds lazy proxies of
    them in the `else` (`image = _ModuleProxy("image")`, which writes the real module into
    `globals()` once used): `from pyglet import image` then `image.atlas.X` is read through
    the submodule, as pyright reads it. A stand-in checkers read too is another object."""
    package = PROXY + ("image = None\n" if shown else "")
    base = {"pkg/__init__.py": package, "pkg/image/__init__.py": "from . import atlas\n",
            "pkg/image/atlas.py": "class TextureAtlas:\n    pass\n",
            "font.py": "from pkg import image\n\n\nclass G(image.atlas.TextureAtlas):\n    pass\n"}
    findings = [k for k in keys(report(base, {"pkg/image/atlas.py": None})) if k[1] == "font.py"]
    assert findings == ([] if shown else [("IMP103", "font.py", 4, "atlas")])


def test_python_submodule_a_package_star_imports_by_its_absolute_name_is_named_as_such():
    """hikari's `__init__`: `from hikari.colors import *`. Loading the submodule sets it on
    the package whatever the import's form, so deleting `colors.py` breaks `from hikari import
    colors` (pyright reports each, also under `if TYPE_CHECKING:`); a star import of a missing
    module otherwise leaves what the package provides unknown."""
    sql = "__all__ = ['X']\n\n" + SQL
    base = {"pkg/__init__.py": "from pkg.sql import *\n", "pkg/sql.py": sql,
            "api.py": "from pkg import sql\n",
            "types.py": "import typing\n\nif typing.TYPE_CHECKING:\n    from pkg import sql\n"}
    findings = report(base, {"pkg/sql.py": None})
    assert keys(findings) == [("IMP101", "api.py", 1, "sql"), ("IMP101", "types.py", 4, "sql"),
                              ("IMP102", "pkg/__init__.py", 1, "pkg.sql")]
    assert message_at(findings, "api.py", 1) == (
        "`sql` is the submodule `pkg.sql` (bound in `pkg/__init__.py` by its imports from it), "
        "which no longer exists")


def test_python_submodule_a_package_imports_only_when_it_cannot_load_another_is_not_judged():
    """The same star import inside `try/except ImportError` is saved by its fallback: the
    package loads, and what else binds `sql` is not known."""
    base = {"pkg/__init__.py": "try:\n    from pkg.sql import *\nexcept ImportError:\n"
                               "    from other import *\n",
            "pkg/sql.py": SQL, "api.py": "from pkg import sql\n"}
    assert report(base, {"pkg/sql.py": None}) == []


def test_python_removed_name_breaks_every_consumer_of_the_reexport():
    findings = report(PY_BASE, {"pkg/sql.py": "def Y():\n    return 2\n"})
    assert keys(findings) == [("IMP101", "app.py", 1, "X"), ("IMP101", "jobs.py", 2, "X"),
                              ("IMP101", "pkg/__init__.py", 1, "X")]
    assert message_at(findings, "jobs.py", 2) == \
        "`X` is re-exported by `pkg/__init__.py` from `pkg.sql`, which no longer provides `X`"


def test_python_module_that_registers_another_module_in_sys_modules_still_judges_its_names():
    """jinja2's loaders.py: `sys.modules[package_name] = ...` in a method registers a template
    module; it does not replace loaders.py, whose removed class its importers still lack."""
    loaders = ("import sys\n\n\nclass Base:\n    pass\n\n\nclass ModuleLoader(Base):\n"
               "    def load(self, name):\n        sys.modules[name] = object()\n")
    base = {"pkg/__init__.py": "from .loaders import Base as Base\n", "pkg/loaders.py": loaders,
            "app.py": "from pkg.loaders import Base\n"}
    findings = report(base, {"pkg/loaders.py": loaders.replace("class Base:\n    pass\n\n\n", "")})
    assert ("IMP101", "app.py", 1, "Base") in keys(findings)
    assert ("IMP101", "pkg/__init__.py", 1, "Base") in keys(findings)


def test_python_breakage_goes_through_every_layer():
    base = {"pkg/__init__.py": "from .core import X as Renamed\n",
            "pkg/core/__init__.py": "from .sql import X\n", "pkg/core/sql.py": SQL,
            "api/__init__.py": "from pkg import Renamed\n",
            "app.py": "from api import Renamed\n\nRenamed()\n"}
    findings = report(base, {"pkg/core/sql.py": None})
    assert keys(findings) == [("IMP101", "api/__init__.py", 1, "Renamed"),
                              ("IMP101", "app.py", 1, "Renamed"),
                              ("IMP101", "pkg/__init__.py", 1, "X"),
                              ("IMP102", "pkg/core/__init__.py", 1, ".sql")]
    assert message_at(findings, "app.py", 1) == (
        "`Renamed` is re-exported by `api/__init__.py` from `pkg`, which re-exports it from "
        "`pkg.core` (as `X`), which re-exports it from `pkg.core.sql`, which no longer exists")


def test_python_breakage_through_a_star_import():
    base = {"pkg/__init__.py": "from .api import *\n", "pkg/api.py": "from .sql import X, Y\n",
            "pkg/sql.py": SQL, "app.py": "from pkg import X, Y\n"}
    findings = report(base, {"pkg/sql.py": "def Y():\n    return 2\n"})
    assert keys(findings) == [("IMP101", "app.py", 1, "X"), ("IMP101", "pkg/api.py", 1, "X")]


def test_python_star_import_of_a_deleted_module_breaks_the_names_it_brought():
    base = {"pkg/__init__.py": "from .sql import *\n", "pkg/sql.py": SQL,
            "app.py": "from pkg import X\nimport pkg\n\npkg.Y()\n"}
    findings = report(base, {"pkg/sql.py": None})
    assert keys(findings) == [("IMP101", "app.py", 1, "X"), ("IMP102", "pkg/__init__.py", 1, ".sql"),
                              ("IMP103", "app.py", 4, "Y")]  # stars bind nothing: pyright too


def test_python_breakage_through_layers_of_star_imports_of_a_deleted_module():
    base = {"pkg/__init__.py": "from .algorithms import *\n",
            "pkg/algorithms/__init__.py": "from .dag import *\nfrom .flow import *\n",
            "pkg/algorithms/dag.py": "__all__ = ['topo']\n\n\ndef topo():\n    pass\n",
            "pkg/algorithms/flow.py": "def flow():\n    pass\n",
            "app.py": "import pkg\nfrom pkg import flow, topo\n\npkg.topo()\npkg.flow()\n"}
    findings = report(base, {"pkg/algorithms/dag.py": None})
    assert keys(findings) == [("IMP101", "app.py", 2, "topo"),
                              ("IMP102", "pkg/algorithms/__init__.py", 1, ".dag"),
                              ("IMP103", "app.py", 4, "topo")]
    assert message_at(findings, "app.py", 2) == (
        "`topo` is re-exported by `pkg/__init__.py` from `pkg.algorithms`, which re-exports it "
        "from `pkg.algorithms.dag`, which no longer exists")


TRANSPORTS = {  # httpx's shape: `__init__` star-imports a package whose `__all__` lists names
    "pkg/__init__.py": "from .transports import *\n\n__all__ = ['Mock', 'Base']\n",
    "pkg/transports/__init__.py": "from .mock import *\nfrom .base import *\n\n"
                                  "__all__ = ['Mock', 'Base']\n",
    "pkg/transports/mock.py": "class Mock:\n    pass\n",
    "pkg/transports/base.py": "class Base:\n    pass\n",
    "app.py": "import pkg\nimport pkg.transports\nfrom pkg import Mock\n\npkg.Mock()\n"
              "pkg.Base()\npkg.transports.Mock()\n",
}


def test_python_all_entry_a_star_import_of_a_deleted_module_brought_is_reported():
    """`__all__` names what only the failing star import brought: the entry dangles (pyright:
    reportUnsupportedDunderAll). `pkg.Mock` is bound by pkg's star import, which takes what
    that `__all__` lists: the breakage is reported at the entry, not again at each `pkg.Mock`
    (pyright agrees); `pkg.transports.Mock` is unbound and still reported, and pkg's own
    `__all__` entry is bound by that star import."""
    findings = report(TRANSPORTS, {"pkg/transports/mock.py": None})
    assert keys(findings) == [("IMP101", "app.py", 3, "Mock"),
                              ("IMP102", "pkg/transports/__init__.py", 1, ".mock"),
                              ("IMP103", "app.py", 7, "Mock"),
                              ("IMP104", "pkg/transports/__init__.py", 4, "Mock")]
    assert message_at(findings, "pkg/transports/__init__.py", 4) == (
        "`__all__` lists `Mock`, which this module no longer has: `Mock` is re-exported by "
        "`pkg/transports/__init__.py` from `pkg.transports.mock`, which no longer exists")


def test_python_attribute_chain_through_a_module_a_package_binds():
    """`nx.community.modularity`: networkx star-imports `community`, a module that
    `networkx.algorithms` binds with `from networkx.algorithms import community`; the module
    takes `modularity` by a star import of a module the change deletes (pyright reports it)."""
    base = {"pkg/__init__.py": "from pkg.algorithms import *\n",
            "pkg/algorithms/__init__.py": "from pkg.algorithms import community\n",
            "pkg/algorithms/community/__init__.py": "from .quality import *\nfrom .fluid import *\n",
            "pkg/algorithms/community/quality.py": "def modularity():\n    pass\n",
            "pkg/algorithms/community/fluid.py": "def fluid():\n    pass\n",
            "app.py": "import pkg as nx\n\nnx.community.modularity()\nnx.community.fluid()\n"
                      "nx.algorithms.community.modularity()\n"}
    findings = report(base, {"pkg/algorithms/community/quality.py": None})
    assert keys(findings) == [("IMP102", "pkg/algorithms/community/__init__.py", 1, ".quality"),
                              ("IMP103", "app.py", 3, "modularity"),
                              ("IMP103", "app.py", 5, "modularity")]


@pytest.mark.parametrize("binding", ["community = object()\n", "from .other import community\n"])
def test_python_attribute_chain_stops_at_a_name_bound_to_no_module(binding):
    base = {"pkg/__init__.py": "from pkg.algorithms import *\n",
            "pkg/algorithms/__init__.py": binding,
            "pkg/algorithms/other.py": "community = object()\n",
            "pkg/algorithms/community/__init__.py": "from .quality import *\n",
            "pkg/algorithms/community/quality.py": "def modularity():\n    pass\n",
            "app.py": "import pkg as nx\n\nnx.community.modularity()\n"}
    findings = report(base, {"pkg/algorithms/community/quality.py": None})
    assert keys(findings) == [("IMP102", "pkg/algorithms/community/__init__.py", 1, ".quality")]


NOT_BROKEN = {  # each: pkg/__init__.py in base and head; the change removes X from pkg/sql.py
    "a fallback import in try/except ImportError":
        "try:\n    from .sql import X\nexcept ImportError:\n    from .compat import X\n",
    "a fallback value in try/except ImportError":
        "try:\n    from .sql import X\nexcept ImportError:\n    X = None\n",
    "a module __getattr__":
        "from .sql import X\n\n\ndef __getattr__(name):\n    raise AttributeError(name)\n",
    "assigned after the import": "from .sql import X\n\nX = X if 'X' in dir() else None\n",
    "defined in an if": "import os\n\nfrom .sql import X\n\nif os.name == 'nt':\n"
                        "    def X():\n        return 0\n",
    "a second import": "import sys\n\nif sys.version_info >= (3, 12):\n    from .sql import X\n"
                       "else:\n    from .compat import X\n",
    "only imported under TYPE_CHECKING": "from typing import TYPE_CHECKING\n\n"
                                         "if TYPE_CHECKING:\n    from .sql import X\n",
    "another star import provides it": "from .reexport import *\nfrom .compat import *\n",
}


@pytest.mark.parametrize("name", NOT_BROKEN)
def test_python_consumers_not_broken_when_the_name_is_bound_another_way(name):
    base = {**PY_BASE, "pkg/__init__.py": NOT_BROKEN[name], "pkg/compat.py": "def X():\n    return 0\n",
            "pkg/reexport.py": "from .sql import X\n",
            # the control: a plain re-export of the same name, which the change does break
            "plain/__init__.py": "from pkg.sql import X\n", "plain/use.py": "from plain import X\n"}
    findings = report(base, {"pkg/sql.py": "def Y():\n    return 2\n"})
    assert not [f for f in findings if f["file"] in PY_CONSUMERS]
    assert ("IMP101", "plain/use.py", 1, "X") in keys(findings)


RUN_TIME_BRANCHES = {  # each: pkg/__init__.py, whose import of X runs at run time too
    # anyio's lazy importer: the imports run for the type checker, or when the lazy importer
    # is not installed
    "TYPE_CHECKING or a call": "from typing import TYPE_CHECKING\n\nfrom ._lazy import install\n\n"
                               "if TYPE_CHECKING or not install():\n    from .sql import X as X\n",
    "not TYPE_CHECKING": "import typing\n\nif not typing.TYPE_CHECKING:\n    from .sql import X\n",
    "the else of TYPE_CHECKING": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                                 "    from .stubs import Y\nelse:\n    from .sql import X\n",
}


@pytest.mark.parametrize("name", RUN_TIME_BRANCHES)
def test_python_reexport_in_a_branch_that_runs_at_run_time_breaks_its_consumers(name):
    base = {**PY_BASE, "pkg/__init__.py": RUN_TIME_BRANCHES[name],
            "pkg/_lazy.py": "def install():\n    return False\n", "pkg/stubs.py": "Y = 1\n"}
    findings = report(base, {"pkg/sql.py": "def Y():\n    return 2\n"})
    assert ("IMP101", "app.py", 1, "X") in keys(findings)
    assert ("IMP101", "jobs.py", 2, "X") in keys(findings)


UNCHECKED_GETATTR = {  # each: pkg/__init__.py, with a `__getattr__` type checkers never read
    "if not TYPE_CHECKING": "from typing import TYPE_CHECKING, Any\n\nfrom .sql import X\n\n"
                            "if not TYPE_CHECKING:\n    def __getattr__(name: str) -> Any:\n"
                            "        raise AttributeError(name)\n",
    "the else of TYPE_CHECKING": "import typing\n\nfrom .sql import X\n\nif typing.TYPE_CHECKING:\n"
                                 "    pass\nelse:\n    __getattr__ = lambda name: None\n",
}


@pytest.mark.parametrize("name", UNCHECKED_GETATTR)
def test_python_reexport_breaks_its_consumers_past_a_getattr_checkers_do_not_read(name):
    """polars' `__init__` defines its `__getattr__` (deprecated names) under `if not
    TYPE_CHECKING:`: pyright reads the module as a plain one and reports each `from polars
    import DataFrame` once `polars.dataframe.frame` is gone (at run time the import in the
    `__init__` raises before `__getattr__` is defined). A `__getattr__` it reads hides them
    ("a module __getattr__" above)."""
    base = {**PY_BASE, "pkg/__init__.py": UNCHECKED_GETATTR[name]}
    findings = report(base, {"pkg/sql.py": "def Y():\n    return 2\n"})
    assert ("IMP101", "app.py", 1, "X") in keys(findings)
    assert ("IMP101", "jobs.py", 2, "X") in keys(findings)


def test_python_reexport_only_a_type_checker_runs_does_not_break_its_consumers():
    for condition in ("TYPE_CHECKING and sys.version_info >= (3, 11)", "(typing.TYPE_CHECKING)"):
        base = {**PY_BASE, "pkg/__init__.py": "import sys\nimport typing\nfrom typing import "
                f"TYPE_CHECKING\n\nif {condition}:\n    from .sql import X\n"}
        findings = report(base, {"pkg/sql.py": "def Y():\n    return 2\n"})
        assert not [f for f in findings if f["file"] in PY_CONSUMERS], condition


def test_python_consumer_already_broken_in_base_is_not_new():
    base = {**PY_BASE, "pkg/__init__.py": "from .sql import X, Y\n",
            "pkg/sql.py": "def Y():\n    return 2\n",  # X already missing
            "app.py": "from pkg import X\nfrom pkg import Y\nimport pkg\n\npkg.X()\n"}
    change = {"pkg/__init__.py": "from .sql import X, Y\n\nVERSION = 1\n", "pkg/sql.py": "Z = 1\n",
              "app.py": "from pkg import X\nfrom pkg import Y\nimport pkg\n\npkg.X()\nprint(pkg.VERSION)\n"}
    assert keys(report(base, change)) == [
        ("IMP101", "app.py", 2, "Y"), ("IMP101", "pkg/__init__.py", 1, "Y")]


def test_python_repaired_reexport_gives_nothing():
    base = {**PY_BASE, "pkg/__init__.py": "from .sql import X, Y\n", "pkg/sql.py": "def Y():\n    return 2\n",
            "app.py": "from pkg import X\nfrom pkg import Y\n"}
    change = {"pkg/sql.py": "def X():\n    return 1\n"}  # X back, Y gone
    assert keys(report(base, change)) == [
        ("IMP101", "app.py", 2, "Y"), ("IMP101", "pkg/__init__.py", 1, "Y")]


# -- JavaScript/TypeScript: item 1 -----------------------------------------------------

JS_SQL = "export function X() { return 1; }\nexport function Y() { return 2; }\n"
JS_BASE = {
    "src/sql.js": JS_SQL,
    "src/index.js": "export { X } from './sql.js';\nexport { Y } from './sql.js';\n",
    "src/layer.js": "export { X } from './index.js';\n",
    "src/app.js": "import { X } from './index.js';\nimport * as lib from './index.js';\n"
                  "import { X as X2 } from './layer.js';\n\nX(); lib.X(); X2();\n",
}


def test_javascript_deleted_source_breaks_every_consumer_of_the_reexport():
    findings = report(JS_BASE, {"src/sql.js": None})
    assert keys(findings) == [("IMP101", "src/app.js", 1, "X"), ("IMP101", "src/app.js", 3, "X"),
                              ("IMP102", "src/index.js", 1, "./sql.js"),
                              ("IMP102", "src/index.js", 2, "./sql.js"),
                              ("IMP103", "src/app.js", 5, "X"), ("IMP104", "src/layer.js", 1, "X")]
    assert message_at(findings, "src/app.js", 3) == (
        "`X` is re-exported by `src/layer.js` from `./index.js`, which re-exports it from "
        "`./sql.js`, which no longer exists")
    assert message_at(findings, "src/layer.js", 1) == (
        "re-exports `X` from './index.js' (src/index.js): `X` is re-exported by `src/index.js` "
        "from `./sql.js`, which no longer exists")
    # consumers are warnings in JS/TS: the module graph fails to link at the re-export, the
    # one site tsc reports
    severities = {(f["file"], f["line"]): f["severity"] for f in findings}
    assert severities[("src/index.js", 1)] == "error" and severities[("src/app.js", 1)] == "warning"
    assert severities[("src/app.js", 5)] == severities[("src/layer.js", 1)] == "warning"


def test_javascript_removed_name_breaks_consumers_of_an_imported_then_exported_name():
    base = {"src/sql.ts": JS_SQL, "src/index.ts": "import { X, Y } from './sql';\nexport { X, Y };\n",
            "src/app.ts": "import { X } from './index';\n\nX();\n"}
    findings = report(base, {"src/sql.ts": "export function Y() { return 2; }\n"})
    assert keys(findings) == [("IMP101", "src/app.ts", 1, "X"), ("IMP101", "src/index.ts", 1, "X")]
    assert message_at(findings, "src/app.ts", 1) == \
        "`X` is re-exported by `src/index.ts` from `./sql`, which no longer exports `X`"


CLASSES = "export const FILL = 'fill';\nexport const TAG = 'tag';\n"
NAMESPACE_BARREL = {  # blueprint's `common/index.ts`, re-exported by `export *` from `index.ts`
    "src/common/classes.ts": CLASSES,
    "src/common/index.ts": "import * as Classes from './classes';\nexport { Classes };\n",
    "src/index.ts": "export * from './common';\n",
    "src/tag.ts": "import { Classes } from './common';\nexport const t = [Classes.FILL, Classes.TAG];\n",
    "src/app.ts": "import { Classes as C } from './index';\nexport const a = C.FILL;\n",
}


def test_a_member_of_a_namespace_a_barrel_imports_and_exports_by_name_is_checked():
    """`import * as Classes from './classes'; export { Classes }`: `Classes.FILL` of an
    importer reads the module's export, as through `export * as Classes` (tsc: TS2339 on
    `typeof import(...)`)."""
    findings = report(NAMESPACE_BARREL, {"src/common/classes.ts": "export const TAG = 'tag';\n"})
    assert keys(findings) == [("IMP103", "src/app.ts", 2, "FILL"), ("IMP103", "src/tag.ts", 2, "FILL")]


def test_a_namespace_a_barrel_exports_by_name_over_an_unreadable_star_is_not_judged():
    change = {"src/common/classes.ts": "export * from 'external-classes';\nexport const TAG = 'tag';\n"}
    assert report(NAMESPACE_BARREL, change) == []


def test_javascript_breakage_through_export_star():
    base = {**JS_BASE, "src/barrel.js": "export * from './index.js';\n",
            "src/app.js": "import { X, Y } from './barrel.js';\n\nX(); Y();\n"}
    findings = report(base, {"src/sql.js": "export function Y() { return 2; }\n"})
    assert keys(findings) == [("IMP101", "src/app.js", 1, "X"), ("IMP104", "src/index.js", 1, "X"),
                              ("IMP104", "src/layer.js", 1, "X")]


def test_javascript_export_star_of_a_deleted_module_breaks_the_consumers_of_its_names():
    """yjs's `internals.js` barrel: `export * from './utils/isParentOf.js'`, and every module
    imports from the barrel. Deleting the module leaves the star binding nothing, so tsc
    reports TS2305 at each `import { isParentOf } from './internals.js'` (and at
    `export { isParentOf } from ...`): errors there, as the star no longer binds the name."""
    base = {"src/isParentOf.js": "export const isParentOf = (a, b) => a === b;\n",
            "src/other.js": "export const other = 1;\n",
            "src/internals.js": "export * from './isParentOf.js';\nexport * from './other.js';\n",
            "src/index.js": "export { isParentOf, other } from './internals.js';\n",
            "src/undo.js": "import { isParentOf, other } from './internals.js';\n\n"
                           "export const f = () => isParentOf(other, 2);\n"}
    findings = report(base, {"src/isParentOf.js": None})
    assert keys(findings) == [("IMP101", "src/undo.js", 1, "isParentOf"),
                              ("IMP102", "src/internals.js", 1, "./isParentOf.js"),
                              ("IMP104", "src/index.js", 1, "isParentOf")]
    assert {f["severity"] for f in findings} == {"error"}
    assert message_at(findings, "src/undo.js", 1) == (
        "`isParentOf` is re-exported by `src/internals.js` from `./isParentOf.js`, which no "
        "longer exists")


def test_javascript_export_star_of_a_deleted_module_with_an_external_star_beside_is_not_judged():
    """Another `export *` from a package impact cannot read may provide the name."""
    base = {"src/isParentOf.js": "export const isParentOf = (a, b) => a === b;\n",
            "src/internals.js": "export * from './isParentOf.js';\nexport * from 'lib0/map';\n",
            "src/undo.js": "import { isParentOf } from './internals.js';\n\nisParentOf(1, 2);\n"}
    findings = report(base, {"src/isParentOf.js": None})
    assert keys(findings) == [("IMP102", "src/internals.js", 1, "./isParentOf.js")]


def test_javascript_export_star_with_another_source_of_the_name_is_not_broken():
    base = {"src/sql.js": JS_SQL, "src/a.js": "export { X } from './sql.js';\n",
            "src/b.js": "export function X() { return 0; }\n",
            "src/index.js": "export * from './a.js';\nexport * from './b.js';\n",
            "src/app.js": "import { X } from './index.js';\n\nX();\n",
            "src/only.js": "export * from './a.js';\n",  # the control: a's X alone
            "src/use.js": "import { X } from './only.js';\n\nX();\n"}
    findings = report(base, {"src/sql.js": "export function Y() { return 2; }\n"})
    assert keys(findings) == [("IMP101", "src/use.js", 1, "X"), ("IMP104", "src/a.js", 1, "X")]


DECLARE_GLOBAL = ("declare global {\n  namespace JSX {\n    interface IntrinsicElements {"
                  " starfieldMaterial: object }\n  }\n}\n")


def test_a_declare_global_in_a_typescript_module_adds_no_export_to_an_export_star():
    """drei renamed src/core/Particles.tsx to Sparkles.tsx (2d1220d862) and its stories still
    import `{ Particles }` from the barrel `src/index.ts` (tsc: TS2305). The barrel's stars
    reach modules with `declare global { namespace JSX ... }` (Stars.tsx): in a TypeScript
    module that is no declaration file such a block declares globals (or, `declare module`,
    augments another module), never an export of the file, so the barrel's names stay
    complete. In a declaration file, whose declarations are exported without `export`,
    it still may add names."""
    def tree(ambient_file: str) -> dict:
        return {"src/Particles.tsx": "export const Particles = () => null;\n",
                ambient_file: "export const Stars = () => null;\n" + DECLARE_GLOBAL,
                "src/index.ts": f"export * from './Particles';\n"
                                f"export * from './{ambient_file[4:].split('.')[0]}';\n",
                "stories/Particles.stories.tsx": "import { Particles, Stars } from '../src';\n"
                                                 "export default { component: [Particles, Stars] };\n"}
    renamed = {"src/Particles.tsx": None, "src/Sparkles.tsx": "export const Sparkles = () => null;\n"}
    module = tree("src/Stars.tsx")
    assert keys(report(module, {**renamed, "src/index.ts": module["src/index.ts"].replace(
        "Particles", "Sparkles")})) == [("IMP101", "stories/Particles.stories.tsx", 1, "Particles")]
    declarations = tree("src/Stars.d.ts")
    assert keys(report(declarations, {**renamed, "src/index.ts": declarations["src/index.ts"].replace(
        "Particles", "Sparkles")})) == []


def test_typescript_type_only_reexport_does_not_break_consumers():
    base = {"src/sql.ts": "export interface X { a: number }\nexport const Y = 1;\n",
            "src/index.ts": "import type { X } from './sql';\nimport { Y } from './sql';\n"
                            "export type { X };\nexport { Y };\n",
            "src/app.ts": "import type { X } from './index';\nimport { Y } from './index';\n\n"
                          "export const x: X = { a: Y };\n"}
    findings = report(base, {"src/sql.ts": "export const Z = 1;\n"})
    assert keys(findings) == [("IMP101", "src/app.ts", 2, "Y"), ("IMP101", "src/index.ts", 1, "X"),
                              ("IMP101", "src/index.ts", 2, "Y")]


# -- Python: item 2, star imports and `__all__` ----------------------------------------

LAZY = "def __getattr__(name):\n    raise AttributeError(name)\n"


def test_star_import_of_a_static_all_is_exact_despite_getattr():
    base = {"m.py": "__all__ = ['a', 'b']\n\na = 1\nb = 2\n\n\n" + LAZY,
            "app.py": "from m import *\n\nprint(a, b)\n"}
    findings = report(base, {"m.py": "__all__ = ['a']\n\na = 1\nb = 2\n\n\n" + LAZY})
    assert keys(findings) == [("IMP105", "app.py", 3, "b")]
    assert report(base, {"m.py": "__all__ = ['a', 'b', 'c']\n\na = 1\nb = 2\nc = 3\n\n\n"
                                              + LAZY}) == []


ALL_IDIOMS = {  # pkg/__init__.py: each takes in `pkg/core.py`'s __all__ (['run', 'stop'])
    "__all__ += m.__all__": "from . import core\nfrom .core import *\n\n__all__ = ['VERSION']\n"
                            "__all__ += core.__all__\nVERSION = 1\n",
    "__all__.extend(m.__all__)": "from pkg import core\nfrom pkg.core import *\n\n__all__ = ['VERSION']\n"
                                 "__all__.extend(core.__all__)\nVERSION = 1\n",
    "__all__ = a.__all__ + b.__all__": "from . import core, extra\nfrom .core import *\n"
                                       "from .extra import *\n\n__all__ = core.__all__ + extra.__all__\n",
    "from m import __all__ as m_all": "from .core import *\nfrom .core import __all__ as core_all\n\n"
                                      "__all__ = ['VERSION'] + core_all\nVERSION = 1\n",
    "a submodule a star import binds": "from .core import *\n\n__all__ = ['VERSION']\n"
                                       "__all__ += core.__all__\nVERSION = 1\n",
    "an imported __all__, extended": "from .core import *\nfrom .core import __all__\n"
                                     "from .extra import *\nfrom .extra import __all__ as extra_all\n\n"
                                     "__all__ = __all__ + extra_all\n",
}


@pytest.mark.parametrize("idiom", ALL_IDIOMS)
def test_dynamic_all_idioms_are_followed(idiom):
    core = "__all__ = ['run', 'stop']\n\n\ndef run():\n    pass\n\n\ndef stop():\n    pass\n"
    base = {"pkg/__init__.py": ALL_IDIOMS[idiom], "pkg/core.py": core,
            "pkg/extra.py": "__all__ = ['more']\nmore = 1\n",
            "app.py": "from pkg import *\n\nrun()\nstop()\n"}
    assert report(base, {"pkg/core.py": core.replace("'stop'", "'stop', 'go'")
                                       + "\n\ndef go():\n    pass\n"}) == []
    findings = report(base, {"pkg/core.py": core.replace(", 'stop'", "")})
    assert keys(findings) == [("IMP105", "app.py", 4, "stop")]


def test_all_append_extend_and_remove():
    module = "__all__ = ['a']\n__all__ += ['b']\n__all__.extend(['c'])\n__all__.append('d')\n" \
             "a = b = c = d = e = 1\n"
    base = {"m.py": module, "app.py": "from m import *\n\nprint(a, b, c, d)\n"}
    assert report(base, {"m.py": module + "__all__.append('e')\n"}) == []
    findings = report(base, {"m.py": module + "__all__.remove('c')\n"})
    assert keys(findings) == [("IMP105", "app.py", 3, "c")]


def test_name_removed_beside_an_unchanged_getattr_is_gone():
    base = {"m.py": "def X():\n    return 1\n\n\ndef Y():\n    return 2\n\n\n" + LAZY,
            "app.py": "from m import X\nimport m\n\nm.X()\n"}
    findings = report(base, {"m.py": "def Y():\n    return 2\n\n\n" + LAZY})
    assert keys(findings) == [("IMP101", "app.py", 1, "X"), ("IMP103", "app.py", 4, "X")]
    assert "no longer defines or imports it" in message_at(findings, "app.py", 1)
    lazy_x = "def __getattr__(name):\n    if name == 'X':\n        return 1\n    raise AttributeError(name)\n"
    assert report(base, {"m.py": "def Y():\n    return 2\n\n\n" + lazy_x}) == []


def test_name_made_lazy_and_still_in_all_is_not_gone():
    lazy = "import importlib\n\n_LAZY = {'X': '.impl'}\n\n\ndef __getattr__(name):\n" \
           "    return getattr(importlib.import_module(_LAZY[name], __name__), name)\n"
    base = {"pkg/__init__.py": "__all__ = ['X', 'Y']\n\nfrom .impl import X\nfrom .impl import Y\n\n"
                               + lazy.replace("'X': '.impl'", ""),
            "pkg/impl.py": "X = Y = 1\n", "app.py": "from pkg import X\nfrom pkg import Y\n"}
    change = {"pkg/__init__.py": "__all__ = ['X']\n\n" + lazy}  # X now lazy; Y dropped
    assert keys(report(base, change)) == [("IMP101", "app.py", 2, "Y")]


def test_name_removed_beside_an_unreadable_star_import_is_gone():
    native = {"pkg/_native.cpython-311-x86_64-linux-gnu.so": b"\x7fELF"}
    base = {**native, "pkg/__init__.py": "from ._native import *\nfrom .sql import X, Y\n",
            "pkg/sql.py": SQL, "app.py": "from pkg import X, Y\n"}
    findings = report(base, {"pkg/__init__.py": "from ._native import *\nfrom .sql import Y\n"})
    assert keys(findings) == [("IMP101", "app.py", 1, "X")]
    changed_star = {"pkg/__init__.py": "from ._native import *\nfrom ._native2 import *\nfrom .sql import Y\n",
                    "pkg/_native2.cpython-311-x86_64-linux-gnu.so": b"\x7fELF"}
    assert report(base, changed_star) == []


def test_name_removed_beside_a_dynamic_all_piece_is_gone():
    base = {"pkg/__init__.py": "from .m import *\n",
            "pkg/m.py": "__all__ = ['X', 'Y'] + _more()\n\nX = Y = 1\n\n\ndef _more():\n    return []\n",
            "app.py": "from pkg import X, Y\n"}
    change = {"pkg/m.py": "__all__ = ['Y'] + _more()\n\nY = 1\n\n\ndef _more():\n    return []\n"}
    assert keys(report(base, change)) == [("IMP101", "app.py", 1, "X")]
    change = {"pkg/m.py": "__all__ = ['Y'] + _more2()\n\nY = 1\n\n\ndef _more2():\n    return ['X']\n"}
    assert report(base, change) == []


def test_javascript_export_star_of_a_barrel_whose_star_lost_its_module_breaks_the_consumers():
    """A monorepo's shared package: `index.ts` has `export * from './schemas'`, and
    `schemas/index.ts` `export * from './customer'`, a module that moved. Neither layer binds
    `newCustomerSchema` any more: tsc reports TS2305 at each consumer (and TS2307 at the
    barrel), so these are errors, followed through the barrel of barrels."""
    base = {"shared/schemas/customer.ts": "export const newCustomerSchema = 1;\n",
            "shared/schemas/invoice.ts": "export const invoiceSchema = 2;\n",
            "shared/schemas/index.ts": "export * from './customer';\nexport { invoiceSchema } from './invoice';\n",
            "shared/money.ts": "export const formatMoney = (c: number) => `${c}`;\n",
            "shared/index.ts": "export * from './schemas';\nexport * from './money';\n",
            "api/routes.ts": "import { invoiceSchema, newCustomerSchema } from '../shared';\n\n"
                             "export const schemas = [invoiceSchema, newCustomerSchema];\n"}
    findings = report(base, {"shared/schemas/customer.ts": None,
                             "shared/schemas/customers.ts": base["shared/schemas/customer.ts"]})
    assert keys(findings) == [("IMP101", "api/routes.ts", 1, "newCustomerSchema"),
                              ("IMP102", "shared/schemas/index.ts", 1, "./customer")]
    assert {f["severity"] for f in findings} == {"error"}
    assert message_at(findings, "api/routes.ts", 1).startswith(
        "`newCustomerSchema` is re-exported by `shared/index.ts` from `./schemas`, which "
        "re-exports it from `./customer`, which no longer exists")


LAZY_INIT = """from typing import TYPE_CHECKING
from importlib import import_module

if TYPE_CHECKING:
    from .main import BaseModel
    from .fields import Field

__all__ = ("BaseModel", "Field")
_dynamic_imports = {"BaseModel": ".main", "Field": ".fields"}


def __getattr__(name):
    return getattr(import_module(_dynamic_imports[name], __package__), name)
"""


def test_a_lazy_packages_type_checking_import_says_what_its_getattr_loads():
    """pydantic's `__init__`: names imported only under `if TYPE_CHECKING:` and loaded by a
    module `__getattr__` from the same modules at run time. A name its module no longer has
    breaks every `from pkg import Name` (at run time, `__getattr__` raises) — not only the
    `TYPE_CHECKING` import. A name it does not import that way stays unknown."""
    base = {"pkg/__init__.py": LAZY_INIT, "pkg/main.py": "class BaseModel:\n    pass\n",
            "pkg/fields.py": "def Field():\n    return 1\n",
            "app.py": "from pkg import BaseModel, Field, anything\n\n\nclass User(BaseModel):\n    pass\n"}
    findings = report(base, {"pkg/main.py": "class Other:\n    pass\n"})
    assert keys(findings) == [("IMP101", "app.py", 1, "BaseModel"),
                              ("IMP101", "pkg/__init__.py", 5, "BaseModel")]
    assert "is loaded lazily by `pkg/__init__.py` (its `__getattr__`) from `pkg.main`" in \
        findings[0]["message"]
    assert report(base, {"pkg/fields.py": "def Field(default=None):\n    return default\n"}) == []
    without_getattr = LAZY_INIT.split("\n\ndef __getattr__")[0] + "\n"  # type-only: no run time
    assert keys(report({**base, "pkg/__init__.py": without_getattr},
                       {"pkg/main.py": "class Other:\n    pass\n"})) == [
        ("IMP101", "pkg/__init__.py", 5, "BaseModel")]
