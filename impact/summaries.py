"""What one file's facts give its revision's index (impact/index.py): a pure function of the
facts, so of the file's path and bytes, made where the facts are made."""

from __future__ import annotations

from functools import cache

from impact.lang import LANGUAGES
from impact.model import FileFacts, FileSummary
from impact.records import Codec


@cache
def summary_codec() -> Codec:
    """The records of summaries, compiled when first needed (a warm run that builds no index
    reads none)."""
    return Codec(FileSummary)


def summary_of(facts: FileFacts) -> FileSummary:
    """The summary of a file's facts (they stay the truth: this only leaves out the rest)."""
    values = types = unbound = frozenset()
    names = frozenset(facts.ambient_globals)  # a page's too
    if LANGUAGES[facts.language].scripts_share_globals:  # as checks/names.py reads them
        values = frozenset(facts.bindings) | frozenset(facts.ambient_globals)
        types = frozenset(facts.ambient_globals) | {d.name for d in facts.definitions}
        if not (facts.esm or facts.commonjs or facts.imports):
            names |= frozenset(facts.bindings)
        unbound = frozenset(ref.name for ref in facts.unbound if not ref.type_only)
    locals_ = {imp.local for imp in facts.imports if imp.local}
    return FileSummary(
        facts.path, facts.language, facts.imports,
        tuple(ref for ref in facts.member_refs if ref.local in locals_),
        facts.http.gone_through(), facts.http.only_instances(), facts.schema.declares_any(),
        values, types, names, unbound, any(problem.transient for problem in facts.problems))
