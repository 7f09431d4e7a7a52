"""Long method chains of routes (`new Hono().get(...).get(...)...`, an Elysia app with a
group): each call's chain is looked up once (impact.lang.treesitter.chain_top), and nothing
of a module is kept after it is read."""

from __future__ import annotations

from impact.facts import extract_facts
from impact.lang import treesitter
from impact.lang.treesitter import chain_top, parse, text


def _chain(header: str, count: int, footer: str) -> bytes:
    routes = "".join(f"  .get('/r{i}', (c) => c.json({{ id: {i} }}))\n" for i in range(count))
    return (header + routes + footer).encode()


def test_every_route_of_a_long_chain_is_the_declared_apps():
    source = _chain("import { Hono } from 'hono';\nconst app = new Hono()\n", 300, "export default app;\n")
    routes = extract_facts("src/app.ts", source).http.routes
    assert len(routes) == 300
    assert {r.owner for r in routes} == {"app"}
    assert [r.path for r in routes[:2]] == ["/r0", "/r1"]
    assert treesitter._CHAIN_TOPS == {}  # nothing kept once the module is read


def test_an_elysia_group_in_a_long_chain_prefixes_only_its_own_routes():
    source = _chain("import { Elysia } from 'elysia';\nconst app = new Elysia()\n"
                    "  .group('/g', (app) => app.get('/x', () => ({ a: 1 })))\n", 200, "  .listen(3000);\n")
    paths = [r.path for r in extract_facts("src/app.ts", source).http.routes]
    assert paths[:3] == ["/g/x", "/r0", "/r1"] and len(paths) == 201


def test_the_top_of_a_chain_is_its_outermost_call():
    root = parse("typescript", b"a.b(1).c(2).d(3);\nf(g(1));\n").root_node
    calls = [node for node in _walk(root) if node.type == "call_expression"]
    chained, plain = calls[:3], calls[3:]
    assert {text(chain_top(call)) for call in chained} == {"a.b(1).c(2).d(3)"}
    assert [text(chain_top(call)) for call in plain] == ["f(g(1))", "g(1)"]


def _walk(node):
    yield node
    for child in node.named_children:
        yield from _walk(child)
