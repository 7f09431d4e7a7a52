"""The public API of one snapshot: which (module, name) pairs other code may rely on.

Python: a module's `__all__` when it has one, else its top-level definitions without a
leading underscore, in modules inside packages whose path has no private (`_x`) part, whose
name an import statement can spell (not Django's migration `0004_auto.py`) and that are not
tests nor example code (top-level `docs/`, `examples/`); names a package's
`__init__` re-exports are public through it too.
JavaScript/TypeScript: what the `package.json` entry points expose (`exports` with
subpaths and conditions, `main`, `module`, `types`; `index.*` when none is given), followed
through re-exports; in files under no `package.json`, every module's exports. Code outside
the repository cannot use a package whose `package.json` says `"private": true` (npm never
publishes it): a break of its API that reaches no in-repo consumer is no finding.
`[tool.impact] public = [...]` replaces both: the listed modules' names are the public API.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from impact.graph import SymbolGraph
from impact.lang import PublicApi
from impact.model import Definition, Site
from impact.resolve import parent_dirs
from impact.resolve.javascript import JsResolver

TEST_DIRS = {"tests", "test", "testing", "__tests__"}
# top-level directories of a repository whose packages are not the project's API: the
# documentation's example code (litestar's docs/examples/ are packages), end-to-end test
# scripts (streamlit's e2e_playwright/) and benchmarks (asv's benchmarks/)
NOT_API_DIRS = re.compile(r"docs?|examples?|benchmarks?|e2e([_-].*)?")
DJANGO_PROJECT_MARKER = "manage.py"
DJANGO_SETTINGS_MARKERS = frozenset({"INSTALLED_APPS", "ROOT_URLCONF"})
# `tests.py`: a Django app's test module
TEST_FILE = re.compile(r"^(test_[^/]*\.py|[^/]*_test\.py|tests\.py|conftest\.py|[^/]*\.(test|spec)\.[cm]?[jt]sx?)$")


@dataclass(frozen=True)
class PublicSymbol:
    module: str  # the module it is public through
    name: str
    defined_in: str  # the module that defines it
    site: Site  # of its definition (or of the export, when impact cannot follow it)
    definition: Definition | None


def public_symbols(graph: SymbolGraph,
                   modules: Mapping[str, frozenset[str] | None] | Iterable[str] | None = None
                   ) -> list[PublicSymbol]:
    """Public symbols of the given modules (default: all); given as a mapping, only the
    names it gives each module (None: all of them)."""
    symbols: list[PublicSymbol] = []
    packages = _package_roots(graph)
    wanted = modules if isinstance(modules, Mapping) else {}
    selected = graph.facts if modules is None else [m for m in modules if m in graph.facts]
    for path in sorted(selected):
        only = wanted.get(path)
        policy = graph.language_of(path).public_api
        if graph.public_modules is not None:
            names = _configured_public_names(graph, path, policy)
        elif policy is PublicApi.PUBLIC_PACKAGES:
            names = _python_public_names(graph, path)
        else:
            names = _js_public_names(graph, path, packages)
        for name in sorted(names if only is None else names & only):
            origin = graph.export_origin(path, name)
            if origin is None:
                continue
            defined_in, site = origin
            symbols.append(PublicSymbol(path, name, defined_in, site,
                                        _definition_at(graph, defined_in, name, site)))
    return symbols


def outside_code_may_use(graph: SymbolGraph, module: str) -> bool:
    """Whether code outside the repository may import `module`: not when it is JavaScript or
    TypeScript of a package whose `package.json` says `"private": true`, nor Python of a
    Django project (a `manage.py` in its directory or above: an application, run by Django,
    that no other code installs and imports), when no `public` is configured."""
    if graph.public_modules is not None:
        return True
    if graph.language_of(module).public_api is not PublicApi.PACKAGE_ENTRY_POINTS:
        return not any(posixpath.join(d, DJANGO_PROJECT_MARKER).lstrip("/") in graph.paths
                       for d in (*parent_dirs(module), ""))
    manifests = graph.js.manifests
    owner = next((d for d in (*parent_dirs(module), "") if d in manifests), None)
    return owner is None or manifests[owner].get("private") is not True


def _definition_at(graph: SymbolGraph, module: str, name: str, site: Site) -> Definition | None:
    """The definition a public name resolves to (`export default f` is the definition of f)."""
    facts = graph.facts.get(module)
    definitions = facts.definitions if facts else ()
    return next((d for d in definitions if d.site == site), None) or \
        graph.definition(module, name)


def _configured_public_names(graph: SymbolGraph, path: str, policy: PublicApi) -> set[str]:
    if not any(_matches(path, pattern) for pattern in graph.public_modules):
        return set()
    if policy is PublicApi.PACKAGE_ENTRY_POINTS:
        return set(graph.exports(path).names)
    return _python_module_names(graph, path)


def _matches(path: str, pattern: str) -> bool:
    pattern = pattern.removeprefix("./")
    if pattern.endswith("/"):
        return path.startswith(pattern)
    return path == pattern or fnmatch.fnmatchcase(path, pattern)


# -- Python ------------------------------------------------------------------------------


def is_test_path(path: str) -> bool:
    """A test module, or anything in a test directory (`tests/`, `__tests__/`, ...)."""
    directory, filename = posixpath.split(path)
    parts = directory.split("/") if directory else []
    return any(part in TEST_DIRS for part in parts) or bool(TEST_FILE.search(filename))


def is_public_python_module(graph: SymbolGraph, path: str) -> bool:
    directory, filename = posixpath.split(path)
    parts = directory.split("/") if directory else []
    if any(part.startswith("_") for part in parts) or is_test_path(path) or \
            parts and NOT_API_DIRS.fullmatch(parts[0]):
        return False
    if filename.startswith("_") and not filename.startswith("__init__."):
        return False
    if not filename.partition(".")[0].isidentifier():
        return False  # no import statement can name it (a migration `0004_auto.py`, `run-me.py`)
    return graph.python.is_package(directory)


def _python_public_names(graph: SymbolGraph, path: str) -> set[str]:
    if not is_public_python_module(graph, path) or is_django_settings(graph, path):
        return set()
    facts = graph.facts[path]
    declared = graph.dunder_all(path)
    if declared is not None and declared.complete:
        return set(declared.names)
    names = _python_module_names(graph, path)
    if path.endswith(("__init__.py", "__init__.pyi")):  # relative re-exports of a package
        names |= {i.local for i in facts.imports  # at module level, not inside a function
                  if i.level and i.local and not i.local.startswith("_") and i.local in facts.bindings}
    return names


def is_django_settings(graph: SymbolGraph, path: str) -> bool:
    """A Django settings module: it sets `INSTALLED_APPS` or `ROOT_URLCONF`, or star-imports
    one (`from .base import *` in `settings/production.py`), directly or not. Django reads it
    by the name DJANGO_SETTINGS_MODULE gives, through `django.conf.settings`; no code imports
    its variables as an API, so a setting removed is no break of public API (a module of the
    repository that imports it is still reported, as any import)."""
    pending, seen = [path], {path}
    while pending:  # chains of star imports may be thousands long: no recursion
        module = pending.pop()
        facts = graph.facts.get(module)
        if facts is None:
            continue
        if any(d.name in DJANGO_SETTINGS_MARKERS for d in facts.definitions):
            return True
        for imp in facts.imports:
            target = graph.target(module, imp) if imp.imported == "*" else None
            if target is not None and target not in seen:
                seen.add(target)
                pending.append(target)
    return False


def _python_module_names(graph: SymbolGraph, path: str) -> set[str]:
    """A module's `__all__`, or else its definitions without a leading underscore."""
    declared = graph.dunder_all(path)
    if declared is not None and declared.complete:
        return set(declared.names)
    return {d.name for d in graph.facts[path].definitions if not d.name.startswith("_")}


# -- JavaScript / TypeScript --------------------------------------------------------------


def _package_roots(graph: SymbolGraph) -> dict[str, frozenset[str]]:
    return package_entry_points(graph.paths, graph.js)


def package_entry_points(paths: Iterable[str], js: JsResolver) -> dict[str, frozenset[str]]:
    """package.json directory -> its entry modules (outside node_modules)."""
    roots = {}
    for path in paths:
        if path.endswith("package.json") and posixpath.basename(path) == "package.json" and \
                "node_modules/" not in path:
            directory = posixpath.dirname(path)
            roots[directory] = js.package_entries(directory)
    return roots


def same_entry(base: SymbolGraph, head: SymbolGraph, module: str) -> str | None:
    """The file an import of a package reaches in head, when in base it reached `module`, which
    head no longer has (`main` moved from `index.ts` to `src/index.ts`): the package's
    importers name the package, not its files."""
    if base.language_of(module).public_api is not PublicApi.PACKAGE_ENTRY_POINTS:
        return None
    owner = next((d for d in (*parent_dirs(module), "") if d in base.js.manifests), None)
    if owner is None or owner not in head.js.manifests:
        return None
    subpaths = [s for s in base.js.entry_subpaths(owner) if base.js.subpath_file(owner, s) == module]
    return next((found for s in subpaths if (found := head.js.subpath_file(owner, s)) in head.facts), None)


def _js_public_names(graph: SymbolGraph, path: str, packages: dict[str, frozenset[str]]) -> set[str]:
    owner = next((d for d in (*parent_dirs(path), "") if d in packages), None)
    if owner is not None and path not in packages[owner]:
        return set()
    return set(graph.exports(path).names)
