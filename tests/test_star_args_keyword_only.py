"""A call with a `*` argument fills any positional parameter, never a keyword-only one: a
keyword-only parameter that loses its default breaks such a call (pyright: "Argument missing
for parameter"), while a positional one does not (the `*` argument may hold it)."""

from __future__ import annotations

from tests.conftest import diff_keys

CALLER = "from lib import message\n\ndef run(gen):\n    return message(*gen, {'a': 1})\n"


def test_a_keyword_only_parameter_made_required_breaks_a_call_with_a_star_argument():
    base = {"lib.py": "def message(*blocks, stop=None):\n    return blocks, stop\n", "app.py": CALLER}
    change = {"lib.py": "def message(*blocks, stop):\n    return blocks, stop\n"}
    assert diff_keys(base, change) == [("IMP202", "app.py", 4, "message")]


def test_a_positional_parameter_made_required_is_left_to_the_star_argument():
    base = {"lib.py": "def message(first=None, *blocks):\n    return first, blocks\n", "app.py": CALLER}
    change = {"lib.py": "def message(first, *blocks):\n    return first, blocks\n"}
    assert diff_keys(base, change) == []


def test_a_keyword_argument_given_fills_the_keyword_only_parameter():
    caller = "from lib import message\n\ndef run(gen):\n    return message(*gen, stop=True)\n"
    base = {"lib.py": "def message(*blocks, stop=None):\n    return blocks, stop\n", "app.py": caller}
    change = {"lib.py": "def message(*blocks, stop):\n    return blocks, stop\n"}
    assert diff_keys(base, change) == []


def test_a_double_star_argument_may_hold_the_keyword_only_parameter():
    caller = "from lib import message\n\ndef run(gen, extra):\n    return message(*gen, **extra)\n"
    base = {"lib.py": "def message(*blocks, stop=None):\n    return blocks, stop\n", "app.py": caller}
    change = {"lib.py": "def message(*blocks, stop):\n    return blocks, stop\n"}
    assert diff_keys(base, change) == []
