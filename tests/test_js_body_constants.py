"""The constants a handler's body may name (impact.http.js_bodies): a `const` declared once
in the function and never written to, read in one walk of the function however many names
are asked for."""

from __future__ import annotations

import pytest

from impact.http.js_bodies import _constant
from impact.lang.treesitter import parse, text

HANDLER = b'''\
async function handler(req, res) {
  const kept = { id: 1 }
  const changed = { id: 2 }
  changed.extra = true
  const indexed = {}
  indexed['k'] = 1
  const assigned = {}
  Object.assign(assigned, { a: 1 })
  let mutable = { id: 3 }
  const twice = 1
  if (req.x) { const twice = 2 }
  const counter = 0
  res.json({ kept, changed, indexed, assigned, mutable, twice, counter })
}
'''


@pytest.fixture(scope="module")
def scope():
    root = parse("javascript", HANDLER).root_node
    return root.named_children[0]


def test_a_const_declared_once_and_never_written_is_its_value(scope):
    assert text(_constant("kept", scope)) == "{ id: 1 }"
    assert text(_constant("counter", scope)) == "0"


@pytest.mark.parametrize("name", ["changed", "indexed", "assigned", "mutable", "twice", "absent"])
def test_a_name_written_to_declared_twice_by_let_or_not_at_all_has_no_constant(scope, name):
    assert _constant(name, scope) is None
