"""Breaking changes to the public API, found by comparing base with head: IMP201.

Unlike the other families these rules need both graphs, so the diff runs them after it
knows which findings the change introduced: those are the consumers of a broken symbol.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from impact.checks.base import Rule
from impact.checks.context import ChangeContext, Revision
from impact.checks.references import class_ancestry, class_method_callee, is_public_member, route_handler
from impact.graph import SymbolGraph
from impact.model import Definition, FileFacts, Finding, Import, Location, MemberRef, Site
from impact.public_api import PublicSymbol, outside_code_may_use, same_entry

REMOVED_PUBLIC_API = Rule(
    code="IMP201",
    name="removed-public-api",
    severity="error",
    summary="a public symbol was removed or renamed; reported once, at its old definition, with "
            "every in-repo site that used it (each of those keeps its own finding).",
    why="everything that imports it breaks: the consumers in this repository (listed), and code "
        "outside it that impact cannot see, so it is a warning even with no consumer here.",
    example="# pkg/util.py, base: def slugify(text): ...   head: removed\n"
            "# IMP201 at pkg/util.py:1 (base), consumers: app.py:3",
    short="a public symbol was removed or renamed: once, at its old definition, with its consumers; a"
          " move or rename is named",
    use_instead="keep the old name as an alias (and deprecate it) while consumers move, or update "
                "every consumer listed (`impact fix` does it for a move or rename).",
    references=('https://mkdocstrings.github.io/griffe/guide/users/checking/',),
    leads_cause=True,
)
RULES = (REMOVED_PUBLIC_API,)


def check(context: ChangeContext) -> list[Finding]:
    """IMP201 for every public symbol of base that head no longer provides; its consumers,
    the findings about it the change introduced and head's imports that reached it in base."""
    base, head = context.base.graph, context.head.graph
    public = context.public
    by_site: dict[tuple[str, int], list[PublicSymbol]] = defaultdict(list)
    for symbol in public:
        if not _still_provided(base, head, symbol) and base.still_resolves(symbol.module, symbol.name):
            by_site[(symbol.defined_in, symbol.site.line)].append(symbol)
    findings = []
    imports_by_name: dict[str, list[tuple[str, Import]]] = defaultdict(list)
    moves, new_homes = {}, {}
    attribute_reads: dict[tuple[str, str], set[Location]] = {}
    if by_site:  # what moved, and where, matters only to what was removed
        attribute_reads = _attribute_reads(base, context.head, context.introduced)
        for path, facts in context.head.files_to_check.items():
            for imp in facts.imports:
                if imp.imported not in (None, "*"):
                    imports_by_name[imp.imported].append((path, imp))
        added = new_definitions(base, context.head)
        moves = relocations(context.base, context.head, added)
        new_homes = _new_homes(added)
    for symbols in by_site.values():
        symbol = _at_home(symbols)
        users = _consumers(base, symbols, context.introduced) | \
            _indirect_importers(base, head, symbols, imports_by_name) | \
            {site for s in symbols for module in {s.module, s.defined_in}
             for site in attribute_reads.get((module, s.name), ())}
        consumers = sorted(users, key=lambda c: (c.file, c.line))
        if consumers or (any(outside_code_may_use(base, s.module) for s in symbols) and
                         not route_handler(base, (symbol.defined_in, symbol.name))):
            findings.append(_removed(symbol, consumers, moves, head, new_homes))
    findings.extend(_removed_methods(base, context.head, public))
    return findings


def _at_home(symbols: list[PublicSymbol]) -> PublicSymbol:
    """The one of a definition's public symbols a finding names: public through the module
    that defines it, when it is (not a package that re-exports it), else the first."""
    return next((s for s in symbols if s.module == s.defined_in), symbols[0])


def _removed_methods(base: SymbolGraph, revision: Revision, public: Iterable[PublicSymbol]) -> list[Finding]:
    """Public methods removed from a public class that is still there; consumers are the
    calls `Class.method(...)` through the class (instances are not followed). A method that
    was a route's handler (a CherryPy exposed method) and that nothing calls: the HTTP rules
    judge its route."""
    head = revision.graph
    removed: dict[tuple[str, str], Definition] = {}
    for symbol in public:
        old, new = symbol.definition, head.definition(symbol.defined_in, symbol.name)
        if old is None or new is None or old.kind != "class" or new.kind != "class":
            continue
        # a method may become a class attribute, or one its methods set on every instance
        # (`self.release_conn = self._release_conn_impl`: the calls through `self` still run)
        kept = {m.name for m in (*new.members, *new.attributes)} | set(new.self_attributes or ())
        for method in old.members:
            if is_public_member(method.name) and not is_dunder(method.name) and \
                    method.name not in kept and \
                    not _may_inherit(head, symbol.defined_in, new, method.name):
                removed[(symbol.defined_in, f"{symbol.name}.{method.name}")] = method
    if not removed:
        return []
    consumers: dict[tuple[str, str], list[Location]] = defaultdict(list)
    for facts in revision.files_to_check.values():
        for call in facts.calls:
            key = class_method_callee(head, facts, call)
            if key in removed:
                consumers[key].append(Location(facts.path, call.site.line))
    findings = []
    for (path, qualified), method in sorted(removed.items()):
        users = sorted(consumers[(path, qualified)], key=lambda c: (c.file, c.line))
        if not users and (not outside_code_may_use(head, path) or route_handler(base, (path, qualified))):
            continue
        message = f"public method `{qualified}` was removed"
        message += f"; {len(users)} in-repo call(s) still use it" if users else \
            "; no in-repo call through the class, but instances and external code may use it"
        findings.append(REMOVED_PUBLIC_API.finding(
            path, method.site, qualified, message, severity="error" if users else "warning",
            revision="base", consumers=tuple(users)))
    return findings


def is_dunder(name: str) -> bool:
    """`__str__`, `__eq__`, ...: the language calls these, and every class has a default."""
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def _still_provided(base: SymbolGraph, head: SymbolGraph, symbol: PublicSymbol) -> bool:
    module = symbol.module if symbol.module in head.facts else _same_module(base, head, symbol.module)
    return module is not None and head.still_resolves(module, symbol.name)


def _same_module(base: SymbolGraph, head: SymbolGraph, module: str) -> str | None:
    """The file that an import of a module reaches in head when the file it reached in base
    is gone: for Python the `.py` beside a deleted `.pyi` stub, `pkg/__init__.py` for
    `pkg.py`; for a package's entry point, the file its `package.json` names now."""
    language = base.language_of(module)
    if language is None:
        return None
    if not language.dotted_module_names:
        return same_entry(base, head, module)
    found = head.python.resolve_absolute(base.python.dotted_name(module))
    return found if found in head.facts else None


def _may_inherit(graph: SymbolGraph, module: str, cls: Definition, method: str) -> bool:
    """Whether a base class (in the repository, or one impact cannot see) may provide it."""
    return any(ancestor is None or method in {m.name for m in ancestor.members}
               for _owner, ancestor in class_ancestry(graph, module, cls, limit=None)[1:])


def _consumers(base: SymbolGraph, symbols: list[PublicSymbol],
               introduced: Iterable[Finding]) -> set[Location]:
    """The sites of the findings the change introduced about the symbol's name in its module
    (or about an import of it from a module that was deleted)."""
    modules = {s.module for s in symbols} | {s.defined_in for s in symbols}
    names = {s.name for s in symbols}  # more than one when a module exports it under an alias
    found = set()
    for finding in introduced:
        subject = finding.subject
        if subject is None:
            continue
        if subject.module in modules and subject.name in names:
            found.add(Location(finding.file, finding.line))
        elif subject.statement is not None and subject.statement.imported in names and \
                base.target(subject.importer, subject.statement) in modules:
            found.add(Location(finding.file, finding.line))  # its module was deleted
    return found


def _attribute_reads(base: SymbolGraph, revision: Revision, introduced: Iterable[Finding]
                     ) -> dict[tuple[str, str], set[Location]]:
    """(module, name) of base -> the reads `sub.name` / `pkg.sub.name` in head that reached
    it through a module bound by an import (`from pkg import sub`, `import pkg.sub`), where
    the read or the import binding its root carries a finding the change introduced (the
    module moved or was deleted, so the import fails and the read with it): the consumers of
    a symbol removed there. Worked out once for every removed symbol."""
    broken: dict[str, set[int]] = defaultdict(set)
    for finding in introduced:
        if finding.revision == "head":
            broken[finding.file].add(finding.line)
    found: dict[tuple[str, str], set[Location]] = defaultdict(set)
    for path, lines in broken.items():
        facts = revision.files_to_check.get(path)
        if facts is None or path not in base.facts:
            continue
        binders: dict[str, list[Import]] = defaultdict(list)
        for imp in facts.imports:
            binders[imp.local].append(imp)
        for ref in facts.member_refs:
            if ref.site.line in lines or any(imp.site.line in lines for imp in binders[ref.local]):
                for target in _reads_from(base, facts, ref, binders[ref.local]):
                    found[target].add(Location(path, ref.site.line))
    return found


def _reads_from(base: SymbolGraph, facts: FileFacts, ref: MemberRef, binders: list[Import]
                ) -> set[tuple[str, str]]:
    """(module, name) for each module of base the root of `ref` may be and the name the
    chain reads from it past the submodules it goes through."""
    language = base.language_of(facts.path)
    read = set()
    for module in base.modules_bound_at(facts, ref, binders):
        for attr in ref.chain:
            submodule = base.python.submodule(module, attr) if language.submodules_are_attributes \
                else None
            if submodule is None:
                read.add((module, attr))
                break
            module = submodule
    return read


def _indirect_importers(base: SymbolGraph, head: SymbolGraph, symbols: list[PublicSymbol],
                        imports_by_name: dict[str, list[tuple[str, Import]]]) -> set[Location]:
    """Imports in head that reached one of the symbols (one definition, public through
    several modules) in base, also those that reach it through a package, a star import or
    an export list that still names it (and so carry no finding of their own: the dangling
    `__all__` entry or export does). Each import is judged once for them all: a name
    re-exported along a chain of a thousand modules is public through each of them. An
    import head gives to a distribution the project declares (the package moved out of the
    repository, agent-framework's `agent_framework_durabletask`) is no consumer: it imports
    the published package."""
    found = set()
    for (name, origin), group in _by_origin(symbols).items():
        # a definition still there is missed only by imports that went through the module
        # it was public through (a re-export facade deleted): not by those that reach it
        # otherwise; None (any import that reached it) first
        throughs = sorted({s.module if s.module != s.defined_in and
                           head.definition(s.defined_in, s.name) is not None else None
                           for s in group}, key=lambda module: module is not None)
        for path, imp in imports_by_name.get(name, ()):
            if path not in base.facts:
                continue
            target = base.target(path, imp)
            if isinstance(target, str) and base.export_origin(target, imp.imported) == origin and \
                    any(through is None or _provided_through(base, target, imp.imported, through)
                        for through in throughs) and \
                    not _reaches_a_definition(head, path, imp) and \
                    not head.import_is_declared_dependency(path, imp):
                found.add(Location(path, imp.site.line))
    return found


def _by_origin(symbols: list[PublicSymbol]) -> dict[tuple[str, tuple[str, Site]], list[PublicSymbol]]:
    """The symbols by (name, where it is defined)."""
    grouped: dict[tuple[str, tuple[str, Site]], list[PublicSymbol]] = defaultdict(list)
    for symbol in symbols:
        grouped[(symbol.name, (symbol.defined_in, symbol.site))].append(symbol)
    return grouped


def _reaches_a_definition(graph: SymbolGraph, path: str, imp: Import) -> bool:
    """Whether the import leads to a definition `graph` holds: a package that re-exported the
    removed symbol now re-exports another module's (`from .openapi import AutoSchema` where
    it had `from .coreapi import AutoSchema`), so the import is not broken."""
    target = graph.target(path, imp)
    origin = graph.export_origin(target, imp.imported) if isinstance(target, str) else None
    if origin is None or origin[0] not in graph.facts:
        return False
    module, site = origin
    return any(d.site == site for d in graph.names_of(module).definitions.values())


def _provided_through(graph: SymbolGraph, module: str, name: str, via: str, depth: int = 0) -> bool:
    """Whether `module` provides `name` by way of `via`: it is `via`, or its import or
    re-export of the name leads there (the path `SymbolGraph.export_origin` follows)."""
    if module == via:
        return True
    if depth > 20 or module not in graph.facts:
        return False
    names = graph.names_of(module)
    if name in names.definitions:
        return False
    imp = names.imports.get(name)
    redirect = names.redirects.get(name)
    if imp is not None:
        target, name = graph.target(module, imp), imp.imported
    elif redirect is not None and redirect.kind == "reexport":
        target, name = graph.resolve_spec(module, redirect.source), redirect.imported
    elif redirect is not None:
        target, name = module, redirect.local
    else:
        target = next((t for t in graph.star_targets(module)
                       if isinstance(t, str) and name in graph.exports(t).names), None)
    return isinstance(target, str) and _provided_through(graph, target, name, via, depth + 1)


def relocations(base_revision: Revision, head_revision: Revision,
                added: dict[tuple, list[tuple[str, str]]] | None = None
                ) -> dict[tuple[str, str], tuple[str, str]]:
    """(module, name) in base -> (module, name) in head, for definitions that moved or were
    renamed: gone from where they were, and the same code is new in exactly one place. When
    several definitions with that code are gone, the one of the same name moved, or none.
    `added`: head's new definitions (`new_definitions`), when the caller has them."""
    base, head = base_revision.graph, head_revision.graph
    moved_to = added if added is not None else new_definitions(base, head_revision)
    gone: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for path, facts in base_revision.files_to_check.items():
        if head.facts.get(path) is facts:
            continue  # the same content in head: nothing of it is gone (a script's global
            # function is provided by no module, but it is still there)
        for definition in facts.definitions:
            if definition.body and not (path in head.facts and head.provides(path, definition.name)):
                gone[_identity(definition)].append((path, definition.name))
    found = {}
    for identity, places in gone.items():
        candidates = moved_to.get(identity, [])
        if len(candidates) != 1:
            continue
        if len(places) > 1:
            places = [place for place in places if place[1] == candidates[0][1]]
        if len(places) == 1:
            found[places[0]] = candidates[0]
    found.update(_moved_aliases(base_revision, head_revision, found))
    return found


def _moved_aliases(base_revision: Revision, head_revision: Revision,
                   moved: dict[tuple[str, str], tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """Aliases (`default = vega`, too plain to tell by their value) gone from one module and
    written the same, under the same name, in exactly one module new to it that binds the
    aliased name too (where it moved, when it is a definition that moved): moved with it."""
    base, head = base_revision.graph, head_revision.graph
    gone: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path, facts in base_revision.files_to_check.items():
        if head.facts.get(path) is not facts:
            for definition in _aliases(facts):
                if not (path in head.facts and head.provides(path, definition.name)):
                    gone[(definition.name, definition.alias_of)].append(path)
    if not gone:
        return {}
    written: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path, facts in head_revision.files_to_check.items():
        old = base.facts.get(path)
        old_names = {d.name for d in old.definitions} if old else set()
        for definition in _aliases(facts):
            if definition.name not in old_names:
                written[(definition.name, definition.alias_of)].append(path)
    found = {}
    for (name, alias_of), places in gone.items():
        homes = written.get((name, alias_of), [])
        root = alias_of.split(".")[0]
        if len(places) == 1 and len(homes) == 1 and root in head.facts[homes[0]].bindings and \
                moved.get((places[0], root), (homes[0], root)) == (homes[0], root):
            found[(places[0], name)] = (homes[0], name)
    return found


def _aliases(facts: FileFacts) -> Iterator[Definition]:
    return (d for d in facts.definitions if d.alias_of and not d.body)


def new_definitions(base: SymbolGraph, head: Revision) -> dict[tuple, list[tuple[str, str]]]:
    """Definitions head has and base had not, by what identifies the same code elsewhere."""
    new: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for path, facts in head.files_to_check.items():
        old = base.facts.get(path)
        old_names = {d.name for d in old.definitions} if old else set()
        for definition in facts.definitions:
            if definition.name not in old_names and definition.body:
                new[_identity(definition)].append((path, definition.name))
    return new


def _new_homes(added: dict[tuple, list[tuple[str, str]]]) -> dict[tuple[str, str], list[str]]:
    """(kind, name) -> the files of head where a definition of that kind and name is new
    (`added`: `new_definitions`): where a definition that moved with changes (not the same
    code: no relocation) may be."""
    homes: dict[tuple[str, str], list[str]] = defaultdict(list)
    for identity, places in added.items():
        for path, name in places:
            homes[(identity[0], name)].append(path)
    return homes


def _identity(definition: Definition) -> tuple:
    return definition.kind, definition.parameters, definition.body


def _removed(symbol: PublicSymbol, consumers: list[Location],
             moves: dict[tuple[str, str], tuple[str, str]], head: SymbolGraph,
             new_homes: dict[tuple[str, str], list[str]]) -> Finding:
    kind = symbol.definition.kind if symbol.definition else "symbol"
    message = f"public {kind} `{symbol.name}` of `{symbol.module}` was removed"
    switched = _export_style_change(symbol, head)
    if switched:
        message = switched
    target = moves.get((symbol.defined_in, symbol.definition.name)) if symbol.definition else None
    homes = new_homes.get((kind, symbol.definition.name), []) if symbol.definition else []
    kept = _still_defined(symbol, head) if target is None and not switched else None
    if kept is not None:  # a re-export removed (its module gone): the definition is still there
        message += f"; `{symbol.defined_in}` still defines it: import it with `{kept}`"
    elif target is None and not switched and len(homes) == 1:
        message += (f"; `{homes[0]}` defines a new {kind} `{symbol.definition.name}`: if it is "
                    f"this one, changed, import it with "
                    f"`{_suggested_import(head, homes[0], symbol.definition.name)}`")
    if target is not None:
        path, name = target
        if path == symbol.defined_in:
            message = f"public {kind} `{symbol.name}` was renamed to `{name}`"
        else:
            message = f"public {kind} `{symbol.name}` moved to `{path}:{name}`"
            message += f"; import it with `{_suggested_import(head, path, name)}`"
    if consumers:
        message += f"; {len(consumers)} in-repo site(s) still use it"
    else:
        message += "; no in-repo consumer, but code outside this repository may use it"
    return REMOVED_PUBLIC_API.finding(symbol.defined_in, _site(symbol), symbol.name, message,
                                      severity="error" if consumers else "warning",
                                      revision="base", consumers=tuple(consumers))


def _still_defined(symbol: PublicSymbol, head: SymbolGraph) -> str | None:
    """The import of a symbol public through a re-export whose defining module still defines
    it in head, unchanged in place (the re-exporting module or its name removed)."""
    definition = symbol.definition
    if definition is None or symbol.defined_in == symbol.module or \
            symbol.defined_in not in head.facts or not head.provides(symbol.defined_in, definition.name):
        return None
    return _suggested_import(head, symbol.defined_in, definition.name)


def _suggested_import(head: SymbolGraph, path: str, name: str) -> str:
    language = head.language_of(path)
    return language.suggested_import(head.module_name(path, language), name)


def _export_style_change(symbol: PublicSymbol, head: SymbolGraph) -> str | None:
    """A JavaScript default export that became a named one, or the other way round."""
    facts = head.facts.get(symbol.module)
    if facts is None or not head.language_of(symbol.module).has_default_export:
        return None
    local = symbol.definition.name if symbol.definition else None
    if symbol.name == "default" and local and local in head.exports(symbol.module).names:
        return (f"the default export of `{symbol.module}` is now the named export `{local}`: "
                f"`import {{ {local} }}` instead of `import {local}`")
    default = next((e.local for e in facts.exports if e.name == "default"), None)
    if symbol.name != "default" and default == symbol.name and default in facts.bindings:
        return (f"`{symbol.name}` of `{symbol.module}` is now its default export: "
                f"`import {symbol.name}` instead of `import {{ {symbol.name} }}`")
    return None


def _site(symbol: PublicSymbol) -> Site:
    return symbol.definition.site if symbol.definition else symbol.site
