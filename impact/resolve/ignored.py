"""Which paths the `.gitignore` files of a revision ignore: build output and generated code
that an import may name although the revision never holds it."""

from __future__ import annotations

import posixpath


class IgnoredPaths:
    def __init__(self, gitignores: dict[str, bytes]):
        self.specs = [(posixpath.dirname(path), _spec(data)) for path, data in sorted(gitignores.items())]

    def ignores(self, path: str) -> bool:
        """Whether a `.gitignore` at or above the path's directory ignores it (or a parent)."""
        for directory, spec in self.specs:
            if directory and not path.startswith(directory + "/"):
                continue
            if spec.match_file(path[len(directory) + 1:] if directory else path):
                return True
        return False


def _spec(data: bytes):
    from pathspec import GitIgnoreSpec  # imported only where a .gitignore is

    return GitIgnoreSpec.from_lines(data.decode("utf-8", errors="replace").splitlines())
