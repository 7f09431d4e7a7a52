"""Configuration: `[tool.impact]` of the head revision, merged with the command line.

Read from the head revision's `impact.toml` (top-level keys) or else `pyproject.toml`
(`[tool.impact]`), or from the file `--config` names instead. Keys:

- `roots`: extra Python source roots, for layouts impact does not detect by itself;
- `public`: the modules whose names are public API (paths, directories ending in `/`, or
  glob patterns); this replaces the automatic public-API model;
- `include` / `exclude`: gitignore-style patterns (git's rules, resolve/ignored.py) of the
  files impact reports findings in. An excluded file is still read and still resolves: an import OF it
  is checked against what it really provides (no false IMP102), only findings located IN it
  are dropped — "do not lint these files", as in ruff and eslint;
- `select` / `ignore`: finding codes or prefixes (`IMP2`); the most specific match wins,
  `ignore` on a tie;
- `severity`: `{ IMP105 = "warning" }`, per code or prefix (most specific wins);
- `max-file-size`: bytes; larger files are skipped with an IMP301 warning.

Unknown keys and wrong types are a one-line error naming the key and the file.
Command-line flags override the file: `--select` replaces `select` and `ignore`, `--ignore`
and `--exclude` add to theirs, `--config` replaces the repository's file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from impact.checks import RULES
from impact.facts import DEFAULT_MAX_FILE_SIZE
from impact.resolve.ignored import IgnoredPaths, config_line, parse_pattern
from impact.resolve.wildmatch import Unmatchable
from impact.snapshot import ImpactError, Snapshot

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SEVERITIES = ("error", "warning")
SELECTOR = re.compile(r"IMP\d{0,3}")
REPO_FILES = (("impact.toml", ()), ("pyproject.toml", ("tool", "impact")))


@dataclass(frozen=True)
class Config:
    """The effective configuration; `source` says where it came from ("" for none)."""

    source: str = ""
    roots: tuple[str, ...] = ()
    public: tuple[str, ...] | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    select: tuple[str, ...] = ("IMP",)
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    problems: tuple[str, ...] = ()  # configuration files of the repository impact could not read

    @cached_property
    def _excluded(self) -> IgnoredPaths:
        return IgnoredPaths.from_lines(self.exclude)

    @cached_property
    def _included(self) -> IgnoredPaths:
        return IgnoredPaths.from_lines(self.include or ())

    def is_excluded(self, path: str) -> bool:
        """Whether findings in this file are dropped (`exclude` wins over `include`)."""
        if self.include is not None and not self._included.ignores(path):
            return True
        return bool(self.exclude) and self._excluded.ignores(path)

    def is_selected(self, code: str) -> bool:
        return _longest_prefix(code, self.select) > _longest_prefix(code, self.ignore)

    def severity_of(self, code: str, default: str) -> str:
        matching = [(len(prefix), level) for prefix, level in self.severity if code.startswith(prefix)]
        return max(matching)[1] if matching else default


@dataclass(frozen=True)
class Overrides:
    """What the command line says; each list may hold comma-separated values, like ruff."""

    config_file: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @classmethod
    def from_flags(cls, config_file: Path | None = None, select: Iterable[str] | None = None,
                   ignore: Iterable[str] | None = None, exclude: Iterable[str] | None = None
                   ) -> Overrides:
        return cls(config_file, _split(select) if select else None, _split(ignore), _split(exclude))


def load_config(snapshot: Snapshot, overrides: Overrides = Overrides()) -> Config:
    problems: tuple[str, ...] = ()
    if overrides.config_file is not None:
        section, source, where = _file_section(overrides.config_file)
    else:
        section, source, where, problems = _repository_section(snapshot)
    config = _with_overrides(parse_config(section, source, where), overrides)
    return replace(config, problems=problems)


def parse_config(section: dict, source: str, where: str) -> Config:
    """Validate a `[tool.impact]` table; `where` prefixes every error ("pyproject.toml: [tool.impact]")."""
    values = {}
    for key, value in section.items():
        if key not in SCHEMA:
            raise ImpactError(f"{where} unknown key '{key}' (known: {', '.join(SCHEMA)})")
        attribute, validate = SCHEMA[key]
        values[attribute] = validate(value, f"{where} {key}")
    return Config(source=source, **values)


def _with_overrides(config: Config, overrides: Overrides) -> Config:
    select, ignore = config.select, config.ignore + _selectors(overrides.ignore, "--ignore")
    if overrides.select is not None:
        select, ignore = _selectors(overrides.select, "--select"), _selectors(overrides.ignore, "--ignore")
    exclude = config.exclude + _patterns(overrides.exclude, "--exclude")
    return replace(config, select=select, ignore=ignore, exclude=exclude)


# -- the schema: key -> (Config attribute, validator returning the value to store) ----------


def _strings(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ImpactError(f"{what} must be a list of strings")
    return tuple(value)


def _roots(value: object, what: str) -> tuple[str, ...]:
    return tuple(root.strip("/") for root in _strings(value, what))


def _patterns(value: object, what: str) -> tuple[str, ...]:
    patterns = _strings(value, what)
    for pattern in patterns:
        problem = _pattern_problem(pattern)
        if problem:
            raise ImpactError(f"{what}: invalid gitignore-style pattern {pattern!r} ({problem})")
    return patterns


def _pattern_problem(pattern: str) -> str | None:
    """Why a pattern is no use as one gitignore line, if it is not."""
    if any(char in pattern for char in "\n\r\0"):
        return "a line break or NUL in it"
    if pattern.startswith("#"):
        return "a comment in a .gitignore; write \\# for a name that starts with #"
    try:
        parse_pattern(config_line(pattern))
    except Unmatchable as problem:
        return f"it matches nothing: {problem}"
    return None


def _selectors(value: object, what: str) -> tuple[str, ...]:
    codes = _strings(value, what)
    for code in codes:
        if not is_code_prefix(code):
            raise ImpactError(f"{what}: unknown finding code or prefix '{code}' (see `impact rules`)")
    return codes


def _severity(value: object, what: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ImpactError(f"{what} must be a table of code = \"error\" | \"warning\"")
    for code, level in value.items():
        if not is_code_prefix(code):
            raise ImpactError(f"{what}: unknown finding code or prefix '{code}' (see `impact rules`)")
        if level not in SEVERITIES:
            raise ImpactError(f"{what}.{code} must be \"error\" or \"warning\", not {level!r}")
    return tuple(sorted(value.items()))


def _size(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ImpactError(f"{what} must be a positive number of bytes")
    return value


SCHEMA: dict[str, tuple[str, Callable[[object, str], object]]] = {
    "roots": ("roots", _roots),
    "public": ("public", _strings),
    "include": ("include", _patterns),
    "exclude": ("exclude", _patterns),
    "select": ("select", _selectors),
    "ignore": ("ignore", _selectors),
    "severity": ("severity", _severity),
    "max-file-size": ("max_file_size", _size),
}


def is_code_prefix(code: str) -> bool:
    return bool(SELECTOR.fullmatch(code)) and any(known.startswith(code) for known in RULES)


def _longest_prefix(code: str, prefixes: tuple[str, ...]) -> int:
    return max((len(p) for p in prefixes if code.startswith(p)), default=-1)


def _split(values: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(part.strip() for value in values or () for part in value.split(",") if part.strip())


# -- reading the files ------------------------------------------------------------------------


def _repository_section(snapshot: Snapshot) -> tuple[dict, str, str, tuple[str, ...]]:
    """The section, its source, the prefix of its errors, and why a file could not be read."""
    problems = []
    for name, path in REPO_FILES:
        if name not in snapshot.blobs:
            continue
        try:
            document = _toml(snapshot.read([name]).get(name, b""), name)
        except UnreadableToml as problem:
            problems.append(f"{problem}; impact goes on without it")
            continue
        section = _table_at(document, path, name)
        if section is not None:
            return section, name, _where(name, path), tuple(problems)
    return {}, "", "", tuple(problems)


def _file_section(config_file: Path) -> tuple[dict, str, str]:
    """`--config FILE`: a pyproject.toml-like file with [tool.impact], or impact.toml's layout."""
    try:
        data = config_file.read_bytes()
    except OSError as error:
        raise ImpactError(f"cannot read config file {config_file}: {error.strerror}") from None
    document = _toml(data, str(config_file))
    path = ("tool", "impact") if "tool" in document else ()
    section = _table_at(document, path, str(config_file))
    if section is None:
        raise ImpactError(f"{config_file}: no [tool.impact] table")
    return section, str(config_file), _where(str(config_file), path)


class UnreadableToml(ImpactError):
    """Valid TOML, maybe, but nested too deeply (or too large) for the parser."""


def _toml(data: bytes, name: str) -> dict:
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ImpactError(f"{name}: not valid TOML ({error})") from None
    except (RecursionError, MemoryError):
        raise UnreadableToml(f"{name} is nested too deeply (or is too large) to be read") from None


def _table_at(document: dict, path: tuple[str, ...], name: str) -> dict | None:
    for key in path:
        if key not in document:
            return None
        document = document[key]
        if not isinstance(document, dict):
            raise ImpactError(f"{name}: [{'.'.join(path)}] must be a table")
    return document


def _where(name: str, path: tuple[str, ...]) -> str:
    return f"{name}: [{'.'.join(path)}]" if path else f"{name}:"

