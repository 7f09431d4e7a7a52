"""Names used but bound nowhere: IMP105."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from impact.checks.base import Rule
from impact.graph import SymbolGraph
from impact.model import PYTHON, FileFacts, Finding, NameRef, Subject

UNDEFINED_NAME = Rule(
    code="IMP105",
    name="undefined-name",
    severity="error",
    summary="a name used in a module is not bound in its scope (its import or definition was "
            "removed, or new code uses a name it never imported or defined).",
    why="the line raises NameError / ReferenceError when it runs, often on a fallback or "
        "error path that tests do not reach.",
    example="// the import of createRetryablePrismaClient was removed\n"
            "prisma = createRetryablePrismaClient(rawPrisma)  // IMP105",
)
RULES = (UNDEFINED_NAME,)
DECLARATION_FILES = (".d.ts", ".d.mts", ".d.cts")


@dataclass(frozen=True)
class KnownNames:
    """What a revision's JavaScript/TypeScript files say about names a file may use unbound.

    Such a name may be a global impact cannot see (an `@types` package, `lib.dom`, a bundler's
    define, a `/// <reference types>`), so it is judged only when the repository knows it as
    something else: a name some module binds at top level (values) or defines (types, which
    never fail at run time, so a mere import elsewhere is not enough), or a name the file
    itself binds in another scope.
    """

    globals: frozenset[str]  # top-level names of scripts, and what `declare` says exists
    values: frozenset[str]  # globals, and names bound at the top level: defined or imported
    types: frozenset[str]  # globals, and names defined at the top level
    local: dict[str, frozenset[str]]  # path -> the names the file binds in any scope

    def judges(self, ref: NameRef, path: str) -> bool:
        if ref.name in self.globals:
            return False
        if ref.name in self.local.get(path, ()):
            return True
        return ref.name in (self.types if ref.type_only else self.values)


def check(graph: SymbolGraph) -> Iterator[Finding]:
    known = known_names(graph)
    for facts in graph.checked.values():
        if not facts.unbound or facts.path.endswith(DECLARATION_FILES):
            continue  # declaration files describe globals and other packages: not judged
        for ref in _undefined(graph, facts, known):
            message = f"`{ref.name}` is not defined: nothing in this scope imports or defines it"
            yield UNDEFINED_NAME.finding(facts.path, ref.site, ref.name, message,
                                         Subject(module=facts.path, name=ref.name))


def _undefined(graph: SymbolGraph, facts: FileFacts, known: KnownNames) -> list[NameRef]:
    if facts.language != PYTHON:
        return [ref for ref in facts.unbound if known.judges(ref, facts.path)]
    star = graph.star_imported(facts)
    if star is not None and not star.complete:
        return []  # a star import impact cannot see through: any name may come from it
    provided = star.names if star is not None else frozenset()
    return [ref for ref in facts.unbound if ref.name not in provided]


def known_names(graph: SymbolGraph) -> KnownNames:
    """The globals of `graph`, and what it or, in a diff, the other revision knows: a binding
    the change removed makes its leftover uses judged in head."""
    own = _known_in(graph)
    if graph.other_revision is None:
        return own
    other = _known_in(graph.other_revision)
    paths = graph.checked.keys()
    local = {path: own.local.get(path, frozenset()) | other.local.get(path, frozenset())
             for path in paths}
    return KnownNames(own.globals, own.values | other.values, own.types | other.types, local)


def global_names(graph: SymbolGraph) -> frozenset[str]:
    """The names every file may use unbound. (What else a revision knows is joined with the
    other revision's knowledge before judging, so it judges a file the same way in both.)"""
    return _known_in(graph).globals


def _known_in(graph: SymbolGraph) -> KnownNames:
    scripts: set[str] = set()
    ambient: set[str] = set()
    values: set[str] = set()
    types: set[str] = set()
    local: dict[str, frozenset[str]] = {}
    for path, facts in graph.facts.items():
        if facts.language == PYTHON:
            continue
        ambient.update(facts.ambient_globals)
        if not (facts.esm or facts.commonjs or facts.imports):
            scripts.update(facts.bindings)  # a script's top level is global
        values.update(facts.bindings)
        types.update(d.name for d in facts.definitions)
        local[path] = frozenset(facts.bindings) | frozenset(facts.inner_bindings)
    return KnownNames(frozenset(scripts | ambient), frozenset(values | ambient),
                      frozenset(types | ambient), local)
