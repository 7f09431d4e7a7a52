"""Normalised paths and how a request path matches a served one.

A path is a tuple of segments: a literal, PARAM (one segment of any value: `{id}`, `:id`,
`[id]`, a client's `${id}`), NUMBER (one segment of digits: Flask's `<int:id>`, Starlette's
`{id:int}`, FastAPI's `{id}` of a parameter annotated `int`, Express's `:id(\\d+)`) or REST
(one or more segments: `<path:p>`, `{p:path}`, `*`, `[...slug]`; `[[...slug]]` is
OPTIONAL_REST, zero or more). A path that cannot be normalised (a regular expression, a
dynamic piece) is None: never judged.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

PARAM = "{}"
NUMBER = "{#}"
REST = "{*}"
OPTIONAL_REST = "{**}"
Path = tuple[str, ...]

_FLASK_PARAM = re.compile(r"^<(?:(\w+)(?:\([^)]*\))?:)?\w+>$")
_BRACE_PARAM = re.compile(r"^\{\w+(?::(\w+))?\}$")
_NAMED_BRACE = re.compile(r"\{(\w+)\}")
_EXPRESS_PARAM = re.compile(r"^:\w+(\([^)]*\))?([?*+]?)$")
_DIGITS = ("(\\d+)", "([0-9]+)")  # an Express parameter's pattern that takes digits only
_NEXT_PARAM = re.compile(r"^\[(\[)?(\.\.\.)?\w+(?:=\w+)?\]?\]$")  # SvelteKit: `[id=integer]`
_LITERAL = re.compile(r"^[\w.~\-@!$&'()+,;=%]*$")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "0.0.0.0", "[::1]")
INSTALLED_PACKAGE_DIRS = frozenset({"site-packages", "dist-packages"})


def join(*pieces: str) -> str:
    return "/".join(p.strip("/") for p in pieces if p.strip("/"))


def route_paths(path: str) -> list[Path] | None:
    """The normalised forms of a server path (an optional Express parameter `:id?` gives two),
    or None when it cannot be read (a regular expression, an unknown converter)."""
    variants: list[Path] = [()]
    for segment in path.split("/"):
        if not segment:
            continue
        optional = segment.startswith(":") and segment.endswith("?")
        normal = _route_segment(segment[:-1] if optional else segment)
        if normal is None:
            return None
        if optional:
            variants = [*variants, *(v + (normal,) for v in variants)]
        else:
            variants = [v + (normal,) for v in variants]
    return variants


def _route_segment(segment: str) -> str | None:
    if segment in ("*", "(.*)", "**"):
        return REST
    flask = _FLASK_PARAM.match(segment)
    if flask:
        return {"path": REST, "int": NUMBER}.get(flask.group(1), PARAM)
    brace = _BRACE_PARAM.match(segment)
    if brace:
        return {"path": REST, "int": NUMBER}.get(brace.group(1), PARAM)
    express = _EXPRESS_PARAM.match(segment)
    if express:
        if express.group(2) in ("*", "+"):
            return REST
        return NUMBER if express.group(1) in _DIGITS else PARAM
    nextjs = _NEXT_PARAM.match(segment)
    if nextjs:
        if nextjs.group(2):
            return OPTIONAL_REST if nextjs.group(1) else REST
        return PARAM
    return segment if _LITERAL.match(segment) else None


def with_integers(path: str, integers: tuple[str, ...]) -> str:
    """`/users/{user_id}` as `/users/{user_id:int}` when `user_id` is one of `integers` (the
    parameters a FastAPI view annotates `int`); a Flask `<id>` stays a string whatever the
    annotation says."""
    if not integers:
        return path
    return _NAMED_BRACE.sub(lambda m: f"{{{m[1]}:int}}" if m[1] in integers else m[0], path)


def client_path(text: str) -> Path | None:
    """The normalised path a client URL asks for. `text` marks each hole that fills a whole
    segment with NUL (it becomes PARAM) and any other hole with \\x01. None when the URL is
    not this application's (another host) or cannot be told (a hole inside a segment or
    spanning several, a relative path)."""
    text = re.split(r"[?#]", text, maxsplit=1)[0]
    if "://" in text or text.startswith("//"):
        parts = urlsplit(text if "://" in text else "http:" + text)
        if (parts.hostname or "") not in LOCAL_HOSTS and f"[{parts.hostname}]" not in LOCAL_HOSTS:
            return None
        text = parts.path or "/"
    if not text.startswith("/"):
        return None
    segments = []
    for segment in text.split("/"):
        if not segment:
            continue
        if segment == "\0":
            segments.append(PARAM)
        elif "\0" in segment or "\1" in segment or not _LITERAL.match(segment):
            return None
        else:
            segments.append(segment)
    return tuple(segments)


def is_parameter(segment: str) -> bool:
    """A segment that stands for one segment of some value (PARAM or NUMBER)."""
    return segment in (PARAM, NUMBER)


def matches(request: Path, served: Path) -> bool:
    """Whether a request path reaches a served path: literals equal, PARAM on either side
    matches any one segment, NUMBER a parameter or digits, REST at the end of the served path
    any one or more."""
    for index, segment in enumerate(served):
        if segment in (REST, OPTIONAL_REST):
            return len(request) - index >= (1 if segment == REST else 0)
        if index >= len(request):
            return False
        if not _segment_matches(request[index], segment):
            return False
    return len(request) == len(served)


def _segment_matches(asked: str, served: str) -> bool:
    if asked == served or PARAM in (asked, served):
        return True
    if NUMBER in (asked, served):  # the other is a literal: digits only
        return (served if asked == NUMBER else asked).isdigit()
    return False


def ends_with(request: Path, served: Path) -> bool:
    """Whether some ending of a request path matches a served path whose prefix is unknown."""
    return any(matches(request[start:], served) for start in range(len(request) + 1))


def is_catch_all(path: Path) -> bool:
    return bool(path) and path[-1] in (REST, OPTIONAL_REST)


def show(path: Path) -> str:
    names = {PARAM: "{param}", NUMBER: "{param}", REST: "{path...}", OPTIONAL_REST: "{path...}"}
    return "/" + "/".join(names.get(s, s) for s in path)


def installed_package(module: str) -> bool:
    """A file of an installed package committed with the app (`venv/Lib/site-packages/flask/`):
    a library's code, never the app's routes (Flask's own
    `add_url_rule(f"{static_url_path}/<path:filename>")` would otherwise serve any path)."""
    return any(part in INSTALLED_PACKAGE_DIRS for part in module.split("/")[:-1])
