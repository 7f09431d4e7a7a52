"""Whether a Python package's submodule is loaded where `pkg.sub` is read.

A package's submodule is an attribute of the package only once something imports it:
`import pkg` runs `pkg/__init__.py` and binds nothing else, so `pkg.sub.f()` raises
AttributeError unless an import of `pkg.sub` ran first. pyright reads `pkg.sub` as known only
when `pkg/__init__.py` imports it (`from . import sub`, `from .sub import f`) or the file's
own `import pkg.sub` bound the name it reads; it reports the rest ("`sub` is not a known
attribute of module"). impact reports fewer, what fails at run time: the submodule counts as
loaded when the file's imports or the package's own `__init__.py` (which ran, since the package
is read) reach it, directly or through the modules they run (each module's imports, the
`__init__.py` of each package on the way; not the imports under `if TYPE_CHECKING:`, which
never run), as a program that imports the file has then loaded it. A read in an annotation
nothing evaluates (under `from __future__ import annotations`, in a stub: MemberRef.unevaluated)
never fails, so it is not judged.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from weakref import WeakKeyDictionary

from impact.graph import SymbolGraph
from impact.model import FileFacts, Import

LOADING_KINDS = frozenset({"module", "from", "star"})
MAX_WALKED = 20000  # modules read before the question is given up (and the answer is yes)


def submodule_loaded(graph: SymbolGraph, facts: FileFacts, package: str, submodule: str) -> bool:
    """Whether `submodule` of `package` is imported before `facts`' code reads it (or this
    cannot be told: a package bound in ways not read, a namespace package, a submodule the
    build writes)."""
    own = graph.facts.get(package)
    if submodule not in graph.facts:
        return True  # written by the build, or registered at run time: not read here
    if own is None or not package.endswith("/__init__.py") or own.module_getattr \
            or own.binds_globals or own.problems or facts.problems:
        return True
    # the package is read, so its `__init__.py` (and its parents') ran, however it was loaded
    # (prefect's `api.ui.flows`: `prefect.server.api` loads `ui` in a module `__getattr__`);
    # so did the packages the file is in (ibis's backends/athena/tests/test_client.py reads
    # `ibis.backends.athena`, its own package)
    # both walks in step: the package's own imports usually name the submodule at once, while
    # the file's may run through most of the repository first
    return _either_reaches([_walk(graph, start) for start in (facts.path, package)], submodule)


class _Walk:
    """The modules of the repository that running a module loads: itself and the packages
    around it, what their imports name, and so on; walked only as far as a question needs,
    and kept for the next question (a walk over too many modules answers yes)."""

    def __init__(self, graph: SymbolGraph, module: str):
        self.graph = graph
        self.pending = deque(_with_inits(graph, module))  # breadth first: the module's own first
        self.seen = set(self.pending)

    def reached(self, target: str) -> bool:
        return target in self.seen or len(self.seen) > MAX_WALKED

    def step(self) -> bool:
        """Reads one more module; False when the walk is over."""
        if not self.pending or len(self.seen) > MAX_WALKED:
            return False
        for found in _run_by(self.graph, self.pending.popleft()):
            if found not in self.seen:
                self.seen.add(found)
                self.pending.append(found)
        return True


def _either_reaches(walks: list[_Walk], target: str) -> bool:
    while not any(walk.reached(target) for walk in walks):
        if not any([walk.step() for walk in walks]):  # noqa: C419 (each walk takes its step)
            return False
    return True


# per graph: the walk from each module asked about
_WALKS: WeakKeyDictionary[SymbolGraph, dict[str, _Walk]] = WeakKeyDictionary()


def _walk(graph: SymbolGraph, module: str) -> _Walk:
    walks = _WALKS.setdefault(graph, {})
    if module not in walks:
        walks[module] = _Walk(graph, module)
    return walks[module]


def _run_by(graph: SymbolGraph, path: str) -> Iterator[str]:
    """The modules of the repository that importing `path` runs: what its imports name, with
    the `__init__.py` of each enclosing package."""
    for imp in graph.facts[path].imports:
        if imp.kind not in LOADING_KINDS or imp.type_only:
            continue
        target = graph.target(path, imp)
        if target not in graph.facts:
            if graph.import_is_missing(path, imp):
                yield from _packages_on_the_way(graph, path, imp)
            continue
        yield from _with_inits(graph, target)
        if imp.kind == "from" and imp.imported:  # `from pkg import sub`
            named = graph.python.submodule(target, imp.imported)
            if named in graph.facts:
                yield from _with_inits(graph, named)


def _packages_on_the_way(graph: SymbolGraph, path: str, imp: Import) -> Iterator[str]:
    """The packages an import of a missing module runs before it fails: `import a.b.gone`
    runs `a/__init__.py` and `a/b/__init__.py`, and what they import (python-discord/site
    ec689ad42d: `import pydis_site.apps.api.models.bot.tag`, a module deleted, has loaded
    `pydis_site.apps.api.models` by the time it fails)."""
    parts = imp.source.split(".")
    for n in range(len(parts) - 1, 0, -1):
        dotted = ".".join(parts[:n])
        found = graph.python.resolve_relative(dotted, imp.level, path) if imp.level else \
            graph.python.resolve_absolute(dotted, path)
        if found in graph.facts:
            yield from _with_inits(graph, found)
            return


def _with_inits(graph: SymbolGraph, module: str) -> Iterator[str]:
    """`a/b/c.py`, then `a/b/__init__.py` and `a/__init__.py`."""
    yield module
    parts = module.split("/")[:-1]
    for n in range(len(parts), 0, -1):
        init = "/".join((*parts[:n], "__init__.py"))
        if init in graph.facts:
            yield init
