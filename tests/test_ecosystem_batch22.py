"""Classes of input the twenty-second batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-second batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_result, severity_keys

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
