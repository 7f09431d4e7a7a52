"""Callables whose signature changed so that calls break: IMP202.

Every in-repo call of a changed function or class is checked against its new signature; a
call that fitted the old one and no longer fits is reported where it stands. A public
callable whose change is breaking but breaks no call here gets one warning at its new
definition, naming what changed (code outside the repository may call it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from impact.checks.base import Rule
from impact.checks.context import ChangeContext
from impact.checks.references import (
    class_ancestry,
    class_callee,
    class_method_callee,
    click_command,
    is_public_member,
    resolve_name,
    responder_method,
    route_handler,
    typing_only_base,
    view_dependency,
)
from impact.graph import SymbolGraph
from impact.model import Call, Definition, FileFacts, Finding, Parameter, Site, Subject
from impact.public_api import is_test_path, outside_code_may_use

INCOMPATIBLE_SIGNATURE = Rule(
    code="IMP202",
    name="incompatible-signature",
    severity="error",
    summary="a callable changed so that a call breaks: a keyword that no longer exists, a new "
            "required parameter not passed, more positional arguments than accepted, ...",
    why="the call raises TypeError (Python) or is rejected by tsc, and in JavaScript silently "
        "passes undefined; reported at each broken call, or once at the definition of a public "
        "callable when no call here breaks. A call through a decorator that may reshape it (a "
        "wrapper taking *args and **kwargs, a cache, a dispatcher) is a warning: the wrapper "
        "decides what the call must fit, and pyright does not check such calls either. A Python "
        "call the change writes or edits is checked against a function or class that did not change "
        "too (a function whose decorators keep its parameters, a class built by an `__init__` "
        "impact reads): it raises TypeError where it runs.",
    example="# base: def connect(host, port=5432)   head: def connect(host, *, port=5432)\n"
            "connect('db', 5433)  # IMP202: takes 1 positional argument, 2 given",
    short="a callable changed so that a call breaks, or a call the change writes does not fit (Python): "
          "at each broken call, or a warning at a public definition",
    use_instead="update the calls reported, or keep the change compatible: give a new parameter a "
                "default, keep a keyword name, add rather than reorder positional parameters.",
    references=("https://mkdocstrings.github.io/griffe/guide/users/checking/",
                "https://www.typescriptlang.org/docs/handbook/2/functions.html#optional-parameters",),
    public_definition="warning",
)
RULES = (INCOMPATIBLE_SIGNATURE,)
POSITIONAL = ("positional-only", "positional")
PLAIN_JAVASCRIPT = (".js", ".jsx", ".mjs", ".cjs")
STUB_FILES = (".pyi",)  # declarations only: no call in them runs


def check(context: ChangeContext) -> list[Finding]:
    """IMP202 at each call a changed signature breaks; a warning at a public definition whose
    breaking change breaks no call."""
    base, head = context.base.graph, context.head.graph
    head_files = context.head.files_to_check
    changed = _changed_callables(base, head, head_files)
    index = context.head.index
    importers = index.importers if index is not None else None
    findings, broken = _broken_calls(base, head, head_files, changed, importers,
                                     lambda facts, call: resolve_name(head, facts, call.callee))
    public = {(s.defined_in, s.name) for s in context.public}
    for key, (old, new) in sorted(changed.items()):
        changes = _breaking_changes(head, key, old, new)
        if key not in broken and key in public and changes and not route_handler(head, key) \
                and not view_dependency(head, key) and not click_command(head, key) \
                and outside_code_may_use(head, key[0]):
            findings.append(_at_definition(key, new, changes))
    findings.extend(_changed_methods(base, head, head_files, public, importers))
    findings.extend(_overloads_removed(base, head, head_files))
    findings.extend(_overrides_removed(base, head, head_files))
    gone = [m for m in context.changed_modules if m not in head.facts and m in base.facts]
    findings.extend(_misfit_edited_calls(base, head, head_files, changed, gone))
    return findings


def _misfit_edited_calls(base: SymbolGraph, head: SymbolGraph, head_files: Mapping[str, FileFacts],
                         changed: Changed, gone: Iterable[str]) -> list[Finding]:
    """Calls the change writes or edits (no call of that shape in base's file) that do not fit a
    function or class of the repository whose signature did not change and is known exactly
    (`exact_signatures`): in a language where such a call raises where it runs (Python's
    TypeError; pyright reports it). Not in a test (which may call wrongly on purpose, under
    `pytest.raises(TypeError)`), nor in a stub (nothing in it runs). A file new in head is
    compared with the files the change deletes (`gone`): a file moved, edited or not, brings
    its calls along, the change does not write them."""
    findings = []
    moved_shapes: set[tuple] | None = None
    for path, facts in head_files.items():
        before = base.facts.get(path)
        language = head.language_of(path)
        if language is None or not language.misfit_call_raises or is_test_path(path) or \
                path.endswith(STUB_FILES) or before is not None and before.calls == facts.calls:
            continue
        if before is None and moved_shapes is None:
            moved_shapes = {_shape(c) for module in gone for c in base.facts[module].calls}
        shapes = {_shape(c) for c in before.calls} if before is not None else moved_shapes or set()
        for call in facts.calls:
            if call.on_instance or _shape(call) in shapes:
                continue
            key = resolve_name(head, facts, call.callee)
            definition = head.definition(*key) if key is not None and key not in changed else None
            if definition is None or not head.language_of(key[0]).misfit_call_raises:
                continue
            signatures = exact_signatures(head, key[0], definition) or ()
            misfit = next(filter(None, (call_misfit(call, p) for p in signatures)), None)
            if misfit is not None:
                findings.append(_at_call(facts, call, key, definition, *misfit, edited=True))
    return findings


# decorators typeshed types as keeping the decorated function's parameters (a ParamSpec, or
# the function itself returned), so pyright checks calls against them: (module, name)
PARAMETERS_KEPT_BY = frozenset({("contextlib", "contextmanager"), ("contextlib", "asynccontextmanager"),
                                ("typing_extensions", "deprecated")})


def exact_signatures(graph: SymbolGraph, module: str, definition: Definition
                     ) -> tuple[tuple[Parameter, ...], ...] | None:
    """What a call of a module-level function or class must fit (each signature), when impact
    knows it exactly as pyright does: a function with no decorator but those that keep its
    parameters (`@contextmanager`, `@deprecated`; a cache or a `functools.wraps` wrapper takes
    anything to pyright); a class built plainly all the way up (Definition.plain_construction:
    its own `__init__`, the one a dataclass or attrs decorator writes from its fields, or its
    bases' constructor) from bases of the repository, `object` or a built-in exception, and
    called through the `__new__` its chain of single bases defines, if any (`_new_signatures`).
    Not a class with a base impact cannot read (a NamedTuple, an Enum, a model)."""
    if definition.kind == "function":
        kept = all(_keeps_signature(graph, module, d) for d in definition.decorators)
        return (definition.parameters,) if kept and definition.parameters is not None else None
    if definition.kind != "class" or not _built_plainly(graph, module, definition):
        return None
    ancestry = class_ancestry(graph, module, definition, limit=None)
    if any(cls is not None and _defines_new(cls) for _, cls in ancestry):
        return _new_signatures(graph, module, definition, ancestry)
    parameters = with_constructor(graph, module, definition).parameters
    return (parameters,) if parameters is not None else None


def _defines_new(cls: Definition) -> bool:
    return any(m.name == "__new__" for m in cls.members)


def _new_signatures(graph: SymbolGraph, module: str, definition: Definition,
                    ancestry: list[tuple[str, Definition | None]]
                    ) -> tuple[tuple[Parameter, ...], ...] | None:
    """What a call of a class whose chain of single bases defines `__new__` must fit: that
    `__new__` (the first up the chain), as pyright checks it first; when it takes `*args,
    **kwargs` only, pyright skips it and checks the `__init__` the class is called with (none
    known: nothing to check, `object.__init__` then takes anything at run time). Another
    `__new__`'s `__init__` too when it returns only `super().__new__(cls)` (its `__init__`
    runs then; Definition.returns_own_instance), else not. None when the hierarchy branches or
    holds a base impact cannot read, or the `__new__` is decorated."""
    if any(cls is None or len([b for b in cls.bases if not typing_only_base(graph, owner, b)]) > 1
           for owner, cls in ancestry):
        return None
    new = next(m for _, cls in ancestry for m in cls.members if m.name == "__new__")
    if new.decorators or new.parameters is None:
        return None
    parameters = with_constructor(graph, module, definition).parameters
    if not _takes_anything(new.parameters):
        also = parameters is not None and new.returns_own_instance
        return (new.parameters, parameters) if also else (new.parameters,)
    return (parameters,) if parameters is not None else None


def _takes_anything(parameters: tuple[Parameter, ...]) -> bool:
    """`(*args, **kwargs)`: what pyright takes for a `__new__` that passes everything on."""
    return {p.kind for p in parameters} == {"var-positional", "var-keyword"}


def _keeps_signature(graph: SymbolGraph, module: str, decorator: str) -> bool:
    """Whether a decorator as written in `module` is one of PARAMETERS_KEPT_BY, imported from
    its module (`from contextlib import contextmanager`, `import contextlib`)."""
    return _imported_from(graph, module, decorator, PARAMETERS_KEPT_BY)


def _imported_from(graph: SymbolGraph, module: str, written: str,
                   names: frozenset[tuple[str, str]]) -> bool:
    """Whether a name as written in `module` (`contextmanager`, `contextlib.contextmanager`)
    is one of `names` (module, name), imported from that module."""
    facts = graph.facts.get(module)
    owner, _, name = written.rpartition(".")
    for imp in facts.imports if facts is not None else ():
        if owner and imp.kind == "module" and imp.local == owner and imp.level == 0 and \
                (imp.source, name) in names and (imp.aliased or imp.source == owner):
            return True
        if not owner and imp.kind == "from" and imp.local == name and imp.level == 0 and \
                (imp.source, imp.imported) in names:
            return True
    return False


def _built_plainly(graph: SymbolGraph, module: str, definition: Definition) -> bool:
    """Whether a class and every base up its hierarchy is built plainly (a dataclass or attrs
    class only when impact reads its fields exactly and its decorator is imported from its
    module), each base a class of the repository, `object` (or Generic, ABC) or a built-in
    exception."""
    pending, seen = [(module, definition)], set()
    while pending:
        owner, cls = pending.pop()
        if not cls.plain_construction or cls.dataclass and not cls.built_by:
            return False
        if cls.built_by and not _imported_from(graph, owner, cls.built_by,
                                               graph.language_of(owner).field_builders()):
            return False
        for name in cls.bases:
            if typing_only_base(graph, owner, name):
                continue
            where = class_callee(graph, owner, name)
            base = graph.definition(*where) if where else None
            if base is None and _builtin_constructor(graph, owner, name, where) is not None:
                continue
            if base is None or base.kind != "class":
                return False
            if where not in seen:
                seen.add(where)
                pending.append((where[0], base))
    return True


def _changed_methods(base: SymbolGraph, head: SymbolGraph, head_files: Mapping[str, FileFacts],
                     public: set[tuple[str, str]], importers: Importers) -> list[Finding]:
    """Calls on instances of a known class that a method change breaks, each where it
    stands; a warning at each public method whose breaking change breaks no such call (not at
    an HTTP responder or route handler the framework calls: a CherryPy exposed method)."""
    changed: dict[tuple[str, str], tuple[Definition, Definition]] = {}
    for path, facts in head_files.items():
        for new_class in facts.definitions:
            old_class = base.definition(path, new_class.name)
            if new_class.kind != "class" or old_class is None or old_class.kind != "class":
                continue
            old_methods = _unambiguous(old_class.members)
            for method in _unambiguous(new_class.members).values():
                old = old_methods.get(method.name)
                if old is not None and old.parameters != method.parameters:
                    changed[(path, f"{new_class.name}.{method.name}")] = (old, method)
    findings, broken = _broken_calls(
        base, head, head_files, changed, importers,
        lambda facts, call: class_method_callee(head, facts, call) if call.on_instance else None)
    for key, (old, new) in sorted(changed.items()):
        path, qualified = key
        changes = _breaking_changes(head, key, old, new)
        if key not in broken and changes and (path, qualified.split(".")[0]) in public and \
                is_public_member(new.name) and outside_code_may_use(head, path) and \
                not responder_method(head, path, qualified) and not route_handler(head, key):
            findings.append(_at_definition(key, new, changes))
    return findings


def _overloads_removed(base: SymbolGraph, head: SymbolGraph, head_files: Mapping[str, FileFacts]
                       ) -> list[Finding]:
    """Calls of a TypeScript function or method (on an instance of a known class) declared with
    overloads, whose argument count one of base's overloads took and none of head's takes
    (TS2554, TS2769): at each such call. A call that head's overloads take by count is not
    judged (tsc may still reject its argument types)."""
    changed = _changed_overloads(base, head, head_files)
    findings: list[Finding] = []
    for facts in head_files.values() if changed else ():
        for call in facts.calls:
            if call.star_args:
                continue
            key = class_method_callee(head, facts, call) if call.on_instance else \
                resolve_name(head, facts, call.callee)
            if key not in changed:
                continue
            old, new = changed[key]
            left = _signatures(new)
            if any(call_misfit(call, p) is None for p in old.overloads) and \
                    all(call_misfit(call, p) is not None for p in left):
                counts = sorted({sum(1 for p in o if p.kind in POSITIONAL) for o in left})
                findings.append(_at_call(facts, call, key, new,
                                         f"no overload left takes {call.positional} argument(s) (those "
                                         f"left take {', '.join(map(str, counts))}); the one that did "
                                         "was removed", call.site))
    return findings


def _overrides_removed(base: SymbolGraph, head: SymbolGraph, head_files: Mapping[str, FileFacts]
                       ) -> list[Finding]:
    """Calls on an instance of a known class of a method one of its classes stopped overriding
    (`Text.render(width=None)` removed, `Element.render(width)` left): the call now reaches
    the base's method, and one that fitted the override and does not fit it breaks (pyright:
    reportCallIssue, even when the base's method is abstract). Judged where the method
    resolves plainly in both revisions (`_plain_method`)."""
    removed = _methods_removed(base, head_files)
    findings: list[Finding] = []
    for facts in head_files.values() if removed else ():
        for call in facts.calls:
            if not call.on_instance or call.star_args or call.star_kwargs or \
                    call.callee.rpartition(".")[2] not in removed:
                continue
            key = class_method_callee(head, facts, call, inherited_from_base=False)  # the class called
            was = _plain_method(base, key) if key is not None else None
            now = _plain_method(head, key) if was is not None else None
            if now is None or now[0] == was[0] or call_misfit(call, was[1].parameters) is not None:
                continue
            misfit = call_misfit(call, now[1].parameters)
            if misfit is not None:
                findings.append(_reaching_the_base(facts, call, was[0], now, *misfit))
    return findings


def _reaching_the_base(facts: FileFacts, call: Call, removed: tuple[str, str],
                       reached: tuple[tuple[str, str], Definition], reason: str, where: Site) -> Finding:
    (path, name), method = reached
    message = (f"`{call.callee}(...)` no longer fits: `{removed[1]}` was removed, so it reaches "
               f"`{name}` ({path}:{method.site.line}): {reason}")
    return INCOMPATIBLE_SIGNATURE.finding(facts.path, where, removed[1], message,
                                          Subject(module=removed[0], name=removed[1]))


def _methods_removed(base: SymbolGraph, head_files: Mapping[str, FileFacts]) -> set[str]:
    """The names of methods a class of a changed file had in base and no longer has."""
    removed: set[str] = set()
    for path, facts in head_files.items():
        for new_class in facts.definitions:
            old_class = base.definition(path, new_class.name)
            if new_class.kind == "class" and old_class is not None and old_class.kind == "class":
                removed |= {m.name for m in old_class.members} - {m.name for m in new_class.members}
    return removed


# decorators of a method that leave it called as written
PLAIN_METHOD = frozenset({"abstractmethod", "override", "final"})


def _plain_method(graph: SymbolGraph, key: tuple[str, str]) -> tuple[tuple[str, str], Definition] | None:
    """(module, "Owner.method") and the method that a call of `Class.method` on an instance
    reaches: the first class defining it up a chain of single bases (so no other base's
    method may come first), each class read (no class attribute nor instance attribute of
    that name besides its own methods, none set otherwise, no `__getattr__`), the method
    defined once, its decorators PLAIN_METHOD's, without overloads (TypeScript: a call must fit
    one of them, not the implementation). None otherwise."""
    module, qualified = key
    owner_name, _, name = qualified.rpartition(".")
    cls = graph.definition(module, owner_name)
    for owner, found in class_ancestry(graph, module, cls, limit=None) if cls is not None else ():
        if found is None or found.open_attributes or found.instance_attributes is None or \
                any(a.name == name for a in found.attributes):
            return None
        methods = [m for m in found.members if m.name == name]
        if len(methods) > 1 or not methods and name in found.instance_attributes:
            return None
        if methods:
            plain = all(d.rsplit(".", 1)[-1] in PLAIN_METHOD for d in methods[0].decorators) and \
                not methods[0].overloads
            return ((owner, f"{found.name}.{name}"), methods[0]) if plain else None
        if len([b for b in found.bases if not typing_only_base(graph, owner, b)]) != 1:
            return None
    return None


def _changed_overloads(base: SymbolGraph, head: SymbolGraph, head_files: Mapping[str, FileFacts]
                       ) -> Changed:
    """Functions, classes (their constructors) and methods of classes declared with overloads
    in base, whose signatures differ in head: (module, name or `Class.method`) -> (base's,
    head's). A function or constructor may be left one signature; a method left one is judged
    by _changed_methods."""
    changed: Changed = {}
    for path, facts in head_files.items():
        old_facts = base.facts.get(path)
        if old_facts is None or old_facts is facts:
            continue
        old_definitions = {d.name: d for d in old_facts.definitions}
        for new in facts.definitions:
            old = old_definitions.get(new.name)
            if old is None or old.kind != new.kind:
                continue
            pairs = [(new.name, old, new)] if new.kind in ("function", "class") else []
            if new.kind == "class":
                pairs += [(f"{new.name}.{m.name}", before, m) for m in new.members
                          if (before := _unambiguous(old.members).get(m.name)) is not None]
            changed.update(((path, name), (before, after)) for name, before, after in pairs
                           if before.overloads and before.overloads != after.overloads and
                           (after.overloads or after.kind != "method" and _signatures(after)))
    return changed


def _signatures(definition: Definition) -> tuple[tuple[Parameter, ...], ...]:
    """The signatures a call of a function, method or class may match: its overloads, or its
    one signature when it is declared once."""
    return definition.overloads or ((definition.parameters,) if definition.parameters is not None else ())


def _unambiguous(members: tuple[Definition, ...]) -> dict[str, Definition]:
    """Methods by name, leaving out names a class defines twice (a static and an instance
    method of the same name in JavaScript): a call cannot be matched to one of them."""
    counts = Counter(m.name for m in members)
    return {m.name: m for m in members if counts[m.name] == 1}


Changed = dict[tuple[str, str], tuple[Definition, Definition]]
Importers = Mapping[str, Iterable[str]] | None  # module -> its direct importers (None: not known)


def _broken_calls(base: SymbolGraph, head: SymbolGraph, head_files: Mapping[str, FileFacts],
                  changed: Changed, importers: Importers,
                  resolve: Callable[[FileFacts, Call], tuple[str, str] | None]
                  ) -> tuple[list[Finding], set[tuple[str, str]]]:
    """Calls that fitted a changed callable's old signature and do not fit the new one;
    `resolve`: the (module, name) a call's callee reaches, read from its callee and
    on_instance only."""
    findings, broken = [], set()
    for facts in head_files.values() if changed else ():
        resolved: dict[tuple[str, bool, str], tuple[str, str] | None] = {}  # calls of one callee
        for call in facts.calls:
            shape = (call.callee, call.on_instance, call.through)  # all that `resolve` reads of a call
            if shape not in resolved:
                resolved[shape] = resolve(facts, call)
            key = resolved[shape]
            if key not in changed:
                continue
            old, new = changed[key]
            if call_breaks(call, old.parameters):
                # broken before, as impact reads the signature (a decorator such as
                # `@st.composite` may take a parameter off): a keyword it no longer takes
                # still breaks it
                misfit = keywords_no_longer_taken(call, old.parameters, new.parameters)
                if misfit:
                    broken.add(key)
                    findings.append(_at_call(facts, call, key, new, *misfit))
                continue
            misfit = call_misfit(call, new.parameters) or \
                left_to_the_keyword_splat(call, old.parameters, new.parameters)
            if misfit is None and (_reports_shifted_arguments(head, key[0]) or
                                   _forwards_through_paramspec(new.parameters)) and \
                    _unedited(base, facts, call):
                shifted = shifted_arguments(call, old.parameters, new.parameters)
                misfit = (shifted, call.site) if shifted else None
            if misfit and not _unchecked_javascript(head, facts.path, importers):
                broken.add(key)
                findings.append(_at_call(facts, call, key, new, *misfit))
    return findings, broken


def _unchecked_javascript(head: SymbolGraph, path: str, importers: Importers) -> bool:
    """A JavaScript file no tsc project checks (outside every tsconfig's program: svelte's
    compiler snapshots `_expected/client/*.js`, only compared as text): there a missing
    argument is undefined and an extra one ignored, and nothing reports either. A file that
    a file of a program imports, directly or not, is in that program too (`importers`:
    module -> its direct importers, when the revision's index knows them)."""
    if not path.endswith(PLAIN_JAVASCRIPT) or not head.js.outside_every_program(path):
        return False
    return all(head.js.outside_every_program(module)
               for module in head.dependents([path], importers) - {path})


def _changed_callables(base: SymbolGraph, head: SymbolGraph, head_files: Mapping[str, FileFacts]
                       ) -> Changed:
    changed = {}
    for path, facts in head_files.items():
        old_facts = base.facts.get(path)
        if old_facts is None:
            continue
        old_definitions = {d.name: d for d in old_facts.definitions}
        for new in facts.definitions:
            old = old_definitions.get(new.name)
            if old is None:
                continue
            old, new = with_constructor(base, path, old), with_constructor(head, path, new)
            if old.parameters is not None and new.parameters is not None \
                    and old.parameters != new.parameters:
                changed[(path, new.name)] = (old, new)
    return changed


def with_constructor(graph: SymbolGraph, module: str, definition: Definition) -> Definition:
    """A class with the constructor it is called with: its dataclass fields after its bases',
    or its bases' constructor when it defines none."""
    if definition.inherits_constructor:
        return replace(definition, parameters=inherited_constructor(graph, module, definition))
    return with_inherited_fields(graph, module, definition)


def inherited_constructor(graph: SymbolGraph, module: str, definition: Definition
                          ) -> tuple[Parameter, ...] | None:
    """The constructor a class that defines none is called with: that of its one base, down
    a chain of single bases; object's (no argument) at the top; a built-in base's when impact
    knows it (an exception's). None when impact cannot tell (several bases, or one it cannot
    read)."""
    seen: set[tuple[str, str]] = set()
    cls = definition
    while cls.inherits_constructor:
        bases = [b for b in cls.bases if not typing_only_base(graph, module, b)]
        if len(bases) != 1:
            return () if not bases else None
        where = class_callee(graph, module, bases[0])
        base = graph.definition(*where) if where else None
        if base is None:
            return _builtin_constructor(graph, module, bases[0], where)
        if base.kind != "class" or where in seen:
            return None
        seen.add(where)
        module, cls = where[0], base
    return with_inherited_fields(graph, module, cls).parameters


def _builtin_constructor(graph: SymbolGraph, module: str, name: str,
                         where: tuple[str, str] | None) -> tuple[Parameter, ...] | None:
    """The constructor of a base that is a built-in class: a name the module neither
    imports (a star import may bring it) nor binds."""
    facts = graph.facts.get(module)
    language = graph.language_of(module)
    if where != (module, name) or facts is None or name in facts.bindings or language is None \
            or any(imp.imported == "*" for imp in facts.imports):
        return None
    return language.builtin_constructors().get(name)


def with_inherited_fields(graph: SymbolGraph, module: str, definition: Definition) -> Definition:
    """A dataclass's constructor: the fields of its dataclass bases come first (in reverse
    method resolution order, a redefined field keeping its first place), then its own. Unknown
    when a base is one impact cannot read, or a dataclass whose fields it cannot (defined twice,
    as setuptools' `Extension` under `if TYPE_CHECKING:` and again for run time)."""
    if not definition.dataclass or not definition.bases:
        return definition
    fields: dict[str, Parameter] = {}
    for owner, cls in reversed(class_ancestry(graph, module, definition)):
        if cls is None or cls.dataclass and cls.parameters is None:
            return replace(definition, parameters=None)
        for field in cls.parameters or () if cls.dataclass else ():
            fields[field.name] = field
        for name in cls.init_excluded:
            fields.pop(name, None)  # a base's field redefined with `init=False`
    return replace(definition, parameters=tuple(fields.values()))


def call_breaks(call: Call, params: tuple[Parameter, ...] | None) -> str | None:
    """Why a call does not fit a signature, or None when it fits (or cannot be told)."""
    misfit = call_misfit(call, params)
    return misfit[0] if misfit else None


def call_misfit(call: Call, params: tuple[Parameter, ...] | None) -> tuple[str, Site] | None:
    """Why a call does not fit a signature, and where: at the first keyword argument that
    names no parameter (pyright puts it there), else at the call. None when the call fits
    (or impact cannot tell)."""
    if params is None:
        return None
    positional = [p for p in params if p.kind in POSITIONAL]
    has_var_positional = any(p.kind == "var-positional" for p in params)
    if not call.star_args and not has_var_positional and call.positional > len(positional):
        return f"takes {len(positional)} positional argument(s), {call.positional} given", call.site
    unknown = _unknown_keywords(call, params)
    if unknown:
        return _no_parameter(call, unknown)
    twice = _assigned_twice(call, positional)
    if twice:
        return twice
    if call.star_kwargs:
        return None
    # a `*` argument may fill any positional parameter, never a keyword-only one
    required = ("keyword-only",) if call.star_args else (*POSITIONAL, "keyword-only")
    passed = {p.name for p in positional[: call.positional]} | set(call.keywords)
    missing = [p.name for p in params
               if p.kind in required and not p.default and p.name not in passed]
    if missing:
        names = ", ".join(f"`{name}`" for name in missing)
        return f"missing required argument{'s' if len(missing) > 1 else ''} {names}", call.site
    return None


def keywords_no_longer_taken(call: Call, old: tuple[Parameter, ...] | None,
                             new: tuple[Parameter, ...] | None) -> tuple[str, Site] | None:
    """The keyword arguments of a call that the old signature took and the new one does not,
    as a misfit; None when there are none (or impact cannot tell)."""
    if old is None or new is None:
        return None
    before = set(_unknown_keywords(call, old))
    dropped = [i for i in _unknown_keywords(call, new) if i not in before]
    return _no_parameter(call, dropped) if dropped else None


def left_to_the_keyword_splat(call: Call, old: tuple[Parameter, ...] | None,
                              new: tuple[Parameter, ...] | None) -> tuple[str, Site] | None:
    """The required parameters that a call with a `**` argument (and no `*`) filled by position
    under the old signature and leaves to the splat under the new one (kikuchipy's `f(opt,
    pattern=p, **solver_kwargs)` once a parameter is inserted before `opt`): the splat cannot
    hold them, as under the old signature they would have had two values (TypeError)."""
    if old is None or new is None or not call.star_kwargs or call.star_args:
        return None
    filled = {p.name for p in _by_position(call, old) if p.kind == "positional"}
    passed = {p.name for p in _by_position(call, new)} | set(call.keywords)
    missing = [p.name for p in new if p.kind in (*POSITIONAL, "keyword-only") and not p.default
               and p.name in filled - passed]
    if not missing:
        return None
    names = ", ".join(f"`{name}`" for name in missing)
    message = f"missing required argument{'s' if len(missing) > 1 else ''} {names} (it went by " \
              f"position before, so the `**` argument cannot hold it)"
    return message, call.site


def _by_position(call: Call, params: tuple[Parameter, ...]) -> list[Parameter]:
    """The parameters a call's positional arguments fill."""
    return [p for p in params if p.kind in POSITIONAL][: call.positional]


def _unknown_keywords(call: Call, params: tuple[Parameter, ...]) -> list[int]:
    """The indices of the call's keyword arguments that name no parameter of `params`."""
    if any(p.kind == "var-keyword" for p in params):
        return []
    by_keyword = {p.name for p in params if p.kind in ("positional", "keyword-only")}
    return [i for i, keyword in enumerate(call.keywords) if keyword not in by_keyword]


def _assigned_twice(call: Call, positional: list[Parameter]) -> tuple[str, Site] | None:
    """The first keyword argument naming a parameter that the call's positional arguments
    already fill (`bind(0, "::1", family=f)` once `address` is gone and `"::1"` lands on
    `family`: TypeError "got multiple values for argument"), at that keyword. With a `*`
    splat, only the arguments written before it are counted."""
    filled = {p.name for p in positional[: call.leading if call.star_args else call.positional]
              if p.kind == "positional"}  # a positional-only name may still go to `**kwargs`
    index = next((i for i, keyword in enumerate(call.keywords) if keyword in filled), None)
    if index is None:
        return None
    where = call.keyword_sites[index] if len(call.keyword_sites) == len(call.keywords) \
        else call.site
    return f"gets two values for parameter `{call.keywords[index]}`", where


def _no_parameter(call: Call, unknown: list[int]) -> tuple[str, Site]:
    names = ", ".join(f"`{call.keywords[i]}`" for i in unknown)
    where = call.keyword_sites[unknown[0]] if len(call.keyword_sites) == len(call.keywords) \
        else call.site
    return f"has no parameter {names}", where


def _shape(call: Call) -> tuple:
    """What of a call decides whether it fits a signature (Python calls keep no hash of their
    arguments): a call of this shape in base's file fitted as well as this one does."""
    return call.callee, call.positional, call.keywords, call.star_args, call.star_kwargs


def _unedited(base: SymbolGraph, facts: FileFacts, call: Call) -> bool:
    """Whether the same call, arguments as written, is in the file in base: a call the change
    edited along with the signature is the author's, argument order included."""
    before = base.facts.get(facts.path)
    return before is not None and any(c.callee == call.callee and c.arguments == call.arguments
                                      for c in before.calls)


def shifted_arguments(call: Call, old: tuple[Parameter, ...] | None,
                      new: tuple[Parameter, ...] | None) -> str | None:
    """Why the arguments of a call land on other parameters than they did: a parameter was
    inserted before them, removed before them, or moved. (JavaScript passes them on without
    complaint, so this is the break a call to a plain JavaScript function shows.) With a `*`
    splat, only the arguments written before it are judged."""
    if old is None or new is None:
        return None
    before = [p.name for p in old if p.kind in POSITIONAL]
    after = [p.name for p in new if p.kind in POSITIONAL]
    judged = call.leading if call.star_args else call.positional
    for index in range(min(judged, len(before), len(after))):
        was, now = before[index], after[index]
        if was != now and (was in after or now in before):  # not a parameter renamed in place
            return f"argument {index + 1} now goes to parameter `{now}`, no longer to `{was}`"
    return None


def _breaking_changes(head: SymbolGraph, key: tuple[str, str], old: Definition,
                      new: Definition) -> list[str]:
    language = head.language_of(key[0])
    if language is not None and language.keyword_arguments:
        return breaking_changes(old.parameters, new.parameters)
    return positional_breaking_changes(old.parameters, new.parameters)


def _forwards_through_paramspec(params: tuple[Parameter, ...] | None) -> bool:
    """`def f(func: Callable[P, T], *args: P.args, ...)`: what `*args` takes is checked against
    `func`'s signature (pyright's reportCallIssue), so a call whose arguments now land on other
    parameters breaks. (Other shifts in Python are left to the type checker's type rules.)"""
    return any(p.kind == "var-positional" and p.paramspec for p in params or ())


def _reports_shifted_arguments(head: SymbolGraph, module: str) -> bool:
    language = head.language_of(module)
    return language is not None and language.reports_shifted_arguments


def positional_breaking_changes(old: tuple[Parameter, ...] | None,
                                new: tuple[Parameter, ...] | None) -> list[str]:
    """What can break a caller in a language where arguments are passed by position only
    (JavaScript, TypeScript): a parameter's name does not matter, its position does."""
    if old is None or new is None:
        return []
    changes = []
    old_positional = [p for p in old if p.kind in POSITIONAL]
    new_positional = [p for p in new if p.kind in POSITIONAL]
    old_rest = next((p for p in old if p.kind == "var-positional"), None)
    if not any(p.kind == "var-positional" for p in new):
        if old_rest is not None:
            changes.append(f"`...{old_rest.name}` removed")
        changes += [f"parameter `{p.name}` removed" for p in old_positional[len(new_positional):]]
    for index, param in enumerate(new_positional):
        if param.default:
            continue
        if index >= len(old_positional):
            changes.append(f"new required parameter `{param.name}`")
        elif old_positional[index].default:
            changes.append(f"parameter `{param.name}` is now required")
    old_names = [p.name for p in old_positional]
    new_names = [p.name for p in new_positional]
    for index, (was, now) in enumerate(zip(old_names, new_names)):
        if was != now and was in new_names:
            changes.append(f"parameter `{was}` moved from position {index + 1} to "
                           f"{new_names.index(was) + 1}")
        elif was != now and now in old_names:
            changes.append(f"parameter `{now}` moved from position {old_names.index(now) + 1} "
                           f"to {index + 1}")
    return list(dict.fromkeys(changes))


def breaking_changes(old: tuple[Parameter, ...] | None,
                     new: tuple[Parameter, ...] | None) -> list[str]:
    """What about a signature change can break a caller (empty when nothing can)."""
    if old is None or new is None:
        return []
    changes = []
    old_by_name = {p.name: p for p in old}
    new_by_name = {p.name: p for p in new}
    new_kinds = {p.kind for p in new}
    old_positional = [p.name for p in old if p.kind in POSITIONAL]
    new_positional = [p.name for p in new if p.kind in POSITIONAL]
    for param in old:
        if param.kind in ("var-positional", "var-keyword"):
            if param.kind not in new_kinds:
                stars = "*" if param.kind == "var-positional" else "**"
                changes.append(f"`{stars}{param.name}` removed")
            continue
        if param.name not in new_by_name:
            absorbed = "var-keyword" in new_kinds and param.kind != "positional-only" and \
                ("var-positional" in new_kinds or param.kind == "keyword-only")
            if not absorbed:
                changes.append(f"parameter `{param.name}` removed{_still_by_keyword(param, new)}")
            continue
        now = new_by_name[param.name]
        if param.default and not now.default:
            changes.append(f"parameter `{param.name}` is now required")
        if param.kind in POSITIONAL and now.kind == "keyword-only":
            changes.append(f"parameter `{param.name}` became keyword-only")
        elif param.kind in ("positional", "keyword-only") and now.kind == "positional-only":
            changes.append(f"parameter `{param.name}` became positional-only")
        if param.name in old_positional and param.name in new_positional and \
                old_positional.index(param.name) != new_positional.index(param.name):
            changes.append(f"parameter `{param.name}` moved from position "
                           f"{old_positional.index(param.name) + 1} to "
                           f"{new_positional.index(param.name) + 1}")
    for param in new:
        if param.name not in old_by_name and param.kind in (*POSITIONAL, "keyword-only") \
                and not param.default:
            changes.append(f"new required parameter `{param.name}`")
    return changes


def _still_by_keyword(removed: Parameter, new: tuple[Parameter, ...]) -> str:
    """What a removed parameter's callers that pass it by keyword should know: a new
    `**kwargs` still takes it (only a positional call breaks)."""
    rest = next((p for p in new if p.kind == "var-keyword"), None)
    if rest is None or removed.kind == "positional-only":
        return ""
    return f" (passed by keyword, it still reaches `**{rest.name}`)"


# decorators that keep the signature of what they decorate (typed `(f: T) -> T` or with a
# ParamSpec, so pyright checks calls through them); the last dotted part is compared
SIGNATURE_KEEPING = frozenset({
    "staticmethod", "classmethod", "abstractmethod", "contextmanager", "asynccontextmanager",
    "override", "final", "overload", "deprecated", "no_type_check", "setter", "getter",
    "deleter"})


def reshaping_decorator(definition: Definition) -> str | None:
    """The first decorator that may change how `definition` is called (a wrapper taking
    `*args, **kwargs`, a dispatcher, a task object): calls through it are judged, but as a
    warning, since what the call must fit is the wrapper's business (pyright does not check
    such calls either)."""
    return next((d for d in definition.decorators
                 if d.rsplit(".", 1)[-1] not in SIGNATURE_KEEPING), None)


def _at_call(facts: FileFacts, call: Call, key: tuple[str, str], new: Definition,
             reason: str, where: Site, edited: bool = False) -> Finding:
    path, name = key
    fits = "does not fit" if edited else "no longer fits"
    message = f"`{call.callee}(...)` {fits} `{name}` ({path}:{new.site.line}): {reason}"
    decorator = reshaping_decorator(new)
    if decorator is not None:
        message += f" (if `@{decorator}` passes the call on unchanged)"
    return INCOMPATIBLE_SIGNATURE.finding(facts.path, where, name, message,
                                          Subject(module=path, name=name),
                                          severity="warning" if decorator else None)


def _at_definition(key: tuple[str, str], new: Definition, changes: list[str]) -> Finding:
    path, name = key
    message = (f"public `{name}` changed incompatibly: {'; '.join(changes)}; no call in this "
               f"repository breaks, but callers outside it may")
    return INCOMPATIBLE_SIGNATURE.finding(path, new.site, name, message, severity="warning")
