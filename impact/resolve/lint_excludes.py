"""Which Python files the project's own linters leave out, read from the repository root.

Four places say it: the top-level `exclude` of `.pre-commit-config.yaml` (a regular
expression searched in the path; every hook skips what it matches), ruff's `exclude` and
`extend-exclude` (`[tool.ruff]` of `pyproject.toml`, or `ruff.toml` / `.ruff.toml`),
flake8's `exclude` and `extend-exclude` (`[flake8]` of `.flake8`, `setup.cfg` or `tox.ini`) and
mypy's `exclude` (regular expressions searched in the path: `[mypy]` of `mypy.ini` or
`.mypy.ini`, else `[tool.mypy]` of `pyproject.toml`, a string or a list; else `[mypy]` of
`setup.cfg`).
A ruff or flake8 pattern is a glob matched, as those tools match it, against the name of the
file or of a directory above it, or against its path from the root. A hook's own `exclude`
is not read: it often leaves out vendored or generated code that still runs. A config that
cannot be read (bad YAML, TOML, INI or regular expression) says nothing.
"""

from __future__ import annotations

import fnmatch
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from impact.resolve import parent_dirs

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

PRE_COMMIT = ".pre-commit-config.yaml"
RUFF_FILES = ("ruff.toml", ".ruff.toml")
PYPROJECT = "pyproject.toml"
FLAKE8_FILES = (".flake8", "setup.cfg", "tox.ini")
MYPY_FILES = ("mypy.ini", ".mypy.ini", PYPROJECT, "setup.cfg")  # in the order mypy looks
CONFIG_FILES = frozenset({PRE_COMMIT, *RUFF_FILES, PYPROJECT, *FLAKE8_FILES, *MYPY_FILES})
EXCLUDE_KEYS = ("exclude", "extend-exclude")


@dataclass(frozen=True)
class LintExcludes:
    regexes: tuple[re.Pattern[str], ...] = ()  # searched in the path
    globs: tuple[str, ...] = ()  # fnmatch patterns: a name, or a path from the root

    def excludes(self, path: str) -> bool:
        """Whether a linter of the project leaves the file `path` out."""
        if any(regex.search(path) for regex in self.regexes):
            return True
        candidates = (path, *parent_dirs(path))
        return any(fnmatch.fnmatchcase(candidate, glob) or
                   fnmatch.fnmatchcase(candidate.rsplit("/", 1)[-1], glob)
                   for glob in self.globs for candidate in candidates if candidate)


def lint_excludes(read: Callable[[list[str]], dict[str, bytes]]) -> LintExcludes:
    """The excludes of the root's linter configs; `read` gives the contents of those that exist."""
    contents = {path: data.decode("utf-8", errors="replace")
                for path, data in read(sorted(CONFIG_FILES)).items()}
    regex = _pre_commit_exclude(contents.get(PRE_COMMIT))
    regexes = [*((regex,) if regex is not None else ()), *_mypy_excludes(contents)]
    globs = [*_ruff_excludes(contents), *_flake8_excludes(contents)]
    return LintExcludes(tuple(regexes),
                        tuple(g.strip().strip("/").removeprefix("./") for g in globs if g.strip()))


def _pre_commit_exclude(text: str | None) -> re.Pattern[str] | None:
    if text is None:
        return None
    import yaml  # only for a repository with a pre-commit config: it takes long to import

    try:
        document = yaml.safe_load(text)
        pattern = document.get("exclude") if isinstance(document, dict) else None
        return re.compile(pattern) if isinstance(pattern, str) and pattern else None
    except (yaml.YAMLError, re.error, RecursionError):
        return None


def _ruff_excludes(contents: dict[str, str]) -> Iterable[str]:
    for path in (*RUFF_FILES, PYPROJECT):
        if path not in contents:
            continue
        try:
            document = tomllib.loads(contents[path])
        except tomllib.TOMLDecodeError:
            continue
        table = document.get("tool", {}).get("ruff") if path == PYPROJECT else document
        if isinstance(table, dict):
            for key in EXCLUDE_KEYS:
                value = table.get(key)
                yield from (v for v in value if isinstance(v, str)) if isinstance(value, list) else ()
            return  # ruff reads the first config it finds


def _flake8_excludes(contents: dict[str, str]) -> Iterable[str]:
    import configparser  # only when there is a flake8 config to read

    for path in FLAKE8_FILES:
        if path not in contents:
            continue
        parser = configparser.RawConfigParser(strict=False)
        try:
            parser.read_string(contents[path])
        except configparser.Error:
            continue
        if parser.has_section("flake8"):
            for key in EXCLUDE_KEYS:
                yield from parser.get("flake8", key, fallback="").replace("\n", ",").split(",")
            return  # flake8 reads one config file


def _mypy_excludes(contents: dict[str, str]) -> Iterable[re.Pattern[str]]:
    """The `exclude` patterns of the first config mypy reads that has a mypy section."""
    for path in MYPY_FILES:
        patterns = _mypy_patterns(path, contents[path]) if path in contents else None
        if patterns is not None:
            for pattern in patterns:
                try:
                    yield re.compile(pattern)
                except re.error:
                    continue
            return


def _mypy_patterns(path: str, text: str) -> list[str] | None:
    """The `exclude` of the file's mypy section ([] without one), None when it has none."""
    if path == PYPROJECT:
        try:
            table = tomllib.loads(text).get("tool", {}).get("mypy")
        except tomllib.TOMLDecodeError:
            return None
        if not isinstance(table, dict):
            return None
        value = table.get("exclude", [])
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [v for v in values if isinstance(v, str) and v]
    import configparser  # only when there is an INI config to read

    parser = configparser.RawConfigParser(strict=False)
    try:
        parser.read_string(text)
    except configparser.Error:
        return None
    if not parser.has_section("mypy"):
        return None
    value = parser.get("mypy", "exclude", fallback="").strip()
    return [value] if value else []
