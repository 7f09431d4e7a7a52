"""The `return` statements of a JavaScript function (impact.http.js_bodies.return_statements):
those of its own body wherever its statements nest them, in order, and not those of the
functions inside it; read through its statements only, but for the parts that failed to parse."""

from __future__ import annotations

from impact.http.js_bodies import return_statements
from impact.lang.treesitter import parse, text

FUNCTION = b'''\
function serialize(row) {
  const helper = () => { return { inner: 1 } }
  if (row.a) return { a: 1 }
  else if (row.b) { return { b: 1 } }
  for (const x of row.items) { while (x) { try { return { c: 1 } } catch (e) { return { d: 1 } } finally {} } }
  switch (row.kind) { case 1: return { e: 1 }; default: { return { f: 1 } } }
  label: { return { g: 1 } }
  items.map(function (i) { return { h: i } })
  class Local { method() { return { i: 1 } } }
  return { j: 1 }
}
'''


def _returned(source: bytes, language: str = "javascript") -> list[str]:
    function = parse(language, source).root_node.named_children[0]
    return [text(r.named_children[0]) for r in return_statements(function.child_by_field_name("body"))]


def test_the_returns_of_a_function_are_its_own_in_order_wherever_its_statements_hold_them():
    assert _returned(FUNCTION) == ["{ a: 1 }", "{ b: 1 }", "{ c: 1 }", "{ d: 1 }", "{ e: 1 }",
                                   "{ f: 1 }", "{ g: 1 }", "{ j: 1 }"]


def test_a_return_inside_a_part_that_failed_to_parse_is_still_found():
    broken = b"function f(x) {\n  if (x) { return { a: 1 } ) }\n  return { b: 2 }\n}\n"
    found = _returned(broken)
    assert "{ b: 2 }" in found and any("a: 1" in value for value in found)
