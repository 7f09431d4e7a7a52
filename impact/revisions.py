"""Turn the command line's revision arguments into a (base, head) pair of snapshots."""

from __future__ import annotations

from impact.snapshot import ImpactError, Repository, Snapshot

NO_COMMIT = "(no commit yet)"


def resolve_snapshots(repo: Repository, revisions: list[str], staged: bool) -> tuple[Snapshot, Snapshot]:
    if len(revisions) > 2:
        raise ImpactError("give at most two revisions: BASE [HEAD]")
    if staged:
        if len(revisions) > 1:
            raise ImpactError("--staged compares one base revision with the index")
        return _base(repo, revisions), repo.index_snapshot()
    if len(revisions) == 2:
        return repo.tree_snapshot(revisions[0]), repo.tree_snapshot(revisions[1])
    if not revisions:
        return _base(repo, revisions), repo.worktree_snapshot()
    spec = revisions[0]
    if "..." in spec:
        left, right = (part or "HEAD" for part in spec.split("...", 1))
        base = repo.merge_base(repo.resolve_commit(left), repo.resolve_commit(right))
        return _labelled(repo.tree_snapshot(base), f"merge-base({left}, {right})"), \
            repo.tree_snapshot(right)
    if ".." in spec:
        left, right = (part or "HEAD" for part in spec.split("..", 1))
        return repo.tree_snapshot(left), repo.tree_snapshot(right)
    return repo.tree_snapshot(spec), repo.worktree_snapshot()


def _base(repo: Repository, revisions: list[str]) -> Snapshot:
    """The given revision, else HEAD; before the first commit, an empty tree (so the first
    commit's files are checked as added, as pre-commit runs on it)."""
    if not revisions and not repo.has_commits():
        return Snapshot(label=NO_COMMIT, blobs={}, repo=repo)
    return repo.tree_snapshot(revisions[0] if revisions else "HEAD")


def _labelled(snapshot: Snapshot, label: str) -> Snapshot:
    snapshot.label = label
    return snapshot
