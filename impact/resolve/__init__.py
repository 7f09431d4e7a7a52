"""Module resolution, one resolver per language family, all behind one interface.

A resolver answers `resolve_import(imp, importer)` with a tagged `Resolution`: the import
reaches a module of the repository (`Resolved`), names something outside it or that impact
does not resolve (`External`), or names a module of the repository that does not exist
(`Missing`). Which resolver serves a file is for its Language to say (impact/lang).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from impact.model import Import


@dataclass(frozen=True)
class Resolved:
    """An import reaches a module of the repository."""

    path: str  # a file, or a namespace package: a directory path ending in `/`
    unreadable: str = ""  # why impact cannot see what the module provides (compiled, ...)


@dataclass(frozen=True)
class External:
    """A specifier that names a package or something impact does not resolve. `reason`, when
    given, says why impact could not resolve a specifier that seemed to be the repository's.
    `declared`: the name is one the repository's own modules have or had, and no file of
    this revision is it, but the project declares a dependency (one it does not build)
    that installs it: a package moved out of the repository into a published distribution."""

    spec: str
    reason: str = ""
    declared: bool = False


@dataclass(frozen=True)
class Missing:
    """An import names a module of the repository that does not exist in this revision."""


Resolution = Resolved | External | Missing


class Resolver(Protocol):
    def resolve_import(self, imp: Import, importer: str) -> Resolution:
        """What an import of `importer` names."""


def parent_dirs(path: str) -> Iterator[str]:
    """Every ancestor directory of a repository path, nearest first (not the root '')."""
    directory = posixpath.dirname(path)
    while directory:
        yield directory
        directory = posixpath.dirname(directory)


@lru_cache(maxsize=8)
def ancestor_dirs(paths: frozenset[str]) -> frozenset[str]:
    """Every ancestor directory of any of the paths (not the root ''), each walked up once;
    worked out once per set of paths (each resolver of each revision asks)."""
    found: set[str] = set()
    for path in paths:  # repository paths: no trailing or doubled `/`, so rpartition is dirname
        directory = path.rpartition("/")[0]
        while directory and directory not in found:
            found.add(directory)
            directory = directory.rpartition("/")[0]
    return frozenset(found)


def nearest(directory: str, memo: dict[str, str | None],
            here: Callable[[str], str | None]) -> str | None:
    """`here(d)` for the nearest d, from `directory` up to the root '', where it is not None;
    memoised for every directory walked (a loop: a path may be thousands of levels deep)."""
    walked = []
    found = None
    while True:
        if directory in memo:
            found = memo[directory]
            break
        walked.append(directory)
        found = here(directory)
        if found is not None or not directory:
            break
        directory = posixpath.dirname(directory)
    memo.update(dict.fromkeys(walked, found))
    return found


LINK_HOPS = 40  # symbolic links followed in one path before it counts as a loop (as Linux)


class Links:
    """The symbolic links of a revision (path -> its target, as git stores it), followed
    as the operating system follows them, but never out of the repository."""

    def __init__(self, targets: Mapping[str, str] | None = None):
        self.targets = dict(targets or {})
        self._followed: dict[str, tuple[str | None, str, str]] = {}
        self._below_links = tuple(link + "/" for link in self.targets)

    def __bool__(self) -> bool:
        return bool(self.targets)

    def real_path(self, path: str) -> str | None:
        """`path` with every link on the way replaced by its target (it may name nothing);
        None when a link leads out of the repository or links loop."""
        if ".." not in path and path not in self.targets and not path.startswith(self._below_links):
            return path  # no link on the way (most paths a resolver tries: none exist)
        return self._follow(path)[0]

    def problem(self, path: str, exists: Callable[[str], bool]) -> str | None:
        """Why a path that names nothing names nothing, when a link on the way is to blame:
        `link: what is wrong with it` (it leads out of the repository, loops, or points to
        nothing `exists` knows)."""
        link = self.first_link(path)
        if link is None:
            return None
        real, why, culprit = self._follow(path)
        if real is None:
            return f"{culprit}: {why}"
        target = self.real_path(link)
        return None if target is not None and exists(target) else \
            f"{link}: points to nothing in this revision"

    def first_link(self, path: str) -> str | None:
        """The first link on the way to `path` (itself included), if any."""
        prefix = ""
        for part in path.split("/"):
            prefix = f"{prefix}/{part}" if prefix else part
            if prefix in self.targets:
                return prefix
        return None

    def _follow(self, path: str) -> tuple[str | None, str, str]:
        """(the real path or None, why None, the link followed last)."""
        if path not in self._followed:
            self._followed[path] = self._walk(path)
        return self._followed[path]

    def _walk(self, path: str) -> tuple[str | None, str, str]:
        done: list[str] = []
        pending = path.split("/")[::-1]  # a stack: the next component last
        hops, link = 0, ""
        while pending:
            part = pending.pop()
            if part in ("", "."):
                continue
            if part == "..":
                if not done:
                    return None, "leads outside the repository", link
                done.pop()
                continue
            done.append(part)
            target = self.targets.get("/".join(done))
            if target is None:
                continue
            hops, link = hops + 1, "/".join(done)
            if hops > LINK_HOPS:
                return None, "is part of a loop of symbolic links", link
            if target.startswith("/"):
                return None, "leads outside the repository", link
            done.pop()
            pending.extend(target.split("/")[::-1])
        return "/".join(done), "", link
