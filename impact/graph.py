"""The SymbolGraph of one snapshot: the facts of every file, and module resolution.

Built once, then only read: it answers queries (what an import reaches, what a module
exports, where a name comes from, who imports a module), each computed on demand and
memoised; what a module exports follows star imports and `export *` through the
repository. The networkx graph `impact graph` writes is drawn from it by impact/dependents.py.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from impact.lang import LANGUAGES, Language, language_of
from impact.model import Definition, Export, FileFacts, Import, MemberRef, Site
from impact.resolve import External, Links, Missing, Resolution, Resolved, Resolver
from impact.resolve.javascript import JsResolver
from impact.resolve.python import PythonImports, PythonResolver


@dataclass(frozen=True)
class ExportSet:
    """The names a module provides; `complete` is False when more may exist at run time."""

    names: frozenset[str]
    complete: bool


UNKNOWN = ExportSet(frozenset(), False)


@dataclass(frozen=True)
class ModuleNames:
    """A module's definitions, named imports and exports by name (the first of each)."""

    definitions: dict[str, Definition]
    imports: dict[str, Import]  # by local name; not star imports or re-exports
    exports: dict[str, Export]
    redirects: dict[str, Export]  # exports of another module's name, or under another name
    defined_at: dict[Site, str]  # the name of the (first) definition at each site

    @classmethod
    def of(cls, facts: FileFacts) -> ModuleNames:
        definitions: dict[str, Definition] = {}
        imports: dict[str, Import] = {}
        exports: dict[str, Export] = {}
        redirects: dict[str, Export] = {}
        defined_at: dict[Site, str] = {}
        for definition in facts.definitions:
            definitions.setdefault(definition.name, definition)
            defined_at.setdefault(definition.site, definition.name)
        for imp in facts.imports:
            if imp.local and imp.imported not in (None, "*") and imp.kind != "reexport":
                imports.setdefault(imp.local, imp)
        for export in facts.exports:
            exports.setdefault(export.name, export)
            if export.kind == "reexport" or (export.local and export.local != export.name):
                redirects.setdefault(export.name, export)
        return cls(definitions, imports, exports, redirects, defined_at)


DECLARATION_FILES = (".d.ts", ".d.mts", ".d.cts")
# what tsc reads as modules: a relative import of any other file is the bundler's to load
TYPED_EXTENSIONS = frozenset({".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts", ".json"})


def relative_asset(spec: str) -> bool:
    """Whether `spec` is a relative import of a file no type checker reads (`./shader.frag.glsl`,
    `../icons/size.svg`, `./logo.svg?url`): the bundler loads it from the tree, whatever tsc is
    told of such files (`@ts-ignore`, `declare module '*.svg'`)."""
    if not spec.startswith("."):
        return False
    extension = posixpath.splitext(spec.split("?", 1)[0])[1]
    return bool(extension) and extension not in TYPED_EXTENSIONS


class ImportingFile(Protocol):
    """What the graph reads of the file an import is in to say which module it binds: its
    facts, or its summary when an index is built (impact.summaries)."""

    @property
    def path(self) -> str: ...

    @property
    def language(self) -> str: ...


class SymbolGraph:
    def __init__(self, label: str, facts: dict[str, FileFacts], paths: frozenset[str],
                 config_files: dict[str, bytes], python_roots: tuple[str, ...] = (),
                 internal_python: frozenset[str] | None = None,
                 public_modules: tuple[str, ...] | None = None,
                 read: Callable[[list[str]], dict[str, bytes]] | None = None,
                 python: PythonResolver | None = None, links: Links | None = None,
                 submodules: frozenset[str] = frozenset()):
        self.label = label
        self.facts = facts
        self.paths = paths
        self.python = python or PythonResolver(paths, python_roots, links, submodules=submodules)
        self.js = JsResolver(paths, config_files, read, links, python.ignored if python else None,
                             submodules)
        self._read = read
        # top-level Python names that are this repository's (in either revision of a diff)
        self.internal_python = internal_python or self.python.top_level_names
        # one of each resolver the registered languages name (impact/lang)
        self.resolvers: dict[type, Resolver] = {
            PythonResolver: PythonImports(self.python, self.internal_python),
            JsResolver: self.js,
        }
        self.public_modules = public_modules  # configured public API, if any
        self._resolutions: dict[tuple, Resolution] = {}
        self._exports: dict[str, ExportSet] = {}
        self._star_targets: dict[str, list[str | None]] = {}
        self._names: dict[str, ModuleNames] = {}
        self._dunder_all: dict[str, ExportSet] = {}
        self._origins: dict[tuple[str, str], tuple[str, Site] | None] = {}
        self._resolving: dict[tuple[str, str], bool] = {}
        self._star_rebinding: set[tuple[str, str]] = set()  # asked, to end cycles of stars
        self._let_through: dict[str, list[tuple[str, frozenset[str]]]] = {}  # see _star_provided
        self._direct_importers: dict[str, set[str]] | None = None
        self._added_builtins: frozenset[str] | None = None

    def file_bytes(self, path: str) -> bytes | None:
        """A file of the revision that is not a source file (a project file), if readable."""
        return self._read([path]).get(path) if self._read is not None else None

    # -- who imports what ---------------------------------------------------------------

    @property
    def direct_importers(self) -> dict[str, set[str]]:
        """module -> the modules that import or re-export something from it (reads every
        file's facts; a revision's index (impact/index.py) knows the same without them)."""
        if self._direct_importers is None:
            importers: dict[str, set[str]] = defaultdict(set)
            for path in dict(self.facts.items()):  # read in one go
                for module in self.imported_modules(path):
                    importers[module].add(path)
            self._direct_importers = dict(importers)
        return self._direct_importers

    def imported_modules(self, path: str) -> Iterator[str]:
        """Every module `path` depends on: what its imports name, the submodules a Python
        `from pkg import sub` binds, and the packages `import a.b.c` runs on the way."""
        language = self.language_of(path)
        for imp in self.facts[path].imports:
            target = self.target(path, imp)
            if not isinstance(target, str):
                continue
            yield target
            if language.submodules_are_attributes and imp.kind == "from":
                submodule = self.python.submodule(target, imp.imported)
                if submodule is not None:
                    yield submodule
            if language.importing_runs_enclosing_packages:
                yield from self.python.enclosing_packages(target)

    def dependents(self, modules: Iterable[str],
                   importers: Mapping[str, Iterable[str]] | None = None) -> set[str]:
        """The given modules and every module that imports one of them, directly or not;
        `importers`: module -> its direct importers, when known (else `direct_importers`)."""
        importers = self.direct_importers if importers is None else importers
        found = set(modules)
        pending = list(found)
        while pending:
            for importer in importers.get(pending.pop(), ()):
                if importer not in found:
                    found.add(importer)
                    pending.append(importer)
        return found

    # -- resolution --------------------------------------------------------------------

    def resolution(self, importer: str, imp: Import) -> Resolution:
        """What an import names: a module of the repository, something outside it, or a
        module that is missing; found by the resolver the importer's language names."""
        key = (importer, imp.source, imp.level, imp.kind)
        if key not in self._resolutions:
            resolver = self.resolvers[language_of(importer).resolver]
            self._resolutions[key] = resolver.resolve_import(imp, importer)
        return self._resolutions[key]

    def target(self, importer: str, imp: Import) -> str | None:
        """The module of the repository an import reaches (None: it reaches none)."""
        found = self.resolution(importer, imp)
        return found.path if isinstance(found, Resolved) else None

    def import_is_missing(self, importer: str, imp: Import) -> bool:
        """Whether an import names a module of the repository that does not exist."""
        return isinstance(self.resolution(importer, imp), Missing)

    def import_is_declared_dependency(self, importer: str, imp: Import) -> bool:
        """Whether an import names a distribution the project declares (not builds) in place
        of a module the repository no longer has (`External.declared`)."""
        found = self.resolution(importer, imp)
        return isinstance(found, External) and found.declared

    def spec_resolution(self, importer: str, spec: str) -> Resolution:
        """What the specifier of an `export ... from` names."""
        return self.js.resolve_spec(spec, importer)

    def resolve_spec(self, importer: str, spec: str) -> str | None:
        """The module of the repository an `export ... from` specifier reaches, if any."""
        found = self.spec_resolution(importer, spec)
        return found.path if isinstance(found, Resolved) else None

    def language_of(self, path: str) -> Language | None:
        """The language of a module of this snapshot (None: not a source file of it): its
        suffix's, as its facts say (the cache shares facts only between files of one suffix),
        without reading them."""
        return language_of(path) if path in self.facts else None

    def module_name(self, module: str, language: Language) -> str:
        """A module as imports of `language` name it in messages: dotted, or its path."""
        return self.python.dotted_name(module) if language.dotted_module_names else module

    def module_bound_by(self, facts: ImportingFile, imp: Import) -> str | None:
        """The module a name bound by this import refers to, if it refers to a module."""
        if LANGUAGES[facts.language].dotted_module_names:
            if imp.kind == "module":
                whole = imp.aliased or imp.local != imp.source.split(".")[0]
                bound = imp if whole else Import(imp.local, None, imp.local, imp.site, "module")
                target = self.target(facts.path, bound)
                return target if isinstance(target, str) else None
            if imp.kind == "from":  # the package's attribute: its submodule unless it rebinds
                # it, or a module it binds to that name (`from pkg import exp` of a package
                # whose `__init__` says `from pkg import expressions as exp`)
                package = self.target(facts.path, imp)
                return self.module_attribute(package, imp.imported) \
                    if isinstance(package, str) else None
            return None
        target = self.target(facts.path, imp)
        if not isinstance(target, str):
            return None
        if imp.imported == "*" and imp.kind in ("namespace", "require"):
            return target
        if imp.kind == "esm" and imp.imported not in (None, "*", "default"):
            return self.namespace_export(target, imp.imported)
        return None

    def module_attribute(self, module: str, name: str) -> str | None:
        """The module that `module.name` is, when a Python module binds `name` to a module:
        its own submodule, `from pkg import sub`, `import pkg.sub as sub`, or a star import of
        a module that binds it so (`nx.community`, which networkx star-imports from
        `networkx.algorithms`). A loop over the layers; None when it is not a module, is
        bound another way, or several star imports may bring it."""
        seen: set[tuple[str, str]] = set()
        while (module, name) not in seen:
            seen.add((module, name))
            submodule = self.python.submodule(module, name)
            if submodule is not None and not self.rebinds_submodule(module, name, submodule):
                return submodule
            facts = self.facts.get(module)
            if facts is None or facts.module_getattr:
                return None
            names = self.names_of(module)
            imp = names.imports.get(name)
            if name in names.definitions or imp is not None and imp.guarded:
                return None
            if imp is not None and imp.kind == "module":
                return self.module_bound_by(facts, imp)
            if imp is not None:
                target = self.target(module, imp)
                if imp.kind != "from" or not isinstance(target, str):
                    return None
                module, name = target, imp.imported
                continue
            binders = [i for i in facts.imports if i.kind == "module" and i.local == name]
            if binders:  # `import pkg.expressions as exp`
                return self.module_bound_by_all(facts, binders)
            if name in facts.bindings:
                return None
            providers = [target for target in self.star_targets(module)
                         if isinstance(target, str) and name in self.exports(target).names]
            if len(providers) != 1:
                return None
            module = providers[0]
        return None

    def rebinds_submodule(self, package: str, name: str, submodule: str) -> bool:
        """Whether a package binds `name` to something else than its submodule of that name:
        `from pkg.session import session` (an object from inside it), a name from another
        module, or an assignment. `from . import session` and `import pkg.session as session`
        bind the submodule. A package whose `__init__` deletes the name (`del util`) and has
        a `__getattr__` is taken as rebinding it: `from pkg import util` and `pkg.util` ask
        the package first, and its `__getattr__` answers before the import system would load
        the submodule (GitPython's `git.util` is `git.index.util`). A lazy stand-in bound only
        where checkers do not read, for a submodule an `if TYPE_CHECKING:` imports (pyglet's
        `image = _ModuleProxy("image")`), is read as that import."""
        if package not in self.facts:
            return False  # a namespace package binds nothing
        facts = self.facts[package]
        stand_in = name in facts.run_time_stand_ins  # (whose proxy may write `globals()`)
        if not stand_in and (facts.binds_globals or name in facts.deleted and facts.module_getattr):
            return True  # `globals()[name] = v` may be any name; `__getattr__` answers it
        names = self.names_of(package)
        if name in names.definitions and not stand_in:
            return True
        imp = names.imports.get(name)
        if imp is None and name not in self.facts[package].bindings:
            return self._star_rebinds(package, name, submodule)
        if imp is None or imp.kind == "star":
            return False
        if imp.kind == "module":
            return self.module_bound_by(self.facts[package], imp) != submodule
        return self.target(package, imp) != package

    def _star_rebinds(self, package: str, name: str, submodule: str) -> bool:
        """Whether a star import of the package binds `name` to something else than its
        submodule: `from pkg.backend.jax import *` of a module binding `numpy` to its own
        `numpy.py` makes `pkg.backend.numpy` that module, as Python and pyright read it."""
        if (package, name) in self._star_rebinding:
            return False  # a star reaching back to the package: the submodule, as asked first
        self._star_rebinding.add((package, name))
        try:
            providers = [target for target, names in self._star_provided(package)
                         if name in names]
            return any(self.module_attribute(target, name) != submodule for target in providers)
        finally:
            self._star_rebinding.discard((package, name))

    def _star_provided(self, package: str) -> list[tuple[str, frozenset[str]]]:
        """(module, the names the star lets through of it) for each star import of the
        package's own modules; worked out once per package (a package is asked for every
        attribute chain through it)."""
        if package not in self._let_through:
            # while they are worked out, a star of them reaching back here (the `__all__` of
            # a star-imported module names a sibling the package binds) sees none of them
            self._let_through[package] = []
            language = self.language_of(package)
            self._let_through[package] = [
                (target, self._through_star(language, target, self.exports(target)).names)
                for target in self.star_targets(package)
                if isinstance(target, str) and target != package]
        return self._let_through[package]

    def namespace_export(self, module: str, name: str) -> str | None:
        """The module whose namespace `module` exports as `name`: `export * as name from './m'`,
        or `import * as name from './m'` then `export { name }` (blueprint's `common/index.ts`
        exports `Classes` so; TypeScript's `export import name = require('./m')` too),
        followed through `export { name } from` and `export *` layers and named imports. A
        loop; None where the trail leaves the repository, forks or ends at anything but a
        namespace."""
        seen: set[tuple[str, str]] = set()
        step: tuple[str, str] | None = (module, name)
        while step is not None and step not in seen:
            seen.add(step)
            namespace, step = self._namespace_step(*step)
            if namespace is not None:
                return namespace
        return None

    def _namespace_step(self, module: str, name: str) -> tuple[str | None, tuple[str, str] | None]:
        """One step of `namespace_export`: the namespace's module, or where to look next."""
        facts = self.facts.get(module)
        if facts is None:
            return None, None
        for export in facts.exports:
            if export.kind == "namespace" and export.name == name:
                target = self.resolve_spec(module, export.source)
                return (target if isinstance(target, str) else None), None
        binders = [i for i in facts.imports if i.local == name and i.kind != "reexport"]
        if len(binders) == 1 and binders[0].kind in ("namespace", "require") and \
                binders[0].imported == "*":
            target = self.target(module, binders[0])
            return (target if isinstance(target, str) else None), None
        names = self.names_of(module)
        imp = names.imports.get(name)
        redirect = names.redirects.get(name)
        if imp is not None or redirect is not None and redirect.kind == "reexport":
            target = self.target(module, imp) if imp is not None else \
                self.resolve_spec(module, redirect.source)
            imported = imp.imported if imp is not None else redirect.imported
            return None, ((target, imported) if isinstance(target, str) else None)
        if redirect is not None:
            return None, (module, redirect.local)
        if name in names.definitions or name in facts.bindings:
            return None, None
        providers = [t for t in self.star_targets(module)
                     if isinstance(t, str) and name in self.exports(t).names]
        return None, ((providers[0], name) if len(providers) == 1 else None)

    def unreadable_imports(self, files: Mapping[str, FileFacts]) -> list[tuple[str, Import, str]]:
        """(importer, import, why) for imports in `files` of this repository's modules that
        impact cannot read (compiled, or created at run time): what they provide is not checked."""
        found = []
        for path, facts in files.items():
            if not self.language_of(path).compiled_modules:
                continue
            for imp in facts.imports:
                target = self.resolution(path, imp)
                if isinstance(target, Resolved) and target.unreadable:
                    found.append((path, imp, target.unreadable))
        return found

    def module_bound_by_all(self, facts: ImportingFile, imports: list[Import]) -> str | None:
        """The one module that every import binding a name binds it to (`import a.b` and
        `import a.c` both bind `a`), or None when they differ, bind no module, or one is
        guarded by a `try` that goes on without it with the name bound to something else (a
        stand-in: which module it is then depends on the run). A `try` whose handlers all
        raise (urllib3's `except ImportError: raise SkipTest(...)`) goes on only with the
        import done; one whose handlers bind the name to None or leave it alone (pyglet's
        `except ImportError: context_managers = None`) goes on without a module there, so
        a read of it that succeeds reads the module (Import.none_without)."""
        if not imports or any(imp.guarded and _goes_on_without(imp) and not imp.none_without
                              for imp in imports):
            return None
        modules = {self.module_bound_by(facts, imp) for imp in imports}
        return modules.pop() if len(modules) == 1 and None not in modules else None

    def modules_bound_at(self, facts: ImportingFile, ref: MemberRef, imports: list[Import]
                         ) -> list[str]:
        """The modules the root of `ref` may be where it is read, given the imports binding
        the name: each module its alternatives bind (MemberRef.alternatives; none when one of
        them binds no module of the repository or is guarded), else the one module all of
        the imports bind (module_bound_by_all)."""
        if not ref.alternatives:
            module = self.module_bound_by_all(facts, imports)
            return [module] if module is not None else []
        chosen = [imp for imp in imports if imp.site in ref.alternatives]
        modules = [self.module_bound_by_all(facts, [imp]) for imp in chosen]
        return [] if not modules or None in modules else list(dict.fromkeys(modules))

    # -- what modules provide ----------------------------------------------------------

    def exports(self, module: str) -> ExportSet:
        if module not in self._exports:
            self._exports.update(self._compute_exports(module))
        return self._exports[module]

    def _compute_exports(self, start: str) -> dict[str, ExportSet]:
        """What `start` and every module it reaches through star imports and `export *`
        provide (those not known yet), without recursion: chains of stars may be thousands
        long. A module provides its own names and, through each star, what the star lets
        through of its target's; in a cycle of stars every member provides what any member
        lets through, and the set is complete unless some module the stars reach is not."""
        own: dict[str, ExportSet] = {}
        stars: dict[str, list[tuple[str, Language]]] = {}  # module -> (target, its language)
        pending = [start]
        while pending:
            module = pending.pop()
            if module not in own and module not in self._exports:
                own[module], stars[module] = self._own_exports(module)
                pending.extend(target for target, _ in stars[module])
        names = {module: set(provided.names) for module, provided in own.items()}
        complete = {module: provided.complete for module, provided in own.items()}
        importers: dict[str, list[str]] = defaultdict(list)  # completeness flows along these
        carriers: dict[str, list[tuple[str, Callable[[set[str]], set[str]]]]] = defaultdict(list)
        for module, edges in stars.items():
            for target, language in edges:
                fixed = self._fixed_star_names(language, target)
                if fixed is not None:  # `__all__`: the names do not depend on the target's
                    names[module] |= fixed.names
                    complete[module] = complete[module] and fixed.complete
                if target in own:
                    if fixed is None:  # what it lets through depends on the target's names
                        importers[target].append(module)  # and completeness
                        carriers[target].append((module, language.star_lets_through))
                else:
                    through = self._through_star(language, target, self._exports[target])
                    names[module] |= through.names
                    complete[module] = complete[module] and through.complete
        # names not yet passed on, per module; a stack, so that a chain or a cycle is swept
        # in a few waves that carry whole sets, and each name reaches each module once
        unsent = {module: set(found) for module, found in names.items() if found}
        waiting = list(unsent)
        while waiting:
            module = waiting.pop()
            new = unsent.pop(module)
            for importer, let_through in carriers[module]:
                added = let_through(new - names[importer])
                if added:
                    names[importer] |= added
                    if importer not in unsent:
                        unsent[importer] = set()
                        waiting.append(importer)
                    unsent[importer] |= added
        incomplete = [module for module, done in complete.items() if not done]
        while incomplete:
            for importer in importers[incomplete.pop()]:
                if complete[importer]:
                    complete[importer] = False
                    incomplete.append(importer)
        return {module: ExportSet(frozenset(names[module]), complete[module]) for module in own}

    def _own_exports(self, module: str) -> tuple[ExportSet, list[tuple[str, Language]]]:
        """What a module provides by itself, and the modules its stars name (with the
        language of the star, which decides what it lets through); a star impact cannot
        resolve makes the set incomplete."""
        if module.endswith("/"):  # a namespace package: only submodules, but installed
            # distributions may add their own (PythonResolver.installed_portions)
            return ExportSet(frozenset(), not self.python.installed_portions(module)), []
        facts = self.facts.get(module)
        if facts is None:
            return UNKNOWN, []  # not source (json, css, ...)
        if not facts.readable:  # not parsed: at most the names its text writes, where known
            written = facts.written_names
            return (UNKNOWN if written is None else ExportSet(written, True)), []
        language = self.language_of(module)
        if language.imported_names_are_provided:
            names = set(facts.bindings)
            complete = not facts.module_getattr
            targets = [self.target(module, imp) for imp in facts.imports if imp.kind == "star"]
        else:
            names = {e.name for e in facts.exports if e.kind != "star"}
            complete = not facts.dynamic_exports
            if facts.commonjs and all(e.kind == "commonjs" for e in facts.exports):
                # CommonJS exports and no ES export (ES imports or not: Babel compiles those
                # with no `__esModule` mark): a default import is the exports object
                names.add("default")
            if module.endswith(DECLARATION_FILES) and facts.esm:
                # a declaration file's top-level declarations are exported with or without
                # `export`: tsc lets importers name them
                names |= {d.name for d in facts.definitions}
            targets = [self.resolve_spec(module, e.source) for e in facts.exports
                       if e.kind == "star"]
        stars = [(target, language) for target in targets if isinstance(target, str)]
        return ExportSet(frozenset(names), complete and len(stars) == len(targets)), stars

    def _fixed_star_names(self, language: Language, target: str) -> ExportSet | None:
        """What a Python star import of a module with `__all__` brings in: exactly the names
        it lists, followed through the pieces that are other modules' `__all__` (complete
        unless a piece cannot be read), whatever else the module may provide."""
        return self.dunder_all(target) if language.star_follows_dunder_all else None

    def _through_star(self, language: Language, target: str, provided: ExportSet) -> ExportSet:
        """What a star lets through of what its target provides: `export *` all but the
        default export; Python's `from m import *` the `__all__` of m, or else its public names."""
        fixed = self._fixed_star_names(language, target)
        if fixed is not None:
            return fixed
        return ExportSet(frozenset(language.star_lets_through(set(provided.names))),
                         provided.complete)

    def added_builtins(self) -> frozenset[str]:
        """The names some file of the revision adds to the builtins (FileFacts.builtins_added):
        every Python module may read them (reads every file's facts, once)."""
        if self._added_builtins is None:
            self._added_builtins = frozenset(name for facts in dict(self.facts.items()).values()
                                             for name in facts.builtins_added)
        return self._added_builtins

    def stub_builtins(self, path: str) -> frozenset[str]:
        """What the `__builtins__.pyi` stubs a Python module sees declare: builtins to it."""
        return frozenset(definition.name for stub in self.python.builtins_stubs(path)
                         for definition in self.facts[stub].definitions)

    def star_imported(self, facts: FileFacts) -> ExportSet:
        """Every name the star imports of a Python module bring into it."""
        names: set[str] = set()
        complete = True
        for imp in facts.imports:
            if imp.kind == "star":
                star = self.star_names(facts.path, imp)
                names |= star.names
                complete = complete and star.complete
        return ExportSet(frozenset(names), complete)

    def star_names(self, importer: str, imp: Import) -> ExportSet:
        """Names `from m import *` brings into a Python module."""
        target = self.target(importer, imp)
        if not isinstance(target, str):
            return UNKNOWN
        return self._through_star(self.language_of(importer), target, self.exports(target))

    def dunder_all(self, module: str) -> ExportSet | None:
        """The names a Python module's `__all__` lists (None: it has none), following the
        pieces that are other modules' `__all__`; not complete when a piece is unreadable."""
        facts = self.facts.get(module)
        if facts is None or not facts.has_all:  # only a Python module has `__all__`
            return None
        pending, started = [module], set()
        while pending:  # depth first, each module after the modules its pieces name
            current = pending[-1]
            if current in self._dunder_all:
                pending.pop()
                continue
            pieces = self._all_pieces(current)
            waiting = [m for m in pieces if isinstance(m, str) and m not in self._dunder_all
                       and m not in started]
            if current not in started and waiting:
                started.add(current)
                pending.extend(waiting)
                continue
            pending.pop()
            self._dunder_all[current] = self._combined_all(current, pieces)
        return self._dunder_all[module]

    def _all_pieces(self, module: str) -> list[str | None]:
        """The modules whose `__all__` the `__all__` of `module` takes in (None: unknown)."""
        facts = self.facts[module]
        found: list[str | None] = []
        for reference in facts.all_references:
            local, *attributes = reference
            binders = [imp for imp in facts.imports if imp.local == local]
            if attributes[-1:] != ["__all__"]:  # `from m import __all__ as local`
                targets = {self.target(module, imp) for imp in binders
                           if imp.kind == "from" and imp.imported == "__all__"}
                found.append(targets.pop() if len(targets) == 1 else None)
                continue
            bound = self.module_bound_by_all(facts, binders) if binders else \
                self.python.submodule(module, local)  # `from .sub import *` binds `sub`
            for attribute in attributes[:-1]:
                bound = self.python.submodule(bound, attribute) if bound else None
            found.append(bound)
        return [m if isinstance(m, str) and m in self.facts and self.facts[m].has_all else None
                for m in found]

    def _combined_all(self, module: str, pieces: list[str | None]) -> ExportSet:
        facts = self.facts[module]
        names = {e.name for e in facts.exports}
        complete = not facts.all_unknown
        for piece in pieces:
            taken = self._dunder_all.get(piece) if piece is not None else None
            if taken is None:  # unknown, or a cycle of `__all__` pieces
                complete = False
                continue
            names |= taken.names
            complete = complete and taken.complete
        return ExportSet(frozenset(names - set(facts.all_removed)), complete)

    def provides(self, module: str, name: str) -> bool:
        """Whether `module` provides `name` (or might, when its exports are not complete).

        A Python package also provides its submodules: `from pkg import sub` imports them.
        A module with a stub beside it (`m.py` and `m.pyi`) provides what either has: a
        checker reads the stub ("stub files take precedence", PEP 561), the running program
        the source, and an import of a name one of them lacks fails for one of the two only
        (numpy's stubs declare `TypedDict`s and aliases its sources never define, and
        `numpy/dtypes.pyi` the `StringDType` that `numpy/dtypes.py` adds from C at run time);
        a stub of a compiled module provides any name, as the compiled module may (scipy's
        `special/_ufuncs.pyi` leaves out the private ufuncs its `stats` call).
        """
        if self._provides_itself(module, name) or self.python.compiled_beside(module):
            return True  # a compiled module's stub: the module itself cannot be read
        stub = self.python.stub_over(module)
        return stub is not None and stub in self.facts and self._provides_itself(stub, name)

    def lazy_stub(self, module: str) -> str | None:
        """The stub beside a Python module whose `__getattr__` binds its names lazily: what it
        binds is what the stub declares (lazy_loader's `attach_stub(__name__, __file__)` reads
        the stub; a type checker reads the stub alone, PEP 561), so a name of the module is
        found, or broken, where the stub's declaration of it is. (A `__getattr__` checkers
        never read, `if not TYPE_CHECKING:`, answers for what the module lacks at run time
        only: such a module binds its names itself, and is judged as a plain one.)"""
        facts = self.facts.get(module)
        if facts is None or not facts.module_getattr or "__getattr__" not in facts.bindings \
                or facts.getattr_unchecked:
            return None
        stub = self.python.stub_over(module)
        return stub if stub is not None and stub in self.facts else None

    def _provides_itself(self, module: str, name: str) -> bool:
        provided = self.exports(module)
        if name in provided.names or not provided.complete:
            return True
        language = self.language_of(module)
        if language is not None and language.modules_have_dunder_attributes and \
                name.startswith("__") and name.endswith("__"):
            return True  # module attributes every module has: __file__, __dict__, ...
        return self.python.submodule(module, name) is not None

    def export_origin(self, module: str, name: str) -> tuple[str, Site] | None:
        """The module that defines `name` as `module` provides it, following imports and
        re-exports, with the site of the definition. Where the trail goes cold (a module
        impact cannot read, a cycle), the last import or re-export on it that has a site.
        A loop, not recursion, as chains may be long; every step of the trail is memoised but
        those on a cycle, whose answer depends on where the cycle is entered (each is answered
        from its own start, so the answer does not depend on which was asked first)."""
        walked: list[tuple[tuple[str, str], tuple[str, Site] | None]] = []  # step, fallback
        found: tuple[str, Site] | None = None
        step: tuple[str, str] | None = (module, name)
        seen: set[tuple[str, str]] = set()
        while step is not None and step not in seen:
            if step in self._origins:
                found = self._origins[step]
                break
            seen.add(step)
            found, after, fallback = self._origin_step(*step)
            walked.append((step, fallback))
            step = after
        cycle = next(i for i, (walked_step, _) in enumerate(walked) if walked_step == step) \
            if step in seen else len(walked)
        for index in range(len(walked) - 1, -1, -1):  # the innermost fallback answers for those above
            step, fallback = walked[index]
            found = found or fallback
            if index < cycle:
                self._origins[step] = found
        return found

    def _origin_step(self, module: str, name: str
                     ) -> tuple[tuple[str, Site] | None, tuple[str, str] | None,
                                tuple[str, Site] | None]:
        """One step of `export_origin`: the origin if `module` has it, else where to look next
        and what to answer if nothing is found there."""
        facts = self.facts.get(module)
        if facts is None:
            return None, None, None
        stub = self.lazy_stub(module)
        if stub is not None:
            return None, (stub, name), None
        names = self.names_of(module)
        defined_here = names.definitions.get(name)
        if defined_here is not None:  # a module that rebinds an imported name defines it
            return (module, defined_here.site), None, None
        imp = names.imports.get(name)
        if imp is not None:
            target = self.target(module, imp)
            after = (target, imp.imported) if isinstance(target, str) else None
            return None, after, (module, imp.site)
        redirect = names.redirects.get(name)
        if redirect is not None and redirect.kind == "reexport":
            target = self.resolve_spec(module, redirect.source)
            after = (target, redirect.imported) if isinstance(target, str) else None
            return None, after, (module, redirect.site)
        if redirect is not None:
            return None, (module, redirect.local), (module, redirect.site)
        if name in facts.bindings:
            return (module, facts.bindings[name]), None, None
        for target in self.star_targets(module):  # `export * from` and Python's `from m import *`
            if isinstance(target, str) and name in self.exports(target).names:
                return None, (target, name), None
        export = names.exports.get(name)
        return ((module, export.site) if export is not None else None), None, None

    def names_of(self, module: str) -> ModuleNames:
        if module not in self._names:
            self._names[module] = ModuleNames.of(self.facts[module])
        return self._names[module]

    def star_targets(self, module: str) -> list[str | None]:
        """What the `export * from` and Python `from m import *` statements of a module name."""
        if module not in self._star_targets:
            facts = self.facts[module]
            stars = [self.resolve_spec(module, e.source) for e in facts.exports if e.kind == "star"]
            stars += [self.target(module, i) for i in facts.imports if i.kind == "star"]
            self._star_targets[module] = stars
        return self._star_targets[module]

    def still_resolves(self, module: str, name: str) -> bool:
        """Whether `module` provides `name` and, if it re-exports it, the source still does,
        to the end of the chain (a loop: chains may be long; a cycle is given the benefit).
        The answer holds for every step of the chain, and is memoised for each."""
        walked: dict[tuple[str, str], None] = {}  # in order
        resolves = True
        while (module, name) not in walked:
            if (module, name) in self._resolving:
                resolves = self._resolving[(module, name)]
                break
            walked[(module, name)] = None
            if not self.provides(module, name):
                resolves = False
                break
            facts = self.facts.get(module)
            export = next((e for e in facts.exports if e.name == name and e.kind == "reexport"),
                          None) if facts is not None else None
            if export is None:
                break
            target = self.spec_resolution(module, export.source)
            if not isinstance(target, Resolved):
                resolves = not isinstance(target, Missing)  # External: not judged
                break
            module, name = target.path, export.imported
        self._resolving.update(dict.fromkeys(walked, resolves))
        return resolves

    def definition(self, module: str, name: str) -> Definition | None:
        if module not in self.facts:
            return None
        return self.names_of(module).definitions.get(name)

    def defined_at(self, module: str, where: Site) -> str | None:
        """The name of the module-scope definition of `module` at `where`, if one is there."""
        if module not in self.facts:
            return None
        return self.names_of(module).defined_at.get(where)

    def binding_site(self, module: str, name: str) -> Site | None:
        """Where `module` binds or exports `name` (or, failing that, binds it in a nested scope)."""
        facts = self.facts.get(module)
        if facts is None:
            return None
        if name in facts.bindings:
            return facts.bindings[name]
        for export in facts.exports:
            if export.name == name:
                return export.site
        return facts.inner_bindings.get(name)


def _goes_on_without(imp: Import) -> bool:
    """Whether the code after a guarded import runs when it fails: some `try` around it
    accepts the failure (Import.fallback), where a handler that raises does not."""
    return any(tolerant for _statement, _branch, tolerant in imp.fallback)
