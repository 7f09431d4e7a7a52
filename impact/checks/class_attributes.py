"""IMP103 on class attributes, found by comparing base with head: `Comment.parent_comment_id`
read through an import (`from models import Comment`, `models.Comment.x`) after the
attribute left the class.

Reported only when the class defined the attribute in base (in its body, or in a base class
of this repository) and nothing may provide it in head: not its body, not a base class here,
not a base class impact cannot see into (except for attributes such a base cannot be the
source of — any attribute the class itself declared in base, other than the few names ORM
and model bases provide: `objects`, `query`, `id`, ...), not a metaclass, `__getattr__`,
`__getattribute__` or `__init_subclass__`, and no module sets attributes on the class
(`Comment.x = ...`, `setattr(Comment, ...)`). A method read through the class
(`Comment.create(...)`) after it left the class is reported too, only where every base class
of the class is one of this repository (a method is what a base impact cannot see into may well
have: an override removed leaves the base's).

Uses through instances (`comment.publish()`, `comment.parent_comment_id`) are followed where
the instance's class is certain (Call.on_instance, FileFacts.instance_reads): in Python
`comment = Comment(...)` in the same scope, a parameter annotated `comment: Comment` (or
`Optional[Comment]`, `Comment | None`, `"Comment"`), a name in the block of `if
isinstance(comment, Comment):` that binds it nowhere (or of `isinstance(comment, (Comment,
Reply))`: a use on each class), after `if not isinstance(comment, Comment): return` up to a
binding of it, `self` in a method of the class, `A() if c else B()` or a name bound in every
branch of an `if`/`else` (a use on each class, as pyright judges the union), the binding
before a read straight on; in TypeScript (calls, reads and writes: tsc
checks each against the class) `new Comment()` (held or used directly), a property or
parameter typed `Comment` (or `Comment<T>`), `this` in the class's instance members, a
property a base class declares with the class (`this.svc.run()` in a subclass: Call.through,
MemberRef.through, the property's Definition.returns), a property of such a property
(`this.state!.collection.m()`, `x.collection.m()`: a dotted `through`), a property declared `C
| null` read through `!` or `?.` (a parameter `x?: C` too), `await this.repo.find()` and
`this.own()` of methods declaring their class. In both, `comment = make()` where the function
declares the class it returns (Definition.returns: `-> Comment`, `): Comment`, `=> Comment` of
an arrow function held by a variable; `await make()` of `async def make() -> Comment` or `):
Promise<Comment>`, Definition.awaitable; never an inferred type), resolved where the function is defined, and
`x = Cls.make()`, `self.make()`, `f.make()`, `Cls().make()` through the method the nearest
class of `Cls`'s ancestry has (Python: undecorated or with `classmethod`, `staticmethod`,
functools' `cache`/`lru_cache`; a `@property` declaring its class; a function nested in
another); in Python an attribute a base class in another module assigns
with its class (`self.reader.read()`, Definition.typed_attributes), a name every binding of
which makes the same class, `e if isinstance(e, C) else C(...)`. A member is a method, a
field, an accessor or a parameter property (TypeScript), or a class attribute (Python), of the
class or of a base class; in TypeScript also a member of an interface (with those of the
interfaces of the repository it extends, object_type_members) or of an object type alias a
receiver is typed with (Definition.object_members). Reported when no ancestor of the class may
give instances the name: every one a class of the repository (TypeScript: whose module no
`declare module` augments), none assigning `.publish =` in its body or setting attributes by
names not written, nor with a `__new__` of its own (Definition.instance_attributes). Where the
class has a base class impact cannot see into (`class Pep(Cog)`), a member the class itself
declared in base is reported as a warning when no other class of the repository declares that
name or assigns it through `self` or `cls` (else it may be a hook of the framework's base,
which an override removed leaves to it): python-discord/bot 8f4e7d51a6 drops
`refresh_peps_urls` from a cog while `await self.refresh_peps_urls()` remains.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from weakref import WeakKeyDictionary

from impact.checks.classes import declared_at, provides
from impact.checks.context import ChangeContext
from impact.checks.imports import DANGLING_ATTRIBUTE, augmented_modules, object_type_members
from impact.checks.references import class_ancestry, inherited_method, resolve_name
from impact.graph import SymbolGraph
from impact.model import AWAITED, Definition, FileFacts, Finding, MemberRef, Site

RULES = ()  # IMP103 is documented in impact.checks.imports

Target = tuple[str, str]  # (module, class name)


def check(context: ChangeContext) -> list[Finding]:
    """IMP103 at reads of class attributes that some class of a changed module of base
    (a path of base the change removed or edited) no longer declares."""
    base, head = context.base.graph, context.head.graph
    removed = _removed_names(base, head, context.changed_modules)
    if not removed:
        return []
    written = _written_classes(head, context.head.files_to_check)
    findings = []
    for path, facts in context.head.files_to_check.items():
        language = head.language_of(path)
        if not _judges_instances(head, path):
            continue
        for ref in (*facts.member_refs, *facts.namespace_reads) if language.tracks_class_attributes else ():
            if removed.isdisjoint(ref.chain):
                continue
            finding = _broken_read(base, head, facts, ref, written)
            if finding is not None:
                findings.append(finding)
        for owner, through, attribute, site, shown in _instance_uses(facts):
            if attribute in removed:
                finding = _broken_instance_use(base, head, facts, (owner, through, attribute), site,
                                               shown, written)
                if finding is not None:
                    findings.append(finding)
    return findings


def _instance_uses(facts: FileFacts) -> Iterator[tuple[str, str, str, Site, str]]:
    """(class as written, the property of its instance gone through or "", attribute, site,
    the use shown) of each call on an instance of a known class (Call.on_instance) and each
    other read of an attribute of one (FileFacts.instance_reads)."""
    for call in facts.calls:
        if call.on_instance:
            owner, attribute = call.callee.rsplit(".", 1)
            yield AWAITED * call.awaited + owner, call.through, attribute, call.site, f".{attribute}(...)"
    for read in facts.instance_reads:
        yield AWAITED * read.awaited + read.local, read.through, read.chain[0], read.site, f".{read.chain[0]}"


def _broken_instance_use(base: SymbolGraph, head: SymbolGraph, facts: FileFacts,
                         used: tuple[str, str, str], site: Site, shown: str,
                         written: set[Target]) -> Finding | None:
    """`x.m(...)` or `x.m` on an instance of a class of the repository that had `m` in base,
    itself or through a base class here, and may have it by no means in head: not as a class
    attribute or method, not as an attribute its or an ancestor's body assigns (`self.m =
    ...`), with every ancestor a class of the repository, none taking attributes at run time
    nor making its instances in a `__new__` of its own."""
    owner, through, attribute = used
    target = _instance_class(head, facts, owner)
    for name in through.split(".") if target is not None and through else ():
        target = _property_class(head, target, name) if target is not None else None
    if target is None or target in written or attribute.startswith("__"):
        return None
    now, before = head.definition(*target), base.definition(*target)
    if now is not None and now.kind == "type":
        return _broken_object_type_use(base, head, facts, (target, attribute), site, shown)
    if now is None or now.kind != "class" or before is None or before.kind != "class" or \
            not _judges_instances(head, target[0]) or \
            provides(head, target[0], now, attribute):
        return None
    unseen = _unseen_ancestors(head, target[0], now, attribute)
    if unseen is None or unseen and _named_by_another_class(head, target, attribute):
        return None
    origin = declared_at(base, target[0], before, attribute, methods=True)
    if origin is None or unseen and not _declares(before, attribute):
        return None
    message = f"`{shown}` on an instance of class `{target[1]}` ({target[0]}): the class no " \
              f"longer has `{attribute}` (defined at {origin.file}:{origin.line} in base)"
    if unseen:
        message += "; unless a base class impact cannot see into has it (no other class of the " \
                   "repository has that name)"
    finding = DANGLING_ATTRIBUTE.finding(facts.path, site, attribute, message,
                                         severity="warning" if unseen else None)
    return replace(finding, origin=origin)


def _broken_object_type_use(base: SymbolGraph, head: SymbolGraph, facts: FileFacts,
                            used: tuple[Target, str], site: Site, shown: str) -> Finding | None:
    """`x.m` where `x` is typed with an interface extending nothing, or a type alias of an
    object type (Definition.object_members), that declared `m` in base and does not in head,
    in a module no `declare module` augments: tsc's TS2339."""
    target, attribute = used
    now, before = head.definition(*target), base.definition(*target)
    members = object_type_members(head, target[0], now)
    had = object_type_members(base, target[0], before) if before is not None and before.kind == "type" \
        else None
    if members is None or had is None or attribute not in had or attribute in members or \
            not _judges_instances(head, target[0]):
        return None
    origin = declared_at(base, target[0], before, attribute, methods=True)
    finding = DANGLING_ATTRIBUTE.finding(
        facts.path, site, attribute,
        f"`{shown}` on a value of type `{target[1]}` ({target[0]}): the type no longer has "
        f"`{attribute}`" + (f" (declared at {origin.file}:{origin.line} in base)" if origin else ""))
    return replace(finding, origin=origin) if origin is not None else finding


def _declares(cls: Definition, attribute: str) -> bool:
    return any(a.name == attribute for a in (*cls.attributes, *cls.members))


def _named_by_another_class(graph: SymbolGraph, target: Target, attribute: str) -> bool:
    """Whether a class of the revision other than `target` declares `attribute` (or assigns
    it through `self` or `cls`, _own_names): then it may be a name a framework's base class
    calls or provides (a hook: `get_queryset`, `cog_load`), which an override removed leaves
    to that base."""
    if graph not in _DECLARING:
        _DECLARING[graph] = {}
    declaring = _DECLARING[graph]
    if attribute not in declaring:
        declaring[attribute] = {(path, definition.name) for path, facts in graph.facts.items()
                                for definition in facts.definitions
                                if definition.kind == "class" and (_declares(definition, attribute) or
                                                                   attribute in _own_names(definition))}
    return bool(declaring[attribute] - {target})


def _own_names(cls: Definition) -> tuple[str, ...]:
    """The names a class gives its own instances besides its declarations: what its body assigns
    through `self` or `cls` (Python, Definition.self_attributes), not on another object (a
    test's `self.cog.post_eval = AsyncMock()` is no field of the test class)."""
    own = cls.self_attributes if cls.self_attributes is not None else cls.instance_attributes
    return own or ()


# the classes of a revision that declare a name, by name (asked only of removed names)
_DECLARING: WeakKeyDictionary[SymbolGraph, dict[str, set[Target]]] = WeakKeyDictionary()


def _instance_class(graph: SymbolGraph, facts: FileFacts, owner: str) -> Target | None:
    """What `owner` (the class an instance use names) resolves to; for a function of the
    repository that declares the class it returns (`x = make()`, Definition.returns; `x = await
    make()` of an async one), that class, resolved where the function is defined; for
    `Cls.make` (`Cls.make()`, `Cls().make()`, `self.make()`) the class the method declares it
    returns, the method of the nearest class of `Cls`'s ancestry that has the name."""
    awaited = owner.startswith(AWAITED)
    owner = owner.removeprefix(AWAITED)
    target = resolve_name(graph, facts, owner)
    definition = graph.definition(*target) if target is not None else None
    if definition is None and "." in owner:
        prefix, name = owner.rsplit(".", 1)
        cls = _instance_class(graph, facts, prefix)
        found = inherited_method(graph, cls, name) if cls is not None else None
        target, definition = found if found is not None else (None, None)
    if definition is None or definition.kind in ("class", "type"):
        return None if awaited else target
    defined_in = graph.facts.get(target[0])
    if defined_in is None or not _declared_return(defined_in, definition) or definition.awaitable != awaited:
        return None
    return resolve_name(graph, defined_in, definition.returns)


# functools' caches, whose wrapper's call returns what the function declares
FUNCTOOLS_CACHES = frozenset({"cache", "lru_cache"})


def _declared_return(defined_in: FileFacts, function: Definition) -> str:
    """The class a function or method declares it returns (Definition.returns), where each
    decorator on it that keeps it is what its name says: a cache (`functools.cache`, `cache`,
    `lru_cache`) is functools' import in the module that defines the function."""
    for decorator in function.decorators:
        root, _dot, name = decorator.rpartition(".")
        if (name in FUNCTOOLS_CACHES and root in ("", "functools")) and not any(
                imp.source == "functools" and imp.level == 0 and
                (imp.local == decorator if root == "" and imp.imported == name else
                 root != "" and imp.local == root and imp.imported is None) for imp in defined_in.imports):
            return ""
    return function.returns


def _property_class(graph: SymbolGraph, owner: Target, name: str) -> Target | None:
    """The class of property `name` of an instance of class `owner`, where the nearest class of
    its ancestry that has the name declares it as a property with its class (TypeScript
    Definition.returns, Python Definition.typed_attributes), every class on the way one of
    the repository that declares its instances' names."""
    cls = graph.definition(*owner)
    for module, ancestor in class_ancestry(graph, owner[0], cls, limit=None) if cls is not None else ():
        if ancestor is None or ancestor.instance_attributes is None or module in augmented_modules(graph) or \
                ancestor.kind == "type" and ancestor.object_members is None:
            return None
        declared = next((a.returns for a in ancestor.attributes if a.name == name), None)
        typed = next((cls for attribute, cls in ancestor.typed_attributes if attribute == name), None)
        if typed or declared is not None:
            defined_in = graph.facts.get(module)
            return resolve_name(graph, defined_in, typed or declared) \
                if (typed or declared) and defined_in is not None else None
        if name in ancestor.instance_attributes or any(m.name == name for m in ancestor.members):
            return None
    return None


def _unseen_ancestors(graph: SymbolGraph, module: str, cls: Definition, attribute: str) -> int | None:
    """How many base classes impact cannot see into the class has (0: an instance surely lacks
    `attribute` when no class of its ancestry declares it), or None when a class of the
    repository among them may give instances the name: its body assigns an attribute of that
    name or sets attributes by names not written, or it defines a `__new__` that may return
    another object."""
    unseen = 0
    for owner, ancestor in class_ancestry(graph, module, cls, limit=None):
        if ancestor is None:
            unseen += 1
        elif ancestor.instance_attributes is None or owner in augmented_modules(graph) or \
                any(attribute == name or name.endswith("*") and attribute.startswith(name[:-1])
                    for name in ancestor.instance_attributes) or \
                any(m.name == "__new__" and not m.returns_own_instance for m in ancestor.members):
            return None
    return unseen


def _broken_read(base: SymbolGraph, head: SymbolGraph, facts: FileFacts, ref: MemberRef,
                 written: set[Target]) -> Finding | None:
    found = _class_and_attribute(head, facts, ref)
    if found is None:
        return None
    target, attribute, shown = found
    if target in written or attribute.startswith("__"):
        return None
    now = head.definition(*target)
    before = base.definition(*target)
    if before is None or before.kind != "class" or provides(head, target[0], now, attribute):
        return None
    origin = declared_at(base, target[0], before, attribute, methods=True)
    if origin is None or declared_at(base, target[0], before, attribute) is None and \
            _may_have_unseen_methods(head, target[0], now):
        return None
    finding = DANGLING_ATTRIBUTE.finding(
        facts.path, ref.site, attribute,
        f"`{shown}.{attribute}`: class `{target[1]}` ({target[0]}) no longer defines `{attribute}`"
        f" (defined at {origin.file}:{origin.line} in base)")
    return replace(finding, origin=origin)


def _class_and_attribute(graph: SymbolGraph, facts: FileFacts, ref: MemberRef
                         ) -> tuple[Target, str, str] | None:
    """The class a read goes through and the attribute it reads: `Comment.x` or
    `models.Comment.x` (the first name of the chain that is a class)."""
    for length in range(len(ref.chain)):
        dotted = ".".join((ref.local, *ref.chain[:length]))
        target = resolve_name(graph, facts, dotted)
        definition = graph.definition(*target) if target else None
        if definition is not None and definition.kind == "class":
            return target, ref.chain[length], dotted
    return None


def _judges_instances(graph: SymbolGraph, path: str) -> bool:
    """Whether uses through instances are judged in a file: where its language's classes'
    attributes are followed (Python), or its compiler checks each use (TypeScript)."""
    language = graph.language_of(path)
    return language is not None and (language.tracks_class_attributes or
                                     language.checked_against_declarations)


def _may_have_unseen_methods(graph: SymbolGraph, module: str, cls: Definition | None) -> bool:
    """Whether a base class impact cannot see into is among the class's ancestors."""
    return cls is None or any(ancestor is None for _owner, ancestor in
                              class_ancestry(graph, module, cls, limit=None))


def _removed_names(base: SymbolGraph, head: SymbolGraph, changed: Iterable[str]) -> set[str]:
    """Class attributes and methods some class of a changed module declared in base and not
    in head, and members of its interfaces and object types (Definition.object_members)."""
    removed: set[str] = set()
    for module in changed:
        facts, after = base.facts[module], head.facts.get(module)
        if after is facts or not _judges_instances(base, module):
            continue
        now = {d.name: d for d in after.definitions} if after is not None else {}
        for definition in facts.definitions:
            if definition.kind == "type" and definition.object_members is not None:  # an interface's
                kept = now.get(definition.name)
                removed.update(set(definition.object_members) -
                               set(kept.object_members or () if kept is not None else ()))
            if definition.kind == "class":
                kept = now.get(definition.name)
                names = {a.name for a in (*kept.attributes, *kept.members)} if kept is not None \
                    else set()
                removed.update(a.name for a in (*definition.attributes, *definition.members)
                               if a.name not in names)
    return removed


def _written_classes(graph: SymbolGraph, files: Mapping[str, FileFacts]) -> set[Target]:
    """Classes some module sets attributes on (`Comment.x = ...`, `setattr(Comment, ...)`)."""
    written = set()
    for facts in files.values():
        for dotted in facts.attribute_writes:
            target = resolve_name(graph, facts, dotted)
            if target is not None:
                written.add(target)
    return written
