"""Snapshots: a revision of the repository seen as `path -> bytes`, read-only.

A git tree is listed with `git ls-tree -r -z` and its blobs are read through one
`git cat-file --batch` process. The working tree is the tracked files plus the untracked
files git does not ignore; the index is what `git add` staged. impact never checks out,
stashes or writes anything inside the repository: every git command here only reads, and
runs with GIT_OPTIONAL_LOCKS=0 so that not even the index's stat cache is refreshed.

Symbolic links are not files here: a snapshot keeps each one's target (module resolution
follows them, inside the repository only), and a working-tree file behind a symlinked
directory is gone, as git sees it.

Nor does it fetch: git would fetch a blob missing from a partial clone from its promisor
remote on the first read (and wait forever on a remote that never answers), so every git
command runs with no transport allowed, and the blobs of a tree that are not in the clone
are listed first (`git rev-list --missing=print`, which never fetches) and never asked
for. Whatever cannot be read (a missing blob, a file without read permission, one deleted
while impact runs, a symlink or directory where a file was) is noted in the snapshot's
`unread`, with why, so that the run can say so.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import subprocess
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from impact import git_ahead

WORKTREE = "WORKTREE"
INDEX = "INDEX"

INDEX_LISTING = list(git_ahead.WORKTREE_LISTINGS[0])
SYMLINK_MODE = "120000"
SUBMODULE_MODE = "160000"
MAX_LINK_TARGET = 4096  # bytes: PATH_MAX; a longer "link target" is not one


class ImpactError(Exception):
    """A problem with the user's input or environment: reported as one line, exit 2."""


class GitMissing(ImpactError):
    def __init__(self) -> None:
        super().__init__("git is not installed or not on PATH")


class Unreadable(Exception):
    """A file that is listed but cannot be read; the message says why."""


NOT_IN_CLONE = "not in this partial clone, and impact never fetches objects"
MISSING_OBJECT = "its blob is missing from the object database"
# Instead of a blob id, for a working-tree file that cannot be read: matches no cache entry.
UNREADABLE_ID = "unreadable:"


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
    repo: Repository = field(repr=False)
    commit: str | None = None
    links: dict[str, str] = field(default_factory=dict)  # symbolic link -> its target
    # the paths of git submodules (gitlinks): their files are another repository's, not here
    submodules: frozenset[str] = frozenset()
    absent: frozenset[str] = frozenset()  # blob ids a partial clone lacks: never asked for
    unread: dict[str, str] = field(default_factory=dict)  # path -> why it could not be read
    # a digest of the listing git gave of a commit's tree: it names every path, blob id,
    # link and submodule of `blobs`, `links` (but their targets) and `submodules`
    listing_digest: str | None = None
    _hashed: dict[str, str] = field(default_factory=dict, repr=False)

    @cached_property
    def paths(self) -> frozenset[str]:  # `blobs` is not changed once the snapshot is made
        return frozenset(self.blobs)

    def blob_id(self, path: str) -> str:
        """The blob id of a file; a working-tree file that differs from the index is hashed
        (one that cannot be read gets an id of its own that no blob has)."""
        known = self.blobs[path]
        if known is not None:
            return known
        if path not in self._hashed:
            try:
                self._hashed[path] = self.repo.worktree_blob_id(path)
            except Unreadable:  # noted if its content is asked for
                self._hashed[path] = UNREADABLE_ID + path
        return self._hashed[path]

    def read(self, paths: list[str]) -> dict[str, bytes]:
        """Contents of the given files. Those that cannot be read are left out (and noted)."""
        return self.read_within(paths, None)[0]

    def read_within(self, paths: list[str], max_size: int | None
                    ) -> tuple[dict[str, bytes], dict[str, int]]:
        """Contents of the given files no bigger than `max_size`, and the sizes of the bigger
        ones, which are never held in memory. Files that cannot be read are in neither: they
        are noted in `unread`."""
        in_git = {p: self.blobs[p] for p in paths if self.blobs.get(p)}
        self.unread.update((p, NOT_IN_CLONE) for p, blob in in_git.items() if blob in self.absent)
        from_git = {p: blob for p, blob in in_git.items() if blob not in self.absent}
        contents, too_big, missing = self.repo.read_blobs(set(from_git.values()), max_size) \
            if from_git else ({}, {}, set())
        result = {path: contents[blob] for path, blob in from_git.items() if blob in contents}
        oversized = {path: too_big[blob] for path, blob in from_git.items() if blob in too_big}
        self.unread.update((path, MISSING_OBJECT) for path, blob in from_git.items()
                           if blob in missing)
        for path in paths:
            if path in self.blobs and self.blobs[path] is None:  # a working-tree file
                try:
                    data = self.repo.read_worktree_file(path, max_size)
                except Unreadable as why:
                    self.unread[path] = str(why)
                    continue
                if isinstance(data, int):
                    oversized[path] = data
                else:
                    result[path] = data
        return result, oversized


class Repository:
    """A git repository, read through git plumbing only.

    `root` is the top of the working tree, or the git directory when there is none (a bare
    repository): then only committed revisions can be compared."""

    def __init__(self, path: Path):
        self.env = git_ahead.git_environment()
        try:
            os.path.abspath(path)
        except OSError:
            raise ImpactError("the current directory no longer exists") from None
        if not Path(path).is_dir():
            raise ImpactError(f"not a directory: {path}")
        try:
            top = self._run(list(git_ahead.TOP_LEVEL), cwd=Path(path))
            self.worktree_missing: str | None = None
        except GitMissing:
            raise
        except ImpactError:
            top, self.worktree_missing = self._without_worktree(Path(path))
        self.root = Path(os.fsdecode(top.rstrip(b"\n")))
        self.raw_names: dict[str, bytes] = {}  # working-tree names that are not UTF-8
        self._partial: bool | None = None
        self._absent: dict[str, frozenset[str]] = {}  # commit -> ids absent from its tree

    def _without_worktree(self, path: Path) -> tuple[bytes, str]:
        """The git directory of a repository without a working tree here, and what it is."""
        try:
            git_dir, bare = self._run(["rev-parse", "--absolute-git-dir", "--is-bare-repository"],
                                      cwd=path).splitlines()
        except (ImpactError, ValueError):
            raise ImpactError(f"not a git repository: {path.resolve()}") from None
        what = "a bare repository" if bare == b"true" else "inside a .git directory"
        return git_dir, f"{path.resolve()} is {what}"

    def require_worktree(self) -> None:
        if self.worktree_missing:
            raise ImpactError(f"{self.worktree_missing}, without a working tree: only committed "
                              "revisions can be read; name them, e.g. `impact diff HEAD~1 HEAD`")

    def _run(self, args: list[str], cwd: Path | None = None, stdin: bytes | None = None) -> bytes:
        return self._completed(args, cwd, stdin).stdout

    def _completed(self, args: list[str], cwd: Path | None = None, stdin: bytes | None = None
                   ) -> subprocess.CompletedProcess:
        """A git command that succeeded (its output, and its warnings on stderr)."""
        directory = cwd or self.root
        proc = self._taken_ahead(args, directory) if stdin is None else None
        try:
            proc = proc or subprocess.run(["git", *args], cwd=directory, env=self.env, input=stdin,
                                          capture_output=True, check=False)
        except FileNotFoundError:
            raise GitMissing() from None
        if proc.returncode != 0:
            message = proc.stderr.decode(errors="replace").strip().splitlines()
            raise ImpactError(message[-1] if message else f"git {args[0]} failed")
        return proc

    def _taken_ahead(self, args: list[str], directory: Path) -> subprocess.CompletedProcess | None:
        """The command's result if impact/__main__.py started it ahead (impact.git_ahead)."""
        try:
            where = os.path.abspath(directory)
        except OSError:  # the current directory is gone: git says what that means
            return None
        return git_ahead.take(where, args, self.env)

    def git(self, *args: str, stdin: bytes | None = None) -> bytes:
        return self._run(list(args), stdin=stdin)

    def _completed_together(self, *commands: list[str]) -> list[subprocess.CompletedProcess]:
        """Several git commands that only read, run at the same time (each waited for in its
        own thread); their results in order, or the first one's error."""
        results: list[subprocess.CompletedProcess | Exception | None] = [None] * len(commands)

        def run(index: int) -> None:
            try:
                results[index] = self._completed(commands[index])
            except Exception as error:  # noqa: BLE001 - raised below, in the caller's thread
                results[index] = error

        threads = [threading.Thread(target=run, args=(i,), daemon=True)
                   for i in range(1, len(commands))]
        for thread in threads:
            thread.start()
        run(0)
        for thread in threads:
            thread.join()
        for result in results:
            if isinstance(result, Exception):
                raise result
        return results  # type: ignore[return-value]

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
            return self.git(*git_ahead.commit_of(rev)).decode().strip()
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
        try:
            absent = self.absent_objects(commit)
            listing = self.git(*git_ahead.tree_listing(commit))
        except ImpactError:
            if not self.is_partial_clone():
                raise
            raise ImpactError(f"cannot list the files of '{rev}': its trees are not in this "
                              "partial clone, and impact never fetches objects") from None
        blobs: dict[str, str | None] = {}
        links: dict[str, str] = {}
        submodules: set[str] = set()
        for entry in path_name(listing).split("\0"):  # decoded at once, as path_name does each
            if not entry:
                continue
            meta, _, path = entry.partition("\t")
            mode, kind, blob = meta.split()
            if kind == "blob":
                (links if mode == SYMLINK_MODE else blobs)[path] = blob
            elif mode == SUBMODULE_MODE:
                submodules.add(path)
        return Snapshot(label=rev, blobs=blobs, repo=self, commit=commit, absent=absent,
                        links=self._link_targets(links, absent), submodules=frozenset(submodules),
                        listing_digest=hashlib.sha1(listing).hexdigest())

    def index_snapshot(self) -> Snapshot:
        return self._index_snapshot(self._index())

    def _index_snapshot(self, entries: dict[str, tuple[str, str]]) -> Snapshot:
        """What `git add` staged. Staged blobs not in HEAD were written here, so only blobs
        of HEAD can be missing from a partial clone (those outside a sparse checkout)."""
        blobs: dict[str, str | None] = {path: blob for path, (mode, blob) in entries.items()
                                        if mode not in (SYMLINK_MODE, SUBMODULE_MODE)}
        absent = frozenset()
        if self.is_partial_clone() and self.has_commits():
            absent = self.absent_objects(self.resolve_commit("HEAD"))
        links = {path: blob for path, (mode, blob) in entries.items() if mode == SYMLINK_MODE}
        submodules = frozenset(path for path, (mode, _) in entries.items() if mode == SUBMODULE_MODE)
        return Snapshot(label=INDEX, blobs=blobs, repo=self, absent=absent,
                        links=self._link_targets(links, absent), submodules=submodules)

    def _link_targets(self, link_blobs: dict[str, str], absent: frozenset[str]) -> dict[str, str]:
        """Symbolic link -> its target: git keeps the target as the blob's bytes (a target a
        partial clone lacks is not asked for: that link is left out)."""
        wanted = {blob for blob in link_blobs.values() if blob not in absent}
        if not wanted:
            return {}
        targets = self.read_blobs(wanted, MAX_LINK_TARGET)[0]
        return {path: path_name(targets[blob]) for path, blob in link_blobs.items()
                if blob in targets}

    def _index(self, listing: bytes | None = None) -> dict[str, tuple[str, str]]:
        """path -> (mode, blob id) of every index entry (the first stage of a conflict), from
        `git ls-files --stage` (its `listing`, when already run)."""
        self.require_worktree()
        if listing is None:
            listing = self.git(*INDEX_LISTING)
        entries: dict[str, tuple[str, str]] = {}
        for entry in path_name(listing).split("\0"):  # decoded at once, as path_name does each
            if not entry:
                continue
            meta, _, path = entry.partition("\t")
            mode, blob, _stage = meta.split()
            entries.setdefault(path, (mode, blob))
        return entries

    def worktree_snapshot(self) -> Snapshot:
        """Files git sees as unmodified keep their index blob id (nothing to read or hash);
        modified and untracked files are read from disk. A path that is on disk but is not a
        regular file (a symlink or a directory where a file was, a file in a directory impact
        may not enter) stays listed, so that reading it says why it cannot be read; deleted
        files, and the symlinks and submodules the index records as such, are left out."""
        self.require_worktree()
        staged, changed, listed = self._completed_together(*map(list, git_ahead.WORKTREE_LISTINGS))
        entries = self._index(staged.stdout)
        index = self._index_snapshot(entries)
        submodules = index.submodules
        modified = {path_name(raw) for raw in changed.stdout.split(b"\0") if raw}
        listing, unread = listed.stdout, _unlisted(listed.stderr)
        blobs: dict[str, str | None] = {}
        links: dict[str, str] = {}
        for raw in listing.split(b"\0"):
            if not raw:
                continue
            path = path_name(raw)
            if path in blobs or path in links or path in submodules:
                continue
            if path.encode() != raw:
                self.raw_names[path] = raw
            if path in index.blobs and path not in modified:
                blobs[path] = index.blobs[path]
            elif path in index.links and path not in modified:
                links[path] = index.links[path]
            else:
                kind = self._worktree_kind(raw)
                if kind == "link":
                    links.update(self._worktree_link(path, raw))
                elif kind == "other":
                    blobs[path] = None  # a file, or something reading it will explain
        return Snapshot(label=WORKTREE, blobs=blobs, repo=self, absent=index.absent, unread=unread,
                        links=links, submodules=submodules)

    def _worktree_kind(self, raw: bytes) -> str | None:
        """"link" for a symbolic link, "other" for anything else on disk (a file, or what
        reading it will explain: a directory where a file was, no permission); None when it
        is deleted, or behind a symlinked directory, where git sees no file either."""
        full = self.root / os.fsdecode(raw)
        try:
            if Path(os.path.realpath(full.parent)) != (self._real_root / os.fsdecode(raw)).parent:
                return None
            return "link" if stat.S_ISLNK(os.lstat(full).st_mode) else "other"
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError:
            return "other"

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
        """The blob id git would give a working-tree file; Unreadable if it cannot be read."""
        full = self._regular_file(path)[0]
        try:
            return git_blob_id_of_file(full)
        except OSError as error:
            raise Unreadable(_why(error)) from None

    def read_worktree_file(self, path: str, max_size: int | None = None) -> bytes | int:
        """The file's bytes, or its size if over `max_size`; Unreadable if it cannot be read."""
        full, status = self._regular_file(path)
        if max_size is not None and status.st_size > max_size:
            return status.st_size
        try:
            return full.read_bytes()
        except OSError as error:
            raise Unreadable(_why(error)) from None

    def _regular_file(self, path: str) -> tuple[Path, os.stat_result]:
        """A working-tree file and its status, or Unreadable: symlinks are never followed."""
        full = self.worktree_path(path)
        try:
            status = os.lstat(full)
        except OSError as error:
            raise Unreadable(_why(error)) from None
        if stat.S_ISLNK(status.st_mode):
            raise Unreadable("a symbolic link, which impact never follows")
        if stat.S_ISDIR(status.st_mode):
            raise Unreadable("a directory, not a file")
        if not stat.S_ISREG(status.st_mode):
            raise Unreadable("not a regular file")
        return full, status

    # -- partial clones -----------------------------------------------------------------

    def is_partial_clone(self) -> bool:
        """Whether objects may be missing on purpose, to be fetched from a promisor remote."""
        if self._partial is None:
            try:
                self._partial = bool(self.git(*git_ahead.PARTIAL_CLONE))
            except ImpactError:  # exit status 1: no such key
                self._partial = False
        return self._partial

    def absent_objects(self, commit: str) -> frozenset[str]:
        """The ids of the objects of a commit's tree that a partial clone lacks (`rev-list
        --missing=print` lists them without fetching them)."""
        if not self.is_partial_clone():
            return frozenset()
        if commit not in self._absent:
            listing = self.git("rev-list", "--objects", "--missing=print", "--no-object-names",
                               f"{commit}^{{tree}}")
            self._absent[commit] = frozenset(line[1:] for line in listing.decode().split()
                                             if line.startswith("?"))
        return self._absent[commit]

    def read_blobs(self, blob_ids: set[str], max_size: int | None = None
                   ) -> tuple[dict[str, bytes], dict[str, int], set[str]]:
        """The blobs, through one `git cat-file --batch` process; the sizes of those over
        `max_size`, whose bytes are skipped as they stream past; and the ids git says are
        missing."""
        request = "".join(f"{b}\n" for b in sorted(blob_ids)).encode()
        contents: dict[str, bytes] = {}
        oversized: dict[str, int] = {}
        missing: set[str] = set()
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
                if len(header) < 3:
                    missing.add(header[0].decode(errors="replace"))
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
        return contents, oversized, missing


def _unlisted(warnings: bytes) -> dict[str, str]:
    """The directories `git ls-files --others` could not look into, from its warnings (it
    warns and goes on; so does impact, with a word), and why."""
    unread = {}
    for line in warnings.decode(errors="replace").strip().splitlines():
        # such as: warning: could not open directory 'x/': Permission denied
        message = line.removeprefix("warning: ")
        quoted = re.search(r" '(.+)'", message)
        if quoted:
            unread[quoted.group(1)] = message.replace(quoted.group(0), "", 1)
        else:
            unread[message] = "a warning of git ls-files"
    return unread


def _why(error: OSError) -> str:
    """Why a file could not be read, in a few words."""
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return "deleted while impact was reading the working tree"
    return (error.strerror or type(error).__name__).lower()


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
