"""Files that are not clean UTF-8 source: each is handled, never a crash."""

from __future__ import annotations

import pytest
from conftest import run_impact

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


@pytest.mark.parametrize("name", ["with space.py", "ünïcode.py", "new\nline.py"])
def test_odd_file_names(repo_factory, name):
    assert findings(repo_factory, {name: "from lib import missing\n"}) == [
        ("IMP101", name, 1, "error")]


def test_deep_nesting_does_not_crash(repo_factory):
    code = "x = " + "(" * 1000 + "1" + ")" * 1000 + "\n"
    nested = "x = 1\n" + "".join("    " * i + "if x:\n" for i in range(200)) + "    " * 200 + "pass\n"
    assert findings(repo_factory, {"deep.py": code, "nested.py": nested}) == []


def test_symlinks_are_not_followed(repo_factory, tmp_path):
    repo = repo_factory([BASE])
    (repo / "loop").symlink_to(repo / "loop")
    (repo / "outside.py").symlink_to(tmp_path)
    result = run_impact(repo, "diff", "--format", "json")
    assert result.exit_code == 0 and result.findings == []
