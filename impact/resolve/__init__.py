"""Module resolution, one resolver per language family."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Iterator


def parent_dirs(path: str) -> Iterator[str]:
    """Every ancestor directory of a repository path, nearest first (not the root '')."""
    directory = posixpath.dirname(path)
    while directory:
        yield directory
        directory = posixpath.dirname(directory)


def ancestor_dirs(paths: Iterable[str]) -> frozenset[str]:
    """Every ancestor directory of any of the paths (not the root ''), each walked up once."""
    found: set[str] = set()
    for path in paths:
        directory = posixpath.dirname(path)
        while directory and directory not in found:
            found.add(directory)
            directory = posixpath.dirname(directory)
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
