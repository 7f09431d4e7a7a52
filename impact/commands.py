"""What the commands do, apart from how their command lines are read: impact/cli.py reads
every command line with typer, impact/plain_diff.py a plain `impact diff` without it (typer
takes longer to import than a warm diff takes to read its facts). Failures end the run with
one line and exit status 2 (SystemExit, which typer lets through)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from impact import interrupt
from impact.interrupt import Stopped, stopped_by_signals
from impact.report import FORMATS
from impact.report.printable import printable
from impact.report_model import Display
from impact.snapshot import ImpactError, Repository

if TYPE_CHECKING:
    from impact.config import Overrides
    from impact.pipeline import DiffResult, Options


class PathBase(str, Enum):
    repo = "repo"
    cwd = "cwd"


class State:
    repo_path: Path = Path(".")
    cache_dir: Path | None = None  # None: no cache
    full_scan: bool = False
    jobs: int | None = None

    @classmethod
    def options(cls, **values) -> Options:
        from impact.pipeline import Options

        return Options(cache_dir=cls.cache_dir, whole_repository=cls.full_scan, jobs=cls.jobs,
                       progress=extraction_progress, **values)

    @classmethod
    def overrides(cls, config: Path | None, select=None, ignore=None, exclude=None) -> Overrides:
        """Command-line configuration; a relative --config is relative to -C, as in git."""
        from impact.config import Overrides

        return Overrides.from_flags(cls.repo_path / config if config else None, select, ignore, exclude)


PROGRESS_THRESHOLD = 500  # files; fewer are extracted before a bar would be worth drawing


@contextmanager
def extraction_progress(total: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for a long extraction, when stderr is a terminal."""
    if total < PROGRESS_THRESHOLD or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting facts", total=total)
        yield lambda done: progress.advance(task, done)


def set_global_options(repo: Path, no_cache: bool, cache_dir: Path | None, full_scan: bool,
                       jobs: int) -> None:
    """The options given before the subcommand (`impact -C repo --no-cache diff`)."""
    State.repo_path = repo
    State.full_scan = full_scan
    State.jobs = jobs or None
    from impact.cache import default_directory

    State.cache_dir = None if no_cache else (cache_dir or default_directory())


def apply_global_options(repo: Path | None, no_cache: bool, cache_dir: Path | None,
                         jobs: int | None) -> None:
    """The global options given after the subcommand win over those given before it."""
    if repo is not None:
        State.repo_path = repo
    if jobs is not None:
        State.jobs = jobs or None
    if no_cache:
        State.cache_dir = None
    elif cache_dir is not None:
        State.cache_dir = cache_dir


@contextmanager
def output_to_a_pipe() -> Iterator[None]:
    """Stop writing quietly when the reader has gone (`impact diff | head`): the rest of the
    output goes nowhere and the exit status is still the findings'."""
    try:
        yield
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def fail(message: str) -> NoReturn:
    print(f"impact: error: {printable(message)}", file=sys.stderr)
    raise SystemExit(2)


def warn(message: str) -> None:
    print(f"impact: warning: {printable(message)}", file=sys.stderr)


def run_diff(revisions: list[str] | None, staged: bool, options: Options, warn_now: bool = True
             ) -> tuple[Repository, DiffResult]:
    """The pipeline, with every failure turned into one line and exit status 2; its warnings
    on stderr, folded, unless `warn_now` is false (the caller shows them)."""
    try:
        repo = Repository(State.repo_path)
        from impact.pipeline import run
        from impact.revisions import resolve_snapshots

        base, head = resolve_snapshots(repo, revisions or [], staged)
        result = run(base, head, options)
        from impact.reporting import folded_warnings

        for line in folded_warnings(result.warnings, verbose=False) if warn_now else ():
            print(line, file=sys.stderr)
        return repo, result
    except ImpactError as error:
        fail(str(error))
    except MemoryError:
        raise  # not a bug: main() says so in one line
    except Exception as error:  # a bug in impact: one line, unless debugging
        if os.environ.get("IMPACT_DEBUG"):
            raise
        fail(f"internal error: {type(error).__name__}: {error} (set IMPACT_DEBUG=1 for details)")


@dataclass(frozen=True)
class DiffAsked:
    """What `impact diff` is asked to do, as its options say (the global ones are in State)."""

    revisions: tuple[str, ...] = ()
    staged: bool = False
    output_format: str = "text"
    output_file: Path | None = None
    show_all: bool = False
    strict: bool = False
    exit_zero: bool = False
    statistics: bool = False
    quiet: bool = False
    path_base: PathBase | None = None
    repo_url: str | None = None
    sha: str | None = None
    config: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    verbose: bool = False


def diff(asked: DiffAsked) -> int:
    """Run `impact diff`, write its report; the exit status."""
    from impact.reporting import code_statistics, folded_warnings, links_from_environment, rendered, what_next

    if asked.path_base is not None and not FORMATS[asked.output_format].paths_from_cwd:
        fail(f"--path-base applies to the text and vscode formats; {asked.output_format} paths "
             "are always relative to the repository root")
    overrides = State.overrides(asked.config, list(asked.select) or None, list(asked.ignore) or None,
                                list(asked.exclude) or None)
    analysed, result = run_diff(list(asked.revisions), asked.staged, State.options(
        show_all=asked.show_all, strict=asked.strict, overrides=overrides), warn_now=False)
    shown_from = current_directory(analysed) if asked.path_base is not PathBase.repo else ""
    if not asked.quiet:
        for line in folded_warnings(result.warnings, asked.verbose):
            print(line, file=sys.stderr)
    if asked.verbose:
        graph = result.head.graph
        from impact import detect

        for line in detect.describe(detect.detect(graph.paths, graph.python, graph.js), result.config):
            print(f"impact: {printable(line)}", file=sys.stderr)
    with output_to_a_pipe(), output_stream(asked.output_file) as stream:
        if asked.statistics:
            stream.write(code_statistics(result))
        else:  # text: wrapped only on a terminal; whole lines in a pipe, a file, a CI log
            links = links_from_environment(asked.repo_url, asked.sha or result.head.snapshot.commit)
            display = Display(shown_from, links, terminal=stream.isatty())
            stream.write(rendered(asked.output_format, result, display))
        stream.flush()
    errors = any(f.severity == "error" for f in result.findings)
    blocked = errors or (asked.strict and result.findings)
    if blocked and asked.staged and not asked.quiet and not asked.exit_zero:
        print(what_next(result), file=sys.stderr)
    return 1 if blocked and not asked.exit_zero else 0


def current_directory(repo: Repository) -> str:
    """The directory impact runs in (`-C`, else the current one), relative to the repository
    root; "" at the root, or when it is not inside the repository's working tree."""
    here = os.path.realpath(State.repo_path)
    root = os.path.realpath(repo.root)
    relative = Path(os.path.relpath(here, root)).as_posix()
    return "" if relative == "." or relative.startswith("..") else relative


@contextmanager
def output_stream(path: Path | None) -> Iterator:
    if path is None:
        yield sys.stdout
        return
    try:
        stream = path.open("w", encoding="utf-8", newline="")
    except OSError as error:
        fail(f"cannot write the report to {path}: {error.strerror or error}")
    with stream:
        yield stream


def guarded(command: Callable[[], None]) -> None:
    """Run a command line; SIGINT, SIGTERM and running out of memory end it with one line."""
    with stopped_by_signals():
        try:
            try:
                command()
            finally:  # a signal whose Stopped a finalizer dropped (impact.interrupt) ends it too
                interrupt.check()
        except Stopped as stop:
            print(f"impact: stopped by {stop.name}", file=sys.stderr)
            sys.exit(stop.exit_status)
        except MemoryError:
            print("impact: error: out of memory; try fewer --jobs, or exclude the largest files",
                  file=sys.stderr)
            sys.exit(2)
