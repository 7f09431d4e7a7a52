"""The pipeline: two snapshots in, the findings the change introduces out, one way.

    snapshots -> facts (impact/facts.py, through a cache) -> a graph per revision
    (impact/graph.py) -> what the change can affect (impact/affected.py) -> the rules
    (impact/checks/) -> the diff (impact/diff.py) -> configuration and suppression comments
    -> causes (impact/causes.py) -> a `DiffResult`, which impact/reporting.py turns into a report.

This module holds what runs the stages: the options, the facts memo and cache, the garbage
collector's pause; each stage is a function of the values the one before it made.
"""

from __future__ import annotations

import gc
import posixpath
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, closing, contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from impact import diff as findings_diff
from impact import index
from impact.affected import (
    NOTHING,
    Change,
    Scope,
    change_between,
    dependent_modules,
    files_a_change_can_affect,
    http_rules_affected,
    mapped_directories_changed,
    modules_a_change_can_reach,
    reaches_every_file,
    rebound_by,
)
from impact.build_output import GITATTRIBUTES, build_output, is_snapshot
from impact.cache import FactsCache, cache_keys, derived_key, with_path
from impact.causes import with_causes
from impact.checks import check_change, run_checks
from impact.checks.context import ChangeContext, Revision, RuleContext
from impact.checks.names import unknown_names
from impact.config import Config, Overrides, load_config
from impact.facts import (
    DEFAULT_MAX_FILE_SIZE,
    DEFAULT_TIME_BUDGET,
    oversized_facts,
    snapshot_facts,
    unread_facts,
)
from impact.graph import SymbolGraph
from impact.model import FileFacts, Finding
from impact.project_files import by_blob, read_project_files
from impact.public_api import public_symbols
from impact.records import DamagedRecord, load_facts, read_whole
from impact.resolve import Links
from impact.resolve.ignored import IgnoredPaths
from impact.resolve.lint_excludes import CONFIG_FILES, LintExcludes, lint_excludes
from impact.resolve.python import PythonResolver
from impact.snapshot import INDEX, WORKTREE, Snapshot
from impact.steering import Steered, path_kinds, steered_by
from impact.summaries import FileSummary, summary_codec, summary_of
from impact.suppression import Suppressions, comment_findings, may_suppress, suppress, touched_lines

if TYPE_CHECKING:
    from impact.parallel import Progress

# given the number of files to extract, a context that yields a Progress callback
ProgressFactory = Callable[[int], AbstractContextManager["Progress | None"]]
T = TypeVar("T")


@dataclass
class Options:
    show_all: bool = False
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    file_time_budget: float | None = DEFAULT_TIME_BUDGET  # CPU seconds to read one file
    cache_dir: Path | None = None  # None: no facts cache
    python_roots: tuple[str, ...] = ()
    public: tuple[str, ...] | None = None  # modules whose names are public API (config)
    whole_repository: bool = False  # check every file, not only those the change can affect
    jobs: int | None = None  # processes that extract facts (None: one per core)
    progress: ProgressFactory | None = None  # shows how a long extraction goes
    strict: bool = False  # also report suppressions that suppress nothing (IMP303)
    overrides: Overrides = field(default_factory=Overrides)  # from the command line


class SourceFiles(Mapping[str, bytes]):
    """A snapshot's source files, read from git only when something needs their text."""

    def __init__(self, snapshot: Snapshot, paths: list[str], max_size: int | None = None):
        self.snapshot = snapshot
        self.paths = paths
        self.max_size = max_size
        self.oversized: dict[str, int] = {}  # path -> size, for files over the limit: not read
        self._known = frozenset(paths)
        self._read: dict[str, bytes] = {}

    def prefetch(self, paths: Iterable[str]) -> None:
        """Read many files through one git process (those over the size limit, and those that
        cannot be read, read as empty)."""
        wanted = sorted({p for p in paths if p in self._known and p not in self._read})
        if wanted:
            contents, oversized = self.snapshot.read_within(wanted, self.max_size)
            self._read.update(contents)
            self.oversized.update(oversized)
            self._read.update((p, b"") for p in wanted if p not in self._read)

    def __getitem__(self, path: str) -> bytes:
        if path not in self._known:
            raise KeyError(path)
        self.prefetch([path])
        return self._read[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)


@dataclass
class Analysis:
    """A snapshot's graph, the source text its findings point into, the blob id of each
    source file, the files checked (all, or those the change can affect, never build
    output) and, when only some are, the revision's index (impact/index.py)."""

    snapshot: Snapshot
    graph: SymbolGraph
    sources: SourceFiles
    blob_ids: dict[str, str]
    checked: Mapping[str, FileFacts]
    index: index.RevisionIndex | None = None
    _lines: dict[str, list[bytes]] = field(default_factory=dict, repr=False)
    _read_once: dict[str, object] = field(default_factory=dict, repr=False)

    @property
    def revision(self) -> Revision:
        """The revision as the rules read it."""
        return Revision(self.graph, self.checked, self.index)

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
    config: Config = field(default_factory=Config)
    suppressed: int = 0  # findings an inline comment suppressed
    change: Change | None = None  # what differs between the two revisions' files

    @property
    def files_scanned(self) -> int:
        return len(self.head.graph.facts)

    @property
    def warnings(self) -> list[str]:
        """What impact could not resolve or read in either revision, once each."""
        return list(dict.fromkeys([*self.config.problems,
                                   *unread_warnings(self.base.snapshot, self.head.snapshot),
                                   *self.base.graph.js.warnings, *self.head.graph.js.warnings,
                                   *unchecked_warnings(self.head.graph, self.head.checked)]))


class FactsMemo:
    """Facts of each distinct file content are extracted once per run, and once ever when a
    cache is given (keyed by git blob id, so base, head and later runs share them). A file
    with the same content in both revisions gets the very same facts object. Facts of a file
    that ran out of time are not cached: another run may have the time.

    What the cache lacks is extracted at once (over a process pool when there is much); what
    it has is read only when something asks for it (a warm run reads the facts the change
    needs, not every file's). Each file's summary (impact.index) is made with its facts, so
    an index is built from summaries: the facts just extracted are read only when asked for
    too, which in a cold run is the facts of the files the change can affect."""

    def __init__(self, options: Options, cache: FactsCache | None = None):
        self.max_file_size = options.max_file_size
        self.time_budget = options.file_time_budget
        self.jobs = options.jobs
        self.progress = options.progress
        self.cache = cache
        self._facts: dict[str, FileFacts] = {}
        self._by_path: dict[tuple[str, str], FileFacts] = {}
        self._stored: dict[str, tuple[SourceFiles, str]] = {}  # key in the cache, not read yet
        self._records: dict[str, bytes] = {}  # facts extracted in this run, not read yet
        self._summaries: dict[str, FileSummary] = {}

    def facts_for(self, sources: SourceFiles, blob_ids: dict[str, str]) -> LazyFacts:
        keys = cache_keys({path: blob_ids[path] for path in sources}, self.max_file_size)
        keys.update((path, derived_key(SNAPSHOT, key)) for path, key in keys.items() if is_snapshot(path))
        unknown = {key for key in keys.values()
                   if key not in self._facts and key not in self._stored and key not in self._records}
        stored = self.cache.stored(unknown) if self.cache is not None and unknown else set()
        to_extract: dict[str, str] = {}  # key -> a path with that content
        for path, key in keys.items():
            if key in stored:
                self._stored.setdefault(key, (sources, path))
            elif key in unknown:
                to_extract.setdefault(key, path)
        if to_extract:
            self._extract(sources, to_extract)
        return LazyFacts(self, dict(sorted(keys.items())))

    def load(self, keys: Iterable[str]) -> None:
        """Read these facts (from the cache in one go); an entry that turns out unreadable
        is extracted again."""
        wanted = [key for key in dict.fromkeys(keys) if key not in self._facts]
        stored = [key for key in wanted if key in self._stored]
        if stored:
            self._facts.update(self.cache.get_many(stored))
            missed: dict[int, tuple[SourceFiles, dict[str, str]]] = {}
            for key in stored:
                sources, path = self._stored.pop(key)
                if key not in self._facts:
                    missed.setdefault(id(sources), (sources, {}))[1][key] = path
            for sources, to_extract in missed.values():
                self._extract(sources, to_extract)
        for key in wanted:
            if key in self._records:
                self._facts[key] = load_facts(self._records.pop(key))

    def facts(self, key: str, path: str) -> FileFacts:
        """The facts of the content `key` under the name `path`."""
        found = self._by_path.get((key, path))
        if found is None:
            self.load([key])
            found = self._by_path[(key, path)] = with_path(self._facts[key], path)
        return found

    def summaries(self, keys: Mapping[str, str]) -> list[FileSummary]:
        """The summaries of these files (path -> key): made with the facts, else read from
        the cache, else made from the facts and kept there."""
        missing = [key for key in dict.fromkeys(keys.values()) if key not in self._summaries]
        if missing and self.cache is not None:
            summary_keys = {summary_key(key): key for key in missing}
            found = self.cache.get_many_records(summary_keys, summary_codec())
            self._summaries.update((summary_keys[k], summary) for k, summary in found.items())
        self.load(key for key in missing if key not in self._summaries)  # their facts, in one go
        to_store = {}
        for path, key in keys.items():
            if key not in self._summaries:
                summary = self._summaries[key] = summary_of(self.facts(key, path))
                if not summary.transient:
                    to_store[summary_key(key)] = summary_codec().dump(summary)
        if self.cache is not None:
            self.cache.put_records(to_store)
        return [with_path(self._summaries[key], path) for path, key in keys.items()]

    def _extract(self, sources: SourceFiles, to_extract: dict[str, str]) -> None:
        key_of = {path: key for key, path in to_extract.items()}
        for path in [path for path in key_of if is_snapshot(path)]:  # never read
            self._facts[key_of.pop(path)] = snapshot_facts(path)
        paths = sorted(key_of)
        sources.prefetch(paths)
        unread = sources.snapshot.unread
        for path in paths:
            if path in sources.oversized:  # never read: facts that say so
                self._facts[key_of[path]] = oversized_facts(path, sources.oversized[path],
                                                            self.max_file_size)
            elif path in unread:
                self._facts[key_of[path]] = unread_facts(path, unread[path])
        readable = [(p, sources[p]) for p in paths if p not in sources.oversized and p not in unread]
        from impact.parallel import extract_records  # a warm run extracts nothing: not imported
        to_store = {}
        with self.progress(len(readable)) if self.progress else nullcontext() as advance, \
                closing(extract_records(readable, self.max_file_size, self.time_budget,
                                        self.jobs, advance)) as extracted:
            for path, record, summary_record in extracted:
                key = key_of[path]
                self._records[key] = record
                summary = self._summaries[key] = summary_codec().load(summary_record)
                if not summary.transient:
                    to_store[key] = record
                    to_store[summary_key(key)] = summary_record
                if len(to_store) >= STORE_EVERY:
                    self._store(to_store)
                    to_store = {}
        self._store(to_store)

    def _store(self, records: dict[str, bytes]) -> None:
        """Keep these records in the cache."""
        if self.cache is not None:
            self.cache.put_records(records)


SNAPSHOT = "snapshot"  # the key of a test runner's snapshot's facts: never read, never stored
# records of a cold run's extraction are stored as they come, this many at a time: a run ended
# part way (a CI job's time limit, a SIGKILL) leaves the facts it extracted to the next run
STORE_EVERY = 2_000


def summary_key(facts_key: str) -> str:
    """Where the cache keeps the summary of the facts under `facts_key` (impact.index): it is
    made by this version of impact's code, not only of its extractor."""
    return derived_key("summary", facts_key)


class LazyFacts(Mapping[str, FileFacts]):
    """A revision's facts by path (in path order), each read from the cache when first used."""

    def __init__(self, memo: FactsMemo, keys: dict[str, str]):
        self.memo = memo
        self.keys_of = keys  # path -> cache key
        self._found: dict[str, FileFacts] = {}  # asked for hundreds of thousands of times in a run

    def __getitem__(self, path: str) -> FileFacts:
        found = self._found.get(path)
        if found is None:
            found = self._found[path] = self.memo.facts(self.keys_of[path], path)
        return found

    def get(self, path: str, default: FileFacts | None = None) -> FileFacts | None:
        found = self._found.get(path)
        if found is None:
            key = self.keys_of.get(path)
            if key is None:
                return default
            found = self._found[path] = self.memo.facts(key, path)
        return found

    def __contains__(self, path: object) -> bool:
        return path in self.keys_of

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_of)

    def __len__(self) -> int:
        return len(self.keys_of)

    def load(self, paths: Iterable[str]) -> None:
        """Read the facts of these files in one go (any not of this revision are left out)."""
        self.memo.load(self.keys_of[path] for path in paths if path in self.keys_of)

    def summaries(self, paths: Iterable[str] | None = None) -> list[FileSummary]:
        """The summaries of these files (default: all), any not of this revision left out."""
        keys = self.keys_of if paths is None else \
            {path: self.keys_of[path] for path in sorted(paths) if path in self.keys_of}
        return self.memo.summaries(keys)

    def items(self):
        self.load(self.keys_of)
        return super().items()

    def values(self):
        self.load(self.keys_of)
        return super().values()


def analyse(snapshot: Snapshot, memo: FactsMemo, internal_python: frozenset[str],
            options: Options, python: PythonResolver | None = None) -> Analysis:
    paths = snapshot.paths
    kinds = path_kinds(paths)
    sources = SourceFiles(snapshot, list(kinds.sources), options.max_file_size)
    config_files = snapshot.read(list(kinds.config_files))
    blob_ids = {path: snapshot.blob_id(path) for path in sources}
    facts = memo.facts_for(sources, blob_ids)
    graph = SymbolGraph(snapshot.label, facts, paths, config_files, options.python_roots,
                        internal_python, options.public, read=snapshot.read, python=python,
                        links=Links(snapshot.links), submodules=snapshot.submodules)
    return Analysis(snapshot, graph, sources, blob_ids, facts)


def load(snapshot: Snapshot, options: Options) -> Analysis:
    """One snapshot's graph with every file's facts at hand (`impact graph`, `impact routes`)."""
    python = PythonResolver(snapshot.paths, options.python_roots, Links(snapshot.links),
                            submodules=snapshot.submodules)
    facts_cache = FactsCache(options.cache_dir) if options.cache_dir is not None else None
    try:
        with collector_paused():
            return _again_if_damaged(facts_cache, lambda: _whole_analysis(
                snapshot, FactsMemo(options, facts_cache), python, options))
    finally:
        if facts_cache is not None:
            facts_cache.close()


def _again_if_damaged(cache: FactsCache | None, run: Callable[[], T]) -> T:
    """run(), and once more after clearing the cache when it read a damaged field of a cache
    entry (impact.records reads some when first used: what the first run found may miss it)."""
    try:
        return run()
    except DamagedRecord as damaged:
        if cache is None:
            raise
        cache.clear_damaged(damaged)
        return run()


def _whole_analysis(snapshot: Snapshot, memo: FactsMemo, python: PythonResolver,
                    options: Options) -> Analysis:
    """`load`'s analysis, every file's facts read whole."""
    analysis = analyse(snapshot, memo, python.top_level_names, options, python)
    analysis.graph.facts.load(analysis.graph.facts)
    for facts in analysis.graph.facts.values():
        read_whole(facts)
    return analysis


@contextmanager
def collector_paused() -> Iterator[None]:
    """Loading facts makes millions of small objects that live as long as the run, and the
    cyclic garbage collector would scan them again and again for nothing (a third of a warm
    run's time): it waits until the analysis is done, and then leaves what the analysis made
    alone (frozen: facts hold no cycles, and plain reference counting still frees them)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


def run(base_snapshot: Snapshot, head_snapshot: Snapshot, options: Options) -> DiffResult:
    """What the change from `base_snapshot` to `head_snapshot` introduces (with
    `options.show_all`, every finding of head)."""
    with collector_paused():
        return _configured_run(base_snapshot, head_snapshot, options)


def _configured_run(base_snapshot: Snapshot, head_snapshot: Snapshot, options: Options) -> DiffResult:
    config = load_config(head_snapshot, options.overrides)
    options = replace(options, python_roots=options.python_roots + config.roots,
                      public=options.public if options.public is not None else config.public,
                      max_file_size=config.max_file_size)
    cache = FactsCache(options.cache_dir) if options.cache_dir is not None else None
    try:
        return _again_if_damaged(cache, lambda: _compared(base_snapshot, head_snapshot, options, config, cache))
    finally:
        if cache is not None:
            cache.close()


def _compared(base_snapshot: Snapshot, head_snapshot: Snapshot, options: Options,
              config: Config, cache: FactsCache | None) -> DiffResult:
    memo = FactsMemo(options, cache)
    base_python, head_python = _python_resolvers(base_snapshot, head_snapshot, options)
    internal_python = base_python.top_level_names | head_python.top_level_names
    base = analyse(base_snapshot, memo, internal_python, options, base_python)
    head = analyse(head_snapshot, memo, internal_python, options, head_python)
    change = change_between(base_snapshot, head_snapshot)
    head.graph.js.share_answers(base.graph.js, change.paths, change.links_changed)
    scope, indexes = None, (None, None)
    stored = Indexes(cache, internal_python, options, head_python)
    if not (options.show_all or options.whole_repository):
        scope, indexes = _scope(base, head, change, stored)
    if scope is None:  # every file is checked
        for side in (base, head):
            side.graph.facts.load(side.graph.facts)
    base, head = (_checked(side, scope, side_index) for side, side_index in zip((base, head), indexes))
    head_findings = run_checks(RuleContext(head.revision, base.revision))
    introduced = head_findings if options.show_all else \
        _introduced(base, head, change, head_findings, options)
    # the consumers a removal breaks are sites of findings the change introduced: a finding
    # head shares with base (a module's own broken export, there before) uses nothing it removed,
    # nor does one a comment suppresses (its author says the site does not break)
    head_comments = Suppressions(head.sources)
    changed = [] if scope is not None and not scope.files else \
        _changes(base, head, change, scope,
                 [f for f in introduced if head_comments.covering(f) is None], stored)
    for side, revision in ((base, "base"), (head, "head")):
        side.sources.prefetch(f.file for f in introduced + changed if f.revision == revision)
    findings = [_finish(f, head, base) for f in introduced + changed]
    findings, suppressed = _configured(findings, head_findings + changed, head, base, change,
                                       config, options, head_comments)
    findings = _outside_build_output(findings, base, head)
    findings.sort(key=lambda f: (f.file, f.line, f.column, f.code, f.symbol))
    return DiffResult(base, head, findings, config, suppressed, change)


def _python_resolvers(base_snapshot: Snapshot, head_snapshot: Snapshot, options: Options
                      ) -> tuple[PythonResolver, PythonResolver]:
    """How each revision resolves Python imports (one resolver for both when what it is a
    function of is the same in both)."""
    base_files = read_project_files(base_snapshot, options.max_file_size)
    head_files = read_project_files(head_snapshot, options.max_file_size,
                                    by_blob(base_snapshot, base_files))
    installed = head_files.declared_packages()
    others = head_files.installed_from_elsewhere()
    built = [files.compiled_modules() for files in (base_files, head_files)]
    ignores = [files.gitignores() for files in (base_files, head_files)]
    extended = [files.package_paths() for files in (base_files, head_files)]
    packaged = [files.built_packages() for files in (base_files, head_files)]
    base_python = PythonResolver(base_snapshot.paths, options.python_roots, Links(base_snapshot.links),
                                 installed, built[0], IgnoredPaths(ignores[0]), extended[0], others,
                                 packaged[0], base_snapshot.submodules)
    same_files = head_snapshot.paths == base_snapshot.paths and \
        head_snapshot.links == base_snapshot.links and built[0] == built[1] and \
        ignores[0] == ignores[1] and extended[0] == extended[1] and packaged[0] == packaged[1] and \
        head_snapshot.submodules == base_snapshot.submodules
    head_python = base_python if same_files else PythonResolver(  # a function of these alone
        head_snapshot.paths, options.python_roots, Links(head_snapshot.links), installed, built[1],
        IgnoredPaths(ignores[1]), extended[1], others, packaged[1], head_snapshot.submodules)
    return base_python, head_python


def _introduced(base: Analysis, head: Analysis, change: Change, head_findings: list[Finding],
                options: Options) -> list[Finding]:
    """The findings of head that base does not have, and the names the change leaves unknown."""
    base_findings = run_checks(RuleContext(base.revision, head.revision))
    head.sources.prefetch(f.file for f in head_findings)
    base.sources.prefetch(f.file for f in base_findings)
    introduced = findings_diff.introduced(head_findings, base_findings, head, base)
    return introduced + _new_unknown_names(base, head, change, options.max_file_size)


def _outside_build_output(findings: list[Finding], base: Analysis, head: Analysis) -> list[Finding]:
    """The findings not in build output or generated files, or in one that code written by
    hand still uses; with their causes."""
    output = {revision: build_output_of(side, {f.file for f in findings if f.revision == revision})
              for side, revision in ((base, "base"), (head, "head"))}
    generated_consumers = build_output_of(head, {c.file for f in findings if f.file in output[f.revision]
                                                 for c in f.consumers})
    return with_causes([f for f in findings if f.file not in output[f.revision]
                        or _used_by_written_code(f, generated_consumers)], base, head)


def _used_by_written_code(finding: Finding, generated: frozenset[str]) -> bool:
    """A finding in generated code (or build output) that code written by hand still uses: a
    generated API client's method removed that a component still calls. It is reported, at
    the generated definition with its consumers; any other finding in generated code is not."""
    return any(consumer.file not in generated for consumer in finding.consumers)


def dependents_of_change(result: DiffResult) -> list[str]:
    """The changed modules and every module of head that depends on one (`impact affected`)."""
    return dependent_modules(result.base.graph, result.head.graph, result.change,
                             (result.base.index, result.head.index))


def _scope(base: Analysis, head: Analysis, change: Change, indexes: Indexes
           ) -> tuple[Scope | None, tuple[index.RevisionIndex | None, index.RevisionIndex | None]]:
    """What the change can affect (impact/affected.py), and each revision's index; None when
    it may affect every file (every file is then checked, and no index is wanted)."""
    if not change.paths and not change.links_changed:
        return NOTHING, (None, None)
    if not CONFIG_FILES.isdisjoint(change.paths) and lint_excludes_of(base) != lint_excludes_of(head):
        return None, (None, None)  # which files are test data no linter checks changed
    steered = steered_by(base.graph, head.graph, change.paths)
    if steered is not None:
        steered = _with_files_found(base, head, change, steered)
    if steered is None or reaches_every_file(base.graph, head.graph, change):
        return None, (None, None)  # a file that steers resolution changed: no index wanted
    moved = frozenset() if _same_files(base, head) else index.moved_paths(base.snapshot.paths, head.snapshot.paths)
    found = indexes.of(base, head, change, steered, moved)
    return files_a_change_can_affect(base.graph, head.graph, change, found, steered), found


def _with_files_found(base: Analysis, head: Analysis, change: Change, steered: Steered
                      ) -> Steered | None:
    """`steered` with the files that only every file's summary tells (None when any file
    may be one): those whose imports name one of its directories (impact.steering), or a
    directory that appeared or went right below one imports are mapped into (and the
    importers by name of those packages), and, when it asks, the unchanged files whose imports
    resolve differently."""
    appeared = mapped_directories_changed(base.graph, head.graph)
    if steered.directories or appeared:
        every = [summary for analysis in (base, head) for summary in analysis.graph.facts.summaries()]
        if steered.directories:
            steered = _naming_directories(base, head, steered, every)
        if steered is not None and appeared:
            steered = _naming_mapped_directories(base, head, steered, appeared, every)
    if steered is not None and steered.resolved_again:
        steered = _resolved_again(base, head, change, steered)
    return steered


def _resolved_again(base: Analysis, head: Analysis, change: Change, steered: Steered) -> Steered:
    """`steered` with the unchanged files whose imports resolve differently in base and head."""
    unchanged = [path for path in base.graph.facts.keys_of
                 if path in head.graph.facts.keys_of and path not in change.paths]
    found = index.resolving_differently(base.graph.facts.summaries(unchanged), base.graph, head.graph)
    return replace(steered, files=steered.files | found)


def _naming_mapped_directories(base: Analysis, head: Analysis, steered: Steered,
                               directories: frozenset[str], every: list[FileSummary]) -> Steered | None:
    """`steered` with the files (of `every`) whose imports name one of `directories` (each
    right below a directory imports are mapped into), and the importers by name of the
    packages they are right below (None when a configuration maps a specifier into one
    without naming it)."""
    graphs = (base.graph, head.graph)
    package_dirs = frozenset(root for root in map(posixpath.dirname, directories)
                             if any(root in graph.js.manifests for graph in graphs))
    names = {m["name"] for graph in graphs for root in package_dirs
             if isinstance(m := graph.js.manifests.get(root), dict) and isinstance(m.get("name"), str)}
    naming = index.naming_directories(every, directories, [graph.js for graph in graphs], package_dirs)
    return None if naming is None else \
        steered | Steered(packages=frozenset(names), files=frozenset(naming))


def _naming_directories(base: Analysis, head: Analysis, steered: Steered, every: list[FileSummary]
                        ) -> Steered | None:
    """`steered` with the files (of `every`) whose imports may name one of its directories
    (`'../pkg'`, `'..'`), whose entry point may differ: those that would name the directory's
    `index` (None when a configuration maps a specifier there without naming it, but for the
    package's own entry: its importers by name are among `steered`'s)."""
    entries = [posixpath.join(directory, "index.js") for directory in sorted(steered.directories)]
    graphs = (base.graph, head.graph)
    naming = index.naming_moved_modules(every, entries, [graph.js for graph in graphs],
                                        [graph.python for graph in graphs], steered.directories)
    return None if naming is None else replace(steered, files=steered.files | naming)


def _checked(analysis: Analysis, scope: Scope | None, revision_index: index.RevisionIndex | None
             ) -> Analysis:
    """The analysis with the files to check: those the change can affect (or all), but build
    output and generated files (impact/build_output.py)."""
    graph = analysis.graph
    if scope is not None:
        graph.facts.load(scope.files)
        checked = {path: graph.facts[path] for path in sorted(scope.files) if path in graph.facts}
    else:
        checked = graph.facts
    output = build_output_of(analysis, checked)
    return replace(analysis, index=revision_index,
                   checked={path: facts for path, facts in checked.items() if path not in output})


def _changes(base: Analysis, head: Analysis, change: Change, scope: Scope | None,
             introduced: list[Finding], stored: Indexes) -> list[Finding]:
    """The findings of the rules that compare the revisions; what the HTTP rules read in each
    revision is kept for the next change (when they did not run, head's is base's)."""
    base_reads = stored.http_reads(base) if scope is not None else None
    context = _change_context(base, head, change, scope, introduced, base_reads, stored.moved_importers)
    findings = check_change(context)
    if context.http_untouched:
        stored.remember_http_reads(head, base_reads)
    elif base.index is not None and head.index is not None:
        stored.remember_http_reads(base, frozenset(context.base.http_reads))
        stored.remember_http_reads(head, frozenset(context.head.http_reads))
    return findings


def _change_context(base: Analysis, head: Analysis, change: Change, scope: Scope | None,
                    introduced: list[Finding], base_reads: frozenset[str] | None,
                    moved_importers: frozenset[str] | None = None) -> ChangeContext:
    """What the rules that compare the revisions read: the public API of base that the
    change may reach (name by name when the scope is known, else file by file), and whether
    the change touches what the HTTP rules read in base (`base_reads`, if a run kept them;
    `moved_importers`: see Indexes)."""
    reach = scope.providers if scope is not None else modules_a_change_can_reach(base.graph, head.graph, change)
    rebound = None if scope is None else _resolved_differently(base, head, scope, moved_importers)
    untouched = head.index is not None and not http_rules_affected(
        change, base_reads, head.index.http, rebound)
    return ChangeContext(base.revision, head.revision, change.modules_of(base.graph),
                         public_symbols(base.graph, reach), introduced, untouched)


def build_output_of(analysis: Analysis, paths: Iterable[str]) -> frozenset[str]:
    """Those of `paths` that are build output or generated in this snapshot: no finding is
    reported in them."""
    return build_output(analysis.graph, _gitattributes_of(analysis), lambda: lint_excludes_of(analysis),
                        paths)


def _gitattributes_of(analysis: Analysis) -> dict[str, bytes]:
    """The snapshot's .gitattributes files (read once per run)."""
    if "gitattributes" not in analysis._read_once:
        snapshot = analysis.snapshot
        analysis._read_once["gitattributes"] = snapshot.read(sorted(
            p for p in snapshot.paths if p.endswith(GITATTRIBUTES) and posixpath.basename(p) == GITATTRIBUTES))
    return analysis._read_once["gitattributes"]


def lint_excludes_of(analysis: Analysis) -> LintExcludes:
    """What the linters configured at the root of the snapshot leave out (read once per run)."""
    if "lint" not in analysis._read_once:
        snapshot = analysis.snapshot
        analysis._read_once["lint"] = lint_excludes(
            lambda names: snapshot.read([n for n in names if n in snapshot.paths]))
    return analysis._read_once["lint"]


def _configured(findings: list[Finding], everything_in_head: list[Finding], head: Analysis,
                base: Analysis, change: Change, config: Config, options: Options,
                head_comments: Suppressions) -> tuple[list[Finding], int]:
    """Findings after the configuration and the inline comments: the selected codes outside
    excluded files, minus what comments suppress, plus findings about the comments
    themselves, each with its configured severity; and how many comments suppressed."""
    sides = {"head": head_comments, "base": Suppressions(base.sources)}
    findings, suppressed = suppress(_selected(findings, config), sides)
    scope = _comment_scope(head, base, change, options.show_all)
    findings += _selected([_finish(f, head, base) for f in comment_findings(
        sides["head"], scope, everything_in_head, options.strict)], config)
    return [replace(f, severity=config.severity_of(f.code, f.severity)) for f in findings], suppressed


def _selected(findings: list[Finding], config: Config) -> list[Finding]:
    return [f for f in findings if config.is_selected(f.code) and not config.is_excluded(f.file)]


def _comment_scope(head: Analysis, base: Analysis, change: Change, show_all: bool
                   ) -> dict[str, set[int] | None]:
    """The files whose suppression comments are judged, each with the lines judged (None: all):
    with --all every file; otherwise the lines the change added or edited (only changed
    files are read)."""
    if show_all:
        return dict.fromkeys(head.sources)
    changed = [path for path in sorted(change.sources) if path in head.blob_ids]
    head.sources.prefetch(changed)
    base.sources.prefetch(changed)
    return {path: touched_lines(base.sources.get(path), head.sources[path]) for path in changed
            if may_suppress(head.sources[path])}


def _new_unknown_names(base: Analysis, head: Analysis, change: Change, max_size: int
                       ) -> list[Finding]:
    """IMP105 for names nothing provides, on the JavaScript/TypeScript lines the change added
    (a renamed file's lines compared with its old self)."""
    changed = sorted(path for path in change.sources if path in head.blob_ids
                     and head.graph.language_of(path).scripts_share_globals
                     and head.graph.facts[path].unbound)
    if not changed:
        return []
    renamed = change.renamed
    head.sources.prefetch(changed)
    base.sources.prefetch([renamed.get(path, path) for path in changed])
    added = {path: touched_lines(base.sources.get(renamed.get(path, path)), head.sources[path])
             for path in changed}
    return unknown_names(RuleContext(head.revision, base.revision), added,
                         lambda paths: head.snapshot.read_within(paths, max_size)[0], renamed)


class Indexes:
    """The index of each revision (impact/index.py): read from the cache; else derived from
    the other revision's, when only the contents of some files differ; else built from every
    file. What is not in the cache is put there for the next run. When only contents differ,
    one index is read and the other derived from it even when the cache has both: deriving
    takes the few changed files' contributions, reading decodes every module's importers."""

    def __init__(self, cache: FactsCache | None, internal_python: frozenset[str], options: Options,
                 python: PythonResolver):
        self.cache = cache
        # what else either revision's resolution depends on: the distributions head's project
        # files say are installed (both revisions resolve with them)
        self.settings = repr((sorted(internal_python), options.python_roots, options.public,
                              options.max_file_size, sorted(python.installed), sorted(python.others)))
        self._listings: dict[int, str] = {}  # snapshot -> its paths, blob ids and settings
        # the files that name a path only one revision has (index.naming_moved_modules), when
        # an index was derived across such paths; else None (unknown)
        self.moved_importers: frozenset[str] | None = None

    def of(self, base: Analysis, head: Analysis, change: Change, steered: Steered,
           moved: frozenset[str]) -> tuple[index.RevisionIndex, index.RevisionIndex]:
        """The index of base and of head; `steered`: what the change makes resolve differently
        (impact/steering.py: the importers of some packages, some files); `moved`: the paths
        only one revision has (index.naming_moved_modules tells which files may resolve
        otherwise, or that any may: then an index missing is built from every file)."""
        self.moved_importers = None
        keys = {id(a): self._key(a) for a in (base, head)}
        known: dict[int, index.RevisionIndex | None] = {id(head): None}
        known[id(base)] = self._stored(keys[id(base)])
        if known[id(base)] is None or moved:
            known[id(head)] = self._stored(keys[id(head)])
        if known[id(base)] is None and known[id(head)] is None:
            known[id(base)] = index.build(base.graph, base.graph.facts.summaries())
            self._store(keys[id(base)], known[id(base)])
        for this, other in ((base, head), (head, base)):
            if known[id(this)] is None:
                known[id(this)] = self._derived(this, other, known[id(other)], change, steered, moved)
                if not self._has(keys[id(this)]):
                    self._store(keys[id(this)], known[id(this)])
        return known[id(base)], known[id(head)]

    def _derived(self, this: Analysis, other: Analysis, known: index.RevisionIndex, change: Change,
                 steered: Steered, moved: frozenset[str]) -> index.RevisionIndex:
        """The index of `this` from the other revision's, with the contributions of the files
        that may differ taken out and theirs put in; built from every file when that cannot be
        told."""
        differing = set(change.sources) | rebound_by([known], steered)
        if moved:
            every = this.graph.facts.summaries()
            naming = index.naming_moved_modules(every, moved, (this.graph.js, other.graph.js),
                                                (this.graph.python, other.graph.python))
            if naming is None:
                return index.build(this.graph, every)
            # the others resolve each import as before: their contributions are the same
            unchanged = this.graph.facts.summaries(p for p in naming - differing if p in other.graph.paths)
            naming -= {s.path for s in unchanged} - \
                index.resolving_differently(unchanged, this.graph, other.graph)
            self.moved_importers = frozenset(naming)
            differing |= naming
        return index.derived(known, this.graph, other.graph.facts.summaries(differing),
                             this.graph.facts.summaries(differing))

    def http_reads(self, analysis: Analysis) -> frozenset[str] | None:
        """The files whose facts the HTTP rules read in this revision, if a run kept them."""
        if self.cache is None:
            return None
        found = self.cache.get_record(self._key(analysis, "http-reads"), index.HTTP_READS_CODEC)
        return found.paths if isinstance(found, index.HttpReads) else None

    def remember_http_reads(self, analysis: Analysis, paths: frozenset[str] | None) -> None:
        """Keep them, unless the cache has them already (a warm run writes nothing new)."""
        if self.cache is not None and paths is not None and self.http_reads(analysis) != paths:
            self.cache.put_record(self._key(analysis, "http-reads"), index.HttpReads(paths),
                                  index.HTTP_READS_CODEC)

    def _stored(self, key: str) -> index.RevisionIndex | None:
        return self.cache.get_record(key, index.CODEC) if self.cache is not None else None

    def _has(self, key: str) -> bool:
        return self.cache is not None and key in self.cache.stored([key])

    def _store(self, key: str, found: index.RevisionIndex) -> None:
        if self.cache is not None:
            self.cache.put_record(key, found, index.CODEC)

    def _key(self, analysis: Analysis, kind: str = "index") -> str:
        """The key of what is derived from every file of the revision (each kind its own)."""
        snapshot = analysis.snapshot
        if id(snapshot) not in self._listings:
            listing = "".join(f"{link}\0-> {target}\n" for link, target in sorted(snapshot.links.items()))
            if snapshot.listing_digest is not None:  # a commit's: git's listing names the rest
                listing += f"tree {snapshot.listing_digest}\n"
            else:
                blob_id = snapshot.blob_id  # a working-tree file git sees as modified: hashed
                listing += "".join(f"{path}\0{blob or blob_id(path)}\n"
                                   for path, blob in sorted(snapshot.blobs.items()))
                listing += "".join(f"{path}\0submodule\n" for path in sorted(snapshot.submodules))
            self._listings[id(snapshot)] = derived_key("listing", listing + self.settings)
        return derived_key(kind, self._listings[id(snapshot)])


def _resolved_differently(base: Analysis, head: Analysis, scope: Scope,
                          moved_importers: frozenset[str] | None) -> frozenset[str]:
    """The unchanged files whose imports may resolve differently in head: with the same paths,
    the importers of the packages the change makes resolve differently; with paths added or
    removed, also those that name a path added or removed (`moved_importers`, when an index
    was derived across them), else every file the change can affect (they are within them:
    that is what lets a scoped run find what a full scan finds)."""
    if _same_files(base, head):
        return scope.rebound
    return scope.rebound | moved_importers if moved_importers is not None else scope.files


def _same_files(one: Analysis, other: Analysis) -> bool:
    """The same paths and links: with the files that steer resolution the same or edited in
    ways that steer only some packages, each unchanged file but their importers resolves its
    imports the same way in both."""
    a, b = one.snapshot, other.snapshot
    return a.paths == b.paths and a.links == b.links


def unread_warnings(*snapshots: Snapshot, shown: int = 5) -> list[str]:
    """One line naming the files impact could not read in either revision, if any."""
    by_cause: dict[tuple[str, str], list[str]] = {}
    for snapshot in snapshots:
        for path, why in snapshot.unread.items():
            by_cause.setdefault((_revision_name(snapshot), why), []).append(path)
    if not by_cause:
        return []
    count = sum(len(paths) for paths in by_cause.values())
    causes = []
    for (revision, why), paths in by_cause.items():
        more = f" and {len(paths) - shown} more" if len(paths) > shown else ""
        causes.append(f"{', '.join(paths[:shown])}{more} in {revision} ({why})")
    return [f"could not read {count} file(s), so the result may be incomplete: {'; '.join(causes)}"]


def _revision_name(snapshot: Snapshot) -> str:
    return {WORKTREE: "the working tree", INDEX: "the index"}.get(snapshot.label, snapshot.label)


def unchecked_warnings(graph: SymbolGraph, files: Mapping[str, FileFacts], shown: int = 3
                       ) -> list[str]:
    """One line naming the imports in `files` impact resolved but could not look into, if any."""
    seen: dict[str, str] = {}
    for path, imp, why in graph.unreadable_imports(files):
        name = "." * imp.level + imp.source
        seen.setdefault(name, f"`{name}` ({why}; {path}:{imp.site.line})")
    if not seen:
        return []
    listed = ", ".join(list(seen.values())[:shown])
    more = f" and {len(seen) - shown} more" if len(seen) > shown else ""
    return [(f"names imported from {len(seen)} module(s) impact cannot read are not checked: "
             f"{listed}{more}")]


def _finish(finding: Finding, head: Analysis, base: Analysis) -> Finding:
    """Character column instead of byte column, and the origin in base."""
    side = base if finding.revision == "base" else head
    raw = side.raw_lines(finding.file)
    column = finding.column
    if 0 < finding.line <= len(raw):
        column = len(raw[finding.line - 1][: column - 1].decode("utf-8", errors="replace")) + 1
    return replace(finding, column=column,
                   origin=findings_diff.origin_of(finding, base.graph) or finding.origin)
