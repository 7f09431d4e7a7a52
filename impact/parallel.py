"""Extracting the facts of many files: in this process for a few, over a process pool for many.

Facts are a pure function of a path and its bytes, so files can be extracted anywhere. A
worker sends back each file's facts as a record (impact.records): the parent reads it once
to use the facts and stores the same bytes in the facts cache, so nothing is encoded twice.
Starting workers and moving bytes costs time too, so small batches stay in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

from impact import records
from impact.facts import extract_facts

POOL_THRESHOLD = 400  # files to extract; below this a pool costs more than it saves
CHUNK_SIZE = 64

Progress = Callable[[int], None]  # called with the number of files just extracted


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def extract_records(files: list[tuple[str, bytes]], max_size: int, time_budget: float | None,
                    jobs: int | None = None, progress: Progress | None = None
                    ) -> Iterator[tuple[str, bytes]]:
    """(path, record of its facts) for every file, over `jobs` processes (default: one per core)."""
    jobs = jobs or available_cores()
    if jobs < 2 or len(files) < POOL_THRESHOLD:
        for path, data in files:
            yield path, _record(path, data, max_size, time_budget)
            if progress:
                progress(1)
        return
    chunks = [files[i:i + CHUNK_SIZE] for i in range(0, len(files), CHUNK_SIZE)]
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=_context()) as pool:
        for done in pool.map(_extract_chunk, chunks, [max_size] * len(chunks),
                             [time_budget] * len(chunks)):
            yield from done
            if progress:
                progress(len(done))


def _extract_chunk(files: list[tuple[str, bytes]], max_size: int, time_budget: float | None
                   ) -> list[tuple[str, bytes]]:
    return [(path, _record(path, data, max_size, time_budget)) for path, data in files]


def _record(path: str, data: bytes, max_size: int, time_budget: float | None) -> bytes:
    return records.dump_facts(extract_facts(path, data, max_size, time_budget))


def _context() -> multiprocessing.context.BaseContext:
    """fork where it exists (workers start at once, with impact already imported)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)
