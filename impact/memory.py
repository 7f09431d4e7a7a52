"""Revisions held in memory: files given as data, no git repository, no working tree.

The library entry point (`impact.api.diff_files`) compares two of them, so rule tests run in
process without creating repositories (as griffe's `temporary_visited_package` and knip's
`main(options)` do). A snapshot reads its files from a `MemoryBlobs` instead of `git cat-file`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from impact.snapshot import Snapshot, git_blob_id

Files = Mapping[str, "str | bytes | None"]  # path -> content (None: the file is absent)


@dataclass
class MemoryBlobs:
    """Blob contents by git blob id: what a snapshot in memory reads its files from."""

    blobs: dict[str, bytes] = field(default_factory=dict)

    def add(self, data: bytes) -> str:
        blob = git_blob_id(data)
        self.blobs[blob] = data
        return blob

    def read_blobs(self, blob_ids: set[str], max_size: int | None = None
                   ) -> tuple[dict[str, bytes], dict[str, int], set[str]]:
        """As `Repository.read_blobs`: contents, sizes of those over `max_size`, missing ids."""
        contents, oversized, missing = {}, {}, set()
        for blob in blob_ids:
            data = self.blobs.get(blob)
            if data is None:
                missing.add(blob)
            elif max_size is not None and len(data) > max_size:
                oversized[blob] = len(data)
            else:
                contents[blob] = data
        return contents, oversized, missing


def memory_snapshot(label: str, files: Files, store: MemoryBlobs | None = None) -> Snapshot:
    """A revision made of `files` (text is encoded as UTF-8; None leaves a path out)."""
    store = store if store is not None else MemoryBlobs()
    blobs = {path: store.add(content.encode() if isinstance(content, str) else content)
             for path, content in files.items() if content is not None}
    return Snapshot(label, blobs, store)  # type: ignore[arg-type]  # reads blobs only


def revisions(base: Files, change: Files) -> tuple[Snapshot, Snapshot]:
    """Base and head snapshots, head being base with `change` applied (None deletes)."""
    store = MemoryBlobs()
    head = {**base, **change}
    return memory_snapshot("base", base, store), memory_snapshot("head", head, store)
