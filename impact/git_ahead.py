"""Git commands an `impact diff` will run, started before the rest of impact is imported.

A warm `impact diff` spends about a tenth of a second importing its modules and then waits
on git to list the revisions (impact/snapshot.py). Those commands only read, and which of
them a run asks for is nearly always the same: the top of the working tree, whether the
clone is partial, the three listings of the working tree, and the commit and tree of each
revision named on the command line. So impact/__main__.py starts them here, one after the
other on a thread that waits for git while the main thread imports, and `Repository` takes
a result when it runs the very same command in the very same directory with the same
environment (the same output as if it had started it itself a moment later). A guess that
no command asks for (a word of the command line that is not a revision, another `--repo`)
costs a git process that only read, and nothing else: a result is never used for another
command.

Each command is claimed before the one the run asks for just before it is given out (the
listings and revisions before the top of the working tree, a tree before its commit), so
the run waits for a command that is coming instead of running it a second time; a claim the
thread cannot carry out is given out empty (the run then runs the command itself).
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass

Key = tuple[str, tuple[str, ...]]  # (directory, arguments after `git`)

# The environment of every git command impact runs: no lock taken (not even to refresh the
# index's stat cache), no prompt, no object fetched from a promisor remote
# (GIT_NO_LAZY_FETCH, git >= 2.44), and no transport allowed at all (an empty
# GIT_ALLOW_PROTOCOL overrides any protocol.*.allow), so an older git that tries to fetch a
# missing object fails at once, never waits on a network.
READ_ONLY_GIT = {"GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0", "GIT_NO_LAZY_FETCH": "1",
                 "GIT_ALLOW_PROTOCOL": ""}

Result = tuple[dict[str, str], subprocess.CompletedProcess | None]  # (environment, result)

_claimed: dict[Key, tuple[threading.Event, list[Result]]] = {}  # not taken yet
_lock = threading.Lock()

TOP_LEVEL = ("rev-parse", "--show-toplevel")
PARTIAL_CLONE = ("config", "--get-regexp", r"^(remote\..+\.promisor|extensions\.partialclone)$")
WORKTREE_LISTINGS = (("ls-files", "-z", "--stage"), ("diff-files", "--name-only", "-z"),
                     ("ls-files", "-z", "--cached", "--others", "--exclude-standard"))


def commit_of(rev: str) -> tuple[str, ...]:
    return ("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")


def tree_listing(commit: str) -> tuple[str, ...]:
    return ("ls-tree", "-r", "-z", "--full-tree", commit)


# the options of `impact` and of `impact diff` that take a value (tests/test_git_ahead.py
# checks this against the command line's definition)
VALUE_OPTIONS = frozenset({"--repo", "-C", "--cache-dir", "--jobs", "-j", "--format", "-f",
                           "--output-format", "--output-file", "-o", "--path-base",
                           "--repo-url", "--sha", "--config", "--select", "--ignore",
                           "--exclude"})
REPO_OPTIONS = ("--repo", "-C")


@dataclass(frozen=True)
class Guess:
    """What an `impact diff` command line will most likely ask git for."""

    directory: str  # where the repository is looked for
    revisions: tuple[str, ...]  # each revision named (HEAD when none)
    worktree: bool  # the working tree is head
    staged: bool  # the index is head


def guess(words: list[str]) -> Guess | None:
    """The guess for these command-line words (after the program's name), or None when they
    are not an `impact diff`."""
    directory, named, command, staged = ".", [], None, False
    words = iter(words)
    for word in words:
        option, _, value = word.partition("=")
        if option in VALUE_OPTIONS:
            value = value if "=" in word else next(words, "")
            if option in REPO_OPTIONS:
                directory = value
        elif word == "--staged":
            staged = True
        elif word == "--":  # every word after it is an argument
            rest = list(words)
            if command is None and rest:
                command, rest = rest[0], rest[1:]
            named += rest
        elif word.startswith("-"):
            continue
        elif command is None:
            command = word
        else:
            named.append(word)
    if command != "diff":
        return None
    revisions = [part or "HEAD" for spec in named[:2] if "..." not in spec
                 for part in spec.split("..", 1)]
    two = len(named) > 1 or any(".." in spec for spec in named)
    return Guess(os.path.abspath(directory), tuple(revisions or ["HEAD"]),
                 worktree=not staged and not two, staged=staged)


def git_environment() -> dict[str, str]:
    return {**os.environ, **READ_ONLY_GIT}


def start_for_diff(words: list[str]) -> None:
    """Start, in the background, what `impact diff` with these command-line words will most
    likely ask git for."""
    try:
        found = guess(words)
    except OSError:  # the current directory is gone: the run will say so itself
        return
    if found is None:
        return
    ahead = _Ahead(git_environment())
    top = ahead.claim(found.directory, TOP_LEVEL)  # before the run can ask for it
    threading.Thread(target=ahead.carry_out, args=(found, top), daemon=True).start()


class _Ahead:
    """One guess's commands, run one after the other."""

    def __init__(self, env: dict[str, str]):
        self.env = env
        self.open: dict[Key, tuple[threading.Event, list[Result]]] = {}  # claimed, not given

    def claim(self, cwd: str, args: tuple[str, ...]) -> Key | None:
        key = (cwd, args)
        with _lock:
            if key in _claimed:
                return None
            self.open[key] = _claimed[key] = (threading.Event(), [])
        return key

    def carry_out(self, found: Guess, top: Key | None) -> None:
        try:
            self._carry_out(found, top)
        finally:
            for key in list(self.open):  # not run: the run runs it itself
                self._give(key, None)

    def _carry_out(self, found: Guess, top: Key | None) -> None:
        claimed: dict[str, list[Key | None]] = {}

        def after_top(result: subprocess.CompletedProcess, _key: Key) -> None:
            if result.returncode != 0:
                return  # not a repository there: the run will say so itself
            root = os.path.abspath(os.fsdecode(result.stdout.rstrip(b"\n")))
            claimed["partial"] = [self.claim(root, PARTIAL_CLONE)]
            claimed["commits"] = [self.claim(root, commit_of(rev)) for rev in found.revisions
                                  if not rev.startswith("-")]
            listings = WORKTREE_LISTINGS if found.worktree else \
                WORKTREE_LISTINGS[:1] if found.staged else ()
            claimed["listings"] = [self.claim(root, args) for args in listings]

        self._run(top, after_top)
        partial = self._run(*claimed.get("partial", [None]))
        whole = partial is not None and partial.returncode == 1  # not a partial clone
        trees: dict[Key | None, Key | None] = {}  # a commit's -> its tree's listing

        def after_commit(result: subprocess.CompletedProcess, key: Key) -> None:
            if whole and result.returncode == 0:  # its trees are all in the clone
                trees[key] = self.claim(key[0], tree_listing(result.stdout.decode().strip()))

        for commit in claimed.get("commits", []):
            self._run(commit, after_commit)
            self._run(trees.get(commit))
        for listing in claimed.get("listings", []):
            self._run(listing)

    def _run(self, key: Key | None, before_giving: Callable[[subprocess.CompletedProcess, Key], None]
             | None = None) -> subprocess.CompletedProcess | None:
        """Run a claimed command; what `before_giving(result, key)` claims is claimed before
        the run can take its result and ask for the next command."""
        if key is None:
            return None
        try:
            result = subprocess.run(["git", *key[1]], cwd=key[0], env=self.env,
                                    capture_output=True, check=False)
        except OSError:
            result = None  # no git: the run will say so itself
        if result is not None and before_giving is not None:
            before_giving(result, key)
        self._give(key, result)
        return result

    def _give(self, key: Key, result: subprocess.CompletedProcess | None) -> None:
        done, box = self.open.pop(key)
        box.append((self.env, result))
        done.set()


def take(cwd: str, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess | None:
    """The result of this very command, in this directory with this environment, if it was
    started ahead (waiting for it to end); each result is taken once."""
    with _lock:
        entry = _claimed.pop((cwd, tuple(args)), None)
    if entry is None:
        return None
    done, box = entry
    done.wait()
    started_env, result = box[0]
    return result if started_env == env else None
