"""HTTP across the seam, found by comparing base with head: IMP401 to IMP404.

A request the frontend sends is matched against the operations the backend serves (method,
and path with parameter segments matching any segment). What the change leaves unmatched is
reported: at each request that found an operation in base and finds none in head (IMP401),
and once per removed operation at its base definition, with its callers (IMP403). Then the
response fields: at each read of a field the request's operation sent in base and no longer
sends (IMP402), and once per such field at its base definition, with its readers (IMP404).
impact abstains wherever it cannot be sure: requests to other hosts, URLs built at run time,
base URLs it cannot read, paths an unresolved router or a catch-all may still serve, several
routes that may serve one request, and response bodies whose fields are not all known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from impact.checks.base import Rule
from impact.checks.context import ChangeContext
from impact.graph import SymbolGraph
from impact.http import paths
from impact.http.clients import ClientCall, client_calls
from impact.http.reads import FieldRead, field_reads
from impact.http.responses import Origin, Produced, produced
from impact.http.routes import Operation, served_operations
from impact.model import Finding, Location
from impact.public_api import is_test_path

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
MISSING_RESPONSE_FIELD = Rule(
    code="IMP402",
    name="missing-response-field",
    severity="error",
    summary="a field read from a response (`data.x` after `await res.json()`, destructuring, "
            "axios `data`, `.map((m) => m.x)` over an array, a one-level wrapper's return "
            "value) was sent in base and its operation no longer sends it; reported at the read. "
            "Only judged when every body the operation may send is known in both revisions.",
    why="the read gives `undefined` at run time instead of failing loudly: an empty image, a "
        "`NaN`, a crash further on. The backend's response model and the frontend's own type "
        "for it are separate copies, so tsc and pyright both pass.",
    example="# base: jsonify({'id': m.id, 'mediaUrl': m.media_url})   head: 'mediaUrl' dropped\n"
            "# web/src/Chat.tsx:14: messages.map((m) => <img src={m.mediaUrl} />)\n"
            "# IMP402 at web/src/Chat.tsx:14, origin: the field in base",
    short="a field read from a response was sent in base and the operation no longer sends it "
          "(at the read)",
    use_instead="read the field the backend sends now, or keep sending the old one (both for a "
                "release) until every reader has moved.",
    references=("https://github.com/oasdiff/oasdiff/blob/main/docs/BREAKING-CHANGES.md",
                "https://docs.pact.io/getting_started/matching"),
)
REMOVED_RESPONSE_FIELD = Rule(
    code="IMP404",
    name="removed-response-field",
    severity="error",
    summary="a field an operation sent in base is no longer sent; reported once, at the field "
            "in base (a pydantic model field, a dict or object literal key), with the reads in "
            "head that still expect it (each also gets IMP402). A warning when no read is left "
            "in head but there was one in base: frontends already deployed read it. Silent when "
            "nothing in the repository ever read it.",
    why="readers in this repository break (an error), and so do frontends already deployed "
        "that read it — an open tab, a cached bundle, a mobile app — when the backend ships "
        "first: the `mediaUrl` incident, whose rollback plan existed because older frontends "
        "still read the removed field.",
    example="# base: class ThreadResponse(BaseModel): metadata: dict   head: field removed\n"
            "# frontend reads thread.metadata in base only\n"
            "# IMP404 (warning) at backend/app/schemas.py:12: read in base by ThreadList.tsx:9",
    short="a field an operation sent in base is no longer sent: once, at the field, with its "
          "readers; a warning when only base had readers",
    use_instead="keep sending the field (deprecated) for a release while deployed frontends "
                "still read it, then remove it; update the readers listed.",
    references=("https://github.com/oasdiff/oasdiff/blob/main/docs/BREAKING-CHANGES.md",
                "https://docs.pact.io/pact_broker/can_i_deploy"),
)
RULES = (UNSERVED_REQUEST, MISSING_RESPONSE_FIELD, REMOVED_ENDPOINT, REMOVED_RESPONSE_FIELD)


def check(context: ChangeContext) -> list[Finding]:
    """The IMP4xx rules, through the files with HTTP facts of each revision (none when the
    change touches nothing they read)."""
    if context.http_untouched:
        return []
    # when the revisions' reads are kept (a run with indexes), all of them
    every_read = context.base.index is not None
    return check_change(context.base.http_graph(), context.head.http_graph(), every_read)


def check_change(base: SymbolGraph, head: SymbolGraph, every_read: bool = False) -> list[Finding]:
    """The findings; `every_read`: also read, in each revision, whatever comparing it with
    itself reads, so that what the graphs' facts were read for is the same whatever the other
    revision is (affected.http_rules_affected relies on it)."""
    unsure = {path for path, facts in head.facts.items() if not facts.readable}
    # what a module that head cannot parse serves is unknown there (IMP301 says why)
    served = served_operations(base)
    base_operations = [o for o in served if o.file not in unsure]
    head_operations = served_operations(head)
    if not base_operations and not every_read:
        return []
    base_calls, head_calls = client_calls(base), client_calls(head)
    sides = _Side(base, base_operations, base_calls), _Side(head, head_operations, head_calls)
    if every_read:
        for side, operations in zip(sides, (served, head_operations)):
            for operation in operations:
                side.produced(operation)
    if not base_operations:
        return []
    unserved = _unserved_requests(head_calls, base_operations, head_operations)
    removed = _removed_endpoints(base_operations, head_operations, base_calls, head_calls)
    return unserved + removed + _response_fields(*sides)


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
            tests = sum(is_test_path(c.file) or c.file.endswith("tests.py") for c in consumers)
            who = f"; {len(consumers)} request(s) in head still call it" + \
                (f" ({tests} in tests)" if tests else "")
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


# -- response fields --------------------------------------------------------------------


class _Side:
    """One revision: its operations, the fields its requests read, and which operation
    serves each reading request (when exactly one surely does)."""

    def __init__(self, graph: SymbolGraph, operations: list[Operation], calls: list[ClientCall]):
        self.graph = graph
        self.operations = operations
        self.reads = field_reads(graph, calls)
        self.served_by = {call: serving(operations, call.method, call.path)
                          for call in self.reads if call.path is not None}
        self._produced: dict[Operation, Produced | None] = {}

    def produced(self, operation: Operation) -> Produced | None:
        if operation not in self._produced:
            self._produced[operation] = produced(self.graph, operation)
        return self._produced[operation]

    def readers(self, operation: Operation, field: str, item: bool) -> list[FieldRead]:
        return [read for call, reads in self.reads.items() if self.served_by.get(call) == operation
                for read in reads if read.field == field and read.item == item]


def serving(operations: list[Operation], method: str | None, path: paths.Path) -> Operation | None:
    """The one operation that serves a request, preferring literal segments to parameters
    as routers do; None when none does, when several equally specific handlers may, or
    when a route impact cannot place may."""
    candidates = [o for o in operations if o.serves(method, path)]
    if not candidates or any(not o.anchored or o.path is None for o in candidates):
        return None
    best = max(_specificity(o.path) for o in candidates)
    chosen = [o for o in candidates if _specificity(o.path) == best]
    handlers = {(o.file, o.site) for o in chosen}
    return chosen[0] if len(handlers) == 1 else None


def _specificity(path: paths.Path) -> tuple[int, ...]:
    return tuple(0 if s in (paths.PARAM, paths.REST, paths.OPTIONAL_REST) else 1 for s in path)


def _response_fields(base: _Side, head: _Side) -> list[Finding]:
    return _missing_fields(base, head) + _removed_fields(base, head)


def _missing_fields(base: _Side, head: _Side) -> list[Finding]:
    findings = []
    for call, reads in head.reads.items():
        after = head.served_by.get(call)
        before = serving(base.operations, call.method, call.path) if after is not None else None
        if before is None:
            continue
        gone = _gone_fields(base.produced(before), head.produced(after))
        for read in reads:
            origin = gone(read.field, read.item)
            if origin is None:
                continue
            what = "an item of the response" if read.item else "the response"
            finding = MISSING_RESPONSE_FIELD.finding(
                read.file, read.site, read.field,
                f"`{read.field}` is read from {what} of `{call.method or 'any method'} "
                f"{call.written}`, which `{_shown(after)}` ({after.file}:{after.site.line}) no "
                f"longer sends: it was sent in base ({origin.file}:{origin.site.line})")
            findings.append(replace(finding, origin=Location(origin.file, origin.site.line)))
    return findings


def _gone_fields(before: Produced | None, after: Produced | None
                 ) -> Callable[[str, bool], Origin | None]:
    """(field, of an item) -> where base sent it, when head no longer does."""
    def gone(field: str, item: bool) -> Origin | None:
        if before is None or after is None:
            return None
        old, new = (before.items, after.items) if item else (before.fields, after.fields)
        if old is None or new is None or field not in old or field in new:
            return None
        return old[field]
    return gone


def _removed_fields(base: _Side, head: _Side) -> list[Finding]:
    removed: dict[tuple[Origin, str], tuple[set[str], set[Location], set[Location]]] = {}
    for operation in base.operations:
        if not operation.anchored or operation.path is None or paths.is_catch_all(operation.path):
            continue
        method = None if "*" in operation.methods else operation.methods[0]
        after = serving(head.operations, method, operation.path)
        if after is None:
            continue
        gone = _gone_fields(base.produced(operation), head.produced(after))
        before = base.produced(operation)
        for item, fields in ((False, before.fields if before else None),
                             (True, before.items if before else None)):
            for field in fields or ():
                origin = gone(field, item)
                if origin is None:
                    continue
                now = {Location(r.file, r.site.line) for r in head.readers(after, field, item)}
                then = {Location(r.file, r.site.line) for r in base.readers(operation, field, item)}
                if not now and not then:
                    continue  # nothing here ever read it: left to API-spec tools
                shown, readers, earlier = removed.setdefault((origin, field), (set(), set(), set()))
                shown.add(_shown(operation))
                readers.update(now)
                earlier.update(then)
    findings = []
    for (origin, field), (shown, readers, earlier) in removed.items():
        operations = ", ".join(f"`{s}`" for s in sorted(shown))
        if readers:
            who = f"; {len(readers)} read(s) in head still expect it"
        else:
            places = ", ".join(f"{r.file}:{r.line}" for r in sorted(earlier, key=_place))
            who = (f"; nothing here reads it any more, but it was read in base ({places}): "
                   f"frontends already deployed may still read it")
        findings.append(REMOVED_RESPONSE_FIELD.finding(
            origin.file, origin.site, field, f"`{field}` is no longer sent by {operations}{who}",
            severity="error" if readers else "warning", revision="base",
            consumers=tuple(sorted(readers, key=_place))))
    return findings


def _place(location: Location) -> tuple[str, int]:
    return location.file, location.line
