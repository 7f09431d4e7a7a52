"""The operation that serves a request, found through a revision's index of operations by
the last segment of their paths (impact/checks/http/comparison.py `_Side.serving`), is the
one a scan of every operation finds (`serving`), whatever the shapes of the paths."""

from __future__ import annotations

import itertools

from impact.checks.http import comparison
from impact.http.paths import NUMBER, OPTIONAL_REST, PARAM, REST
from impact.http.routes import Operation
from impact.model import Site

SERVED = [None, (), ("items",), ("items", PARAM), ("items", NUMBER), ("items", "42"),
          ("items", PARAM, "tags"), ("files", REST), ("files", OPTIONAL_REST), ("tags",),
          (PARAM,), ("api", "items")]
ASKED = [(), ("items",), ("items", "7"), ("items", PARAM), ("items", NUMBER), ("items", "42"),
         ("items", "x", "tags"), ("files", "a", "b"), ("files",), ("tags",), ("api", "items"),
         ("v1", "api", "items"), ("nothing",), (PARAM,)]


def operations() -> list[Operation]:
    found = []
    for line, (path, anchored, methods) in enumerate(
            itertools.product(SERVED, (True, False), (("GET",), ("POST",), ("*",))), start=1):
        found.append(Operation(methods=methods, path=path, anchored=anchored, file=f"m{line % 3}.py",
                               site=Site(line, 1), handler=f"h{line}", written="/x"))
    return found


class _Side(comparison._Side):
    def __init__(self, operations: list[Operation]):  # the lookup alone: no graph, no reads
        self.operations = operations
        self._serving = {}
        self._by_last_segment = comparison._by_last_segment(operations)


def test_the_index_finds_what_a_scan_of_every_operation_finds():
    every = operations()
    for size in (3, 7, len(every)):
        for start in range(0, len(every), size):
            chosen = every[start:start + size]
            side = _Side(chosen)
            for asked, method in itertools.product(ASKED, ("GET", "POST", None)):
                assert side.serving(method, asked) == comparison.serving(chosen, method, asked), \
                    (asked, method, chosen)


def test_a_literal_request_is_looked_up_among_few_operations():
    side = _Side(operations())
    may = side._may_serve(("items", "42"))
    excluded = [o for o in side.operations if o not in may]
    assert excluded and all(o.path[-1] in ("items", "tags") for o in excluded)
    assert all(o.path is None or not o.path or o.path[-1] in ("42", PARAM, NUMBER, REST, OPTIONAL_REST)
               for o in may)
