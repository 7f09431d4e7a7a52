"""`impact comment`: one sticky comment per pull request, created then updated, found again
across pages of comments; the GitHub Actions environment; errors that leak nothing."""

from __future__ import annotations

import json
import logging

import pytest
from conftest import git, run_impact
from github_server import FakeGitHub

TOKEN = "ghp_FAKE0TOKEN0impact0test0do0not0leak"
BASE = {"pkg/__init__.py": "", "pkg/util.py": "def helper(x):\n    return x\n",
        "app.py": "from pkg.util import helper\n"}


@pytest.fixture
def pr_repo(repo_factory):
    return repo_factory([BASE, {"pkg/util.py": "def other():\n    pass\n"}])


def actions_env(monkeypatch, tmp_path, server: FakeGitHub, repo) -> None:
    event = tmp_path / "event.json"
    base_sha = git(repo, "rev-parse", "HEAD~1").strip()
    event.write_text(json.dumps({"pull_request": {"number": server.number,
                                                  "base": {"sha": base_sha}}}))
    monkeypatch.setenv("GITHUB_API_URL", server.url)
    monkeypatch.setenv("GITHUB_REPOSITORY", server.repository)
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(event))
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)


def test_creates_then_updates_one_comment_across_pages(monkeypatch, tmp_path, pr_repo):
    with FakeGitHub(filler=250) as server:  # three pages of unrelated comments first
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        first = run_impact(pr_repo, "comment")
        assert first.exit_code == 1 and "created the comment on pull request #7" in first.stderr
        assert len(server.comments) == 251
        assert "### ❌ impact: 2 error(s)" in server.comments[-1]["body"]
        second = run_impact(pr_repo, "comment")
        assert "updated the comment" in second.stderr
        assert len(server.comments) == 251  # idempotent: no second comment
        pages = [path for method, path, _ in server.requests if method == "GET" and
                 path.endswith("/comments")]
        assert len(pages) >= 6  # both runs walked every page to find the marker
        auth = {headers.get("Authorization") for _, _, headers in server.requests}
        assert auth == {f"token {TOKEN}"}


def test_clean_later_run_updates_the_comment_to_say_so(monkeypatch, tmp_path, pr_repo):
    with FakeGitHub() as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        run_impact(pr_repo, "comment")
        (pr_repo / "app.py").write_text("from pkg.util import other\n")
        git(pr_repo, "commit", "-qam", "fix the import")
        result = run_impact(pr_repo, "comment")
        assert result.exit_code == 0 and len(server.comments) == 1
        body = server.comments[0]["body"]
        assert "### ⚠️ impact: 0 error(s), 1 warning(s)" in body  # only the API notice is left
        assert "IMP101" not in body


def test_flags_override_the_environment(tmp_path, pr_repo):
    with FakeGitHub(repository="other/repo", number=3) as server:
        result = run_impact(pr_repo, "comment", "--api-url", server.url, "--repository", "other/repo",
                            "--pr", "3", "--base", "HEAD~1", "--output", str(tmp_path / "r.md"),
                            env={"GITHUB_TOKEN": TOKEN})
        assert "created" in result.stderr and len(server.comments) == 1
        assert (tmp_path / "r.md").read_text() == server.comments[0]["body"]


@pytest.mark.parametrize("status, message, expected", [
    (500, f"boom {TOKEN}", "GitHub API error 500"),
    (403, "API rate limit exceeded for installation", "rate limit exceeded"),
    (401, f"Bad credentials: {TOKEN}", "GitHub API error 401"),
    (404, "Not Found", "GitHub API error 404"),
])
def test_api_errors_are_one_line_and_keep_the_report(monkeypatch, tmp_path, pr_repo, status,
                                                     message, expected):
    with FakeGitHub(fail_with=status, fail_message=message) as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        result = run_impact(pr_repo, "comment")
    assert result.exit_code == 2 and expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "<!-- impact-report -->" in result.stdout  # the analysis is not lost
    assert TOKEN not in result.stdout + result.stderr


def test_token_is_in_no_log_or_error_on_any_path(monkeypatch, tmp_path, pr_repo, caplog):
    """Every error path with every logger at DEBUG: the token shows nowhere, and the
    report is still written to the output file."""
    caplog.set_level(logging.DEBUG)
    outputs = []
    for status in (200, 401, 403, 404, 500):
        with FakeGitHub(fail_with=None if status == 200 else status,
                        fail_message=f"echo {TOKEN}") as server:
            actions_env(monkeypatch, tmp_path, server, pr_repo)
            report = tmp_path / f"report-{status}.md"
            result = run_impact(pr_repo, "comment", "--output", str(report))
        outputs.append(result.stdout + result.stderr)
        assert result.exit_code == (1 if status == 200 else 2)
        assert report.read_text().startswith("<!-- impact-report -->")
    unreachable = run_impact(pr_repo, "comment")  # the last server is gone
    assert unreachable.exit_code == 2
    (tmp_path / "event.json").write_text("{not json " + TOKEN)
    bad_event = run_impact(pr_repo, "comment")
    assert bad_event.exit_code == 2 and "cannot read GITHUB_EVENT_PATH" in bad_event.stderr
    assert len(bad_event.stderr.strip().splitlines()) == 1
    outputs += [unreachable.stdout + unreachable.stderr, bad_event.stdout + bad_event.stderr]
    assert any("/repos/acme/shop" in record.getMessage() for record in caplog.records)  # logged
    assert all(TOKEN not in text for text in outputs) and TOKEN not in caplog.text


def test_unreachable_api_is_one_line(monkeypatch, tmp_path, pr_repo):
    with FakeGitHub() as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
    result = run_impact(pr_repo, "comment")  # the server is gone
    assert result.exit_code == 2 and "cannot reach the GitHub API" in result.stderr
    assert TOKEN not in result.stdout + result.stderr


def test_missing_settings_name_what_is_missing(monkeypatch, pr_repo):
    for name in ("GITHUB_REPOSITORY", "GITHUB_EVENT_PATH", "GITHUB_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    result = run_impact(pr_repo, "comment")
    assert result.exit_code == 2
    assert "--repository or GITHUB_REPOSITORY" in result.stderr and "GITHUB_TOKEN" in result.stderr
