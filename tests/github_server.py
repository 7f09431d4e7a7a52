"""A tiny GitHub REST API on 127.0.0.1: the endpoints `impact comment` uses, with `Link`
header pagination, so the real client (PyGithub) can be tested end to end."""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


class FakeGitHub:
    def __init__(self, repository: str = "acme/shop", number: int = 7, filler: int = 0,
                 fail_with: int | None = None, fail_message: str = "Server Error"):
        self.repository = repository
        self.number = number
        self.comments: list[dict] = [
            {"id": i + 1, "body": f"an unrelated comment {i}", "user": {"login": "someone"}}
            for i in range(filler)]
        self.requests: list[tuple[str, str, dict]] = []
        self.fail_with = fail_with
        self.fail_message = fail_message
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeGitHub:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

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
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> dict:
                length = int(self.headers.get("Content-Length") or 0)
                return json.loads(self.rfile.read(length) or b"{}")

            def _route(self, method: str) -> None:
                url = urlparse(self.path)
                body = self._body() if method in ("POST", "PATCH") else {}
                fake.requests.append((method, url.path, dict(self.headers)))
                if fake.fail_with:
                    return self._send(fake.fail_with, {"message": fake.fail_message})
                base = f"/repos/{fake.repository}"
                if method == "GET" and url.path == base:
                    return self._send(200, {"full_name": fake.repository, "url": fake.url + base})
                issue = f"{fake.url}{base}/issues/{fake.number}"
                if method == "GET" and url.path == f"{base}/issues/{fake.number}":
                    return self._send(200, {"number": fake.number, "url": issue,
                                            "comments_url": f"{issue}/comments"})
                if url.path == f"{base}/issues/{fake.number}/comments":
                    if method == "GET":
                        return self._list(url)
                    comment = {"id": 1000 + len(fake.comments), "body": body["body"],
                               "user": {"login": "impact-bot"}}
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
                pages = max(1, -(-len(fake.comments) // per_page))
                chunk = fake.comments[(page - 1) * per_page: page * per_page]
                link = f"{fake.url}{url.path}?per_page={per_page}&page="
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
