"""What a rule reads: a small frozen value per run of the checks, built by the pipeline.

A graph is built once and then only read; what a run adds to it (which files to check, what
every file contributes, the other revision of a diff) travels beside it in these values.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, Mapping, Sequence, ValuesView
from copy import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from impact.graph import SymbolGraph
from impact.http import modules_importing
from impact.model import FileFacts, Finding

if TYPE_CHECKING:
    from impact.index import RevisionIndex
    from impact.public_api import PublicSymbol


@dataclass(frozen=True)
class Revision:
    """One revision as the rules read it: its graph, the files whose findings are wanted
    (all, or those a change can affect), and, when only some files are checked, what every
    file contributes (impact/index.py)."""

    graph: SymbolGraph
    files_to_check: Mapping[str, FileFacts]
    index: RevisionIndex | None = None
    # the files whose facts the HTTP rules read through http_graph (the pipeline keeps them:
    # a later change that touches none of them cannot change what those rules find)
    http_reads: set[str] = field(default_factory=set, compare=False, repr=False)

    def http_graph(self) -> SymbolGraph:
        """The graph as the HTTP rules go through it: the files whose HTTP facts they go
        through file by file (routes, routers, requests, reads, ...; impact/index.py), looked
        up in all of them (a model or serializer is read when a route's response resolves to
        it); the files that may only make apps are gone through when a factory of apps is
        declared (impact.http.routes reads their calls then only); the modules that import a
        generated API client (impact.http.client_functions), whose calls of it are requests."""
        if self.index is None:
            return self.graph
        paths = self.index.http
        self.graph.facts.load(paths)
        clients = [path for path in paths if path in self.graph.facts and
                   (self.graph.facts[path].http.request_functions or self.graph.facts[path].http.delegates)]
        if clients:  # the modules that may call a generated client's functions
            paths = paths | modules_importing(clients, self.index.importers, self.graph.facts)
        if self.index.instances and any(router.factory for path in paths if path in self.graph.facts
                                        for router in self.graph.facts[path].http.routers):
            paths = paths | self.index.instances
        return self._through(paths, self.http_reads)

    def schema_graph(self) -> SymbolGraph:
        """The graph as the migration rule goes through it: the files that declare ORM
        columns or are migrations (impact/index.py), looked up in all of them."""
        return self.graph if self.index is None else self._through(self.index.schema)

    def _through(self, paths: Iterable[str], reads: set[str] | None = None) -> SymbolGraph:
        """A view of the graph whose facts go through only `paths` (the revision's graph is
        left as it is; the view shares what it has computed); `reads` collects the files
        whose facts are read through the view."""
        view = copy(self.graph)
        view.facts = Among(self.graph.facts, paths, reads)
        self.graph.facts.load(view.facts)  # in one go
        return view


@dataclass(frozen=True)
class RuleContext:
    """What a rule on one revision reads: the revision, and in a diff the other revision
    (what a name was in base tells whether its loss in head is judged)."""

    revision: Revision
    other: Revision | None = None

    @property
    def graph(self) -> SymbolGraph:
        return self.revision.graph

    @property
    def files_to_check(self) -> Mapping[str, FileFacts]:
        return self.revision.files_to_check

    @property
    def index(self) -> RevisionIndex | None:
        return self.revision.index

    @property
    def other_graph(self) -> SymbolGraph | None:
        return self.other.graph if self.other is not None else None


@dataclass(frozen=True)
class ChangeContext:
    """What a rule that compares base with head reads: both revisions; the modules of base
    the change removed or edited; the public API of base the change may reach; and the findings
    of head the change introduced (the consumers a removal breaks)."""

    base: Revision
    head: Revision
    changed_modules: tuple[str, ...]
    public: Sequence[PublicSymbol]
    introduced: Sequence[Finding]
    # the change touches no file the HTTP rules read in base, nor one they go through in head
    # (impact/affected.py http_rules_affected): they would find the same in both
    http_untouched: bool = False


class Among(Mapping[str, FileFacts]):
    """Facts by path that go through only `paths`, and look up any path; `reads`, when
    given, collects every path whose facts are read (those gone through, those looked up)."""

    def __init__(self, facts: Mapping[str, FileFacts], paths: Iterable[str],
                 reads: set[str] | None = None):
        self.facts = facts
        self.paths = sorted(path for path in paths if path in facts)
        self.reads = reads
        if reads is not None:
            reads.update(self.paths)
        self._gone_through: dict[str, FileFacts] | None = None

    def __getitem__(self, path: str) -> FileFacts:
        if self.reads is not None:
            self.reads.add(path)
        return self.facts[path]

    def items(self) -> ItemsView[str, FileFacts]:
        return self._each().items()

    def values(self) -> ValuesView[FileFacts]:
        return self._each().values()

    def _each(self) -> dict[str, FileFacts]:
        """The facts gone through, by path, looked up once (the rules go through them often)."""
        if self._gone_through is None:
            facts = self.facts
            self._gone_through = {path: facts[path] for path in self.paths}
        return self._gone_through

    def __contains__(self, path: object) -> bool:
        return path in self.facts

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)
