"""Gaps session 44 left in member uses (benchmarks/RESULTS.md, "Known gaps of session 44"):
joins of two classes, declared returns of nested functions and decorated methods, interfaces
extending interfaces, awaited methods and optional chains. Each expectation was checked with
pyright 1.1.414 or tsc 5.9.3 (`strict`, `moduleResolution: bundler`) on the same tree."""

from __future__ import annotations

from conftest import diff_keys

PY_JOINED = ("class A:\n    def only_a(self):\n        return 1\n\n    def shared(self):\n        return 2\n\n"
             "    def both(self):\n        return 3\n\n\n"
             "class B:\n    def shared(self):\n        return 4\n\n    def both(self):\n        return 5\n")
PY_JOIN_USE = '''from pkg.models import A, B


def conditional(c: bool):
    x = A() if c else B()
    x.shared()
    x.both()


def branches(c: bool, d: bool):
    if c:
        y = A()
    elif d:
        y = B()
    else:
        y = A()
    y.shared()
    y.both()


def sequential():
    z = B()
    z.both()
    z = A()
    z.shared()


def without_else(c: bool):
    u = A()
    if c:
        u = B()
    u.shared()


def unknown(c: bool, other):
    t = A() if c else other
    t.shared()
    s = A() if c else None
    if s is not None:
        s.shared()


def narrowed(c: bool):
    w = A() if c else B()
    if isinstance(w, B):
        return
    w.shared()


def nested_binding(c: bool, d: bool):
    if c:
        v = A()
    else:
        v = B()
        if d:
            v = A()
    v.shared()


def loop(c: bool):
    r = A()
    for _ in range(3):
        r.shared()
        r = B()


def unpacked(c: bool):
    q = A()
    q.shared()
    q, _ = B(), 1
    q.shared()


def captured(c: bool):
    p = A() if c else B()

    def inner():
        return p.shared()
    return inner
'''
A_SHARED = "    def shared(self):\n        return 2\n\n"
B_SHARED = "    def shared(self):\n        return 4\n\n"


def _joined(removed: tuple[str, ...]) -> list[tuple]:
    head = PY_JOINED
    for member in removed:
        head = head.replace(member, "", 1)
    return diff_keys({"pkg/__init__.py": "", "pkg/models.py": PY_JOINED, "pkg/use.py": PY_JOIN_USE},
                     {"pkg/models.py": head})


def test_a_member_removed_from_one_class_of_a_join_breaks_uses_of_the_union():
    """pyright 1.1.414 reports a member the union `A | B` lacks on either side
    (reportAttributeAccessIssue for the class that lacks it). `A.shared` removed: 6 (the
    conditional expression), 17 (the three branches of an `if`/`elif`/`else`), 25 (`z = A()`
    after `z = B()`, straight on), 69 (`q = A()` before `q, _ = B(), 1`), 78 (a name bound once
    to the join, read in a nested function); pyright also at 32 (an `if` without `else`), 37
    (`A | Unknown`), 40 (`is not None`), 47 (`isinstance(w, B)` then `return`), 57 (a branch
    binding again in a nested block), 63 (a later binding in the loop): not judged (quiet)."""
    assert _joined((A_SHARED,)) == [("IMP103", "pkg/use.py", line, "shared") for line in (6, 17, 25, 69, 78)]


def test_a_member_removed_from_the_other_class_of_a_join_or_from_both():
    """`B.shared` removed: pyright at 6, 17, 78 (and 32, 57, 63, 71: not judged); removed from
    both classes: both sides at 6, 17, 78, the single class at 25 and 69."""
    assert _joined((B_SHARED,)) == [("IMP103", "pkg/use.py", line, "shared") for line in (6, 17, 78)]
    both = _joined((A_SHARED, B_SHARED))
    assert sorted(set(both)) == [("IMP103", "pkg/use.py", line, "shared") for line in (6, 17, 25, 69, 78)]
    assert len(both) == 8  # 6, 17 and 78 once for each class
