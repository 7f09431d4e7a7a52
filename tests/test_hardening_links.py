"""Links and escapes (issue 14, items 9 and 10).

`impact fix` writes only inside the repository: never through a symbolic link, atomically,
and a hard-linked file gets a new inode so that its other names keep their text. Module
resolution follows the repository's own symbolic links to their targets (JavaScript,
TypeScript and Python); a link out of the repository, dangling or looping is a warning,
never IMP102. Escapes in a JavaScript specifier are decoded as JavaScript decodes them."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest
from conftest import commit_all, git, init_repo, run_impact
from hypothesis import given
from hypothesis import strategies as st

# -- `impact fix` -------------------------------------------------------------------------

RENAMED = {"pkg/__init__.py": "", "pkg/util.py": "def old(x):\n    return x * 2\n",
           "app.py": "from pkg.util import old\n\nprint(old(2))\n",
           "other.py": "from pkg.util import old\n\nprint(old(3))\n"}
NEW_UTIL = "def new(x):\n    return x * 2\n"
FIXED_APP = "from pkg.util import new as old\n\nprint(old(2))\n"


def renamed_in_worktree(repo_factory) -> Path:
    """`old` renamed to `new` in the working tree; app.py and other.py still import `old`."""
    repo = repo_factory([RENAMED])
    (repo / "pkg" / "util.py").write_text(NEW_UTIL)
    return repo


def test_fix_breaks_a_hard_link_and_the_other_name_keeps_its_text(repo_factory, tmp_path):
    repo = renamed_in_worktree(repo_factory)
    app = repo / "app.py"
    app.chmod(0o640)
    elsewhere = tmp_path / "elsewhere.py"
    os.link(app, elsewhere)
    before = elsewhere.read_bytes()

    dry = run_impact(repo, "fix", "--dry-run")
    assert dry.exit_code == 0, dry.stderr
    assert "+from pkg.util import new as old" in dry.stdout
    assert "app.py has 1 other hard link(s)" in dry.stderr
    assert "other.py" not in dry.stderr  # a file with one name gets no warning
    assert app.stat().st_nlink == 2 and app.read_bytes() == before

    result = run_impact(repo, "fix")
    assert result.exit_code == 0, result.stderr
    assert "fixed app.py" in result.stdout and "fixed other.py" in result.stdout
    assert "app.py has 1 other hard link(s)" in result.stderr
    assert app.read_text() == FIXED_APP
    assert elsewhere.read_bytes() == before  # the other name keeps the old text
    assert app.stat().st_nlink == 1 and elsewhere.stat().st_nlink == 1
    assert stat.S_IMODE(app.stat().st_mode) == 0o640  # the mode is kept
    assert sorted(p.name for p in repo.iterdir() if p.name.startswith(".impact")) == []


def test_fix_never_writes_through_a_symlinked_directory(repo_factory, tmp_path):
    """`src/` replaced by a symlink to a directory outside: git sees the files under it as
    deleted, and so does impact; the outside files stay byte for byte as they were, and the
    files inside the repository are still fixed."""
    repo = repo_factory([{**RENAMED, "src/inner.py": "from pkg.util import old\n\nprint(old(4))\n"}])
    (repo / "pkg" / "util.py").write_text(NEW_UTIL)
    outside = tmp_path / "outside"
    (repo / "src").rename(outside)
    (repo / "src").symlink_to(outside, target_is_directory=True)
    before = (outside / "inner.py").read_bytes()

    dry = run_impact(repo, "fix", "--dry-run")
    assert dry.exit_code == 0, dry.stderr
    assert "b/app.py" in dry.stdout and "inner.py" not in dry.stdout

    result = run_impact(repo, "fix")
    assert result.exit_code == 0, result.stderr
    assert (outside / "inner.py").read_bytes() == before
    assert "inner.py" not in result.stdout
    assert (repo / "app.py").read_text() == FIXED_APP


def test_fix_refuses_a_file_it_cannot_replace_with_one_line_and_fixes_the_others(repo_factory):
    repo = renamed_in_worktree(repo_factory)
    (repo / "other.py").chmod(0o444)
    before = (repo / "other.py").read_bytes()

    dry = run_impact(repo, "fix", "--dry-run")
    assert dry.exit_code == 2
    assert dry.stderr.splitlines() == ["impact: error: other.py not fixed: it is read-only"]
    assert "b/app.py" in dry.stdout and "other.py" not in dry.stdout

    result = run_impact(repo, "fix")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["impact: error: other.py not fixed: it is read-only"]
    assert result.stdout.splitlines() == ["fixed app.py"]
    assert (repo / "app.py").read_text() == FIXED_APP
    assert (repo / "other.py").read_bytes() == before


def test_write_fix_refuses_symlinks_and_replaces_regular_files_atomically(tmp_path):
    """What the snapshot never hands it (a symlinked file, a file behind a symlinked
    directory) the writer refuses too: it checks the disk as it writes."""
    from impact.fix import FileFix, write_fix

    root, outside = tmp_path / "repo", tmp_path / "outside"
    (root / "src").mkdir(parents=True)
    outside.mkdir()
    (outside / "a.py").write_text("outside\n")
    (root / "real").mkdir()
    (root / "real" / "a.py").write_text("inside\n")
    (root / "link.py").symlink_to(outside / "a.py")
    (root / "out").symlink_to(outside, target_is_directory=True)
    (root / "in").symlink_to("real", target_is_directory=True)
    (root / "src" / "a.py").write_text("old\n")
    (root / "src" / "a.py").chmod(0o751)

    def fix(path: str, dry_run: bool = False):
        return write_fix(root, Path(path), FileFix(path, "old\n", "new\n"), dry_run)

    assert fix("link.py").refused == "link.py not fixed: it is a symbolic link; impact writes " \
                                     "only inside the repository, never through a link"
    assert fix("out/a.py").refused == "out/a.py not fixed: it is reached through the symbolic " \
                                      "link out; impact writes only inside the repository, " \
                                      "never through a link"
    assert "symbolic link in;" in fix("in/a.py").refused
    assert "symbolic link out;" in fix("out/a.py", dry_run=True).refused
    assert "gone" in fix("src/missing.py").refused
    assert (outside / "a.py").read_text() == "outside\n"
    assert (root / "real" / "a.py").read_text() == "inside\n"

    inode = (root / "src" / "a.py").stat().st_ino
    assert fix("src/a.py", dry_run=True).refused == ""
    assert (root / "src" / "a.py").read_text() == "old\n"
    written = fix("src/a.py")
    assert written.refused == "" and written.other_links == 0
    assert (root / "src" / "a.py").read_text() == "new\n"
    assert (root / "src" / "a.py").stat().st_ino != inode  # a new file took its place
    assert stat.S_IMODE((root / "src" / "a.py").stat().st_mode) == 0o751
    assert sorted(p.name for p in (root / "src").iterdir()) == ["a.py"]  # no temporary left


# -- resolution through symbolic links ----------------------------------------------------


def linked_repo(path: Path, commits: list[tuple[dict[str, str | None], dict[str, str | None]]]
                ) -> Path:
    """Each commit: (files: path -> text or None to delete, links: path -> target or None)."""
    init_repo(path)
    for number, (files, links) in enumerate(commits, start=1):
        for name, content in files.items():
            target = path / name
            if content is None:
                target.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(content)
        for name, link_target in links.items():
            link = path / name
            if os.path.lexists(link):
                link.unlink()
            if link_target is not None:
                link.parent.mkdir(parents=True, exist_ok=True)
                link.symlink_to(link_target)
        commit_all(path, f"commit {number}")
    return path


def findings(repo: Path, *args: str) -> tuple[list[tuple], str]:
    result = run_impact(repo, "diff", *args, "--format", "json", "-v")  # every warning
    assert result.exit_code in (0, 1), result.stderr
    assert "internal error" not in result.stderr
    warnings = "".join(line + "\n" for line in result.stderr.splitlines()
                       if not line.startswith("impact: ") or line.startswith("impact: warning:"))
    return sorted(k for k in result.keys() if k[0] != "IMP201"), warnings


JS_TARGETS = {"shared/lib/a.ts": "export function f() {}\nexport function g() {}\n",
              "common/util.js": "export function u() {}\nexport function v() {}\n"}
JS_LINKS = {"src/lib": "../shared/lib", "src/util.js": "../common/util.js"}
JS_APP = {"src/app.ts": "import { f } from './lib/a';\nimport { u } from './util';\n"
                        "import { v } from './util.js';\nf(); u(); v();\n"}


@pytest.mark.parametrize("change, expected", [
    ({"shared/lib/a.ts": "export function g() {}\n"}, [("IMP101", "src/app.ts", 1, "f")]),
    ({"common/util.js": "export function v() {}\n"}, [("IMP101", "src/app.ts", 2, "u")]),
    ({"common/util.js": "export function u() {}\n"}, [("IMP101", "src/app.ts", 3, "v")]),
    ({"shared/lib/a.ts": "export function f() {}\n"}, []),  # g goes: nobody imports it
])
def test_js_imports_resolve_through_symlinks_in_the_repository(tmp_path, change, expected):
    repo = linked_repo(tmp_path / "repo", [({**JS_TARGETS, **JS_APP}, JS_LINKS), (change, {})])
    assert git(repo, "ls-files", "-s", "src/lib").startswith("120000")
    assert findings(repo, "HEAD~1", "HEAD") == (expected, "")
    git(repo, "reset", "-q", "HEAD~1")  # the same change, in the working tree and staged
    assert findings(repo, "HEAD")[0] == expected
    git(repo, "add", "-A")
    assert findings(repo, "--staged")[0] == expected


def test_a_retargeted_link_checks_its_importers(tmp_path):
    """Only a link changed: the files that import through it are still checked."""
    v2 = {"shared/v2/a.ts": "export function g() {}\n"}
    repo = linked_repo(tmp_path / "repo", [
        ({"shared/v1/a.ts": "export function f() {}\n", **v2,
          "src/app.ts": "import { f } from './lib/a';\nf();\n"}, {"src/lib": "../shared/v1"}),
        ({}, {"src/lib": "../shared/v2"})])
    assert findings(repo, "HEAD~1", "HEAD")[0] == [("IMP101", "src/app.ts", 1, "f")]


def test_remembered_importers_are_not_shared_by_snapshots_whose_links_differ(tmp_path):
    """Two pairs of revisions with the same files, links elsewhere: the second run must not
    use what the cache remembers of the first about who imports whom."""
    v1 = {"shared/v1/a.ts": "export function f() {}\n"}
    app = {"src/app.ts": "import { f } from './lib/a';\nf();\n"}
    with_f, without_f = "export function f() {}\n", "export function h() {}\n"
    repo = linked_repo(tmp_path / "repo", [
        ({**v1, **app, "shared/v2/a.ts": with_f}, {"src/lib": "../shared/v1"}),
        ({"shared/v2/a.ts": without_f}, {}),
        ({"shared/v2/a.ts": with_f}, {"src/lib": "../shared/v2"}),
        ({"shared/v2/a.ts": without_f}, {})])
    assert findings(repo, "HEAD~3", "HEAD~2")[0] == []  # app.ts imports from v1 here
    assert findings(repo, "HEAD~1", "HEAD")[0] == [("IMP101", "src/app.ts", 1, "f")]


def test_links_out_of_the_repository_dangling_or_looping_are_warnings_not_imp102(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.js").write_text("export const secret = 1;\n")
    links = {"src/abs": str(outside), "src/up": "../../outside", "src/gone.js": "../nothing.js",
             "src/loop": "loop", "src/ping": "pong", "src/pong": "ping"}
    importer = ("import { secret } from './abs/a.js';\nimport { x } from './up/a';\n"
                "import { y } from './gone';\nimport { z } from './loop/z';\n"
                "import { w } from './ping/w';\nimport { q } from './really-missing';\n")
    repo = linked_repo(tmp_path / "repo", [({"src/keep.js": "export const k = 1;\n"}, links),
                                           ({"src/app.js": importer}, {})])
    keys, stderr = findings(repo, "HEAD~1", "HEAD")
    assert keys == [("IMP102", "src/app.js", 6, "./really-missing")]  # a plain missing file
    assert "'./abs/a.js' goes through the symbolic link src/abs: leads outside the repository" \
        in stderr
    assert "src/up: leads outside the repository" in stderr
    assert "src/gone.js: points to nothing in this revision" in stderr
    assert "src/loop: is part of a loop of symbolic links" in stderr
    assert "secret" not in stderr and str(outside) not in stderr


PY_BASE = {"shared/sub/__init__.py": "", "shared/sub/mod.py": "def f():\n    pass\n",
           "pkg/__init__.py": "",
           "pkg/app.py": "from pkg.sub.mod import f\nfrom .sub import mod\nfrom pkg import ext\n"
                         "from pkg.ext.deep import thing\nfrom .gone import nothing\nf()\n"}
PY_LINKS = {"pkg/sub": "../shared/sub", "pkg/ext": "/nonexistent/outside",
            "pkg/gone.py": "missing.py"}


@pytest.mark.parametrize("change, expected", [
    ({"shared/sub/mod.py": "def g():\n    pass\n"}, [("IMP101", "pkg/app.py", 1, "f")]),
    ({"shared/sub/mod.py": "def f():\n    return 1\n"}, []),
    ({"shared/sub/mod.py": None}, [("IMP101", "pkg/app.py", 2, "mod"),
                                   ("IMP102", "pkg/app.py", 1, "pkg.sub.mod")]),
])
def test_python_imports_resolve_through_symlinks_in_the_repository(tmp_path, change, expected):
    repo = linked_repo(tmp_path / "repo", [(PY_BASE, PY_LINKS), (change, {})])
    keys, stderr = findings(repo, "HEAD~1", "HEAD")
    assert keys == expected
    # the unreadable imports of the files the change can affect: pkg/app.py, unless only the
    # body of `f` changed (then no file that imports mod.py is checked)
    warned = "`pkg.ext.deep` (behind a symbolic link out of the repository, in a loop or to " \
             "nothing; pkg/app.py:4), `.gone` (behind a symbolic link" in stderr
    assert warned == bool(expected)
    full = run_impact(repo, "--full-scan", "diff", "HEAD~1", "HEAD", "--format", "json", "-v")
    assert full.findings == run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json").findings
    assert "`pkg.ext.deep` (behind a symbolic link" in full.stderr


# -- escapes in specifiers ----------------------------------------------------------------

ESCAPED = {"src/mod.js": "export function f() {}\nexport function g() {}\n",
           "src/a.js": "module.exports = { h() {}, k() {} };\n",
           "src/app.js": "import { f } from './m\\u006fd';\nimport { g } from \"./\\x6d\\u{6F}d.js\";\n"
                         "const { h } = require('./\\141');\nf(); g(); h();\n"}


@pytest.mark.parametrize("change, expected", [
    ({"src/mod.js": "export function g() {}\n"}, [("IMP101", "src/app.js", 1, "f")]),
    ({"src/mod.js": "export function f() {}\n"}, [("IMP101", "src/app.js", 2, "g")]),
    ({"src/a.js": "module.exports = { k() {} };\n"}, [("IMP101", "src/app.js", 3, "h")]),
    ({"src/a.js": "module.exports = { h() {} };\n"}, []),
])
def test_escapes_in_a_specifier_are_decoded(repo_factory, change, expected):
    repo = repo_factory([ESCAPED, change])
    assert findings(repo, "HEAD~1", "HEAD") == (expected, "")


def test_a_specifier_that_does_not_decode_keeps_its_raw_text(repo_factory):
    """Invalid escapes, lone surrogates and control characters name no module: the finding
    shows what was written, and nothing crashes or reaches the terminal raw."""
    app = ("import a from './\\u{110000}';\nimport b from './\\uD800';\n"
           "import c from './\\x1b[2J';\nimport d from './\\0';\n")
    repo = repo_factory([{"src/keep.js": "export const k = 1;\n"}, {"src/app.js": app}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert [k[3] for k in result.keys()] == ["./\\u{110000}", "./\\uD800", "./\\x1b[2J", "./\\0"]
    text = run_impact(repo, "diff", "HEAD~1", "HEAD")
    assert "\x1b" not in text.stdout + text.stderr and "\x00" not in text.stdout


def decode(literal: str) -> str:
    from impact.lang.javascript import string_value
    from impact.lang.treesitter import parser

    tree = parser("javascript").parse(f"import x from {literal};\n".encode())
    return string_value(tree.root_node.named_children[0].child_by_field_name("source"))


def node_values(literals: list[str], directory: Path) -> list[str]:
    """What node makes of each literal (a CommonJS script: sloppy mode, legacy octal)."""
    script = directory / "decode.cjs"
    script.write_text("process.stdout.write(JSON.stringify([" + ",".join(literals) + "]));\n",
                      encoding="utf-8")
    node = subprocess.run(["node", str(script)], capture_output=True, text=True, check=True)
    return json.loads(node.stdout)


LITERALS = [r"'./a\u002Ejs'", r'"./\x61"', r"'./b\\c'", r"'./m\u{6f}d'", "'./x\\\ny'",
            "'./x\\\r\ny'", r"'./\101\1010'", r"'./\400'", r"'./\q\'\"'", r"'./\8\9'",
            r"'./\uD83D\uDE00'", r"'./\u{1F600}'", r"'./\u{0000000061}'", r"'./\/\`'",
            "'./\\\u2028z'", r"'./é\u00e9'"]


def test_decoding_matches_node(tmp_path):
    assert [decode(literal) for literal in LITERALS] == node_values(LITERALS, tmp_path)


ESCAPES = st.one_of(
    st.sampled_from(["\\n", "\\t", "\\0", "\\101", "\\400", "\\7", "\\q", "\\'", '\\"',
                     "\\\\", "\\\n", "\\\r\n", "\\\u2028", "\\8", "\\u202E", "\\x1b", "\\x9b"]),
    st.integers(0, 0xFF).map(lambda c: f"\\x{c:02x}"),
    st.integers(0, 0xFFFF).map(lambda c: f"\\u{c:04X}"),
    st.integers(0, 0x10FFFF).map(lambda c: f"\\u{{{c:x}}}"),
    st.text(alphabet="abz./-_é日", min_size=1, max_size=3),
)


@given(st.lists(ESCAPES, min_size=1, max_size=6))
def test_any_escaped_specifier_decodes_as_node_does_or_stays_as_written(pieces):
    """The value node gives, when it is printable text; else the literal as written."""
    body = "".join(pieces)
    with tempfile.TemporaryDirectory() as directory:
        expected = node_values([f"'{body}'"], Path(directory))[0]
    assert decode(f"'{body}'") == (expected if expected.isprintable() else body)


PY_ESCAPED = {"pkg/__init__.py": "", "pkg/mod.py": "def f():\n    pass\n",
              "pkg/other.py": "x = 1\n",
              "app.py": "import importlib\n\nmod = importlib.import_module(\"pkg\\x2emod\")\n"
                        "raw = importlib.import_module(r\"pkg\\x2eother\")\n"}


@pytest.mark.parametrize("change, expected", [
    ({"pkg/mod.py": None}, [("IMP102", "app.py", 3, "pkg.mod")]),
    ({"pkg/other.py": "x = 2\n"}, []),
    ({"pkg/other.py": None}, []),  # a raw string keeps its backslash: it names no module here
])
def test_escapes_in_a_python_import_module_literal_are_decoded(repo_factory, change, expected):
    repo = repo_factory([PY_ESCAPED, change])
    assert findings(repo, "HEAD~1", "HEAD")[0] == expected
