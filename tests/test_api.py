"""The library entry point: two revisions as data, the same pipeline as `impact diff`."""

from __future__ import annotations

import pytest
from conftest import diff_result, extracted_paths, run_impact

from impact.api import diff_files

CASES = {
    "python removal": ({"pkg/__init__.py": "", "pkg/a.py": "def f(x):\n    return x\n",
                        "app.py": "from pkg.a import f\n\nf(1)\n"},
                       {"pkg/a.py": "def g(x):\n    return x\n"}),
    "deleted module": ({"pkg/__init__.py": "", "pkg/a.py": "X = 1\n", "app.py": "import pkg.a\n"},
                       {"pkg/a.py": None}),
    "typescript signature": ({"src/a.ts": "export function f(x: number) { return x; }\n",
                              "src/b.ts": "import { f } from './a';\nf(1);\n"},
                             {"src/a.ts": "export function f(x: number, y: number) { return x; }\n"}),
    "bytes and a clean change": ({"a.py": b"def f():\n    return 1\n", "b.py": "from a import f\n"},
                                 {"a.py": b"def f():\n    return 2\n"}),
}


@pytest.mark.parametrize("case", CASES)
def test_memory_revisions_give_what_git_and_the_cli_give(repo_factory, case):
    base, change = CASES[case]
    in_memory = diff_files(base, change)
    repo = repo_factory([base, change])
    cli = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert sorted((f.code, f.file, f.line, f.symbol, f.severity) for f in in_memory.findings) == \
        sorted((f["code"], f["file"], f["line"], f["symbol"], f["severity"]) for f in cli.findings)


SUPPRESSED = ({"a.py": "def f():\n    return 1\n", "b.py": "from a import f\n"},
              {"a.py": "def g():\n    return 1\n", "b.py": "from a import f  # impact: ignore\n",
               "c.py": "import os  # impact: ignore[IMP101]\nprint(nowhere)\n"})
FLAGS = [((), {}), (("--strict",), {"strict": True}), (("--select", "IMP1"), {"select": ("IMP1",)}),
         (("--all",), {"show_all": True}), (("--full-scan",), {"whole_repository": True})]


@pytest.mark.parametrize("case", [*CASES, "suppressed"])
@pytest.mark.parametrize("flags, options", FLAGS, ids=[" ".join(f) or "plain" for f, _ in FLAGS])
def test_the_json_in_memory_is_what_the_cli_prints(repo_factory, case, flags, options):
    """`diff_result` (tests/conftest.py), on which the rule tests run, gives the document and
    the exit status of `impact diff --format json` with the same options, but the labels of
    the revisions."""
    base, change = SUPPRESSED if case == "suppressed" else CASES[case]
    in_memory = diff_result(base, change, **options)
    repo = repo_factory([base, change])
    scan = ["--full-scan"] if "--full-scan" in flags else []
    cli = run_impact(repo, *scan, "diff", "HEAD~1", "HEAD", "--format", "json",
                     *(flag for flag in flags if flag != "--full-scan"))
    assert in_memory.exit_code == cli.exit_code
    labels = {"base": "base", "head": "head"}
    assert in_memory.json == {**cli.json, **labels}


def test_findings_carry_their_source_lines_and_whole_repository_mode():
    base = {"a.py": "def f():\n    return 1\n", "b.py": "from a import f\n", "c.py": "import nowhere_module_x\n"}
    result = diff_files(base, {"a.py": "def g():\n    return 1\n"})
    assert [(f.code, f.file) for f in result.findings if f.code != "IMP201"] == [("IMP101", "b.py")]
    assert result.head.line("b.py", 1) == "from a import f"
    assert result.base.line("a.py", 1) == "def f():"
    whole = diff_files(base, {"a.py": "def g():\n    return 1\n"}, whole_repository=True)
    assert {f.code for f in whole.findings} == {f.code for f in result.findings}


def test_a_cache_dir_is_filled_then_read(tmp_path, monkeypatch):
    """`cache_dir`: the second run on the same contents extracts nothing, and finds the same."""
    base = {"a.py": "def f():\n    pass\n", "b.py": "from a import f\n"}
    change = {"a.py": "def g():\n    pass\n"}
    seen = extracted_paths(monkeypatch)
    first = diff_files(base, change, cache_dir=tmp_path / "cache")
    assert sorted(seen) == ["a.py", "a.py", "b.py"]
    seen.clear()
    again = diff_files(base, change, cache_dir=tmp_path / "cache")
    assert seen == [] and again.findings == first.findings
    assert [(f.code, f.file) for f in again.findings] == [("IMP101", "b.py")]
