"""What impact decides by itself about a repository, with no configuration: the Python source
roots and packages, the languages, the package.json entry points (the public API of
JavaScript/TypeScript) and the tsconfig files. `impact diff -v` prints it with the effective
configuration; `impact init` writes it down as a starter `[tool.impact]`.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from dataclasses import dataclass

from impact.config import Config
from impact.lang import language_of
from impact.public_api import package_entry_points
from impact.resolve import Links
from impact.resolve.javascript import JsResolver
from impact.resolve.python import INIT_FILES, PythonResolver
from impact.snapshot import Snapshot

SHOWN = 10  # names listed per line before "and N more"


@dataclass(frozen=True)
class Detected:
    python_roots: tuple[str, ...]  # "" is the repository root
    python_packages: tuple[str, ...]  # top-level packages under the roots
    languages: dict[str, int]  # language -> number of source files
    packages: dict[str, tuple[str, ...]]  # package.json directory -> its entry modules
    tsconfigs: tuple[str, ...]


def detect(paths: frozenset[str], python: PythonResolver, js: JsResolver) -> Detected:
    roots = set(python.roots)
    packages = sorted({posixpath.dirname(path) for path in python.files
                       if posixpath.basename(path) in INIT_FILES
                       and posixpath.dirname(posixpath.dirname(path)) in roots})
    languages = Counter(language.name for language in map(language_of, paths) if language)
    tsconfigs = sorted(p for p in paths if _is_tsconfig(p))
    entries = {directory: tuple(sorted(found))
               for directory, found in sorted(package_entry_points(paths, js).items())}
    return Detected(python.roots, tuple(packages), dict(sorted(languages.items())), entries,
                    tuple(tsconfigs))


def detect_snapshot(snapshot: Snapshot, roots: tuple[str, ...] = ()) -> Detected:
    manifests = sorted(p for p in snapshot.paths if posixpath.basename(p) == "package.json")
    links = Links(snapshot.links)
    return detect(snapshot.paths, PythonResolver(snapshot.paths, roots, links),
                  JsResolver(snapshot.paths, snapshot.read(manifests), links=links))


def _is_tsconfig(path: str) -> bool:
    name = posixpath.basename(path)
    return name.startswith("tsconfig") and name.endswith(".json") and "node_modules/" not in path


def describe(detected: Detected, config: Config) -> list[str]:
    """What impact decided, one fact per line (for `impact diff -v`, on stderr)."""
    lines = [
        f"Python source roots: {listing(shown_root(r) for r in detected.python_roots)}",
        f"Python packages: {listing(detected.python_packages)}",
        "languages: " + (", ".join(f"{language} {count} file(s)"
                                   for language, count in detected.languages.items()) or "none"),
        f"package.json files: {listing(shown_root(d) + '/package.json' for d in detected.packages)}",
    ]
    lines += [f"  entry points of {shown_root(d)}/package.json: {listing(entries)}"
              for d, entries in detected.packages.items()]
    lines += [
        f"tsconfig files: {listing(detected.tsconfigs)}",
        "public API: " + ("configured: " + listing(config.public) if config.public is not None
                          else "automatic"),
        f"config file: {config.source or 'none'}",
        f"select: {listing(config.select)}; ignore: {listing(config.ignore)}",
        (f"include: {listing(config.include) if config.include is not None else 'everything'}; "
         f"exclude: {listing(config.exclude)}"),
        f"severity overrides: {listing(f'{code}={level}' for code, level in config.severity)}",
        f"max file size: {config.max_file_size:,} bytes",
    ]
    return lines


def shown_root(directory: str) -> str:
    return directory or "."


def listing(items) -> str:
    items = list(items)
    if not items:
        return "none"
    more = len(items) - SHOWN
    return ", ".join(items[:SHOWN]) + (f", and {more} more" if more > 0 else "")
