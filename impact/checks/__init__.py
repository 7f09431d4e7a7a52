"""Checks: rules that run on one SymbolGraph and yield findings.

One module per rule family; each exposes `RULES` (its documented rules) and
`check(graph)`, or, for rules that compare two revisions, `check_change(base, head, ...)`.
The registry below is the catalogue of finding codes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from copy import copy

from impact.checks import (
    api,
    calls,
    class_attributes,
    comments,
    exports,
    http,
    imports,
    migrations,
    names,
    parse,
)
from impact.checks.base import Rule
from impact.graph import SymbolGraph
from impact.model import FileFacts, Finding
from impact.public_api import public_symbols

FAMILIES = (imports, exports, names, parse)  # rules on one graph
CHANGE_FAMILIES = (api, calls, class_attributes, http, migrations)  # rules on base and head together
COMMENT_FAMILIES = (comments,)  # about suppression comments (applied by impact.suppression)
RULES: dict[str, Rule] = {rule.code: rule for family in (*FAMILIES, *CHANGE_FAMILIES, *COMMENT_FAMILIES)
                          for rule in family.RULES}


def run_checks(graph: SymbolGraph) -> list[Finding]:
    findings = [finding for family in FAMILIES for finding in family.check(graph)]
    findings.sort(key=lambda f: (f.file, f.line, f.column, f.code, f.symbol))
    return findings


def check_change(base: SymbolGraph, head: SymbolGraph, introduced: list[Finding],
                 changed: Collection[str], providers: Iterable[str] | None = None) -> list[Finding]:
    """Rules that compare base with head; `introduced` are the new single-graph findings;
    `changed`, the paths the change added, removed or edited; `providers`, the modules that
    may provide a name differently (impact/scope.py), when known: the public API of the
    others is the same in both."""
    changed_modules = sorted(path for path in changed if path in base.facts)
    reach = _modules_a_change_can_reach(base, changed_modules) if providers is None else providers
    public = public_symbols(base, reach)
    return api.check_change(base, head, introduced, public) + calls.check_change(base, head, public) \
        + class_attributes.check_change(base, head, changed_modules) \
        + http.check_change(_http_files(base), _http_files(head)) \
        + migrations.check_change(_schema_files(base), _schema_files(head))


def _schema_files(graph: SymbolGraph) -> SymbolGraph:
    """The graph as the migration rule goes through it: the files that declare ORM columns
    or are migrations (impact/index.py), looked up in all of them."""
    return graph if graph.index is None else _among(graph, graph.index.schema)


def _among(graph: SymbolGraph, paths: Iterable[str]) -> SymbolGraph:
    view = copy(graph)
    view.facts = Among(graph.facts, paths)
    graph.facts.load(view.facts)  # in one go
    return view


def _http_files(graph: SymbolGraph) -> SymbolGraph:
    """The graph as the HTTP rules go through it: the files whose HTTP facts they go through
    file by file (routes, routers, requests, reads, ...; impact/index.py), looked up in all
    of them (a model or serializer is read when a route's response resolves to it)."""
    return graph if graph.index is None else _among(graph, graph.index.http)


class Among(Mapping[str, FileFacts]):
    """Facts by path that go through only `paths`, and look up any path."""

    def __init__(self, facts: Mapping[str, FileFacts], paths: Iterable[str]):
        self.facts = facts
        self.paths = sorted(path for path in paths if path in facts)

    def __getitem__(self, path: str) -> FileFacts:
        return self.facts[path]

    def __contains__(self, path: object) -> bool:
        return path in self.facts

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)


def _modules_a_change_can_reach(base: SymbolGraph, changed: Iterable[str]) -> set[str]:
    """Modules whose public API may differ: the changed ones (of base), and every module of
    base that imports or re-exports one of them, directly or not."""
    return {path for path in base.dependents(set(changed)) if path in base.facts}
