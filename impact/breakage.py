"""Which imports fail, and the names that fail with them.

An import fails when its module does not exist or does not provide the name. A module
that takes `X` from elsewhere and fails to do so does not provide `X` either: at run time
the whole module fails to load (Python ImportError, an ES module that does not link), so
every consumer that takes `X` from it fails too, through any number of re-export layers
(`from .sql import X` in `pkg/__init__.py`, then `from pkg import X`, `pkg.X`,
`export { X } from './index'`). Such a name is *broken*; `Breakage.broken` names the chain.

Only what surely fails is broken. Not broken: a name the module also binds another way (an
assignment, a definition, a fallback in `try/except ImportError`, a second import), a name
only `if TYPE_CHECKING:` or `import type` imports, anything in a module with `__getattr__`
or in a TypeScript declaration file, and a name that another star import or `export *` may
provide.

Python completeness is not all-or-nothing: in a diff, a name that a known source of a
module provided in the other revision and that no source provides here is *gone* when what
impact cannot see of the module (`__getattr__`, star imports it cannot read, `__all__`
pieces it cannot read) is the same in both revisions.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from dataclasses import dataclass, replace
from weakref import WeakKeyDictionary

from impact.graph import DECLARATION_FILES, SymbolGraph
from impact.lang import LANGUAGES, Language
from impact.model import Export, FileFacts, Import
from impact.resolve import Missing, Resolution, Resolved
from impact.resolve.python import INIT_FILES

MISSING_MODULE = "missing-module"  # the import names a module that does not exist
NOT_PROVIDED = "not-provided"  # the module exists but does not provide the name
GONE = "gone"  # the module's known sources no longer provide it (see the module docstring)


@dataclass(frozen=True)
class Hop:
    """One re-export layer: `module` takes `name` from `source` and provides it."""

    module: str  # path
    source: str  # a dotted module name (Python) or a specifier (JavaScript)
    name: str  # the name taken there
    # through a star import that binds nothing when its source fails: one whose source has no
    # `__all__` listing the name (`from m import *` binds what `m.__all__` lists, as pyright
    # reads it, whether or not `m` has it)
    star: bool = False
    submodule: bool = False  # `name` is the submodule `source`, which `module` imports from
    lazy: bool = False  # `module`'s `__getattr__` loads it from `source` (pydantic's `__init__`)


@dataclass(frozen=True)
class BrokenName:
    """Why a name a module provides fails: the layers it goes through, from the module a
    consumer names to the one whose import fails, and how that last import fails."""

    hops: tuple[Hop, ...]
    cause: str  # MISSING_MODULE | NOT_PROVIDED | GONE
    language: Language  # of the module whose import fails

    @property
    def unbound(self) -> bool:
        """Whether no layer binds the name at all (every one takes it by a star import that
        binds nothing, see Hop.star): then `pkg.name` fails too, as pyright reports; a named
        import binds it even when it fails, and so does a star import of a module whose
        `__all__` lists it (the `__all__` entry is where that breakage is reported, IMP104)."""
        return all(hop.star for hop in self.hops)

    def describe(self, name: str) -> str:
        first = self.hops[0]
        parts = [f"`{name}` is the submodule `{first.source}` (bound in `{first.module}` by its "
                 f"imports from it)" if first.submodule else
                 f"`{name}` is loaded lazily by `{first.module}` (its `__getattr__`) from "
                 f"`{first.source}`" if first.lazy else
                 f"`{name}` is re-exported by `{first.module}` from `{first.source}`"]
        previous = name
        for hop in self.hops:
            if hop is not first:
                parts.append(f", which binds it as its submodule `{hop.source}`" if hop.submodule
                             else f", which loads it lazily from `{hop.source}`" if hop.lazy
                             else f", which re-exports it from `{hop.source}`")
            if hop.name != previous:
                parts.append(f" (as `{hop.name}`)")
                previous = hop.name
        if self.cause == MISSING_MODULE:
            parts.append(", which no longer exists")
        else:
            parts.append(f", which no longer {self.language.provides_verb} `{previous}`")
        return "".join(parts)


@dataclass(frozen=True)
class _Next:
    """A layer that provides the name only through another module's name."""

    hop: Hop
    module: str
    name: str


@dataclass(frozen=True)
class _Fails:
    """A layer whose own import of the name fails."""

    hop: Hop
    cause: str


_BY_GRAPH: WeakKeyDictionary[SymbolGraph, Breakage] = WeakKeyDictionary()


def breakage_of(graph: SymbolGraph, other: SymbolGraph | None = None) -> Breakage:
    """The one Breakage of a graph, beside `other` (in a diff, the other revision's graph):
    its answers are kept for the whole run."""
    known = _BY_GRAPH.get(graph)
    if known is None or known.other is not other:
        known = _BY_GRAPH[graph] = Breakage(graph, other)
    return known


class Breakage:
    def __init__(self, graph: SymbolGraph, other: SymbolGraph | None = None):
        self.graph = graph
        self.other = other  # in a diff, the other revision's graph
        self._failed: dict[str, dict[Import, str]] = {}
        self._broken: dict[tuple[str, str], BrokenName | None] = {}
        self._checked: dict[tuple[str, str], BrokenName | None] = {}  # broken(checker=True)
        self._unknown: dict[str, frozenset[tuple]] = {}

    # -- imports that fail on their own --------------------------------------------------

    def cause(self, importer: str, imp: Import) -> str | None:
        """How an import fails on its own (not through a broken re-export), if it does."""
        target = self.graph.resolution(importer, imp)
        if isinstance(target, Missing):
            return MISSING_MODULE
        if isinstance(target, Resolved) and imp.kind in ("from", "esm", "require") and \
                imp.imported not in (None, "*"):
            return self.unavailable_to(importer, target.path, imp.imported)
        return None

    def unavailable_to(self, importer: str, module: str, name: str) -> str | None:
        """Whether `module` lacks `name` as `importer` imports it. A package that imports
        from itself (`from . import sub` in `pkg/__init__.py`) binds the name by that very
        import, which finds nothing but a submodule: without one, the import fails."""
        if importer in (module, self.graph.python.stub_over(module)) and \
                self._self_import_fails(importer, name):
            return NOT_PROVIDED  # a stub importing from its package is the package itself
        return self.unavailable(module, name, importer)

    def _self_import_fails(self, module: str, name: str) -> bool:
        facts = self.graph.facts[module]
        if not LANGUAGES[facts.language].imported_names_are_provided or facts.module_getattr \
                or facts.problems or name not in facts.only_imported:
            return False  # not Python, lazy, unreadable, or bound another way
        binders = [i for i in facts.imports if i.local == name]
        itself = {module, self.graph.python.source_beside(module)}
        return all(i.kind == "from" and not i.guarded and not i.type_only
                   and self.graph.target(module, i) in itself for i in binders) \
            and self.graph.python.submodule(module, name) is None

    def unavailable(self, module: str, name: str, importer: str | None = None) -> str | None:
        """Whether `module` lacks `name`: it does not provide it, or it is gone; and, for
        an `importer` outside the distribution of the module, so does every copy of it
        another distribution of the repository builds (which one an environment installs,
        impact cannot tell)."""
        cause = self._lacks(module, name)
        if cause is not None and importer is not None and \
                any(self._lacks(copy, name) is None
                    for copy in self.graph.python.copies(module, importer)):
            return None
        return cause

    def _lacks(self, module: str, name: str) -> str | None:
        if not self.graph.provides(module, name):
            return NOT_PROVIDED
        return GONE if self.gone(module, name) else None

    def failed(self, path: str) -> dict[Import, str]:
        """The imports of a module that fail on their own and are not saved by a fallback
        (`try/except ImportError`), with how they fail."""
        if path not in self._failed:
            imports = self.graph.facts[path].imports
            causes = [self.cause(path, imp) for imp in imports]
            saved = resolving_trys(imports, [c is not None for c in causes])
            self._failed[path] = {imp: cause for imp, cause in zip(imports, causes)
                                  if cause is not None and not
                                  (imp.fallback and imp.fallback[0][0] in saved)}
        return self._failed[path]

    # -- names that break through re-exports ---------------------------------------------

    def broken(self, module: str, name: str, checker: bool = False) -> BrokenName | None:
        """Why `module` no longer provides `name` though it names it, if it is broken.
        `checker`: for a Python consumer that imports it only `if TYPE_CHECKING:`, whose
        import a type checker alone runs, the layers a checker follows are followed too: a
        re-export `if TYPE_CHECKING:` (pint's `_typing.py`: `from .util import UnitsContainer`
        there, and its modules' `if TYPE_CHECKING: from .._typing import UnitsContainer`)."""
        cache = self._checked if checker else self._broken
        walked: list[tuple[tuple[str, str], Hop]] = []
        seen: set[tuple[str, str]] = set()
        current = (module, name)
        found: BrokenName | None = None
        while True:  # follow the layers, without recursion
            if current in cache:
                found = cache[current]
                break
            if current in seen:  # a cycle of re-exports: nothing defines it, not judged here
                break
            seen.add(current)
            step = self._step(*current, checker=checker)
            if isinstance(step, _Fails):
                found = BrokenName((step.hop,), step.cause, self._language(current[0]))
                cache[current] = found
                break
            if step is None:
                cache[current] = None
                break
            walked.append((current, step.hop))
            current = (step.module, step.name)
        for key, hop in reversed(walked):
            if found is not None:
                found = BrokenName((hop, *found.hops), found.cause, found.language)
            cache[key] = found
        return found

    def _language(self, module: str) -> Language:
        return self.graph.language_of(module)  # a failing step is in a module impact read

    def _step(self, module: str, name: str, checker: bool = False) -> _Next | _Fails | None:
        facts = self.graph.facts.get(module)
        if facts is None or facts.problems or module.endswith(DECLARATION_FILES):
            return None  # unreadable, or only types (nothing fails at run time)
        stub = self.graph.lazy_stub(module)
        if stub is not None:  # its names are what the stub declares
            return self._step(stub, name, checker)
        if facts.module_getattr:  # lazy: `__getattr__` is asked for what the module lacks
            if "__getattr__" in facts.bindings and not facts.getattr_unchecked:
                # a type checker takes what `__getattr__` returns for a name it cannot bind
                return None if checker else self._lazily_imported(facts, name)
            if not facts.getattr_unchecked or facts.binds_globals:
                return self._fails_at_load(facts, name)
            # a `__getattr__` checkers never read (`if not TYPE_CHECKING:`): to them the
            # module is a plain one, and what it binds by an import that fails at run time
            # raises before `__getattr__` is defined or asked
        if LANGUAGES[facts.language].imported_names_are_provided:
            return self._python_step(facts, name, checker)
        return self._js_step(facts, name)

    def _python_step(self, facts: FileFacts, name: str, checker: bool = False
                     ) -> _Next | _Fails | None:
        if self.graph.python.submodule(facts.path, name):
            return None  # `from pkg import sub` imports the submodule
        if name in facts.only_imported:
            binders = [i for i in facts.imports if i.local == name]
            return self._through_imports(facts, binders, checker=checker) if binders else \
                self._through_submodule_imports(facts, name)
        if name in facts.bindings:
            return None  # bound another way
        return self._through_absolute_submodule_imports(facts, name) or \
            self._through_python_stars(facts, name, checker)

    def _fails_at_load(self, facts: FileFacts, name: str) -> _Fails | None:
        """A Python module that binds names at run time (`globals()` bindings, a replacement
        in `sys.modules`) may provide any name, but not past the import that binds it when
        that import raises while the module loads (trio's `socket.py`: `globals().update(...)`,
        then `from ._socket import socket as socket` of a name `_socket` no longer has): every
        consumer's import of the module raises then, as pyright reports at each. (A module
        `__getattr__` is not judged so: pyright takes it as providing the name.) So is a name
        a star import brings (nltk's `__init__`: `from nltk.tree import *`, then
        `LazyModule("corpus", locals(), globals())`), when that star import raises."""
        if name not in facts.only_imported:
            if name in facts.bindings or self.graph.python.submodule(facts.path, name):
                return None
            return self._through_python_stars(facts, name)
        binders = [i for i in facts.imports if i.local == name]
        failed = self.failed(facts.path)
        if not binders or any(imp.type_only or imp not in failed for imp in binders):
            return None
        return _Fails(self._hop(facts, binders[0]), failed[binders[0]])

    def _through_submodule_imports(self, facts: FileFacts, name: str) -> _Fails | None:
        """`sub` in a package `__init__` that `from .sub import x` binds: broken when the
        submodule is gone."""
        binders = [i for i in facts.imports if i.level == 1 and i.source.split(".")[0] == name]
        failed = self.failed(facts.path)
        if not binders or any(failed.get(imp) != MISSING_MODULE or imp.type_only for imp in binders):
            return None
        return _Fails(Hop(facts.path, self._dotted_source(facts.path, binders[0]), name,
                          submodule=True), MISSING_MODULE)

    def _through_absolute_submodule_imports(self, facts: FileFacts, name: str) -> _Fails | None:
        """`sub` in a package `__init__` that imports from it by its absolute name (hikari's
        `from hikari.colors import *` in `hikari/__init__.py`): loading the submodule sets it on
        its package as `from .sub import x` does, so `from pkg import sub` is broken when the
        submodule is gone. (A checker binds no name for the absolute form and reports each
        such import: pyright does.)"""
        if posixpath.basename(facts.path) not in INIT_FILES:
            return None
        own = f"{self.graph.python.dotted_name(facts.path)}.{name}"
        binders = [i for i in facts.imports
                   if not i.level and (i.source == own or i.source.startswith(f"{own}."))]
        failed = self.failed(facts.path)
        if not binders or any(failed.get(imp) != MISSING_MODULE or imp.type_only for imp in binders):
            return None
        return _Fails(Hop(facts.path, own, name, submodule=True), MISSING_MODULE)

    def _js_step(self, facts: FileFacts, name: str) -> _Next | _Fails | None:
        exports = [e for e in facts.exports if e.name == name]
        if len(exports) > 1:
            return None
        if not exports:
            return self._through_js_stars(facts, name) if name != "default" else None
        export = exports[0]
        if export.kind == "reexport":
            hop = Hop(facts.path, export.source, export.imported)
            found = self.graph.spec_resolution(facts.path, export.source)
            if isinstance(found, Missing):
                return _Fails(hop, MISSING_MODULE)
            if not isinstance(found, Resolved):
                return None
            cause = self.unavailable(found.path, export.imported)
            return _Fails(hop, cause) if cause else _Next(hop, found.path, export.imported)
        if export.kind == "local" and export.local in facts.only_imported:
            binders = [i for i in facts.imports if i.local == export.local and i.kind != "reexport"]
            return self._through_imports(facts, binders)
        return None

    def _lazily_imported(self, facts: FileFacts, name: str) -> _Next | _Fails | None:
        """A lazy module's name that only `if TYPE_CHECKING:` imports bind (pydantic's
        `__init__`: the same names in a table its `__getattr__` imports them by): what the
        type checker is shown is what `__getattr__` loads at run time, so the name is broken
        where that import's is. Anything else it may provide: unknown."""
        binders = [imp for imp in facts.imports if imp.local == name]
        if name not in facts.only_imported or not binders or \
                not all(imp.type_only and imp.kind == "from" for imp in binders):
            return None
        return self._through_imports(facts, binders, lazy=True)

    def _through_imports(self, facts: FileFacts, binders: list[Import], lazy: bool = False,
                         checker: bool = False) -> _Next | _Fails | None:
        """A name that only these imports bind: broken when all of them fail, or when the
        one that binds it takes it from a module where it is broken. (`lazy`: type-only
        imports that say what a module `__getattr__` loads; `checker`: see `broken`.)"""
        if not binders or (not lazy and not checker and any(imp.type_only for imp in binders)):
            return None  # `if TYPE_CHECKING:` / `import type`: nothing fails at run time
        failed = self.failed(facts.path)
        if all(imp in failed for imp in binders):
            return _Fails(replace(self._hop(facts, binders[0]), lazy=lazy), failed[binders[0]])
        if len(binders) > 1:
            return None  # another import binds it
        imp = binders[0]
        if imp in failed or imp.guarded or imp.mocked or imp.kind not in ("from", "esm", "require") or \
                imp.imported in (None, "*"):
            return None
        target = self.graph.target(facts.path, imp)
        if not isinstance(target, str) or target == facts.path:
            return None
        return _Next(replace(self._hop(facts, imp), lazy=lazy), target, imp.imported)

    def _through_python_stars(self, facts: FileFacts, name: str, checker: bool = False
                              ) -> _Next | _Fails | None:
        """A name only star imports bring: broken when the one star import that brings it
        (or the one that may, not knowing all it brings) takes it from a module where it
        is broken, or no longer finds its module. `checker` (see `broken`): a star import
        `if TYPE_CHECKING:` is followed too, as a type checker follows it."""
        listing: list[tuple[Import, Resolution]] = []  # star imports that bring the name
        unknown: list[tuple[Import, Resolution]] = []  # those that may
        for imp in facts.imports:
            if imp.kind != "star" or imp.type_only and not checker:
                continue
            target = self.graph.resolution(facts.path, imp)
            brought = self.graph.star_names(facts.path, imp)
            if name in brought.names or isinstance(target, Missing) and not imp.guarded and \
                    self._brought_before(facts, imp, name):
                listing.append((imp, target))
            elif not brought.complete:
                unknown.append((imp, target))
        candidates = listing if listing else unknown
        if len(candidates) != 1 or listing and unknown or candidates[0][0].guarded:
            return None  # none, or several that may bring it
        imp, target = candidates[0]
        hop = self._hop(facts, imp, name)
        if isinstance(target, Missing) and listing:
            return _Fails(hop, MISSING_MODULE)
        return _Next(hop, target.path, name) if isinstance(target, Resolved) else None

    def _brought_before(self, facts: FileFacts, imp: Import, name: str) -> bool:
        """Whether, in the other revision of a diff, the same star import brought `name`."""
        other = self.other
        before = other.facts.get(facts.path) if other is not None else None
        for old in before.imports if before is not None else ():
            if (old.kind, old.source, old.level) == ("star", imp.source, imp.level):
                return name in other.star_names(facts.path, old).names
        return False

    def _through_js_stars(self, facts: FileFacts, name: str) -> _Next | _Fails | None:
        """A name only `export *` brings: followed to the one star source that provides it;
        broken when that source no longer exists and, in the other revision of a diff, the
        same star brought the name (a star of a missing module binds nothing, as tsc sees
        it); through a star source whose own exports are not all known, when it is the only
        one that may provide the name (`export * from './schemas'` of a barrel whose `export *
        from './customer'` lost its module). Not judged when a star source impact cannot read
        may provide it."""
        if facts.dynamic_exports:
            return None
        providers: list[tuple[Export, str | None]] = []  # None: a missing module
        open_sources: list[tuple[Export, str]] = []  # may provide it through their own stars
        for export in facts.exports:
            if export.kind != "star":
                continue
            found = self.graph.spec_resolution(facts.path, export.source)
            if isinstance(found, Missing) and self._js_star_brought_before(facts, export, name):
                providers.append((export, None))
                continue
            if not isinstance(found, Resolved):
                return None
            provided = self.graph.exports(found.path)
            if name in provided.names:
                providers.append((export, found.path))
            elif not provided.complete:
                open_sources.append((export, found.path))
        if not providers and len(open_sources) == 1:  # a barrel of barrels: followed down
            export, target = open_sources[0]  # (a star that binds the name only if it does)
            return _Next(Hop(facts.path, export.source, name, star=True), target, name)
        if len(providers) != 1 or open_sources:
            return None  # none, or another star source provides it too
        export, target = providers[0]
        if target is None:
            return _Fails(Hop(facts.path, export.source, name, star=True), MISSING_MODULE)
        return _Next(Hop(facts.path, export.source, name), target, name)

    def _js_star_brought_before(self, facts: FileFacts, star: Export, name: str) -> bool:
        """Whether, in the other revision of a diff, the same `export *` brought `name`."""
        other = self.other
        before = other.facts.get(facts.path) if other is not None else None
        if before is None or not any(e.kind == "star" and e.source == star.source
                                     for e in before.exports):
            return False
        target = other.resolve_spec(facts.path, star.source)
        return target is not None and name in other.exports(target).names

    def _hop(self, facts: FileFacts, imp: Import, name: str | None = None) -> Hop:
        name = name or imp.imported or imp.local or ""
        if not LANGUAGES[facts.language].dotted_module_names:
            return Hop(facts.path, imp.source, name)
        return Hop(facts.path, self._dotted_source(facts.path, imp), name,
                   imp.kind == "star" and not self._listed_by_all(facts.path, imp, name))

    def _listed_by_all(self, importer: str, star: Import, name: str) -> bool:
        """Whether the module a star import takes in lists `name` in its `__all__`."""
        target = self.graph.target(importer, star)
        declared = self.graph.dunder_all(target) if isinstance(target, str) else None
        return declared is not None and name in declared.names

    def _dotted_source(self, importer: str, imp: Import) -> str:
        """The absolute dotted name of the module a Python import names."""
        target = self.graph.resolution(importer, imp)
        if isinstance(target, Resolved) and not target.unreadable:
            return self.graph.python.dotted_name(target.path)
        if not imp.level:
            return imp.source
        directory = posixpath.dirname(importer)
        for _ in range(imp.level - 1):
            directory = posixpath.dirname(directory)
        package = self.graph.python.dotted_name(directory + "/") if directory else ""
        return ".".join(part for part in (package, imp.source) if part)

    # -- Python completeness -------------------------------------------------------------

    def gone(self, module: str, name: str) -> bool:
        """In a diff: whether a Python module whose names impact cannot all know lost `name`
        (see the module docstring)."""
        other = self.other
        if other is None or not (_judges_gone(self.graph, module) and _judges_gone(other, module)):
            return False
        provided = self.graph.exports(module)
        declared = self.graph.dunder_all(module)
        if provided.complete or name in provided.names or \
                (name.startswith("__") and name.endswith("__")) or \
                self.graph.python.submodule(module, name) is not None or \
                declared is not None and name in declared.names:  # it still says it has it
            return False
        return name in other.exports(module).names and \
            self.unknown_sources(module) == breakage_of(other, self.graph).unknown_sources(module)

    def unknown_sources(self, module: str) -> frozenset[tuple]:
        """What impact cannot see of what a Python module provides: its `__getattr__`, and
        what its star imports bring from modules it cannot read, or whose `__all__` it
        cannot read (followed through the modules it can read)."""
        if module in self._unknown:
            return self._unknown[module]
        found: set[tuple] = set()
        pending, seen = [module], set()
        while pending:
            current = pending.pop()
            if current in seen:
                continue
            seen.add(current)
            facts = self.graph.facts.get(current)
            if facts is None or facts.problems:
                found.add(("unreadable", current, id(facts)))  # the same content: the same facts
                continue
            if facts.module_getattr:
                found.add(("__getattr__", current, _getattr_body(facts)))
            for imp in facts.imports:
                if imp.kind == "star":
                    found.update(self._star_unknowns(current, imp, pending))
        self._unknown[module] = frozenset(found)
        return self._unknown[module]

    def _star_unknowns(self, importer: str, imp: Import, pending: list[str]) -> list[tuple]:
        found = self.graph.resolution(importer, imp)
        if not isinstance(found, Resolved) or found.unreadable:
            return [("star", importer, imp.level, imp.source)]
        target = found.path
        declared = self.graph.dunder_all(target)
        if declared is None:
            pending.append(target)
            return []
        if declared.complete:
            return []
        facts = self.graph.facts[target]
        return [("__all__", target, facts.all_unknown, facts.all_references)]


def _getattr_body(facts: FileFacts) -> object:
    """What tells one module `__getattr__` from another: its body, when it is a function."""
    definition = next((d for d in facts.definitions if d.name == "__getattr__"), None)
    if definition is not None and definition.kind == "function" and definition.body:
        return definition.body
    return id(facts)  # bound some other way: the same only with the same module content


def _judges_gone(graph: SymbolGraph, module: str) -> bool:
    language = graph.language_of(module)
    return language is not None and language.names_gone_from_incomplete_modules


def consumer_severity(facts: FileFacts, broken: BrokenName) -> str:
    """A site that takes a name from a module whose own import of it broke: an error in
    Python (the import raises there, and pyright says so); a warning in JavaScript/TypeScript,
    where the module graph fails to link at the re-export, which tsc alone reports -- unless
    no layer binds the name (`export *` of a module that no longer exists binds nothing), when
    tsc reports the consumer too."""
    if LANGUAGES[facts.language].import_failure_breaks_importers or broken.unbound:
        return "error"
    return "warning"


def resolving_trys(imports: tuple[Import, ...], failed: list[bool]) -> set[int]:
    """The `try` statements around Python imports (see Import.fallback) that resolve: those
    that tolerate a failure, and those with a branch whose imports and inner `try`s all
    resolve (a branch without imports resolves: the try body may import nothing). Inner
    statements are judged first, in a loop (they may nest deep)."""
    tolerant: dict[int, bool] = {}
    depths: dict[int, int] = {}
    branches: dict[int, set[int]] = defaultdict(lambda: {0})
    branch_fails: set[tuple[int, int]] = set()
    inner: dict[tuple[int, int], set[int]] = defaultdict(set)
    for imp, bad in zip(imports, failed):
        for depth, (statement, branch, tolerates) in enumerate(imp.fallback):
            tolerant[statement] = tolerates
            depths[statement] = depth
            branches[statement].add(branch)
            if depth + 1 < len(imp.fallback):
                inner[(statement, branch)].add(imp.fallback[depth + 1][0])
            elif bad:
                branch_fails.add((statement, branch))
    resolves: dict[int, bool] = {}
    for statement in sorted(tolerant, key=depths.__getitem__, reverse=True):  # inner ones first
        resolves[statement] = tolerant[statement] or any(
            (statement, branch) not in branch_fails and
            all(resolves[i] for i in inner[(statement, branch)])
            for branch in branches[statement])
    return {statement for statement, ok in resolves.items() if ok}
