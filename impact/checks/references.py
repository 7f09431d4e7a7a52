"""What a name or a call in a module refers to, and naming conventions of members: graph
queries that several rule families share (so that the families stay independent)."""

from __future__ import annotations

from impact.graph import SymbolGraph
from impact.model import DEPENDS, Call, Definition, FileFacts, Import

# bases that give a class neither methods of its own nor dataclass fields
TYPING_ONLY_BASES = {"object", "Generic", "typing.Generic", "Protocol", "typing.Protocol", "ABC", "abc.ABC"}


def is_public_member(name: str) -> bool:
    """`method` and `__dunder__` are public; `_private` and `__mangled` are not."""
    return not name.startswith("_") or (name.endswith("__") and name != "__init__")


def typing_only_base(graph: SymbolGraph, module: str, name: str) -> bool:
    """Whether a base class as written is typing's or abc's (`Protocol`, `Generic`, `ABC`,
    `object`), which add nothing to instances nor to the constructor: not a class of the
    repository bearing the name (websockets' `Protocol`)."""
    if name not in TYPING_ONLY_BASES:
        return False
    where = class_callee(graph, module, name)
    definition = graph.definition(*where) if where is not None else None
    return definition is None or definition.kind != "class"


def class_callee(graph: SymbolGraph, module: str, name: str) -> tuple[str, str] | None:
    """(module, name) of the definition `name` (a base class expression) reaches from `module`."""
    facts = graph.facts.get(module)
    return resolve_name(graph, facts, name) if facts else None


def class_method_callee(graph: SymbolGraph, facts: FileFacts, call: Call, inherited_from_base: bool = True
                        ) -> tuple[str, str] | None:
    """(module, "Class.method") for `Class.method(...)`, or a call on an instance of Class,
    when impact knows the class (not a call through a property of the instance: Call.through);
    a method Class inherits is its base's that defines it (`Base.method`), along one line of
    bases (_one_line_of_bases), unless `inherited_from_base` is false (the class called)."""
    *owner_parts, method = call.callee.split(".")
    if not owner_parts or call.through:
        return None
    owner = resolve_name(graph, facts, ".".join(owner_parts))
    definition = graph.definition(*owner) if owner else None
    if definition is None or definition.kind != "class":
        return None
    defined = not inherited_from_base or any(m.name == method for m in definition.members)
    inherited = inherited_method(graph, owner, method) \
        if not defined and _one_line_of_bases(graph, owner) else None
    where = inherited[0] if inherited else owner
    return where[0], f"{where[1]}.{method}"


def _one_line_of_bases(graph: SymbolGraph, owner: tuple[str, str]) -> bool:
    """Whether every class of the class's ancestry has one base at most (typing's aside): the
    nearest class defining a name is then the one a call finds (a TypeScript class always;
    Python's method resolution order over several bases is not followed)."""
    definition = graph.definition(*owner)
    return definition is not None and all(
        cls is None or sum(1 for base in cls.bases if not typing_only_base(graph, module, base)) <= 1
        for module, cls in class_ancestry(graph, owner[0], definition, limit=None))


def inherited_method(graph: SymbolGraph, owner: tuple[str, str], name: str
                     ) -> tuple[tuple[str, str], Definition] | None:
    """(the class's key, the method) of the nearest class of `owner`'s ancestry that has
    `name`, when it is a method there (not an attribute, not assigned on instances), every class
    on the way one of the repository."""
    cls = graph.definition(*owner)
    if cls is None or cls.kind != "class":
        return None
    for module, ancestor in class_ancestry(graph, owner[0], cls, limit=None):
        if ancestor is None or ancestor.instance_attributes is None or \
                name in ancestor.instance_attributes and \
                not any(m.name == name for m in ancestor.members) or \
                any(a.name == name for a in ancestor.attributes):
            return None
        method = next((m for m in ancestor.members if m.name == name), None)
        if method is not None:
            return (module, ancestor.name), method
    return None


def resolve_name(graph: SymbolGraph, facts: FileFacts, dotted: str) -> tuple[str, str] | None:
    """(module, name) of the definition a module-scope name (`f`, `mod.f`) in `facts` reaches,
    when impact can tell; through module-level aliases (`ib = attrib`: what `attrib` reaches)."""
    found = _resolve_once(graph, facts, dotted)
    seen: set[tuple[str, str]] = set()
    while found is not None and found not in seen:
        seen.add(found)
        definition = graph.definition(*found)
        alias_facts = graph.facts.get(found[0]) if definition is not None \
            and definition.alias_of else None
        if alias_facts is None:
            return found
        found = _resolve_once(graph, alias_facts, definition.alias_of)
    return None if found in seen else found


def _resolve_once(graph: SymbolGraph, facts: FileFacts, dotted: str) -> tuple[str, str] | None:
    """`resolve_name` without following aliases."""
    parts = dotted.split(".")
    binders = [i for i in facts.imports if i.local == parts[0] and i.kind != "reexport"]
    if len(parts) == 1:
        if not binders:
            return _star_origin(graph, facts, parts[0]) or (facts.path, parts[0])
        # several imports of the name (one in each test function): one origin if they agree
        origins = {_imported_origin(graph, facts, imp) for imp in binders}
        return origins.pop() if len(origins) == 1 else None
    if len(parts) == 2 and len(binders) == 1:
        member = _default_object_member(graph, facts, binders[0], parts[1])
        if member is not None:
            return member
    module = graph.module_bound_by_all(facts, binders)
    for attr in parts[1:-1]:
        module = graph.python.submodule(module, attr) if module else None
    return _origin(graph, module, parts[-1]) if module else None


def _imported_origin(graph: SymbolGraph, facts: FileFacts, imp: Import) -> tuple[str, str] | None:
    """(module, name) of the definition the name `imp` binds reaches, when impact can tell."""
    if _may_be_a_fallback(facts, imp) or imp.imported in (None, "*"):
        return None
    target = graph.target(facts.path, imp)
    return _origin(graph, target, imp.imported) if isinstance(target, str) else None


def _star_origin(graph: SymbolGraph, facts: FileFacts, name: str) -> tuple[str, str] | None:
    """(module, name) of the definition a name reaches that only `from m import *` statements
    of the file bind: the one module whose star brings it, every star's names known (its
    `__all__`, or a module without dynamic exports) and none guarded by a `try`."""
    stars = [imp for imp in facts.imports if imp.kind == "star"]
    if not stars or name in facts.bindings or any(imp.guarded for imp in stars):
        return None
    providers = []
    for imp in stars:
        brought = graph.star_names(facts.path, imp)
        if not brought.complete:
            return None
        if name in brought.names:
            providers.append(graph.target(facts.path, imp))
    return _origin(graph, providers[0], name) if len(providers) == 1 and \
        isinstance(providers[0], str) else None


def _may_be_a_fallback(facts: FileFacts, imp: Import) -> bool:
    """Whether the name a guarded import binds may be something else when the import fails:
    a handler binds it too (`except ImportError: f = None`). When only the import binds it
    (the handler skips the module, raises, or passes), the name is what the import brings or
    nothing, and pyright checks its uses against what the import brings."""
    return imp.guarded and imp.local not in facts.only_imported


def _default_object_member(graph: SymbolGraph, facts: FileFacts, imp: Import, key: str
                           ) -> tuple[str, str] | None:
    """`utils.f` where `utils` is the default import of a module that exports
    `export default { f, ... }`: what `f` is in that module."""
    if imp.kind != "esm" or imp.imported != "default" or imp.guarded:
        return None
    target = graph.target(facts.path, imp)
    module = graph.facts.get(target) if isinstance(target, str) else None
    members = [m for m in module.default_object if m.name == key] if module else []
    if len(members) != 1 or members[0].local is None:
        return None
    return resolve_name(graph, module, members[0].local)


def _origin(graph: SymbolGraph, module: str, name: str) -> tuple[str, str] | None:
    origin = graph.export_origin(module, name)
    if origin is None:
        return None
    if graph.definition(origin[0], name) is not None:
        return (origin[0], name)
    # `export default function bind` / `export default bind`: the definition's own name
    facts = graph.facts.get(origin[0]) if name == "default" else None
    local = next((e.local for e in facts.exports if e.name == "default" and e.local), None) \
        if facts else None
    if local and graph.definition(origin[0], local):
        return (origin[0], local)
    # renamed on the way (`from .aio.client import Client as NATS` in a package re-exported by
    # `from nats import NATS`): the definition at the origin's site, under its own name
    renamed = graph.defined_at(*origin)
    return (origin[0], renamed) if renamed is not None else None


MAX_BASES = 50  # classes of a hierarchy `class_ancestry` lists by default


def class_ancestry(graph: SymbolGraph, module: str, definition: Definition,
                   limit: int | None = MAX_BASES) -> list[tuple[str, Definition | None]]:
    """The class and its bases, nearest first (depth first, left to right, each once), with
    the module of each; None for a base impact cannot read (of an interface: the interfaces it
    extends, Definition.bases). A loop, not recursion (a hierarchy
    may be deep); at most `limit` entries (None: all)."""
    found: list[tuple[str, Definition | None]] = []
    seen: set[tuple[str, str]] = set()
    stack = [(module, definition)]
    while stack and (limit is None or len(found) < limit):
        owner, cls = stack.pop()
        found.append((owner, cls))
        later = []
        for base_name in cls.bases:
            if typing_only_base(graph, owner, base_name):
                continue
            where = class_callee(graph, owner, base_name)
            base = graph.definition(*where) if where else None
            if base is None or base.kind != ("type" if cls.kind == "type" else "class"):
                found.append((owner, None))
                continue
            if where not in seen:
                seen.add(where)
                later.append((where[0], base))
        stack.extend(reversed(later))
    return found


def route_handler(graph: SymbolGraph, key: tuple[str, str]) -> bool:
    """Whether a function is the handler of a route its module declares (`@router.get(...)`,
    `@bp.route(...)`): the framework calls it, filling its parameters from the request and
    its dependencies, and the route's callers are judged by the HTTP rules (IMP401/IMP403,
    IMP408 for the URLs built from its name); no caller outside calls it directly."""
    path, name = key
    facts = graph.facts.get(path)
    return facts is not None and any(route.handler == name for route in facts.http.routes)


def view_dependency(graph: SymbolGraph, key: tuple[str, str]) -> bool:
    """Whether a function is a dependency a FastAPI view (or another dependency) names
    (`Depends(pagination)`): FastAPI calls it, filling its parameters from the request, and
    what it asks of its callers is judged by the HTTP rules (IMP405)."""
    path, name = key
    facts = graph.facts.get(path)
    if facts is None or not any(d.name == name for d in facts.http.dependables):
        return False
    return any(parameter.kind == DEPENDS and resolve_name(graph, other, parameter.ref) == key
               for other in graph.facts.values()
               for parameters in (*(r.parameters for r in other.http.routes),
                                  *(d.parameters for d in other.http.dependables))
               for parameter in parameters or ())


def responder_method(graph: SymbolGraph, path: str, qualified: str) -> bool:
    """Whether `Class.method` is an HTTP responder the framework calls with the request
    (Falcon's `on_get`/`on_get_suffix`, a Tornado handler's `get`, CherryPy's `GET` under the
    MethodDispatcher): no caller outside calls it directly."""
    owner, _dot, name = qualified.rpartition(".")
    facts = graph.facts.get(path)
    return facts is not None and any(
        r.resource == owner and name in (r.method, r.method.lower(), f"on_{r.method.lower()}",
                                         f"on_{r.method.lower()}_{r.suffix}")
        for r in facts.http.responders)


CLICK_DECORATORS = ("command", "group", "option", "argument")


def click_command(graph: SymbolGraph, key: tuple[str, str]) -> bool:
    """Whether a function is a click command's callback (`@click.command()`, `@cli.command()`,
    `@click.option(...)` in a module that imports click): the decorated name is a click
    Command, not the function, and click calls the callback with its parameters by keyword,
    so no caller outside passes them by position (and `CliRunner` invokes it by arguments)."""
    path, name = key
    facts = graph.facts.get(path)
    definition = graph.definition(path, name) if facts is not None else None
    if definition is None or definition.kind != "function" or not definition.decorators:
        return False
    clicked = {i.local for i in facts.imports if i.source == "click" or i.source.startswith("click.")}
    return any(decorator.rsplit(".", 1)[-1] in CLICK_DECORATORS and
               (decorator.split(".")[0] in clicked or "." in decorator and clicked)
               for decorator in definition.decorators)
