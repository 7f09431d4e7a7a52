"""Shared test helpers: fixtures are data that become real git repositories in a temp dir."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from impact.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from fixture_repo import build_fixture_repo, commit_all, git, init_repo  # noqa: E402


def _write_tree(repo: Path, files: dict[str, str | bytes | None]) -> None:
    for rel, content in files.items():
        path = repo / rel
        if content is None:
            if path.exists():
                path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")


def build_repo(path: Path, commits: list[dict[str, str | bytes | None]]) -> Path:
    """Each commit is a dict of changes: path -> new content, or None to delete the file."""
    init_repo(path)
    for number, changes in enumerate(commits, start=1):
        _write_tree(path, changes)
        commit_all(path, f"commit {number}")
    return path


def checkout(repo: Path, rev: str) -> None:
    git(repo, "checkout", "-q", rev)


class ImpactResult:
    def __init__(self, exit_code: int, stdout: str, stderr: str):
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    @property
    def json(self) -> dict:
        return json.loads(self.stdout)

    @property
    def findings(self) -> list[dict]:
        return self.json["findings"]

    def keys(self) -> list[tuple[str, str, int, str]]:
        """(code, file, line, symbol) of every finding, in report order."""
        return [(f["code"], f["file"], f["line"], f["symbol"]) for f in self.findings]


def run_impact(repo: Path, *args: str) -> ImpactResult:
    """Run the real CLI in-process against `repo` (as if started inside it)."""
    runner = CliRunner()
    result = runner.invoke(app, ["--repo", str(repo), *args], catch_exceptions=False)
    return ImpactResult(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def repo_factory(tmp_path):
    counter = iter(range(1000))

    def make(commits: list[dict[str, str | bytes | None]]) -> Path:
        return build_repo(tmp_path / f"repo{next(counter)}", commits)

    return make


@pytest.fixture
def fixture_repo(tmp_path):
    def make(name: str) -> Path:
        return build_fixture_repo(name, tmp_path / name)

    return make
