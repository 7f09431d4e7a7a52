"""HTTP across the seam, found by comparing base with head: IMP401 and IMP403.

A request the frontend sends is matched against the operations the backend serves (method,
and path with parameter segments matching any segment). What the change leaves unmatched is
reported: at each request that found an operation in base and finds none in head (IMP401),
and once per removed operation at its base definition, with its callers (IMP403). impact
abstains wherever it cannot be sure: requests to other hosts, URLs built at run time, base
URLs it cannot read, and paths an unresolved router or a catch-all may still serve.
"""

from __future__ import annotations

from dataclasses import replace

from impact.checks.base import Rule
from impact.graph import SymbolGraph
from impact.http import paths
from impact.http.clients import ClientCall, client_calls
from impact.http.routes import Operation, served_operations
from impact.model import Finding, Location

UNSERVED_REQUEST = Rule(
    code="IMP401",
    name="unserved-request",
    severity="error",
    summary="a request (fetch, axios, an instance with a baseURL, a one-level wrapper such as "
            "`apiFetch('/x')`) matched an operation the backend served in base and matches none "
            "in head: the route was removed or renamed and this caller was left behind.",
    why="the call now gets a 404 or 405 at run time; no type checker sees it, because the "
        "route and the call live in different languages or modules joined only by a string.",
    example="# base: @bp.post('/chats/<int:id>/messages')   head: route removed\n"
            "# static/chat.js: fetch(`/api/chats/${id}/messages`, { method: 'POST' })\n"
            "# IMP401 at static/chat.js:12, origin: the route in base",
    short="a request the frontend sends matched a served route in base and matches none in head "
          "(at the call)",
    use_instead="call the route's new path or method, or keep serving the old one (an alias) "
                "until every client has moved.",
    references=("https://github.com/oasdiff/oasdiff/blob/main/docs/BREAKING-CHANGES.md",),
)
REMOVED_ENDPOINT = Rule(
    code="IMP403",
    name="removed-endpoint",
    severity="error",
    summary="a served operation (method and path) was removed; reported once, at the route in "
            "base, with the requests in head that still call it (each also gets IMP401).",
    why="callers in this repository break (an error), and so may clients deployed elsewhere: an "
        "older frontend, a mobile app, a webhook sender — a warning when no caller here is left "
        "and none was known in base. A route removed together with all its callers is silent.",
    example="# base: router.get('/group-chats', list)   head: removed\n"
            "# dashboard/src/api/groupChat.js:5 still calls it\n"
            "# IMP403 at worker/src/routes/api.js:27 (base), consumers: groupChat.js:5",
    short="a served operation was removed: once, at the route in base, with the requests still "
          "calling it; a warning when none is known",
    use_instead="remove or update the requests listed in the same change, or keep the route "
                "(deprecated) while deployed clients may still call it.",
    references=("https://github.com/oasdiff/oasdiff/blob/main/docs/BREAKING-CHANGES.md",),
)
RULES = (UNSERVED_REQUEST, REMOVED_ENDPOINT)


def check_change(base: SymbolGraph, head: SymbolGraph) -> list[Finding]:
    base_operations = served_operations(base)
    head_operations = served_operations(head)
    if not base_operations:
        return []
    base_calls, head_calls = client_calls(base), client_calls(head)
    unserved = _unserved_requests(head_calls, base_operations, head_operations)
    return unserved + _removed_endpoints(base_operations, head_operations, base_calls, head_calls)


def _unserved_requests(calls: list[ClientCall], base_operations: list[Operation],
                       head_operations: list[Operation]) -> list[Finding]:
    if not head_operations:
        return []  # nothing is served in head that impact can read: another framework?
    findings = []
    for call in calls:
        if call.path is None:
            continue
        before = next((o for o in base_operations if o.anchored and o.path is not None
                       and o.serves(call.method, call.path)), None)
        if before is None or any(o.serves(call.method, call.path) for o in head_operations):
            continue
        method = call.method or "any method"
        finding = UNSERVED_REQUEST.finding(
            call.file, call.site, f"{method} {paths.show(call.path)}",
            f"`{method} {call.written}` is no longer served: it matched `{_shown(before)}` "
            f"({before.file}:{before.site.line}) in base, and no route matches it in head")
        findings.append(_with_origin(finding, before))
    return findings


def _removed_endpoints(base_operations: list[Operation], head_operations: list[Operation],
                       base_calls: list[ClientCall], head_calls: list[ClientCall]) -> list[Finding]:
    findings = []
    seen: set[tuple[str, int, tuple[str, ...]]] = set()
    for operation in base_operations:
        if not operation.anchored or operation.path is None or paths.is_catch_all(operation.path):
            continue
        if _still_served(operation, head_operations):
            continue
        key = (operation.file, operation.site.line, operation.methods)
        if key in seen:
            continue
        seen.add(key)
        callers = [c for c in head_calls if c.path is not None and operation.serves(c.method, c.path)]
        possible = [c for c in head_calls if c.path is None and _calls(c, operation)]
        called_before = any(_calls(c, operation) for c in base_calls)
        if not callers and not possible and called_before:
            continue  # removed with every caller, or its callers moved on
        severity = "error" if callers else "warning"
        consumers = tuple(sorted({Location(c.file, c.site.line) for c in callers or possible},
                                 key=lambda c: (c.file, c.line)))
        if callers:
            who = f"; {len(consumers)} request(s) in head still call it"
        elif possible:
            who = (f"; {len(consumers)} request(s) in head whose URL is built at run time may "
                   f"still call it")
        else:
            who = "; no request in this repository calls it, but deployed clients may"
        findings.append(REMOVED_ENDPOINT.finding(
            operation.file, operation.site, _shown(operation),
            f"`{_shown(operation)}` was removed{who}", severity=severity, revision="base",
            consumers=consumers))
    return findings


def _still_served(operation: Operation, head_operations: list[Operation]) -> bool:
    return any(o.serves(method, operation.path) for o in head_operations
               for method in _methods_of(operation))


def _methods_of(operation: Operation) -> tuple[str | None, ...]:
    return (None,) if "*" in operation.methods else operation.methods


def _calls(call: ClientCall, operation: Operation) -> bool:
    if not operation.accepts(call.method):
        return False
    if call.path is not None:
        return operation.serves(call.method, call.path)
    return call.may_reach(operation.path)


def _shown(operation: Operation) -> str:
    methods = "ANY" if "*" in operation.methods else "|".join(operation.methods)
    return f"{methods} {operation.written}"


def _with_origin(finding: Finding, operation: Operation) -> Finding:
    return replace(finding, origin=Location(operation.file, operation.site.line))
