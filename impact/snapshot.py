"""Snapshots: a revision of the repository seen as `path -> bytes`, read-only.

A git tree is listed with `git ls-tree -r -z` and its blobs are read through one
`git cat-file --batch` process. The working tree is the tracked files plus the untracked
files git does not ignore; the index is what `git add` staged. impact never checks out,
stashes or writes anything inside the repository: every git command here only reads, and
runs with GIT_OPTIONAL_LOCKS=0 so that not even the index's stat cache is refreshed.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

WORKTREE = "WORKTREE"
INDEX = "INDEX"

SYMLINK_MODE = "120000"
SUBMODULE_MODE = "160000"


class ImpactError(Exception):
    """A problem with the user's input or environment: reported as one line, exit 2."""


def git_blob_id(data: bytes) -> str:
    """The id git gives a blob with these bytes, so working-tree files match tree entries."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class Snapshot:
    """Every file of one revision. `blobs` maps path to blob id (None: read from disk)."""

    label: str
    blobs: dict[str, str | None]
    repo: "Repository" = field(repr=False)
    commit: str | None = None
    _hashed: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def paths(self) -> frozenset[str]:
        return frozenset(self.blobs)

    def blob_id(self, path: str) -> str:
        """The blob id of a file; a working-tree file that differs from the index is hashed."""
        known = self.blobs[path]
        if known is not None:
            return known
        if path not in self._hashed:
            data = self.repo.read_worktree_file(path)
            self._hashed[path] = git_blob_id(data if data is not None else b"")
        return self._hashed[path]

    def read(self, paths: list[str]) -> dict[str, bytes]:
        """Contents of the given files. Unreadable working-tree files are left out."""
        from_git = {p: self.blobs[p] for p in paths if self.blobs.get(p)}
        contents = self.repo.read_blobs(set(from_git.values())) if from_git else {}
        result = {path: contents[blob] for path, blob in from_git.items() if blob in contents}
        for path in paths:
            if path not in from_git:
                data = self.repo.read_worktree_file(path)
                if data is not None:
                    result[path] = data
        return result


class Repository:
    """A git repository, read through git plumbing only."""

    def __init__(self, path: Path):
        self.env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0"}
        if not Path(path).is_dir():
            raise ImpactError(f"not a directory: {path}")
        try:
            top = self._run(["rev-parse", "--show-toplevel"], cwd=Path(path))
        except ImpactError:
            raise ImpactError(f"not a git repository: {Path(path).resolve()}") from None
        self.root = Path(top.decode().strip())

    def _run(self, args: list[str], cwd: Path | None = None, stdin: bytes | None = None) -> bytes:
        try:
            proc = subprocess.run(
                ["git", *args],
                cwd=cwd or self.root,
                env=self.env,
                input=stdin,
                capture_output=True,
                check=False,
            )
        except FileNotFoundError:
            raise ImpactError("git is not installed or not on PATH") from None
        if proc.returncode != 0:
            message = proc.stderr.decode(errors="replace").strip().splitlines()
            raise ImpactError(message[-1] if message else f"git {args[0]} failed")
        return proc.stdout

    def git(self, *args: str, stdin: bytes | None = None) -> bytes:
        return self._run(list(args), stdin=stdin)

    # -- revisions ---------------------------------------------------------------------

    def has_commits(self) -> bool:
        try:
            self.git("rev-parse", "--verify", "--quiet", "HEAD^{commit}")
            return True
        except ImpactError:
            return False

    def resolve_commit(self, rev: str) -> str:
        if rev.startswith("-"):
            raise ImpactError(f"unknown revision '{rev}'")
        try:
            return self.git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
        except ImpactError:
            raise ImpactError(self._explain_unknown(rev)) from None

    def _explain_unknown(self, rev: str) -> str:
        if not self.has_commits():
            return "the repository has no commits yet"
        if self.git("rev-parse", "--is-shallow-repository").decode().strip() == "true":
            return (
                f"unknown revision '{rev}': this is a shallow clone without that history;"
                " fetch it with `git fetch --deepen=1` (or a full clone)"
            )
        if "~" in rev or "^" in rev:
            count = self.git("rev-list", "--count", "HEAD").decode().strip()
            return f"unknown revision '{rev}': the history of HEAD has only {count} commit(s)"
        return f"unknown revision '{rev}'"

    def merge_base(self, a: str, b: str) -> str:
        try:
            return self.git("merge-base", a, b).decode().strip()
        except ImpactError:
            raise ImpactError(f"no merge base between '{a}' and '{b}'") from None

    # -- snapshots -----------------------------------------------------------------------

    def tree_snapshot(self, rev: str) -> Snapshot:
        commit = self.resolve_commit(rev)
        listing = self.git("ls-tree", "-r", "-z", "--full-tree", commit)
        blobs: dict[str, str | None] = {}
        for entry in listing.split(b"\0"):
            if not entry:
                continue
            meta, _, path = entry.partition(b"\t")
            mode, kind, blob = meta.decode().split()
            if kind == "blob" and mode != SYMLINK_MODE:
                blobs[path.decode("utf-8", errors="surrogateescape")] = blob
        return Snapshot(label=rev, blobs=blobs, repo=self, commit=commit)

    def index_snapshot(self) -> Snapshot:
        listing = self.git("ls-files", "-z", "--stage")
        blobs: dict[str, str | None] = {}
        for entry in listing.split(b"\0"):
            if not entry:
                continue
            meta, _, path = entry.partition(b"\t")
            mode, blob, _stage = meta.decode().split()
            if mode not in (SYMLINK_MODE, SUBMODULE_MODE):
                blobs.setdefault(path.decode("utf-8", errors="surrogateescape"), blob)
        return Snapshot(label=INDEX, blobs=blobs, repo=self)

    def worktree_snapshot(self) -> Snapshot:
        """Files git sees as unmodified keep their index blob id (nothing to read or hash);
        modified and untracked files are read from disk."""
        staged = self.index_snapshot().blobs
        modified = {raw.decode("utf-8", errors="surrogateescape")
                    for raw in self.git("diff-files", "--name-only", "-z").split(b"\0") if raw}
        listing = self.git("ls-files", "-z", "--cached", "--others", "--exclude-standard")
        blobs: dict[str, str | None] = {}
        for raw in listing.split(b"\0"):
            if not raw:
                continue
            path = raw.decode("utf-8", errors="surrogateescape")
            if path in blobs:
                continue
            if path in staged and path not in modified:
                blobs[path] = staged[path]
            elif self._is_regular_file(path):
                blobs[path] = None
        return Snapshot(label=WORKTREE, blobs=blobs, repo=self)

    def _is_regular_file(self, path: str) -> bool:
        try:
            return stat.S_ISREG(os.lstat(self.root / path).st_mode)  # symlinks are not followed
        except OSError:
            return False  # deleted in the working tree

    def read_worktree_file(self, path: str) -> bytes | None:
        full = self.root / path
        try:
            if not stat.S_ISREG(os.lstat(full).st_mode):
                return None
            return full.read_bytes()
        except OSError:
            return None

    def read_blobs(self, blob_ids: set[str]) -> dict[str, bytes]:
        """All the blobs through one `git cat-file --batch` process."""
        ordered = sorted(blob_ids)
        output = self.git("cat-file", "--batch", stdin="".join(f"{b}\n" for b in ordered).encode())
        contents: dict[str, bytes] = {}
        pos = 0
        while pos < len(output):
            header_end = output.index(b"\n", pos)
            header = output[pos:header_end].split()
            pos = header_end + 1
            if len(header) < 3 or header[1] == b"missing":
                continue
            size = int(header[2])
            contents[header[0].decode()] = output[pos : pos + size]
            pos += size + 1
        return contents
