"""The pull-request comment bot: one sticky comment per pull request, through the GitHub REST
API with the standard library.

The comment is found again by its hidden marker *and* its author: the token's user (`GET
/user`), or `github-actions[bot]` inside GitHub Actions, whose token may not read `/user`.
A comment someone else wrote is never edited, marker or not. Inside GitHub Actions
everything comes from the standard environment (`GITHUB_API_URL` — which also makes GitHub
Enterprise work —, `GITHUB_REPOSITORY`, `GITHUB_EVENT_PATH` with the pull request's number
and base sha, `GITHUB_TOKEN`); flags override each.

Every failure is one `ImpactError` line: each request has a total deadline (a socket timeout
bounds each read, not a server that sends a byte at a time), the comment pages walked are
bounded, answers are checked for their shape, redirects are not followed (they would carry
the token elsewhere), and the token never appears in output, errors or logs.
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import re
import socket
import threading
import urllib.error
import urllib.request
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

from impact import __version__
from impact.report.markdown_report import MARKER
from impact.report.printable import one_line
from impact.snapshot import ImpactError

DEFAULT_API_URL = "https://api.github.com"
DEFAULT_TIMEOUT = 30.0  # seconds for one request, from connecting to the last byte
TIMEOUT_VARIABLE = "IMPACT_GITHUB_TIMEOUT"
PER_PAGE = 100  # the most GitHub gives
MAX_PAGES = 100  # 10,000 comments: a pull request with more is refused, not walked for ever
MAX_ANSWER_BYTES = 64 << 20
ACTIONS_BOT = "github-actions[bot]"  # who the GITHUB_TOKEN of GitHub Actions comments as
REPOSITORY = re.compile(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")
COMMIT = re.compile(r"[0-9a-fA-F]{7,64}")
TOKEN = re.compile(r"[\x21-\x7e]+")  # printable ASCII: it goes into a header
NEXT_PAGE = re.compile(r'rel="?next"?')

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PullRequest:
    api_url: str
    repository: str  # owner/name
    number: int
    base_sha: str
    token: str = field(repr=False)


def pull_request(api_url: str | None = None, repository: str | None = None,
                 number: int | None = None, base_sha: str | None = None,
                 token: str | None = None) -> PullRequest:
    """The pull request to comment on: flags first, then the GitHub Actions environment (the
    event file is read only for what the flags leave out)."""
    if number is None or base_sha is None:
        event_number, event_base = _event_pull_request(os.environ.get("GITHUB_EVENT_PATH"))
        number = event_number if number is None else number
        base_sha = base_sha or event_base
    repository = repository or os.environ.get("GITHUB_REPOSITORY")
    token = token or os.environ.get("GITHUB_TOKEN")
    api_url = api_url or os.environ.get("GITHUB_API_URL") or DEFAULT_API_URL
    missing = [name for name, value in (("--repository or GITHUB_REPOSITORY", repository),
                                        ("--pr or GITHUB_EVENT_PATH", number),
                                        ("--base or GITHUB_EVENT_PATH", base_sha),
                                        ("GITHUB_TOKEN", token)) if not value]
    if missing:
        raise ImpactError(f"impact comment needs {', '.join(missing)}")
    if not TOKEN.fullmatch(token):
        raise ImpactError("the token holds spaces or characters no token has")
    if not REPOSITORY.fullmatch(repository):
        raise ImpactError(f"the repository must be owner/name, not '{repository}'")
    if number <= 0:
        raise ImpactError(f"the pull request number must be positive, not {number}")
    if urlsplit(api_url).scheme not in ("http", "https") or not urlsplit(api_url).netloc:
        raise ImpactError(f"the GitHub API URL must be an http(s) URL, not '{api_url}'")
    return PullRequest(api_url.rstrip("/"), repository, number, base_sha, token)


def _event_pull_request(path: str | None) -> tuple[int | None, str | None]:
    """The number and base sha of the pull request in a GitHub Actions event file."""
    if not path:
        return None, None
    try:
        event = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ImpactError(f"cannot read GITHUB_EVENT_PATH ({path}): {error}") from None
    pr = event.get("pull_request") if isinstance(event, dict) else None
    if pr is None:
        raise ImpactError(f"GITHUB_EVENT_PATH ({path}) is not a pull request event (a push?): "
                          f"impact comment comments on pull requests; pass --pr and --base")
    if not isinstance(pr, dict):
        raise ImpactError(f"GITHUB_EVENT_PATH ({path}): `pull_request` is not an object")
    number, base = pr.get("number"), pr.get("base")
    if not isinstance(number, int) or isinstance(number, bool):
        raise ImpactError(f"GITHUB_EVENT_PATH ({path}): the pull request's `number` is not an integer")
    sha = base.get("sha") if isinstance(base, dict) else None
    if not isinstance(sha, str) or not COMMIT.fullmatch(sha):
        raise ImpactError(f"GITHUB_EVENT_PATH ({path}): the pull request has no base commit sha")
    return number, sha


def upsert_comment(pr: PullRequest, body: str, timeout: float = DEFAULT_TIMEOUT,
                   clean: bool = False) -> str:
    """Create the impact comment, or update the one a previous run left: 'created'/'updated'.
    A `clean` report (nothing found) only updates a comment already there, so that it says
    so; a pull request that never had one gets none: 'skipped'."""
    api = Api(pr.api_url, pr.token, timeout)
    try:
        comments = f"/repos/{pr.repository}/issues/{pr.number}/comments"
        comment_id = _own_comment(api, comments, _author(api))
        if comment_id is not None:
            api.call("PATCH", f"/repos/{pr.repository}/issues/comments/{comment_id}", {"body": body})
            return "updated"
        if clean:
            return "skipped"
        api.call("POST", comments, {"body": body})
        return "created"
    except ImpactError as error:
        raise ImpactError(scrub(str(error), pr.token)) from None


def _author(api: Api) -> str:
    """Who the token comments as."""
    answer = api.call("GET", "/user", allow=(403,))
    if answer.status == 403:
        if os.environ.get("GITHUB_ACTIONS") == "true":
            return ACTIONS_BOT
        raise ImpactError("the token may not read GET /user, so impact cannot tell which comment "
                          "is its own (outside GitHub Actions, use a token of the commenting user)")
    login = answer.data.get("login") if isinstance(answer.data, dict) else None
    if not isinstance(login, str) or not login:
        raise api.shape_error("GET", "/user", "an object with a `login`")
    return login


def _own_comment(api: Api, path: str, author: str) -> int | None:
    """The id of the first comment with the marker that `author` wrote, walking at most
    MAX_PAGES pages."""
    for page in range(1, MAX_PAGES + 1):
        answer = api.call("GET", f"{path}?per_page={PER_PAGE}&page={page}")
        if not isinstance(answer.data, list):
            raise api.shape_error("GET", path, "a list of comments")
        for comment in answer.data:
            if not _is_comment(comment):
                raise api.shape_error("GET", path, "comments with an `id`, a `body` and a `user`")
            user = comment["user"] or {}
            if MARKER in (comment["body"] or "") and user.get("login", "").lower() == author.lower():
                return comment["id"]
        if not answer.data or not NEXT_PAGE.search(answer.link):
            return None
    raise ImpactError(f"more than {MAX_PAGES} pages of comments at {path}: impact stopped "
                      f"looking for its own comment and posted nothing")


def _is_comment(comment: object) -> bool:
    if not isinstance(comment, dict):
        return False
    comment_id, body, user = comment.get("id"), comment.get("body"), comment.get("user")
    return (isinstance(comment_id, int) and not isinstance(comment_id, bool)
            and isinstance(body, (str, type(None)))
            and (user is None or isinstance(user, dict) and isinstance(user.get("login"), str)))


@dataclass(frozen=True)
class Answer:
    status: int
    link: str  # the `Link` header: is there a next page
    data: object  # the JSON answer


@dataclass(frozen=True)
class Api:
    """The GitHub REST API: JSON in and out, one line for every failure."""

    url: str
    token: str = field(repr=False)
    timeout: float = DEFAULT_TIMEOUT  # seconds for each request, all of it

    def call(self, method: str, path: str, payload: dict | None = None,
             allow: tuple[int, ...] = ()) -> Answer:
        """The answer to one request. A status outside 2xx and `allow` is an error."""
        log.debug("%s %s", method, path)
        request = urllib.request.Request(
            self.url + quote(path, safe="/?&="), method=method,
            data=None if payload is None else json.dumps(payload).encode(),
            headers={"Authorization": f"token {self.token}", "Accept": "application/vnd.github+json",
                     "X-GitHub-Api-Version": "2022-11-28", "User-Agent": f"impact/{__version__}",
                     "Content-Type": "application/json"})
        status, link, raw = self._exchange(request, f"{method} {path}")
        log.debug("%s %s: %d", method, path, status)
        try:
            data = json.loads(raw) if raw.strip() else None
        except ValueError:
            if 200 <= status < 300:
                raise ImpactError(f"the GitHub API answered {method} {path} with something that "
                                  f"is not JSON") from None
            data = None
        if not 200 <= status < 300:
            message = self._message(data)
            if status in (403, 429) and "rate limit" in message.lower():
                raise ImpactError(f"GitHub API rate limit exceeded ({status}): try again later")
            if status not in allow:
                raise ImpactError(f"GitHub API error {status} on {method} {path}: {message}")
        elif not isinstance(data, (dict, list)):
            raise self.shape_error(method, path, "a JSON object or list")
        return Answer(status, link, data)

    def _message(self, data: object) -> str:
        """The `message` of an error answer as one line: the server's words, so without the
        token (scrubbed before the line is cut, or a cut could leave part of it)."""
        message = data.get("message") if isinstance(data, dict) else None
        if not isinstance(message, str) or not message.strip():
            return "no message"
        return one_line(scrub(message, self.token), 200)

    def shape_error(self, method: str, path: str, expected: str) -> ImpactError:
        return ImpactError(f"unexpected answer from the GitHub API to {method} {path}: "
                           f"expected {expected}")

    def _exchange(self, request: urllib.request.Request, what: str) -> tuple[int, str, bytes]:
        """(status, Link header, body) within the deadline. The request runs in a thread that
        is given up at the deadline, and its connection cut, however slowly the server
        answers (or resolves, or shakes hands)."""
        connections = Connections()
        outcome: dict = {}

        def run() -> None:
            try:
                outcome["answer"] = _send(connections.opener(), request, self.timeout)
            except Exception as error:  # noqa: BLE001 (handed to the waiting thread)
                outcome["error"] = error

        worker = threading.Thread(target=run, name="impact-github-request", daemon=True)
        worker.start()
        worker.join(self.timeout)
        error = outcome.get("error")
        reason = getattr(error, "reason", None) or error  # urllib wraps socket errors
        if worker.is_alive() or isinstance(reason, TimeoutError):  # a socket's own timeout too
            connections.cut()
            raise ImpactError(f"the GitHub API at {self.url} did not answer {what} within "
                              f"{self.timeout:g} s (set {TIMEOUT_VARIABLE} or --timeout to wait longer)")
        if isinstance(error, (OSError, http.client.HTTPException, ValueError)):
            raise ImpactError(f"cannot reach the GitHub API at {self.url}: {type(reason).__name__}"
                              f": {one_line(scrub(str(reason), self.token), 120)}")
        if error is not None:
            raise error
        return outcome["answer"]


def _send(opener: urllib.request.OpenerDirector, request: urllib.request.Request,
          timeout: float) -> tuple[int, str, bytes]:
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers.get("Link", ""), _read(response)
    except urllib.error.HTTPError as error:  # a status outside 2xx: its body says why
        with error:
            return error.code, error.headers.get("Link", ""), _read(error)


def _read(response) -> bytes:
    chunks, size = [], 0
    while chunk := response.read(1 << 20):
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise ImpactError(f"the GitHub API sent an answer over {MAX_ANSWER_BYTES >> 20} MiB")
        chunks.append(chunk)
    return b"".join(chunks)


class Connections:
    """The connections of one request, so that a request past its deadline can be cut off:
    shutting a socket down ends the read that another thread is blocked in."""

    def __init__(self) -> None:
        self.made: list[http.client.HTTPConnection] = []

    def opener(self) -> urllib.request.OpenerDirector:
        """HTTP(S) through the environment's proxies; no redirects followed, no other scheme."""
        connections = self

        class HTTP(urllib.request.HTTPHandler):
            def http_open(self, request):
                return self.do_open(connections.watched(http.client.HTTPConnection), request)

        class HTTPS(urllib.request.HTTPSHandler):
            def https_open(self, request):
                return self.do_open(connections.watched(http.client.HTTPSConnection), request,
                                    context=self._context)

        opener = urllib.request.OpenerDirector()
        for handler in (urllib.request.ProxyHandler(), HTTP(), HTTPS(),
                        urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor()):
            opener.add_handler(handler)
        return opener

    def watched(self, base: type) -> type:
        connections = self

        class Watched(base):
            def connect(self) -> None:
                connections.made.append(self)
                super().connect()

        return Watched

    def cut(self) -> None:
        for connection in self.made:
            if connection.sock is not None:
                with suppress(OSError):
                    socket.socket.shutdown(connection.sock, socket.SHUT_RDWR)


def scrub(text: str, token: str) -> str:
    return text.replace(token, "***") if token else text
