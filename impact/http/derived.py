"""What the HTTP rules derive from one revision alone: the operations it serves, the requests
it sends and the response fields their callers read. A pure function of the revision, so it
is kept for the next run beside the revision's index (impact.pipeline): on consecutive
commits, one run's head is the next run's base, whose values are then read, not derived."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from impact.graph import SymbolGraph
from impact.http.clients import ClientCall, client_calls, forwarded_calls
from impact.http.reads import FieldRead, field_reads
from impact.http.routes import Operation, served_operations
from impact.records import Codec


@dataclass(frozen=True)
class HttpDerived:
    """One revision's served operations, client calls and the fields each call's callers read
    (in the order found); `forwarded`, the requests sent with a body a caller gives, only
    where asked for (the rules read them in head); `read`, the files whose facts were read to
    derive them (the HTTP rules read those: impact.affected.http_rules_affected)."""

    operations: tuple[Operation, ...]
    calls: tuple[ClientCall, ...]
    reads: tuple[tuple[ClientCall, tuple[FieldRead, ...]], ...]
    forwarded: tuple[ClientCall, ...] | None
    read: frozenset[str]

    def field_reads(self) -> dict[ClientCall, list[FieldRead]]:
        return {call: list(found) for call, found in self.reads}


def derive(graph: SymbolGraph, with_forwarded: bool, reads: set[str]) -> HttpDerived:
    """The values of the revision whose HTTP graph (impact.checks.context.Revision.http_graph)
    is `graph`; `reads`: the set that collects the files read through it."""
    operations = tuple(served_operations(graph))
    calls = client_calls(graph)
    found = field_reads(graph, calls)
    forwarded = tuple(forwarded_calls(graph)) if with_forwarded else None
    return HttpDerived(operations, tuple(calls), tuple((call, tuple(r)) for call, r in found.items()),
                       forwarded, frozenset(reads))


def with_forwarded(graph: SymbolGraph, derived: HttpDerived) -> HttpDerived:
    """`derived` with its forwarded requests (derived from `graph` when it lacks them)."""
    if derived.forwarded is not None:
        return derived
    return HttpDerived(derived.operations, derived.calls, derived.reads,
                       tuple(forwarded_calls(graph)), derived.read)


@cache
def codec() -> Codec:
    """The records of HttpDerived (compiled when first needed)."""
    return Codec(HttpDerived)
