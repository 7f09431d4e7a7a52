"""A tiny GitHub REST API on 127.0.0.1: the endpoints `impact comment` uses, with `Link`
header pagination, so the real client can be tested end to end — and the ways a server can
misbehave: refusing `GET /user` as GitHub Actions' token does, answering a byte at a time,
answering what is not JSON or not the expected shape, offering pages without end."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlparse

if TYPE_CHECKING:
    from typing import Self

MARKER = "<!-- impact-report -->"
DRIP_LIMIT = 20  # seconds


class FakeGitHub:
    """`login`: who the token is (the author of the comments it posts); `user_forbidden`:
    `GET /user` answers 403 as it does for the token of GitHub Actions; `comments`: comments
    already there, before `filler` unrelated ones; `answers`: {(method, path): (status, body[,
    headers])} for a raw answer (bytes/str as they are, anything else as JSON); `drip`: "headers" or
    "body", sent one byte at a time until the server stops; `endless`: every page of comments
    says there is a next one."""

    def __init__(self, repository: str = "acme/shop", number: int = 7, filler: int = 0,
                 fail_with: int | None = None, fail_message: str = "Server Error",
                 login: str = "impact-bot", user_forbidden: bool = False,
                 comments: list[dict] = (), answers: dict | None = None,
                 drip: str | None = None, endless: bool = False):
        self.repository = repository
        self.number = number
        self.login = login
        self.user_forbidden = user_forbidden
        self.comments: list[dict] = [dict(c) for c in comments] + [
            {"id": i + 1, "body": f"an unrelated comment {i}", "user": {"login": "someone"}}
            for i in range(filler)]
        self.requests: list[tuple[str, str, dict]] = []
        self.fail_with = fail_with
        self.fail_message = fail_message
        self.answers = answers or {}
        self.drip = drip
        self.endless = endless
        self.stopped = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopped.set()
        self.server.shutdown()
        self.server.server_close()

    def requested(self, method: str, suffix: str = "") -> list[str]:
        return [path for m, path, _ in self.requests if m == method and path.endswith(suffix)]

    def _comment_json(self, comment: dict) -> dict:
        base = f"{self.url}/repos/{self.repository}"
        return {**comment, "url": f"{base}/issues/comments/{comment['id']}",
                "html_url": f"https://example.invalid/{comment['id']}",
                "issue_url": f"{base}/issues/{self.number}"}

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _send(self, status: int, payload, headers: dict | None = None) -> None:
                if isinstance(payload, str):
                    payload = payload.encode()
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                if fake.drip:
                    return self._drip(status, data)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            def _drip(self, status: int, data: bytes) -> None:
                """One byte at a time, until the server stops (or DRIP_LIMIT seconds, so that a
                client without a deadline fails its test instead of hanging it): of the status
                line and headers, or of a body that claims to be long."""
                head = f"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\n"
                if fake.drip == "body":
                    self.wfile.write(f"{head}Content-Length: {10**9}\r\n\r\n".encode())
                    data = b" " * 10**9
                else:
                    data = (head * 10**6).encode()
                end = time.monotonic() + DRIP_LIMIT
                for byte in data:
                    if fake.stopped.wait(0.05) or time.monotonic() > end:
                        return
                    try:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    except OSError:  # the client gave up: what it should do
                        return

            def _body(self) -> dict:
                length = int(self.headers.get("Content-Length") or 0)
                return json.loads(self.rfile.read(length) or b"{}")

            def _route(self, method: str) -> None:
                url = urlparse(self.path)
                body = self._body() if method in ("POST", "PATCH") else {}
                fake.requests.append((method, url.path, dict(self.headers)))
                if (method, url.path) in fake.answers:
                    return self._send(*fake.answers[method, url.path])
                if fake.fail_with:
                    return self._send(fake.fail_with, {"message": fake.fail_message})
                base = f"/repos/{fake.repository}"
                if method == "GET" and url.path == "/user":
                    if fake.user_forbidden:
                        return self._send(403, {"message": "Resource not accessible by integration"})
                    return self._send(200, {"login": fake.login, "id": 1})
                if url.path == f"{base}/issues/{fake.number}/comments":
                    if method == "GET":
                        return self._list(url)
                    comment = {"id": 1000 + len(fake.comments), "body": body["body"],
                               "user": {"login": fake.login}}
                    fake.comments.append(comment)
                    return self._send(201, fake._comment_json(comment))
                match = re.fullmatch(rf"{base}/issues/comments/(\d+)", url.path)
                if method == "PATCH" and match:
                    comment = next(c for c in fake.comments if c["id"] == int(match.group(1)))
                    comment["body"] = body["body"]
                    return self._send(200, fake._comment_json(comment))
                return self._send(404, {"message": "Not Found"})

            def _list(self, url) -> None:
                query = parse_qs(url.query)
                per_page = int(query.get("per_page", ["30"])[0])
                page = int(query.get("page", ["1"])[0])
                link = f"{fake.url}{url.path}?per_page={per_page}&page="
                if fake.endless:
                    chunk = [{"id": page * 1000 + i, "body": "more", "user": {"login": "someone"}}
                             for i in range(per_page)]
                    return self._send(200, chunk, {"Link": f'<{link}{page + 1}>; rel="next"'})
                pages = max(1, -(-len(fake.comments) // per_page))
                chunk = fake.comments[(page - 1) * per_page: page * per_page]
                links = []
                if page < pages:
                    links.append(f'<{link}{page + 1}>; rel="next"')
                    links.append(f'<{link}{pages}>; rel="last"')
                headers = {"Link": ", ".join(links)} if links else {}
                return self._send(200, [fake._comment_json(c) for c in chunk], headers)

            def do_GET(self) -> None:
                self._route("GET")

            def do_POST(self) -> None:
                self._route("POST")

            def do_PATCH(self) -> None:
                self._route("PATCH")

        return Handler
