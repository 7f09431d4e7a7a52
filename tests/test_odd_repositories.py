"""Repositories of unusual shape: committed symlinks, submodules, odd file and directory
names, a detached HEAD, merge commits, and no git at all. (Shallow clones: test_cli.py.)"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import build_repo, git, run_impact

BASE = {"lib.py": "def f():\n    pass\n", "app.py": "from lib import f\n"}


def keys(repo, *args: str) -> list[tuple]:
    result = run_impact(repo, "diff", *args, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    return result.keys()


def test_committed_symlinks_are_never_followed(repo_factory, tmp_path):
    """git stores a symlink as a blob holding its target (mode 120000): impact reads that
    target as a path, and never the file it points to, in commits, in the index or in the
    working tree."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.py").write_text("from lib import not_there\n")
    repo = repo_factory([BASE])
    (repo / "linked.py").symlink_to(outside / "secret.py")
    (repo / "linked_dir").symlink_to(outside)
    (repo / "loop.py").symlink_to(repo / "loop.py")
    (repo / "pkg").mkdir()
    (repo / "pkg" / "up.py").symlink_to("../pkg")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "symlinks")
    assert git(repo, "ls-files", "-s", "linked.py").startswith("120000")
    assert keys(repo, "HEAD~1", "HEAD") == []
    assert keys(repo, "--staged", "HEAD~1") == []
    assert keys(repo, "HEAD~1") == []
    graph = run_impact(repo, "graph", "--format", "json").stdout
    assert "secret" not in graph and "linked" not in graph


def test_file_name_that_is_not_utf8(repo_factory):
    repo = repo_factory([BASE])
    name = os.fsdecode(b"caf\xe9.py")  # latin-1 bytes on disk, not valid UTF-8
    (repo / name).write_text("from lib import missing\n")
    for args in ((), ("--format", "markdown"), ("--format", "sarif"), ("--format", "github")):
        result = run_impact(repo, "diff", *args)
        assert result.exit_code == 1 and "Traceback" not in result.stderr, result.stderr
    [finding] = run_impact(repo, "diff", "--format", "json").findings
    assert (finding["code"], finding["file"]) == ("IMP101", "caf\\xe9.py")  # as git quotes it
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "odd name")
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP101", "caf\\xe9.py", 1, "missing")]


def test_submodules_are_skipped(repo_factory, tmp_path):
    inner = build_repo(tmp_path / "inner", [{"broken.py": "from nowhere_at_all import x\n",
                                             "lib.py": "VALUE = 1\n"}])
    repo = repo_factory([BASE])
    git(repo, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(inner), "vendor/inner")
    git(repo, "commit", "-qm", "add submodule")
    assert git(repo, "ls-files", "-s", "vendor/inner").startswith("160000")
    (repo / "app.py").write_text("from lib import f\nfrom vendor.inner.lib import VALUE\n")
    for args in (("HEAD~1", "HEAD"), ("HEAD~1",), ("--staged", "HEAD~1")):
        assert keys(repo, *args) == []
    graph = run_impact(repo, "graph", "--format", "json")
    assert graph.exit_code == 0 and "broken.py" not in graph.stdout


def test_detached_head(repo_factory):
    repo = repo_factory([BASE, {"lib.py": "def g():\n    pass\n"}, {"other.py": "x = 1\n"}])
    git(repo, "checkout", "-q", "--detach", "HEAD~1")
    assert keys(repo, "HEAD~1") == [("IMP101", "app.py", 1, "f")]
    assert keys(repo) == []  # the working tree is the detached commit
    (repo / "app.py").write_text("from lib import g, h\n")
    assert keys(repo) == [("IMP101", "app.py", 1, "h")]


def test_merge_commit_is_compared_with_its_first_parent(repo_factory):
    """main breaks `gone` and merges a branch that breaks `missing`: against its first parent
    the merge introduces only the branch's break; against the second, only main's."""
    repo = repo_factory([BASE])
    git(repo, "checkout", "-q", "-b", "side")
    (repo / "side.py").write_text("from lib import missing\n")
    git(repo, "add", "side.py")
    git(repo, "commit", "-qm", "side breaks")
    git(repo, "checkout", "-q", "main")
    (repo / "main_only.py").write_text("from lib import gone\n")
    git(repo, "add", "main_only.py")
    git(repo, "commit", "-qm", "main breaks")
    git(repo, "merge", "-q", "--no-edit", "side")
    assert len(git(repo, "rev-parse", "HEAD^2").split()) == 1  # a real merge commit
    assert keys(repo, "HEAD~1", "HEAD") == [("IMP101", "side.py", 1, "missing")]
    assert keys(repo, "HEAD~1") == [("IMP101", "side.py", 1, "missing")]
    assert keys(repo, "HEAD^2", "HEAD") == [("IMP101", "main_only.py", 1, "gone")]


def test_git_missing_from_path(repo_factory, tmp_path):
    repo = repo_factory([BASE])
    empty = tmp_path / "no-git-here"
    empty.mkdir()
    for args in (["diff"], ["graph"], ["affected"], ["fix", "--dry-run"]):
        result = run_impact(repo, *args, env={"PATH": str(empty)})
        assert result.exit_code == 2, args
        assert result.stderr.strip() == "impact: error: git is not installed or not on PATH"


def test_repository_path_with_spaces_and_unicode(tmp_path):
    repo = build_repo(tmp_path / "my projects" / "ünï côde repo",
                      [BASE, {"lib.py": "def g():\n    pass\n"}])
    assert keys(repo, "HEAD~1") == [("IMP101", "app.py", 1, "f")]
    proc = subprocess.run([sys.executable, "-m", "impact", "-C", str(repo), "diff", "HEAD~1", "HEAD",
                           "--format", "json"], capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and '"IMP101"' in proc.stdout, proc.stderr


def test_staged_diff_before_the_first_commit_checks_the_staged_files(tmp_path):
    import subprocess

    from conftest import run_impact
    repo = tmp_path / "fresh"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "util.py").write_text("def helper():\n    return 1\n")
    (repo / "app.py").write_text("from util import helper, missing\n")
    (repo / "web.js").write_text("import { a } from './nowhere.js';\n")
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    result = run_impact(repo, "diff", "--staged", "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert sorted((f["code"], f["file"]) for f in result.findings) == [
        ("IMP101", "app.py"), ("IMP102", "web.js")]
    worktree = run_impact(repo, "diff", "--format", "json")
    assert worktree.exit_code == 1 and len(worktree.findings) == 2


def test_a_blocked_staged_commit_says_what_to_do_next(tmp_path):
    import subprocess

    from conftest import run_impact
    repo = tmp_path / "hook"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "app.py").write_text("from util import missing\n")
    (repo / "util.py").write_text("x = 1\n")
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    result = run_impact(repo, "diff", "--staged")
    assert result.exit_code == 1
    [hint] = [line for line in result.stderr.splitlines() if "blocked" in line]
    assert "impact: ignore[" in hint and "--no-verify" in hint
    clean = run_impact(repo, "diff", "--staged", "--select", "IMP2")
    assert clean.exit_code == 0 and "blocked" not in clean.stderr


def test_git_commands_run_together_give_their_outputs_in_order_or_the_first_error(repo_factory):
    """The working tree's three listings run at the same time; the outputs keep the order
    the commands were given in, and a failing command's own message is the error (the
    first failing one when several fail), raised in the caller's thread."""
    from impact.snapshot import ImpactError, Repository

    repo = Repository(repo_factory([BASE]))
    tops, heads = repo._completed_together(["rev-parse", "--show-toplevel"],
                                           ["rev-parse", "HEAD"])
    assert tops.stdout.strip().decode() == str(repo.root)
    assert len(heads.stdout.strip()) == 40
    try:
        repo._completed_together(["rev-parse", "HEAD"], ["cat-file", "-t", "0" * 40],
                                 ["rev-parse", "--verify", "no-such-rev"])
    except ImpactError as error:
        assert "could not get object info" in str(error)  # cat-file's, not rev-parse's
    else:
        raise AssertionError("a failing command must raise")
