"""The facts cache: facts of a file depend only on its bytes and on impact's extractor, so
they are kept in SQLite keyed by git blob id, file kind and extractor version.

Working-tree files are hashed the way git hashes blobs, so they hit the same entries as the
commits they came from. The database runs in WAL mode with a busy timeout, so two runs can
share it, and a run stopped in the middle of a write leaves it as it was before the write.

Entries are data, never code: facts are records (impact.records), whose reading builds only
the model's dataclasses and checks every value's type. A cache file that someone else
planted or damaged is at worst ignored: a database that is not one, or not of this schema
(other tables, columns, triggers or views), is rebuilt with a warning, and if that fails too
the run goes on without a cache; an entry that is not a valid record is a miss, reported
once, and replaced by the facts extracted again. The directory is `$IMPACT_CACHE_DIR`, else `$XDG_CACHE_HOME/impact`,
else `~/.cache/impact`; `--cache-dir` and `--no-cache` override.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from impact import records
from impact.model import FileFacts
from impact.versions import code_version, extractor_version

FILE_NAME = "facts.sqlite3"
TABLE = "facts (key TEXT PRIMARY KEY, value BLOB NOT NULL)"
# sqlite_master of the cache: this table and its key's index, nothing else
SCHEMA = [("index", "sqlite_autoindex_facts_1", None), ("table", "facts", f"CREATE TABLE {TABLE}")]
BUSY_SECONDS = 10  # how long a run waits for another run that holds the database
BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED (primary codes)


def default_directory() -> Path:
    configured = os.environ.get("IMPACT_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "impact"


def derived_key(kind: str, inputs: str) -> str:
    """The key of something derived from many files (`inputs` names them all, with their
    blob ids and the settings used), valid for this version of impact's code."""
    content = hashlib.sha1(inputs.encode("utf-8", errors="surrogateescape")).hexdigest()
    return f"{kind}:{code_version()}:{content}"


def cache_keys(blob_ids: dict[str, str], max_file_size: int) -> dict[str, str]:
    """The key of each file's facts (path -> its blob id). Facts depend on the bytes, the
    kind of file (`.ts`, `.d.ts`, ...), the extractor and the size limit (over it a file
    yields only a warning)."""
    version = extractor_version()
    return {path: f"{version}:{_kind(path)}:{max_file_size}:{blob}" for path, blob in blob_ids.items()}


def _busy(error: BaseException) -> bool:
    """Whether this SQLite error says another connection holds the database."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in BUSY_CODES
    return isinstance(error, sqlite3.OperationalError) and "locked" in str(error)


def _kind(path: str) -> str:
    kind = path.rsplit(".", 2)
    return (".".join(kind[-2:]) if len(kind) > 2 and kind[-2] == "d" else kind[-1]).lower()


class FactsCache:
    def __init__(self, directory: Path):
        self.path = directory / FILE_NAME
        self.connection: sqlite3.Connection | None = None
        self.unreadable: set[str] = set()  # keys of entries that were not valid records (misses)
        self._closed = False  # by close(): opened again to read (facts are read when used)
        try:
            self._open_waiting()
        except (sqlite3.Error, OSError) as error:
            if _busy(error):  # another run holds it: never delete a database in use
                warn(f"the facts cache at {self.path} is busy ({error}); going on without one")
            else:
                self._rebuild(error)

    def _open_waiting(self) -> None:
        """Open the database, waiting for another run that holds it. SQLite answers some
        statements (switching to WAL while another connection sets the database up) with
        "database is locked" at once, without its busy handler, so they are tried again."""
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                return self._open()
            except sqlite3.OperationalError as error:
                if not _busy(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            connection.execute("PRAGMA trusted_schema=OFF")
            connection.execute("PRAGMA journal_mode=WAL")
            # WAL at NORMAL: no fsync per write; a power cut may lose the cache's last writes
            # (extracted again), never its integrity
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA busy_timeout=10000")
            connection.execute(f"CREATE TABLE IF NOT EXISTS {TABLE}")
            schema = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
            if sorted(schema, key=repr) != SCHEMA:
                raise sqlite3.DatabaseError("not the schema of impact's facts cache")
            connection.execute("SELECT count(*) FROM facts").fetchone()
        except BaseException:
            connection.close()
            raise
        self.connection = connection

    def _rebuild(self, error: Exception) -> None:
        warn(f"the facts cache at {self.path} is unreadable ({error}); rebuilding it")
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._open()
        except (sqlite3.Error, OSError) as second:
            warn(f"cannot use a facts cache at {self.path} ({second}); going on without one")
            self.connection = None

    def get_many(self, keys: Iterable[str]) -> dict[str, FileFacts]:
        """The facts stored under these keys; an entry that is not a valid record is left
        out (a miss: its facts are extracted and stored again)."""
        return self._read(keys, records.load_facts)

    def stored(self, keys: Iterable[str]) -> set[str]:
        """Which of these keys have an entry (not reading them)."""
        return {key for key, in self._select("key", list(keys))}

    def get_record(self, key: str, codec: records.Codec) -> object | None:
        """What is stored under `key` (data derived from many facts), if stored and readable."""
        return self.get_many_records([key], codec).get(key)

    def get_many_records(self, keys: Iterable[str], codec: records.Codec) -> dict[str, object]:
        """What is stored under these keys, those stored and readable."""
        return self._read(keys, codec.load)

    def _read(self, keys: Iterable[str], load: Callable[[bytes], object]) -> dict[str, object]:
        """The entries of these keys read with `load`; one that is not a valid record is left
        out and noted."""
        found = {}
        for key, value in self._values(list(keys)):
            try:
                found[key] = load(value)
            except records.Unreadable:
                self.unreadable.add(key)
        return found

    def put_records(self, items: dict[str, bytes]) -> None:
        """Store records (made by the process that extracted the facts)."""
        if self.connection is None or not items:
            return
        rows = list(items.items())
        try:
            with self.connection:
                self.connection.execute("BEGIN IMMEDIATE")
                self.connection.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?)", rows)
        except sqlite3.Error as error:
            warn(f"could not write to the facts cache ({error}); results are not affected")

    def put_record(self, key: str, value: object, codec: records.Codec) -> None:
        self.put_records({key: codec.dump(value)})

    def _values(self, keys: list[str]) -> list[tuple[str, object]]:
        """(key, stored value) of the keys that have an entry."""
        return self._select("key, value", keys)

    def _select(self, columns: str, keys: list[str]) -> list[tuple]:
        """These columns of the entries of the keys that have one."""
        if self.connection is None and self._closed:
            self._closed = False
            try:
                self._open_waiting()
            except (sqlite3.Error, OSError):
                return []
        if self.connection is None:
            return []
        rows: list[tuple] = []
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                marks = ",".join("?" * len(chunk))
                rows += self.connection.execute(
                    f"SELECT {columns} FROM facts WHERE key IN ({marks})", chunk).fetchall()
        except sqlite3.Error as error:
            if not _busy(error):  # held by another run past the busy timeout: a miss
                self._rebuild(error)
            return []
        return rows

    def info(self) -> dict:
        entries = self.connection.execute("SELECT count(*) FROM facts").fetchone()[0] \
            if self.connection else 0
        size = sum(Path(f"{self.path}{s}").stat().st_size for s in ("", "-wal")
                   if Path(f"{self.path}{s}").exists())
        return {"path": str(self.path), "entries": entries, "bytes": size,
                "extractor": extractor_version()}

    def clear(self) -> None:
        if self.connection is not None:
            with self.connection:
                self.connection.execute("DELETE FROM facts")
            self.connection.execute("VACUUM")

    def clear_damaged(self, damaged: records.DamagedRecord) -> None:
        """Clear the cache after a damaged entry was read (impact.records DEFERRED fields)."""
        warn(f"the facts cache at {self.path} holds a damaged entry ({damaged}; not written by "
             "impact, or changed since); clearing it and reading every file again")
        self.clear()

    def close(self) -> None:
        """Close the database, and say (once) how many entries were unreadable. A read after
        this opens it again (what an analysis has not read yet, it reads when asked)."""
        if self.unreadable:
            count = len(self.unreadable)  # each entry once, however often it was asked for
            warn(f"ignored {count} unreadable entr{'y' if count == 1 else 'ies'} "
                 f"of the facts cache at {self.path} (damaged, or not written by impact); "
                 "replacing them")
            self.unreadable = set()
        if self.connection is not None:
            self.connection.close()
            self.connection = None
            self._closed = True


def with_path(facts: FileFacts, path: str) -> FileFacts:
    """Cached facts of the same bytes under another name."""
    return facts if facts.path == path else replace(facts, path=path)


def warn(message: str) -> None:
    from impact.report.printable import printable

    print(f"impact: warning: {printable(message)}", file=sys.stderr)
