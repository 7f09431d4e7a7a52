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
            "removed, or new code uses a name it never imported or defined). In JavaScript/"
            "TypeScript only names the repository knows are judged: any other may be an ambient "
            "global (@types, lib.dom, `declare global`).",
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
    values: frozenset[str]  # names bound at the top level (defined or imported), or declared
    types: frozenset[str]  # names defined at the top level, or declared
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
    revisions = (graph,) if graph.other_revision is None else (graph, graph.other_revision)
    values: set[str] = set()
    types: set[str] = set()
    for revision in revisions:
        for facts in _javascript(revision):
            values.update(facts.bindings, facts.ambient_globals)
            types.update(facts.ambient_globals, (d.name for d in facts.definitions))
    local = {path: frozenset().union(*(_bound_in(r.facts.get(path)) for r in revisions))
             for path, facts in graph.checked.items() if facts.language != PYTHON}
    return KnownNames(global_names(graph), frozenset(values), frozenset(types), local)


def global_names(graph: SymbolGraph) -> frozenset[str]:
    """The names every file may use unbound: the top-level names of scripts, and what
    `declare` says exists. (What else a revision knows is joined with the other revision's
    knowledge before judging, so it judges a file the same way in both.)"""
    names: set[str] = set()
    for facts in _javascript(graph):
        names.update(facts.ambient_globals)
        if not (facts.esm or facts.commonjs or facts.imports):
            names.update(facts.bindings)
    return frozenset(names)


def _javascript(graph: SymbolGraph) -> Iterator[FileFacts]:
    return (facts for facts in graph.facts.values() if facts.language != PYTHON)


def _bound_in(facts: FileFacts | None) -> frozenset[str]:
    """Every name a file binds, in any scope."""
    return frozenset(facts.bindings) | frozenset(facts.inner_bindings) if facts else frozenset()
