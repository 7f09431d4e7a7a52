"""Git commands started ahead (impact/git_ahead.py): the guess read from the command line,
and a real `impact diff` that runs each git command once, taking what was started ahead."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import pytest
import typer.main
from conftest import build_repo

from impact import git_ahead
from impact.cli import app
from impact.git_ahead import Guess, guess


def test_the_options_that_take_a_value_are_those_of_the_command_line():
    group = typer.main.get_command(app)
    params = [*group.params, *group.commands["diff"].params]
    taking = {opt for param in params if param.param_type_name == "option" and not param.is_flag
              for opt in param.opts}
    assert taking == git_ahead.VALUE_OPTIONS


@pytest.mark.parametrize(("words", "expected"), [
    (["diff"], Guess(os.path.abspath("."), ("HEAD",), worktree=True, staged=False)),
    (["--cache-dir", "/tmp/c", "diff", "HEAD~1", "--format", "json"],
     Guess(os.path.abspath("."), ("HEAD~1",), worktree=True, staged=False)),
    (["diff", "-f=json", "main", "topic", "-q"],
     Guess(os.path.abspath("."), ("main", "topic"), worktree=False, staged=False)),
    (["-C", "sub", "diff", "main..topic"],
     Guess(os.path.abspath("sub"), ("main", "topic"), worktree=False, staged=False)),
    (["diff", "--repo=sub", "..topic"],
     Guess(os.path.abspath("sub"), ("HEAD", "topic"), worktree=False, staged=False)),
    (["diff", "--staged", "--select", "IMP101"],
     Guess(os.path.abspath("."), ("HEAD",), worktree=False, staged=True)),
    (["diff", "--", "-odd"], Guess(os.path.abspath("."), ("-odd",), worktree=True, staged=False)),
    (["diff", "main...topic"], Guess(os.path.abspath("."), ("HEAD",), worktree=False, staged=False)),
])
def test_what_a_diff_command_line_will_ask_git_for(words, expected):
    assert guess(words) == expected


@pytest.mark.parametrize("words", [[], ["--version"], ["routes"], ["--cache-dir", "diff", "graph"],
                                   ["scan", "diff"]])
def test_other_commands_start_nothing(words):
    assert guess(words) is None


def _started(cwd: str, args: tuple[str, ...], env: dict[str, str]) -> None:
    ahead = git_ahead._Ahead(env)
    ahead._run(ahead.claim(cwd, args))


def test_a_result_is_taken_once_and_only_with_the_same_environment(tmp_path):
    build_repo(tmp_path, [{"a.py": "x = 1\n"}])
    env, top = git_ahead.git_environment(), list(git_ahead.TOP_LEVEL)
    _started(str(tmp_path), git_ahead.TOP_LEVEL, env)
    taken = git_ahead.take(str(tmp_path), top, env)
    assert taken is not None and taken.stdout.strip() == os.fsencode(tmp_path.resolve())
    assert git_ahead.take(str(tmp_path), top, env) is None  # once
    _started(str(tmp_path), git_ahead.TOP_LEVEL, env)
    assert git_ahead.take(str(tmp_path), top, {**env, "GIT_DIR": str(tmp_path / "x")}) is None


def test_a_claim_the_thread_cannot_carry_out_is_given_out_empty(tmp_path, monkeypatch):
    """The run never waits for a command nobody runs: it runs it itself."""
    build_repo(tmp_path, [{"a.py": "x = 1\n"}])
    env = git_ahead.git_environment()
    found = Guess(str(tmp_path), ("HEAD",), worktree=True, staged=False)
    ahead = git_ahead._Ahead(env)
    top = ahead.claim(found.directory, git_ahead.TOP_LEVEL)

    def broken(*args, **kwargs):
        raise RuntimeError("the thread fails after claiming")

    monkeypatch.setattr(git_ahead, "commit_of", broken)
    with pytest.raises(RuntimeError):
        ahead.carry_out(found, top)
    assert git_ahead.take(str(tmp_path), list(git_ahead.TOP_LEVEL), env) is None
    assert not ahead.open


def _git_commands(trace: str) -> list[str]:
    return [line.split("trace: built-in: ", 1)[1] for line in trace.splitlines()
            if "trace: built-in: git " in line]


@pytest.mark.parametrize("revisions", [["HEAD~1"], [], ["HEAD~1", "HEAD"], ["--staged"]])
def test_a_diff_runs_each_git_command_once_and_finds_the_same(tmp_path, revisions):
    repo = build_repo(tmp_path / "repo", [
        {"a.py": "def f():\n    return 1\n", "b.py": "from a import f\n\nf()\n"},
        {"a.py": "def g():\n    return 1\n"},
    ])
    (repo / "c.py").write_text("from a import f\n")  # staged: the index and working tree have it
    subprocess.run(["git", "add", "c.py"], cwd=repo, check=True)
    trace = tmp_path / "trace"
    args = [sys.executable, "-m", "impact", "--no-cache", "diff", *revisions, "--format", "json"]
    ahead = subprocess.run(args, cwd=repo, capture_output=True, text=True, check=False,
                           env={**os.environ, "GIT_TRACE": str(trace)})
    # the same run without anything started ahead: through impact.cli, not impact.__main__
    alone_trace = tmp_path / "alone-trace"
    without_ahead = "import sys; from impact.cli import main; sys.argv[0] = 'impact'; main()"
    alone = subprocess.run([sys.executable, "-c", without_ahead, *args[3:]], cwd=repo,
                           capture_output=True, text=True, check=False,
                           env={**os.environ, "GIT_TRACE": str(alone_trace)})
    assert (ahead.returncode, ahead.stdout) == (alone.returncode, alone.stdout)
    # every command started ahead was taken, in place of running it again
    commands = _git_commands(trace.read_text())
    assert Counter(commands) == Counter(_git_commands(alone_trace.read_text()))
    assert "git rev-parse --show-toplevel" in commands
    assert json.loads(ahead.stdout)["findings"]  # c.py (and b.py in HEAD) break


@pytest.mark.parametrize("command", [["diff", "HEAD~1", "--format", "json"], ["routes"]])
def test_a_current_directory_that_was_deleted_is_one_line_not_a_traceback(tmp_path, command):
    gone = tmp_path / "gone"
    gone.mkdir()
    script = (f"import os, runpy, sys; os.chdir({str(gone)!r}); os.rmdir({str(gone)!r}); "
              f"sys.argv = ['impact', *{command!r}]; runpy.run_module('impact', run_name='__main__')")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 2
    assert result.stderr == "impact: error: the current directory no longer exists\n"
