"""Exports of names a module no longer has: IMP104."""

from __future__ import annotations

from collections.abc import Iterator

from impact.breakage import Breakage, breakage_of, consumer_severity
from impact.checks.base import Rule
from impact.checks.context import RuleContext
from impact.graph import DECLARATION_FILES, SymbolGraph
from impact.model import Export, FileFacts, Finding, Subject

UNDEFINED_EXPORT = Rule(
    code="IMP104",
    name="undefined-export",
    severity="error",
    summary="`export { x }`, `export default x`, an `__all__` entry or a re-export names "
            "something the module no longer defines or imports; or, in a diff, TypeScript's "
            "`export * from './m'` of a file left without any import or export (a script to "
            "TypeScript, not a module: TS2306).",
    why="an ES module that exports an undefined name fails to load at all (`SyntaxError: "
        "Export 'x' is not defined in module`), so every importer breaks, not only users of "
        "`x`; in Python `from m import *` raises AttributeError.",
    example="// the import of createRetryablePrismaClient was removed\n"
            "export { withPrismaRetry, createRetryablePrismaClient }  // IMP104",
    short='`export { x }`, `export default x`, an `__all__` entry or a re-export names something gone',
    use_instead="export only names the module defines or imports: restore the definition or import, "
                "or drop the name from the export list or `__all__`.",
    references=("https://docs.astral.sh/ruff/rules/undefined-export/",
                "https://github.com/import-js/eslint-plugin-import/blob/main/docs/rules/export.md",),
)
RULES = (UNDEFINED_EXPORT,)


def check(context: RuleContext) -> Iterator[Finding]:
    graph = context.graph
    breakage = breakage_of(graph, context.other_graph)
    for facts in context.files_to_check.values():
        if not facts.readable or not facts.exports or facts.path.endswith(DECLARATION_FILES):
            continue  # declaration files may export names that global augmentations declare
        if graph.language_of(facts.path).exports_listed_in_dunder_all:
            yield from _check_all(graph, facts, breakage, context.other_graph)
        else:
            yield from _check_js_exports(graph, facts, breakage)
            if graph.language_of(facts.path).star_of_a_script_fails and \
                    context.other_graph is not None:
                yield from _check_stars_of_scripts(graph, context.other_graph, facts)


def _check_all(graph: SymbolGraph, facts: FileFacts, breakage: Breakage,
               other: SymbolGraph | None) -> Iterator[Finding]:
    provided = graph.exports(facts.path)
    for export in facts.exports:
        if export.name in provided.names or graph.python.submodule(facts.path, export.name):
            continue
        severity = None
        if provided.complete:
            message = f"`__all__` lists `{export.name}`, which this module does not define or import"
        elif _defined_only_in_other(facts, export.name, other):  # its `__getattr__` may answer
            message = (f"`__all__` lists `{export.name}`, which this module no longer defines or "
                       f"imports; only its `__getattr__` may still provide it (pyright reports "
                       f"it; a star import of this module raises AttributeError unless "
                       f"`__getattr__` answers)")
            severity = "warning"
        else:  # lazy module (__getattr__) or a star import impact cannot see through
            broken = breakage.broken(facts.path, export.name)
            if broken is None or not broken.unbound:
                continue
            # only star imports brought it, and the one that did fails: pyright says so too
            message = f"`__all__` lists `{export.name}`, which this module no longer has: " \
                      f"{broken.describe(export.name)}"
        yield UNDEFINED_EXPORT.finding(facts.path, export.site, export.name, message,
                                       Subject(module=facts.path, name=export.name), severity)


def _defined_only_in_other(facts: FileFacts, name: str, other: SymbolGraph | None) -> bool:
    """Whether a module with a `__getattr__` (pydantic's `types.py`: `__getattr__ =
    getattr_migration(__name__)`) defines `name` in the other revision (base, in a diff) and
    binds it no more in this one: what its `__all__` lists is then left to `__getattr__`, which
    rarely answers for a name the module used to define. A name it imported there and now
    leaves to `__getattr__` is more often made lazy on purpose (a table of lazy imports)."""
    return facts.module_getattr and not facts.binds_globals and name not in facts.bindings \
        and other is not None and other.definition(facts.path, name) is not None


def _check_js_exports(graph: SymbolGraph, facts: FileFacts, breakage: Breakage) -> Iterator[Finding]:
    for export in facts.exports:
        if export.kind == "local" and export.local:
            if export.local in facts.bindings or \
                    export.local in graph.language_of(facts.path).runtime_globals():
                continue
            shown = "export default" if export.name == "default" else "export { ... }"
            message = (f"`{shown}` names `{export.local}`, which this module does not define "
                       f"or import")
            yield UNDEFINED_EXPORT.finding(facts.path, export.site, export.local, message,
                                           Subject(module=facts.path, name=export.local))
        elif export.kind == "reexport":
            yield from _check_reexport(graph, facts, export, breakage)


def _check_reexport(graph: SymbolGraph, facts: FileFacts, export: Export, breakage: Breakage
                    ) -> Iterator[Finding]:
    target = graph.resolve_spec(facts.path, export.source)
    if not isinstance(target, str):
        return  # external, or missing (that is IMP102)
    severity = None
    if not graph.provides(target, export.imported):
        message = (f"re-exports `{export.imported}` from '{export.source}' ({target}), which "
                   f"does not export it")
    else:
        broken = breakage.broken(target, export.imported)
        if broken is None:
            return
        message = f"re-exports `{export.imported}` from '{export.source}' ({target}): " \
                  f"{broken.describe(export.imported)}"
        severity = consumer_severity(facts, broken)
    yield UNDEFINED_EXPORT.finding(facts.path, export.site, export.imported, message,
                                   Subject(module=target, name=export.imported), severity=severity)


def _check_stars_of_scripts(graph: SymbolGraph, other: SymbolGraph, facts: FileFacts
                            ) -> Iterator[Finding]:
    """`export * from './m'` in TypeScript, where `m` had imports or exports in the other
    revision and has none left: TypeScript takes such a file for a script, not a module, and
    the star fails to compile (TS2306), unless the config forces every file to be a module."""
    for export in facts.exports:
        if export.kind not in ("star", "namespace"):
            continue
        target = graph.resolve_spec(facts.path, export.source)
        if target is None or not target.endswith((".ts", ".js")) or \
                target.endswith(DECLARATION_FILES):
            continue  # .mts, .cjs, ... are modules whatever they hold; .tsx may be (JSX)
        now, before = graph.facts.get(target), other.facts.get(target)
        if now is None or before is None or not now.readable or _has_module_syntax(now) or \
                not _has_module_syntax(before) or graph.js.tsconfigs.forces_modules(target):
            continue
        message = (f"`export *` from '{export.source}' ({target}), which no longer has any "
                   f"import or export: TypeScript takes it for a script, not a module")
        yield UNDEFINED_EXPORT.finding(facts.path, export.site, export.source, message,
                                       Subject(module=target))


def _has_module_syntax(facts: FileFacts) -> bool:
    return bool(facts.imports or facts.exports or facts.esm or facts.commonjs)
