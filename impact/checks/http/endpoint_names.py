"""The comparison behind IMP408 (impact.checks.http): the URLs head builds from endpoint
names, against the names the routes have in each revision.

A name is judged only when base surely had it: a route with that name on a router impact
knows, under that namespace (a name written `.view`, the current blueprint's, matches any).
It is reported when head has no route that may have it: none with that name under that
namespace, nor any whose router, or namespace, is unknown. Django REST framework routers
name their routes themselves (`user-list`): while head registers any, a name with a `-` is
not judged.
"""

from __future__ import annotations

from dataclasses import replace

from impact.checks.http import UNBUILDABLE_URL
from impact.graph import SymbolGraph
from impact.http.endpoints import NamedEndpoint, named_endpoints, split
from impact.http.url_names import DJANGO, FLASK
from impact.model import EndpointRefDecl, Finding, Location

FAILURES = {FLASK: "werkzeug's BuildError", DJANGO: "NoReverseMatch"}


def check_change(base: SymbolGraph, head: SymbolGraph, every_read: bool = False) -> list[Finding]:
    refs = [(path, ref) for path, facts in sorted(head.facts.items())
            for ref in facts.http.endpoint_refs]
    if not refs and not every_read:
        return []
    unsure = {path for path, facts in head.facts.items() if not facts.readable}
    before = [e for e in named_endpoints(base) if e.file not in unsure]
    after = named_endpoints(head)
    if not refs or not before or not after:
        return []
    drf_names = _registers_drf_routes(head)
    findings = []
    for path, ref in refs:
        namespace, name = split(ref.framework, ref.name)
        if drf_names and ref.framework == DJANGO and "-" in name:
            continue
        had = next((e for e in before if _surely_has(e, ref.framework, namespace, name)), None)
        if had is None or any(_may_have(e, ref.framework, namespace, name) for e in after):
            continue
        findings.append(_finding(path, ref, had))
    return findings


def _surely_has(endpoint: NamedEndpoint, framework: str, namespace: str | None, name: str) -> bool:
    return endpoint.framework == framework and endpoint.name == name and \
        endpoint.namespace is not None and namespace in (None, endpoint.namespace)


def _may_have(endpoint: NamedEndpoint, framework: str, namespace: str | None, name: str) -> bool:
    if endpoint.name != name or endpoint.framework not in (None, framework):
        return False
    return namespace is None or endpoint.namespace in (None, namespace)


def _registers_drf_routes(graph: SymbolGraph) -> bool:
    return any(router.kind == "drf-router" for facts in graph.facts.values()
               for router in facts.http.routers)


def _finding(path: str, ref: EndpointRefDecl, had: NamedEndpoint) -> Finding:
    view = f"the view `{had.handler}`" if had.handler else "a route"
    finding = UNBUILDABLE_URL.finding(
        path, ref.site, ref.name,
        f"`{ref.name}` names no route in head (in base it named {view}, {had.file}:"
        f"{had.site.line}): building its URL raises {FAILURES[ref.framework]}")
    return replace(finding, origin=Location(had.file, had.site.line))
