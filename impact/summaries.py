"""What one file's facts give its revision's index (impact/index.py): a pure function of the
facts, so of the file's path and bytes, made where the facts are made."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from impact.http.tags import is_tag
from impact.lang import LANGUAGES
from impact.model import FileFacts, HttpFacts, Import, MemberRef, SchemaFacts
from impact.records import Codec

NO_HTTP = HttpFacts()
NO_SCHEMA = SchemaFacts()
# HTTP facts the rules only look up, at the module a name resolves to (impact.http.names,
# responses.py), and never go through file by file: a file with only these (a Python
# module with classes that may be a response, a serializer) is read when a lookup reaches it.
# `returns` (a function returning a call's result) are also read beside the requests of
# their own file (impact.http.reads), so a file with no request need not be gone through
# for them: most functions of a JavaScript file return some call. So are `wrappers` (a
# function passing its parameter on as a URL, `return get(path)`): a request is resolved
# through one by looking it up where the request's callee resolves (impact.http.clients);
# and `render_wrappers`, looked up where a view's call of one resolves
LOOKED_UP_HTTP = {"producers": (), "models": (), "module_exports": None, "constants": (),
                  "dependencies": (), "returns": (), "relations": (), "components": (),
                  "wrappers": (), "render_wrappers": ()}


@dataclass(frozen=True)
class FileSummary:
    """What one file's facts give its revision's index, and nothing else: an index is built
    from these, so a run that builds one (a cold run, or a change that adds or removes files)
    reads every file's summary, not every file's facts. The worker that extracts a file's
    facts makes its summary too (impact.parallel), and the cache keeps both."""

    path: str
    language: str
    imports: tuple[Import, ...]
    member_refs: tuple[MemberRef, ...]  # Python: those rooted at a name an import binds
    http: bool  # HTTP facts besides LOOKED_UP_HTTP
    only_instances: bool  # ... and those are only calls that may make an app
    schema: bool  # ORM columns or a migration
    values: frozenset[str]  # as Contribution's, for the languages whose scripts share globals
    types: frozenset[str]
    globals: frozenset[str]
    page_globals: frozenset[str]  # read from `window` (FileFacts.page_globals)
    declared: frozenset[str]  # what `declare` says exists (of `values`)
    unbound: frozenset[str]
    type_unbound: frozenset[str]  # ... and those used without being bound in type positions
    builtins_added: frozenset[str]  # Python: names it adds to the builtins (FileFacts.builtins_added)
    transient: bool  # a problem another run may not have (not cached)


@cache
def summary_codec() -> Codec:
    """The records of summaries, compiled when first needed (a warm run that builds no index
    reads none)."""
    return Codec(FileSummary)


def summary_of(facts: FileFacts) -> FileSummary:
    """The summary of a file's facts (they stay the truth: this only leaves out the rest)."""
    values = types = declared = unbound = type_unbound = frozenset()
    names = frozenset(facts.ambient_globals)  # a page's too
    if LANGUAGES[facts.language].scripts_share_globals:  # as checks/names.py reads them
        values = frozenset(facts.bindings) | frozenset(facts.ambient_globals)
        types = frozenset(facts.ambient_globals) | {d.name for d in facts.definitions}
        declared = frozenset(facts.ambient_globals)
        if not (facts.esm or facts.commonjs or facts.imports):
            names |= frozenset(facts.bindings)
        unbound = frozenset(ref.name for ref in facts.unbound if not ref.type_only)
        type_unbound = frozenset(ref.name for ref in facts.unbound if ref.type_only)
    locals_ = {imp.local for imp in facts.imports if imp.local}
    gone_through = replace(facts.http, **LOOKED_UP_HTTP)
    if any(is_tag(c.name) for c in facts.http.components):  # a custom element: found by its
        gone_through = replace(gone_through, components=facts.http.components)  # tag, not an import
    return FileSummary(
        facts.path, facts.language, facts.imports,
        tuple(ref for ref in facts.member_refs if ref.local in locals_),
        gone_through != NO_HTTP,
        _only_apps_made(gone_through),
        facts.schema != NO_SCHEMA, values, types, names, frozenset(facts.page_globals), declared,
        unbound, type_unbound, frozenset(facts.builtins_added),
        any(problem.transient for problem in facts.problems))


def _only_apps_made(http: HttpFacts) -> bool:
    """The file's HTTP facts are only names bound to what a function returns (which may be an
    app, when a factory of apps is declared); an instance of a class given a client
    (InstanceDecl.arguments) is gone through always."""
    return http.instances != () and all(i.arguments is None for i in http.instances) and \
        replace(http, instances=()) == NO_HTTP
