"""Requests a Python module sends through a test client of the app: `client.get("/api/x")`,
`self.client.post(f"/api/threads/{thread.id}/close")`, `TestClient(app).get(...)`,
`app.test_client().delete(...)`, and a name bound to one (`c = TestClient(app)`, `with
app.test_client() as c:`). The receiver is a test client when it is made by a known
constructor here or its name says so (`client`, `api_client`, `self.client`); the URL when it
is a literal string or an f-string. Which modules count (test files) is decided with the
revision in view (impact.http.clients).
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http.py_syntax import call_arguments
from impact.lang.treesitter import site, text
from impact.model import RequestDecl, Url

METHODS = ("get", "post", "put", "patch", "delete", "head", "options")
CONSTRUCTORS = ("TestClient", "APIClient", "Client", "AsyncClient", "test_client")
REMOTE_CLIENTS = ("Session", "ClientSession", "PoolManager")  # requests, aiohttp, urllib3


def requests(calls: list[Node], assignments: list[Node], withs: list[Node]) -> list[RequestDecl]:
    names: tuple[set[str], set[str]] | None = None  # the client names, once a call may need them
    found = []
    for call in calls:
        function = call.child_by_field_name("function")
        if function.type != "attribute":
            continue
        verb = text(function.child_by_field_name("attribute"))
        if verb not in METHODS:
            continue
        if names is None:
            names = _client_names(assignments, withs)
        bound, elsewhere = names
        receiver = function.child_by_field_name("object")
        if not _is_client(receiver, bound) or text(receiver) in elsewhere:
            continue
        positional, keywords = call_arguments(call)
        url = _url(positional[0] if positional else keywords.get("path") or keywords.get("url"))
        if url is not None and url.parts[0].startswith("/"):
            found.append(RequestDecl(text(function), url, verb.upper(), site(call)))
    return found


def _client_names(assignments: list[Node], withs: list[Node]) -> tuple[set[str], set[str]]:
    """(names bound to a test client of the app, names bound to a client of another server)."""
    names, elsewhere = set(), set()
    for assignment in assignments:
        left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
        if left is None or left.type not in ("identifier", "attribute"):
            continue
        if _constructed(right):
            names.add(text(left))
        elif _callee_name(right) in REMOTE_CLIENTS or _remote(right):
            elsewhere.add(text(left))
    for item in withs:
        value = item.child_by_field_name("value")
        if value is not None and value.type == "as_pattern" and value.named_children and \
                _constructed(value.named_children[0]):
            alias = value.child_by_field_name("alias")
            target = alias.named_children[0] if alias is not None and alias.named_children else alias
            if target is not None and target.type == "identifier":
                names.add(text(target))
    return names, elsewhere


def _callee_name(node: Node | None) -> str:
    if node is None or node.type != "call":
        return ""
    return text(node.child_by_field_name("function")).rsplit(".", 1)[-1]


def _constructed(node: Node | None) -> bool:
    """A test client of the app: `TestClient(app)`, `app.test_client()`, Django's `Client()`,
    httpx's `AsyncClient(app=app)` or `(transport=ASGITransport(app))` — not an httpx client of
    another server (`Client(base_url="https://api.github.com")`)."""
    return _callee_name(node) in CONSTRUCTORS and not _remote(node)


def _remote(call: Node | None) -> bool:
    if _callee_name(call) not in ("Client", "AsyncClient"):
        return False
    _positional, keywords = call_arguments(call)
    return "base_url" in keywords and "app" not in keywords and "transport" not in keywords


def _is_client(receiver: Node, bound: set[str]) -> bool:
    if _constructed(receiver):
        return True
    if receiver.type not in ("identifier", "attribute"):
        return False
    written = text(receiver)
    last = written.rsplit(".", 1)[-1].lower()
    return written in bound or last == "client" or last.endswith("_client")


def _url(node: Node | None) -> Url | None:
    """A string literal or f-string as a URL: its literal pieces around `{...}` holes."""
    if node is None or node.type != "string":
        return None
    parts, holes, current = [], [], ""
    for child in node.named_children:
        if child.type == "string_start":
            if any(c in text(child).lower() for c in "br"):
                return None
        elif child.type == "string_content":
            current += text(child)
        elif child.type == "interpolation":
            expression = child.child_by_field_name("expression")
            parts.append(current)
            holes.append(text(expression) if expression is not None else "")
            current = ""
        elif child.type != "string_end":
            return None  # an escape sequence: not read
    return Url((*parts, current), tuple(holes))
