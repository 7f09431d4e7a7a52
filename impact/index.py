"""The index of a revision: what each of its files contributes to what the whole revision
knows, kept in the facts cache so that a warm run loads only the facts the change needs.

Rules look at more than the files they check: who imports a module and which of its names
(impact/affected.py), which files declare HTTP routes and requests (checks/http/), and which
names the JavaScript files bind anywhere (checks/names.py). Computing that takes every
file's facts; reading it back takes one cache entry. An index is keyed by every path and
blob id of its revision and the settings that steer resolution (as facts are keyed by
content), so a revision has one index wherever it was seen: in another run, on another
branch, in another clone sharing the cache directory.

A revision the cache has no index of gets one from a revision it has: the other revision's
index, with the contributions of the files that differ taken out and theirs put in. That
is exact only when each other file resolves its imports as before, so the files that differ
are the changed ones, the importers of npm packages the change makes resolve differently,
and, when paths were added or removed, the files that name one of them (naming_moved_modules).
When that cannot be told (a file that steers resolution changed, a file added or removed
that a JavaScript/TypeScript configuration maps a specifier to without naming it, a symbolic
link), every file is checked anyway, or the index is built from every file.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from impact.http import may_be_routed_by_path
from impact.lang import LANGUAGES, Language, language_of
from impact.model import Import
from impact.records import Codec
from impact.resolve import javascript as js_resolution
from impact.resolve import python as py_resolution
from impact.resolve.js_packages import split_package_name
from impact.resolve.mapped_paths import MappedPaths, alias_prefixes_into
from impact.summaries import FileSummary

if TYPE_CHECKING:
    from impact.graph import SymbolGraph
    from impact.resolve.javascript import JsResolver
    from impact.resolve.python import PythonResolver

Taken = tuple[str, ...] | None  # the names an importer takes from a module; None: all of it
COUNTED = ("values", "types", "globals", "page_globals", "declared", "unbound", "builtins_added")


@dataclass(frozen=True)
class RevisionIndex:
    # module -> importer -> the names it takes there: None for the whole module (a star,
    # namespace or module import, a module a name is bound to), () for none (it only runs it)
    importers: dict[str, dict[str, tuple[str, ...] | None]]
    http: frozenset[str]  # files the HTTP rules go through (see Contribution), and Next.js handlers
    # files whose only such facts are calls that may make an app (`const x = make()`): gone
    # through only when some file of `http` declares an app factory (impact.http.routes)
    instances: frozenset[str]
    schema: frozenset[str]  # files with ORM columns or migrations (checks/migrations.py)
    # JavaScript/TypeScript names -> how many files contribute each (checks/names.py)
    values: dict[str, int]  # bound at a top level, or declared global
    types: dict[str, int]  # defined at a top level, or declared global
    globals: dict[str, int]  # top-level names of scripts, and what `declare` says exists
    page_globals: dict[str, int]  # names read from `window` (FileFacts.page_globals)
    declared: dict[str, int]  # what `declare` says exists
    unbound: dict[str, int]  # value names used without being bound (checks/names.py)
    builtins_added: dict[str, int]  # Python: names a module adds to the builtins (every module's)
    # npm package name -> the files that import it by name (a bare specifier): when a
    # dependency is added or removed, their imports may resolve differently (impact.affected)
    packages: dict[str, tuple[str, ...]]

    def names(self, kind: str) -> frozenset[str]:
        """The names of one of the COUNTED kinds (`values`, `globals`, ...), as a set."""
        return frozenset(getattr(self, kind))


CODEC = Codec(RevisionIndex)


@dataclass(frozen=True)
class HttpReads:
    """The files whose facts the HTTP rules read in a revision (affected.http_rules_affected)."""

    paths: frozenset[str]


HTTP_READS_CODEC = Codec(HttpReads)


def imports_of(graph: SymbolGraph, summary: FileSummary) -> dict[str, Taken]:
    """The modules a file imports (those of SymbolGraph.imported_modules), each with the
    names it takes there."""
    path = summary.path
    language = LANGUAGES[summary.language]
    found: dict[str, Taken] = {}

    def take(module: str, names: Taken) -> None:
        if names is None or module in found and found[module] is None:
            found[module] = None
        else:
            found[module] = tuple(sorted({*found.get(module, ()), *names}))

    for imp in summary.imports:
        target = graph.target(path, imp)
        if not isinstance(target, str):
            continue
        take(target, _taken(imp))
        if language.submodules_are_attributes and imp.kind == "from":
            submodule = graph.python.submodule(target, imp.imported)
            if submodule is not None:
                take(submodule, None)  # `from pkg import sub` binds the module
        if language.importing_runs_enclosing_packages:
            for package in graph.python.enclosing_packages(target):
                # `import a.b.c` binds `a`: its attributes lead through each package
                take(package, None if imp.kind == "module" else ())
    if language.submodules_are_attributes:
        for module in _submodules_walked(graph, summary):
            take(module, None)
    return found


def _submodules_walked(graph: SymbolGraph, summary: FileSummary) -> set[str]:
    """The submodules `pkg.sub.x` reaches through its attributes from a module an import
    binds (`import pkg`), as checks/imports.py walks them."""
    binders: dict[str, list[Import]] = {}
    for imp in summary.imports:
        if imp.local:
            binders.setdefault(imp.local, []).append(imp)
    bound: dict[tuple, list[str]] = {}  # (local, alternatives) -> the modules it may be
    walked = set()
    distinct = {(ref.local, ref.chain, ref.alternatives): ref for ref in summary.member_refs}
    for ref in distinct.values():
        key = (ref.local, ref.alternatives)
        if key not in bound:
            bound[key] = graph.modules_bound_at(summary, ref, binders.get(ref.local, []))
        for start in bound[key]:
            walked |= _submodules_along(graph, start, ref.chain)
    return walked


def _submodules_along(graph: SymbolGraph, module: str, chain: tuple[str, ...]) -> set[str]:
    walked = set()
    for attribute in chain:
        module = graph.python.submodule(module, attribute)
        if module is None:
            break
        walked.add(module)
    return walked


def packages_imported(summary: FileSummary) -> frozenset[str]:
    """The npm packages a JavaScript/TypeScript file imports by name (`react`, `@scope/x`
    of `@scope/x/sub`): what a bare specifier names, whatever it resolves to."""
    if LANGUAGES[summary.language].dotted_module_names:  # Python: no npm packages
        return frozenset()
    return frozenset(split_package_name(imp.source)[0] for imp in summary.imports
                     if imp.source and not imp.source.startswith((".", "/")))


def _taken(imp: Import) -> Taken:
    if imp.kind == "side-effect":
        return ()
    if imp.kind in ("from", "esm", "reexport") and imp.imported not in (None, "*"):
        return (imp.imported,)
    return None  # module, star, namespace, require, dynamic, `export *`


@dataclass(frozen=True)
class Contribution:
    """What one file adds to an index, besides its imports."""

    http: bool  # the HTTP rules go through it: HTTP facts besides summaries.LOOKED_UP_HTTP
    instances: bool  # ... only when there are app factories: its only such facts are instances
    schema: bool  # it declares ORM columns or is a migration
    values: frozenset[str]
    types: frozenset[str]
    globals: frozenset[str]
    page_globals: frozenset[str]
    declared: frozenset[str]
    unbound: frozenset[str]
    builtins_added: frozenset[str]

    @classmethod
    def of(cls, summary: FileSummary) -> Contribution:
        routed = may_be_routed_by_path(summary.path)  # a Next.js handler, say
        instances = summary.only_instances and not routed
        http = not instances and (summary.http or routed)
        return cls(http, instances, summary.schema, summary.values, summary.types,
                   summary.globals, summary.page_globals, summary.declared, summary.unbound,
                   summary.builtins_added)


class IndexBuilder:
    """An index being made, from every file or from another revision's index."""

    def __init__(self, index: RevisionIndex | None = None):
        self.importers = dict(index.importers) if index else {}
        self._owned: set[str] = set()  # modules whose importers were copied (the rest are shared)
        self.http = set(index.http) if index else set()
        self.instances = set(index.instances) if index else set()
        self.schema = set(index.schema) if index else set()
        self.counts = {kind: Counter(getattr(index, kind)) if index else Counter()
                       for kind in COUNTED}
        self.packages: dict[str, tuple[str, ...] | set[str]] = dict(index.packages) if index else {}

    def add(self, graph: SymbolGraph, summary: FileSummary) -> None:
        path = summary.path
        for module, names in imports_of(graph, summary).items():
            self._importers(module)[path] = names
        contribution = Contribution.of(summary)
        if contribution.http:
            self.http.add(path)
        if contribution.instances:
            self.instances.add(path)
        if contribution.schema:
            self.schema.add(path)
        for kind in COUNTED:
            self.counts[kind].update(getattr(contribution, kind))
        for name in packages_imported(summary):
            self._package(name).add(path)

    def remove(self, summary: FileSummary, imported: Iterable[str]) -> None:
        """Take out what a file of the index's revision contributed; `imported`: the modules
        the index has it import."""
        path = summary.path
        for module in imported:
            self._importers(module).pop(path, None)
        contribution = Contribution.of(summary)
        self.http.discard(path)
        self.instances.discard(path)
        self.schema.discard(path)
        for kind in COUNTED:
            self.counts[kind].subtract(getattr(contribution, kind))
        for name in packages_imported(summary):
            self._package(name).discard(path)

    def _importers(self, module: str) -> dict[str, Taken]:
        if module not in self._owned:
            self._owned.add(module)
            self.importers[module] = dict(self.importers.get(module, {}))
        return self.importers[module]

    def _package(self, name: str) -> set[str]:
        found = self.packages.get(name, ())
        if not isinstance(found, set):
            found = self.packages[name] = set(found)
        return found

    def index(self) -> RevisionIndex:
        importers = {module: found for module, found in self.importers.items() if found}
        counts = {kind: {name: n for name, n in sorted(self.counts[kind].items()) if n > 0}
                  for kind in COUNTED}
        packages = {name: paths if isinstance(paths, tuple) else tuple(sorted(paths))
                    for name, paths in sorted(self.packages.items()) if paths}
        return RevisionIndex(importers, frozenset(self.http), frozenset(self.instances),
                             frozenset(self.schema), **counts, packages=packages)


WORD = re.compile(r"[A-Za-z_$][\w$-]*")
# what a resolver appends to a specifier or a dotted name to find a file: a moved file of any
# other suffix is reached only by a specifier that spells its whole name (`./main.tf`)
FOUND_BY_STEM = (*js_resolution.EXTENSIONS, *js_resolution.COMPONENT_EXTENSIONS,
                 *py_resolution.SUFFIXES, *py_resolution.EXTENSION_SUFFIXES)
INITS = ("__init__", "__main__")


def naming_moved_modules(summaries: list[FileSummary], moved: Iterable[str],
                         resolvers: Iterable[JsResolver] = (),
                         python: Iterable[PythonResolver] = (),
                         packages_left_out: frozenset[str] = frozenset()) -> set[str] | None:
    """The files (of `summaries`, a revision's every file) whose imports may resolve otherwise
    when the `moved` paths appear or go: those that name a moved module (`c` of `a/b/c.py`,
    `b` of `a/b/__init__.py` or `a/b/index.ts`, in any case) in an import, a name an import
    takes or an attribute read from one, or live in a directory of that name (a relative
    import, an enclosing package). A Python import reaches a module only through its name
    (dotted, or relative below its own packages), and so does a JavaScript/TypeScript one but
    through the configurations of `resolvers` (each revision's): None when one of them maps a
    specifier to a moved path without naming it (impact.resolve.mapped_paths; but for the
    entry points of the packages in `packages_left_out`, whose importers by name the caller
    follows), or when the
    Python source roots of the revisions (`python`, each one's) differ: a package added where
    there was none makes its directory a root, and every module there importable by its name.
    A Python module or directory (a namespace package) not in a root is reached by a dotted
    name that names its parent package too, or from a module below that package: the files
    naming both. A JavaScript/TypeScript file, a component or an asset is reached by a
    specifier whose last segment names it (`./Button`, `@/lib/Button.js`, `./logo.svg?url`)
    or the directory of its `index` (`./widgets`, `..`): the files with such a specifier; a
    file no resolver finds by its stem (`main.tf`, `logo.svg`) only by one that spells its
    whole name. (A directory matters to JavaScript/TypeScript only through its files, each
    moved too.)"""
    python = list(python)
    if len({(resolver.roots, resolver.project_roots) for resolver in python}) > 1:
        return None
    unqualified, linked = _unqualified_parents(python), _linked_directories(python)
    wanted = _Words()  # a file names every word of one of them: anywhere in its imports,
    wanted_last = _Words()  # or in the last segment of a specifier (a file found by a path)
    mappings: list[MappedPaths] | None = None  # read when a moved path is no Python module
    for path in moved:
        language = language_of(path)
        if language is None or not language.dotted_module_names:
            mappings = mappings if mappings is not None else [MappedPaths.of(r, packages_left_out)
                                                              for r in resolvers]
            if any(mapping.maps_without_naming(path) for mapping in mappings):
                return None
        words = _naming_words(path, language, unqualified, linked)
        (wanted_last if _found_by_path(path, language) else wanted).add(words)
    return {s.path for s in summaries
            if wanted.named_by(_words(s)) or wanted_last.named_by(_last_words(s))}


def naming_directories(summaries: Iterable[FileSummary], directories: Iterable[str],
                       resolvers: Iterable[JsResolver], packages_left_out: frozenset[str]
                       ) -> set[str] | None:
    """The files (of `summaries`) whose imports may name one of `directories` (`@/widgets/x`,
    `../pkg/src/x`): a word of a specifier is the directory's name. None when a configuration
    of `resolvers` maps a specifier into one without naming it (but for the entries of the
    packages in `packages_left_out`, whose importers by name the caller follows). A segment
    of a specifier names it in any case (impact.resolve.javascript case_mismatch), and so does
    what a tsconfig `paths` entry maps into it starts with (`@ui/` of `"@ui/*": ["./ui/*"]`,
    whose `*` comes after the directory)."""
    directories = sorted(directories)
    mappings = [MappedPaths.of(r, packages_left_out) for r in resolvers]
    if any(m.maps_without_naming(d + "/") for m in mappings for d in directories):
        return None
    names = {posixpath.basename(d).lower() for d in directories}
    prefixes = tuple({p for r in resolvers for p in alias_prefixes_into(r, directories)})
    return {s.path for s in summaries if any(
        not names.isdisjoint(imp.source.lower().split("/")) or imp.source.startswith(prefixes)
        for imp in s.imports)}


class _Words:
    """Sets of words, any of which a file may name."""

    def __init__(self) -> None:
        self.single: set[str] = set()
        self.groups: list[frozenset[str]] = []

    def add(self, ways: list[frozenset[str]]) -> None:
        for words in ways:
            if len(words) == 1:
                self.single |= words
            else:
                self.groups.append(words)

    def named_by(self, named: set[str]) -> bool:
        return not self.single.isdisjoint(named) or any(g <= named for g in self.groups)


def _found_by_path(path: str, language: Language | None) -> bool:
    """Whether what reaches the moved `path` is a specifier naming it by its last segment (a
    JavaScript/TypeScript file, a component or an asset: impact.resolve.mapped_paths, whose
    other ways to reach a file are checked first), not a module name (Python) or a directory."""
    if path.endswith("/"):
        return False
    if language is not None:
        return not language.dotted_module_names
    return not path.endswith((*py_resolution.SUFFIXES, *py_resolution.EXTENSION_SUFFIXES,
                              py_resolution.PROTO_SUFFIX))  # a `.proto`: by the modules protoc makes


def _unqualified_parents(python: list[PythonResolver]) -> frozenset[str]:
    """The directories whose modules a Python import may name without naming the directory:
    the source roots and the directories a package adds to its `__path__`."""
    return frozenset({"", *(root for r in python for root in r.roots),
                      *(d for r in python for extra in r.package_paths.values() for d in extra)})


def _linked_directories(python: list[PythonResolver]) -> tuple[str, ...]:
    """The directories symbolic links lead to (`dir/`), where a module may be imported under
    the link's names."""
    return tuple(posixpath.normpath(posixpath.join(posixpath.dirname(link), target)) + "/"
                 for r in python for link, target in r.links.targets.items())


def _naming_words(path: str, language: Language | None, unqualified: frozenset[str],
                  linked: tuple[str, ...]) -> list[frozenset[str]]:
    """The words an import that may reach the moved `path` names, one set per way."""
    directory, _, file = path.rstrip("/").rpartition("/")
    if path.endswith(py_resolution.PROTO_SUFFIX):  # `x_pb2`, which protoc makes of it, too
        stem = file.removesuffix(py_resolution.PROTO_SUFFIX).lower()
        return [frozenset(word.lower() for word in WORD.findall(file)),
                *(frozenset({stem + suffix}) for suffix in py_resolution.PROTOC_MODULE_SUFFIXES)]
    if language is None and not path.endswith(("/", *FOUND_BY_STEM)) and "." in file:
        return [frozenset(word.lower() for word in WORD.findall(file))]  # `./main.tf`
    name = _module_name(path).lower()
    if not path.endswith("/") and (language is None or not language.dotted_module_names):
        if file.startswith("index."):  # `./widgets` finds widgets/index.ts
            return [frozenset({name}), frozenset({directory.rpartition("/")[2].lower()})]
        return [frozenset({name})]
    parent = directory.rpartition("/")[0] if file.split(".", 1)[0] in INITS else directory
    if parent in unqualified or (path.rstrip("/") + "/").startswith(linked):
        return [frozenset({name})]
    return [frozenset({name, parent.rpartition("/")[2].lower()})]


def resolving_differently(summaries: Iterable[FileSummary], one: SymbolGraph, other: SymbolGraph
                          ) -> set[str]:
    """The files (summarised, the same in both revisions) whose imports resolve differently in
    the revisions of the two graphs: an import reaches another module, or none for another
    reason, or an attribute read reaches another submodule."""
    return {summary.path for summary in summaries
            if any(one.resolution(summary.path, imp) != other.resolution(summary.path, imp)
                   for imp in summary.imports)
            or imports_of(one, summary) != imports_of(other, summary)}


def moved_paths(old: Iterable[str], new: Iterable[str]) -> frozenset[str]:
    """The files and the directories (`pkg/sub/`) only one of two revisions has."""
    old, new = frozenset(old), frozenset(new)
    return (old ^ new) | (_directories(old) ^ _directories(new))


def _directories(paths: frozenset[str]) -> frozenset[str]:
    found = set()
    for path in paths:
        while "/" in path:
            path = path.rpartition("/")[0]
            if path + "/" in found:
                break
            found.add(path + "/")
    return frozenset(found)


def _module_name(path: str) -> str:
    """What an import names a module, package or namespace package (`dir/`) by."""
    directory, _, file = path.rstrip("/").rpartition("/") if path.endswith("/") else \
        path.rpartition("/")
    name = file if path.endswith("/") else file.split(".", 1)[0]
    if name in INITS:
        name = directory.rpartition("/")[2]
    return name.removesuffix("-stubs")


def _words(summary: FileSummary) -> set[str]:
    """The names a file's imports, the names they take and its attribute reads are made
    of, and the directories it is in; lower case."""
    words = set(summary.path.split("/")[:-1])
    for imp in summary.imports:
        words.update(WORD.findall(imp.source))
        if imp.imported:
            words.add(imp.imported)
    for ref in summary.member_refs:
        words.update(ref.chain)
    return {word.lower() for word in words}


def _last_words(summary: FileSummary) -> set[str]:
    """The words of the last segment of each specifier a file imports (`./widgets/Button`,
    `@/assets/logo.svg?url`), or of the directory one names (`.`, `../`); lower case."""
    words = set()
    for imp in summary.imports:
        last = imp.source.rstrip("/").rpartition("/")[2]
        if last in ("", ".", ".."):
            last = posixpath.basename(posixpath.normpath(
                posixpath.join(posixpath.dirname(summary.path), imp.source)))
        words.update(WORD.findall(last))
    return {word.lower() for word in words}


def _modules_imported_by(index: RevisionIndex, paths: set[str]) -> dict[str, list[str]]:
    """importer -> the modules it imports, for the importers among `paths`."""
    found: dict[str, list[str]] = {}
    for module, importers in index.importers.items():
        for path in importers.keys() & paths:
            found.setdefault(path, []).append(module)
    return found


def build(graph: SymbolGraph, summaries: Iterable[FileSummary]) -> RevisionIndex:
    """The index of a revision, from the summaries of every file."""
    builder = IndexBuilder()
    for summary in summaries:
        builder.add(graph, summary)
    return builder.index()


def derived(index: RevisionIndex, new: SymbolGraph, old_summaries: Iterable[FileSummary],
            new_summaries: Iterable[FileSummary]) -> RevisionIndex:
    """The index of `new` from `index` (another revision's), when the facts of only some
    files differ (those summarised, in each revision that has them) and every other file
    resolves its imports as in the other revision."""
    builder = IndexBuilder(index)
    old_summaries = list(old_summaries)
    imported = _modules_imported_by(index, {summary.path for summary in old_summaries})
    for summary in old_summaries:  # what the index says they import: not resolved again
        builder.remove(summary, imported.get(summary.path, ()))
    for summary in new_summaries:
        builder.add(new, summary)
    return builder.index()
