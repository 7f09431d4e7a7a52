"""The facts cache: facts of a file depend only on its bytes and on impact's extractor, so
they are kept in SQLite keyed by git blob id, file kind and extractor version.

Working-tree files are hashed the way git hashes blobs, so they hit the same entries as the
commits they came from. The database runs in WAL mode with a busy timeout, so two runs can
share it; a corrupt or unreadable cache is rebuilt with a warning, and if that fails too the
run goes on without one. The directory is `$IMPACT_CACHE_DIR`, else `$XDG_CACHE_HOME/impact`,
else `~/.cache/impact`; `--cache-dir` and `--no-cache` override.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import sys
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from importlib import metadata
from pathlib import Path

from impact import __version__
from impact.model import FileFacts

FILE_NAME = "facts.sqlite3"
SCHEMA = "CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, value BLOB NOT NULL)"
_PACKAGE = Path(__file__).resolve().parent
GRAMMAR_PACKAGES = ("tree-sitter", "tree-sitter-python", "tree-sitter-javascript",
                    "tree-sitter-typescript")


def default_directory() -> Path:
    configured = os.environ.get("IMPACT_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "impact"


@cache
def extractor_version() -> str:
    """Changes whenever the code or the queries that produce facts change."""
    digest = hashlib.sha1(__version__.encode())
    sources = sorted([*(_PACKAGE / "lang").glob("*.py"), *(_PACKAGE / "http").glob("*.py"),
                      _PACKAGE / "facts.py",
                      _PACKAGE / "model.py", *(_PACKAGE / "grammars").glob("*.scm"),
                      *(_PACKAGE.parent / "grammars").glob("*.scm")])
    for path in sources:
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    for grammar in GRAMMAR_PACKAGES:  # another grammar release reads the same bytes otherwise
        digest.update(f"{grammar}=={metadata.version(grammar)}".encode())
    return digest.hexdigest()[:16]


@cache
def code_version() -> str:
    """Changes whenever any of impact's code or queries change."""
    digest = hashlib.sha1(__version__.encode())
    for path in sorted([*_PACKAGE.rglob("*.py"), *_PACKAGE.rglob("*.scm"),
                        *(_PACKAGE.parent / "grammars").glob("*.scm")]):
        digest.update(str(path.relative_to(path.parents[1])).encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def derived_key(kind: str, inputs: str) -> str:
    """The key of something derived from many files (`inputs` names them all, with their
    blob ids and the settings used), valid for this version of impact's code."""
    content = hashlib.sha1(inputs.encode("utf-8", errors="surrogateescape")).hexdigest()
    return f"{kind}:{code_version()}:{content}"


def cache_key(blob_id: str, path: str, max_file_size: int) -> str:
    """Facts depend on the bytes, the kind of file (`.ts`, `.d.ts`, ...), the extractor and
    the size limit (over it a file yields only a warning)."""
    kind = path.rsplit(".", 2)
    suffix = ".".join(kind[-2:]) if len(kind) > 2 and kind[-2] == "d" else kind[-1]
    return f"{extractor_version()}:{suffix.lower()}:{max_file_size}:{blob_id}"


class FactsCache:
    def __init__(self, directory: Path):
        self.path = directory / FILE_NAME
        self.connection: sqlite3.Connection | None = None
        try:
            self._open()
        except (sqlite3.Error, OSError) as error:
            self._rebuild(error)

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA busy_timeout=10000")
        connection.execute(SCHEMA)
        connection.execute("SELECT count(*) FROM facts").fetchone()
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
        keys = list(keys)
        found: dict[str, FileFacts] = {}
        if self.connection is None:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self.connection.execute(
                    f"SELECT key, value FROM facts WHERE key IN ({marks})", chunk)
                for key, value in rows:
                    facts = _load(value)
                    if facts is not None:
                        found[key] = facts
        except sqlite3.Error as error:
            self._rebuild(error)
            return {}
        return found

    def get_pickled(self, key: str) -> object | None:
        """One stored value (a miss when unreadable)."""
        if self.connection is None:
            return None
        try:
            row = self.connection.execute("SELECT value FROM facts WHERE key = ?", (key,)).fetchone()
            return pickle.loads(row[0]) if row else None
        except Exception:  # sqlite3.Error, or an entry from an incompatible build: a miss
            return None

    def put_many(self, items: dict[str, FileFacts]) -> None:
        self.put_pickled({key: pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL)
                          for key, facts in items.items()})

    def put_pickled(self, items: dict[str, bytes]) -> None:
        """Store facts pickled already (by the process that extracted them)."""
        if self.connection is None or not items:
            return
        rows = list(items.items())
        try:
            with self.connection:
                self.connection.execute("BEGIN IMMEDIATE")
                self.connection.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?)", rows)
        except sqlite3.Error as error:
            warn(f"could not write to the facts cache ({error}); results are not affected")

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

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def with_path(facts: FileFacts, path: str) -> FileFacts:
    """Cached facts of the same bytes under another name."""
    return facts if facts.path == path else replace(facts, path=path)


def _load(value: bytes) -> FileFacts | None:
    try:
        facts = pickle.loads(value)
    except Exception:  # an entry from an incompatible build: a miss, not a failure
        return None
    return facts if isinstance(facts, FileFacts) else None


def warn(message: str) -> None:
    print(f"impact: warning: {message}", file=sys.stderr)
