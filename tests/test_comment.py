"""`impact comment`: one sticky comment per pull request, created then updated, found again
across pages of comments by its marker and its author; the GitHub Actions environment; a
deadline per request, bounded pages, checked answers and event files; errors that are one
line, exit 2 and leak nothing."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import pytest
from conftest import git, run_impact
from github_server import MARKER, FakeGitHub

TOKEN = "ghp_FAKE0TOKEN0impact0test0do0not0leak"
BASE = {"pkg/__init__.py": "", "pkg/util.py": "def helper(x):\n    return x\n",
        "app.py": "from pkg.util import helper\n"}


@pytest.fixture
def pr_repo(repo_factory):
    return repo_factory([BASE, {"pkg/util.py": "def other():\n    pass\n"}])


def actions_env(monkeypatch, tmp_path, server: FakeGitHub, repo, inside_actions: bool = False) -> None:
    event = tmp_path / "event.json"
    base_sha = git(repo, "rev-parse", "HEAD~1").strip()
    event.write_text(json.dumps({"pull_request": {"number": server.number,
                                                  "base": {"sha": base_sha}}}))
    monkeypatch.setenv("GITHUB_API_URL", server.url)
    monkeypatch.setenv("GITHUB_REPOSITORY", server.repository)
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(event))
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    if inside_actions:
        monkeypatch.setenv("GITHUB_ACTIONS", "true")
    else:
        monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def assert_one_line_error(result, expected: str) -> None:
    """Exit 2 (1 means findings), one line naming the problem, no traceback, no token, and
    the report still on stdout."""
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith("impact: error: ") and expected in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert TOKEN not in result.stdout + result.stderr


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


def test_a_clean_pull_request_without_a_comment_gets_none(monkeypatch, tmp_path, repo_factory):
    """No "nothing found" comment on every pull request: a clean one is left alone until
    impact has commented on it, and then the comment is updated to say it is clean now."""
    repo = repo_factory([BASE, {"extra.py": "x = 1\n"}])
    with FakeGitHub(filler=3) as server:
        actions_env(monkeypatch, tmp_path, server, repo)
        quiet = run_impact(repo, "comment")
        assert quiet.exit_code == 0, quiet.stderr
        assert "none posted" in quiet.stderr and len(server.comments) == 3
        assert not server.requested("POST") and not server.requested("PATCH")
        assert "### ✅ impact" in quiet.stdout  # the report is still written
        (repo / "app.py").write_text("from pkg.util import gone\n")
        git(repo, "commit", "-qam", "break it")
        broken = run_impact(repo, "comment")
        assert broken.exit_code == 1 and "created the comment" in broken.stderr
        (repo / "app.py").write_text(BASE["app.py"])
        git(repo, "commit", "-qam", "mend it")
        mended = run_impact(repo, "comment")
        assert mended.exit_code == 0 and "updated the comment" in mended.stderr
        assert len(server.comments) == 4
        assert server.comments[-1]["body"].startswith(f"{MARKER}\n\n### ✅ impact: this change breaks nothing")


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


def test_a_comment_by_someone_else_is_never_edited(monkeypatch, tmp_path, pr_repo):
    """Anyone can write the marker: only a comment the token's user wrote is updated."""
    planted = {"id": 1, "body": f"{MARKER}\nplanted by someone else", "user": {"login": "mallory"}}
    with FakeGitHub(comments=[planted], filler=120) as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        first = run_impact(pr_repo, "comment")
        assert "created the comment" in first.stderr
        assert server.comments[0]["body"] == planted["body"] and not server.requested("PATCH")
        assert len(server.comments) == 122 and server.comments[-1]["user"]["login"] == "impact-bot"
        second = run_impact(pr_repo, "comment")
        assert "updated the comment" in second.stderr and len(server.comments) == 122
        assert server.requested("PATCH") == [f"/repos/acme/shop/issues/comments/{server.comments[-1]['id']}"]
        assert server.comments[0]["body"] == planted["body"]


def test_inside_actions_a_forbidden_user_endpoint_means_the_actions_bot(monkeypatch, tmp_path, pr_repo):
    """The token of GitHub Actions may not read GET /user (403): its comments are
    github-actions[bot]'s, and a marker comment by anyone else is left alone."""
    planted = {"id": 1, "body": MARKER, "user": {"login": "impact-bot"}}
    with FakeGitHub(login="github-actions[bot]", user_forbidden=True, comments=[planted]) as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo, inside_actions=True)
        assert "created the comment" in run_impact(pr_repo, "comment").stderr
        assert "updated the comment" in run_impact(pr_repo, "comment").stderr
        assert server.requested("GET", "/user") == ["/user", "/user"]
        assert [c["user"]["login"] for c in server.comments] == ["impact-bot", "github-actions[bot]"]
        assert server.comments[0]["body"] == MARKER
        assert server.requested("PATCH") == [f"/repos/acme/shop/issues/comments/{server.comments[1]['id']}"]


def test_outside_actions_a_forbidden_user_endpoint_is_one_line(monkeypatch, tmp_path, pr_repo):
    with FakeGitHub(user_forbidden=True) as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        result = run_impact(pr_repo, "comment")
    assert_one_line_error(result, "cannot tell which comment is its own")
    assert not server.requested("POST") and not server.requested("PATCH")


@pytest.mark.parametrize("drip", ["headers", "body"])
def test_a_server_that_drips_bytes_meets_the_deadline(monkeypatch, tmp_path, pr_repo, drip):
    """A socket timeout bounds each read; a server sending a byte at a time never lets one
    time out. The deadline bounds the whole request (the server here drips until it stops,
    so the outcome does not depend on the machine's speed)."""
    with FakeGitHub(drip=drip) as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        monkeypatch.setenv("IMPACT_GITHUB_TIMEOUT", "0.5")
        result = run_impact(pr_repo, "comment")
    assert_one_line_error(result, "did not answer GET /user within 0.5 s")
    assert "<!-- impact-report -->" in result.stdout


@pytest.mark.parametrize("method, path, answer, expected", [
    ("GET", "/user", (200, "<html>a proxy's login page</html>"), "GET /user with something that is not JSON"),
    ("GET", "/user", (200, b"\xff\xfe{"), "GET /user with something that is not JSON"),
    ("GET", "/user", (200, []), "GET /user: expected an object with a `login`"),
    ("GET", "/user", (200, {"login": 7}), "GET /user: expected an object with a `login`"),
    ("GET", "/repos/acme/shop/issues/7/comments", (200, {"message": "hi"}),
     "expected a list of comments"),
    ("GET", "/repos/acme/shop/issues/7/comments", (200, [{"id": "1", "body": "x", "user": None}]),
     "expected comments with an `id`, a `body` and a `user`"),
    ("GET", "/repos/acme/shop/issues/7/comments", (200, [{"id": 1, "body": MARKER, "user": "me"}]),
     "expected comments with an `id`, a `body` and a `user`"),
    ("GET", "/repos/acme/shop/issues/7/comments", (200, ["a comment"]),
     "expected comments with an `id`, a `body` and a `user`"),
    ("POST", "/repos/acme/shop/issues/7/comments", (201, "created!"), "something that is not JSON"),
    ("POST", "/repos/acme/shop/issues/7/comments", (201, 42), "expected a JSON object or list"),
    ("GET", "/user", (502, "<html>Bad gateway</html>"), "GitHub API error 502 on GET /user: no message"),
    ("GET", "/user", (500, {"message": "line one\n::error::forged\u001b[2J" + "x" * 500}),
     "GitHub API error 500 on GET /user: line one\\n::error::forged\\x1b[2Jxxx"),
])
def test_answers_that_are_not_json_or_not_the_expected_shape(monkeypatch, tmp_path, pr_repo, method,
                                                             path, answer, expected):
    with FakeGitHub(answers={(method, path): answer}) as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        result = run_impact(pr_repo, "comment")
    assert_one_line_error(result, expected)
    assert len(result.stderr) < 500  # a long message from the server is cut


def test_pages_of_comments_are_bounded(monkeypatch, tmp_path, pr_repo):
    with FakeGitHub(endless=True) as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        result = run_impact(pr_repo, "comment")
    assert_one_line_error(result, "more than 100 pages of comments")
    assert len(server.requested("GET", "/comments")) == 100
    assert not server.requested("POST") and not server.requested("PATCH")


def test_redirects_are_not_followed(monkeypatch, tmp_path, pr_repo):
    """A redirect would carry the token to wherever it points."""
    with FakeGitHub() as elsewhere, FakeGitHub(answers={
            ("GET", "/user"): (301, b"", {"Location": f"{elsewhere.url}/user"})}) as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        result = run_impact(pr_repo, "comment")
    assert_one_line_error(result, "GitHub API error 301 on GET /user")
    assert not elsewhere.requests


BASE_SHA = "0123456789abcdef0123456789abcdef01234567"


@pytest.mark.parametrize("event, expected", [
    ({"pull_request": {"number": "7", "base": {"sha": BASE_SHA}}}, "`number` is not an integer"),
    ({"pull_request": {"number": True, "base": {"sha": BASE_SHA}}}, "`number` is not an integer"),
    ({"pull_request": {"number": 7.5, "base": {"sha": BASE_SHA}}}, "`number` is not an integer"),
    ({"pull_request": [7], "number": 7}, "`pull_request` is not an object"),
    ({"pull_request": "7"}, "`pull_request` is not an object"),
    ({"pull_request": {"number": 7, "base": "main"}}, "has no base commit sha"),
    ({"pull_request": {"number": 7, "base": {"sha": "--output=x"}}}, "has no base commit sha"),
    ({"pull_request": {"number": -7, "base": {"sha": BASE_SHA}}}, "number must be positive"),
    ({"ref": "refs/heads/main", "before": BASE_SHA, "after": BASE_SHA}, "not a pull request event"),
    ([{"pull_request": {}}], "not a pull request event"),
    ("{not json", "cannot read GITHUB_EVENT_PATH"),
    (b"\xff\xfe\x00", "cannot read GITHUB_EVENT_PATH"),
    (None, "cannot read GITHUB_EVENT_PATH"),  # the file does not exist
])
def test_malformed_event_files_are_one_line(monkeypatch, tmp_path, pr_repo, event, expected):
    with FakeGitHub() as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        path = tmp_path / "event.json"
        if event is None:
            path.unlink()
        elif isinstance(event, bytes):
            path.write_bytes(event)
        else:
            path.write_text(event if isinstance(event, str) else json.dumps(event))
        result = run_impact(pr_repo, "comment")
    assert_one_line_error(result, expected)
    assert not server.requests  # nothing is asked of the API with a broken event


def test_flags_make_the_event_file_unneeded(monkeypatch, tmp_path, pr_repo):
    """On a push event (no pull request in it), --pr and --base say what to comment on."""
    with FakeGitHub() as server:
        actions_env(monkeypatch, tmp_path, server, pr_repo)
        (tmp_path / "event.json").write_text(json.dumps({"ref": "refs/heads/main"}))
        result = run_impact(pr_repo, "comment", "--pr", "7", "--base", "HEAD~1")
    assert result.exit_code == 1 and "created the comment" in result.stderr


def test_works_without_any_third_party_http_library(tmp_path, pr_repo):
    """The base install is lean: `impact comment` needs neither PyGithub nor requests."""
    blocked = ("github", "requests", "urllib3", "jwt", "cryptography")
    script = (f"import sys\nfor name in {blocked!r}:\n    sys.modules[name] = None  # import fails\n"
              "from impact.cli import main\nmain()\n")
    with FakeGitHub() as server:
        result = subprocess.run(
            [sys.executable, "-c", script, "-C", str(pr_repo), "--no-cache", "comment", "--api-url",
             server.url, "--repository", server.repository, "--pr", "7", "--base", "HEAD~1"],
            capture_output=True, text=True, env={**os.environ, "GITHUB_TOKEN": TOKEN}, check=False)
        assert result.returncode == 1, result.stderr
        assert "created the comment" in result.stderr and len(server.comments) == 1
