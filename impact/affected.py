"""What changed between two revisions, and what the change can affect: the files whose
findings may differ between base and head, and the modules whose public API may differ.

A finding in a file depends on the file itself and on what the modules it imports provide
under the names it takes from them (directly, or through re-exports, star imports,
packages and the modules a name is bound to). So the change is followed name by name: a
changed module provides some names differently (added, removed, redefined with other
parameters or members, re-exported from elsewhere: everything about a name but where it
is written); a file that takes one of those names, or the whole module (a star, namespace
or module import), can gain or lose a finding, and the names it passes on (imports it
binds, re-exports, classes built on them) are followed in turn, through every revision's
index of importers (impact/index.py). Everything else is left unchecked and never loaded,
which gives the same findings as checking every file (`--full-scan`), much faster.

Some changes reach every file at once; then every file is checked:
- a file that steers resolution changed in a way that may change how any import resolves
  (impact/steering.py says which changes of `package.json`, `tsconfig.json`,
  `pyproject.toml`, ... steer only the imports of some packages or of the files below a
  directory: those files are then checked as if every name they provide changed);
- the Python source roots changed (a package appeared or went away at the top);
- a symbolic link was added, removed or retargeted (imports may resolve through it);
- a `__builtins__.pyi` changed (the names the Python modules below it may use unbound);
- what the root's linter configs exclude changed (which Python test data is checked; the
  pipeline compares them, impact/resolve/lint_excludes.py).

A directory that appeared or went away right below a package's directory or where a
tsconfig's `paths` point from adds the files whose imports name it and the importers of that
package by name (an import there that finds no file is a missing module or build output by
whether that directory exists: `mapped_directories_changed`, the pipeline).

A module whose whole surface may have changed (added, removed, unreadable, its star
imports or `__getattr__` changed, ...) changes every name it provides. A Python module
added or removed also changes the names of the packages around it (`pkg.sub`). The names
visible everywhere (globals of JavaScript scripts, what TypeScript's `declare` says exists)
add the files that use a name the change added to them or took away.

The `impact affected` command lists, file by file, the changed modules and every module that
depends on them (`dependent_modules`).
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import TYPE_CHECKING

from impact.checks.names import global_names
from impact.facts import is_source
from impact.graph import SymbolGraph
from impact.model import Definition, Export, FileFacts, Import
from impact.resolve.python import BUILTINS_STUB, INIT_FILES, SUFFIXES

if TYPE_CHECKING:
    from impact.index import RevisionIndex
    from impact.lang import Language
    from impact.snapshot import Snapshot
    from impact.steering import Steered

ALL = None  # every name of a module

Names = frozenset[str] | None  # names a module may provide differently; ALL: any


@dataclass(frozen=True)
class Change:
    """What differs between the files of two revisions (the one definition of "the changed
    files"): every path added, removed or edited, source files by blob id and the others too;
    whether a symbolic link was added, removed or retargeted; and each new source file that
    most likely is a file gone from head, renamed."""

    paths: frozenset[str]
    links_changed: bool
    renamed: Mapping[str, str]  # new source file -> the file of base it most likely was

    @property
    def sources(self) -> frozenset[str]:
        """The source files added, removed or edited."""
        return frozenset(path for path in self.paths if is_source(path))

    def modules_of(self, graph: SymbolGraph) -> tuple[str, ...]:
        """The changed paths that are modules of `graph` (in path order)."""
        return tuple(sorted(path for path in self.paths if path in graph.facts))


def change_between(base: Snapshot, head: Snapshot) -> Change:
    before, after = base.paths, head.paths
    paths = frozenset(path for path in before | after if path not in before or path not in after
                      or base.blob_id(path) != head.blob_id(path))
    return Change(paths, base.links != head.links, _renamed(base, head, paths))


def _renamed(base: Snapshot, head: Snapshot, changed: frozenset[str]) -> dict[str, str]:
    """New source file -> the source file gone from head it most likely was: one with the
    same content, or else in the same directory with the same name but for its extension
    (`x.js` -> `x.cjs`)."""
    gone = sorted(path for path in changed if path not in head.paths and is_source(path))
    if not gone:
        return {}
    by_blob = {base.blob_id(path): path for path in gone}
    by_stem = {posixpath.splitext(path)[0]: path for path in gone}
    found = {}
    for path in sorted(changed):
        if path in base.paths or not is_source(path):
            continue
        old = by_blob.get(head.blob_id(path)) or by_stem.get(posixpath.splitext(path)[0])
        if old is not None:
            found[path] = old
    return found


@dataclass(frozen=True)
class Scope:
    files: frozenset[str]  # the files to check
    # the modules that may provide some name differently, each with those names (ALL: any)
    providers: Mapping[str, Names]
    # unchanged files whose imports may resolve differently (they import a package whose
    # dependency was added or removed): checked, as every name they provide may differ
    rebound: frozenset[str] = frozenset()


NOTHING = Scope(frozenset(), {})  # what a change of nothing can affect


def files_a_change_can_affect(base: SymbolGraph, head: SymbolGraph, change: Change,
                              indexes: tuple[RevisionIndex, RevisionIndex], steered: Steered) -> Scope:
    """The files to check; `indexes`: the index of base and of head (impact/index.py);
    `steered`: what the change makes resolve differently (impact/steering.py). The caller
    asked first `steered_by` and `reaches_every_file`: when the change may make anything
    resolve differently, or reaches every file, every file is checked anyway."""
    changed = set(change.paths)
    rebound = frozenset(rebound_by(indexes, steered))
    reach: dict[tuple[int, str], _Reach] = {}
    _provided, users = NameChanges(base, head, indexes, reach=reach).follow(changed, rebound=rebound)
    # whose public API the rules compare: what base's changed modules reach through base's
    # imports (as `modules_a_change_can_reach` does file by file, name by name)
    in_base = {module for module in changed if module in base.facts}
    finding_added = _finding_added(base, head, changed, indexes[1].importers)
    provided = NameChanges(base, head, indexes, base_only=True, reach=reach).follow(
        in_base, whole=False,
        rebound={module for module in rebound if module in base.facts} | finding_added)[0]
    providers = {module: names for module, names in sorted(provided.items())
                 if names is ALL or names}
    globals_used = _users_of_changed_globals(base, head, indexes, changed)
    return Scope(frozenset(changed | rebound | users | globals_used), providers, rebound)


def reaches_every_file(base: SymbolGraph, head: SymbolGraph, change: Change) -> bool:
    """Whether the change may affect every file whatever it edits: the Python source roots,
    a symbolic link, or `__builtins__.pyi` changed."""
    if (base.python.roots, base.python.project_roots) != (head.python.roots,
                                                          head.python.project_roots):
        return True
    if change.links_changed:
        return True  # a symbolic link changed: what resolves through it, rarely known
    # what the Python modules below it may use unbound
    return any(path.rpartition("/")[2] == BUILTINS_STUB for path in change.paths)


def mapped_directories_changed(base: SymbolGraph, head: SymbolGraph) -> frozenset[str]:
    """The directories that appeared or went away right below a directory JavaScript imports
    are mapped into (a package's, or where a tsconfig's `paths` point from): an import there
    that finds no file is a missing module when that directory exists, else build output
    (impact/resolve/javascript.py). Such an import names the directory (`@/widgets/x`,
    `pkg/src/x`), or the package (`pkg/x` through its `exports`): the pipeline checks those."""
    differing = base.js.dirs ^ head.js.dirs
    if not differing:
        return frozenset()
    roots = base.js.mapping_roots() | head.js.mapping_roots()
    return frozenset(directory for directory in differing if posixpath.dirname(directory) in roots)


def rebound_by(indexes: Iterable[RevisionIndex], steered: Steered) -> set[str]:
    """The files whose imports may resolve differently: those `steered` names, and those that
    import one of its npm packages by name in the revision of one of `indexes` (to the
    package, to nothing, to a workspace member)."""
    return {*steered.files, *(path for index in indexes for name in sorted(steered.packages)
                              for path in index.packages.get(name, ()))}


def modules_a_change_can_reach(base: SymbolGraph, head: SymbolGraph, change: Change
                               ) -> frozenset[str]:
    """Modules of base whose public API may differ, file by file (when every file is
    checked): the changed ones, those whose import finds a module added in head, and every
    module that imports or re-exports one of them, directly or not."""
    start = {*change.modules_of(base), *_finding_added(base, head, change.paths, head.direct_importers)}
    return frozenset(path for path in base.dependents(start) if path in base.facts)


def _finding_added(base: SymbolGraph, head: SymbolGraph, changed: Iterable[str],
                   head_importers: Mapping[str, Iterable[str]]) -> set[str]:
    """The modules of base that import, in head, a module head adds: in base that import found
    nothing (`export * from './m0'` before `m0` existed), so every name they provide through it
    may differ."""
    added = [path for path in changed if path in head.facts and path not in base.facts]
    return {importer for module in added for importer in head_importers.get(module, ())
            if importer in base.facts}


def dependent_modules(base: SymbolGraph, head: SymbolGraph, change: Change,
                      indexes: tuple[RevisionIndex | None, RevisionIndex | None] = (None, None)
                      ) -> list[str]:
    """Changed modules, and every module of head that depends on one, transitively (what
    `impact affected` lists); `indexes`, when known, say who imports what without reading
    every file."""
    changed = set(change.sources)
    base_importers, head_importers = (index.importers if index is not None else None
                                      for index in indexes)
    affected = head.dependents(changed, head_importers)
    if base_importers is None:
        base_importers = base.direct_importers
    for module in changed - head.facts.keys():  # deleted: its former importers
        affected |= set(base_importers.get(module, ()))
    return sorted(m for m in affected if m in head.facts or m in changed)


class NameChanges:
    """The names each module may provide differently, from the changed files on, and the
    files that take one of them."""

    def __init__(self, base: SymbolGraph, head: SymbolGraph,
                 indexes: tuple[RevisionIndex, RevisionIndex], base_only: bool = False,
                 reach: dict[tuple[int, str], _Reach] | None = None):
        self.base, self.head = base, head
        # whose importers are followed
        self.importers = [index.importers for index in (indexes[:1] if base_only else indexes)]
        self.provided: dict[str, Names] = {}
        self._sent: dict[str, Names] = {}  # what each module's importers were given already
        # (graph, importer) -> how it takes from other modules (shareable between followings)
        self._reach = {} if reach is None else reach
        # modules whose names grew since their importers were last given them, each once, in
        # the order they first grew: a module waiting in it gathers every name that reaches it
        # before it passes them on (fewer rounds through cycles of imports)
        self._pending: dict[str, None] = {}

    def follow(self, changed: set[str], whole: bool = True, rebound: Iterable[str] = ()
               ) -> tuple[dict[str, Names], set[str]]:
        """From the changed modules on, and the modules whose imports may resolve differently
        (`rebound`: every name they provide may differ); `whole`: also from the packages
        around added or removed modules, and from the origins of the names changed modules
        took elsewhere."""
        for module in sorted(changed):
            self._grow(module, self._differing(module))
        for module in sorted(rebound):
            self._grow(module, ALL)
        if whole:
            for module in sorted(changed):
                self._origins(module)
            for package, names in _packages_around(self.base, self.head, changed).items():
                self._grow(package, frozenset(names))
        users: set[str] = set()
        while self._pending:  # in rounds: the facts of a round's takers are read in one go
            steps = []
            for module in list(self._pending):
                del self._pending[module]
                names = self._unsent(module)
                if names is ALL or names:
                    steps += [(module, names, importer) for importers in self.importers
                              for importer, taken in importers.get(module, {}).items()
                              if names is ALL or taken is ALL or not names.isdisjoint(taken)]
            for side in (self.base, self.head):
                side.facts.load(dict.fromkeys(importer for _, _, importer in steps))
            for module, names, importer in steps:
                users.add(importer)
                self._grow(importer, self._passed_on(importer, module, names))
        return self.provided, users

    def _unsent(self, module: str) -> Names:
        """The names `module` may provide differently that were not passed on to its importers
        yet (what an importer passes on is the union of what each name makes it pass on, so
        passing on only the new ones is the same, and a cycle of imports is not gone round
        again with every name it grows by)."""
        names, sent = self.provided[module], self._sent.get(module, frozenset())
        self._sent[module] = names
        if names is ALL:
            return frozenset() if sent is ALL else ALL
        return names - sent

    def _origins(self, module: str) -> None:
        """A public name a changed module took from elsewhere reaches, in base, a definition
        (or an import or export impact cannot follow) in another module: the uses of that
        name from there are the consumers of its removal (checks/api.py), so they are
        followed too."""
        names = self.provided[module]
        if names is ALL:
            names = self.base.exports(module).names if module in self.base.facts else ()
        for name in sorted(names):
            origin = self.base.export_origin(module, name) if module in self.base.facts else None
            if origin is not None and origin[0] != module:
                self._grow(origin[0], frozenset({name}))

    def _grow(self, module: str, names: Names) -> None:
        for source in {graph.python.source_beside(module) for graph in (self.base, self.head)} - {None}:
            self._grow(source, names)  # provides what its stub provides (SymbolGraph.provides)
        if module in self.provided:
            known = self.provided[module]
            if known is ALL or names is not ALL and names <= known:
                return
            names = ALL if names is ALL else names | known
        elif names is not ALL and not names:
            self.provided[module] = names
            return
        self.provided[module] = names
        self._pending[module] = None

    def _differing(self, module: str) -> Names:
        """The names a changed file provides differently."""
        old, new = self.base.facts.get(module), self.head.facts.get(module)
        if old is None or new is None:
            both = module in self.base.paths and module in self.head.paths
            return frozenset() if both and old is new else ALL  # edited data (json, ...): none
        if _traits(old) != _traits(new):
            return ALL
        before, after = self.base.exports(module), self.head.exports(module)
        if before.complete != after.complete:
            return ALL
        names = set(before.names ^ after.names)
        shapes_before, shapes_after = _shapes(old), _shapes(new)
        names |= {n for n in shapes_before.keys() | shapes_after.keys()
                  if shapes_before.get(n) != shapes_after.get(n)}
        if self.base.language_of(module).submodules_are_attributes and \
                posixpath.basename(module) in INIT_FILES:  # `pkg.m0` once `pkg` imports it
            names |= _submodules_loaded(self.base, module) ^ _submodules_loaded(self.head, module)
        if self.base.language_of(module).exports_listed_in_dunder_all:
            declared = self.base.dunder_all(module), self.head.dunder_all(module)
            if declared[0] != declared[1]:
                if None in declared or declared[0].complete != declared[1].complete:
                    return ALL
                names |= {"__all__", *(declared[0].names ^ declared[1].names)}
        for facts in (old, new):  # `ib = attrib`, `class B(A)`: ib and B follow attrib and A
            names |= _aliases_of(_built_on(facts), names)
        for facts in (old, new):  # `export { a as b }`, `export default a`: b follows a
            names |= {e.name for e in facts.exports if e.local in names}
            if any(e.local in names for e in facts.default_object):  # `export default { a }`
                names.add("default")
        return frozenset(names)

    def _passed_on(self, importer: str, module: str, names: Names) -> Names:
        """The names `importer` may provide differently because `module` provides `names`
        differently."""
        found: set[str] = set()
        for graph in (self.base, self.head):
            facts = graph.facts.get(importer)
            if facts is None:
                continue
            key = (id(graph), importer)
            if key not in self._reach:
                self._reach[key] = _reach_of(graph, facts)
            passed = _passed_on_in(self._reach[key], graph.language_of(importer), facts, module, names)
            if passed is ALL:
                return ALL
            found |= passed
        return frozenset(found)


def _submodules_loaded(graph: SymbolGraph, package: str) -> set[str]:
    """The submodules of a package its `__init__` imports (`from .m0 import x`, `import
    pkg.sub.y`): importing the package binds each as its attribute (`pkg.m0`)."""
    directory = posixpath.dirname(package)
    prefix = f"{directory}/" if directory else ""
    return {target[len(prefix):].split("/")[0].split(".")[0] for target in graph.imported_modules(package)
            if target.startswith(prefix) and target != package}


@dataclass(frozen=True)
class _Reach:
    """How one revision of a file takes from other modules, worked out once per run: the
    imports that reach each module (each with whether it binds the module as a whole), its
    exports by the module their source resolves to and by the local name they export, the
    classes it defines on each local name, and its module-level aliases of each local name
    (`ib = attrib`). (A barrel of hundreds of exports is asked about each of its modules.)"""

    imports: dict[str, list[tuple[Import, bool]]]
    exports_from: dict[str, list[Export]]
    exports_of: dict[str, list[Export]]
    subclasses: dict[str, list[str]]
    aliases: dict[str, list[str]]


def _reach_of(graph: SymbolGraph, facts: FileFacts) -> _Reach:
    language = graph.language_of(facts.path)
    imports: dict[str, list[tuple[Import, bool]]] = defaultdict(list)
    for imp in facts.imports:
        target = graph.target(facts.path, imp)
        if not isinstance(target, str):
            continue
        imports[target].append(
            (imp, imp.kind in ("module", "namespace", "require", "dynamic") or imp.imported == "*"))
        # the name is bound to the module: `from pkg import sub`, `import pkg.sub` (binds pkg)
        if language.submodules_are_attributes and imp.kind == "from":
            submodule = graph.python.submodule(target, imp.imported)
            if submodule is not None and submodule != target:
                imports[submodule].append((imp, True))
        if language.importing_runs_enclosing_packages and imp.kind == "module":
            for package in graph.python.enclosing_packages(target):
                if package != target:
                    imports[package].append((imp, True))
    exports_from: dict[str, list[Export]] = defaultdict(list)
    exports_of: dict[str, list[Export]] = defaultdict(list)
    for export in facts.exports:
        source = graph.resolve_spec(facts.path, export.source) if export.source else None
        if source is not None:
            exports_from[source].append(export)
        if export.local is not None:
            exports_of[export.local].append(export)
    return _Reach(dict(imports), dict(exports_from), dict(exports_of), _subclasses(facts),
                  _alias_map(facts))


def _subclasses(facts: FileFacts) -> dict[str, list[str]]:
    """The definitions a module builds on each local name, whose instances' members it gives:
    classes on their bases (`class B(mod.A)`: under `mod`), classes on the classes of their
    properties (`_client: Mux`, `self.reader = StreamReader()`), functions on the class they
    declare they return (`-> Model`)."""
    subclasses: dict[str, list[str]] = defaultdict(list)
    for definition in facts.definitions:
        typed = (*definition.bases, definition.returns, *(a.returns for a in definition.attributes),
                 *(m.returns for m in definition.members), *(c for _n, c in definition.typed_attributes))
        for root in {name.split(".")[0] for name in typed if name}:
            subclasses[root].append(definition.name)
    return dict(subclasses)


def _alias_map(facts: FileFacts) -> dict[str, list[str]]:
    """The module-level aliases of each local name (`ib = attrib`, `x = mod.f`: under
    `attrib`, `mod`)."""
    aliases: dict[str, list[str]] = defaultdict(list)
    for definition in facts.definitions:
        if definition.alias_of:
            aliases[definition.alias_of.split(".")[0]].append(definition.name)
    return dict(aliases)


def _built_on(facts: FileFacts) -> dict[str, list[str]]:
    """The module-level aliases and classes built on each local name."""
    built_on = _alias_map(facts)
    for root, classes in _subclasses(facts).items():
        built_on[root] = built_on.get(root, []) + classes
    return built_on


def _aliases_of(aliases: dict[str, list[str]], names: Iterable[str]) -> set[str]:
    """The aliases bound to any of `names`, the aliases of those, and so on (also of what
    else `aliases` maps to names built on them)."""
    found: set[str] = set()
    pending = list(names)
    while pending:
        for alias in aliases.get(pending.pop(), ()):
            if alias not in found:
                found.add(alias)
                pending.append(alias)
    return found


def _passed_on_in(reach: _Reach, language: Language, facts: FileFacts, module: str, names: Names
                  ) -> Names:
    bound: set[str] = set()  # local names bound to a changed name, or to the module itself
    passed: set[str] = set()
    for imp, whole in reach.imports.get(module, ()):
        if imp.kind == "star" or imp.kind == "reexport" and imp.imported == "*":
            if names is ALL or language.star_follows_dunder_all and names & {"__getattr__", "__all__"}:
                return ALL  # what a star brings, or may bring, changed
            passed |= names - {"default"}
        elif imp.local and (whole or names is ALL or imp.imported in names):
            bound.add(imp.local)
    passed.update(export.name for export in reach.exports_from.get(module, ())
                  if export.kind == "namespace" or export.kind == "reexport" and
                  (names is ALL or export.imported in names))
    passed.update(export.name for local in bound for export in reach.exports_of.get(local, ()))
    if any(member.local in bound for member in facts.default_object):
        passed.add("default")  # `export default { a }` of an imported `a`
    bound |= _aliases_of(reach.aliases, bound)  # `ib = attrib` of an imported `attrib`
    passed |= bound
    for name in bound:  # subclasses, and under what names the module exports them
        built = reach.subclasses.get(name, ())
        passed.update(built)
        passed.update(export.name for cls in built for export in reach.exports_of.get(cls, ()))
    if passed and (facts.all_references or facts.commonjs):
        return ALL  # `__all__` built from other modules', or `module.exports = ...`
    return frozenset(passed)


def _traits(facts: FileFacts) -> tuple:
    """What a module is as a whole: when any of it changes, so may every name it provides."""
    stars = tuple((i.source, i.level, i.guarded, i.type_only) for i in facts.imports
                  if i.kind == "star" or i.kind == "reexport" and i.imported == "*")
    return (facts.language, bool(facts.problems), facts.readable, facts.dynamic_exports,
            facts.module_getattr, facts.getattr_unchecked, facts.has_all, facts.all_references,
            facts.all_removed, facts.all_unknown, facts.deleted, facts.esm, facts.commonjs, stars,
            tuple((e.source, e.type_only) for e in facts.exports if e.kind == "star"))


def _shapes(facts: FileFacts) -> dict[str, list]:
    """Everything a module says about each name it binds, defines, imports or exports, but
    where it says it."""
    shapes: dict[str, list] = defaultdict(list)
    for definition in facts.definitions:
        shapes[definition.name].append(_shape(definition))
    for export in facts.exports:
        shapes[export.name].append(("export", export.kind, export.local, export.source,
                                    export.imported, export.type_only))
    for imp in facts.imports:
        if imp.local:
            shapes[imp.local].append(("import", imp.source, imp.imported, imp.kind, imp.level,
                                      imp.guarded, imp.type_only, imp.fallback, imp.installed,
                                      imp.none_without))
    for name in facts.bindings:
        shapes[name].append("bound")
    for name in facts.only_imported:
        shapes[name].append("only imported")
    if facts.default_object:
        shapes["default"].append(("object", tuple((e.name, e.local) for e in facts.default_object)))
    return shapes


_DEFINITION_FIELDS = [f.name for f in fields(Definition)]
_DEFINITION_VALUES = attrgetter(*_DEFINITION_FIELDS)
_SITE, _BODY, _MEMBERS, _ATTRIBUTES = (_DEFINITION_FIELDS.index(name)
                                       for name in ("site", "body", "members", "attributes"))


def _shape(definition: Definition) -> list:
    """A definition's fields but its place, and those of its members and class attributes
    (and its body, which no other file sees: a `__getattr__`'s tells what it provides). Every
    other field counts, so a field added to Definition is followed without a change here.
    (A list of the fields, not a `replace`d Definition: the same comparison, at a fifth of
    the cost.)"""
    shape = list(_DEFINITION_VALUES(definition))
    shape[_SITE] = None
    if definition.name != "__getattr__":
        shape[_BODY] = ""
    shape[_MEMBERS] = list(map(_shape, definition.members))
    shape[_ATTRIBUTES] = list(map(_shape, definition.attributes))
    return shape


def _packages_around(base: SymbolGraph, head: SymbolGraph, changed: set[str]
                     ) -> dict[str, set[str]]:
    """For each Python module added or removed, the packages that hold it (in every source
    root, for namespace packages), with the name it has in each: `pkg.sub` appeared or went.
    A package's own name changes in the package around it only when its directory appeared
    or went away (`pkg/sub/new.py` added beside other files leaves `pkg.sub` as it was)."""
    found: dict[str, set[str]] = defaultdict(set)
    roots = set(base.python.roots) | set(head.python.roots)
    for path in changed:
        if (path in base.paths) == (path in head.paths) or not path.endswith(SUFFIXES):
            continue
        directory, name = posixpath.split(path)
        child = posixpath.splitext(name)[0]
        if name in INIT_FILES:
            directory, child = posixpath.split(directory)
        while child:
            places = _places(directory, roots)
            for place in places:
                for package in (*(posixpath.join(place, init) for init in INIT_FILES), place + "/"):
                    found[package.lstrip("/")].add(child)
            if all((place in base.python.dirs) == (place in head.python.dirs) for place in places):
                break  # each place of this package was there in both, or in neither
            directory, child = posixpath.split(directory)
    return found


def _places(directory: str, roots: set[str]) -> set[str]:
    """The same package directory under every source root."""
    relative = {directory[len(root) + 1:] if root else directory for root in roots
                if not root or directory == root or directory.startswith(root + "/")}
    return {posixpath.join(root, place) if place else root for place in relative for root in roots}


def _users_of_changed_globals(base: SymbolGraph, head: SymbolGraph,
                              indexes: tuple[RevisionIndex, RevisionIndex], changed: set[str]) -> set[str]:
    """The files that use a global the change added or took away, and the scripts that declare
    a global namespace a changed script declares too (its members are every declaration's);
    every file when the names Python modules add to the builtins changed (which files use one
    unbound, no summary says)."""
    if indexes[0].names("builtins_added") != indexes[1].names("builtins_added"):
        return set(base.facts) | set(head.facts)
    names = global_names(base, indexes[0]) ^ global_names(head, indexes[1])
    namespaces = _global_namespaces_of(base, changed) | _global_namespaces_of(head, changed)
    if not names and not namespaces:
        return set()
    # what each file uses unbound, from its summary (the languages whose scripts share globals)
    return {summary.path for graph in (base, head) for summary in graph.facts.summaries()
            if not names.isdisjoint(summary.unbound) or not names.isdisjoint(summary.type_unbound)
            or not namespaces.isdisjoint(summary.values)}


def _global_namespaces_of(graph: SymbolGraph, paths: Iterable[str]) -> frozenset[str]:
    """The namespaces the scripts among `paths` declare at top level (globals, merged across
    scripts)."""
    names: set[str] = set()
    for path in paths:
        facts = graph.facts.get(path)
        if facts is not None and facts.script:
            names.update(d.name for d in facts.definitions if d.namespace_members is not None)
    return frozenset(names)


def http_rules_affected(change: Change, base_reads: frozenset[str] | None,
                        head_http: frozenset[str], rebound: frozenset[str] | None) -> bool:
    """Whether the HTTP rules (checks/http/) may find something in this change: unless it
    is known which files' facts they read in base (`base_reads`), no path is added or removed,
    and the change edits none of those files nor any file they go through in head
    (`head_http`, from head's index), nor makes the imports of one resolve differently
    (`rebound`; None: any file may). Else head has the very facts they read in base, where
    every import resolves as before: what they find in head is what they found in base."""
    if base_reads is None or rebound is None:
        return True
    return not (change.paths | rebound).isdisjoint(base_reads | head_http)
