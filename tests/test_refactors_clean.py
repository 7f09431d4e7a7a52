"""Refactors that break nothing must report nothing (false-positive guard).

`fixtures/refactors-clean/` is a Python package (pkg/, app.py) and a React + TypeScript app
(web/) taken through the refactors teams do every day, in both languages at once: move a
function to another module and update every import, rename a function and keep the old
name as an alias, add code and files, reorder definitions. See its README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_repo_matches_fixture, commits, run_impact

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NAME = "refactors-clean"

COMMITS = [
    "01-start",
    "02-move-function",
    "03-rename-with-alias",
    "04-add-code",
    "05-reorder",
]


# Moving `slugify` out of the public module pkg/util.py breaks nothing in the repository, but
# `from pkg.util import slugify` elsewhere would: one IMP201 warning that names the move.
SLUGIFY_MOVED = ("IMP201", "pkg/util.py", 18, "slugify")


def assert_clean(result, api_warnings: tuple = ()) -> None:
    """No finding but the expected public-API warnings; no error; exit 0."""
    assert result.keys() == list(api_warnings), result.stdout
    assert result.json["version"] == 1
    assert result.json["summary"]["errors"] == 0
    assert result.json["summary"]["warnings"] == len(api_warnings)
    for finding in result.findings:
        assert finding["revision"] == "base" and finding["consumers"] == []
        assert "moved to `pkg/text.py:slugify`" in finding["message"]
    assert result.exit_code == 0, result.stdout + result.stderr


@pytest.fixture
def repo(fixture_repo):
    return fixture_repo(NAME)


def test_fixture_repo_matches_the_fixture(repo):
    """Every commit holds exactly its fixture directory, byte for byte: a reorder keeps a file's
    size, and a builder that preserves mtimes lets git's stat cache skip such edits, so the
    "clean" diffs below would silently compare identical trees."""
    assert list(commits(repo)) == COMMITS
    assert_repo_matches_fixture(repo, NAME)


@pytest.mark.parametrize("commit", COMMITS[1:])
def test_each_refactor_against_its_parent(repo, commit):
    shas = commits(repo)
    parent = COMMITS[COMMITS.index(commit) - 1]

    result = run_impact(repo, "diff", shas[parent], shas[commit], "--format", "json")

    assert_clean(result, (SLUGIFY_MOVED,) if commit == "02-move-function" else ())


@pytest.mark.parametrize("back", [3, 2, 1])
def test_head_relative_revisions(repo, back):
    """Multi-commit ranges through `HEAD~N` revisions, ending at the last commit."""
    result = run_impact(repo, "diff", f"HEAD~{back}", "HEAD", "--format", "json")

    assert_clean(result)


def test_all_refactors_at_once(repo):
    """Start against end: `slugify` now lives in pkg/text.py, `formatDate` in web/src/dates.ts,
    `format_price`/`formatCurrency` are aliases, and every consumer still resolves."""
    result = run_impact(repo, "diff", "HEAD~4", "HEAD", "--format", "json")

    assert_clean(result, (SLUGIFY_MOVED,))


@pytest.mark.parametrize("commit", COMMITS)
def test_every_commit_is_sound_on_its_own(repo, commit):
    """`--all` lists every finding of head, not just new ones: there are none in any commit,
    so a clean diff above cannot come from the same false positive on both sides."""
    sha = commits(repo)[commit]

    result = run_impact(repo, "diff", sha, sha, "--format", "json", "--all")

    assert_clean(result)


def test_working_tree_after_last_refactor(repo):
    """BASE alone compares with the working tree (a fresh checkout of HEAD)."""
    assert_clean(run_impact(repo, "diff", "HEAD~1", "--format", "json"))
    assert_clean(run_impact(repo, "diff", "HEAD~4", "--format", "json"), (SLUGIFY_MOVED,))
