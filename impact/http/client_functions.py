"""Who calls a generated API client's request functions (impact.http.js_generated): calls in
code written by hand (a file that does not say it is generated, nor a test, which mocks the
client) of `ItemsService.readItems()`
through `import { ItemsService } from '@/client'` (re-exporting indexes followed),
`readItems()`, or `sdk.readItems()` through `import * as sdk`, or of a generated function
that calls one of them (hey-api's React Query plugin: `useQuery(readItemsOptions())`). Each
such call sends the request its function sends (impact.http.clients makes it a request); the
request inside the generated client is not one of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from impact.graph import SymbolGraph
from impact.http.names import resolve
from impact.model import FileFacts, RequestFunctionDecl, Site
from impact.public_api import is_test_path

MAX_DELEGATION = 3  # generated functions that call a generated function, one under another


@dataclass(frozen=True)
class FunctionCall:
    """A call at `site` of `module` of the request function `function` of module `home`."""

    module: str
    site: Site
    home: str
    function: RequestFunctionDecl


def request_function_calls(graph: SymbolGraph) -> list[FunctionCall]:
    names = {f.name.partition(".")[0] for facts in graph.facts.values()
             for f in (*facts.http.request_functions, *facts.http.delegates)}
    if not names:
        return []
    found = []
    for module, facts in sorted(graph.facts.items()):
        if facts.generated or not (facts.calls or facts.member_refs) or is_test_path(module):
            continue  # tests of a generated client's callers mock it
        imported = {i.local for i in facts.imports
                    if i.local and (i.imported in names or i.imported == "*")}
        for callee, at in _uses(facts, imported):
            target = _function(graph, module, callee)
            if target is not None:
                found.append(FunctionCall(module, at, *target))
    return found


def _uses(facts: FileFacts, imported: set[str]) -> list[tuple[str, Site]]:
    """(callee, site) of the calls of imported names, and of the functions passed on without
    a call (`queryFn: UsersService.readUserMe`: whoever is given it calls it)."""
    uses = [(call.callee, call.site) for call in facts.calls
            if call.callee.partition(".")[0] in imported]
    called = {(callee, at.line, at.column) for callee, at in uses}
    for ref in facts.member_refs:
        if ref.local not in imported or len(ref.chain) != 1:
            continue
        callee = f"{ref.local}.{ref.chain[0]}"
        if (callee, ref.site.line, ref.site.column - len(ref.local) - 1) not in called:
            uses.append((callee, ref.site))
    return sorted(uses, key=lambda use: (use[1].line, use[1].column))


def _function(graph: SymbolGraph, module: str, callee: str, depth: int = 0
              ) -> tuple[str, RequestFunctionDecl] | None:
    """The request function (and its module) `callee` names in `module`, or the one a
    generated delegate leads to (`readItemsOptions` -> `readItems`, `useListPets` ->
    `getListPetsQueryOptions` -> `listPets`), when it leads to exactly one."""
    declared = resolve(graph, module, callee)  # `readItems`, `sdk.readItems`
    if declared is not None:
        home, name = declared
    else:  # `ItemsService.readItems`: a static method of a class imported by name
        owner, dot, member = callee.rpartition(".")
        owner_declared = resolve(graph, module, owner) if dot and "." not in owner else None
        if owner_declared is None:
            return None
        home, name = owner_declared[0], f"{owner_declared[1]}.{member}"
    http = graph.facts[home].http
    function = next((f for f in http.request_functions if f.name == name), None)
    if function is not None:
        return home, function
    delegate = next((d for d in http.delegates if d.name == name), None) \
        if depth < MAX_DELEGATION else None
    if delegate is None:
        return None
    reached = {found for c in delegate.callees
               if (found := _function(graph, home, c, depth + 1)) is not None}
    return reached.pop() if len(reached) == 1 else None

