"""The module graph as its own product: export it, and find what a change affects.

`impact graph` writes a snapshot's module graph (optionally with symbols) through networkx;
`impact affected REV` lists the modules the change touched and every module that depends on
them, transitively; with `--tests`, only the test files among them.
"""

from __future__ import annotations

import json
import posixpath
import re
from typing import TYPE_CHECKING

from impact.cache import FactsCache
from impact.diff import Analysis, FactsMemo, Options, analyse, changed_sources, collector_paused
from impact.graph import SymbolGraph
from impact.report.printable import printable, printable_lines
from impact.resolve import Links
from impact.resolve.python import PythonResolver
from impact.snapshot import Snapshot

if TYPE_CHECKING:
    import networkx as nx

TEST_FILE = re.compile(r"(^|/)(test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(test|spec)\.[cm]?[jt]sx?)$"
                       r"|(^|/)(tests?|__tests__)/")


def load(snapshot: Snapshot, options: Options) -> Analysis:
    python = PythonResolver(snapshot.paths, options.python_roots, Links(snapshot.links))
    facts_cache = FactsCache(options.cache_dir) if options.cache_dir is not None else None
    try:
        with collector_paused():
            analysis = analyse(snapshot, FactsMemo(options, facts_cache), python.top_level_names,
                               options, python)
            analysis.graph.facts.load(analysis.graph.facts)  # the whole graph is wanted
            return analysis
    finally:
        if facts_cache is not None:
            facts_cache.close()


def export_graph(graph: SymbolGraph, fmt: str, symbols: bool, prefix: str | None) -> str:
    import networkx as nx  # slow to import: only here

    selected = _selected(graph.graph, symbols, prefix)
    if fmt == "json":
        return json.dumps(nx.node_link_data(selected, edges="edges"), indent=2, sort_keys=True) + "\n"
    if fmt == "graphml":  # XML escapes markup, not control characters
        return printable_lines("\n".join(nx.generate_graphml(selected))) + "\n"
    return _dot(selected)


def _selected(graph: nx.DiGraph, symbols: bool, prefix: str | None) -> nx.DiGraph:
    def keep(node: str) -> bool:
        data = graph.nodes[node]
        if data.get("kind") == "symbol" and not symbols:
            return False
        path = data.get("module", node)
        return prefix is None or path.startswith(prefix)

    return graph.subgraph([n for n in graph.nodes if keep(n)]).copy()


def _dot(graph: nx.DiGraph) -> str:
    def quote(value: str) -> str:
        return '"' + printable(value).replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ["digraph impact {", "  rankdir=LR;", "  node [shape=box];"]
    for node, data in sorted(graph.nodes(data=True)):
        shape = " [shape=ellipse]" if data.get("kind") == "symbol" else ""
        lines.append(f"  {quote(node)}{shape};")
    for source, target, data in sorted(graph.edges(data=True)):
        lines.append(f"  {quote(source)} -> {quote(target)} [label={quote(data.get('relation', ''))}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def affected_modules(base: Analysis, head: Analysis) -> list[str]:
    """Changed modules, and every module of head that depends on one, transitively."""
    changed = changed_sources(base, head)
    affected = head.graph.dependents(changed)
    for module in changed - head.graph.facts.keys():  # deleted: its former importers
        affected |= base.graph.direct_importers.get(module, set())
    return sorted(m for m in affected if m in head.graph.facts or m in changed)


def is_test_file(path: str) -> bool:
    return bool(TEST_FILE.search(path)) and not posixpath.basename(path).startswith(".")
