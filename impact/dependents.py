"""The module graph as its own product: `impact graph` writes a snapshot's module graph
(optionally with symbols) through networkx; `impact affected --tests` keeps the test files
(`is_test_file`) among what impact/affected.py lists.
"""

from __future__ import annotations

import json
import posixpath
import re
from typing import TYPE_CHECKING

from impact.graph import SymbolGraph
from impact.report.printable import printable, printable_lines

if TYPE_CHECKING:
    import networkx as nx

TEST_FILE = re.compile(r"(^|/)(test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(test|spec)\.[cm]?[jt]sx?)$"
                       r"|(^|/)(tests?|__tests__)/")


def module_graph(graph: SymbolGraph) -> nx.DiGraph:
    """A networkx DiGraph of a SymbolGraph: a node per module (its path) and per imported
    symbol (`path::name`), and edges `importer -> module` (imports), `module -> symbol`
    (defines), `importer -> symbol` (imports or re-exports the name)."""
    import networkx as nx  # slow to import, and only `impact graph` needs it

    drawn = nx.DiGraph()
    for path, facts in graph.facts.items():
        drawn.add_node(path, kind="module", language=facts.language)
    for path, facts in graph.facts.items():
        for imp in facts.imports:
            target = graph.target(path, imp)
            if isinstance(target, str):
                relation = "re-exports" if imp.kind == "reexport" else "imports"
                _link(drawn, path, target, imp.imported, relation)
                submodule = graph.python.submodule(target, imp.imported) \
                    if imp.kind == "from" else None
                if submodule is not None:  # `from pkg import module`
                    drawn.add_edge(path, submodule, relation="imports")
    return drawn


def _link(graph: nx.DiGraph, importer: str, target: str, name: str | None, relation: str) -> None:
    graph.add_edge(importer, target, relation="imports")
    if name and name != "*":
        symbol = f"{target}::{name}"
        graph.add_node(symbol, kind="symbol", module=target, name=name)
        graph.add_edge(target, symbol, relation="defines")
        graph.add_edge(importer, symbol, relation=relation)


def export_graph(graph: SymbolGraph, fmt: str, symbols: bool, prefix: str | None) -> str:
    import networkx as nx  # slow to import: only here

    selected = _selected(module_graph(graph), symbols, prefix)
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


def is_test_file(path: str) -> bool:
    return bool(TEST_FILE.search(path)) and not posixpath.basename(path).startswith(".")
