"""Diff: what the change introduces. Findings of head minus findings of base.

Findings are matched by a fingerprint that survives line moves: code, file, symbol and
the text of the line, then (for lines that were edited) code, file and symbol alone.
Each new finding gets its origin: where, in base, the symbol it misses was defined or
imported, or the module it misses lived.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from impact.cache import FactsCache, cache_key, with_path
from impact.checks import check_change, run_checks
from impact.config import load_config
from impact.facts import DEFAULT_MAX_FILE_SIZE, extract_facts, is_source
from impact.graph import SymbolGraph
from impact.model import FileFacts, Finding, Location
from impact.resolve.python import PythonResolver
from impact.snapshot import Snapshot, git_blob_id


@dataclass
class Options:
    show_all: bool = False
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    cache_dir: Path | None = None  # None: no facts cache
    python_roots: tuple[str, ...] = ()
    public: tuple[str, ...] | None = None  # modules whose names are public API (config)


@dataclass
class Analysis:
    """A snapshot's graph and the source text its findings point into."""

    snapshot: Snapshot
    graph: SymbolGraph
    sources: dict[str, bytes]
    _lines: dict[str, list[bytes]] = field(default_factory=dict, repr=False)

    def raw_lines(self, path: str) -> list[bytes]:
        """A file's lines, split once however many findings point into it."""
        if path not in self._lines:
            self._lines[path] = self.sources.get(path, b"").splitlines()
        return self._lines[path]

    def line(self, path: str, number: int) -> str:
        lines = self.raw_lines(path)
        return lines[number - 1].decode("utf-8", errors="replace") if 0 < number <= len(lines) else ""


@dataclass
class DiffResult:
    base: Analysis
    head: Analysis
    findings: list[Finding]
    warnings: list[str] = field(default_factory=list)  # what impact could not check (stderr)

    @property
    def files_scanned(self) -> int:
        return len(self.head.graph.facts)


class FactsMemo:
    """Facts of each distinct file content are extracted once per run, and once ever when a
    cache is given (keyed by git blob id, so base, head and later runs share them)."""

    def __init__(self, max_file_size: int, cache: FactsCache | None = None):
        self.max_file_size = max_file_size
        self.cache = cache
        self._facts: dict[str, FileFacts] = {}

    def facts_for(self, contents: dict[str, bytes], blob_ids: dict[str, str | None]
                  ) -> dict[str, FileFacts]:
        keys = {path: cache_key(blob_ids.get(path) or git_blob_id(data), path, self.max_file_size)
                for path, data in contents.items()}
        missing = [key for key in set(keys.values()) if key not in self._facts]
        if self.cache is not None and missing:
            self._facts.update(self.cache.get_many(missing))
        extracted = {}
        for path, key in keys.items():
            if key not in self._facts:
                extracted[key] = self._facts[key] = extract_facts(path, contents[path],
                                                                  self.max_file_size)
        if self.cache is not None:
            self.cache.put_many(extracted)
        return {path: with_path(self._facts[key], path) for path, key in sorted(keys.items())}


def analyse(snapshot: Snapshot, memo: FactsMemo, internal_python: frozenset[str],
            options: Options) -> Analysis:
    paths = snapshot.paths
    wanted = [p for p in paths if is_source(p) or p.rsplit("/", 1)[-1] == "package.json"]
    contents = snapshot.read(sorted(wanted))
    sources = {p: data for p, data in contents.items() if is_source(p)}
    package_json = {p: data for p, data in contents.items() if not is_source(p)}
    facts = memo.facts_for(sources, snapshot.blobs)
    graph = SymbolGraph(snapshot.label, facts, paths, package_json, options.python_roots,
                        internal_python, options.public)
    return Analysis(snapshot, graph, sources)


def diff(base_snapshot: Snapshot, head_snapshot: Snapshot, options: Options) -> DiffResult:
    config = load_config(head_snapshot)
    options = replace(options, python_roots=options.python_roots + config.roots,
                      public=options.public if options.public is not None else config.public)
    cache = FactsCache(options.cache_dir) if options.cache_dir is not None else None
    memo = FactsMemo(options.max_file_size, cache)
    internal_python = (
        PythonResolver(base_snapshot.paths, options.python_roots).top_level_names
        | PythonResolver(head_snapshot.paths, options.python_roots).top_level_names
    )
    base = analyse(base_snapshot, memo, internal_python, options)
    head = analyse(head_snapshot, memo, internal_python, options)
    head_findings = run_checks(head.graph)
    if options.show_all:
        introduced = head_findings
    else:
        introduced = introduced_findings(head_findings, run_checks(base.graph), head, base)
    findings = [_finish(f, head, base) for f in introduced]
    findings += [_finish(f, head, base) for f in check_change(base.graph, head.graph, introduced)]
    findings.sort(key=lambda f: (f.file, f.line, f.column, f.code, f.symbol))
    if cache is not None:
        cache.close()
    return DiffResult(base, head, findings, unchecked_warnings(head.graph))


def unchecked_warnings(graph: SymbolGraph, shown: int = 3) -> list[str]:
    """One line naming the imports impact resolved but could not look into, if any."""
    seen: dict[str, str] = {}
    for path, imp, why in graph.unreadable_imports():
        name = "." * imp.level + imp.source
        seen.setdefault(name, f"`{name}` ({why}; {path}:{imp.site.line})")
    if not seen:
        return []
    listed = ", ".join(list(seen.values())[:shown])
    more = f" and {len(seen) - shown} more" if len(seen) > shown else ""
    return [f"names imported from {len(seen)} module(s) impact cannot read are not checked: "
            f"{listed}{more}"]


def introduced_findings(head_findings: list[Finding], base_findings: list[Finding],
                        head: Analysis, base: Analysis) -> list[Finding]:
    def exact(finding: Finding, analysis: Analysis) -> tuple:
        text = analysis.line(finding.file, finding.line).strip()
        return finding.code, finding.file, finding.symbol, text

    def loose(finding: Finding) -> tuple:
        return finding.code, finding.file, finding.symbol

    base_exact = Counter(exact(f, base) for f in base_findings)
    unmatched_head = []
    for finding in head_findings:
        key = exact(finding, head)
        if base_exact[key] > 0:
            base_exact[key] -= 1
        else:
            unmatched_head.append(finding)
    base_loose = Counter()
    for (code, file, symbol, _text), count in base_exact.items():
        base_loose[(code, file, symbol)] += count
    introduced = []
    for finding in unmatched_head:
        key = loose(finding)
        if base_loose[key] > 0:
            base_loose[key] -= 1
        else:
            introduced.append(finding)
    return introduced


def _finish(finding: Finding, head: Analysis, base: Analysis) -> Finding:
    """Character column instead of byte column, and the origin in base."""
    side = base if finding.revision == "base" else head
    raw = side.raw_lines(finding.file)
    column = finding.column
    if 0 < finding.line <= len(raw):
        column = len(raw[finding.line - 1][: column - 1].decode("utf-8", errors="replace")) + 1
    return replace(finding, column=column, origin=origin_of(finding, base.graph))


def origin_of(finding: Finding, base: SymbolGraph) -> Location | None:
    subject = finding.subject
    if subject is None:
        return None
    if subject.statement is not None:
        if subject.importer not in base.facts:
            return None
        target = base.target(subject.importer, subject.statement)
        return Location(target.rstrip("/"), 1) if isinstance(target, str) else None
    if subject.module is not None and subject.name is not None:
        site = base.binding_site(subject.module, subject.name)
        return Location(subject.module, site.line) if site else None
    return None
