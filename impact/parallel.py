"""Extracting the facts of many files: in this process for a few, over a process pool for many.

Facts are a pure function of a path and its bytes, so files can be extracted anywhere. A
worker sends back each file's facts as a record (impact.records): the parent reads it once
to use the facts and stores the same bytes in the facts cache, so nothing is encoded twice.
Starting workers and moving bytes costs time too, so small batches stay in this process.

Workers never outlive the pool: whatever ends the extraction early (SIGINT or SIGTERM as
impact.interrupt's Stopped, a MemoryError, the consumer giving up) terminates them before
it goes on, and on Linux each worker is also killed by the kernel when its parent dies, even
by SIGKILL. Ctrl-C, which a terminal sends to every process of the group, is left to the
parent. A worker that dies (the kernel's out-of-memory killer sends SIGKILL) ends the run
with one line, not a BrokenProcessPool.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import InvalidStateError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from impact import interrupt, records
from impact.facts import extract_facts
from impact.snapshot import ImpactError
from impact.summaries import summary_codec, summary_of

# files to extract; below this a pool costs more than it saves (forking two workers and
# sending back their records takes 30-50 ms; 24 Python files take 0.1-0.3 s)
POOL_THRESHOLD = 24
CHUNK_SIZE = 64  # files per task at most; fewer when there are few, so that every worker has some
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends

Progress = Callable[[int], None]  # called with the number of files just extracted


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def extract_records(files: list[tuple[str, bytes]], max_size: int, time_budget: float | None,
                    jobs: int | None = None, progress: Progress | None = None
                    ) -> Iterator[tuple[str, bytes, bytes]]:
    """(path, record of its facts, record of their summary) for every file, over `jobs`
    processes (default: one per core)."""
    jobs = jobs or available_cores()
    if jobs < 2 or len(files) < POOL_THRESHOLD:
        for path, data in files:
            interrupt.check()
            yield path, *_record(path, data, max_size, time_budget)
            if progress:
                progress(1)
        return
    size = max(1, min(CHUNK_SIZE, len(files) // (jobs * 4)))
    chunks = [files[i:i + size] for i in range(0, len(files), size)]
    with _cancelled_futures_race_ignored():
        yield from _pooled(chunks, jobs, max_size, time_budget, progress)


def _pooled(chunks: list[list[tuple[str, bytes]]], jobs: int, max_size: int,
            time_budget: float | None, progress: Progress | None
            ) -> Iterator[tuple[str, bytes, bytes]]:
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=_context(),
                               initializer=_start_worker, initargs=(os.getpid(),))
    try:
        with interrupt.deferred():  # workers and threads start whole, or not at all
            results = pool.map(_extract_chunk, chunks, [max_size] * len(chunks),
                               [time_budget] * len(chunks))
        for done in results:
            interrupt.check()
            yield from done
            if progress:
                progress(len(done))
    except BrokenProcessPool:
        workers = _workers(pool)
        pool.shutdown(wait=True)  # the workers are joined: their exit codes are known
        interrupt.check()  # they died of the signal that stops the whole process group
        raise _worker_died(workers) from None
    except BaseException:  # Stopped, MemoryError, GeneratorExit: no worker goes on alone
        for worker in _workers(pool):
            worker.terminate()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _cancelled_futures_race_ignored() -> Iterator[None]:
    """Before Python 3.12, a pool whose workers die while its futures are being cancelled (a
    signal to the whole process group stops the workers and the run at once) has its manager
    thread fail to mark a cancelled future broken, and the thread's InvalidStateError is
    printed on stderr. Python 3.12 ignores that error there; so does this, while the pool
    lives (its shutdown joins the thread): the future was cancelled, nothing is lost."""
    previous = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if not (isinstance(args.exc_value, InvalidStateError) and
                type(args.thread).__name__ == "_ExecutorManagerThread"):
            previous(args)

    threading.excepthook = hook
    try:
        yield
    finally:
        threading.excepthook = previous


def _worker_died(workers: list[multiprocessing.Process]) -> ImpactError:
    endings = {worker.exitcode for worker in workers if worker.exitcode}
    if -signal.SIGKILL in endings:
        return ImpactError("out of memory: a process extracting facts was killed (SIGKILL, as "
                           "the kernel's out-of-memory killer does); try fewer --jobs")
    how = ", ".join(sorted(_how_it_ended(code) for code in endings)) or "cause unknown"
    return ImpactError(f"a process extracting facts ended abruptly ({how}); try --jobs 1")


def _how_it_ended(exitcode: int) -> str:
    if exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit status {exitcode}"


def _workers(pool: ProcessPoolExecutor) -> list[multiprocessing.Process]:
    """The pool's worker processes (Python < 3.14 has no public way to end them)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _start_worker(parent: int) -> None:
    """In each worker, first: SIGINT is the parent's to handle, SIGTERM ends the worker at
    once (fork copied the parent's handlers, and its deferral of both), and so does the end
    of the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    interrupt.undefer()
    _end_with_parent(parent)


def _end_with_parent(parent: int) -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the parent's cleanup is all there is
        return
    if os.getppid() != parent:  # the parent ended before prctl took effect
        os._exit(1)


def _extract_chunk(files: list[tuple[str, bytes]], max_size: int, time_budget: float | None
                   ) -> list[tuple[str, bytes, bytes]]:
    return [(path, *_record(path, data, max_size, time_budget)) for path, data in files]


def _record(path: str, data: bytes, max_size: int, time_budget: float | None
            ) -> tuple[bytes, bytes]:
    """The records of a file's facts and of their summary (impact.index)."""
    facts = extract_facts(path, data, max_size, time_budget)
    return records.dump_facts(facts), summary_codec().dump(summary_of(facts))


def _context() -> multiprocessing.context.BaseContext:
    """fork where it exists (workers start at once, with impact already imported)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)
