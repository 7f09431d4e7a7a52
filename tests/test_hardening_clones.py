"""Partial and odd clones, files that cannot be read, and a time budget that does not depend
on the machine's load (issue 14, items 3 and 8).

impact reads only what the repository holds: it never fetches a blob missing from a partial
clone (nor waits on a promisor remote that never answers), and it names every file it could
not read instead of dropping it, or reading it as empty, without a word."""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import build_repo, git, partial_clone, run_impact
from test_untouched import repository_state

from impact.snapshot import Repository

LIB = "def f():\n    pass\n\n\ndef g():\n    pass\n"
BASE = {"lib.py": LIB, "app.py": "from lib import f\n", "web/util.js": "export const u = 1;\n"}
# HEAD drops g and imports it: IMP101, found from the blobs HEAD's checkout brought along
CHANGE = {"lib.py": "def f():\n    pass\n", "app.py": "from lib import f, g\n",
          "web/util.js": "export const u = 2;\n"}


def partial(tmp_path: Path, object_filter: str = "blob:none") -> Path:
    source = build_repo(tmp_path / "source", [BASE, CHANGE])
    return partial_clone(source, tmp_path / "clone", object_filter)


def objects_in(repo: Path) -> str:
    return git(repo, "count-objects", "-v")


# -- partial clones ---------------------------------------------------------------------------

def test_a_partial_clone_is_read_as_it_is_and_nothing_is_fetched(tmp_path):
    """The blobs of HEAD~1 that HEAD changed are not in a blob:none clone: impact reads the
    rest, says in one line which files it could not read, and fetches nothing, even where
    the configuration allows every transport (as CI setups do for submodules)."""
    clone = partial(tmp_path)
    git(clone, "config", "protocol.allow", "always")
    git(clone, "config", "protocol.file.allow", "always")
    before = repository_state(clone)
    for args in (["diff", "HEAD~1"], ["diff", "HEAD~1", "HEAD"], ["diff", "HEAD~1...HEAD"],
                 ["affected", "HEAD~1"], ["fix", "--dry-run", "HEAD~1"]):
        result = run_impact(clone, *args)
        assert result.exit_code in (0, 1), (args, result.stderr)
        assert repository_state(clone) == before, args
    result = run_impact(clone, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.keys() == [("IMP101", "app.py", 1, "g")]
    [warning] = result.stderr.splitlines()
    assert warning.startswith("impact: warning: could not read 3 file(s), so the result may be "
                              "incomplete: app.py, lib.py, web/util.js in HEAD~1 (not in this "
                              "partial clone, and impact never fetches objects)")
    graph = run_impact(clone, "graph", "HEAD~1")
    assert graph.exit_code == 0 and "web/util.js in HEAD~1 (not in this partial clone" in graph.stderr
    assert repository_state(clone) == before


def test_a_treeless_clone_without_the_trees_is_refused_in_one_line(tmp_path):
    clone = partial(tmp_path, "tree:0")
    objects = objects_in(clone)
    result = run_impact(clone, "diff", "HEAD~1")
    assert result.exit_code == 2
    assert result.stderr == ("impact: error: cannot list the files of 'HEAD~1': its trees are not "
                             "in this partial clone, and impact never fetches objects\n")
    assert objects_in(clone) == objects


class SilentServer:
    """A TCP server that accepts connections and never says a word."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.connections.append(self.socket.accept()[0])
            except OSError:  # closed
                return

    def close(self) -> None:
        self.socket.close()
        for connection in self.connections:
            connection.close()


def run_cli(repo: Path, *args: str, timeout: float = 120, **popen) -> subprocess.CompletedProcess:
    """The real CLI in its own process (group), killed with its children if it hangs."""
    proc = subprocess.Popen([sys.executable, "-m", "impact", "--repo", str(repo), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **popen)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


def test_a_silent_promisor_remote_is_never_contacted(tmp_path):
    """git would fetch a missing blob from the promisor remote and wait for its answer for
    ever; impact never connects to it."""
    clone = partial(tmp_path)
    server = SilentServer()
    try:
        git(clone, "config", "remote.origin.url", f"git://127.0.0.1:{server.port}/source")
        proc = run_cli(clone, "diff", "HEAD~1", "--format", "json")
    finally:
        server.close()
    assert proc.returncode == 1, proc.stderr
    assert "not in this partial clone" in proc.stderr
    assert server.connections == []


# -- bare repositories ------------------------------------------------------------------------

def test_a_bare_repository_compares_committed_revisions_and_says_why_it_cannot_more(tmp_path):
    source = build_repo(tmp_path / "source", [BASE, CHANGE])
    bare = tmp_path / "bare.git"
    git(tmp_path, "clone", "-q", "--bare", str(source), str(bare))
    result = run_impact(bare, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.exit_code == 1 and result.keys() == [("IMP101", "app.py", 1, "g")]
    assert run_impact(bare, "graph", "HEAD").exit_code == 0
    for args in (["diff", "HEAD~1"], ["diff"], ["diff", "--staged"], ["graph"], ["init"]):
        result = run_impact(bare, *args)
        assert result.exit_code == 2, args
        assert result.stderr == (f"impact: error: {bare} is a bare repository, without a working "
                                 "tree: only committed revisions can be read; name them, e.g. "
                                 "`impact diff HEAD~1 HEAD`\n"), args


# -- files that cannot be read ----------------------------------------------------------------

def vanish_after_listing(monkeypatch, repo: Path, name: str) -> None:
    """The file is deleted between git's listing of the working tree and impact's read."""
    listed = Repository.worktree_snapshot

    def then_deleted(self):
        snapshot = listed(self)
        (repo / name).unlink()
        return snapshot

    monkeypatch.setattr(Repository, "worktree_snapshot", then_deleted)


def directory_instead(repo: Path, name: str) -> None:
    (repo / name).unlink()
    (repo / name).mkdir()
    (repo / name / "notes.txt").write_text("not a module\n")


def dangling_symlink_instead(repo: Path, name: str) -> None:
    (repo / name).unlink()
    (repo / name).symlink_to(repo / "nowhere.py")


@pytest.mark.parametrize("make_unreadable, why", [
    (vanish_after_listing, "deleted while impact was reading the working tree"),
    (lambda _monkeypatch, repo, name: directory_instead(repo, name), "a directory, not a file"),
])
def test_a_file_that_cannot_be_read_is_named_never_read_as_empty(repo_factory, monkeypatch,
                                                                   make_unreadable, why):
    """lib.py, edited in the working tree, cannot be read: it gets IMP301 and a warning, and
    what app.py imports from it is not reported as missing (as it was when lib.py was
    taken for an empty file, or dropped)."""
    repo = repo_factory([BASE])
    (repo / "lib.py").write_text(LIB + "\n\ndef h():\n    pass\n")
    make_unreadable(monkeypatch, repo, "lib.py")
    result = run_impact(repo, "diff", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [(f["code"], f["file"]) for f in result.findings] == [("IMP301", "lib.py")]
    assert why in result.findings[0]["message"]
    assert result.stderr == ("impact: warning: could not read 1 file(s), so the result may be "
                             f"incomplete: lib.py in the working tree ({why})\n")


def test_a_dangling_symlink_where_a_module_was_is_named_never_read_as_empty(repo_factory):
    """A symlink is never read as a file: impact follows it inside the repository, and one
    that points to nothing is named in a warning (not IMP102, not an empty module)."""
    repo = repo_factory([BASE])
    dangling_symlink_instead(repo, "lib.py")
    result = run_impact(repo, "diff", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [f for f in result.findings if f["code"] != "IMP201"] == []
    assert "`lib`" in result.stderr and "symbolic link" in result.stderr


def without_root_read_override() -> dict:
    """Popen arguments that run a process as this user, but for root without the
    capabilities that let it read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH)."""
    if os.geteuid() != 0:
        return {}
    libc = ctypes.CDLL(None, use_errno=True)

    def drop_capabilities() -> None:
        for capability in (1, 2):
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return {"preexec_fn": drop_capabilities}


def test_files_without_read_permission_are_named(repo_factory):
    """A tracked file and an untracked directory impact may not read: both are named."""
    repo = repo_factory([BASE])
    (repo / "lib.py").write_text(LIB + "\n\ndef h():\n    pass\n")
    (repo / "extra").mkdir()
    (repo / "extra" / "mod.py").write_text("from lib import nothing_here\n")
    os.chmod(repo / "lib.py", 0)
    os.chmod(repo / "extra", 0)
    try:
        proc = run_cli(repo, "diff", "--format", "json", **without_root_read_override())
    finally:
        os.chmod(repo / "extra", 0o755)
        os.chmod(repo / "lib.py", 0o644)
    assert proc.returncode == 0, proc.stderr
    assert '"IMP301"' in proc.stdout and "permission denied" in proc.stdout
    assert '"IMP101"' not in proc.stdout
    [warning] = proc.stderr.splitlines()
    assert warning.startswith("impact: warning: could not read 2 file(s), so the result may be "
                              "incomplete: ")
    assert "lib.py in the working tree (permission denied)" in warning
    assert "extra/ in the working tree (could not open directory: " in warning


# -- the time budget --------------------------------------------------------------------------

def test_the_time_budget_counts_cpu_time_not_time_spent_waiting(monkeypatch):
    """An extraction that waits (here it sleeps; on a busy machine it waits for the CPU) past
    its budget is not cut, as a budget on the clock cut it; one that spins is cut."""
    import impact.lang.python
    from impact.facts import extract_facts

    real = impact.lang.python.extract

    def waits(path, source, budget):
        facts = real(path, source, budget)
        time.sleep(0.5)
        return facts

    def spins(path, source, budget):
        facts = real(path, source, budget)
        end = time.thread_time() + 30
        while time.thread_time() < end:
            pass
        return facts

    monkeypatch.setattr(impact.lang.python, "extract", waits)
    assert extract_facts("waits.py", b"x = 1\n", time_budget=0.2).problems == ()
    monkeypatch.setattr(impact.lang.python, "extract", spins)
    [problem] = extract_facts("spins.py", b"x = 1\n", time_budget=0.2).problems
    assert problem.message == "skipped: reading it took more than the time budget (0.2 s of CPU time)"
