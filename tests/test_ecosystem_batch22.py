"""Classes of input the twenty-second batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-second batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_keys, diff_result, severity_keys

from impact.lang.syntax_errors import blank_import_type_suffixes

# microsoft/agent-framework 43309018be91: the workspace package `fw_durable` moves to another
# repository and is published; the core package keeps importing it (a lazy namespace and its
# stub) and declares the distribution as an optional dependency
CORE = "python/packages/core"
DURABLE = "python/packages/durable"
DECLARING = '[project]\nname = "fw-core"\n\n[project.optional-dependencies]\nall = ["fw-durable>=1.0"]\n'
WORKSPACE = {
    f"{CORE}/pyproject.toml": DECLARING,
    f"{CORE}/fw/__init__.py": "",
    f"{CORE}/fw/azure/__init__.pyi": "from fw_durable import DurableAgent\n\n__all__ = ['DurableAgent']\n",
    f"{CORE}/fw/azure/__init__.py": (
        "import importlib\n\n\ndef __getattr__(name):\n"
        "    return getattr(importlib.import_module('fw_durable'), name)\n"),
    f"{DURABLE}/pyproject.toml": '[project]\nname = "fw-durable"\n',
    f"{DURABLE}/fw_durable/__init__.py": "from ._agent import DurableAgent\n\n__all__ = ['DurableAgent']\n",
    f"{DURABLE}/fw_durable/_agent.py": "class DurableAgent:\n    pass\n",
}
EXTRACTED = {f"{DURABLE}/pyproject.toml": None, f"{DURABLE}/fw_durable/__init__.py": None,
             f"{DURABLE}/fw_durable/_agent.py": None}


def test_a_package_moved_out_to_a_declared_distribution_keeps_its_importers():
    """agent-framework `43309018be91`: 9 IMP201 errors, "1 in-repo site(s) still use it", the
    stub's `from agent_framework_durabletask import ...`, which now imports the published
    distribution python/packages/core/pyproject.toml declares. The removal stays a warning."""
    found = severity_keys(diff_result(WORKSPACE, EXTRACTED).findings)
    assert found == [("IMP201", f"{DURABLE}/fw_durable/_agent.py", 1, "warning", "DurableAgent")]


def test_a_removed_package_no_dependency_installs_still_breaks_its_importers():
    undeclared = {**WORKSPACE, f"{CORE}/pyproject.toml": '[project]\nname = "fw-core"\n'}
    result = diff_result(undeclared, EXTRACTED)
    assert severity_keys(result.findings) == [
        ("IMP102", f"{CORE}/fw/azure/__init__.py", 5, "error", "fw_durable"),
        ("IMP102", f"{CORE}/fw/azure/__init__.pyi", 1, "error", "fw_durable"),
        ("IMP201", f"{DURABLE}/fw_durable/_agent.py", 1, "error", "DurableAgent")]
    assert result.findings[-1]["consumers"] == [{"file": f"{CORE}/fw/azure/__init__.pyi", "line": 1}]


# pipecat-ai/pipecat src/pipecat/cli/templates/client/react-vite/: the project template of a CLI,
# whose src/config.ts is rendered from src/config.ts.jinja2 when a project is made
VITE = "templates/client/react-vite/src"
TEMPLATED = {
    f"{VITE}/config.ts.jinja2": "export const TRANSPORT = '{{ transport }}';\n",
    f"{VITE}/main.tsx": "import { TRANSPORT } from './config';\n\nconsole.log(TRANSPORT);\n",
    f"{VITE}/components/App.tsx": "import { TRANSPORT } from '../config.js';\n\nexport const t = TRANSPORT;\n",
}


def test_a_module_rendered_from_a_template_beside_it_is_not_missing():
    """pipecat (`--all` at its head): 9 IMP102 "cannot resolve './config'" in the CLI's client
    templates, each beside src/config.ts.jinja2."""
    assert diff_keys({}, TEMPLATED) == []


def test_a_module_without_a_template_is_still_missing():
    untemplated = {path.replace(".ts.jinja2", ".md.jinja2"): text for path, text in TEMPLATED.items()}
    assert diff_keys({}, untemplated) == [
        ("IMP102", f"{VITE}/components/App.tsx", 1, "../config.js"),
        ("IMP102", f"{VITE}/main.tsx", 1, "./config")]


# infiniflow/ragflow test/testcases/test_http_api/: tests (no package) that import the helpers of
# common.py beside their conftest.py, in a repository whose own `common/` package is on the path
# (pyproject.toml `[tool.pytest.ini_options] pythonpath = ["."]`)
HTTP_API = "test/testcases/test_http_api"
SHADOWED = {
    "pyproject.toml": '[project]\nname = "ragflow"\n\n[tool.pytest.ini_options]\npythonpath = ["."]\n',
    "common/__init__.py": "",
    "common/settings.py": "HOST = 'localhost'\n",
    "api/app.py": "from common.settings import HOST\n",
    "test/__init__.py": "",
    "test/testcases/conftest.py": "import pytest\n",
    f"{HTTP_API}/common.py": "def batch_create_datasets():\n    pass\n",
    f"{HTTP_API}/conftest.py": "from common import batch_create_datasets\n",
    f"{HTTP_API}/test_datasets/conftest.py": "from common import batch_create_datasets\n",
    f"{HTTP_API}/test_datasets/test_create.py": "from common import batch_create_datasets\n",
    "sdk/python/pyproject.toml": '[project]\nname = "ragflow-sdk"\n',
    "rag/__init__.py": "",
    "rag/llm/__init__.py": "",
    "rag/llm/key_utils.py": "__all__ = ['resolve']\n\n\ndef resolve():\n    pass\n",
    "test/unit_test/conftest.py": "import pytest\n",
    "test/unit_test/rag/llm/__init__.py": "",
    "test/unit_test/rag/llm/test_keys.py": "from rag.llm import key_utils\nfrom rag.llm.key_utils import resolve\n",
    "sdk/python/test/test_frontend_api/common.py": "def create_dataset():\n    pass\n",
    "sdk/python/test/test_frontend_api/test_chunk.py": "from common import create_dataset\n",
}


def test_a_test_imports_the_module_beside_it_or_its_conftest_before_a_package_of_the_root():
    """ragflow (`--all` at its head): 201 IMP101 "`batch_create_datasets` is imported from
    `common`, which does not define it": pytest puts the test's directory and those of the
    conftest files above it first on `sys.path`, before the configured `pythonpath`. A regular
    package of the root still comes before a directory of the same name there, which the path
    finder takes for a namespace portion only (ragflow `be86baacca9a`: test/unit_test/rag/llm/
    importing `rag.llm.key_utils`)."""
    assert diff_keys({}, SHADOWED) == []


def test_a_name_the_nearest_module_lacks_is_still_reported_and_other_code_keeps_the_root_package():
    change = {**SHADOWED, f"{HTTP_API}/test_datasets/test_create.py": "from common import gone\n",
              "api/app.py": "from common import batch_create_datasets\n"}
    assert diff_keys({}, change) == [
        ("IMP101", "api/app.py", 1, "batch_create_datasets"),
        ("IMP101", f"{HTTP_API}/test_datasets/test_create.py", 1, "gone")]


# openai/openai-agents-js packages/agents/test/testing.test.ts: a call's type arguments that begin
# with an import type, which tree-sitter-typescript reads as `f < import(...)`, a comparison
@pytest.mark.parametrize("construct", [
    ("expectTypeOf(session).toMatchTypeOf<\n  import('./helpers').Session\n>();\n"),
    "const made = check<import('./helpers').Session>();\n",
])
def test_call_type_arguments_that_begin_with_an_import_type_are_no_syntax_error(construct):
    """openai-agents-js (`--all` at its head): "syntax error" (IMP301) in testing.test.ts."""
    base = {"src/helpers.ts": "export function helper(): number { return 1; }\n",
            "src/types.ts": "import { helper } from './helpers';\nexport const x = 1;\nhelper();\n"}
    change = {"src/types.ts": "declare const session: unknown;\ndeclare function check<T>(x: unknown): x is T;\n" +
              construct +
              "export const x = 1;\nhelper();\n"}
    assert diff_keys(base, change) == [("IMP105", "src/types.ts", construct.count("\n") + 4, "helper")]


def test_a_comparison_with_a_dynamic_import_is_left_as_written():
    change = {"src/types.ts": "export async function later(n: number) {\n"
              "  return n < import('./helpers').then((m) => m.helper());\n}\n"}
    assert blank_import_type_suffixes(change["src/types.ts"].encode()) == change["src/types.ts"].encode()


# infiniflow/ragflow a9323ca5549c test/unit_test/rag/test_search_fusion_weight.py: a fixture sets
# the package's attribute `settings` with monkeypatch, and a test reads `common.settings` after
# a plain `import common`
SETTINGS = {"common/__init__.py": "", "common/settings.py": "DOC_ENGINE_INFINITY = True\n"}
PATCHING_FIXTURE = '''\
import types

import pytest


@pytest.fixture
def fake_settings(monkeypatch):
    import common

    monkeypatch.setattr(common, "settings", types.ModuleType("common.settings"), raising=False)


def test_engine(fake_settings):
    import common

    common.settings.DOC_ENGINE_INFINITY = False
'''


def test_a_submodule_attribute_a_fixture_sets_with_monkeypatch_is_no_unloaded_submodule():
    """ragflow `a9323ca5549c`: "`common.settings`: no import of the submodule `common.settings`
    runs before this" (IMP103)."""
    assert diff_keys(SETTINGS, {"tests/test_engine.py": PATCHING_FIXTURE}) == []


def test_a_submodule_read_without_an_import_or_a_setattr_is_still_unloaded():
    unpatched = PATCHING_FIXTURE.replace("    monkeypatch.setattr(common, \"settings\", "
                                         "types.ModuleType(\"common.settings\"), raising=False)\n", "")
    assert diff_keys(SETTINGS, {"tests/test_engine.py": unpatched}) == [
        ("IMP103", "tests/test_engine.py", 15, "settings")]
