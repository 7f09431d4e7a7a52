"""Which HTTP declaration a name in a module refers to, through impact's own resolution:
local declarations, imports (ESM, CommonJS `require`, Python), `export default`,
`module.exports = x`, re-exports and `module.attr`."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from impact.graph import SymbolGraph
from impact.http import django
from impact.http.py_constants import ITEMS
from impact.http.python import mounting_function
from impact.model import FileFacts, HttpFacts

MAX_DEPTH = 8
Declared = tuple[str, str]  # (module path, name declared there)


def declared_names(http: HttpFacts) -> set[str]:
    return {r.resource for r in http.responders} | \
        {d.name for d in (*http.routers, *http.values, *http.wrappers, *http.producers,
                             *http.models, *http.returns, *http.viewsets, *http.resources,
                             *http.instances, *http.delegates, *http.components, *http.dependables)} | \
        {mounting_function(m.parent)[0] for m in http.mounts if mounting_function(m.parent)} | \
        {c.name.partition(".")[0].removesuffix(ITEMS) for c in http.constants} | \
        {f.name.partition(".")[0] for f in http.request_functions} | \
        {w.name.partition(".")[0] for w in http.wrappers} | \
        {name for f in http.forwarders for name in (f.name, f.name.partition(".")[0])} | \
        set(http.dependencies)  # a request function or its class, a wrapper or its object, a
    # function forwarding a body or its object; FastAPI dependency types (and dependables)



# per graph (as long as it lives): what resolve answered, and the names each module declares
_RESOLVED: WeakKeyDictionary[SymbolGraph, dict[tuple[str, str], Declared | None]] = WeakKeyDictionary()
_DECLARED: WeakKeyDictionary[SymbolGraph, dict[str, set[str]]] = WeakKeyDictionary()


def resolve(graph: SymbolGraph, module: str, expression: str, depth: int = 0) -> Declared | None:
    """The (module, name) of the router, client, constant, wrapper, handler, serializer or
    model class `expression` names in `module` (`router`, `routes.router`,
    `require:./routes/api`), or None."""
    if depth:
        return _resolve(graph, module, expression, depth)
    resolved = _RESOLVED.setdefault(graph, {})
    if (module, expression) not in resolved:
        resolved[(module, expression)] = _resolve(graph, module, expression, 0)
    return resolved[(module, expression)]


def _declared_in(graph: SymbolGraph, module: str, facts: FileFacts) -> set[str]:
    declared = _DECLARED.setdefault(graph, {})
    if module not in declared:
        declared[module] = declared_names(facts.http)
    return declared[module]


def _resolve(graph: SymbolGraph, module: str, expression: str, depth: int) -> Declared | None:
    facts = graph.facts.get(module)
    if facts is None or depth > MAX_DEPTH:
        return None
    if expression.startswith("require:"):
        target = graph.resolve_spec(module, expression[len("require:"):])
        return _exported(graph, target, "default", depth) if isinstance(target, str) else None
    if expression.startswith(django.MODULE):  # Django `include("app.urls")`: its URL conf
        target = graph.python.resolve_absolute(expression[len(django.MODULE):])
        return (target, django.URLCONF) if target in graph.facts and \
            django.URLCONF in _declared_in(graph, target, graph.facts[target]) else None
    first, _dot, rest = expression.partition(".")
    imports = [i for i in facts.imports if i.local == first and i.kind != "reexport"]
    if rest:
        made = _class_of_instance(facts, first) if not imports and "." not in rest else None
        if made is not None:  # `api.rings` of `api = new RookeryApi(http)`: `RookeryApi.rings`
            return _resolve(graph, module, f"{made}.{rest}", depth + 1)
        if "." in rest or not imports:
            return None
        target = graph.module_bound_by(facts, imports[0])
        if target is None and not graph.language_of(module).dotted_module_names and \
                imports[0].imported not in (None, "*", "default"):
            # `environment.apiUrl` of `import { environment }`: a property of an object
            # constant that module declares (`export const environment = { apiUrl: '/api' }`)
            declared = graph.target(module, imports[0])
            return _exported(graph, declared, f"{imports[0].imported}.{rest}", depth) \
                if isinstance(declared, str) else None
        if target is None and imports[0].imported == "default":  # `api.list()` of `import api`
            declared = graph.target(module, imports[0])
            return _default_member(graph, declared, rest) if isinstance(declared, str) else None
        return _exported(graph, target, rest, depth) if target else None
    if len(imports) > 1:
        return None
    if not imports:
        return (module, first) if first in _declared_in(graph, module, facts) else None
    imp = imports[0]
    target = graph.target(module, imp)
    if not isinstance(target, str):
        return None
    if imp.imported is None:  # Python `import pkg.mod`: a module, not a declaration
        return None
    if imp.imported == "*":  # `const router = require('./routes')`
        return _exported(graph, target, "default", depth) if imp.kind == "require" else None
    if graph.language_of(module).submodules_are_attributes and \
            graph.python.submodule(target, imp.imported):
        return None
    return _exported(graph, target, imp.imported, depth)


def _class_of_instance(facts: FileFacts, name: str) -> str | None:
    """The class (imported) a module-level name is an instance of (InstanceDecl.arguments)."""
    return next((i.function for i in facts.http.instances if i.name == name and i.arguments is not None), None)


def class_home(graph: SymbolGraph, module: str, written: str) -> Declared | None:
    """The module and name of the class a module imports as `written`."""
    imports = [i for i in graph.facts[module].imports if i.local == written and i.kind != "reexport"]
    target = graph.target(module, imports[0]) if len(imports) == 1 else None
    return (target, imports[0].imported) if isinstance(target, str) and imports[0].imported else None


def _default_member(graph: SymbolGraph, module: str, key: str) -> Declared | None:
    """Property `key` of the object a module exports by default (`export default { list() {...}
    }`, or `export default api` of `const api = {...}`), when the module declares it."""
    facts = graph.facts.get(module)
    if facts is None:
        return None
    local = facts.http.module_exports or next(
        (e.local for e in facts.exports if e.name == "default" and e.local), None)
    name = f"{local or 'default'}.{key}"
    return (module, name) if name in _declared_in(graph, module, facts) else None


def _exported(graph: SymbolGraph, module: str, name: str, depth: int) -> Declared | None:
    """What `module` exports as `name` (`default`: `export default x` or `module.exports = x`)."""
    facts: FileFacts | None = graph.facts.get(module)
    if facts is None:
        return None
    if name == "default":
        local = facts.http.module_exports or next(
            (e.local for e in facts.exports if e.name == "default" and e.local), None)
        if local:
            return resolve(graph, module, local, depth + 1)
        # a default export written in place, declared under that name (a Fastify plugin)
        return (module, name) if name in _declared_in(graph, module, facts) else None
    if name in _declared_in(graph, module, facts):
        return module, name
    for export in facts.exports:
        if export.name != name:
            continue
        if export.source is not None and export.imported not in (None, "*"):
            target = graph.resolve_spec(module, export.source)
            return _exported(graph, target, export.imported, depth + 1) if isinstance(target, str) \
                else None
        if export.local and export.local != name:
            return resolve(graph, module, export.local, depth + 1)
    found = resolve(graph, module, name, depth + 1)
    if found is not None:
        return found
    for export in facts.exports:  # `export * from './taskRoute'`: one that has it, if only one
        if export.kind == "star" and export.source is not None and not export.type_only:
            target = graph.resolve_spec(module, export.source)
            through = _exported(graph, target, name, depth + 1) if isinstance(target, str) else None
            if through is not None:
                return through
    return None
