"""`impact init`: a commented starter configuration written from what impact detected.

Into `pyproject.toml` as `[tool.impact]` (through tomlkit, so every other byte of the file,
comments and formatting included, stays as it was), or into a new `impact.toml` when the
repository has no `pyproject.toml`. The active keys it writes are the defaults, so the
findings stay the same; what impact detected is written as comments, ready to be turned
into settings. An existing configuration is kept unless `force` is given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import tomlkit
from tomlkit.items import Table

from impact.detect import Detected, listing, shown_root
from impact.facts import DEFAULT_MAX_FILE_SIZE
from impact.public_api import is_test_path
from impact.snapshot import ImpactError


@dataclass(frozen=True)
class InitPlan:
    path: Path  # the file to write
    text: str  # its new content
    section: str  # the configuration alone, as it appears in that file


def plan_init(root: Path, detected: Detected, force: bool) -> InitPlan:
    impact_toml, pyproject = root / "impact.toml", root / "pyproject.toml"
    if impact_toml.is_file():
        if not force:
            raise ImpactError("impact.toml already exists (use --force to replace it)")
        return _bare(impact_toml, detected)
    if not pyproject.is_file():
        return _bare(impact_toml, detected)
    try:
        document = tomlkit.parse(pyproject.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomlkit.exceptions.ParseError) as error:
        raise ImpactError(f"pyproject.toml: not valid TOML ({error})") from None
    if "tool" not in document:
        document["tool"] = tomlkit.table(is_super_table=True)
    elif "impact" in document["tool"] and not force:
        raise ImpactError("pyproject.toml already has a [tool.impact] section (use --force to replace it)")
    document["tool"]["impact"] = starter_table(detected)
    section = tomlkit.document()
    section.add("tool", tomlkit.table(is_super_table=True))
    section["tool"]["impact"] = starter_table(detected)
    return InitPlan(pyproject, tomlkit.dumps(document), tomlkit.dumps(section))


def _bare(path: Path, detected: Detected) -> InitPlan:
    document = tomlkit.document()
    for key, item in starter_table(detected).value.body:
        if key is None:
            document.add(item)
        else:
            document.add(key, item)
    text = tomlkit.dumps(document)
    return InitPlan(path, text, text)


def starter_table(detected: Detected) -> Table:
    table = tomlkit.table()
    for line in _header(detected):
        table.add(tomlkit.comment(line) if line else tomlkit.nl())
    _option(table, "Extra Python source roots, for layouts impact does not find by itself:",
            "roots", ["services/api"])
    _option(table, "The public API, replacing the automatic model (modules, directories ending "
                   "in /, globs):", "public", _public_guess(detected))
    _option(table, "gitignore-style patterns of files to report nothing in (they still resolve "
                   "as imports):", "exclude", [], active=True)
    _option(table, "... and of the only files to report in:", "include", ["src/"])
    _option(table, "Finding codes or prefixes to report, and to leave out (`impact rules` lists "
                   "them):", "select", ["IMP"], active=True)
    table.add("ignore", tomlkit.array())
    _option(table, "Severity per code or prefix (\"error\" fails the run, \"warning\" does not):",
            "severity", None, example='{ IMP105 = "warning" }')
    _option(table, "Files larger than this many bytes are skipped with an IMP301 warning:",
            "max-file-size", DEFAULT_MAX_FILE_SIZE)
    table.add(tomlkit.nl())
    return table


def _header(detected: Detected) -> list[str]:
    entries = sorted({entry for found in detected.packages.values() for entry in found})
    return [
        "Written by `impact init` from what impact detected by itself. Every key is optional",
        "and the values below are the defaults; see the README, section Configuration.",
        "",
        (f"Detected Python source roots: {listing(shown_root(r) for r in detected.python_roots)}"
         f" (packages: {listing(detected.python_packages)})"),
        "Detected languages: " + (", ".join(f"{language} {count} file(s)" for language, count
                                            in detected.languages.items()) or "none"),
        f"Detected package.json entry points: {listing(entries)}",
        f"Detected tsconfig files: {listing(detected.tsconfigs)}",
        "",
    ]


def _option(table: Table, explanation: str, key: str, value: object, active: bool = False,
            example: str | None = None) -> None:
    table.add(tomlkit.comment(explanation))
    if active:
        table.add(key, value)
    else:
        table.add(tomlkit.comment(f"{key} = {example or _toml_value(value)}"))


def _toml_value(value: object) -> str:
    return json.dumps(value) if isinstance(value, list) else str(value)


def _public_guess(detected: Detected) -> list[str]:
    """Packages and entry points, never tests (a `tests/` package, a `*.test.ts` entry)."""
    entries = {entry for found in detected.packages.values() for entry in found
               if not is_test_path(entry)}
    return sorted(f"{package}/" for package in detected.python_packages
                  if not is_test_path(f"{package}/__init__.py")) + sorted(entries)
