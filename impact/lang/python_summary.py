"""The index summary of a Python module (impact/summaries.py) read without its facts.

A cold run reads every file to build its revision's index, but checks only the files the
change can affect: so it reads most files' summaries only, which takes the parse and a few
cheap captures instead of scopes, bindings, definitions and calls (about a third of the time
the facts take). The summary is the one `summary_of` makes from the facts, but for
`member_refs`, which may hold more: every plain `name.a.b` whose root is a name some import
binds, where the facts keep those whose root resolves, at module scope, to a name bound only
by imports. The index then counts the file as an importer of a few more submodules, which
only makes the files a change can affect a few more (impact/affected.py), never fewer.
"""

from __future__ import annotations

from impact.http import python as http_facts
from impact.lang.python import dynamic_imports, parse_import
from impact.lang.treesitter import captures, parse, site, split_captures, syntax_problems
from impact.model import PYTHON, FileSummary, Import, MemberRef

QUERY_FILES = ("python_summary",)


def summarize(path: str, source: bytes, time_budget: float | None = None) -> FileSummary:
    root = parse("python", source, time_budget).root_node
    found, http_found = split_captures(
        captures("python", QUERY_FILES, root, also=(("http.", http_facts.QUERY),)), "http.")
    statements = [*found.get("import", ()), *found.get("import.from", ())]
    statements.sort(key=lambda node: node.start_byte)
    imports = [imp for node in statements for imp in parse_import(node)]
    calls = sorted([*http_found.get("call", ()), *http_found.get("plain_call", ())],
                   key=lambda node: node.start_byte)  # every call importlib's can be
    imports += dynamic_imports(calls, imports, path)
    imports.sort(key=lambda i: (i.site.line, i.site.column))
    member_refs = () if syntax_problems(root) else \
        _member_refs(found.get("rooted.name", ()), _import_locals(imports), source)
    from impact.lang import schema  # as python.extract reads them

    http = http_facts.extract(root, http_found, tuple(imports))
    return FileSummary(path, PYTHON, tuple(imports), member_refs, http.gone_through(),
                       http.only_instances(), schema.extract(root).declares_any(), frozenset(),
                       frozenset(), frozenset(), frozenset(), False)


def _import_locals(imports: list[Import]) -> frozenset[str]:
    """The names imports bind (those summary_of keeps member references of)."""
    return frozenset(imp.local for imp in imports if imp.local)


def _member_refs(roots: list, locals_: frozenset[str], source: bytes) -> tuple[MemberRef, ...]:
    """`local.a.b`, the longest chain of plain names from each root an import binds."""
    refs = []
    for root in roots:
        local = source[root.start_byte:root.end_byte].decode("utf-8", "replace")
        if local not in locals_:
            continue
        names = []
        attribute = root.parent
        while True:
            names.append(attribute.child_by_field_name("attribute"))
            above = attribute.parent
            if above is None or above.type != "attribute" or \
                    above.child_by_field_name("object") != attribute:
                break
            attribute = above
        refs.append(MemberRef(local, tuple(n.text.decode("utf-8", "replace") for n in names),
                              site(names[0])))
    return tuple(refs)
