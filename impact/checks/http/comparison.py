"""The comparison behind the IMP4xx rules (impact.checks.http): the operations each revision
serves, the requests it sends and the fields they read, matched across the revisions."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from dataclasses import replace

from impact.checks.http import (
    MISSING_RESPONSE_FIELD,
    REMOVED_ENDPOINT,
    REMOVED_RESPONSE_FIELD,
    UNSERVED_REQUEST,
    request_fields,
)
from impact.graph import SymbolGraph
from impact.http import paths, unresolved_mounts
from impact.http.clients import ClientCall, client_calls, forwarded_calls
from impact.http.reads import FieldRead, field_reads
from impact.http.requirements import Requirements
from impact.http.responses import Origin, Produced, produced
from impact.http.routes import Operation, served_operations
from impact.model import Finding, Location, Site
from impact.public_api import is_test_path

# the directories whose subdirectories are example or demo projects, each a program of its own
EXAMPLE_DIRECTORIES = frozenset({"example", "examples", "demo", "demos", "sample", "samples"})


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
                side.requirements.of(operation)
    if not base_operations:
        return []
    # nothing served in head that impact can read: another framework? (unless what it reads is
    # mounted only through imports that fail: the program serves nothing, impact.http.
    # unresolved_mounts)
    readable = bool(head_operations) or bool(unresolved_mounts.unresolved_children(head)[0])
    unserved = _unserved_requests(head_calls, base_operations, head_operations) if readable else []
    removed = _removed_endpoints(base_operations, head_operations, base_calls, head_calls)
    return unserved + removed + _response_fields(*sides) + \
        request_fields.incompatible_requests(*sides, head_calls + forwarded_calls(head))


def _unserved_requests(calls: list[ClientCall], base_operations: list[Operation],
                       head_operations: list[Operation]) -> list[Finding]:
    findings = []
    for call in calls:
        if call.path is None:
            continue
        before = next((o for o in base_operations if o.anchored and o.path is not None
                       and o.serves(call.method, call.path) and _reaches(call, o)), None)
        if before is None or any(o.serves(call.method, call.path) for o in head_operations):
            continue
        method = call.method or "any method"
        through = f" (sent by the generated client's {call.through})" if call.through else ""
        finding = UNSERVED_REQUEST.finding(
            call.file, call.site, f"{method} {paths.show(call.path)}",
            f"`{method} {call.written}`{through} is no longer served: it matched "
            f"`{_shown(before)}` ({before.file}:{before.site.line}) in base, and no route "
            f"matches it in head")
        findings.append(_with_origin(finding, before))
    return findings


def _reaches(call: ClientCall, operation: Operation) -> bool:
    """Whether the program that sends a request may be the one that serves the route: a route
    of an example project serves the requests of that project only (cloudflare/agents'
    examples/x402/ served `ANY /agents/*` through Hono, where examples/cross-domain/ hands its
    own requests to the same SDK function without a route impact reads)."""
    served_in = _example_project(operation.file)
    return served_in is None or served_in == _example_project(call.file)


def _example_project(path: str) -> str | None:
    """The example project a file is in (`examples/x402` of examples/x402/src/server.ts)."""
    parts = path.split("/")
    return next((posixpath.join(*parts[:index + 1]) for index in range(1, len(parts) - 1)
                 if parts[index - 1] in EXAMPLE_DIRECTORIES), None)


def _removed_endpoints(base_operations: list[Operation], head_operations: list[Operation],
                       base_calls: list[ClientCall], head_calls: list[ClientCall]) -> list[Finding]:
    findings = []
    seen: set[tuple[str, Site, tuple[str, ...]]] = set()
    removed = [(operation, *_callers(operation, head_calls, head_operations))
               for operation in base_operations
               if operation.anchored and operation.path is not None
               and not paths.is_catch_all(operation.path) and not _still_served(operation, head_operations)]
    # one finding per route and method: the paths of one route (`:id?`, a CherryPy method's
    # optional segments) are judged by the one a request in head still calls, if any; two
    # routes of one line (`[Route("/", racks), Route("/humidity", humidity)]`) are two
    removed.sort(key=lambda found: not found[1])
    paths_of: dict[tuple[str, Site, tuple[str, ...]], list[Operation]] = {}
    for operation, _callers_now, _possible in removed:
        paths_of.setdefault((operation.file, operation.site, operation.methods), []).append(operation)
    for operation, callers, possible in removed:
        key = (operation.file, operation.site, operation.methods)
        if key in seen:
            continue
        seen.add(key)
        # the route was called in base at one of its paths (a CherryPy method's `show/<id>`, not
        # its `show?bin_id=` form): the route's, whichever path was
        called_before = any(_calls(c, path) for path in paths_of[key] for c in base_calls)
        if not callers and not possible and called_before:
            continue  # removed with every caller, or its callers moved on
        if not callers and not possible and is_test_path(operation.file):
            continue  # a test's own server (a mock identity provider): nothing deployed calls it
        severity = "error" if callers else "warning"
        consumers = tuple(sorted({Location(c.file, c.site.line) for c in callers or possible},
                                 key=lambda c: (c.file, c.line)))
        if callers:
            tests = sum(is_test_path(c.file) or c.file.endswith("tests.py") for c in consumers)
            who = f"; {len(consumers)} request(s) in head still call it" + \
                (f" ({tests} in tests)" if tests else "")
        elif possible:
            who = (f"; {len(consumers)} request(s) in head whose URL or method is known only at "
                   f"run time may still call it")
        else:
            who = "; no request in this repository calls it, but deployed clients may"
        findings.append(REMOVED_ENDPOINT.finding(
            operation.file, operation.site, _shown(operation),
            f"`{_shown(operation)}` was removed{who}", severity=severity, revision="base",
            consumers=consumers))
    return findings


def _callers(operation: Operation, head_calls: list[ClientCall], head_operations: list[Operation]
             ) -> tuple[list[ClientCall], list[ClientCall]]:
    """The requests in head that call a removed operation (each also an IMP401), and those
    that may: a URL built at run time, or a method impact cannot read on a path head still
    serves with some method."""
    callers, possible = [], []
    for call in head_calls:
        if call.path is None:
            if _calls(call, operation):
                possible.append(call)
        elif operation.serves(call.method, call.path):
            still = call.method is None and any(o.serves(None, call.path) for o in head_operations)
            (possible if still else callers).append(call)
    return callers, possible


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
        self._serving: dict[tuple[str | None, paths.Path], Operation | None] = {}
        self._by_last_segment = _by_last_segment(operations)
        self.reads = field_reads(graph, calls)
        self.served_by = {call: self.serving(call.method, call.path)
                          for call in self.reads if call.path is not None}
        self._produced: dict[Operation, Produced | None] = {}
        self._reads_of: dict[Operation, list[FieldRead]] | None = None
        self.requirements = Requirements(graph)  # what its operations require of a request

    def serving(self, method: str | None, path: paths.Path) -> Operation | None:
        """The one operation of this revision that serves a request (`serving`), if any."""
        if (method, path) not in self._serving:
            self._serving[(method, path)] = serving(self._may_serve(path), method, path)
        return self._serving[(method, path)]

    def _may_serve(self, path: paths.Path) -> list[Operation]:
        """The operations whose last segment can match the request's (in their order)."""
        if not path or paths.is_parameter(path[-1]):
            return self.operations
        literal, any_last = self._by_last_segment
        return [self.operations[i] for i in sorted(literal.get(path[-1], []) + any_last)]

    def produced(self, operation: Operation) -> Produced | None:
        if operation not in self._produced:
            self._produced[operation] = produced(self.graph, operation)
        return self._produced[operation]

    def readers(self, operation: Operation, field: str, item: bool,
                within: tuple[tuple[str, bool], ...] = ()) -> list[FieldRead]:
        if self._reads_of is None:
            self._reads_of = {}
            for call, reads in self.reads.items():
                if self.served_by.get(call) is not None:
                    self._reads_of.setdefault(self.served_by[call], []).extend(reads)
        return [read for read in self._reads_of.get(operation, ())
                if read.field == field and read.item == item and read.within == within]


def _by_last_segment(operations: list[Operation]) -> tuple[dict[str, list[int]], list[int]]:
    """The operations (by index) whose path ends with a literal segment, by that segment, and
    the others (no path, the root, a parameter or a rest at the end: they may match any last
    segment). A request whose last segment is a literal reaches no operation ending with
    another literal, anchored or not."""
    literal: dict[str, list[int]] = {}
    any_last: list[int] = []
    for index, operation in enumerate(operations):
        last = operation.path[-1] if operation.path else None
        if last is None or paths.is_parameter(last) or last in (paths.REST, paths.OPTIONAL_REST):
            any_last.append(index)
        else:
            literal.setdefault(last, []).append(index)
    return literal, any_last


def serving(operations: list[Operation], method: str | None, path: paths.Path) -> Operation | None:
    """The one operation that serves a request, preferring literal segments to parameters
    as routers do where the request's segment is literal, and a parameter where it is one
    (an id the request fills in at run time is not the `stats` of a list action beside the
    detail route); None when none does, when several equally specific handlers may, or
    when a route impact cannot place may."""
    candidates = [o for o in operations if o.serves(method, path)]
    if not candidates or any(not o.anchored or o.path is None for o in candidates):
        return None
    best = max(_specificity(o.path, path) for o in candidates)
    chosen = [o for o in candidates if _specificity(o.path, path) == best]
    handlers = {(o.file, o.site) for o in chosen}
    return chosen[0] if len(handlers) == 1 else None


def _specificity(path: paths.Path, request: paths.Path) -> tuple[int, ...]:
    return tuple(0 if s in (paths.REST, paths.OPTIONAL_REST) else
                 int(paths.is_parameter(s) == paths.is_parameter(asked))
                 for s, asked in zip(path, (*request, *([""] * len(path)))))


def _response_fields(base: _Side, head: _Side) -> list[Finding]:
    return _missing_fields(base, head) + _removed_fields(base, head)


def _missing_fields(base: _Side, head: _Side) -> list[Finding]:
    findings = []
    for call, reads in head.reads.items():
        after = head.served_by.get(call)
        before = base.serving(call.method, call.path) if after is not None else None
        if before is None:
            continue
        gone = _gone_fields(base.produced(before), head.produced(after))
        for read in reads:
            origin = gone(read.field, read.item, read.within)
            if origin is None:
                continue
            what = f"`{read.shown()}`" if read.within else \
                "an item of the response" if read.item else "the response"
            finding = MISSING_RESPONSE_FIELD.finding(
                read.file, read.site, read.field,
                f"`{read.field}` is read from {what} of `{call.method or 'any method'} "
                f"{call.written}`, which `{_shown(after)}` ({after.file}:{after.site.line}) no "
                f"longer sends: it was sent in base ({origin.file}:{origin.site.line})")
            findings.append(replace(finding, origin=Location(origin.file, origin.site.line)))
    return findings


Within = tuple[tuple[str, bool], ...]


def _gone_fields(before: Produced | None, after: Produced | None
                 ) -> Callable[[str, bool, Within], Origin | None]:
    """(field, of an item, the path to the value it is of) -> where base sent it, when head
    no longer does (judged where both revisions know what that value holds)."""
    def gone(field: str, item: bool, within: Within = ()) -> Origin | None:
        old_value = before.at(within) if before is not None else None
        new_value = after.at(within) if after is not None else None
        if old_value is None or new_value is None:
            return None
        old, new = (old_value.items, new_value.items) if item else \
            (old_value.fields, new_value.fields)
        if old is None or new is None or field not in old or field in new:
            return None
        return old[field]
    return gone


def _sent(produced: Produced | None, within: Within = ()) -> Iterator[tuple[Within, bool, str]]:
    """(path to a value, of an item of it, field) of each field a body may send, and of each
    field of every value inside it that is known."""
    if produced is None:
        return
    for item, fields in ((False, produced.fields), (True, produced.items)):
        for field in fields or ():
            yield within, item, field
    for step, value in produced.inner.items():
        yield from _sent(value, within + (step,))


def _removed_fields(base: _Side, head: _Side) -> list[Finding]:
    removed: dict[tuple[Origin, str], tuple[set[str], set[Location], set[Location]]] = {}
    for operation in base.operations:
        if not operation.anchored or operation.path is None or paths.is_catch_all(operation.path):
            continue
        method = None if "*" in operation.methods else operation.methods[0]
        after = _same_route(head, method, operation.path)
        if after is None:
            continue
        gone = _gone_fields(base.produced(operation), head.produced(after))
        for within, item, field in _sent(base.produced(operation)):
            origin = gone(field, item, within)
            if origin is None:
                continue
            now = {Location(r.file, r.site.line) for r in head.readers(after, field, item, within)}
            then = {Location(r.file, r.site.line)
                    for r in base.readers(operation, field, item, within)}
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


def _same_route(head: _Side, method: str | None, path: paths.Path) -> Operation | None:
    """The operation of head that serves what a route of base served at `path`: the one that
    serves its pattern, unless that one takes a literal where the pattern has a parameter (a
    DRF list action `tickets/stats/` is no `tickets/{pk}/`): then a route of head written with
    the same pattern, if one."""
    after = head.serving(method, path)
    if after is None or after.path is None or not _narrower(after.path, path):
        return after
    same = [o for o in head.operations if o.path == path and o.accepts(method) and o.anchored]
    return same[0] if len({(o.file, o.site) for o in same}) == 1 else None


def _narrower(path: paths.Path, pattern: paths.Path) -> bool:
    return any(paths.is_parameter(p) and not paths.is_parameter(s) for s, p in zip(path, pattern))


def _place(location: Location) -> tuple[str, int]:
    return location.file, location.line
