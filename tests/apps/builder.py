"""Incident-shaped applications: each `tests/apps/<name>/base/` is the full tree of a small
full-stack app, and each change is a short list of edits applied to it (a breaking commit or
a clean refactor). `head(name, change)` gives the files the change leaves; `build_history`
commits the base and every change (each on its own branch off the base) into a real git
repository, for `impact diff base <change>`.

An edit is one of
    ("edit", path, old, new)     the one occurrence of `old` in the file becomes `new`
    ("write", path, content)     a new or rewritten file
    ("delete", path)
    ("move", old_path, new_path)
"""

from __future__ import annotations

from pathlib import Path

from fixture_repo import commit_all, git, init_repo

APPS = Path(__file__).resolve().parent

Edit = tuple[str, ...]


def base_files(name: str) -> dict[str, str]:
    root = APPS / name / "base"
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(root.rglob("*")) if p.is_file()}


def apply(files: dict[str, str], edits: list[Edit]) -> dict[str, str]:
    """The files after the edits (the input is not changed)."""
    result = dict(files)
    for edit in edits:
        kind, path = edit[0], edit[1]
        if kind == "edit":
            old, new = edit[2], edit[3]
            count = result[path].count(old)
            assert count == 1, f"{path}: {old!r} occurs {count} times"
            result[path] = result[path].replace(old, new)
        elif kind == "write":
            result[path] = edit[2]
        elif kind == "delete":
            del result[path]
        elif kind == "move":
            result[edit[2]] = result.pop(path)
        else:
            raise ValueError(f"unknown edit {kind!r}")
    return result


def change(files: dict[str, str], edits: list[Edit]) -> dict[str, str | None]:
    """The change the edits make to `files`: path -> new content, None for a deleted file."""
    after = apply(files, edits)
    changed: dict[str, str | None] = {p: c for p, c in after.items() if files.get(p) != c}
    changed.update({p: None for p in files if p not in after})
    return changed


def build_history(name: str, changes: dict[str, list[Edit]], path: Path) -> Path:
    """A git repository with the base on `main` and each change committed on a branch of its
    name off the base."""
    init_repo(path)
    files = base_files(name)
    _write(path, {p: c for p, c in files.items()})
    commit_all(path, "base")
    for branch, edits in changes.items():
        git(path, "checkout", "-q", "-b", branch, "main")
        _write(path, change(files, edits))
        commit_all(path, branch)
    git(path, "checkout", "-q", "main")
    return path


def _write(root: Path, files: dict[str, str | None]) -> None:
    for rel, content in files.items():
        target = root / rel
        if content is None:
            target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8", newline="")
