"""Which paths the `.gitignore` files of a revision ignore: build output and generated code
that an import may name although the revision never holds it. Also the matcher of
`exclude`/`include` in `[tool.impact]`, which are gitignore lines at the repository root.

Every line is read as git reads it (dir.c): a UTF-8 BOM is skipped, `#` starts a comment, a
CR before the newline and unescaped trailing spaces are dropped, a NUL ends the line, `!`
negates, a trailing `/` matches directories only, a pattern without `/` matches the name at
any depth, one with a `/` matches from the file's directory. The last matching line of the
deepest file decides, and a path inside an ignored directory is ignored whatever comes
after (git does not look into it). A line git accepts but that can match nothing (`!`, a
lone `\\`, `[z-a`) is skipped, and nothing else with it. The globs are git's wildmatch,
matched without backtracking (see wildmatch.py).
"""

from __future__ import annotations

import codecs
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass

from impact.resolve.wildmatch import GLOB_SPECIAL, Glob, Unmatchable, as_bytes_text, compile_glob

GITIGNORE = ".gitignore"
LITERAL_TAIL = re.compile(r"[^*?\[\]\\]*\Z")  # the end of a pattern that has no glob syntax


@dataclass(frozen=True)
class IgnorePattern:
    negative: bool
    directory_only: bool
    anywhere: bool  # no '/': matched against the last component, at any depth
    prefix: str  # the literal start of a pattern with a '/', compared as it is
    glob: Glob | None  # the rest (all of an `anywhere` pattern); None when the prefix is all
    # how every name an `anywhere` pattern matches ends (`*.fif`: `.fif`): most names of a
    # long .gitignore's `*.ext` lines are told apart by it, without the wildmatch
    tail: str = ""

    def matches(self, name: str, is_dir: bool) -> bool:
        """`name`: the path relative to the directory of the file the pattern is in."""
        if self.directory_only and not is_dir:
            return False
        if self.anywhere:
            last = name.rsplit("/", 1)[-1]
            return last.endswith(self.tail) and self.glob.matches(last)
        if not name.startswith(self.prefix):
            return False
        rest = name[len(self.prefix):]
        return self.glob.matches(rest) if self.glob is not None else not rest


def parse_pattern(line: str) -> IgnorePattern:
    """One line, already trimmed (`gitignore_lines`), as bytes text; or Unmatchable."""
    negative = line.startswith("!")
    body = line[1:] if negative else line
    directory_only = body.endswith("/")
    body = body[:-1] if directory_only else body
    if not body:
        raise Unmatchable("it is empty" if not negative else "'!' negates an empty pattern")
    if "/" not in body:
        tail = LITERAL_TAIL.search(body).group()
        return IgnorePattern(negative, directory_only, True, "", compile_glob(body), tail)
    body = body.removeprefix("/")
    literal = next((i for i, char in enumerate(body) if char in GLOB_SPECIAL), len(body))
    # git compares the literal start as it is and only then wildmatches the rest: so in
    # `dir/a**/b` the `**` starts the pattern it matches (it crosses '/'), as in git
    glob = compile_glob(body[literal:]) if literal < len(body) else None
    return IgnorePattern(negative, directory_only, False, body[:literal], glob)


def gitignore_lines(data: bytes) -> list[str]:
    """The pattern lines of a `.gitignore`, as bytes text, as git cuts them."""
    data = data.removeprefix(codecs.BOM_UTF8)
    lines = []
    for line in data.split(b"\n"):
        if not line or line.startswith(b"#"):
            continue
        line = line.removesuffix(b"\r").split(b"\0", 1)[0]
        lines.append(_trim_trailing_spaces(line).decode("latin-1"))
    return lines


def config_line(text: str) -> str:
    """A pattern of `[tool.impact]` (text) as a trimmed gitignore line (bytes text)."""
    return _trim_trailing_spaces(as_bytes_text(text).encode("latin-1")).decode("latin-1")


def _trim_trailing_spaces(line: bytes) -> bytes:
    """Without its trailing spaces, except one a backslash escapes."""
    stripped = line.rstrip(b" ")
    backslashes = len(stripped) - len(stripped.rstrip(b"\\"))
    return line[:len(stripped) + 1] if backslashes % 2 and stripped != line else stripped


def _usable(lines: Iterable[str]) -> list[IgnorePattern]:
    patterns = []
    for line in lines:
        try:
            patterns.append(parse_pattern(line))
        except Unmatchable:
            continue  # matches nothing, as in git
    return patterns


class IgnoredPaths:
    """The verdict of the `.gitignore` files of a revision on any path (as a file)."""

    def __init__(self, gitignores: dict[str, bytes]):
        self.files = {as_bytes_text(posixpath.dirname(path)): data
                      for path, data in gitignores.items()}
        self.patterns: dict[str, list[IgnorePattern]] = {}  # read when first needed
        self._directories: dict[str, bool] = {}
        self._files: dict[str, bool] = {}  # the same probes come from many imports
        # (directory, last component, is a directory) -> the index of the last line of the
        # directory's file without '/' that matches it, -1 if none: probes share last components
        self._last_anywhere: dict[tuple[str, str, bool], int] = {}
        self._anchored: dict[str, list[int]] = {}  # directory -> its lines with '/', last first

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> IgnoredPaths:
        """Lines of one gitignore file at the repository root (as text, not bytes)."""
        rules = cls({})
        rules.patterns[""] = _usable(map(config_line, lines))
        return rules

    def _patterns_in(self, directory: str) -> list[IgnorePattern]:
        if directory not in self.patterns:
            data = self.files.get(directory)
            self.patterns[directory] = _usable(gitignore_lines(data)) if data is not None else []
        return self.patterns[directory]

    def ignores(self, path: str) -> bool:
        """Whether the file at `path` is ignored: by a pattern, or inside an ignored directory."""
        if path not in self._files:
            self._files[path] = self._ignores(as_bytes_text(path).lstrip("/"))  # `/x` is `x`
        return self._files[path]

    def _ignores(self, path: str) -> bool:
        directory = posixpath.dirname(path)
        if directory and self._directory_ignored(directory):
            return True
        return self._matched(path, False)

    def _directory_ignored(self, directory: str) -> bool:
        """Whether git ignores the directory or one above it (it then looks no further)."""
        pending = []
        while directory and directory not in self._directories:
            pending.append(directory)
            directory = posixpath.dirname(directory)
        ignored = self._directories.get(directory, False)
        for inner in reversed(pending):  # from the top down
            ignored = ignored or self._matched(inner, True)
            self._directories[inner] = ignored
        return ignored

    def _matched(self, path: str, is_dir: bool) -> bool:
        """The verdict of the last matching line of the deepest file above `path`."""
        directory = path
        while directory:
            directory = posixpath.dirname(directory)
            name = path[len(directory) + 1:] if directory else path
            found = self._last_match(directory, name, is_dir)
            if found is not None:
                return not found.negative
        return False

    def _last_match(self, directory: str, name: str, is_dir: bool) -> IgnorePattern | None:
        """The last line of the file in `directory` that matches `name` (relative to it)."""
        patterns = self._patterns_in(directory)
        if not patterns:
            return None
        if directory not in self._anchored:
            self._anchored[directory] = [i for i in reversed(range(len(patterns)))
                                         if not patterns[i].anywhere]
        last = name.rsplit("/", 1)[-1]
        key = (directory, last, is_dir)
        if key not in self._last_anywhere:
            self._last_anywhere[key] = next(
                (i for i in reversed(range(len(patterns)))
                 if patterns[i].anywhere and patterns[i].matches(last, is_dir)), -1)
        best = self._last_anywhere[key]
        for index in self._anchored[directory]:
            if index < best:
                break
            if patterns[index].matches(name, is_dir):
                return patterns[index]
        return patterns[best] if best >= 0 else None
