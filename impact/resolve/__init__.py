"""Module resolution, one resolver per language family."""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator


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
