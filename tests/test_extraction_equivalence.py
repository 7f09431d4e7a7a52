"""Cold extraction does less work per file (issue 17 item 3) and reads the same facts: the
HTTP extractors' captures come from the language's own query, captures are sorted to
document order with two C-level sorts, and whitespace is removed without a regex. Each
shortcut is checked here against the way it replaces (benchmarks/extract_profile.py
--digest compares all the facts of whole trees)."""

from __future__ import annotations

import re
import sys

import tree_sitter

from impact.facts import extract_facts
from impact.http import javascript as js_http
from impact.http import python as py_http
from impact.lang.javascript import _line_starts
from impact.lang.signatures import _without_whitespace
from impact.lang.treesitter import captures, parse, query

FLASK_APP = b'''
from flask import Flask, Blueprint
from fastapi import APIRouter

app = Flask(__name__)
bp = Blueprint("bp", __name__, url_prefix="/bp")
router = APIRouter(prefix="/api")

@app.route("/users/<int:id>", methods=["GET", "POST"])
def user(id):
    return {"id": id}

@router.get("/items")
def items():
    return []

app.add_url_rule("/health", view_func=user)
app.register_blueprint(bp, url_prefix="/v1")

def test_users(client):
    response = client.get("/users/1")
    assert response.json["id"] == 1
'''

EXPRESS_APP = b'''
const express = require('express');
const app = express();
const router = express.Router();
const api = axios.create({ baseURL: '/api' });

router.get('/users/:id', (req, res) => res.json({ id: req.params.id }));
app.use('/v1', router);

async function load(id) {
  const r = await fetch(`/v1/users/${id}`);
  const body = await r.json();
  return body.name + body.email;
}
api.get('/items').then((res) => res.data.items.map((item) => item.title));
module.exports = app;
'''


def test_http_facts_from_the_language_query_are_those_of_the_extractors_own_query():
    python_facts = extract_facts("app.py", FLASK_APP)
    own = py_http.extract(parse("python", FLASK_APP).root_node)
    assert python_facts.http.routes and python_facts.http.mounts and python_facts.http.routers
    assert python_facts.http.test_requests
    assert python_facts.http == own
    for path, grammar in (("app.js", "javascript"), ("app.ts", "typescript")):
        facts = extract_facts(path, EXPRESS_APP)
        assert facts.http.routes and facts.http.mounts and facts.http.requests
        assert facts.http.uses and facts.http.values
        assert facts.http == js_http.extract(parse(grammar, EXPRESS_APP).root_node, grammar)


def test_prefixed_patterns_leave_the_languages_own_captures_unchanged():
    root = parse("python", FLASK_APP).root_node
    alone = captures("python", ("python",), root)
    merged = captures("python", ("python",), root, also=(("http.", py_http.QUERY),))
    assert {name: nodes for name, nodes in merged.items() if not name.startswith("http.")} == alone
    assert {name for name in merged if name.startswith("http.")} >= {"http.call", "http.decorated"}


def test_captures_are_in_document_order_enclosing_node_first():
    source = b"a.b.c(d.e)(f)\nx = [y.z for y in a.b]\n"
    root = parse("python", source).root_node
    raw = tree_sitter.QueryCursor(query("python", "python")).captures(root)
    found = captures("python", ("python",), root)
    assert found.keys() == raw.keys()
    for name, nodes in raw.items():
        expected = sorted(nodes, key=lambda n: (n.start_byte, -n.end_byte))
        assert [(n.start_byte, n.end_byte) for n in found[name]] == \
            [(n.start_byte, n.end_byte) for n in expected], name
    attributes = [(n.start_byte, n.end_byte) for n in found["attribute"]]
    assert attributes[:2] == [(0, 5), (0, 3)]  # `a.b.c` before the `a.b` it starts with


def test_whitespace_removal_takes_out_what_the_regex_took_out():
    whitespace = re.compile(r"\s+")
    for code in range(sys.maxunicode + 1):
        written = f"a{chr(code)}b {chr(code)}"
        assert _without_whitespace(written) == whitespace.sub("", written), hex(code)


def test_line_starts_are_the_offsets_after_each_newline():
    for source in (b"", b"x", b"\n", b"a\nbc\n", b"\n\nxyz", b"a\r\nb\rc\n"):
        assert _line_starts(source) == [0, *(m.end() for m in re.finditer(rb"\n", source))]


GATED_CONSTRUCTS = b'''
import sys
from typing import TypeVar, cast
import typing as t

__all__ = ["T", "S"]
__all__ += ["extra"]
__all__.extend(["more"])
T = TypeVar("T", bound="Model")
S = t.TypeVar("S", bound="Other")
value = cast("Model", None)
sys.modules[__name__] = object()
globals()["dynamic"] = 1
globals().update(other=2)
register(globals())
_g = globals()
locals()["package"] = __import__("os")
'''


def test_gated_query_files_are_walked_only_where_their_words_are_and_change_no_fact(
        monkeypatch):
    """Python's rare constructs (`__all__`, `TypeVar`/`cast` strings, `sys.modules`,
    `globals()`/`locals()`) have query files of their own, walked only over a source that
    holds one of their words: the facts are those of the whole query."""
    from impact.lang import PYTHON_QUERY_FILES, treesitter

    assert treesitter.query_files_for(b"x = 1\n", PYTHON_QUERY_FILES) == ("python",)
    assert treesitter.query_files_for(GATED_CONSTRUCTS, PYTHON_QUERY_FILES) == PYTHON_QUERY_FILES
    for gated in PYTHON_QUERY_FILES[1:]:
        assert treesitter.gate_words(gated), gated
    gated_facts = extract_facts("pkg/mod.py", GATED_CONSTRUCTS)
    assert gated_facts.binds_globals and gated_facts.module_getattr and gated_facts.has_all
    assert {"Model", "Other"} <= {ref.name for ref in gated_facts.unbound}  # the strings' names
    monkeypatch.setattr(treesitter, "query_files_for", lambda source, files: files)
    assert extract_facts("pkg/mod.py", GATED_CONSTRUCTS) == gated_facts


def test_the_javascript_grammars_using_patterns_are_walked_only_over_a_source_that_says_using(
        monkeypatch):
    """tree-sitter-javascript reads `using x = f()` as an ERROR; the patterns that bind `x`
    (grammars/javascript.scm, one starting at any node) are gated on the word."""
    from impact.lang import treesitter

    source = (b"import { open } from './io.js'\nexport function read() {\n"
              b"  using reader = open();\n  await using stream = open();\n"
              b"  return [reader, stream]\n}\n")
    files = ("ecmascript", "javascript", "jsx")
    assert treesitter.query_files_for(b"const x = 1\n", files) == ("ecmascript", "jsx")
    assert treesitter.query_files_for(source, files) == files
    gated = extract_facts("src/read.js", source)
    assert not [ref for ref in gated.unbound if ref.name in ("reader", "stream")]
    monkeypatch.setattr(treesitter, "query_files_for", lambda source, files: files)
    assert extract_facts("src/read.js", source) == gated
