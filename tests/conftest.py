"""Shared test helpers: fixtures are data that become real git repositories in a temp dir."""

from __future__ import annotations

import atexit
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import typer.testing
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

import impact.parallel
from impact.api import diff_files
from impact.cache import FactsCache
from impact.cli import app
from impact.report import render
from impact.report_model import Display
from impact.reporting import build_report

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from fixture_repo import FIXTURES, GIT_ENV, build_fixture_repo, commit_all, git, init_repo


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
    """Each commit is a dict of changes: path -> new content, or None to delete the file.
    The commits are written by one `git fast-import` (two processes for the whole history
    instead of two per commit) unless a change is one `git add` would read differently (an
    ignore or attributes file, a path fast-import would need quoted): those are committed
    with `git add -A` as a user would."""
    init_repo(path)
    if not all(_plain_path(rel) for changes in commits for rel in changes):
        for number, changes in enumerate(commits, start=1):
            _write_tree(path, changes)
            commit_all(path, f"commit {number}")
        return path
    fast_import(path, commits)
    for changes in commits:
        _write_tree(path, changes)
    if commits:
        git(path, "reset", "-q")  # the index of the last commit, as `git commit` leaves it
    return path


def fast_import(path: Path, commits: list[dict[str, str | bytes | None]]) -> None:
    """Commit these changes on `main` of the repository at `path` with one `git fast-import`
    (its working tree and index are left as they are; paths as `_plain_path` allows)."""
    stream = [part for number, changes in enumerate(commits, start=1)
              for part in _fast_import_commit(f"commit {number}", changes)]
    subprocess.run(["git", "fast-import", "--quiet", "--date-format=now"], cwd=path,
                   env=GIT_ENV, input=b"".join(stream), check=True, capture_output=True)


def _plain_path(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return (name not in (".gitignore", ".gitattributes") and rel.isascii() and rel.isprintable()
            and not rel.startswith(("/", '"')) and "\\" not in rel and "//" not in rel)


def _fast_import_commit(message: str, changes: dict[str, str | bytes | None]) -> list[bytes]:
    """The parts of one commit's fast-import commands (joined once, with the others': the
    contents are not copied twice)."""
    parts = [b"commit refs/heads/main\ncommitter Fixture <fixture@example.com> now\n",
             *_fast_import_data(message.encode())]
    for rel, content in changes.items():
        if content is None:
            parts.append(b"D " + rel.encode() + b"\n")
            continue
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        parts += [b"M 100644 inline " + rel.encode() + b"\n", *_fast_import_data(data)]
    return [*parts, b"\n"]


def _fast_import_data(data: bytes) -> tuple[bytes, bytes, bytes]:
    return b"data %d\n" % len(data), data, b"\n"


def partial_clone(source: Path, dest: Path, object_filter: str = "blob:none") -> Path:
    """A partial clone of `source` (`git clone --filter`): only the checked-out commit's blobs
    (with tree:0, its trees too) are in it; the rest would come from `source` on demand."""
    git(source, "config", "uploadpack.allowFilter", "true")
    git(source, "clone", "-q", f"--filter={object_filter}", source.as_uri(), str(dest))
    return dest


def checkout(repo: Path, rev: str) -> None:
    git(repo, "checkout", "-q", rev)


def commits(repo: Path) -> dict[str, str]:
    """Commit subject (the fixture directory name, e.g. `02-phase-2`) -> sha."""
    log = git(repo, "log", "--reverse", "--format=%H %s")
    return {subject: sha for sha, subject in (line.split(" ", 1) for line in log.splitlines())}


def assert_repo_matches_fixture(repo: Path, name: str) -> None:
    """Every commit holds exactly its fixture directory, byte for byte. (A builder that copies
    with preserved mtimes lets git's stat cache skip same-size edits: the commit then silently
    keeps the previous version of a file, and the findings make no sense.)"""
    for subject, sha in commits(repo).items():
        tree = FIXTURES / name / subject
        on_disk = sorted(p.relative_to(tree).as_posix() for p in tree.rglob("*") if p.is_file())
        committed = sorted(git(repo, "ls-tree", "-r", "--name-only", sha).splitlines())
        assert committed == on_disk, subject
        for path in committed:
            content = (tree / path).read_text(encoding="utf-8")
            assert git(repo, "show", f"{sha}:{path}") == content, f"{subject}: {path} is stale"


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


# typer builds the click command from the app's signatures on every `invoke` (~30 ms, a sixth
# of a small end-to-end test); the app never changes during the suite, so it is built once.
typer.testing._get_command = functools.cache(typer.testing._get_command)


def run_impact(repo: Path, *args: str, env: dict[str, str] | None = None) -> ImpactResult:
    """Run the real CLI in-process against `repo` (as if started inside it)."""
    runner = CliRunner(env=env)
    result = runner.invoke(app, ["--repo", str(repo), *args], catch_exceptions=False)
    return ImpactResult(result.exit_code, result.stdout, result.stderr)


@functools.cache
def shared_cache() -> Path:
    """A facts cache in-memory runs of this test process may share (facts are keyed by the
    files' contents and the extractor's code, as every user's cache is): tests of many
    changes to one tree (the apps) extract each file once. Removed when the process ends."""
    directory = Path(tempfile.mkdtemp(prefix="impact-tests-cache-"))
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    return directory


def diff_keys(base: dict, change: dict, without: tuple[str, ...] = ("IMP201",)) -> list[tuple]:
    """Sorted (code, file, line, symbol) of what `change` introduces on top of `base`, through
    the library entry point on revisions held in memory (no git, no CLI: rule tests run in
    process; the end-to-end tests go through git and the real CLI with `run_impact`).

    The per-rule tests leave out IMP201 (removed public API, tested in test_public_api.py),
    which most removals also give."""
    result = diff_files(base, change)
    return sorted((f.code, f.file, f.line, f.symbol) for f in result.findings
                  if f.code not in without)


def diff_result(base: dict, change: dict, *, whole_repository: bool = False,
                select: tuple[str, ...] | None = None, show_all: bool = False,
                strict: bool = False, cache_dir: Path | None = None) -> ImpactResult:
    """What `impact diff --format json` gives for `change` on top of `base` (the same json
    document, and the status it exits with: 1 when a finding is an error, or with `strict`
    when there is any), through the library entry point on revisions held in memory: the
    pipeline, the report and the json renderer, no git and no CLI (the revisions are labelled
    `base` and `head`). `whole_repository` is `--full-scan`, `select` `--select`, `show_all`
    `--all`, `strict` `--strict`, `cache_dir` `--cache-dir` (default: none)."""
    result = diff_files(base, change, whole_repository=whole_repository, select=select,
                        show_all=show_all, strict=strict, cache_dir=cache_dir)
    blocked = any(f.severity == "error" for f in result.findings) or strict and bool(result.findings)
    return ImpactResult(1 if blocked else 0, render("json", build_report(result, Display())), "")


def severity_keys(findings: list[dict]) -> list[tuple]:
    """(code, file, line, severity, symbol) of each finding, in report order."""
    return [(f["code"], f["file"], f["line"], f["severity"], f["symbol"]) for f in findings]


def selected_keys(base: dict, change: dict, select: tuple[str, ...]) -> list[tuple]:
    """`severity_keys` of the findings of the rules `select` names that `change` introduces
    on top of `base` (in memory, as `diff_result`)."""
    result = diff_result(base, change, select=select)
    assert result.exit_code in (0, 1), result.stderr
    return severity_keys(result.findings)


def diff_findings(base: dict, change: dict, **options) -> list[dict]:
    """The findings of `diff_result`: the same dicts `run_impact(...).findings` gives."""
    return diff_result(base, change, **options).findings


def extracted_paths(monkeypatch) -> list[str]:
    """The files whose facts are extracted (not found in the cache) from now on."""
    seen: list[str] = []
    real = impact.parallel.extract_facts

    def spy(path, data, *limits):
        seen.append(path)
        return real(path, data, *limits)

    monkeypatch.setattr(impact.parallel, "extract_facts", spy)
    return seen


def facts_read(monkeypatch) -> list[str]:
    """The files whose facts are read from the cache (by the path they were stored under)."""
    read: list[str] = []
    real = FactsCache.get_many

    def spy(cache, keys):
        found = real(cache, keys)
        read.extend(facts.path for facts in found.values())
        return found

    monkeypatch.setattr(FactsCache, "get_many", spy)
    return read


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own facts cache: none touches the user's."""
    monkeypatch.setenv("IMPACT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


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


# Property tests (tests/test_fuzz.py): few derandomized examples in CI; HYPOTHESIS_PROFILE=long
# for a longer fuzz run.
settings.register_profile("ci", max_examples=15, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=2_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
