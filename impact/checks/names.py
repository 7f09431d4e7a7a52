"""Names used but bound nowhere: IMP105."""

from __future__ import annotations

from collections.abc import Iterator

from impact.checks.base import Rule
from impact.graph import SymbolGraph
from impact.model import PYTHON, Finding, Subject

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


def check(graph: SymbolGraph) -> Iterator[Finding]:
    script_globals = _script_globals(graph)
    declared_types = _declared_names(graph)
    for facts in graph.checked.values():
        if not facts.unbound or facts.path.endswith(DECLARATION_FILES):
            continue  # declaration files describe globals and other packages: not judged
        star = graph.star_imported(facts) if facts.language == PYTHON else None
        if star is not None and not star.complete:
            continue  # a star import impact cannot see through: any name may come from it
        provided = star.names if star is not None else frozenset()
        for ref in facts.unbound:
            if ref.name in provided or ref.name in script_globals:
                continue
            if ref.type_only and ref.name not in declared_types:
                continue  # a type impact does not know (lib.dom, ambient @types): not judged
            message = f"`{ref.name}` is not defined: nothing in this scope imports or defines it"
            yield UNDEFINED_NAME.finding(facts.path, ref.site, ref.name, message,
                                         Subject(module=facts.path, name=ref.name))


def global_names(graph: SymbolGraph) -> tuple[frozenset[str], frozenset[str]]:
    """The names every file may see: a change to them can affect any file."""
    return _script_globals(graph), _declared_names(graph)


def _script_globals(graph: SymbolGraph) -> frozenset[str]:
    """Top-level names of JavaScript scripts and global .d.ts files: visible everywhere."""
    names: set[str] = set()
    for facts in graph.facts.values():
        if facts.language != PYTHON and not (facts.esm or facts.commonjs or facts.imports):
            names |= set(facts.bindings)
    return frozenset(names)


def _declared_names(graph: SymbolGraph) -> frozenset[str]:
    """Every name a JavaScript/TypeScript module of the repository defines at top level."""
    return frozenset(name for facts in graph.facts.values() if facts.language != PYTHON
                     for name in facts.bindings)
