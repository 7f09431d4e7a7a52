"""Module resolution, one resolver per language family."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator


def parent_dirs(path: str) -> Iterator[str]:
    """Every ancestor directory of a repository path, nearest first (not the root '')."""
    directory = posixpath.dirname(path)
    while directory:
        yield directory
        directory = posixpath.dirname(directory)
