"""Path normalisation and matching of the HTTP rules (impact.http.paths)."""

from __future__ import annotations

import pytest

from impact.http.paths import (
    NUMBER,
    OPTIONAL_REST,
    PARAM,
    REST,
    client_path,
    ends_with,
    matches,
    route_paths,
)


@pytest.mark.parametrize(("written", "expected"), [
    ("/users/<int:user_id>/posts", [("users", NUMBER, "posts")]),  # Flask converter: digits
    ("/files/<path:rest>", [("files", REST)]),
    ("/threads/{thread_id}", [("threads", PARAM)]),  # FastAPI
    ("/static/{p:path}", [("static", REST)]),
    ("/users/:id", [("users", PARAM)]),  # Express
    ("/users/:id?", [("users",), ("users", PARAM)]),  # optional: both
    ("/api/posts/[id]", [("api", "posts", PARAM)]),  # Next.js
    ("/docs/[...slug]", [("docs", REST)]),
    ("/docs/[[...slug]]", [("docs", OPTIONAL_REST)]),
    ("/items/", [("items",)]),  # trailing slash
    ("/a/(\\d+)", None),  # a regular expression: never guessed
])
def test_route_paths(written, expected):
    assert route_paths(written) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("/api/users/\0/posts?page=2", ("api", "users", PARAM, "posts")),
    ("http://localhost:8000/api/x", ("api", "x")),
    ("http://127.0.0.1:5000/", ()),
    ("https://api.github.com/gists", None),  # another host
    ("//cdn.example.com/x", None),
    ("/files/\1.json", None),  # a hole inside a segment
    ("/api\1", None),  # a hole that may span segments
    ("users", None),  # relative: unknown base
])
def test_client_path(text, expected):
    assert client_path(text) == expected


def test_matching():
    assert matches(("users", "42"), ("users", PARAM))
    assert matches(("users", PARAM), ("users", "me"))  # a client parameter may be any value
    assert not matches(("users", "42", "posts"), ("users", PARAM))
    assert matches(("docs", "a", "b"), ("docs", REST)) and not matches(("docs",), ("docs", REST))
    assert matches(("docs",), ("docs", OPTIONAL_REST))
    assert ends_with(("api", "v2", "users", "1"), ("users", PARAM))  # unknown prefix
    assert not ends_with(("api", "users", "1", "x"), ("users", PARAM))
