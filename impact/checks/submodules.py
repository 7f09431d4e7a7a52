"""Whether a Python package's submodule is loaded where `pkg.sub` is read.

A package's submodule is an attribute of the package only once something imports it:
`import pkg` runs `pkg/__init__.py` and binds nothing else, so `pkg.sub.f()` raises
AttributeError unless an import of `pkg.sub` ran first. pyright reads `pkg.sub` as known only
when `pkg/__init__.py` imports it (`from . import sub`, `from .sub import f`) or the file's
own `import pkg.sub` bound the name it reads; it reports the rest ("`sub` is not a known
attribute of module"). impact reports fewer: the submodule counts as loaded when any import
of it (or of a module below it) is found in the file, in the package's `__init__.py` or an
enclosing package's, or in a module of the repository the file imports directly, since each
of those has run before the file's code does. What other modules imported earlier at run
time is not known; a checker does not know it either.
"""

from __future__ import annotations

from impact.graph import SymbolGraph
from impact.model import FileFacts

LOADING_KINDS = frozenset({"module", "from", "star"})


def submodule_loaded(graph: SymbolGraph, facts: FileFacts, package: str, submodule: str) -> bool:
    """Whether `submodule` of `package` is imported before `facts`' code reads it (or this
    cannot be told: a package bound in ways not read, a namespace package)."""
    own = graph.facts.get(package)
    if own is None or not package.endswith("/__init__.py") or own.module_getattr \
            or own.binds_globals or own.problems or facts.problems:
        return True
    loaders = [facts.path, *_enclosing_inits(graph, package), *_imported(graph, facts)]
    return any(_imports_below(graph, path, submodule) for path in loaders)


def _enclosing_inits(graph: SymbolGraph, package: str) -> list[str]:
    """`a/b/__init__.py`, then `a/__init__.py`: each runs when the package is imported."""
    parts = package.split("/")[:-1]
    inits = ["/".join((*parts[:n], "__init__.py")) for n in range(len(parts), 0, -1)]
    return [init for init in inits if init in graph.facts]


def _imported(graph: SymbolGraph, facts: FileFacts) -> list[str]:
    """The modules of the repository the file imports (their code runs first)."""
    found = []
    for imp in facts.imports:
        if imp.kind in LOADING_KINDS and (target := graph.target(facts.path, imp)) in graph.facts:
            found.append(target)
    return found


def _imports_below(graph: SymbolGraph, path: str, submodule: str) -> bool:
    facts = graph.facts.get(path)
    if facts is None:
        return False
    for imp in facts.imports:
        if imp.kind not in LOADING_KINDS:
            continue
        target = graph.target(path, imp)
        if not isinstance(target, str):
            continue
        if _within(target, submodule):
            return True
        if imp.kind == "from" and imp.imported:  # `from pkg import sub`
            named = graph.python.submodule(target, imp.imported)
            if named is not None and _within(named, submodule):
                return True
    return False


def _within(module: str, submodule: str) -> bool:
    """`module` is `submodule` or, when that is a package, a module below it."""
    if module == submodule:
        return True
    return submodule.endswith("/__init__.py") and \
        module.startswith(submodule[:-len("__init__.py")])
