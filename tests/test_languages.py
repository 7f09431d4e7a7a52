"""A language is a unit: one registry says which files are whose, and resolvers answer with
tagged results. Also guards the structure: code outside lang/ and resolve/ asks a Language
instead of comparing language names."""

from __future__ import annotations

import re
from pathlib import Path

from impact.facts import extract_facts
from impact.graph import SymbolGraph
from impact.lang import LANGUAGES, language_of, steers_resolution
from impact.model import JAVASCRIPT, PYTHON, TYPESCRIPT
from impact.resolve import External, Missing, Resolved
from impact.suppression import read_comments

ROOT = Path(__file__).resolve().parent.parent


def test_every_suffix_belongs_to_one_language():
    seen: dict[str, str] = {}
    for language in LANGUAGES.values():
        for suffix in language.suffixes:
            assert suffix not in seen, f"{suffix} is both {seen[suffix]} and {language.name}"
            seen[suffix] = language.name
    assert {".py", ".pyi", ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts"} <= set(seen)


def test_the_language_of_a_path_is_its_suffix_in_any_case():
    assert language_of("pkg/mod.py").name == PYTHON
    assert language_of("Pkg/MOD.PYI").name == PYTHON
    assert language_of("src/App.jsx").name == JAVASCRIPT
    assert language_of("types/index.d.ts").name == TYPESCRIPT
    assert language_of("a.py/README") is None  # a directory named like a module
    assert language_of("Makefile") is None
    assert language_of("style.css") is None


def test_the_files_that_steer_resolution():
    assert steers_resolution("web/package.json") and steers_resolution("tsconfig.base.json")
    assert steers_resolution("pyproject.toml") and steers_resolution("requirements-dev.txt")
    assert not steers_resolution("node_modules/x/package.json")
    assert not steers_resolution("src/app.py")


def test_suppression_comments_take_the_form_of_their_language():
    py = read_comments("a.py", b"x = 1  # impact: ignore[IMP101]\ny = 2  // impact-ignore IMP101\n")
    assert [(d.line, d.codes) for d in py.directives] == [(1, frozenset({"IMP101"}))]
    js = read_comments("a.ts", b"// impact-ignore-next-line IMP101, IMP105 -- moved\nf();\n"
                                b"/* impact: ignore[IMP101] */\n")
    assert [(d.line, d.codes) for d in js.directives] == [(2, frozenset({"IMP101", "IMP105"}))]
    assert [m.reason for m in js.malformed] == ["in JavaScript/TypeScript write `// impact-ignore CODE`"]


def _graph(files: dict[str, str]) -> SymbolGraph:
    facts = {path: extract_facts(path, text.encode()) for path, text in files.items()
             if language_of(path) is not None}
    return SymbolGraph("test", facts, frozenset(files), {})


def _resolutions(graph: SymbolGraph, path: str) -> list:
    return [graph.resolution(path, imp) for imp in graph.facts[path].imports]


def test_resolvers_answer_resolved_external_or_missing():
    graph = _graph({
        "pkg/__init__.py": "",
        "pkg/fast.cpython-311-x86_64-linux-gnu.so": "",
        "pkg/use.py": "import os\nfrom pkg import thing\nfrom pkg import gone_mod\n"
                      "from pkg.fast import f\nfrom .absent import y\n",
        "web/a.ts": "import React from 'react';\nimport { b } from './b';\nimport { c } from './c';\n",
        "web/b.ts": "export const b = 1;\n",
    })
    assert _resolutions(graph, "pkg/use.py") == [
        External("os"), Resolved("pkg/__init__.py"), Resolved("pkg/__init__.py"),
        Resolved("pkg/fast.cpython-311-x86_64-linux-gnu.so", "compiled"), Missing()]
    assert _resolutions(graph, "web/a.ts") == [External("react"), Resolved("web/b.ts"), Missing()]
    assert graph.target("web/a.ts", graph.facts["web/a.ts"].imports[1]) == "web/b.ts"
    assert graph.target("web/a.ts", graph.facts["web/a.ts"].imports[0]) is None
    assert graph.import_is_missing("web/a.ts", graph.facts["web/a.ts"].imports[2])
    assert not graph.import_is_missing("web/a.ts", graph.facts["web/a.ts"].imports[0])


LANGUAGE_BRANCH = re.compile(r"""(==|!=) *(PYTHON|JAVASCRIPT|TYPESCRIPT|["'](python|javascript|typescript)["'])"""
                             r"""|\bis_python\(|\bnot in \(None, PYTHON\)""")
# the comparisons of language names still left outside lang/ and resolve/ (each a decision
# to move into the Language description): none
KNOWN_BRANCHES = {}


def test_code_outside_lang_and_resolve_asks_the_language_instead_of_comparing_names():
    found: dict[str, int] = {}
    for path in sorted((ROOT / "impact").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(("impact/lang/", "impact/resolve/")):
            continue
        count = len(LANGUAGE_BRANCH.findall(path.read_text(encoding="utf-8")))
        if count:
            found[relative] = count
    assert found == KNOWN_BRANCHES
