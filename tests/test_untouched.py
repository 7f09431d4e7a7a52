"""impact only reads the repository: every command, on fixture repositories with staged,
unstaged and untracked changes and a file it cannot read, and on partial clones of them
(which lack the older blobs: git would fetch them on demand), leaves the working tree, the
index, HEAD, every ref and the object database byte for byte as they were.

`impact fix` without --dry-run is left out on purpose: editing the working tree is its job
(tests/test_fix.py checks what it writes, and that it writes nothing else)."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from conftest import git, partial_clone, run_impact
from github_server import FakeGitHub

TOKEN = "ghp_FAKE0TOKEN0untouched0test"


def read_only_git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True,
                          text=True).stdout


def repository_state(repo: Path) -> dict:
    """Every file under the repository, .git included (index, HEAD, refs, objects), by content
    and mode; and what git itself says of HEAD, the refs and the object count."""
    files = {}
    for path in sorted(repo.rglob("*")):
        status = path.lstat()
        content = os.readlink(path) if path.is_symlink() else \
            hashlib.sha1(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        files[path.relative_to(repo).as_posix()] = (status.st_mode, content)
    return {
        "files": files,
        "head": read_only_git(repo, "rev-parse", "HEAD") + read_only_git(repo, "symbolic-ref", "-q",
                                                                         "HEAD"),
        "refs": read_only_git(repo, "for-each-ref", "--format=%(refname) %(objectname)"),
        "objects": read_only_git(repo, "count-objects", "-v"),
    }


def dirty(repo: Path, source: str, staged: str) -> None:
    """A staged edit, an unstaged edit on top of it, an untracked file and an untracked
    source file that cannot be read (a dangling symlink)."""
    (repo / staged).write_text((repo / staged).read_text() + "\nstaged_edit = 1;\n")
    git(repo, "add", staged)
    (repo / staged).write_text((repo / staged).read_text() + "unstaged_edit = 2;\n")
    (repo / source).write_text((repo / source).read_text() + "\nworktree_edit = 3;\n")
    (repo / f"untracked{Path(source).suffix}").write_text("import missing_module_xyz\n")
    (repo / f"dangling{Path(source).suffix}").symlink_to("nowhere")


COMMANDS = [
    ["diff"], ["diff", "HEAD~1"], ["diff", "HEAD~1", "HEAD"], ["diff", "HEAD~1..HEAD"],
    ["diff", "HEAD~1...HEAD"], ["diff", "--staged"], ["diff", "--staged", "HEAD~1"],
    ["diff", "HEAD~1", "--all", "--format", "json"], ["diff", "HEAD~1", "--format", "markdown"],
    ["diff", "HEAD~1", "--format", "sarif"], ["diff", "HEAD~1", "--format", "github"],
    ["diff", "HEAD~1", "--format", "vscode"], ["diff", "HEAD~1", "--strict"],
    ["fix", "--dry-run"], ["fix", "--dry-run", "HEAD~1"], ["fix", "--dry-run", "HEAD~1", "HEAD"],
    ["graph"], ["graph", "HEAD~1", "--format", "json", "--symbols"],
    ["graph", "--format", "graphml", "--path", "shop"],
    ["affected"], ["affected", "HEAD~1", "HEAD", "--tests"],
    ["cache", "info"], ["diff", "nope"], ["rules"],
]


@pytest.mark.parametrize("object_filter", [None, "blob:none"])
@pytest.mark.parametrize("name, source, staged", [
    ("move-and-fix", "shop/cart.py", "web/cart.mjs"),
    ("prisma-wrapper-export-removal", "src/server.js", "src/lib/db.js"),
])
def test_no_command_changes_the_repository(fixture_repo, tmp_path, name, source, staged,
                                           object_filter):
    repo = fixture_repo(name)
    if object_filter:
        repo = partial_clone(repo, tmp_path / "partial", object_filter)
    dirty(repo, source, staged)
    git(repo, "status", "--porcelain")  # let git settle its own stat cache first
    before = repository_state(repo)
    exits = {}
    for args in COMMANDS:
        exits[" ".join(args)] = run_impact(repo, *args).exit_code
    with FakeGitHub() as server:
        for output in ([], ["--output", str(tmp_path / "report.md")]):
            result = run_impact(repo, "comment", "--api-url", server.url, "--repository",
                                server.repository, "--pr", str(server.number), "--base", "HEAD~1",
                                *output, env={"GITHUB_TOKEN": TOKEN})
            exits["comment"] = result.exit_code
        clean = "none posted" in result.stderr  # a clean pull request gets no comment
        assert len(server.comments) == (0 if clean else 1)
    assert repository_state(repo) == before
    assert exits["diff nope"] == 2 and exits["rules"] == 0
    assert set(exits.values()) <= {0, 1, 2}


def test_the_state_check_sees_a_write(fixture_repo):
    """The check above can fail: a staged edit, a new object or a moved ref all show."""
    repo = fixture_repo("move-and-fix")
    before = repository_state(repo)
    (repo / "shop" / "cart.py").write_text("x = 1\n")
    after_edit = repository_state(repo)
    git(repo, "add", "shop/cart.py")
    after_add = repository_state(repo)
    git(repo, "tag", "t")
    after_tag = repository_state(repo)
    assert before["files"] != after_edit["files"]
    assert after_edit["objects"] != after_add["objects"]
    assert after_add["refs"] != after_tag["refs"]
