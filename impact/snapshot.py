"""Snapshots: a revision of the repository seen as `path -> bytes`, read-only.

A git tree is listed with `git ls-tree -r -z` and its blobs are read through one
`git cat-file --batch` process. The working tree is the tracked files plus the untracked
files git does not ignore; the index is what `git add` staged. impact never checks out,
stashes or writes anything inside the repository: every git command here only reads, and
runs with GIT_OPTIONAL_LOCKS=0 so that not even the index's stat cache is refreshed.

Symbolic links are not files here: a snapshot keeps each one's target (module resolution
follows them, inside the repository only), and a working-tree file behind a symlinked
directory is gone, as git sees it.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

WORKTREE = "WORKTREE"
INDEX = "INDEX"

SYMLINK_MODE = "120000"
SUBMODULE_MODE = "160000"
MAX_LINK_TARGET = 4096  # bytes: PATH_MAX; a longer "link target" is not one


class ImpactError(Exception):
    """A problem with the user's input or environment: reported as one line, exit 2."""


class GitMissing(ImpactError):
    def __init__(self) -> None:
        super().__init__("git is not installed or not on PATH")


def path_name(raw: bytes) -> str:
    """A path as text. Bytes that are not UTF-8 become `\\xNN` escapes, as git quotes them,
    so that every report can print the name."""
    return raw.decode("utf-8", errors="backslashreplace")


def git_blob_id(data: bytes) -> str:
    """The id git gives a blob with these bytes, so working-tree files match tree entries."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def git_blob_id_of_file(path: Path) -> str:
    """The blob id of a file on disk, read in pieces (it may be huge)."""
    digest = hashlib.sha1(b"blob %d\0" % path.stat().st_size)
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Snapshot:
    """Every file of one revision. `blobs` maps path to blob id (None: read from disk)."""

    label: str
    blobs: dict[str, str | None]
    repo: "Repository" = field(repr=False)
    commit: str | None = None
    links: dict[str, str] = field(default_factory=dict)  # symbolic link -> its target
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
            self._hashed[path] = self.repo.worktree_blob_id(path)
        return self._hashed[path]

    def read(self, paths: list[str]) -> dict[str, bytes]:
        """Contents of the given files. Unreadable working-tree files are left out."""
        return self.read_within(paths, None)[0]

    def read_within(self, paths: list[str], max_size: int | None
                    ) -> tuple[dict[str, bytes], dict[str, int]]:
        """Contents of the given files no bigger than `max_size`, and the sizes of the bigger
        ones, which are never held in memory."""
        from_git = {p: self.blobs[p] for p in paths if self.blobs.get(p)}
        contents, too_big = self.repo.read_blobs(set(from_git.values()), max_size) if from_git \
            else ({}, {})
        result = {path: contents[blob] for path, blob in from_git.items() if blob in contents}
        oversized = {path: too_big[blob] for path, blob in from_git.items() if blob in too_big}
        for path in paths:
            if path not in from_git:
                data = self.repo.read_worktree_file(path, max_size)
                if isinstance(data, int):
                    oversized[path] = data
                elif data is not None:
                    result[path] = data
        return result, oversized


class Repository:
    """A git repository, read through git plumbing only."""

    def __init__(self, path: Path):
        self.env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0"}
        if not Path(path).is_dir():
            raise ImpactError(f"not a directory: {path}")
        try:
            top = self._run(["rev-parse", "--show-toplevel"], cwd=Path(path))
        except GitMissing:
            raise
        except ImpactError:
            raise ImpactError(f"not a git repository: {Path(path).resolve()}") from None
        self.root = Path(os.fsdecode(top.rstrip(b"\n")))
        self.raw_names: dict[str, bytes] = {}  # working-tree names that are not UTF-8

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
            raise GitMissing() from None
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
        links: dict[str, str] = {}
        for entry in listing.split(b"\0"):
            if not entry:
                continue
            meta, _, path = entry.partition(b"\t")
            mode, kind, blob = meta.decode().split()
            if kind == "blob":
                (links if mode == SYMLINK_MODE else blobs)[path_name(path)] = blob
        return Snapshot(label=rev, blobs=blobs, repo=self, commit=commit,
                        links=self._link_targets(links))

    def index_snapshot(self) -> Snapshot:
        listing = self.git("ls-files", "-z", "--stage")
        blobs: dict[str, str | None] = {}
        links: dict[str, str] = {}
        for entry in listing.split(b"\0"):
            if not entry:
                continue
            meta, _, path = entry.partition(b"\t")
            mode, blob, _stage = meta.decode().split()
            if mode == SYMLINK_MODE:
                links.setdefault(path_name(path), blob)
            elif mode != SUBMODULE_MODE:
                blobs.setdefault(path_name(path), blob)
        return Snapshot(label=INDEX, blobs=blobs, repo=self, links=self._link_targets(links))

    def _link_targets(self, link_blobs: dict[str, str]) -> dict[str, str]:
        """Symbolic link -> its target: git keeps the target as the blob's bytes."""
        if not link_blobs:
            return {}
        targets = self.read_blobs(set(link_blobs.values()), MAX_LINK_TARGET)[0]
        return {path: path_name(targets[blob]) for path, blob in link_blobs.items()
                if blob in targets}

    def worktree_snapshot(self) -> Snapshot:
        """Files git sees as unmodified keep their index blob id (nothing to read or hash);
        modified and untracked files are read from disk."""
        index = self.index_snapshot()
        staged = index.blobs
        modified = {path_name(raw) for raw in self.git("diff-files", "--name-only", "-z").split(b"\0")
                    if raw}
        listing = self.git("ls-files", "-z", "--cached", "--others", "--exclude-standard")
        blobs: dict[str, str | None] = {}
        links: dict[str, str] = {}
        for raw in listing.split(b"\0"):
            if not raw:
                continue
            path = path_name(raw)
            if path in blobs or path in links:
                continue
            if path.encode() != raw:
                self.raw_names[path] = raw
            if path in staged and path not in modified:
                blobs[path] = staged[path]
            elif path in index.links and path not in modified:
                links[path] = index.links[path]
            else:
                entry = self._worktree_entry(raw)
                if entry is not None and stat.S_ISREG(entry.st_mode):
                    blobs[path] = None
                elif entry is not None and stat.S_ISLNK(entry.st_mode):
                    links.update(self._worktree_link(path, raw))
        return Snapshot(label=WORKTREE, blobs=blobs, repo=self, links=links)

    def _worktree_entry(self, raw: bytes) -> os.stat_result | None:
        """The working-tree entry itself (a symlink is not followed); None when it is gone,
        or behind a symlinked directory, where git sees no file either."""
        full = self.root / os.fsdecode(raw)
        try:
            if Path(os.path.realpath(full.parent)) != (self._real_root / os.fsdecode(raw)).parent:
                return None
            return os.lstat(full)
        except OSError:
            return None  # deleted in the working tree

    def _worktree_link(self, path: str, raw: bytes) -> dict[str, str]:
        try:
            return {path: path_name(os.fsencode(os.readlink(self.root / os.fsdecode(raw))))}
        except OSError:
            return {}  # gone since listed

    @cached_property
    def _real_root(self) -> Path:
        return Path(os.path.realpath(self.root))

    def worktree_path(self, path: str) -> Path:
        """Where a working-tree file of a snapshot is on disk."""
        return self.root / os.fsdecode(self.raw_names.get(path) or path.encode())

    def worktree_blob_id(self, path: str) -> str:
        """The blob id git would give a working-tree file (gone since listed: empty)."""
        try:
            return git_blob_id_of_file(self.worktree_path(path))
        except OSError:
            return git_blob_id(b"")

    def read_worktree_file(self, path: str, max_size: int | None = None) -> bytes | int | None:
        """The file's bytes; its size if over `max_size`; None if not a regular file."""
        full = self.worktree_path(path)
        try:
            status = os.lstat(full)
            if not stat.S_ISREG(status.st_mode):
                return None
            if max_size is not None and status.st_size > max_size:
                return status.st_size
            return full.read_bytes()
        except OSError:
            return None

    def read_blobs(self, blob_ids: set[str], max_size: int | None = None
                   ) -> tuple[dict[str, bytes], dict[str, int]]:
        """The blobs, through one `git cat-file --batch` process, and the sizes of those over
        `max_size`, whose bytes are skipped as they stream past."""
        request = "".join(f"{b}\n" for b in sorted(blob_ids)).encode()
        contents: dict[str, bytes] = {}
        oversized: dict[str, int] = {}
        try:
            proc = subprocess.Popen(["git", "cat-file", "--batch"], cwd=self.root, env=self.env,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE)
        except FileNotFoundError:
            raise GitMissing() from None
        writer = threading.Thread(target=_write_and_close, args=(proc.stdin, request), daemon=True)
        writer.start()
        with proc:
            while header := proc.stdout.readline().split():
                if len(header) < 3 or header[1] == b"missing":
                    continue
                blob, size = header[0].decode(), int(header[2])
                if max_size is not None and size > max_size:
                    _skip(proc.stdout, size + 1)
                    oversized[blob] = size
                else:
                    contents[blob] = proc.stdout.read(size)
                    proc.stdout.read(1)
            errors = proc.stderr.read()
        writer.join()
        if proc.returncode != 0:
            message = errors.decode(errors="replace").strip().splitlines()
            raise ImpactError(message[-1] if message else "git cat-file failed")
        return contents, oversized


def _write_and_close(pipe, data: bytes) -> None:
    """Feeds a process's stdin from a thread, so that it never blocks on a full stdout."""
    try:
        pipe.write(data)
        pipe.close()
    except (OSError, ValueError):  # the process ended early; its exit status tells why
        pass


def _skip(stream, count: int) -> None:
    while count > 0:
        chunk = stream.read(min(count, 1 << 20))
        if not chunk:
            return
        count -= len(chunk)
