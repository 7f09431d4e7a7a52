"""Start-up: `impact --version` imports no command-line library, and `impact diff` imports
only what its output format needs. Checked on the modules a real process imports
(`python -X importtime`), never on time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import build_repo

import impact
from impact import cli, github

HEAVY_FOR_MACHINE_FORMATS = {"rich", "rich.console", "impact.github", "urllib.request",
                             "http.client", "impact.report.text_report",
                             "impact.report.markdown_report", "impact.fix",
                             "impact.detect", "networkx", "libcst", "pydantic",
                             "typer", "click", "impact.cli",  # a plain diff: impact/plain_diff.py
                             "yaml", "configparser"}  # only when there is a linter config to read


def imported_modules(*args: str, cwd: Path | None = None) -> tuple[set[str], str]:
    """The modules `python -m impact ARGS` imports, and its standard output."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "impact", *args], cwd=cwd,
                            capture_output=True, text=True, check=False)
    modules = {line.split("|")[-1].strip() for line in result.stderr.splitlines()
               if line.startswith("import time:") and "self [us]" not in line}
    return modules, result.stdout


def test_version_imports_neither_typer_nor_the_analysis():
    modules, out = imported_modules("--version")
    assert out == f"impact {impact.__version__}\n"
    assert "impact" in modules  # the measure saw the run
    assert not modules & {"typer", "click", "rich", "impact.cli", "impact.diff", "tree_sitter"}


def test_the_version_option_still_works_with_other_options(tmp_path):
    modules, out = imported_modules("-C", str(tmp_path), "--version")
    assert out == f"impact {impact.__version__}\n"
    assert "typer" in modules  # anything but a lone --version goes through the command line


def test_a_machine_format_diff_imports_no_terminal_or_network_code(tmp_path):
    repo = build_repo(tmp_path / "repo", [
        {"a.py": "def f():\n    return 1\n", "b.py": "from a import f\n\nf()\n"},
        {"a.py": "def g():\n    return 1\n"},
    ])
    modules, out = imported_modules("--cache-dir", str(tmp_path / "cache"), "diff", "HEAD~1",
                                    "HEAD", "--format", "json", cwd=repo)
    assert [f["code"] for f in json.loads(out)["findings"]] == ["IMP101"]
    assert "impact.diff" in modules
    assert not modules & HEAVY_FOR_MACHINE_FORMATS


def test_the_github_timeout_the_command_line_shows_is_the_clients():
    assert cli.GITHUB_TIMEOUT == github.DEFAULT_TIMEOUT
    assert cli.GITHUB_TIMEOUT_VARIABLE == github.TIMEOUT_VARIABLE


def test_a_warm_diff_loads_no_parser_and_asks_no_package_metadata(tmp_path):
    """Everything is in the cache the second time: nothing to parse, so no tree-sitter; the
    grammars' releases come from their `.dist-info` names, not importlib.metadata."""
    repo = build_repo(tmp_path / "repo", [
        {"a.py": "def f():\n    return 1\n", "b.py": "from a import f\n\nf()\n"},
        {"a.py": "def g():\n    return 1\n"},
    ])
    args = ("--cache-dir", str(tmp_path / "cache"), "diff", "HEAD~1", "HEAD", "--format", "json")
    cold, cold_out = imported_modules(*args, cwd=repo)
    warm, warm_out = imported_modules(*args, cwd=repo)
    assert warm_out == cold_out and [f["code"] for f in json.loads(warm_out)["findings"]] == ["IMP101"]
    assert "tree_sitter" in cold  # the measure would see it
    assert not warm & {"tree_sitter", "tree_sitter_python", "importlib.metadata"}
