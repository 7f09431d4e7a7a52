"""Classes of input the twelfth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: twelfth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding or a crash, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_files, diff_keys

# scipy/scipy: scipy/signal/__init__.py star-imports `._support_alternative_backends` and takes
# its `__all__`, which is in turn `_signal_api.__all__` of a sibling (`from . import _signal_api`
# there): what `signal._signal_api` is depends on what the package's own stars bind, which were
# being worked out (RecursionError on every commit)
SIGNAL = {
    "pkg/__init__.py": "",
    "pkg/signal/__init__.py": ("from ._backends import *  # noqa: F403\nfrom . import _backends\n"
                               "__all__ = _backends.__all__\n"),
    "pkg/signal/_backends.py": ("from ._api import *  # noqa: F403\nfrom . import _api\n"
                                "__all__ = _api.__all__\n"),
    "pkg/signal/_api.py": "__all__ = ['convolve']\n\n\ndef convolve(x):\n    return x\n",
}


def test_a_star_imported_all_naming_a_sibling_of_the_package_ends():
    """scipy 174e08314c40 (and the 29 commits after): "internal error: RecursionError". The
    sibling is the submodule, and the name the `__all__` chain lacks is still reported."""
    change = {"pkg/use.py": "from pkg.signal import convolve, lfilter\n\nconvolve(1)\n"}
    assert diff_keys(SIGNAL, change) == [("IMP101", "pkg/use.py", 1, "lfilter")]


# numpy/numpy: PEP 695 aliases with a bound on their type parameter (`type _Array1D[ScalarT:
# np.generic] = np.ndarray[tuple[int], np.dtype[ScalarT]]`): the parameter is bound in the
# alias's value, as it is with no bound
ALIASES = "import numpy as np\n\ntype Array1D[ScalarT: np.generic] = list[ScalarT]\n"


def test_a_bounded_type_parameter_of_a_type_alias_is_bound_in_its_value():
    """numpy e024ecc1bb89 and 3 more: 17 "`ScalarT` is not defined" in .pyi stubs and tests."""
    assert diff_keys({"pkg/__init__.py": ""}, {"pkg/types.pyi": ALIASES,
                                               "pkg/more.py": ALIASES}) == []


def test_a_name_a_type_alias_does_not_bind_is_still_undefined():
    """The bound parameter is the alias's own: another name in its value is still undefined."""
    source = "import numpy as np\n\ntype Array1D[ScalarT: np.generic] = list[OtherT]\n"
    assert diff_keys({"pkg/__init__.py": ""}, {"pkg/types.py": source}) == [
        ("IMP105", "pkg/types.py", 3, "OtherT")]


# Arize-ai/phoenix: `logger = logging.getLogger(__name__)` gone from one module while another
# gains the same line: each module's logger is its own, not one logger moved
LOGGER = "import logging\n\nlogger = logging.getLogger(__name__)\n"
TABLE = "SIZES = {'small': 10, 'medium': 20, 'large': 30}\n"
HERE = "export const here = new URL('.', import.meta.url).pathname;\n"
API = "export const api = import.meta.env.VITE_API_URL + '/v1';\n"


def _removed_messages(base: dict, change: dict) -> list[str]:
    return [f.message for f in diff_files(base, change).findings if f.code == "IMP201"]


def test_a_value_naming_its_own_module_is_not_moved_where_the_same_text_is_new():
    """phoenix 391d0ddaa6aa: "public variable `logger` moved to
    `src/phoenix/server/agents/context.py:logger`; import it with ..." (another logger)."""
    base = {"pkg/__init__.py": "", "pkg/bash.py": LOGGER, "pkg/context.py": "X = 1\n"}
    change = {"pkg/bash.py": "X = 2\n", "pkg/context.py": LOGGER + "X = 1\n"}
    assert [m.split(";")[0] for m in _removed_messages(base, change)] == [
        "public variable `logger` of `pkg/bash.py` was removed"]


def test_a_value_that_does_not_name_its_module_is_still_moved():
    """The same constant gone from one module and new in exactly one other: moved."""
    base = {"pkg/__init__.py": "", "pkg/bash.py": TABLE, "pkg/context.py": "X = 1\n"}
    change = {"pkg/bash.py": "X = 2\n", "pkg/context.py": TABLE + "X = 1\n"}
    assert [m.split(";")[0] for m in _removed_messages(base, change)] == [
        "public variable `SIZES` moved to `pkg/context.py:SIZES`"]


def test_a_js_value_naming_its_own_module_is_not_moved():
    """`import.meta.url` is each module's own; `import.meta.env` is every module's."""
    base = {"src/a.js": HERE + API, "src/b.js": "export const x = 1;\n"}
    change = {"src/a.js": "export const y = 2;\n", "src/b.js": HERE + API + "export const x = 1;\n"}
    assert sorted(m.split(";")[0] for m in _removed_messages(base, change)) == [
        "public variable `api` moved to `src/b.js:api`",
        "public variable `here` of `src/a.js` was removed"]


# Unleash/unleash: `import { NavigationMode } from './NavigationMode.tsx'` of NavigationMode.ts,
# `from '../demo-topics.ts'` of demo-topics.tsx, `from '../Props.jsx'` of Props.ts: tsc tries
# `.tsx` then `.ts` for a `.tsx` or `.jsx` specifier, and `.ts` then `.tsx` for a `.ts` one
MODE = "export type Mode = 'mini' | 'full';\n"


def test_a_ts_specifier_extension_finds_the_other_ts_extension():
    """Unleash ceeb5a9ca6d0 (`--all`): 14 "cannot resolve './NavigationMode.tsx': no such file"."""
    base = {"src/NavigationMode.ts": MODE, "src/topics.tsx": "export const topics = [];\n"}
    change = {"src/a.tsx": ("import type { Mode } from './NavigationMode.tsx';\n"
                            "import type { Mode as M } from './NavigationMode.jsx';\n"
                            "import { topics } from './topics.ts';\n\n"
                            "export const m: Mode | M = 'mini';\nexport const t = topics;\n")}
    assert diff_keys(base, change) == []


def test_a_ts_specifier_no_file_answers_is_still_missing():
    base = {"src/NavigationMode.ts": MODE}
    change = {"src/a.tsx": "import type { Mode } from './Navigation.tsx';\n\nexport const m: Mode = 'x';\n"}
    assert diff_keys(base, change) == [("IMP102", "src/a.tsx", 1, "./Navigation.tsx")]


# Arize-ai/phoenix: src/phoenix/__init__.py says `__path__ = __import__("pkgutil").extend_path(
# __path__, __name__)`; `phoenix.otel` and `phoenix.evals` are the portions other distributions of
# the repository install (packages/phoenix-otel/src/phoenix/otel/), found on the extended path
PORTIONS = {
    "pyproject.toml": "[project]\nname = 'arize-phoenix'\n",
    "src/phoenix/__init__.py": ("__path__ = __import__('pkgutil').extend_path(__path__, __name__)\n"
                                "\nfrom .version import __version__\n\n"
                                "__all__ = ['__version__', 'evals']\n"),
    "src/phoenix/version.py": "__version__ = '1'\n",
    "packages/phoenix-otel/pyproject.toml": "[project]\nname = 'arize-phoenix-otel'\n",
    "packages/phoenix-otel/src/phoenix/otel/__init__.py": "def register():\n    return 1\n",
    "packages/phoenix-evals/pyproject.toml": "[project]\nname = 'arize-phoenix-evals'\n",
    "packages/phoenix-evals/src/phoenix/evals/__init__.py": "def evaluate():\n    return 1\n",
}
USE_OTEL = ("import phoenix.otel\nfrom phoenix.otel import register\n\n"
            "phoenix.otel.register()\nregister()\n")


def test_a_portion_of_a_pkgutil_extended_package_in_another_root_is_found():
    """phoenix 9478f954bbc6 (`--all`): "`phoenix.otel`: module `phoenix` has no attribute
    `otel`", "`__all__` lists `evals`, which this module does not define or import"."""
    change = {"examples/trace.py": USE_OTEL,
              "src/phoenix/__init__.py": PORTIONS["src/phoenix/__init__.py"] + "\n"}
    assert diff_keys(PORTIONS, change) == []


def test_a_package_that_does_not_extend_its_path_has_no_other_portions():
    """Without `extend_path` the regular package hides the other directories of its name."""
    base = {**PORTIONS, "src/phoenix/__init__.py": "from .version import __version__\n"}
    assert ("IMP103", "examples/trace.py", 4, "otel") in diff_keys(
        base, {"examples/trace.py": USE_OTEL})


# Arize-ai/phoenix: examples/code_gen_agent/agent.py says `from tools import code_analysis` of
# its sibling tools.py (`python app.py` runs with examples/code_gen_agent/ first on the path);
# examples/computer_use_agent/ holds a `tools/` package, which made that directory a source root
AGENTS = {
    "examples/code_gen_agent/tools.py": "def code_analysis(code):\n    return code\n",
    "examples/computer_use_agent/tools/__init__.py": "def screenshot():\n    return 1\n",
    "examples/computer_use_agent/main.py": "from tools import screenshot\n\nscreenshot()\n",
}


def test_a_scripts_sibling_module_comes_before_a_root_that_does_not_hold_it():
    """phoenix 9478f954bbc6 (`--all`): 14 "`code_analysis` is imported from `tools`, which does
    not define it" in examples/code_gen_agent and examples/rag_agent."""
    change = {"examples/code_gen_agent/agent.py": "from tools import code_analysis\n\ncode_analysis(1)\n"}
    assert diff_keys(AGENTS, change) == []


def test_a_scripts_sibling_module_still_lacks_what_it_does_not_define():
    change = {"examples/code_gen_agent/agent.py": "from tools import screenshot\n\nscreenshot()\n"}
    assert diff_keys(AGENTS, change) == [
        ("IMP101", "examples/code_gen_agent/agent.py", 1, "screenshot")]
