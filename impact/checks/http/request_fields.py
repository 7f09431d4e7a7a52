"""The comparison behind IMP405 (impact.checks.http): what each request sends, against what
the operation serving it requires in each revision (impact.http.requirements).

A request is judged when exactly one operation serves it in each revision, both
operations' requirements are known, and the request's keys of that kind (query parameters,
body fields) are all known (impact.http.js_sent). It is reported for each query parameter or
body field head's operation requires, base's did not (by any of its names), and the request
does not send — unless the request already lacked something base's operation required: it
failed before the change, which then breaks nothing more.

An operation whose in-repository requests all send the new requirement is not reported: a
frontend deployed before the change may still send the old request, but so does every change
that adds a field together with its form; oasdiff (`new-required-request-property`) is the
tool for that question.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from impact.checks.http import REQUEST_INCOMPATIBLE
from impact.http.clients import ClientCall
from impact.http.requirements import Required, Requirement
from impact.http.routes import Operation
from impact.model import Finding, Location

if TYPE_CHECKING:
    from impact.checks.http.comparison import _Side

EITHER = "either"  # Required.either: in the query or in the body
KINDS = (("query", "query parameter"), ("body", "body field"), (EITHER, "query parameter or body field"))


def incompatible_requests(base: _Side, head: _Side, calls: list[ClientCall]) -> list[Finding]:
    findings = []
    for call in calls:
        if call.sent is None or call.path is None:
            continue
        after = head.serving(call.method, call.path)
        before = base.serving(call.method, call.path) if after is not None else None
        if before is None:
            continue
        now, then = head.requirements.of(after), base.requirements.of(before)
        if now is None or then is None or _failed_before(call, then):
            continue
        for kind, shown in KINDS:
            sent, new, old = _sent(call, kind), getattr(now, kind), getattr(then, kind)
            if sent is None or new is None or old is None:
                continue
            before_names = {name for requirement in old for name in requirement.names}
            for requirement in new:
                if requirement.names & sent or requirement.names & before_names:
                    continue
                findings.append(_finding(call, requirement, shown, after, before))
    return findings


def _sent(call: ClientCall, kind: str) -> frozenset[str] | None:
    """The keys a request sends of a kind (None: not known); of EITHER, those of its query
    and its body together."""
    if kind != EITHER:
        return getattr(call.sent, kind)
    query, body = call.sent.query, call.sent.body
    return None if query is None or body is None else query | body


def _failed_before(call: ClientCall, then: Required) -> bool:
    """Whether the request lacked something base's operation required: it failed then."""
    for kind, _shown in KINDS:
        sent, old = _sent(call, kind), getattr(then, kind)
        if sent is not None and old is not None and any(not (r.names & sent) for r in old):
            return True
    return False


def _finding(call: ClientCall, requirement: Requirement, shown: str, after: Operation,
             before: Operation) -> Finding:
    """At the request; its origin is the operation in base (origins are base's places), the
    message says where head declares the requirement."""
    method = call.method or "any method"
    operation = f"{'|'.join(after.methods)} {after.written}"
    where = requirement.origin
    finding = REQUEST_INCOMPATIBLE.finding(
        call.file, call.site, requirement.name,
        f"`{method} {call.written}` does not send the {shown} `{requirement.name}`, which "
        f"`{operation}` ({after.file}:{after.site.line}) now requires ({where.file}:"
        f"{where.site.line}); it was not required in base, so the request is now rejected")
    return replace(finding, origin=Location(before.file, before.site.line))
