"""Gaps session 45 left in member uses and calls (benchmarks/RESULTS.md, "Known gaps of
session 45"): overrides removed, joins after `try`/`with`/loops/`if` without `else`,
attributes assigned two classes, TypeScript interfaces extending library types and nullable
parameters. Each expectation was checked with pyright 1.1.414 or tsc 5.9.3 (`strict`,
`moduleResolution: bundler`) on the same tree."""

from __future__ import annotations

from conftest import diff_keys

PY_SHAPES = '''import abc


class Element(abc.ABC):
    @abc.abstractmethod
    def render(self, width: int) -> list[str]: ...

    def describe(self, *, verbose: bool) -> str:
        return ""


class Text(Element):
    def render(self, width: int | None = None) -> list[str]:
        return []

    def describe(self, *, verbose: bool = False, color: str = "") -> str:
        return ""


class Bold(Text):
    pass


class Mixin:
    def render(self) -> list[str]:
        return []


class Both(Text, Mixin):
    pass


class Shadowed(Element):
    def __init__(self) -> None:
        self.render = lambda width=0: []

    def render(self, width: int = 0) -> list[str]:
        return []
'''
PY_SHAPES_USE = '''from pkg.shapes import Bold, Both, Shadowed, Text


def use(t: Text, b: Bold):
    Text().render()
    Text().render(3)
    Text().describe(color="red")
    Text().describe(verbose=True)
    x = Text()
    x.render()
    t.render()
    b.render()
    Bold().render()
    Both().render()
    Shadowed().render()
'''
TEXT_OVERRIDES = '''    def render(self, width: int | None = None) -> list[str]:
        return []

    def describe(self, *, verbose: bool = False, color: str = "") -> str:
        return ""
'''
SHADOWED_METHOD = '''    def render(self, width: int = 0) -> list[str]:
        return []
'''


def test_a_method_override_removed_breaks_calls_that_do_not_fit_the_bases_method():
    """pyright 1.1.414 checks a call against the method it now reaches, the base's (abstract
    or not): `Text.render(width=None)` and `Text.describe(*, verbose=False, color="")` removed,
    reportCallIssue at 5 (width missing), 7 (verbose missing, no parameter `color`), 10, 11
    (a parameter `t: Text`), 12, 13 (`Bold(Text)`, which never overrode it); quiet at 6 and 8,
    which fit. pyright also at 14 (`Both(Text, Mixin)`: impact does not follow a method
    through several bases) and 15 (`Shadowed`, whose `self.render = ...` impact reads as
    shadowing the method): not judged."""
    head = PY_SHAPES.replace(TEXT_OVERRIDES, "    pass\n").replace(SHADOWED_METHOD, "")
    found = diff_keys({"pkg/__init__.py": "", "pkg/shapes.py": PY_SHAPES, "pkg/use.py": PY_SHAPES_USE},
                      {"pkg/shapes.py": head})
    assert [k for k in found if k[1] == "pkg/use.py"] == [
        ("IMP202", "pkg/use.py", line, name) for line, name in
        ((5, "Text.render"), (7, "Text.describe"), (10, "Text.render"), (11, "Text.render"),
         (12, "Text.render"), (13, "Text.render"))]
