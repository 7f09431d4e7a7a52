"""Classes of input the seventh batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: seventh batch") showed impact getting wrong, each as a real repository: the input that
gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_keys

# open-telemetry/opentelemetry-python 0a5d76b65094: BoundedAttributes' constructor became two
# `@overload` declarations (the second, deprecated, keeps `extended_attributes`) and an
# implementation that takes every parameter
CONSTRUCTOR_BEFORE = '''class BoundedAttributes:
    def __init__(self, maxlen=None, attributes=None, extended_attributes=False):
        self.maxlen = maxlen
'''
OVERLOADED_CONSTRUCTOR = '''from typing import overload
from typing_extensions import deprecated


class BoundedAttributes:
    @overload
    def __init__(self, maxlen: int | None = None, attributes: dict | None = None) -> None: ...

    @{decorator}
    @deprecated("`extended_attributes` is no longer used")
    def __init__(self, maxlen: int | None = None, attributes: dict | None = None,
                 extended_attributes: bool = False) -> None: ...

    def __init__(self, maxlen=None, attributes=None, extended_attributes=False):
        self.maxlen = maxlen
'''
BUILDS_ATTRIBUTES = "from attributes import BoundedAttributes\n\n" \
                    "record = BoundedAttributes(maxlen=1, extended_attributes=True)\n"


@pytest.mark.parametrize("decorator", ["overload", "typing.overload"])
def test_a_call_is_judged_against_the_constructor_an_overloaded_init_ends_with(decorator):
    """otel 0a5d76b65094: `BoundedAttributes(..., extended_attributes=True)` was reported as
    fitting no `__init__`, judged against the first `@overload`; the implementation after the
    overloads (the one that runs) and the second overload (the one pyright matches) take it."""
    head = OVERLOADED_CONSTRUCTOR.format(decorator=decorator)
    if decorator.startswith("typing."):
        head = "import typing\n" + head
    assert diff_keys({"attributes.py": CONSTRUCTOR_BEFORE, "logs.py": BUILDS_ATTRIBUTES},
                     {"attributes.py": head}) == []


def test_a_parameter_the_constructor_after_the_overloads_drops_still_breaks_its_callers():
    """The implementation no longer takes `extended_attributes` (nor does any overload): the
    call fails at run time and pyright reports it."""
    head = OVERLOADED_CONSTRUCTOR.format(decorator="overload").replace(
        ",\n                 extended_attributes: bool = False) -> None: ...", ") -> None: ...") \
        .replace("attributes=None, extended_attributes=False):", "attributes=None):")
    assert diff_keys({"attributes.py": CONSTRUCTOR_BEFORE, "logs.py": BUILDS_ATTRIBUTES},
                     {"attributes.py": head}) == [("IMP202", "logs.py", 3, "BoundedAttributes")]


def test_a_constructor_declared_only_by_overloads_has_no_single_signature():
    """A class body with `@overload` declarations of `__init__` and no implementation (a stub,
    a Protocol): which of them a call matches is the type checker's to say."""
    head = "from typing import overload\n\n\nclass BoundedAttributes:\n" \
           "    @overload\n    def __init__(self, maxlen: int) -> None: ...\n\n" \
           "    @overload\n    def __init__(self, maxlen: int, extended_attributes: bool) -> None: ...\n"
    assert diff_keys({"attributes.py": CONSTRUCTOR_BEFORE, "logs.py": BUILDS_ATTRIBUTES},
                     {"attributes.py": head}) == []
