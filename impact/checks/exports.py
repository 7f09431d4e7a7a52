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
            "something the module no longer defines or imports.",
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
            yield from _check_all(graph, facts, breakage)
        else:
            yield from _check_js_exports(graph, facts, breakage)


def _check_all(graph: SymbolGraph, facts: FileFacts, breakage: Breakage) -> Iterator[Finding]:
    provided = graph.exports(facts.path)
    for export in facts.exports:
        if export.name in provided.names or graph.python.submodule(facts.path, export.name):
            continue
        if provided.complete:
            message = f"`__all__` lists `{export.name}`, which this module does not define or import"
        else:  # lazy module (__getattr__) or a star import impact cannot see through
            broken = breakage.broken(facts.path, export.name)
            if broken is None or not broken.unbound:
                continue
            # only star imports brought it, and the one that did fails: pyright says so too
            message = f"`__all__` lists `{export.name}`, which this module no longer has: " \
                      f"{broken.describe(export.name)}"
        yield UNDEFINED_EXPORT.finding(facts.path, export.site, export.name, message,
                                       Subject(module=facts.path, name=export.name))


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
