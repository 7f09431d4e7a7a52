"""Files that are not clean UTF-8 source: each is handled, never a crash."""

from __future__ import annotations

import codecs

import pytest
from conftest import run_impact

from impact.facts import DEFAULT_MAX_FILE_SIZE
from impact.pipeline import Options, run
from impact.snapshot import Repository

BASE = {"lib.py": "def f():\n    pass\n", "util.js": "export const u = 1;\n"}


def findings(repo_factory, change: dict) -> list[tuple]:
    repo = repo_factory([BASE, change])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.exit_code in (0, 1) and "Traceback" not in result.stderr
    return [(f["code"], f["file"], f["line"], f["severity"]) for f in result.findings]


def test_binary_file_with_source_suffix_is_skipped_with_warning(repo_factory):
    assert findings(repo_factory, {"blob.py": b"\x00\x01\x02binary"}) == [
        ("IMP301", "blob.py", 1, "warning")]


def test_invalid_utf8_is_skipped_with_warning(repo_factory):
    result = findings(repo_factory, {"bad.js": b"const x = '\xff\xfe';\n"})
    assert result == [("IMP301", "bad.js", 1, "warning")]


def test_declared_python_encoding_is_honoured(repo_factory):
    code = "# -*- coding: latin-1 -*-\nfrom lib import f\nname = 'caf\xe9'\nf()\n"
    assert findings(repo_factory, {"latin.py": code.encode("latin-1")}) == []


def test_utf8_bom_and_crlf(repo_factory):
    code = "\ufefffrom lib import f, missing\r\nf()\r\n"
    assert findings(repo_factory, {"bom.py": code.encode("utf-8")}) == [
        ("IMP101", "bom.py", 1, "error")]


def test_non_ascii_column_counts_characters(repo_factory):
    # `nope` is bound in another scope of the file, so its use at module level is judged
    repo = repo_factory([BASE, {"app.js": "const café = 1; console.log(café, nope);\nfunction g(nope) {}\n"}])
    [finding] = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json").findings
    assert (finding["symbol"], finding["column"]) == ("nope", 35)


def test_file_over_size_limit_is_skipped(repo_factory):
    big = "x = 1\n" * 400_000  # 2.4 MB
    assert findings(repo_factory, {"big.py": big}) == [("IMP301", "big.py", 1, "warning")]


def test_huge_file_and_minified_bundle_are_skipped_unread(repo_factory):
    """A 50 MB module (committed, and a copy left untracked) and a 5 MB one-line bundle: an
    IMP301 warning each, and the 50 MB are never held in memory, let alone parsed. (The same
    bundle in dist/ is build output: nothing is reported in it.)"""
    huge = b"x = 1\n" * 9_000_000
    bundle = b"var a=function(b){return b+1};" * 170_000
    repo = repo_factory([BASE, {"huge.py": huge, "static/bundle.js": bundle,
                                "dist/bundle.min.js": bundle}])
    (repo / "copy.py").write_bytes(huge)
    result = run_impact(repo, "diff", "HEAD~1", "--format", "json")
    assert [(f["code"], f["file"], f["severity"]) for f in result.findings] == [
        ("IMP301", "copy.py", "warning"), ("IMP301", "huge.py", "warning"),
        ("IMP301", "static/bundle.js", "warning")]
    assert "54,000,000 bytes is over the size limit" in result.findings[0]["message"]
    for snapshot in (Repository(repo).tree_snapshot("HEAD"), Repository(repo).worktree_snapshot()):
        contents, oversized = snapshot.read_within(["huge.py", "lib.py"], DEFAULT_MAX_FILE_SIZE)
        assert set(contents) == {"lib.py"} and oversized == {"huge.py": len(huge)}


def test_utf16_with_bom_is_a_warning(repo_factory):
    code = "from lib import missing\n"
    change = {"le.py": code.encode("utf-16"), "be.js": codecs.BOM_UTF16_BE + code.encode("utf-16-be")}
    result = run_impact(repo_factory([BASE, change]), "diff", "HEAD~1", "HEAD", "--format", "json")
    assert [(f["code"], f["file"]) for f in result.findings] == [("IMP301", "be.js"), ("IMP301", "le.py")]
    assert all("UTF-16" in f["message"] for f in result.findings)


def test_nul_bytes_in_otherwise_valid_source(repo_factory):
    assert findings(repo_factory, {"app.js": b"import { u } from './util.js';\0\nu();\n"}) == [
        ("IMP301", "app.js", 1, "warning")]


def test_a_file_over_the_time_budget_is_skipped_and_the_run_goes_on(repo_factory):
    """The budget is small here; a slow file gets IMP301, the others are analysed as usual."""
    slow = "".join(f"v{i} = [{i}, ({i}, {{1: {i}}})]\n" for i in range(10_000))
    repo = repo_factory([BASE, {"slow.py": slow, "app.py": "from lib import missing\n"}])
    repository = Repository(repo)
    options = Options(file_time_budget=0.1)
    result = run(repository.tree_snapshot("HEAD~1"), repository.tree_snapshot("HEAD"), options)
    assert [(f.code, f.file) for f in result.findings] == [("IMP101", "app.py"), ("IMP301", "slow.py")]
    assert "time budget" in result.findings[1].message
    roomy = run(repository.tree_snapshot("HEAD~1"), repository.tree_snapshot("HEAD"), Options())
    assert [(f.code, f.file) for f in roomy.findings] == [("IMP101", "app.py")]


@pytest.mark.parametrize("name", ["with space.py", "ünïcode.py", "new\nline.py"])
def test_odd_file_names(repo_factory, name):
    assert findings(repo_factory, {name: "from lib import missing\n"}) == [
        ("IMP101", name, 1, "error")]


def test_syntax_errors_are_warnings_and_analysis_goes_on(repo_factory):
    change = {"broken.py": "x = 1\ndef (:\n", "broken.js": "let a = 1;\nexport const = ;\n",
              "app.py": "from lib import missing\n"}
    assert findings(repo_factory, change) == [
        ("IMP101", "app.py", 1, "error"), ("IMP301", "broken.js", 2, "warning"),
        ("IMP301", "broken.py", 2, "warning")]


def test_thousand_level_nesting_does_not_crash(repo_factory):
    levels = 1000
    change = {
        "parens.py": "x = " + "(" * levels + "1" + ")" * levels + "\n",
        "calls.py": "y = " + "g(" * levels + "1" + ")" * levels + "\n",  # g is undefined
        "lists.py": "z = " + "[" * levels + "1" + "]" * levels + "\n",
        # deeper than CPython allows (100 levels): a syntax error for tree-sitter too
        "blocks.py": "x = 1\n" + "".join(" " * i + "if x:\n" for i in range(levels))
                     + " " * levels + "pass\n",
        # `nope` and `bad` are bound in another scope of their file only: undefined where used
        "functions.js": "".join(f"function f{i}() {{\n" for i in range(levels))
                        + "return nope;\n" + "}\n" * levels + "function g(nope) { return nope; }\n",
        "arrays.js": "export const a = " + "[" * levels + "1" + "]" * levels + ";\n",
        "ternary.js": "export const t = " + "1 ? 2 :\n" * levels + "bad;\n"  # one line: minified
                      "function h(bad) { return bad; }\n",
        "types.ts": "type T = " + "Array<" * levels + "string" + ">" * levels + ";\n"
                    "export const v: T = [];\n",
    }
    result = findings(repo_factory, change)
    assert result.count(("IMP105", "calls.py", 1, "error")) == levels
    assert ("IMP301", "blocks.py", 1, "warning") in result
    assert ("IMP105", "functions.js", levels + 1, "error") in result
    assert ("IMP105", "ternary.js", levels + 1, "error") in result
    assert {f[1] for f in result} == {"calls.py", "blocks.py", "functions.js", "ternary.js"}


def test_symlinks_are_not_followed(repo_factory, tmp_path):
    """An untracked symlink is a link, never read as a file: one that leads out of the
    repository is not followed, so nothing of what it points to is read."""
    (tmp_path / "secret.py").write_text("from lib import not_there\n")
    repo = repo_factory([BASE])
    (repo / "loop").symlink_to(repo / "loop")
    (repo / "outside.py").symlink_to(tmp_path / "secret.py")
    result = run_impact(repo, "diff", "--format", "json")
    assert result.exit_code == 0
    assert result.findings == [] and "not_there" not in result.stdout + result.stderr


def test_the_time_budget_also_bounds_extraction_after_parsing(monkeypatch):
    """A file that parses at once but whose extraction would spin for 30 s of CPU time is cut
    off at the budget (were it not, it would return its facts with no problem)."""
    import time

    import impact.lang.python
    from impact.facts import extract_facts

    real = impact.lang.python.extract

    def spins(path, source, budget):
        facts = real(path, source, budget)
        end = time.thread_time() + 30
        while time.thread_time() < end:
            pass
        return facts

    monkeypatch.setattr(impact.lang.python, "extract", spins)
    facts = extract_facts("slow.py", b"x = 1\n", time_budget=0.3)
    [problem] = facts.problems
    assert "time budget" in problem.message and problem.transient
