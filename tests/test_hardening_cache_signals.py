"""Hardening (issue 14, items 4 and 5): a facts cache that someone else planted or damaged is
at worst ignored and never runs code; SIGINT and SIGTERM during the process pool end every
worker and leave a valid cache; running out of memory is one line.

The signal and memory tests run the real CLI as a subprocess on a real repository, and wait
for the pool's workers to appear (read from /proc) rather than for a fixed time."""

from __future__ import annotations

import dataclasses
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import msgpack
import pytest
from conftest import build_repo, extracted_paths, fast_import, run_impact
from fixture_repo import init_repo
from hypothesis import given
from hypothesis import strategies as st

from impact import records
from impact.index import CODEC as INDEX_CODEC
from impact.model import Definition, FileFacts, Site
from impact.records import DamagedRecord, Unreadable, dump_facts, load_facts, read_whole

# -- the cache holds data, not code ---------------------------------------------------------

BASE = {"pkg/__init__.py": "", "pkg/util.py": "def helper(x):\n    return x\n\n\nclass Box:\n    pass\n",
        "app.py": "from pkg.util import helper, Box\n\nhelper(Box())\n",
        "web/a.js": "export const a = 1;\n", "web/b.js": "import { a } from './a.js';\n"}
CHANGE = {"pkg/util.py": "def other():\n    pass\n", "web/a.js": "export const b = 1;\n"}
EXPECTED = [("IMP101", "app.py", 1, "helper"), ("IMP101", "app.py", 1, "Box"),
            ("IMP201", "pkg/util.py", 1, "helper"), ("IMP201", "pkg/util.py", 5, "Box"),
            ("IMP201", "web/a.js", 1, "a"), ("IMP101", "web/b.js", 1, "a")]




def run_diff(repo: Path, cache_dir: Path):
    return run_impact(repo, "--cache-dir", str(cache_dir), "diff", "HEAD~1", "HEAD", "--format", "json")


def rewrite_entries(cache_dir: Path, rewrite) -> int:
    """Replace the value of every entry of the cache by rewrite(value); the number of entries."""
    db = sqlite3.connect(cache_dir / "facts.sqlite3")
    with db:
        rows = db.execute("SELECT key, value FROM facts").fetchall()
        for number, (key, value) in enumerate(rows):
            db.execute("UPDATE facts SET value = ? WHERE key = ?", (rewrite(number, value), key))
    db.close()
    return len(rows)


def assert_ignored_then_repaired(repo: Path, cache_dir: Path, entries: int, monkeypatch,
                                 check_first=lambda: None) -> None:
    """The planted entries are misses (each extracted or computed again), said in one
    warning that counts each entry once; the next run reads what replaced them, with no
    warning and no extraction."""
    seen = extracted_paths(monkeypatch)
    result = run_diff(repo, cache_dir)
    check_first()
    assert result.exit_code == 1 and result.keys() == EXPECTED
    assert f"impact: warning: ignored {entries} unreadable entries of the facts cache" in result.stderr
    assert result.stderr.count("\n") == 1 and len(seen) == 7
    seen.clear()
    again = run_diff(repo, cache_dir)
    assert again.keys() == EXPECTED and again.stderr == "" and seen == []


class OpensAFile:
    """Unpickling this runs open(marker, "w"): a stand-in for any code a pickle can run."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return open, (str(self.marker), "w")


def not_created(marker: Path) -> None:
    assert not marker.exists(), "reading the cache ran the code of a pickle"


def test_a_planted_pickle_runs_no_code(repo_factory, tmp_path, monkeypatch):
    repo = repo_factory([BASE, CHANGE])
    cache_dir = tmp_path / "cache"
    assert run_diff(repo, cache_dir).keys() == EXPECTED
    marker = tmp_path / "code-ran"
    payload = pickle.dumps(OpensAFile(marker))
    entries = rewrite_entries(cache_dir, lambda _n, _value: payload)
    assert entries == 18  # 7 distinct file contents and their summaries; the index and HTTP reads of each revision
    assert_ignored_then_repaired(repo, cache_dir, entries, monkeypatch,
                                 check_first=lambda: not_created(marker))


def test_garbage_entries_are_misses_and_replaced(repo_factory, tmp_path, monkeypatch):
    repo = repo_factory([BASE, CHANGE])
    cache_dir = tmp_path / "cache"
    run_diff(repo, cache_dir)
    garbage = [b"", b"\xc1\xff garbage", "a text value", 42, 1.5, b"\x92\x01", msgpack.packb([1] * 17),
               msgpack.packb({"path": "app.py"})]
    entries = rewrite_entries(cache_dir, lambda number, _value: garbage[number % len(garbage)])
    assert_ignored_then_repaired(repo, cache_dir, entries, monkeypatch)


def wrong_types(number: int, value: bytes) -> bytes:
    """The record with one value of the wrong type or shape, a different one for each entry."""
    data = msgpack.unpackb(value)  # facts, a summary, an index or HTTP reads (impact/index.py)
    mutations = [
        lambda d: d.__setitem__(0, 123),  # path: an int, not a string
        lambda d: d.__setitem__(2, "abc"),  # imports: a string, which iterates as a tuple would
        lambda d: d.__setitem__(len(d) - 2, 1),  # a flag: 1, not True
        lambda d: d.pop(),  # a field short
        lambda d: d.append(None),  # a field too many
        # bindings: a list, not a map (in a record of fewer fields, its last)
        lambda d: d.__setitem__(min(4, len(d) - 1), [["x", [1, 2]]]),
    ]
    mutations[number % len(mutations)](data)
    return msgpack.packb(data)


def test_records_of_the_wrong_types_are_misses(repo_factory, tmp_path, monkeypatch):
    repo = repo_factory([BASE, CHANGE])
    cache_dir = tmp_path / "cache"
    run_diff(repo, cache_dir)
    entries = rewrite_entries(cache_dir, wrong_types)
    assert_ignored_then_repaired(repo, cache_dir, entries, monkeypatch)


def test_a_site_of_the_wrong_type_deep_inside_clears_the_cache(repo_factory, tmp_path, monkeypatch):
    repo = repo_factory([BASE, CHANGE])
    cache_dir = tmp_path / "cache"
    run_diff(repo, cache_dir)

    def line_as_text(_number: int, value: bytes) -> bytes:
        data = msgpack.unpackb(value)
        if isinstance(data, list) and isinstance(data[0], str) and isinstance(data[4], bytes):  # facts
            bindings = msgpack.unpackb(data[4])  # packed on its own (records.DEFERRED)
            for binding in bindings.values():  # name -> [line, column]
                binding[0] = str(binding[0])
            data[4] = msgpack.packb(bindings)
        return msgpack.packb(data)

    rewrite_entries(cache_dir, line_as_text)
    seen = extracted_paths(monkeypatch)
    result = run_diff(repo, cache_dir)
    assert result.keys() == EXPECTED and "internal error" not in result.stderr
    # bindings are built when first read (impact.records DEFERRED): the run that reads a
    # damaged one clears the cache and reads every file again
    assert "holds a damaged entry (its bindings: _Invalid" in result.stderr
    assert {"app.py", "pkg/util.py", "web/a.js", "web/b.js"} <= set(seen)
    seen.clear()
    again = run_diff(repo, cache_dir)
    assert again.keys() == EXPECTED and again.stderr == "" and seen == []


SCHEMAS = {
    "an extra column": ["CREATE TABLE facts (key TEXT PRIMARY KEY, value BLOB NOT NULL, note TEXT)"],
    "a trigger": ["CREATE TABLE facts (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
                  "CREATE TRIGGER forget AFTER INSERT ON facts BEGIN DELETE FROM facts; END"],
    "a view": ["CREATE TABLE planted (key TEXT, value BLOB)",
               "CREATE VIEW facts AS SELECT key, value FROM planted"],
    "another table": ["CREATE TABLE facts (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
                      "CREATE TABLE other (x)"],
}


@pytest.mark.parametrize("schema", SCHEMAS)
def test_a_database_of_another_schema_is_rebuilt(schema, repo_factory, tmp_path, monkeypatch):
    repo = repo_factory([BASE, CHANGE])
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    db = sqlite3.connect(cache_dir / "facts.sqlite3")
    for statement in SCHEMAS[schema]:
        db.execute(statement)
    db.commit()
    db.close()
    first = run_diff(repo, cache_dir)
    assert first.keys() == EXPECTED
    assert first.stderr.count("\n") == 1 and "warning: the facts cache at" in first.stderr
    assert "rebuilding it" in first.stderr
    seen = extracted_paths(monkeypatch)
    again = run_diff(repo, cache_dir)
    assert again.keys() == EXPECTED and again.stderr == "" and seen == []


scalars = st.none() | st.booleans() | st.integers(-2**63, 2**64 - 1) | st.floats() | st.text() | st.binary()
msgpack_data = st.recursive(scalars, lambda inner: st.lists(inner, max_size=18)
                            | st.dictionaries(st.text(max_size=5), inner, max_size=5), max_leaves=60)


@given(msgpack_data)
def test_any_data_is_facts_or_unreadable(data):
    """Whatever a cache entry holds, reading it gives facts or Unreadable, nothing else; and
    reading the facts' deferred fields, their values or DamagedRecord."""
    record = msgpack.packb(data)
    for load in (load_facts, INDEX_CODEC.load):
        try:
            loaded = load(record)
        except Unreadable:
            continue
        try:
            if isinstance(loaded, FileFacts):
                read_whole(loaded)
        except DamagedRecord:
            pass


@given(st.binary(max_size=200))
def test_any_bytes_are_facts_or_unreadable(record):
    for load in (load_facts, INDEX_CODEC.load):
        try:
            load(record)
        except Unreadable:
            pass


def _packed_fields(obj) -> list[bytes]:
    """Each field of a model dataclass, packed the way records pack it."""
    return [msgpack.packb(getattr(obj, f.name), default=records._fields_of, use_bin_type=True)
            for f in dataclasses.fields(obj)]


def _array(count: int) -> bytes:
    return bytes([0x90 + count]) if count < 16 else b"\xdc" + count.to_bytes(2, "big")


def nested_definitions(depth: int) -> bytes:
    """A FileFacts record with one Definition whose members nest `depth` classes deep, packed
    by hand from the model's own field order (msgpack's packer refuses such a depth)."""
    cls = Definition("C", "class", Site(1, 1))
    fields = _packed_fields(cls)
    at = [f.name for f in dataclasses.fields(Definition)].index("members")
    before, after = b"".join(fields[:at]), b"".join(fields[at + 1:])
    opening = _array(len(fields)) + before + b"\x91"  # a class with one member, itself a class...
    innermost = _array(len(fields)) + before + b"\x90" + after  # ...down to one without members
    nested = opening * depth + innermost + after * depth
    facts = FileFacts("m.py", "python")
    outer = [msgpack.packb(value, default=records._fields_of, use_bin_type=True)
             for value in records._GETTERS[FileFacts](facts)]
    where = [f.name for f in dataclasses.fields(FileFacts)].index("definitions")
    definitions = b"\x91" + nested  # packed on its own (records.DEFERRED): msgpack's bin 32
    return (_array(len(outer)) + b"".join(outer[:where]) + b"\xc6" + len(definitions).to_bytes(4, "big")
            + definitions + b"".join(outer[where + 1:]))


def test_deeply_nested_data_is_unreadable():
    shallow = load_facts(nested_definitions(3))
    assert shallow.path == "m.py" and shallow.definitions[0].members[0].members[0].name == "C"
    deep = load_facts(nested_definitions(5_000))  # definitions are read when first used
    with pytest.raises(DamagedRecord):  # deeper than the stack allows: no RecursionError
        read_whole(deep)
    with pytest.raises(Unreadable):
        load_facts(b"\x91" * 100_000 + b"\x90")


# -- signals and memory ---------------------------------------------------------------------

POOL_FILES = 600  # far more than parallel.POOL_THRESHOLD: extraction goes over a process pool


@pytest.fixture(scope="module")
def pool_repo(tmp_path_factory) -> Path:
    """Many small Python modules that all import a helper which the second commit renames."""
    files = {"lib/__init__.py": "def helper(x):\n    return x\n"}
    for i in range(POOL_FILES):
        files[f"pkg{i // 100}/__init__.py"] = ""
        files[f"pkg{i // 100}/m{i}.py"] = (f"from lib import helper\n\n\ndef f{i}(x, *, y=1):\n"
                                           f"    return helper(x) + {i}\n\n\nclass C{i}:\n"
                                           f"    def m(self, a, b=2):\n        return f{i}(a)\n")
    return build_repo(tmp_path_factory.mktemp("pool") / "repo",
                      [files, {"lib/__init__.py": "def helper2(x):\n    return x\n"}])


def process_state(pid: int) -> tuple[int, str] | None:
    """(parent pid, state letter) of a live process; None once it is gone or a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    state, ppid = stat.rsplit(")", 1)[1].split()[:2]
    return None if state in "ZX" else (int(ppid), state)


def processes_in(directory: Path) -> list[int]:
    """Live processes whose working directory is `directory` (impact, its workers, its git)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.readlink(entry / "cwd") == str(directory) and process_state(int(entry.name)):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def workers_of(pid: int) -> list[int]:
    """Children of `pid` that run what it runs (forked pool workers, not git)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        directory = Path(os.readlink(f"/proc/{pid}/cwd"))
    except OSError:  # it has ended
        return []
    workers = []
    for child in processes_in(directory):
        state = process_state(child)
        try:
            same = Path(f"/proc/{child}/cmdline").read_bytes() == command
        except OSError:
            continue
        if state and state[0] == pid and same:
            workers.append(child)
    return workers


# execs the command in sys.argv[2:] with at most sys.argv[1] bytes of address space
LIMITED = ("import os, resource, sys; limit = int(sys.argv[1]); "
           "resource.setrlimit(resource.RLIMIT_AS, (limit, limit)); os.execv(sys.argv[2], sys.argv[2:])")


class Run:
    """`python -m impact ... diff HEAD~1 HEAD` in `repo`, in a process group of its own, with
    its own empty TMPDIR (and its own cache directory, unless --no-cache)."""

    def __init__(self, repo: Path, tmp_path: Path, *options: str, limit_memory: int | None = None):
        self.repo = repo
        self.tmp = tmp_path / "tmp"
        self.tmp.mkdir()
        self.cache_dir = tmp_path / "cache"
        command = [sys.executable, "-m", "impact", "--cache-dir", str(self.cache_dir), *options,
                   "diff", "HEAD~1", "HEAD", "--format", "json"]
        if limit_memory is not None:
            command = [sys.executable, "-c", LIMITED, str(limit_memory), *command]
        self.process = subprocess.Popen(command, cwd=repo, env={**os.environ, "TMPDIR": str(self.tmp)},
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        start_new_session=True)

    def wait_for_workers(self) -> list[int]:
        """The pool's two workers (--jobs 2), once both run. A child that runs what impact
        runs may also be git between fork and exec, but impact starts one such at a time, and
        none while its pool runs: two at once are the pool's."""
        deadline = time.monotonic() + 300  # a bound on a hang, not a measure of speed
        while time.monotonic() < deadline:
            workers = workers_of(self.process.pid)
            if len(workers) >= 2:
                return workers
            assert self.process.poll() is None, "impact ended before its process pool started"
            time.sleep(0.005)
        raise AssertionError("no worker process appeared")

    def finish(self) -> tuple[int, list[str]]:
        """Exit status and the lines of stderr; nothing of the run may be left running."""
        try:
            _out, err = self.process.communicate(timeout=120)  # a bound on a hang
        finally:
            self.process.kill()
        return self.process.returncode, err.decode().splitlines()

    def left_behind(self) -> list[int]:
        """Processes of the run still alive (killed, for the next tests' sake)."""
        # a worker may take a moment to be reaped, and long on a loaded machine: a bound on a
        # hang, not a measure of speed (the loop ends as soon as none is left)
        deadline = time.monotonic() + 120
        while (alive := processes_in(self.repo)) and time.monotonic() < deadline:
            time.sleep(0.05)
        for pid in alive:
            os.kill(pid, signal.SIGKILL)
        return alive


@pytest.fixture(scope="module")
def pool_report(pool_repo) -> dict:
    """The report of a run without a cache, to compare with."""
    fresh = run_impact(pool_repo, "--no-cache", "diff", "HEAD~1", "HEAD", "--format", "json")
    assert fresh.exit_code == 1 and len(fresh.findings) == POOL_FILES + 1  # and the IMP201
    return fresh.json


def assert_cache_valid(repo: Path, cache_dir: Path, report: dict) -> None:
    """Only SQLite's own files, intact, and a next run that uses them gives the report of a
    run without a cache."""
    assert {p.name for p in cache_dir.iterdir()} <= {"facts.sqlite3", "facts.sqlite3-wal",
                                                     "facts.sqlite3-shm"}
    db = sqlite3.connect(cache_dir / "facts.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()
    cached = run_impact(repo, "--cache-dir", str(cache_dir), "diff", "HEAD~1", "HEAD", "--format", "json")
    assert cached.exit_code == 1 and cached.stderr == "" and cached.json == report


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("to", ["process", "group"])
def test_a_signal_during_the_pool_ends_every_worker(signum, to, pool_repo, pool_report, tmp_path):
    """`to`: the signal goes to impact alone (kill, timeout) or to its whole process group
    (Ctrl-C in a terminal, a container or CI runner stopping)."""
    run = Run(pool_repo, tmp_path, "--jobs", "2")
    run.wait_for_workers()
    if to == "group":
        os.killpg(run.process.pid, signum)
    else:
        run.process.send_signal(signum)
    status, stderr = run.finish()
    assert run.left_behind() == []
    assert status == 128 + signum, stderr
    assert stderr == [f"impact: stopped by {signal.Signals(signum).name}"], "\n".join(stderr)
    assert list(run.tmp.iterdir()) == []
    assert_cache_valid(pool_repo, run.cache_dir, pool_report)


def test_a_worker_killed_for_memory_is_one_line(pool_repo, pool_report, tmp_path):
    """The kernel's out-of-memory killer ends a process with SIGKILL."""
    run = Run(pool_repo, tmp_path, "--jobs", "2")
    os.kill(run.wait_for_workers()[0], signal.SIGKILL)
    status, stderr = run.finish()
    assert run.left_behind() == []
    assert status == 2 and len(stderr) == 1
    assert stderr[0].startswith("impact: error: out of memory: a process extracting facts was killed")
    assert list(run.tmp.iterdir()) == []
    assert_cache_valid(pool_repo, run.cache_dir, pool_report)


def test_workers_end_with_a_parent_killed_outright(pool_repo, pool_report, tmp_path):
    """SIGKILL cannot be handled (the out-of-memory killer may pick impact itself): the
    kernel ends the workers with their parent, and the cache is as valid as before."""
    run = Run(pool_repo, tmp_path, "--jobs", "2")
    run.wait_for_workers()
    run.process.kill()
    status, stderr = run.finish()
    assert status == -signal.SIGKILL and stderr == []
    assert run.left_behind() == []
    assert_cache_valid(pool_repo, run.cache_dir, pool_report)


BIG_FILES = 150  # of almost 2 MB each (under the size limit): read together, about 290 MB
MEMORY_LIMIT = 256 << 20  # bytes of address space: room for impact, not for all those files


def big_files_repo(path: Path) -> Path:
    """A commit of BIG_FILES distinct large modules and one more, by git fast-import."""
    init_repo(path)  # on branch main
    body = b"value = 1\n" * 190_000
    fast_import(path, [{f"big/m{i}.py": b"# module %d\n" % i + body for i in range(BIG_FILES)},
                       {"small.py": b"x = 1\n"}])
    return path  # the commits only: `diff HEAD~1 HEAD` reads no working tree


def test_running_out_of_memory_is_one_line(tmp_path):
    repo = big_files_repo(tmp_path / "big")
    run = Run(repo, tmp_path, "--jobs", "1", limit_memory=MEMORY_LIMIT)
    status, stderr = run.finish()
    assert run.left_behind() == []
    assert status == 2, stderr
    assert len(stderr) == 1 and stderr[0].startswith("impact: error: out of memory"), stderr
    assert list(run.tmp.iterdir()) == []


def test_records_of_scalars_are_shared_and_still_checked():
    """A record made of scalars alone (a Site) is read once per distinct value and shared
    (they repeat by the thousand), yet a record whose value only equals a kept one (True for
    1) is still refused."""
    facts = FileFacts(path="m.py", language="python",
                      definitions=(Definition("f", "function", Site(3, 1)),
                                   Definition("g", "function", Site(3, 1))))
    first, second = load_facts(dump_facts(facts)), load_facts(dump_facts(facts))
    assert first == facts and second == facts
    assert first.definitions[0].site is first.definitions[1].site is second.definitions[0].site
    record = dump_facts(replace(facts, definitions=(Definition("f", "function", Site(True, 1)),)))
    with pytest.raises(DamagedRecord):  # definitions are built when first read (records.DEFERRED)
        read_whole(load_facts(record))
