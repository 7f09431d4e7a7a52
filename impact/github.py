"""The pull-request comment bot: one sticky comment per pull request, through the GitHub REST
API with PyGithub.

The comment is found again by a hidden marker, so a re-run edits it instead of adding a
second one. Inside GitHub Actions everything comes from the standard environment
(`GITHUB_API_URL` — which also makes GitHub Enterprise work —, `GITHUB_REPOSITORY`,
`GITHUB_EVENT_PATH` with the pull request's number and base sha, `GITHUB_TOKEN`); flags
override each. The token never appears in output or errors.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from impact.report.markdown_report import MARKER
from impact.snapshot import ImpactError

DEFAULT_API_URL = "https://api.github.com"


@dataclass(frozen=True)
class PullRequest:
    api_url: str
    repository: str  # owner/name
    number: int
    base_sha: str | None
    token: str


def pull_request(api_url: str | None = None, repository: str | None = None,
                 number: int | None = None, base_sha: str | None = None,
                 token: str | None = None) -> PullRequest:
    """The pull request to comment on: flags first, then the GitHub Actions environment."""
    event = _event()
    pr = event.get("pull_request") or {}
    number = number or pr.get("number") or event.get("number")
    base_sha = base_sha or (pr.get("base") or {}).get("sha")
    repository = repository or os.environ.get("GITHUB_REPOSITORY")
    token = token or os.environ.get("GITHUB_TOKEN")
    missing = [name for name, value in (("--repository or GITHUB_REPOSITORY", repository),
                                        ("--pr or GITHUB_EVENT_PATH", number),
                                        ("--token or GITHUB_TOKEN", token)) if not value]
    if missing:
        raise ImpactError(f"impact comment needs {', '.join(missing)}")
    return PullRequest(api_url or os.environ.get("GITHUB_API_URL") or DEFAULT_API_URL,
                       repository, int(number), base_sha, token)


def _event() -> dict:
    path = os.environ.get("GITHUB_EVENT_PATH")
    if not path:
        return {}
    try:
        event = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ImpactError(f"cannot read GITHUB_EVENT_PATH ({path}): {error}") from None
    return event if isinstance(event, dict) else {}


def upsert_comment(pr: PullRequest, body: str) -> str:
    """Create the impact comment, or update the one a previous run left: 'created'/'updated'."""
    # imported here: only this command needs them, and `impact diff` should start fast
    import requests
    from github import Auth, Github, GithubException

    client = Github(auth=Auth.Token(pr.token), base_url=pr.api_url.rstrip("/"), retry=None,
                    per_page=100, seconds_between_requests=0, seconds_between_writes=0,
                    timeout=30, lazy=True)
    try:
        issue = client.get_repo(pr.repository).get_issue(pr.number)
        for comment in issue.get_comments():
            if MARKER in (comment.body or ""):
                comment.edit(body)
                return "updated"
        issue.create_comment(body)
        return "created"
    except GithubException as error:
        raise ImpactError(_scrub(_api_error(error), pr.token)) from None
    except requests.RequestException as error:
        raise ImpactError(_scrub(f"cannot reach the GitHub API at {pr.api_url}: "
                                 f"{type(error).__name__}", pr.token)) from None
    finally:
        client.close()


def _api_error(error) -> str:
    message = error.data.get("message") if isinstance(error.data, dict) else None
    if error.status in (403, 429) and "rate limit" in (message or "").lower():
        return f"GitHub API rate limit exceeded ({error.status}): try again later"
    return f"GitHub API error {error.status}: {message or 'no message'}"


def _scrub(text: str, token: str) -> str:
    return text.replace(token, "***") if token else text
