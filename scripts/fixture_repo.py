"""Turn a fixture (`fixtures/<name>/NN-slug/`, the full tree of each commit) into a real
git repository. Used by the tests and by the quick-start demo.

    python scripts/fixture_repo.py NAME DEST
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "Fixture",
    "GIT_AUTHOR_EMAIL": "fixture@example.com",
    "GIT_COMMITTER_NAME": "Fixture",
    "GIT_COMMITTER_EMAIL": "fixture@example.com",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, env=GIT_ENV, check=True,
                            capture_output=True, text=True)
    return result.stdout


def init_repo(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    with (path / ".git" / "config").open("a", encoding="utf-8") as config:  # one process, not four
        config.write("[user]\n\tname = Fixture\n\temail = fixture@example.com\n"
                     "[commit]\n\tgpgsign = false\n")
    return path


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", message)


def build_fixture_repo(name: str, path: Path) -> Path:
    """Commit each `fixtures/<name>/NN-slug/` tree in order into a new repository."""
    init_repo(path)
    for commit_dir in sorted(d for d in (FIXTURES / name).iterdir() if d.is_dir()):
        for child in path.iterdir():
            if child.name != ".git":
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        shutil.copytree(commit_dir, path, dirs_exist_ok=True, copy_function=shutil.copy)
        commit_all(path, commit_dir.name)
    return path


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(build_fixture_repo(sys.argv[1], Path(sys.argv[2])))
