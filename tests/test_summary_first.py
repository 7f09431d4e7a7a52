"""A cold run summarises most Python files instead of extracting their facts (issue 17).

The index of a revision needs every file's summary (impact/summaries.py); the rules need the
facts of the files the change can affect and of what those look up. So a run that checks
only what a change can affect reads a Python file's summary alone
(impact/lang/python_summary.py, about a third of the work of its facts) and extracts its
facts when something asks for them. The summary read alone must be the summary of the
facts: else the index, and so the files a change can affect, would differ from a warm run's.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import extracted_paths, run_impact

import impact.parallel
from impact.facts import extract_facts, extract_summary
from impact.records import load_facts
from impact.summaries import summary_codec, summary_of

ROOT = Path(__file__).resolve().parent.parent
SHAPES = {
    "plain.py": "import os\nimport a.b.c as abc\nfrom . import sib\nfrom ..up import x as y, z\n"
                "os.path.join(1)\nabc.d.e\nsib.f.g()\n",
    "pkg/__init__.py": "from .sub import thing\nfrom . import other\nsub.attr\n",
    "guarded.py": "try:\n    import ujson as json\nexcept ImportError:\n    import json\n"
                  "json.loads('1')\n",
    "typing_only.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from m import T\n"
                      "def f(x: 'T') -> None:\n    import late\n    late.thing.other\n",
    "dynamic.py": "import importlib\nfrom importlib import import_module\n"
                  "mod = importlib.import_module('pkg.mod')\nother = import_module('.rel', __package__)\n"
                  "importlib.import_module(name)\n",
    "star.py": "from m import *\nfrom n import (a,\n    b as c)\n",
    # a name an import binds, shadowed in a function: its attributes there are not the module's
    "shadowed.py": "import json\n\ndef f(json):\n    return json.dumps.x\n\njson.loads\n",
    "assigned.py": "import conf\nconf.settings.debug = True\nconf.settings.debug\n",
    "broken.py": "import os\ndef (:\n    os.path\n",
    "routes.py": "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/users')\n"
                 "def users():\n    return {'id': 1}\n",
    "models.py": "from django.db import models\n\nclass Post(models.Model):\n"
                 "    title = models.CharField(max_length=10)\n",
    "client_test.py": "def test_it(client):\n    assert client.get('/users').json()['id']\n",
    "lazy.py": "def __getattr__(name):\n    import heavy\n    return heavy.table[name]\n",
}


def python_sources() -> list[tuple[str, bytes]]:
    """The shapes above, and every Python file of the fixtures and the test apps."""
    files = [(path, text.encode()) for path, text in SHAPES.items()]
    for directory in (ROOT / "fixtures", ROOT / "tests" / "apps"):
        files += [(str(p.relative_to(directory)), p.read_bytes())
                  for p in sorted(directory.rglob("*.py"))]
    return files


@pytest.mark.parametrize("path, data", python_sources(), ids=lambda value: value
                         if isinstance(value, str) else "")
def test_a_python_summary_read_alone_is_the_summary_of_the_facts(path, data):
    alone = extract_summary(path, data)
    of_facts = summary_of(extract_facts(path, data))
    assert alone is not None
    # member references may be more: those of a shadowed or reassigned import name
    assert set(of_facts.member_refs) <= set(alone.member_refs)
    assert replace(alone, member_refs=()) == replace(of_facts, member_refs=())


def test_a_summary_read_alone_keeps_the_references_of_an_import_the_facts_keep():
    refs = {(r.local, r.chain) for r in extract_summary("plain.py", SHAPES["plain.py"].encode()).member_refs}
    assert {("os", ("path", "join")), ("abc", ("d", "e")), ("sib", ("f", "g"))} <= refs
    shadowed = extract_summary("shadowed.py", SHAPES["shadowed.py"].encode())
    facts = summary_of(extract_facts("shadowed.py", SHAPES["shadowed.py"].encode()))
    assert [r.chain for r in facts.member_refs] == [("loads",)]
    assert {r.chain for r in shadowed.member_refs} == {("loads",), ("dumps", "x")}  # more, not fewer


def test_files_with_no_summarizer_or_not_readable_get_facts():
    assert extract_summary("web/a.ts", b"export const a = 1;\n") is None
    assert extract_summary("bin.py", b"import os\0\n") is None
    assert extract_summary("big.py", b"x = 1\n" * 10, max_size=10) is None


def test_a_pool_summarises_python_files_and_extracts_the_rest(monkeypatch):
    monkeypatch.setattr(impact.parallel, "POOL_THRESHOLD", 2)
    monkeypatch.setattr(impact.parallel, "CHUNK_SIZE", 3)
    files = [(path, text.encode()) for path, text in SHAPES.items()]
    files.append(("web/a.ts", b"export const a = 1;\n"))
    records = {path: (facts, summary) for path, facts, summary in impact.parallel.extract_records(
        files, 1_000_000, None, jobs=2, summary_first=True)}
    for path, data in files:
        facts = extract_facts(path, data, 1_000_000)
        record, summary = records[path]
        if path in ("web/a.ts", "routes.py", "client_test.py"):  # no summarizer; HTTP facts
            assert load_facts(record) == facts  # the HTTP rules go through these: facts now
            assert summary_codec().load(summary) == summary_of(facts)
        else:
            assert record is None
            assert summary_codec().load(summary) == extract_summary(path, data, 1_000_000)


LIBRARY = "def helper(x):\n    return x\n\n\ndef other(x):\n    return x\n"
UNRELATED = {f"tools/t{i}.py": f"import json\n\n\ndef t{i}():\n    return json.dumps({i})\n"
             for i in range(12)}


def test_a_cold_run_extracts_the_facts_of_what_the_change_can_affect_only(repo_factory, monkeypatch,
                                                                          tmp_path):
    base = {**UNRELATED, "lib.py": LIBRARY, "app.py": "from lib import helper\n\nhelper(1)\n",
            "web/a.js": "export const a = 1;\n"}
    repo = repo_factory([base, {"lib.py": LIBRARY.replace("def helper(x)", "def helper(x, y)")}])
    extracted = extracted_paths(monkeypatch)
    scoped = run_impact(repo, "--cache-dir", str(tmp_path / "c"), "diff", "HEAD~1", "HEAD",
                        "--format", "json")
    assert sorted(set(extracted)) == ["app.py", "lib.py", "web/a.js"]
    monkeypatch.undo()
    full = run_impact(repo, "--no-cache", "--full-scan", "diff", "HEAD~1", "HEAD", "--format", "json")
    assert scoped.json == full.json
    assert scoped.keys() == [("IMP202", "app.py", 3, "helper")]


def test_a_file_only_summarised_gets_its_facts_when_a_later_run_needs_them(repo_factory, tmp_path,
                                                                          monkeypatch):
    base = {**UNRELATED, "lib.py": LIBRARY, "app.py": "from lib import helper\n\nhelper(1)\n"}
    repo = repo_factory([base, {"app.py": "from lib import helper\n\nhelper(2)\n"}])
    cache_dir = str(tmp_path / "c")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD")  # tools/ summarised
    (repo / "tools" / "t3.py").write_text("from lib import gone\n\ngone()\n")
    extracted = extracted_paths(monkeypatch)
    warm = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json")
    assert "tools/t3.py" in extracted and "tools/t4.py" not in extracted
    monkeypatch.undo()
    full = run_impact(repo, "--no-cache", "--full-scan", "diff", "HEAD", "--format", "json")
    assert warm.json == full.json
    assert warm.keys() == [("IMP101", "tools/t3.py", 1, "gone")]
