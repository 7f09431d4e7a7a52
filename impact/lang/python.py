"""Facts of a Python module, from tree-sitter-python and `grammars/python.scm`.

Scoping follows Python's rules: functions, lambdas, classes and comprehensions open
scopes; names in a class body are not visible from functions nested in it; `global` and
`nonlocal` redirect bindings; a walrus in a comprehension binds in the enclosing function.
A name no scope binds and no builtin provides is kept as an unbound reference.
"""

from __future__ import annotations

import ast
import builtins
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from tree_sitter import Node

from impact.http import python as http_facts
from impact.lang import PYTHON_QUERY_FILES, schema
from impact.lang.checker_branches import (
    alternative_branches,
    getattr_hidden_from_checkers,
    is_type_checking,
    run_time_stand_ins,
    unparenthesized,
)
from impact.lang.python_annotations import class_or_none
from impact.lang.scopes import ModuleBindings, Scope, ScopeTree
from impact.lang.script_metadata import script_dependencies
from impact.lang.signatures import is_async, python_definition, python_returns
from impact.lang.treesitter import (
    ancestor,
    captures,
    in_ranges,
    parse,
    site,
    split_captures,
    syntax_problems,
    text,
)
from impact.model import (
    AWAITED,
    PYTHON,
    Call,
    Definition,
    Export,
    FileFacts,
    Import,
    MemberRef,
    NameRef,
    Problem,
    Site,
)

BUILTINS = frozenset(dir(builtins)) | {
    # module attributes every module has
    "__file__", "__name__", "__doc__", "__package__", "__spec__", "__loader__",
    "__path__", "__builtins__", "__annotations__", "__cached__", "__dict__",
    # class bodies and methods
    "__module__", "__qualname__", "__class__",
    # builtins of other Python versions and platforms
    "aiter", "anext", "EncodingWarning", "ExceptionGroup", "BaseExceptionGroup",
    "PythonFinalizationError", "WindowsError", "reveal_type", "reveal_locals",
    "unicode", "long", "xrange", "basestring", "raw_input", "unichr", "file", "reduce",
    "execfile", "cmp", "buffer", "apply", "intern", "coerce",
}

SCOPE_KINDS = {
    "scope.function": "function",
    "scope.lambda": "function",
    "scope.class": "class",
    "scope.comprehension": "comprehension",
}
TARGET_CONTAINERS = {
    "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list",
    "parenthesized_expression", "list_splat_pattern", "list_splat", "as_pattern_target",
}
# statements that hold blocks of their own: an import inside one is not what a `try` opens with
COMPOUND_STATEMENTS = frozenset({"if_statement", "for_statement", "while_statement",
                                 "with_statement", "try_statement", "function_definition",
                                 "class_definition", "decorated_definition", "match_statement"})
IMPORT_GUARDS = ("ImportError", "ModuleNotFoundError", "Exception", "BaseException")
INIT_FILES = ("__init__.py", "__init__.pyi")


def extract(path: str, source: bytes, time_budget: float | None = None) -> FileFacts:
    root = parse("python", source, time_budget).root_node
    found, http_found = split_captures(
        captures("python", PYTHON_QUERY_FILES, root, also=(("http.", http_facts.QUERY),),
                 source=source), "http.")
    scopes = ScopeTree(len(source), _scope_regions(found))
    module = _Module(scopes)
    module.declare(found)
    imports = module.add_imports(found, package_init=path.rsplit("/", 1)[-1] in INIT_FILES)
    imports += _dynamic_imports(found, imports, path)
    imports = _installed_for_the_script(imports, script_dependencies(source))
    imports.sort(key=lambda i: (i.site.line, i.site.column))
    module.bind(found)
    calls = _call_parts(found)
    problems = syntax_problems(root) or _indented_at_module_level(root, source)
    unbound, resolved_at_module, local_imports = module.references(found)
    unbound += module.forward_references(found, _typing_names(imports), _value_generics(imports))
    features = _future_features(root)
    unbound = [ref for ref in unbound if ref.name not in features]
    chains = _outermost_chains(found)
    rooted = _rooted_attributes(chains, resolved_at_module)
    rooted_locally = _rooted_attributes(chains, local_imports)
    lazy = _unevaluated_annotations(found, root, path)
    dunder_all = _dunder_all(found, scopes)
    bindings = module.bindings
    binds_globals = _binds_globals(found) or _hands_out_globals(found, calls)
    named_writes = _named_global_writes(found)
    star_bound = _star_bound(found, unbound, imports)
    typed_attributes = _TypedAttributes(found, resolved_at_module | star_bound, scopes.module.names)
    instance_calls, instance_reads = module.instance_uses(found, calls, resolved_at_module | star_bound,
                                                          typed_attributes)
    if "__all__" in bindings.import_locals:  # `from .a import __all__`: the list of `.a`
        dunder_all.present = True
        dunder_all.references.append(("__all__",))
    return FileFacts(
        path=path,
        language=PYTHON,
        imports=tuple(imports),
        exports=tuple(dunder_all.exports),
        bindings=module.bindings.sites | {name: at for name, at in named_writes.items()
                                          if name not in module.bindings.sites},
        inner_bindings=module.bindings.inner_sites,
        definitions=tuple(_with_typed_attributes(python_definition(name, node, name in bindings.redefined,
                                                                   name in bindings.import_locals),
                                                 typed_attributes)
                          for name, node in sorted(module.bindings.definers.items())
                          if not _incidental(node) and not _import_fallback(name, node)),
        unbound=() if problems else tuple(unbound),
        member_refs=() if problems else
        tuple(module.member_refs(rooted, lazy) + module.member_refs(rooted_locally, lazy, local=True)),
        namespace_reads=() if problems else tuple(module.member_refs(rooted, lazy, roots=frozenset(
            name for name, node in bindings.definers.items()
            if node.parent.type == "class_definition" and name not in bindings.redefined))),
        calls=tuple(_calls(calls, resolved_at_module | local_imports | star_bound) +
                    _partial_calls(calls, resolved_at_module | local_imports, imports) +
                    instance_calls),
        instance_reads=tuple(instance_reads),
        builtins_added=_builtins_added(source),
        problems=problems,
        dynamic_exports=bool(dunder_all.unknown),
        module_getattr="__getattr__" in scopes.module.names or _replaces_itself(found, path)
        or binds_globals,
        binds_globals=binds_globals,
        deleted=_deleted_at_module_level(root),
        getattr_unchecked="__getattr__" in scopes.module.names and getattr_hidden_from_checkers(root),
        has_all=dunder_all.present,
        all_references=tuple(dunder_all.references),
        all_removed=tuple(dunder_all.removed),
        all_unknown=tuple(dunder_all.unknown),
        only_imported=frozenset(bindings.import_locals - bindings.other_locals),
        run_time_stand_ins=run_time_stand_ins(root),
        http=http_facts.extract(root, http_found, tuple(imports)),
        schema=schema.extract(root),
        written_names=_words_of(source) if problems else None,
        **_attribute_writes(rooted, calls),
    )


def _indented_at_module_level(root: Node, source: bytes) -> tuple[Problem, ...]:
    """The IndentationError of a module-level statement that begins its line indented (a
    method left behind when the one above it was dedented: glances 1ed473d429): Python
    rejects the file ("unindent does not match any outer indentation level", "unexpected
    indent"), while tree-sitter's scanner reads the line as a statement of the module."""
    for statement in root.named_children:
        if statement.start_point[1] == 0 or statement.type == "comment":
            continue
        line_start = source.rfind(b"\n", 0, statement.start_byte) + 1
        indent = source[line_start:statement.start_byte].rsplit(b"\f", 1)[-1]  # \f: column 0
        if indent and not indent.strip(b" \t"):
            return (Problem("syntax error: a statement of the module is indented (IndentationError); "
                            "the rest of the file was analysed as far as it parses",
                            site(statement)),)
    return ()


def _scope_regions(found: dict) -> list[tuple[str, int, int]]:
    regions = []
    for capture, kind in SCOPE_KINDS.items():
        for node in found.get(capture, ()):
            if kind in ("function", "class") and node.type != "lambda":
                # defaults, annotations, decorators and bases belong to the enclosing scope
                body = node.child_by_field_name("body")
                start = body.start_byte if body is not None else node.end_byte
            else:
                start = node.start_byte
            regions.append((kind, start, node.end_byte))
    return regions


@dataclass
class _Module:
    scopes: ScopeTree
    bound_ids: set[int] = field(default_factory=set)
    bindings: ModuleBindings = field(init=False)
    # (id of a scope, name) -> the import statements binding the name there, with the Import
    importers: dict[tuple[int, str], list[tuple[Node, Import]]] = field(default_factory=dict)
    owners: dict[int, Scope] = field(default_factory=dict)  # a read's start -> the scope binding it
    functions: dict[str, list[Node]] | None = None  # by name, once asked for (_local_function_class)

    def __post_init__(self) -> None:
        self.bindings = ModuleBindings(self.scopes.module)

    def _bind(self, scope: Scope, name: str, node: Node, from_import: bool = False,
              type_parameter: bool = False) -> None:
        if name in scope.declared_global:
            scope = self.scopes.module
        # PEP 695 `def f[T]`: bound where annotations see it, but not a definition
        self.bindings.record(scope, name, node, from_import, definition=not type_parameter)

    def add_imports(self, found: dict, package_init: bool) -> list[Import]:
        """The imports, each binding its name. In a package's `__init__`, `from .sub import x`
        also binds `sub`: importing a submodule sets it on its package (pyright does too)."""
        statements = [(n.start_byte, n) for n in found.get("import", ())]
        statements += [(n.start_byte, n) for n in found.get("import.from", ())]
        imports: list[Import] = []
        for scope, node in self.scopes.locate(statements):
            for imp in _parse_import(node):
                imports.append(imp)
                if imp.local:
                    self._bind(scope, imp.local, node, from_import=True)
                    owner = self.scopes.module if imp.local in scope.declared_global else scope
                    self.importers.setdefault((id(owner), imp.local), []).append((node, imp))
                if package_init and scope is self.scopes.module and imp.level == 1 and imp.source:
                    self._bind(scope, imp.source.split(".")[0], node, from_import=True)
        return imports

    def declare(self, found: dict) -> None:
        items = [(n.start_byte, ("global", n)) for n in found.get("global", ())]
        items += [(n.start_byte, ("nonlocal", n)) for n in found.get("nonlocal", ())]
        for scope, (kind, node) in self.scopes.locate(items):
            target = scope.declared_global if kind == "global" else scope.declared_nonlocal
            target.add(text(node))
            self.bound_ids.add(node.start_byte)

    def bind(self, found: dict) -> None:
        names: list[Node] = list(found.get("bind.name", ()))
        for target in found.get("bind.target", ()):
            names.extend(_target_names(target))
        for pattern in found.get("bind.pattern", ()):
            names.extend(_descendant_identifiers(pattern))
        items = [(n.start_byte, (n, False)) for n in names]
        items += [(n.start_byte, (n, True)) for n in found.get("bind.walrus", ())]
        for scope, (node, walrus) in self.scopes.locate(items):
            if walrus:
                scope = scope.enclosing("function", "class", "module")
            scope = self._parameter_scope(node) or scope
            self.bound_ids.add(node.start_byte)
            name = text(node)
            if name in scope.declared_nonlocal:
                continue
            parameters = _type_parameters(node)
            self._bind(scope, name, node, type_parameter=parameters is not None)
            own = self._type_parameter_scope(parameters)
            if own is not None:  # `def f[**P, R]`: seen in the body, and functions nested in it
                self._bind(own, name, node, type_parameter=True)

    def _type_parameter_scope(self, parameters: Node | None) -> Scope | None:
        """The scope of the function whose `type_parameter` list is `parameters`, if any."""
        owner = parameters.parent if parameters is not None else None
        if owner is None or owner.type != "function_definition":
            return None
        body = owner.child_by_field_name("body")
        return self.scopes.starting_at.get(body.start_byte) if body is not None else None

    def _parameter_scope(self, node: Node) -> Scope | None:
        """The scope of the function whose parameter `node` is, if it is one."""
        current = node.parent
        for _ in range(3):
            if current is None:
                return None
            if current.type == "parameters":
                body = current.parent.child_by_field_name("body")
                return self.scopes.starting_at.get(body.start_byte) if body else None
            current = current.parent
        return None

    def instance_uses(self, found: dict, calls: list[tuple[Node, Node, Node]], at_module: set[int],
                      typed_attributes: _TypedAttributes) -> tuple[list[Call], list[MemberRef]]:
        """`x.method(...)` (a Call on_instance) and other reads `x.attr` (not assigned to nor
        deleted, nor read in a function that assigns `x.attr` (or `x.t.attr`) too: a MemberRef
        from the class as written) where `x` is surely an instance of a module-level class:
        every binding of it in its scope makes one (`x = Class(...)`, _value_owner), or it is a
        parameter annotated `x: Class` bound nowhere else, or the first parameter (`self`) of a
        method of a module-level class; and `Class().method()`, `Class().attr`, `(await
        make()).attr`. `x.t.m` where `x`'s class assigns no `t` is a use through `t`
        (Call.through), which an ancestor may declare with its class."""
        read, made = [], []  # (attribute, the name read from), (attribute, the call read from)
        for node in found.get("attribute", ()):
            obj = node.child_by_field_name("object")
            if obj.type == "parenthesized_expression" and obj.named_child_count == 1 and \
                    obj.named_children[0].type == "await":  # `(await make()).m`
                obj = obj.named_children[0]
            if obj.type in ("call", "await"):  # its function's first name (where it starts) at module scope,
                first = obj.named_children[0] if obj.type == "await" else obj  # `self`, a local function
                if first.start_byte in at_module or first.type == "call" and _local_call(first):
                    made.append((node, obj))
            elif (receiver := _receiver(obj)) is not None:
                read.append((node, receiver))
        names = {receiver.text for _node, receiver in read}  # only these may be instances here
        created: dict[tuple[int, str], str | _Join | None] = {}
        typed_only = set()  # `self` of a nested class: only its typed attributes are followed
        methods_of: dict[tuple[int, str], _MethodOf] = {}  # bound once, to `f.make()`
        every = []  # each binding: (key, the name bound, its class)
        known = set()  # the names some binding makes an instance of a class
        again = set()  # the keys bound more than once
        for key, cls, nested, where in self._instances(found, at_module, names, typed_attributes):
            every.append((key, where, cls))
            if cls is not None:
                known.add(key[1])
            if key in created:  # bound again: unknown unless to an instance of the same class
                created[key] = cls if isinstance(cls, str) and created[key] == cls else None
                methods_of.pop(key, None)
                again.add(key)
            elif isinstance(cls, _MethodOf):
                created[key], methods_of[key] = None, cls
            else:
                created[key] = cls
            if nested:
                typed_only.add(key)
        among_others = [(id(scope), named) for scope, named in  # `a, x = ...`, `for k, x in`: another
                        self.scopes.locate(_among_others(found, known) if known else ())]  # binding, unknown
        again.update((scope, text(named)) for scope, named in among_others)
        bindings: dict[tuple[int, str], list[tuple[Node, object]]] = {}  # of those names bound twice
        for key, where, cls in every:
            if key in again and key[1] in known:
                bindings.setdefault(key, []).append((where, cls))
        for scope, named in among_others:
            key = (scope, text(named))
            bindings.setdefault(key, []).append((named, None))
            created[key] = None
            methods_of.pop(key, None)
        for key, method_of in methods_of.items():  # `m = f.make()` with `f = Factory()`: `Factory.make`
            owner = _lookup(method_of.scope, method_of.receiver, self.scopes.module)
            cls = created.get((id(owner), method_of.receiver)) if owner is not None else None
            if isinstance(cls, str) and not cls.startswith(AWAITED):
                created[key] = _Through(cls, method_of.method) if method_of.read else \
                    f"{cls}.{method_of.method}"
        narrowed = self._narrowed(found, calls, at_module, names)
        instances = {name.encode() for (_scope, name), cls in created.items() if cls} | \
            {name.encode() for _start, _end, name, _cls, _scope in narrowed} | \
            {name.encode() for (_scope, name), bound in bindings.items() if len(bound) > 1}
        called = {(function.start_byte, function.end_byte): arguments
                  for _node, function, arguments in calls if function is not None}
        # `self.cog.send_eval = AsyncMock()` (a test's stand-in): the instance has what the
        # function assigns to it, whatever its class declares
        # (only reads from those names matter: an attribute as written names its receiver)
        of_instances = [(node, receiver) for node, receiver in read if receiver.text in instances] \
            if instances else []
        stored = {_in_function(node) for node, _receiver in of_instances if _is_store(node)}
        receivers = []
        for node, receiver in of_instances:
            if not stored or _in_function(node) not in stored:
                through = node.child_by_field_name("object")  # `self.http.get()`: through an
                typed = through.child_by_field_name("attribute") if through.type == "attribute" else None
                receivers.append((receiver.start_byte, (text(receiver), typed, node)))  # attribute typed
        found_calls, reads = [], []
        flows = _Flows()
        for scope, (name, typed, node) in self.scopes.locate(receivers):
            owner = _lookup(scope, name, self.scopes.module)
            cls = created.get((id(owner), name)) if owner is not None else None
            narrowed_to = next((c for start, end, local, c, where in narrowed  # innermost last
                                if local == name and where is scope and start <= node.start_byte < end), ())
            if cls is None and owner is scope and name in known and \
                    len(bindings.get((id(scope), name), ())) > 1:
                cls = flows.reaching(bindings[(id(scope), name)], node)
                cls = cls if cls is None or not flows.narrowable(node, scope, name) else None
            if isinstance(cls, _Join):  # a use on each class, where nothing may narrow the union
                for joined in cls.classes if typed is None and not narrowed_to and \
                        not flows.narrowable(node, owner, name) else ():
                    _record_use(joined, node, called, typed_attributes, found_calls, reads)
                continue
            through = text(typed) if typed is not None else None
            if isinstance(cls, _Through):  # `res = x.t` then `res.m`, as `x.t.m`
                if through is not None or narrowed_to:
                    continue
                cls, through = cls
            classes = (cls,) if cls and not narrowed_to else \
                narrowed_to if narrowed_to and cls in (None, *narrowed_to[:1]) and \
                (cls is None or len(narrowed_to) == 1) else ()
            if through is not None and len(classes) == 1 and through not in typed_attributes.of(classes[0]):
                # `x.t.m` where the class assigns no `t`: through what an ancestor may declare
                _record_use(classes[0], node, called, typed_attributes, found_calls, reads, through)
                continue
            if through is not None:  # `x.t.m`: through an attribute of one certain class
                held = typed_attributes.of(classes[0]).get(through) if len(classes) == 1 else None
                classes = (held,) if isinstance(held, str) else held.classes if isinstance(held, _Join) \
                    and typed is not None and not flows.narrowable(
                        node, scope, text(node.child_by_field_name("object")), ASSIGNED_AFTER) else ()
            elif not narrowed_to and (id(owner), name) in typed_only:
                continue  # `self` of a nested class: only its typed attributes are followed
            for cls in classes:  # `isinstance(x, (A, B))`: a use on each (checkers judge each)
                _record_use(cls, node, called, typed_attributes, found_calls, reads)
        local = []  # `instantiate().m` of a function nested in another, maybe
        for node, call in made:
            cls = _call_owner(call, at_module, None)
            if isinstance(cls, str):  # a new instance's member, or a returned one's
                _record_use(cls, node, called, typed_attributes, found_calls, reads)
            elif cls is None and _calls_a_name(call):
                local.append((call.start_byte, (node, call)))
        for scope, (node, call) in self.scopes.locate(local):
            cls = self._local_function_class(found, call, scope, at_module)
            if cls is not None:
                _record_use(cls, node, called, typed_attributes, found_calls, reads)
        return found_calls, reads

    def _local_function_class(self, found: dict, value: Node, scope: Scope, at_module: set[int]
                              ) -> str | None:
        """The class a call of a function nested in another (`instantiate()`, `await later()` of
        an async one) declares it returns (`-> "Collection"`), a name its enclosing function
        resolves at module scope; the function undecorated, and what alone binds its name
        there."""
        awaited, call = _awaited_call(value)
        function = call.child_by_field_name("function") if call is not None else None
        if function is None or function.type != "identifier" or function.start_byte in at_module:
            return None
        name = text(function)
        owner = _lookup(scope, name, self.scopes.module)
        if owner is None or owner.kind != "function":
            return None
        if self.functions is None:
            self.functions = {}
            for defined in found.get("scope.function", ()):
                self.functions.setdefault(text(defined.child_by_field_name("name")), []).append(defined)
        nested = [d for d in self.functions.get(name, ()) if owner.start <= d.start_byte < owner.end]
        if len(nested) != 1 or nested[0].parent.type != "block" or is_async(nested[0]) != awaited:
            return None
        written = python_returns(nested[0])
        block = nested[0].parent
        first = _first_binding(found, block, name, block.start_byte)  # at its `def` (after `async`)
        named_at = nested[0].child_by_field_name("name").start_byte
        if not written or not nested[0].start_byte <= first <= named_at or \
                _first_binding(found, block, name, nested[0].end_byte) != block.end_byte or \
                _lookup(owner, written.split(".", 1)[0], self.scopes.module) is not self.scopes.module:
            return None
        return written

    def _narrowed(self, found: dict, calls: list[tuple[Node, Node, Node]], at_module: set[int],
                  names: set[bytes]) -> list[tuple[int, int, str, tuple[str, ...], Scope]]:
        """(start, end, name, classes as written, scope) of each region where `x` (one of
        `names`) is an instance of one of module-level classes unless the region binds `x`
        again: the block `if isinstance(x, Class):` (or `elif`, or a tuple of classes) opens,
        and what follows `if not isinstance(x, Class): return` (or `raise`, `continue`,
        `break`) in its block, with its `else:`; innermost regions last."""
        tests = []
        for node, function, arguments in calls:
            if function is None or function.type != "identifier" or function.text != b"isinstance" or \
                    function.start_byte in at_module or arguments.type != "argument_list":
                continue
            given = arguments.named_children
            classes = _module_classes(given[1], at_module) if len(given) == 2 and \
                given[0].type == "identifier" and given[0].text in names else ()
            region = _narrowing_region(node) if classes else None
            if region is not None:
                tests.append((node.start_byte, (text(given[0]), classes, region)))
        regions = []
        for scope, (name, classes, (start, end, block, after_exit)) in self.scopes.locate(tests):
            bound = _first_binding(found, block, name, start)
            if bound == end or after_exit and bound > start:  # after an exit: up to a binding
                regions.append((start, bound, name, classes, scope))
        return sorted(regions, key=lambda r: (r[0], -r[1]), reverse=True)

    def _instances(self, found: dict, at_module: set[int], names: set[bytes],
                   typed_attributes: _TypedAttributes
                   ) -> Iterator[tuple[tuple[int, str], str | _Join | _MethodOf | None, bool, Node]]:
        """((scope id, name), class as written or None, whether only attributes typed in the
        class are followed through it, the name bound) for each binding of one of `names` in a scope that
        `instance_uses` reads: assignments of a call (_call_owner) or of an attribute of `self`
        whose class is certain (`s = self.strategy`) or of another local name (`res = cursor.pgresult`:
        _MethodOf, read), annotated parameters, `self` (of a class nested in
        module-level classes, `Outer.Inner`: typed attributes only, `self.root.configure()`)."""
        targets = [(n.start_byte, n) for n in found.get("bind.target", ())
                   if n.type == "identifier" and n.text in names]
        for scope, target in self.scopes.locate(targets):  # another binding (`for x in`): unknown
            value = target.parent.child_by_field_name("right") \
                if target.parent.type == "assignment" else None
            if value is not None and value.type == "attribute" and \
                    (owner := _self_owner(value.child_by_field_name("object"))) is not None:
                attribute = value.child_by_field_name("attribute")
                typed = typed_attributes.of(owner).get(text(attribute))
                if isinstance(typed, _Join) and _Flows().narrowable(value, scope, text(value), ASSIGNED_AFTER):
                    typed = None  # `self.x = B()` before it may have narrowed the join
                yield (id(scope), text(target)), typed, False, target
                continue
            cls = _value_owner(found, target, value, at_module, scope)
            if cls is None and value is not None and value.type in ("call", "await"):
                cls = self._local_function_class(found, value, scope, at_module)
            elif cls is None and value is not None and value.type == "attribute" and \
                    (obj := value.child_by_field_name("object")).type == "identifier" and \
                    obj.start_byte not in at_module:  # `res = cursor.pgresult`
                cls = _MethodOf(text(obj), text(value.child_by_field_name("attribute")), scope, read=True)
            yield (id(scope), text(target)), cls, False, target
        for node in found.get("bind.name", ()):
            scope = self._parameter_scope(node) if node.text in names else None
            if scope is None:
                continue
            if node.parent.type in ("typed_parameter", "typed_default_parameter"):
                annotated = self._annotated_class(node.parent, scope, at_module)
                yield (id(scope), text(node)), annotated, False, node
            elif node.parent.type == "parameters" and (cls := _method_owner(node)) is not None:
                yield (id(scope), text(node)), cls, False, node
            elif node.parent.type == "parameters" and (cls := _method_owner(node, nested=True)):
                yield (id(scope), text(node)), cls, True, node
            else:  # a parameter of unknown class: `x = Class()` in its body is another binding
                yield (id(scope), text(node)), None, False, node

    def _annotated_class(self, parameter: Node, scope: Scope, at_module: set[int]) -> str | None:
        """The class a parameter is annotated with (`x: Class`, `x: mod.Class`, `x:
        Optional[Class]`, `x: Class | None`, `x: "Class"`), written as a dotted name that
        resolves at module scope; not `x: Class = None` (an Optional written loosely)."""
        annotation = parameter.child_by_field_name("type")
        named = annotation.named_children if annotation is not None else []
        found = class_or_none(named[0]) if len(named) == 1 else None
        if found is None:
            return None
        written, or_none = found
        value = parameter.child_by_field_name("value")
        if value is not None and value.type == "none" and not or_none:
            return None
        if isinstance(written, str):  # in a string: resolved where the function is defined
            outer = scope.parent or self.scopes.module
            root = written.split(".", 1)[0]
            return written if _lookup(outer, root, self.scopes.module) is self.scopes.module else None
        return _module_class(_dotted_chain(written), at_module)

    def references(self, found: dict) -> tuple[list[NameRef], set[int], set[int]]:
        """Unbound references, the ids of identifiers that resolved at module scope, and of
        those that resolved to a function's own import (`def f(): from .m import g; g()`)."""
        skipped = self.bound_ids | {n.start_byte for n in found.get("not_a_name", ())}
        refs = [(n.start_byte, n) for n in found.get("identifier", ())
                if n.start_byte not in skipped]
        unbound: list[tuple[str, Node]] = []
        at_module: set[int] = set()
        first_iterables = _first_iterables(found)
        local_imports: set[int] = set()
        for scope, node in self.scopes.locate(refs):
            while scope.kind == "comprehension" and _within(node, first_iterables.get(scope.start)):
                scope = scope.parent  # the first iterable is evaluated where the comprehension is
            name = text(node)
            owner = _lookup(scope, name, self.scopes.module)
            if owner is self.scopes.module:
                at_module.add(node.start_byte)
                self.owners[node.start_byte] = owner
            elif owner is not None and owner.only_imported(name):
                local_imports.add(node.start_byte)
                self.owners[node.start_byte] = owner
            elif owner is None and name not in BUILTINS and not _is_mangled(name):
                unbound.append((name, node))
        # `try: get_ipython  except NameError: ...` probes for a name: its uses are deliberate
        memo: dict[int, bool] = {}
        probed = {name for name, node in unbound if _guarded_by(node, "NameError", memo)}
        python2: dict[int, bool] = {}
        unreachable: dict[int, bool] = {}
        jumps: dict[int, int | None] = {}
        return ([NameRef(name, site(node)) for name, node in unbound
                 if name not in probed and not _python2_only(node, python2)
                 and not _unreachable(node, unreachable, jumps)],
                at_module, local_imports)

    def forward_references(self, found: dict, typing_names: frozenset[str],
                           value_generics: dict[str, int]) -> list[NameRef]:
        """The names type expressions written as strings use (`x: "Grammar"`, `-> list["Node"]`,
        `TypeVar("_P", bound="Grammar")`, `cast("Node", v)` of typing: `typing_names`) that no
        scope binds: pyright resolves them where the string stands (not the values of a
        `Literal`, under any of its names: `value_generics`). Type-only (nothing evaluates
        them at run time unless something asks)."""
        outermost, end = [], -1
        for node in found.get("annotation", ()):  # in document order, an enclosing node first
            if node.start_byte >= end:
                outermost.append(node)
                end = node.end_byte
        outermost += [node for node in found.get("annotation.argument", ())
                      if _typing_call(node, typing_names)]
        names = [(string.start_byte, named) for node in outermost
                 for string in _type_strings(node, value_generics)
                 for named in _names_in_string(string)]
        refs = []
        for scope, (name, at) in self.scopes.locate(names):
            if _lookup(scope, name, self.scopes.module) is None and name not in BUILTINS \
                    and not _is_mangled(name):
                refs.append(NameRef(name, at, type_only=True, in_string=True))
        return refs

    def member_refs(self, rooted: list[tuple[Node, list[Node], bool]], lazy: list[tuple[int, int]],
                    local: bool = False, roots: frozenset[str] | None = None) -> list[MemberRef]:
        """`mod.attr` chains whose root is a module-scope name bound only by imports (`rooted`:
        see _rooted_attributes), read, not assigned to, nor set by this file (`mod.cache = v`
        anywhere in it makes `mod.cache` and what is below it the file's own). `local`: roots
        that resolved to an import of their own function (`def f(): from pkg import sub`,
        then `sub.X`), which binds them only by that import; `lazy`: the annotations nothing
        evaluates (_unevaluated_annotations). With `roots`: chains rooted at those names
        instead (the classes the module defines once)."""
        saved = _saved_originals(rooted)
        set_here = {tuple(map(text, chain)) for _node, chain, store in rooted if store} - saved
        refs = []
        for _node, chain, store in rooted:
            read = _read_attributes(tuple(map(text, chain)), store, set_here, saved)
            if read is None:
                continue
            root = read[0]
            if root in roots if roots is not None else \
                    local or self.bindings.only_imported(root) or self._imported_or_none(root):
                refs.append(MemberRef(root, read[1:], site(chain[1]),
                                      unevaluated=in_ranges(chain[0].start_byte, lazy),
                                      alternatives=self._alternatives(root, chain[0])))
        return refs

    def _imported_or_none(self, name: str) -> bool:
        """Whether imports bind `name` at module scope and otherwise only `name = None` in the
        `except ImportError:` of a `try` importing it: a read of it that succeeds reads what
        the import brings (see Import.none_without)."""
        if name not in self.bindings.import_locals or name not in self.bindings.definers:
            return False
        nodes = self.bindings.all_definers.get(name, [self.bindings.definers[name]])
        return all(_import_fallback(name, node) and _assigned_none(node) for node in nodes)

    def _alternatives(self, name: str, read: Node) -> tuple[Site, ...]:
        """The sites of the imports binding `name` in the scope `read` resolved to, when each
        stands in its own branch of one `if` (that checkers do not decide) above the read:
        `name` may be the module of any of them there (MemberRef.alternatives)."""
        owner = self.owners.get(read.start_byte)
        found = self.importers.get((id(owner), name), []) if owner is not None else []
        statements = list(dict.fromkeys(node for node, _imp in found))
        branches = alternative_branches(statements) if len(statements) > 1 else None
        if branches is None or read.start_byte < branches.end_byte:
            return ()
        return tuple(imp.site for _node, imp in found)


def _saved_originals(rooted: list[tuple[Node, list[Node], bool]]) -> set[tuple[str, ...]]:
    """The attributes this file sets only to patch the module's own value: it saves the
    original first (`orig = mod.f`), and each of its writes is either after such a save in the
    same function or puts a saved value back (`mod.f = orig`), as a test's setUp/tearDown or a
    try/finally does. The module provides those, so their reads are the module's."""
    saves: dict[tuple[str, ...], list[tuple[int, int, str]]] = {}
    writes: dict[tuple[str, ...], list[tuple[int, int, str | None]]] = {}
    for node, chain, store in rooted:
        names, parent = tuple(map(text, chain)), node.parent
        plain = parent is not None and parent.type == "assignment"
        if store:
            value = parent.child_by_field_name("right") if plain else None
            writes.setdefault(names, []).append(
                (_function_start(node), node.start_byte, text(value) if value else None))
        elif plain and _is_field(parent, "right", node) and \
                (target := parent.child_by_field_name("left")) is not None:
            saves.setdefault(names, []).append(
                (_function_start(node), node.start_byte, text(target)))
    return {names for names, saved in saves.items() if names in writes and all(
        value in {target for _f, _at, target in saved}
        or any(f == function and at < start for f, at, _target in saved)
        for function, start, value in writes[names])}


def _is_field(parent: Node, field: str, node: Node) -> bool:
    child = parent.child_by_field_name(field)
    return child is not None and (child.start_byte, child.end_byte) == (node.start_byte,
                                                                       node.end_byte)


def _function_start(node: Node) -> int:
    """Where the function holding `node` starts (-1: module scope)."""
    parent = node.parent
    while parent is not None and parent.type not in ("function_definition", "lambda"):
        parent = parent.parent
    return -1 if parent is None else parent.start_byte


def _read_attributes(names: tuple[str, ...], store: bool, set_here: set[tuple[str, ...]],
                     saved: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The part of `mod.a.b` that is read from the module, if any: all of it, less the last
    attribute when it is assigned to (`bases.Generator._proxied = v` reads `bases.Generator`),
    and only up to the object of an attribute this file sets (`mod.cache = v` makes
    `mod.cache` and what is below it the file's own), or up to an attribute it patches after
    saving the module's own (`saved`: what is below it may be the patch's)."""
    end = len(names) - 1 if store else len(names)
    for depth in range(2, end + 1):
        if names[:depth] in set_here or names[:depth] in saved:
            end = depth if names[:depth] in saved else depth - 1
            break
    return names[:end] if end >= 2 else None


def _binds_globals(found: dict) -> bool:
    """Whether the module binds names it does not name at run time: `globals()[k] = v`
    anywhere, or `locals()[k] = v` at module level (where `locals()` is the module's
    namespace). Not the module `__getattr__` keeping what it returns (langchain-core's
    `globals()[attr_name] = result`): it runs only for names the module lacks, and binds what
    it answered. Not a write whose names are written out (`_written_names`)."""
    return any(not _caches_in_module_getattr(node) and _written_names(node) is None
               for node in found.get("binds_globals", ())) \
        or any(_at_module_level(node) and _written_names(node) is None
               for node in found.get("binds_locals", ()))


def _at_module_level(node: Node) -> bool:
    return ancestor(node, ("function_definition", "lambda", "class_definition")) is None


def _named_global_writes(found: dict) -> dict[str, Site]:
    """The names the module's namespace gets by writes that spell them out, each at its
    first write: `globals()["name"] = v`, `globals().update(name=v)` (setuptools' test
    module caches a probe with `globals().update(can_symlink=lambda: can)`)."""
    writes = list(found.get("binds_globals", ())) + \
        [node for node in found.get("binds_locals", ()) if _at_module_level(node)]
    named: dict[str, Site] = {}
    for node in sorted(writes, key=lambda n: n.start_byte):
        for name in _written_names(node) or ():
            named.setdefault(name, site(node))
    return named


def _written_names(write: Node) -> tuple[str, ...] | None:
    """The names a write into a namespace dict binds when its keys are written out:
    `d["name"] = v`, `d.setdefault("name", v)`, `d.update(a=1, b=2)` or `d.update({"a": 1})`;
    None when a key is computed or unpacked (`d[k] = v`, `d.update(**other)`)."""
    if write.type == "assignment":
        key = write.child_by_field_name("left").child_by_field_name("subscript")
        return _names_of((key,))
    method = text(write.child_by_field_name("function").child_by_field_name("attribute"))
    arguments = write.child_by_field_name("arguments")
    if arguments is None or arguments.type != "argument_list":
        return None
    given = arguments.named_children
    if method == "setdefault":
        return _names_of(given[:1]) if given else None
    if all(argument.type == "keyword_argument" for argument in given):
        return tuple(text(argument.child_by_field_name("name")) for argument in given)
    if len(given) == 1 and given[0].type == "dictionary":
        pairs = given[0].named_children
        if all(pair.type == "pair" for pair in pairs):
            return _names_of(tuple(pair.child_by_field_name("key") for pair in pairs))
    return None


def _names_of(keys: tuple[Node | None, ...]) -> tuple[str, ...] | None:
    """The keys as names, when each is a string literal spelling an identifier."""
    names = [_string_value(key) if key is not None and key.type == "string" else None
             for key in keys]
    if any(name is None or not name.isidentifier() for name in names):
        return None
    return tuple(names)


def _caches_in_module_getattr(node: Node) -> bool:
    """Whether `node` is a `globals()[k] = v` in the body of the module's `__getattr__`."""
    function = ancestor(node, ("function_definition", "lambda", "class_definition"))
    if node.type != "assignment" or function is None or function.type != "function_definition":
        return False
    name = function.child_by_field_name("name")
    scope = ancestor(function, ("function_definition", "lambda", "class_definition"))
    return name is not None and text(name) == "__getattr__" and scope is None


# builtins that only read the namespace they are given
READS_NAMESPACE = frozenset({"eval", "len", "list", "dict", "sorted", "iter", "print", "repr",
                             "set", "tuple", "isinstance", "id", "hash", "str", "vars"})
# methods that copy their argument into their receiver: `env.update(globals())` (RoboDanny's
# admin cog builds an eval environment) reads the namespace, binds nothing in it
READS_NAMESPACE_METHODS = frozenset({"update"})


def _hands_out_globals(found: dict, calls: list[tuple[Node, Node, Node]]) -> bool:
    """Whether the module's namespace is handed to a call that may fill it: `globals()`, or
    a name it was kept under (`_globals = globals()`), as an argument of a call of anything
    but a builtin that only reads it (protoc's `_builder.BuildTopDescriptorsAndMessages(
    DESCRIPTOR, 'x_pb2', _globals)`)."""
    def fills(call: Node) -> bool:
        function = call.child_by_field_name("function")
        if function.type == "attribute":
            return text(function.child_by_field_name("attribute")) not in READS_NAMESPACE_METHODS
        return not (function.type == "identifier" and text(function) in READS_NAMESPACE)

    if any(fills(ancestor(node, ("call",))) for node in found.get("passes_globals", ())):
        return True
    aliases = {text(node) for node in found.get("globals_alias", ())}
    return bool(aliases) and any(
        value is not None and value.type == "identifier" and text(value) in aliases
        and fills(call)
        for call, _function, arguments in calls if arguments is not None
        for argument in arguments.named_children
        for value in (argument.child_by_field_name("value")
                      if argument.type == "keyword_argument" else argument,))


# statements whose blocks run in the module's own scope
MODULE_SCOPE_BLOCKS = frozenset({"if_statement", "elif_clause", "else_clause", "try_statement",
                                 "except_clause", "finally_clause", "with_statement",
                                 "for_statement", "while_statement", "block"})


def _deleted_at_module_level(node: Node) -> tuple[str, ...]:
    """The names a `del` unbinds in the module's scope (not in a function or class): `del
    util` of a package's `__init__` unbinds the submodule its imports bound."""
    deleted: set[str] = set()
    pending = [node]  # a loop, not recursion: blocks may nest deeper than Python's stack
    while pending:
        for child in pending.pop().named_children:
            if child.type == "delete_statement":
                deleted.update(_deleted_names(child))
            elif child.type in MODULE_SCOPE_BLOCKS:
                pending.append(child)
    return tuple(sorted(deleted))


# what groups the targets of `del`: `del a, b`, `del (a)`, `del (a, b)`, `del [a, b]`
DELETE_GROUPS = frozenset({"expression_list", "parenthesized_expression", "tuple", "list"})


def _deleted_names(statement: Node) -> list[str]:
    """The plain names a `del` statement unbinds, through any grouping of its targets."""
    names, pending = [], list(statement.named_children)
    while pending:
        target = pending.pop()
        if target.type == "identifier":
            names.append(text(target))
        elif target.type in DELETE_GROUPS:
            pending.extend(target.named_children)
    return names


def _replaces_itself(found: dict, path: str) -> bool:
    """The module puts another object in its place in `sys.modules` or removes itself from
    there (for a later import to put one): its attributes are that object's. It is named by
    `__name__` or by a dotted name its path ends with (`twisted.internet.reactor` in
    `src/twisted/internet/reactor.py`)."""
    if found.get("replaces_module"):
        return True
    own = "/" + path.removesuffix(".py").removesuffix("/__init__")
    for key in found.get("replaces_module.key", ()):
        name = text(key) if key.type == "identifier" else _string_value(key)
        if name == "__name__" or name and own.endswith("/" + name.replace(".", "/")):
            return True
    return False


def _lookup(scope: Scope, name: str, module: Scope) -> Scope | None:
    """The scope that binds `name` as seen from `scope`, or None."""
    current: Scope | None = scope
    crossed_function = False
    while current is not None:
        if name in current.declared_global:
            return module if name in module.names else None
        skip = current.kind == "class" and crossed_function
        if not skip and name in current.names:
            return current
        if current.kind in ("function", "comprehension"):
            crossed_function = True  # a class body's names are not visible from either
        current = current.parent
    return None


def _first_iterables(found: dict) -> dict[int, tuple[int, int]]:
    """Byte range of the first `in ...` of each comprehension, by the comprehension's start."""
    ranges = {}
    for node in found.get("scope.comprehension", ()):
        clause = next((c for c in node.named_children if c.type == "for_in_clause"), None)
        iterable = clause.child_by_field_name("right") if clause is not None else None
        if iterable is not None:
            ranges[node.start_byte] = (iterable.start_byte, iterable.end_byte)
    return ranges


def _within(node: Node, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= node.start_byte < span[1]


INCIDENTAL_TARGETS = ("for_statement", "as_pattern")  # `for x in`, `with ... as x`, `except E as x`
TARGET_PARTS = ("identifier", "pattern_list", "tuple_pattern", "list_pattern", "as_pattern_target",
                "parenthesized_expression", "list_splat_pattern")


LOOPS = ("for_statement", "while_statement")
IMPORT_STATEMENTS = ("import_statement", "import_from_statement")
DEFINITIONS = ("function_definition", "class_definition")


def _incidental(node: Node) -> bool:
    """A module-level name bound only as a loop variable, a `with ... as` or an `except ... as`
    target, or inside the body of a module-level loop (a value of one pass): a by-product of
    the code that runs there, not something the module defines."""
    current = node
    while current.parent is not None and current.parent.type in TARGET_PARTS:
        current = current.parent
    parent = current.parent
    if parent is None:
        return False
    if parent.type in INCIDENTAL_TARGETS and (parent.type == "as_pattern" or
                                              parent.child_by_field_name("left") == current):
        return True
    return _in_a_loop(parent.parent if parent.type in DEFINITIONS else parent)


def _import_fallback(name: str, node: Node) -> bool:
    """`pytz = None` (or a stand-in `def`) in the `except ImportError:` of a `try` whose body
    imports `pytz`: what an optional import falls back to, not something the module defines
    (the import itself is no definition either)."""
    current = node.parent
    if current is not None and current.type in DEFINITIONS:
        current = current.parent
    while current is not None and current.type not in DEFINITIONS:
        if current.type == "except_clause":
            statement = current.parent  # a try, or an ERROR in broken code
            body = statement.child_by_field_name("body") \
                if statement is not None and statement.type == "try_statement" else None
            return body is not None and _catches(current) and \
                any(imp.local == name for child in body.named_children
                    if child.type in IMPORT_STATEMENTS for imp in _parse_import(child))
        current = current.parent
    return False


def _assigned_none(node: Node) -> bool:
    """Whether a binding is `name = None` (or `name = other = None`)."""
    assignment = node.parent
    if assignment is None or assignment.type != "assignment" or \
            assignment.child_by_field_name("left") != node:
        return False
    right = assignment.child_by_field_name("right")
    while right is not None and right.type == "assignment":
        right = right.child_by_field_name("right")
    return right is not None and right.type == "none"


def _in_a_loop(node: Node | None) -> bool:
    """Inside a loop, and not inside a function or class in it."""
    while node is not None and node.type not in DEFINITIONS:
        if node.type in LOOPS:
            return True
        node = node.parent
    return False


def _type_parameters(node: Node) -> Node | None:
    """The `type_parameter` list whose parameter `node` names (`T`, `**P`, `*Ts`, `R: int`)."""
    current = node.parent
    while current is not None and current.type in TYPE_PARAMETER_PARTS:
        current = current.parent
    return current if current is not None and current.type == "type_parameter" and \
        node.parent.type in TYPE_PARAMETER_PARTS else None


TYPE_PARAMETER_PARTS = ("type", "splat_type", "constrained_type")


def _is_mangled(name: str) -> bool:
    """`__x` inside a class body is renamed `_Class__x`: impact does not follow that."""
    return name.startswith("__") and not name.endswith("__")


# a test of the major version alone that Python 3 passes (`sys.version_info >= (3,)`,
# `sys.version_info[0] == 3`) or fails (`sys.version_info < (3, 0)`, `sys.version_info.major
# == 2`); `sys.version_info >= (3, 8)` may go either way
MAJOR_THREE = r"\(\s*3\s*(,\s*(0\s*,?\s*)?)?\)"
PYTHON3_TEST = re.compile(r"^sys\.version_info\s*>=\s*" + MAJOR_THREE + r"$|"
                          r"^sys\.version_info(\[0\]|\.major)\s*(>=\s*3|==\s*3|>\s*2)$")
PYTHON2_TEST = re.compile(r"^sys\.version_info\s*<\s*" + MAJOR_THREE + r"$|"
                          r"^sys\.version_info(\[0\]|\.major)\s*(<\s*3|==\s*2|<=\s*2)$")


def _python2_only(node: Node, memo: dict[int, bool]) -> bool:
    """In a branch only Python 2 runs: the body of `if sys.version_info < (3,)`, or what
    follows `else` after `if sys.version_info >= (3,)` (generated stubs keep both). pyright
    and mypy read it as unreachable and judge nothing in it; no Python 3 runs it."""
    walked = []  # an `if` is not memoised: its answer depends on the branch come through
    child, current = node, node.parent
    found = False
    while current is not None:
        if current.type != "if_statement":
            if current.id in memo:
                found = memo[current.id]
                break
            walked.append(current.id)
        elif child.type in ("block", "else_clause"):
            test = " ".join(text(current.child_by_field_name("condition")).split())
            if child.type == "block" and PYTHON2_TEST.match(test) or \
                    child.type == "else_clause" and PYTHON3_TEST.match(test):
                found = True
                break
        child, current = current, current.parent
    memo.update(dict.fromkeys(walked, found))
    return found


JUMPS = frozenset({"return_statement", "raise_statement", "continue_statement", "break_statement"})


def _unreachable(node: Node, memo: dict[int, bool], jumps: dict[int, int | None]) -> bool:
    """After a `return`, `raise`, `continue` or `break` of a block that holds it (graphene's
    `return wrap_character(getHuman(id))` followed by `if human: return Human(human)`): code
    that never runs, where pyright judges nothing. `memo` keeps the answer for every ancestor
    seen and `jumps` where each block's first jump ends (by node id): each `.parent` costs
    the node's depth (see `_guarded_by`)."""
    walked = []
    current, found = node, False
    while current.parent is not None:
        if current.id in memo:
            found = memo[current.id]
            break
        walked.append(current.id)
        block = current.parent
        if block.type in ("block", "module"):
            if block.id not in jumps:
                jumps[block.id] = next((c.end_byte for c in block.named_children if c.type in JUMPS),
                                       None)
            end = jumps[block.id]
            if end is not None and current.start_byte >= end:
                found = True
                break
        current = block
    memo.update(dict.fromkeys(walked, found))
    return found


def _guarded_by(node: Node, error: str, memo: dict[int, bool]) -> bool:
    """Inside the body of a `try` whose handlers catch `error` (a deliberate probe).

    `memo` keeps the answer for every ancestor seen (by node id): each `.parent` costs the
    node's depth, so without it many names deep inside a 1,000-level expression would take
    minutes."""
    walked = []
    current = node.parent
    guarded = False
    while current is not None:
        if current.id in memo:
            guarded = memo[current.id]
            break
        walked.append(current.id)
        if current.type == "try_statement" and any(
                clause.type == "except_clause" and error in text(clause).split(":", 1)[0]
                for clause in current.named_children):
            guarded = True
            break
        current = current.parent
    memo.update(dict.fromkeys(walked, guarded))
    return guarded


def _target_names(node: Node) -> list[Node]:
    """Identifiers an assignment target binds, in order (a loop: targets may nest deeply)."""
    found, pending = [], [node]
    while pending:
        current = pending.pop()
        if current.type == "identifier":
            found.append(current)
        elif current.type in TARGET_CONTAINERS:
            pending.extend(reversed(current.named_children))
    return found


def _descendant_identifiers(node: Node) -> list[Node]:
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        if current.type == "identifier":
            found.append(current)
        else:
            stack.extend(current.named_children)
    return found


def _is_store(node: Node) -> bool:
    parent = node.parent
    while parent is not None and parent.type not in ("assignment", "augmented_assignment"):
        if parent.type not in TARGET_CONTAINERS:
            return False
        node, parent = parent, parent.parent
    return parent is not None and parent.child_by_field_name("left") == node


def _dotted_chain(node: Node) -> list[Node] | None:
    """identifier nodes of `a.b.c`, or None if the chain is not plain names."""
    names = []
    while node.type == "attribute":
        names.append(node.child_by_field_name("attribute"))
        node = node.child_by_field_name("object")
    if node.type != "identifier":
        return None
    names.append(node)
    names.reverse()
    return names


class _Join(NamedTuple):
    """A name whose value is an instance of one of several classes (`A() if c else B()`, or
    bound to `A()` and to `B()` in the two branches of an `if`): its type is their union, and
    a member any of them lacks is pyright's reportAttributeAccessIssue (a use on each)."""

    classes: tuple[str, ...]


class _MethodOf(NamedTuple):
    """`m = f.make()` where `f` is a local name: `f`'s class's method `make` if `f` is surely an
    instance of one; with `read`, `c = f.conn`: what `f`'s class's attribute `conn` holds
    (_Through)."""

    receiver: str
    method: str
    scope: Scope
    read: bool = False


class _Through(NamedTuple):
    """A name bound to an attribute of an instance (`res = cursor.pgresult`): its uses are
    uses through that attribute (Call.through, MemberRef.through), as `cursor.pgresult.m`."""

    cls: str
    attribute: str


# before a name on its line: what may narrow or bind it otherwise than an assignment (_Flows)
NARROWING_WORDS = re.compile(rb"\b(?:if|elif|while|assert|match|case|and|or|not|del|global|nonlocal|import|"
                             rb"as|def|class)\b")
REBINDING_AFTER = re.compile(rb"\s*(?::=|(?:[-+*/%&|^@]|//|\*\*|<<|>>)=)")  # after it: `x := `, `x += `
# after an attribute (`self.x`): also a plain assignment, `self.x = `, `self.x: C = `
ASSIGNED_AFTER = re.compile(rb"\s*(?::=|(?:[-+*/%&|^@]|//|\*\*|<<|>>)=|=(?!=)|:[^=\n]*=)")


class _Flows:
    """What a name bound more than once in a function is an instance of where it is read,
    along the code's structure (pyright's narrowing on assignment), and whether anything in
    the function may narrow it otherwise."""

    def __init__(self) -> None:
        self.source: bytes | None = None  # the file's, once asked for
        self.narrowing: dict[tuple[int, str, bytes], bool] = {}

    def reaching(self, bindings: list[tuple[Node, object]], read: Node) -> str | _Join | None:
        """The class (or _Join) the name is an instance of at `read`: what the bindings before
        it may leave there along the code's structure (`_reaching_classes`); None when a later
        binding in a loop around the read may reach it, or one that may is of unknown class."""
        if any(loop.start_byte <= target.start_byte < loop.end_byte
               for loop in _loops_around(read) for target, _cls in bindings
               if target.start_byte > read.start_byte):
            return None
        classes = _reaching_classes(bindings, read)
        return None if not classes else classes[0] if len(classes) == 1 else _Join(classes)

    def narrowable(self, read: Node, scope: Scope, name: str, rebinding: re.Pattern = REBINDING_AFTER) -> bool:
        """Whether the function (or module) the name is bound in may narrow or rebind it
        otherwise than by the bindings read: the name in a condition (`if`, `while`, `assert`,
        `match`, `and`, `or`, `not`: `isinstance`, `is None`, `hasattr`), an augmented
        assignment, `:=`, `del`, `global`, `nonlocal`, an import, `as`, a definition (and
        whatever `rebinding` finds after it: ASSIGNED_AFTER for an attribute, `self.x`)."""
        key = (scope.start, name, rebinding.pattern)
        if key not in self.narrowing:
            if self.source is None:
                root = read
                while root.parent is not None:
                    root = root.parent
                self.source = root.text or b""
            named = re.compile(rb"(?<![\w.])" + re.escape(name.encode()) + rb"(?!\w)")
            source = self.source
            self.narrowing[key] = any(
                NARROWING_WORDS.search(source, source.rfind(b"\n", 0, found.start()) + 1, found.start())
                or rebinding.match(source, found.end())
                for found in named.finditer(source, scope.start, scope.end))
        return self.narrowing[key]


def _loops_around(node: Node) -> Iterator[Node]:
    """The `for` and `while` statements around a node, within its function."""
    current = node.parent
    while current is not None and current.type not in ("function_definition", "lambda", "class_definition"):
        if current.type in LOOPS:
            yield current
        current = current.parent


def _holds(block: Node, node: Node) -> bool:
    return block.start_byte <= node.start_byte < block.end_byte


def _assignment_statement(target: Node) -> Node | None:
    """The statement `target = value` (or `target: T = value`) whose whole left side is
    `target`, in a block or the module."""
    assignment = target.parent
    statement = assignment.parent if assignment is not None and assignment.type == "assignment" and \
        assignment.child_by_field_name("left") == target else None
    return statement if statement is not None and statement.type == "expression_statement" and \
        statement.parent is not None and statement.parent.type in ("block", "module") else None


# the state before a statement, in what _back_from and _outcome give: the binding reaching it
# is one before that statement
BEFORE = "<before>"
# statements after which the bindings inside leave the name as _outcome reads them
FLOW_STATEMENTS = ("if_statement", "for_statement", "while_statement", "with_statement", "try_statement")
EXITS = ("return_statement", "raise_statement", "break_statement", "continue_statement")


def _reaching_classes(bindings: list[tuple[Node, object]], read: Node) -> tuple[str, ...] | None:
    """The classes the bindings before `read` may leave the name an instance of there, as
    pyright narrows on assignment: the last binding on the way straight back (`x = A()`), or
    what the statements binding it on the way leave (_outcome: the branches of an `if`, with
    the binding before for one without `else`; a loop's body and the binding before; the body
    of a `with`; a `try`'s body and its handlers), up through the blocks holding the read
    (an `if` branch, a loop's or `with`'s or `try`'s body). None when one is of unknown class,
    or the way back leaves a handler, a `finally`, a `match` or the function. Never a class
    pyright's union lacks (some it has may be left out: what a `break` carries out of a loop,
    a branch that may stop). The last binding before the read, a statement of a block holding
    it, is the one reaching it wherever the read stands (in a handler, a `finally`)."""
    before = [(target, cls) for target, cls in bindings if target.end_byte <= read.start_byte]
    last, cls = max(before, key=lambda binding: binding[0].start_byte) if before else (None, None)
    statement = _assignment_statement(last) if last is not None else None
    if statement is not None and _holds(statement.parent, read) and not _holds(statement, read):
        return tuple(sorted(_classes_of(cls) or ())) or None
    statement = _statement_of(read)
    found: set[str] = set()
    while statement is not None:
        before = _back_from(statement.prev_named_sibling, bindings, to_end=False)
        if before is None:
            return None
        found |= before - {BEFORE}
        if BEFORE not in before:
            return tuple(sorted(found)) or None
        statement = _enclosing_flow_statement(statement.parent)
    return None


def _statement_of(node: Node) -> Node | None:
    """The statement of a block (or the module) holding `node`."""
    while node.parent is not None and node.parent.type not in ("block", "module"):
        node = node.parent
    return node if node.parent is not None else None


def _enclosing_flow_statement(block: Node) -> Node | None:
    """The statement whose state before it a block starts with: the `if` of a branch, the loop
    of its body, the `with` or `try` of its body; None for others (a handler's, a `finally`'s,
    a loop's `else`, a function's)."""
    owner = block.parent
    if owner is not None and owner.type in ("elif_clause", "else_clause") and owner.parent is not None \
            and owner.parent.type == "if_statement":
        return owner.parent
    if owner is not None and owner.type in FLOW_STATEMENTS and owner.type != "try_statement":
        return owner
    return owner if owner is not None and owner.type == "try_statement" and \
        owner.child_by_field_name("body") == block else None


def _back_from(statement: Node | None, bindings: list[tuple[Node, object]], to_end: bool
               ) -> set[str] | None:
    """What the statements from `statement` back to the start of its block leave the name an
    instance of: classes, and BEFORE when the block's start state may reach past them; None
    when a binding on the way is of unknown class or read otherwise than _outcome reads. With
    `to_end` (the state at the end of a block), nothing when a statement after the last
    binding may stop (_may_stop): the end may never be reached."""
    found: set[str] = set()
    bound = False
    while statement is not None:
        inside = [(t, cls) for t, cls in bindings if _holds(statement, t)]
        if inside:
            left = _left_by(statement, inside, bindings)
            if left is None:
                return None
            found |= left - {BEFORE}
            if BEFORE not in left:
                return found
            bound = True
        elif to_end and not bound and _may_stop(statement):
            return set()
        statement = statement.prev_named_sibling
    return found | {BEFORE}


def _left_by(statement: Node, inside: list[tuple[Node, object]], bindings: list[tuple[Node, object]]
             ) -> set[str] | None:
    """What a statement holding bindings of the name leaves it: the class of `x = A()` (each
    of a _Join), or _outcome's."""
    if len(inside) == 1 and _assignment_statement(inside[0][0]) == statement:
        return _classes_of(inside[0][1])
    return _outcome(statement, bindings) if statement.type in FLOW_STATEMENTS else None


def _classes_of(cls: object) -> set[str] | None:
    return {cls} if isinstance(cls, str) else set(cls.classes) if isinstance(cls, _Join) else None


def _outcome(statement: Node, bindings: list[tuple[Node, object]]) -> set[str] | None:
    """What an `if`, a loop, a `with` or a `try` that binds the name leaves it (BEFORE for the
    state before it): each branch's that may end (an `if` without `else` may run none), a
    loop's body's and the state before (it may run no pass; not `while True`), a `with`
    body's (pyright keeps the state before too when the context manager may swallow an
    exception: left out, it holds both), a `try` body's and each handler's, which starts with
    the state before or any the body makes (not when the body may leave early: a `return`
    right after a binding makes no state a handler sees). None when a binding is elsewhere (a
    loop variable, `as x`, in `else` or `finally`) or of unknown class."""
    kind = statement.type
    blocks = [statement.child_by_field_name("consequence" if kind == "if_statement" else "body")]
    handlers, tails = [], []
    if kind == "if_statement":
        for clause in statement.children_by_field_name("alternative"):
            blocks.append(clause.child_by_field_name("consequence" if clause.type == "elif_clause" else "body"))
    elif kind == "try_statement":
        handlers = [c.named_children[-1] for c in statement.named_children
                    if c.type in ("except_clause", "except_group_clause")]
        tails = [c for c in statement.named_children if c.type in ("else_clause", "finally_clause")]
        if blocks[0] is None or _exits(blocks[0]):
            return None
    elif kind == "while_statement" and statement.child_by_field_name("condition").type == "true":
        return None
    if None in blocks or any(not any(_holds(b, t) for b in (*blocks, *handlers))
                             for t, _cls in bindings if _holds(statement, t)):
        return None
    if any(_may_stop(tail) for tail in tails):
        return set()
    left = [_back_from(_last(b), bindings, to_end=True) for b in blocks]
    if kind == "try_statement" and left[0] is not None:
        entry = _classes_made(statement.child_by_field_name("body"), bindings)
        for handler in handlers:
            after = _back_from(_last(handler), bindings, to_end=True)
            left.append(None if after is None or entry is None else
                        after - {BEFORE} | (entry if BEFORE in after else set()))
    if None in left:
        return None
    found = set().union(*left)
    ends_every_way = kind == "if_statement" and statement.children_by_field_name("alternative")[-1:] and \
        statement.children_by_field_name("alternative")[-1].type == "else_clause"
    return found if ends_every_way or kind in ("with_statement", "try_statement") else found | {BEFORE}


def _last(block: Node) -> Node | None:
    return block.named_children[-1] if block.named_children else None


def _classes_made(block: Node, bindings: list[tuple[Node, object]]) -> set[str] | None:
    """BEFORE and the classes every binding in a block makes: what a `try`'s handler may
    start with."""
    made = {BEFORE}
    for target, cls in bindings:
        classes = _classes_of(cls) if _holds(block, target) else set()
        if classes is None:
            return None
        made |= classes
    return made


def _may_stop(statement: Node) -> bool:
    """Whether the code after a statement may not run after it: it is or holds a `return`,
    `raise`, `break`, `continue` or `assert False`, or it or a block of it ends with a call
    (`sys.exit(1)`, `self.fail()`: pyright drops what follows a call of a function declared or
    inferred never to return)."""
    return _a_call(statement) or _exits(statement)


def _exits(node: Node) -> bool:
    """Whether a node is or holds (outside the functions and classes it defines) a `return`,
    `raise`, `break`, `continue` or `assert False`, or a block ending with a call."""
    stack = [node]
    while stack:
        node = stack.pop()
        if node.type in EXITS or node.type == "assert_statement" and node.named_children and \
                node.named_children[0].type == "false":
            return True
        if node.type == "block" and node.named_children and _a_call(node.named_children[-1]):
            return True
        if node.type not in DEFINITIONS:
            stack.extend(node.named_children)
    return False


def _a_call(statement: Node) -> bool:
    """A statement that is a call alone (`f(x)`, `await f(x)`)."""
    value = statement.named_children[0] if statement.type == "expression_statement" and \
        statement.named_child_count == 1 else None
    value = value.named_children[0] if value is not None and value.type == "await" and \
        value.named_child_count else value
    return value is not None and value.type == "call"


def _value_owner(found: dict, target: Node, value: Node | None, at_module: set[int], scope: Scope
                 ) -> str | _Join | _MethodOf | None:
    """What the value assigned to `target` is an instance of, as written (_call_owner): also
    `e if isinstance(e, C) else C(...)`, where both sides are instances of one class, `A() if c
    else B()` (a _Join of both classes), and `x =
    e` in the block of an `if` whose condition is, or is joined by `and` with, `isinstance(e,
    C)` (the class `C`, e bound nowhere before it in the block)."""
    if value is not None and value.type == "conditional_expression" and value.named_child_count == 3:
        chosen, test, other = value.named_children
        owners = tuple(dict.fromkeys((
            _narrowed_to(chosen, test, True, at_module) or _call_owner(chosen, at_module, None),
            _narrowed_to(other, test, False, at_module) or _call_owner(other, at_module, None))))
        return owners[0] if len(owners) == 1 else \
            _Join(owners) if all(isinstance(o, str) for o in owners) else None
    if value is None or value.type not in ("identifier", "subscript", "attribute"):
        return _call_owner(value, at_module, scope)
    statement = target.parent.parent if target.parent is not None else None
    block = statement.parent if statement is not None and statement.type == "expression_statement" else None
    test = block.parent.child_by_field_name("condition") if block is not None and block.parent is not None \
        and block.parent.type == "if_statement" and block.parent.child_by_field_name("consequence") == block \
        else None
    if test is not None:
        root = value
        while root.type in ("subscript", "attribute"):
            root = root.child_by_field_name("value" if root.type == "subscript" else "object")
        narrowed = _narrowed_to(value, test, True, at_module)
        if narrowed is not None and root.type == "identifier" and \
                not _binds_in_before(found, block, text(root), statement.start_byte):
            return narrowed
    return _call_owner(value, at_module, scope)


def _narrowed_to(value: Node, test: Node, holds: bool, at_module: set[int]) -> str | None:
    """The class `value` is an instance of where `test` holds (`holds`) or does not: a test
    `isinstance(value, C)` (`not isinstance(...)` where it does not hold), or with `holds`
    joined with others by `and`; C one class bound at module scope."""
    while test.type in ("parenthesized_expression", "not_operator") and test.named_child_count == 1:
        holds = holds if test.type == "parenthesized_expression" else not holds
        test = test.named_children[0]
    if holds and test.type == "boolean_operator" and text(test.child_by_field_name("operator")) == "and":
        return _narrowed_to(value, test.child_by_field_name("left"), True, at_module) or \
            _narrowed_to(value, test.child_by_field_name("right"), True, at_module)
    function = test.child_by_field_name("function") if test.type == "call" else None
    arguments = test.child_by_field_name("arguments") if function is not None else None
    given = arguments.named_children if arguments is not None and arguments.type == "argument_list" else []
    if not holds or function is None or function.type != "identifier" or function.text != b"isinstance" or \
            function.start_byte in at_module or len(given) != 2 or given[0].text != value.text:
        return None
    classes = _module_classes(given[1], at_module)
    return classes[0] if len(classes) == 1 else None


def _binds_in_before(found: dict, block: Node, name: str, end: int) -> bool:
    """Whether a statement of the block before `end` may bind `name` (_first_binding)."""
    return _first_binding(found, block, name, block.start_byte) < end


def _call_owner(value: Node | None, at_module: set[int], scope: Scope | None) -> str | _MethodOf | None:
    """What an assigned value is an instance of, as written: a call of a module-level name (a
    class, or a function or a class's method declaring the class it returns: `Model()`,
    `make()`, `Factory.build()`), awaited (`await later()`: AWAITED), of a method of `self`
    (`self.make()`: `Factory.make`) or of a local name (_MethodOf)."""
    awaited, call = _awaited_call(value)
    if call is None:
        return None
    function = call.child_by_field_name("function")
    chain = _dotted_chain(function)
    owner = _module_class(chain, at_module)
    inner = function.child_by_field_name("object") if function.type == "attribute" else None
    if chain is None and inner is not None and inner.type == "call":  # `Factory().make()`
        made = _call_owner(inner, at_module, scope)
        owner = f"{made}.{text(function.child_by_field_name('attribute'))}" \
            if isinstance(made, str) and not made.startswith(AWAITED) else None
    if owner is None and chain is not None and len(chain) == 2:
        cls = _self_owner(chain[0])
        owner = f"{cls}.{text(chain[1])}" if cls is not None and "." not in cls else None
        if owner is None and not awaited and scope is not None and chain[0].start_byte not in at_module:
            return _MethodOf(text(chain[0]), text(chain[1]), scope)
    return f"{AWAITED}{owner}" if owner is not None and awaited else owner


def _module_class(chain: list[Node] | None, at_module: set[int]) -> str | None:
    """`a.b.C` as written when its first name resolves at module scope."""
    return ".".join(text(n) for n in chain) if chain and chain[0].start_byte in at_module else None


def _record_use(cls: str, node: Node, called: dict[tuple[int, int], Node], typed_attributes: _TypedAttributes,
                calls: list[Call], reads: list[MemberRef], through: str = "") -> None:
    """The use of attribute `node` on an instance of `cls` (`through` an attribute of it that
    an ancestor of `cls` may declare, Call.through): a call where it is called, else a read
    (not where it is assigned or deleted, nor an attribute the class assigns through `self`)."""
    attribute = node.child_by_field_name("attribute")
    if attribute is None:
        return
    span = (node.start_byte, node.end_byte)
    awaited = cls.startswith(AWAITED)
    cls = cls.removeprefix(AWAITED)
    if span in called:
        calls.append(Call(f"{cls}.{text(attribute)}", site(attribute), **_argument_shape(called[span]),
                          on_instance=True, through=through, awaited=awaited))
    elif (through or text(attribute) not in typed_attributes.of(cls)) and not _is_store(node) and \
            node.parent.type != "delete_statement":
        reads.append(MemberRef(cls, (text(attribute),), site(attribute), through=through, awaited=awaited))


def _calls_a_name(value: Node) -> bool:
    """Whether a value is a call of a name (`make()`), awaited or not."""
    call = _awaited_call(value)[1]
    function = call.child_by_field_name("function") if call is not None else None
    return function is not None and function.type == "identifier"


def _awaited_call(value: Node | None) -> tuple[bool, Node | None]:
    """Whether a value is awaited (`await f()`), and the call it is (None when it is none)."""
    awaited = value is not None and value.type == "await" and value.named_child_count == 1
    call = value.named_children[0] if awaited else value
    return awaited, call if call is not None and call.type == "call" else None


def _among_others(found: dict, names: set[str]) -> list[tuple[int, Node]]:
    """(start, name) of each of `names` a target binds among others (`a, x = ...`, `for k, x
    in ...`)."""
    written = {name.encode() for name in names}
    return [(named.start_byte, named) for target in found.get("bind.target", ())
            if target.type != "identifier" for named in _target_names(target) if named.text in written]


def _local_call(call: Node) -> bool:
    """`self.make()` or `make()` (a name not bound at module scope, maybe a nested function):
    calls whose result's members instance_uses may follow."""
    function = call.child_by_field_name("function")
    return function is not None and (
        function.type == "identifier" and text(function) not in BUILTINS or
        function.type == "attribute" and function.child_by_field_name("object").text == b"self")


def _in_function(node: Node) -> tuple[int, bytes]:
    """An attribute as written (`self.cog.send_eval`) with where the function it stands in
    starts (-1: the module)."""
    function = ancestor(node, ("function_definition",))
    return (function.start_byte if function is not None else -1, node.text)


def _receiver(receiver: Node) -> Node | None:
    """The name an attribute is read from, given the attribute's object: `x` of `x.a`, and of
    `x.t.a` (through an attribute `t`); None for anything else."""
    if receiver.type == "attribute":
        receiver = receiver.child_by_field_name("object")
    return receiver if receiver.type == "identifier" else None


class _TypedAttributes:
    """_typed_attributes, read when first asked for."""

    def __init__(self, found: dict, at_module: set[int], module_names: set[str]):
        self.found, self.at_module, self.module_names = found, at_module, module_names
        self.classes: dict[str, dict[str, str | _Join | None]] | None = None

    def of(self, cls: str) -> dict[str, str | _Join | None]:
        if self.classes is None:
            self.classes = _typed_attributes(self.found, self.at_module, self.module_names)
        return self.classes.get(cls, {})


def _with_typed_attributes(definition: Definition, typed_attributes: _TypedAttributes) -> Definition:
    """A class with its attributes whose class is certain (Definition.typed_attributes)."""
    if definition.kind != "class" or definition.instance_attributes is None:
        return definition
    typed = tuple((name, cls) for name, cls in typed_attributes.of(definition.name).items()
                  if isinstance(cls, str))
    return replace(definition, typed_attributes=typed) if typed else definition


def _self_owner(receiver: Node) -> str | None:
    """The class (module-level, or nested in such classes only: `Outer.Inner`) whose instance
    `receiver` (`self` in `self.x`) surely is: the first parameter of the instance method the
    read stands in, not in a function nested in it."""
    function = ancestor(receiver, ("function_definition", "lambda", "class_definition"))
    if receiver.type != "identifier" or function is None or function.type != "function_definition":
        return None
    parameters = function.child_by_field_name("parameters")
    first = parameters.named_children[0] if parameters is not None and parameters.named_children else None
    if first is None or first.type != "identifier" or first.text != receiver.text:
        return None
    return _method_owner(first, nested=True)


def _typed_attributes(found: dict, at_module: set[int], module_names: set[str]
                      ) -> dict[str, dict[str, str | _Join | None]]:
    """For each module-level class, by name: its attributes whose class is certain, by name
    (None for one assigned otherwise too, unless annotated): annotated in its body (`http:
    HTTPClient`) or through `self` (`self.http: HTTPClient | None = ...`, in any method), assigned
    an instance (`self.http = HTTPClient(...)`), or a property declaring it (`@property def
    http(self) -> HTTPClient`),
    with a class bound at module scope (`module_names`: the names it binds, for a string)."""
    classes: dict[str, dict[str, str | _Join | None]] = {}
    annotated: dict[str, dict[str, str | _Join | None]] = {}  # declarations win over assignments
    declared: set[tuple[str, str]] = set()  # assigned otherwise than `self.x = Class(...)` too
    for left in found.get("bind.target", ()):  # the left side of every assignment
        if left.type not in ("attribute", "identifier"):
            continue
        node = left.parent
        if node.type not in ("assignment", "augmented_assignment") or node.child_by_field_name("left") != left:
            continue
        if left.type == "attribute":
            receiver = left.child_by_field_name("object")
            cls = ancestor(node, ("class_definition",)) if text(receiver) == "self" else None
            name = left.child_by_field_name("attribute")
        else:
            body = node.parent.parent if node.parent is not None else None
            cls = body.parent if body is not None and body.type == "block" else None
            name = left
        owner = _method_owner_of(cls, nested=True) if cls is not None and cls.type == "class_definition" \
            else None
        if owner is not None:
            attribute, made = text(name), _assigned_class(found, node, left.type == "attribute", at_module)
            if node.child_by_field_name("type") is not None:  # what checkers hold every assignment to
                _one_class(annotated, owner, attribute, made)
                continue
            found_here = classes.setdefault(owner, {})
            if not _constructed_through_self(node) or cls.child_by_field_name("superclasses") is not None:
                declared.add((owner, attribute))
            found_here[attribute] = _joined_attribute(found_here.get(attribute, made), made,
                                                      (owner, attribute) not in declared)
    for function in found.get("scope.function", ()):
        typed = _property_type(function, at_module, module_names) \
            if function.parent.type == "decorated_definition" else None
        if typed is not None:
            _one_class(classes, *typed)
    for owner, attributes in annotated.items():
        classes.setdefault(owner, {}).update(attributes)
    return classes


def _joined_attribute(known: str | _Join | None, made: str | None, constructed: bool) -> str | _Join | None:
    """An attribute's class once one more assignment makes `made`: the same class, or, when
    every assignment so far constructs an instance through `self` unannotated (`self.x = A()`
    in one method, `self.x = B()` in another) in a class with no base (none may declare it),
    the join of their classes, pyright's declared type; None otherwise."""
    if known == made:
        return made
    if not constructed or made is None or known is None:
        return None
    return _Join(tuple(dict.fromkeys((*(known.classes if isinstance(known, _Join) else (known,)), made))))


def _constructed_through_self(assignment: Node) -> bool:
    """`self.x = Class(...)`: no annotation, a call."""
    right = assignment.child_by_field_name("right")
    return assignment.type == "assignment" and assignment.child_by_field_name("type") is None and \
        assignment.child_by_field_name("left").type == "attribute" and right is not None and right.type == "call"


def _one_class(classes: dict[str, dict[str, str | _Join | None]], owner: str, attribute: str,
               made: str | None) -> None:
    """Record that `owner`'s `attribute` is given an instance of `made` (None: of a class not
    known): its class while every one given is of that class."""
    found_here = classes.setdefault(owner, {})
    found_here[attribute] = made if found_here.get(attribute, made) == made else None


# the decorators that make a method a property typed by its declared return (with abstractmethod)
PROPERTIES = frozenset({"property", "functools.cached_property"})
ABSTRACT = frozenset({"abstractmethod", "abc.abstractmethod"})


def _property_type(function: Node, at_module: set[int], module_names: set[str]
                   ) -> tuple[str, str, str] | None:
    """(class, property, class it returns) of a method of a module-level class (or of one
    nested in such classes) decorated `@property` (or `@functools.cached_property`, with
    `abstractmethod` or not) that declares the class it returns (`-> Model`, `-> "Model"`),
    bound at module scope."""
    statement = function.parent
    body = statement.parent if statement is not None and statement.type == "decorated_definition" else None
    cls = body.parent if body is not None and body.type == "block" else None
    if cls is None or cls.type != "class_definition":
        return None
    decorators = {_dotted(d.named_children[0]) for d in statement.named_children
                  if d.type == "decorator" and d.named_children}
    if not decorators & PROPERTIES or decorators - PROPERTIES - ABSTRACT:
        return None
    owner = _method_owner_of(cls, nested=True)
    written = python_returns(function) if owner is not None else ""
    annotation = function.child_by_field_name("return_type")
    if not written or annotation is None:
        return None
    plain = annotation.named_children[0]
    resolved = _module_class(_dotted_chain(plain), at_module) if plain.type != "string" else \
        written if written.split(".", 1)[0] in module_names else None
    return (owner, text(function.child_by_field_name("name")), resolved) if resolved else None


def _assigned_class(found: dict, assignment: Node, through_self: bool, at_module: set[int]
                    ) -> str | None:
    """The class an assignment gives its target surely: its annotation, or through `self` the
    class it calls (`self.http = HTTPClient(...)`) or of the parameter it stores (`self.http =
    http`, `http: HTTPClient`)."""
    annotation, right = assignment.child_by_field_name("type"), assignment.child_by_field_name("right")
    if assignment.type != "assignment":
        return None
    if annotation is not None:  # `C`, `C | None`, `C[T]` (class_or_none), not in a string
        named = annotation.named_children
        declared = class_or_none(named[0]) if len(named) == 1 else None
        return _module_class(_dotted_chain(declared[0]), at_module) \
            if declared is not None and not isinstance(declared[0], str) else None
    if through_self and right is not None and right.type == "call":
        return _module_class(_dotted_chain(right.child_by_field_name("function")), at_module)
    if through_self and right is not None and right.type == "identifier":
        return _parameter_class(found, assignment, text(right), at_module)
    return None


def _parameter_class(found: dict, statement: Node, name: str, at_module: set[int]) -> str | None:
    """The class a parameter of the function a statement stands in is annotated with (`http:
    HTTPClient`, `Optional[HTTPClient]`, `HTTPClient | None`; not in a string, not `x: C =
    None`), bound at module scope, when the function's body binds the name nowhere else."""
    function = ancestor(statement, ("function_definition", "lambda", "class_definition"))
    parameters = function.child_by_field_name("parameters") \
        if function is not None and function.type == "function_definition" else None
    for parameter in parameters.named_children if parameters is not None else ():
        if parameter.type not in ("typed_parameter", "typed_default_parameter"):
            continue
        named = parameter.child_by_field_name("name") or parameter.named_children[0]
        if text(named) != name:
            continue
        annotation = parameter.child_by_field_name("type")
        written = annotation.named_children if annotation is not None else []
        cls = class_or_none(written[0]) if len(written) == 1 else None
        value = parameter.child_by_field_name("value")
        if cls is None or isinstance(cls[0], str) or value is not None and value.type == "none" \
                and not cls[1] or _binds_in(found, function.child_by_field_name("body"), name):
            return None
        return _module_class(_dotted_chain(cls[0]), at_module)
    return None


def _method_owner_of(cls: Node, nested: bool = False) -> str | None:
    """The class's name when it is a module-level class; with `nested`, also the dotted path
    (`Outer.Inner`) of a class nested in module-level classes only (not in a function)."""
    names = [text(cls.child_by_field_name("name"))]
    outer = _statement_parent(cls)
    while nested and outer is not None and outer.type == "block" and \
            outer.parent.type == "class_definition":
        cls = outer.parent
        names.append(text(cls.child_by_field_name("name")))
        outer = _statement_parent(cls)
    return ".".join(reversed(names)) if outer is not None and outer.type == "module" else None


def _statement_parent(definition: Node) -> Node | None:
    """What holds a definition's statement (through its decorators)."""
    return definition.parent.parent if definition.parent.type == "decorated_definition" \
        else definition.parent


def _binds_in(found: dict, block: Node, name: str) -> bool:
    """Whether a statement of the block may bind `name` (_first_binding)."""
    return _first_binding(found, block, name, block.start_byte) < block.end_byte


def _first_binding(found: dict, block: Node, name: str, start: int) -> int:
    """Where the first statement of the block from `start` on that may bind `name` starts
    (the block's end when none does): an assignment to it or a `for`, `as` target naming it,
    or any `:=`, `del`, `import`, `global`, `nonlocal` or definition of it."""
    escaped = re.escape(name.encode())
    named = re.compile(rb"(?<![\w.])" + escaped + rb"(?!\w)")
    first = min((target.start_byte for target in found.get("bind.target", ())
                 if start <= target.start_byte < block.end_byte and named.search(target.text)),
                default=block.end_byte)
    found_text = re.search(rb"(?<![\w.])" + escaped + rb"\s*:=|\b(?:del|import|global|nonlocal|def|"
                           rb"class)\b[^\n]*(?<![\w.])" + escaped + rb"(?!\w)",
                           (block.text or b"")[start - block.start_byte:first - block.start_byte])
    return start + found_text.start() if found_text is not None else first


def _module_classes(node: Node, at_module: set[int]) -> tuple[str, ...]:
    """The classes `isinstance`'s second argument names, dotted as written, each a name that
    resolves at module scope: `Class`, `mod.Class`, `(A, B)`; () for anything else."""
    items = [c for c in node.named_children if c.type != "comment"] if node.type == "tuple" else [node]
    classes = tuple(_module_class(_dotted_chain(item), at_module) for item in items)
    return classes if classes and all(classes) else ()


EXITS = ("return_statement", "raise_statement", "continue_statement", "break_statement")


def _narrowing_region(test: Node) -> tuple[int, int, Node, bool] | None:
    """(start, end, the block holding them, whether after an exit) where the `isinstance`
    call `test` holds: the block of the `if` (or `elif`) it is the condition of; or with `if
    not isinstance(...):` whose block ends in a `return`, `raise`, `continue` or `break` and
    that has no `elif`, its `else:` block and the statements after it in the block holding
    the `if`."""
    condition, negated = _outer_condition(test)
    statement = condition.parent
    if statement is None or statement.type not in ("if_statement", "elif_clause") or \
            statement.child_by_field_name("condition") != condition:
        return None
    consequence = statement.child_by_field_name("consequence")
    if consequence is None:
        return None
    if not negated:
        return consequence.start_byte, consequence.end_byte, consequence, False
    alternatives = statement.children_by_field_name("alternative")
    holder = statement.parent
    if statement.type != "if_statement" or holder is None or holder.type not in ("block", "module") or \
            not consequence.named_children or consequence.named_children[-1].type not in EXITS or \
            any(a.type != "else_clause" for a in alternatives):
        return None
    start = alternatives[0].start_byte if alternatives else statement.end_byte
    return start, holder.end_byte, holder, True


def _outer_condition(test: Node) -> tuple[Node, bool]:
    """The condition a test stands as, through parentheses and one `not`, and whether it is
    negated."""
    node, negated = test, False
    while node.parent is not None and (node.parent.type == "parenthesized_expression" or
                                       node.parent.type == "not_operator" and not negated):
        negated = negated or node.parent.type == "not_operator"
        node = node.parent
    return node, negated


# `builtins.x = v`, `"builtins.x"` (a patch target), `setattr(builtins, "x", v)` and
# `patch.object(builtins, "x", ...)`
ADDS_BUILTIN = re.compile(rb"(?<![\w.])builtins\.(\w+)\s*=(?!=)|[\"']builtins\.(\w+)[\"']|"
                          rb"(?:setattr|object)\(\s*builtins\s*,\s*[\"'](\w+)[\"']")


def _builtins_added(source: bytes) -> tuple[str, ...]:
    """The names a module adds to the builtins (FileFacts.builtins_added); `_` for
    `gettext.install(...)`."""
    names = {next(group for group in match.groups() if group is not None).decode()
             for match in ADDS_BUILTIN.finditer(source)} if b"builtins" in source else set()
    if b"gettext.install(" in source:
        names.add("_")
    return tuple(sorted(names))


IMPLICIT_CLASS_METHODS = frozenset({"__new__", "__init_subclass__", "__class_getitem__"})
BOUND_ELSEWISE = re.compile(r"@\s*(staticmethod|classmethod)\b")


def _method_owner(parameter: Node, nested: bool = False) -> str | None:
    """The name of the module-level class (with `nested`, also of a class nested in such
    classes: _method_owner_of) whose instance method takes `parameter` first (`self`), not a
    static or class method (nor one implicitly: `__new__`, ...)."""
    parameters = parameter.parent
    function = parameters.parent
    if not parameters.named_children or parameters.named_children[0] != parameter or \
            function.type != "function_definition" or \
            text(function.child_by_field_name("name")) in IMPLICIT_CLASS_METHODS:
        return None
    statement = function.parent if function.parent.type == "decorated_definition" else function
    if statement is not function and BOUND_ELSEWISE.search(
            " ".join(text(d) for d in statement.named_children if d.type == "decorator")):
        return None
    body = statement.parent
    cls = body.parent if body is not None and body.type == "block" else None
    return _method_owner_of(cls, nested) if cls is not None and cls.type == "class_definition" \
        else None


# -- imports ---------------------------------------------------------------------------


def _parse_import(node: Node) -> list[Import]:
    here = site(node)

    def make(source, imported, local, kind, level=0, where=None, aliased=False):
        context = _import_context(node, None if level else source)
        return Import(source, imported, local, where or here, kind, level, context.guarded,
                      context.type_only, context.fallback, here if where else None,
                      aliased=aliased,
                      none_without=context.guarded and _none_without(node, local))

    if node.type == "import_statement":
        result = []
        for child in node.children_by_field_name("name"):
            if child.type == "aliased_import":
                dotted = _dotted(child.child_by_field_name("name"))
                result.append(make(dotted, None, text(child.child_by_field_name("alias")), "module",
                                   aliased=True))
            else:
                dotted = _dotted(child)
                result.append(make(dotted, None, dotted.split(".")[0], "module"))
        return result

    module_node = node.child_by_field_name("module_name")
    level, module = _relative_parts(module_node)
    if any(child.type == "wildcard_import" for child in node.children):
        return [make(module, "*", None, "star", level)]
    result = []
    for child in node.children_by_field_name("name"):
        if child.type == "aliased_import":
            name = text(child.child_by_field_name("name"))
            alias = text(child.child_by_field_name("alias"))
        else:
            name = alias = text(child)
        result.append(make(module, name, alias, "from", level, site(child)))
    return result


def _dynamic_imports(found: dict, imports: list[Import], path: str) -> list[Import]:
    """`importlib.import_module("literal")` (relative ones with `__package__`): an import of
    the module it names. A name computed at run time is not judged."""
    callees = {f"{imp.local}.import_module" for imp in imports
               if imp.kind == "module" and imp.local == "importlib" == imp.source.split(".")[0]}
    callees |= {imp.local for imp in imports if imp.source == "importlib" and imp.level == 0
                and imp.imported == "import_module"}
    result = []
    for node in found.get("call", ()) if callees else ():
        if text(node.child_by_field_name("function")) not in callees:
            continue
        arguments = [a for a in node.child_by_field_name("arguments").named_children
                     if a.type != "comment"]
        name = _string_value(arguments[0]) if arguments and arguments[0].type == "string" else None
        if not name:
            continue
        level = len(name) - len(name.lstrip("."))
        if level and not (len(arguments) > 1 and _names_own_package(arguments[1], path)):
            continue
        context = _import_context(node, None if level else name)
        result.append(Import(name[level:], None, None, site(arguments[0]), "dynamic", level,
                             context.guarded, context.type_only, context.fallback))
    return result


def _names_own_package(node: Node, path: str) -> bool:
    if node.type == "keyword_argument":
        node = node.child_by_field_name("value")
    value = text(node)
    return value in ("__package__", "__spec__.parent") or \
        value == "__name__" and path.rsplit("/", 1)[-1] in INIT_FILES


def _relative_parts(module_node: Node) -> tuple[int, str]:
    if module_node.type != "relative_import":
        return 0, _dotted(module_node)
    level, module = 0, ""
    for child in module_node.children:
        if child.type == "import_prefix":
            level = text(child).count(".")
        elif child.type == "dotted_name":
            module = _dotted(child)
    return level, module


def _installed_for_the_script(imports: list[Import], dependencies: frozenset[str]) -> list[Import]:
    """The imports, those of a package the script's inline metadata lists marked installed."""
    if not dependencies:
        return imports
    return [replace(imp, installed=True) if not imp.level and
            imp.source.partition(".")[0].lower() in dependencies else imp for imp in imports]


def _dotted(node: Node) -> str:
    """A dotted name as Python reads it: its identifiers joined by dots, whatever is between
    them (`pkg.\\<newline>    sub`, a line continued with a backslash, is `pkg.sub`)."""
    if node.type != "dotted_name":
        return text(node)
    return ".".join(text(part) for part in node.named_children if part.type == "identifier")


@dataclass(frozen=True)
class ImportContext:
    guarded: bool = False  # inside a try/except ImportError (or pytest.raises(ImportError))
    fallback: tuple[tuple[int, int, bool], ...] = ()  # see Import.fallback
    type_only: bool = False  # under `if TYPE_CHECKING:`


def _import_context(node: Node, module: str | None = None) -> ImportContext:
    """Where an import (of the absolute `module`, when given) stands. Inside a `try` whose
    handlers catch ImportError, the try body and each handler that does not re-raise are
    alternative branches, and `fallback` says which branch of which `try` the import is in
    (the checks report it only if no branch of its outermost `try` resolves). A handler that
    needs nothing from the repository (`x = None`, `pass`) tolerates the failure, and so does
    `with pytest.raises(ImportError)`, and a `with` whose context manager is handed the
    module's name (or its package's) as a string, which puts a stand-in in place for the
    block (`with mock(['pkg.unknown']):`, `with patch.dict(sys.modules, {'pkg.x': fake}):`)."""
    guarded = type_only = False
    fallback: list[tuple[int, int, bool]] = []
    child, current = node, node.parent
    while current is not None:
        if current.type == "try_statement" and _catches_import_error(current) and \
                _guards_import(current, child, node):
            guarded = True
            handlers = [c for c in current.named_children if c.type == "except_clause"
                        and _catches(c)]
            tolerant = any(_tolerates(h) for h in handlers)
            if child == current.child_by_field_name("body"):
                fallback.append((current.start_byte, 0, tolerant))
            elif child in handlers and not _raises(child):
                fallback.append((current.start_byte, 1 + handlers.index(child), tolerant))
        elif current.type == "with_statement" and "raises(" in text(current).split(":", 1)[0] \
                and any(guard in text(current).split(":", 1)[0] for guard in IMPORT_GUARDS[:2]):
            guarded = True  # `with pytest.raises(ImportError):` expects the import to fail
            fallback.append((current.start_byte, 0, True))
        elif current.type == "with_statement" and module and _hands_module(current, module):
            guarded = True
            fallback.append((current.start_byte, 0, True))
        elif current.type in ("if_statement", "elif_clause") and module and \
                child == current.child_by_field_name("consequence") and \
                _probes(current.child_by_field_name("condition"), module):
            guarded = True  # `if find_spec("pkg"):` imports pkg only where it is installed
            fallback.append((current.start_byte, 0, True))
        elif current.type in ("if_statement", "elif_clause") and \
                child == current.child_by_field_name("consequence") and \
                _only_when_type_checking(current.child_by_field_name("condition")):
            type_only = True
        child, current = current, current.parent
    return ImportContext(guarded, tuple(reversed(fallback)), type_only)


def _none_without(node: Node, local: str | None) -> bool:
    """Whether every construct guarding the import `node` is a `try` whose handlers that go
    on bind `local` to None or not at all (see Import.none_without). A handler that binds it
    otherwise (a stand-in object, a `def`, another import) or a `with` or `if` guard (a mock,
    `pytest.raises`, `find_spec`) leaves which object it is to the run."""
    if local is None:
        return False
    child, current = node, node.parent
    while current is not None:
        if current.type in ("with_statement", "if_statement", "elif_clause") and \
                child != current.child_by_field_name("condition"):
            return False
        if current.type == "try_statement" and child == current.child_by_field_name("body") \
                and any(_binds_other_than_none(handler, local)
                        for handler in current.named_children
                        if handler.type == "except_clause" and _catches(handler)):
            return False
        child, current = current, current.parent
    return True


def _binds_other_than_none(handler: Node, local: str) -> bool:
    """Whether an except clause may bind `local` to anything but None: it names it anywhere
    but as the target of `local = None` (an assignment of another value, a `def` or `class`,
    an import, a loop target; a read, which fails there, is counted too)."""
    for identifier in _descendant_identifiers(handler):
        if text(identifier) != local:
            continue
        assignment = identifier.parent
        right = assignment.child_by_field_name("right") if assignment.type == "assignment" else None
        while right is not None and right.type == "assignment":  # `mod = HANDLE = None`
            right = right.child_by_field_name("right")
        if right is None or right.type != "none" or assignment.child_by_field_name("left") != identifier:
            return True
    return False


def _hands_module(with_node: Node, module: str) -> bool:
    """Whether a `with` statement's context managers are given `module`, or a package of it,
    as a string literal."""
    clause = next((c for c in with_node.named_children if c.type == "with_clause"), None)
    stack = list(clause.named_children) if clause is not None else []
    while stack:
        current = stack.pop()
        if current.type == "string":
            value = _string_value(current)
            if value and (module == value or module.startswith(value + ".")):
                return True
        else:
            stack.extend(current.named_children)
    return False


def _probes(condition: Node | None, module: str) -> bool:
    """Whether a condition holds only when `module` (or a package of it) can be imported:
    `find_spec("pkg")`, `importlib.util.find_spec("pkg") is not None`, or a conjunction
    with one."""
    condition = unparenthesized(condition)
    if condition is None:
        return False
    if condition.type == "boolean_operator":
        operator = condition.child_by_field_name("operator")
        return operator is not None and operator.type == "and" and any(
            _probes(condition.child_by_field_name(side), module) for side in ("left", "right"))
    if condition.type == "comparison_operator" and \
            [text(c) for c in condition.children[1:]] in (["is not", "None"], ["!=", "None"]):
        condition = unparenthesized(condition.children[0])
    if condition is None or condition.type != "call" or \
            not text(condition.child_by_field_name("function")).endswith("find_spec"):
        return False
    arguments_node = condition.child_by_field_name("arguments")
    arguments = arguments_node.named_children if arguments_node is not None else []
    value = _string_value(arguments[0]) if arguments and arguments[0].type == "string" else None
    return bool(value) and (module == value or module.startswith(value + "."))


def _only_when_type_checking(condition: Node | None) -> bool:
    """Whether a condition holds only for a type checker: `TYPE_CHECKING`,
    `typing.TYPE_CHECKING`, or a conjunction with one. `TYPE_CHECKING or install()` and
    `not TYPE_CHECKING` may hold at run time, and so may the `else`/`elif` branches of an
    `if TYPE_CHECKING:`."""
    condition = unparenthesized(condition)
    if condition is not None and condition.type == "boolean_operator":
        operator = condition.child_by_field_name("operator")
        return operator is not None and operator.type == "and" and any(
            _only_when_type_checking(condition.child_by_field_name(side))
            for side in ("left", "right"))
    return is_type_checking(condition)


def _catches_import_error(try_node: Node) -> bool:
    return any(clause.type == "except_clause" and _catches(clause)
               for clause in try_node.named_children)


def _guards_import(try_node: Node, child: Node, node: Node) -> bool:
    """Whether a `try` that catches the failure of the import `node` is there for it. A
    handler naming ImportError (or ModuleNotFoundError) says so wherever the import stands;
    one that catches everything (`except Exception:`, a bare `except:`) says so only of the
    imports the try body opens with (`try: import x`, `try: m = import_module("x")` /
    `except Exception: x = None`), not of an import further down a block of other work that
    the handler wraps (`try: result = f()`, then `from pkg import g` in an `if`): that import
    failing is a bug the handler hides."""
    if any(_names_import_error(c) for c in try_node.named_children if c.type == "except_clause"):
        return True
    body = try_node.child_by_field_name("body")
    if child != body:
        return True  # an import in a handler or an `else`/`finally` branch
    statement = node
    while statement.parent != body:
        statement = statement.parent
    if statement.type in COMPOUND_STATEMENTS:
        return False
    for sibling in body.named_children:
        if sibling == statement:
            return True
        if sibling.type not in ("import_statement", "import_from_statement", "pass_statement",
                                "comment", "future_import_statement"):
            return False
    return False


def _future_features(root: Node) -> frozenset[str]:
    """The names `from __future__ import annotations` binds at module level (a `_Feature`
    object: Qiskit's `UnsupportedFeatureForVersion(annotations, ...)` reads one, no NameError)."""
    return frozenset(text(name.child_by_field_name("alias") or name) if name.type == "aliased_import"
                     else text(name)
                     for statement in root.named_children if statement.type == "future_import_statement"
                     for name in statement.children_by_field_name("name"))


def _names_import_error(clause: Node) -> bool:
    value = clause.child_by_field_name("value") or next(
        (c for c in clause.named_children if c.type != "block"), None)
    return value is not None and any(guard in text(value) for guard in IMPORT_GUARDS[:2])


def _catches(clause: Node) -> bool:
    """Whether an except clause catches ImportError (or something broader)."""
    value = clause.child_by_field_name("value")
    if value is None:
        values = [c for c in clause.named_children if c.type != "block"]
        if not values:
            return True  # bare except
        value = values[0]
    return any(guard in text(value) for guard in IMPORT_GUARDS)


def _raises(handler: Node) -> bool:
    block = next((c for c in handler.named_children if c.type == "block"), None)
    return block is not None and any(c.type == "raise_statement" for c in block.named_children)


def _tolerates(handler: Node) -> bool:
    """A handler that neither raises nor imports: the failed import is simply accepted."""
    if _raises(handler):
        return False
    stack = list(handler.named_children)
    while stack:
        current = stack.pop()
        if current.type in ("import_statement", "import_from_statement"):
            return False
        stack.extend(current.named_children)
    return True


# -- __all__ ---------------------------------------------------------------------------


@dataclass
class _DunderAll:
    """What the module-level `__all__` statements say, in the forms pyright reads: string
    literals (`=`, `+=`, `+`, `.extend`, `.append`), other modules' `__all__` (`sub.__all__`,
    or `m_all` from `from m import __all__ as m_all`), and `.remove("x")`."""

    present: bool = False
    exports: list[Export] = field(default_factory=list)
    references: list[tuple[str, ...]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # the text of pieces impact cannot read

    def add(self, node: Node, removing: bool = False) -> None:
        """Read one piece of a `__all__` statement (a list, a sum, a string, a reference), in
        a loop: the value may nest deeply."""
        pending = [node]
        while pending:
            current = pending.pop()
            if current.type in ("string", "concatenated_string"):
                value = _literal_text(current)
                if value is None:
                    self.unknown.append(text(current))
                elif removing:
                    self.removed.append(value)
                else:
                    self.exports.append(Export(value, "local", site(current), local=value))
            elif current.type in ("list", "tuple", "argument_list", "parenthesized_expression"):
                pending.extend(reversed([c for c in current.named_children if c.type != "comment"]))
            elif current.type == "binary_operator" and not removing and \
                    current.child_by_field_name("operator").type == "+":
                pending.extend((current.child_by_field_name("right"),
                                current.child_by_field_name("left")))
            elif not removing and _is_all_reference(current):
                chain = tuple(text(n) for n in _dotted_chain(current))
                if chain != ("__all__",):  # `__all__ + [...]`: what it already holds
                    self.references.append(chain)
            else:
                self.unknown.append(text(current))


def _is_all_reference(node: Node) -> bool:
    """`name` or `a.b.__all__`: possibly another module's `__all__`."""
    chain = _dotted_chain(node) if node.type in ("identifier", "attribute") else None
    return chain is not None and (len(chain) == 1 or text(chain[-1]) == "__all__")


# what binds module names its text need not write: a star import, `globals()`, `setattr`, ...
_BINDS_UNWRITTEN = re.compile(r"import\s*\*|\b(globals|locals|vars|setattr|exec|__getattr__|__dict__)\b"
                              r"|sys\.modules")
_WORD = re.compile(r"[^\W\d]\w*")


def _words_of(source: bytes) -> frozenset[str] | None:
    """Every word of a module's text: all a module with a syntax error may bind (conflict
    markers left by a merge, frappe/insights 49a2dcbb15), unless its text may bind names it
    never writes."""
    content = source.decode("utf-8", errors="replace")
    return None if _BINDS_UNWRITTEN.search(content) else frozenset(_WORD.findall(content))


def _dunder_all(found: dict, scopes: ScopeTree) -> _DunderAll:
    targets = [(n.start_byte, n) for n in found.get("all.target", ())]
    at_module = {n.start_byte for scope, n in scopes.locate(targets) if scope is scopes.module}
    result = _DunderAll()
    for value in found.get("all.value", ()):
        statement = value.parent
        function = statement.child_by_field_name("function")
        target = statement.child_by_field_name("left") or function.child_by_field_name("object")
        if target.start_byte not in at_module:
            continue
        result.present = True
        method = text(function.child_by_field_name("attribute")) if function is not None else ""
        result.add(value, removing=method == "remove")
    return result


def _literal_text(node: Node) -> str | None:
    """The value of a string literal or of an implicit concatenation of them (`'a' 'b'` is
    `'ab'`: a comma missing between two entries of a list); None when a piece is not a plain
    string literal."""
    if node.type == "string":
        return _string_value(node)
    pieces = [_string_value(c) for c in node.named_children if c.type != "comment"]
    return None if None in pieces else "".join(pieces)


def _string_value(node: Node) -> str | None:
    """The value of a plain string literal (no f-string, no implicit concatenation), escapes
    decoded; None when it is not one, or does not decode to printable text."""
    parts = [c for c in node.named_children if c.type not in ("string_start", "string_end")]
    if len(parts) != 1 or parts[0].type != "string_content":
        return None
    if not any(c.type == "escape_sequence" for c in parts[0].children):
        return text(parts[0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # `"\\d"`: an invalid escape warns, and stays as written
        try:
            value = ast.literal_eval(text(node))
        except (SyntaxError, ValueError):
            return None
    return value if isinstance(value, str) and value.isprintable() else None


# -- calls -----------------------------------------------------------------------------


# generic types whose arguments are not all type expressions: `Literal["a"]` holds values,
# `Annotated[T, "doc"]` metadata after its first argument
_VALUE_ARGUMENTS = {"Literal": 0, "Annotated": 1}
# what a type expression is built of, down to its strings
_TYPE_PARTS = frozenset({"type", "union_type", "type_parameter", "list", "tuple",
                         "binary_operator", "parenthesized_expression", "constrained_type",
                         "member_type", "splat_type"})


def _typing_names(imports: list[Import]) -> frozenset[str]:
    """The local names of typing's `cast` and `TypeVar`, and of the typing module itself."""
    names = set()
    for imp in imports:
        if imp.source in ("typing", "typing_extensions") and imp.level == 0 and imp.local and \
                imp.imported in (None, "cast", "TypeVar"):
            names.add(imp.local)
    return frozenset(names)


def _typing_call(argument: Node, typing_names: frozenset[str]) -> bool:
    """Whether the string argument is one of a call of typing's `cast` or `TypeVar`
    (`cast(...)`, `typing.cast(...)`, `t.TypeVar(...)`), not cffi's `ffi.cast("HANDLE", -1)`."""
    call = ancestor(argument, ("call",))
    function = call.child_by_field_name("function") if call is not None else None
    if function is not None and function.type == "attribute":
        function = function.child_by_field_name("object")
    return function is not None and function.type == "identifier" and text(function) in typing_names


def _value_generics(imports: list[Import]) -> dict[str, int]:
    """`_VALUE_ARGUMENTS` by the names this module gives them: also a local name of typing's
    `Literal` or `Annotated` imported under another (`from typing import Literal as L`)."""
    renamed = {imp.local: _VALUE_ARGUMENTS[imp.imported] for imp in imports
               if imp.source in ("typing", "typing_extensions") and imp.level == 0 and imp.local
               and imp.imported in _VALUE_ARGUMENTS}
    return {**_VALUE_ARGUMENTS, **renamed}


def _type_strings(node: Node, value_generics: dict[str, int]) -> list[Node]:
    """The string literals of a type expression that are themselves type expressions (not a
    `Literal` value, `Annotated` metadata nor a call's argument; `value_generics`: the
    generics whose first arguments only are types, by name)."""
    if node.type == "string":
        return [node]
    if node.type in ("generic_type", "subscript"):
        head = node.child_by_field_name("value") if node.type == "subscript" else node.named_children[0]
        name = text(head).rsplit(".", 1)[-1] if head is not None else ""
        arguments = [c for c in node.named_children[1:] if c.type != "comment"]
        if node.type == "generic_type" and arguments and arguments[0].type == "type_parameter":
            arguments = arguments[0].named_children
        keep = value_generics.get(name)
        return [s for argument in (arguments if keep is None else arguments[:keep])
                for s in _type_strings(argument, value_generics)]
    if node.type in _TYPE_PARTS:
        return [s for child in node.named_children for s in _type_strings(child, value_generics)]
    return []


def _names_in_string(string: Node) -> list[tuple[str, Site]]:
    """The names a string type expression uses (the first part of a dotted one), each at its
    place in the file; none for an f-string, a bytes literal or text that is no expression."""
    prefix = text(string.children[0]).lower() if string.children else ""
    content = _string_value(string)
    if content is None or "f" in prefix or "b" in prefix or not content.strip():
        return []
    try:
        tree = ast.parse(content.strip(), mode="eval")
    except (SyntaxError, ValueError):
        return []
    row, column = string.children[1].start_point if len(string.children) > 2 else string.start_point
    lead = len(content) - len(content.lstrip())
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            # one-line text: the name's offset in it is its column offset after the quote
            at = Site(row + 1, column + 1 + lead + node.col_offset) if node.lineno == 1 \
                else Site(row + node.lineno, node.col_offset + 1)
            names.append((node.id, at))
    return sorted(names, key=lambda named: (named[1].line, named[1].column))


def _call_parts(found: dict) -> list[tuple[Node, Node, Node]]:
    """(call, its function, its arguments) of every call, in document order: read once."""
    return [(node, node.child_by_field_name("function"), node.child_by_field_name("arguments"))
            for node in found.get("call", ())]


def _calls(calls: list[tuple[Node, Node, Node]], at_module: set[int]) -> list[Call]:
    """Call sites whose callee is, or starts with, a name bound at module scope (or by an
    import of the enclosing function, or only by a star import: _star_bound)."""
    found = []
    for _node, function, arguments in calls:
        root = function
        while root.type == "attribute":
            root = root.child_by_field_name("object")
        if root.type != "identifier" or root.start_byte not in at_module:
            continue  # most calls (`self.x()`, `f().g()`): the chain is not built
        chain = _dotted_chain(function)  # plain names down to that root
        shape = _argument_shape(arguments)
        found.append(Call(".".join(text(n) for n in chain), site(function), **shape))
    return found


def _star_bound(found: dict, unbound: list[NameRef], imports: list[Import]) -> set[int]:
    """The identifiers (start bytes) of the names no scope binds, in a module with a `from m
    import *`, which may bind them at module scope (the checks resolve them through it)."""
    if not any(imp.kind == "star" for imp in imports):
        return set()
    sites = {ref.site for ref in unbound if not ref.in_string}
    return {node.start_byte for node in found.get("identifier", ()) if site(node) in sites}


def _partial_calls(calls: list[tuple[Node, Node, Node]], at_module: set[int],
                   imports: list[Import]) -> list[Call]:
    """`functools.partial(f, a, k=v)` as the call of `f` it stands for: `f(a, k=v, *rest,
    **more)`, its other arguments given later. Its keywords must be parameters of `f`, as a
    type checker sees it; what is missing is not judged."""
    names = {f"{i.local}.partial" for i in imports
             if (i.kind, i.source, i.imported, i.level) == ("module", "functools", None, 0)}
    names |= {i.local for i in imports
              if (i.kind, i.source, i.imported, i.level) == ("from", "functools", "partial", 0)}
    found = []
    for _node, function, arguments in calls if names else ():
        chain = _dotted_chain(function) if function.type in ("identifier", "attribute") else None
        if chain is None or chain[0].start_byte not in at_module or \
                ".".join(text(n) for n in chain) not in names or arguments.type != "argument_list":
            continue
        first = next((a for a in arguments.named_children if a.type != "comment"), None)
        target = _dotted_chain(first) if first is not None and \
            first.type in ("identifier", "attribute") else None
        if target is None or target[0].start_byte not in at_module:
            continue
        shape = _argument_shape(arguments)
        if shape["star_args"] or shape["star_kwargs"] or not shape["positional"]:
            continue
        found.append(Call(".".join(text(n) for n in target), site(first),
                          **{**shape, "positional": shape["positional"] - 1,
                             "leading": shape["positional"] - 1,
                             "star_args": True, "star_kwargs": True}))
    return found


def _unevaluated_annotations(found: dict, root: Node, path: str) -> list[tuple[int, int]]:
    """The byte ranges of the annotations nothing evaluates at run time (sorted, not nested):
    all of a stub's, and all of a module's under `from __future__ import annotations` (PEP 563:
    kept as strings)."""
    deferred = path.endswith(".pyi") or any(
        statement.type == "future_import_statement" and
        any(text(name) == "annotations" for name in statement.children_by_field_name("name"))
        for statement in root.named_children)
    spans, end = [], -1
    for node in found.get("annotation", ()) if deferred else ():  # an enclosing node first
        if node.start_byte >= end:
            spans.append((node.start_byte, node.end_byte))
            end = node.end_byte
    return spans


def _outermost_chains(found: dict) -> list[tuple[Node, list[Node]]]:
    """The outermost attributes (`a.b.c`, not its `a.b`) that are a chain of names, in document
    order, each with its chain. An attribute's parent attribute is captured too, so the inner
    ones are known by their spans without walking up to each parent."""
    attributes = found.get("attribute", ())
    inner = set()
    for node in attributes:
        value = node.child_by_field_name("object")
        if value is not None and value.type == "attribute":
            inner.add((value.start_byte, value.end_byte))
    chains = []
    for node in attributes:
        if (node.start_byte, node.end_byte) not in inner:
            chain = _dotted_chain(node)
            if chain is not None:
                chains.append((node, chain))
    return chains


def _rooted_attributes(chains: list[tuple[Node, list[Node]]], at_module: set[int]
                       ) -> list[tuple[Node, list[Node], bool]]:
    """Those of the outermost chains (_outermost_chains) whose root resolved at module scope:
    (attribute, its chain, whether it is assigned to)."""
    return [(node, chain, _is_store(node)) for node, chain in chains if chain[0].start_byte in at_module]


def _attribute_writes(rooted: list[tuple[Node, list[Node], bool]],
                      calls: list[tuple[Node, Node, Node]]) -> dict[str, tuple[str, ...]]:
    """FileFacts.attribute_writes, the module-scope names (dotted) whose attributes are set
    here: `X.a = v`, `setattr(X, ...)`, pytest's `monkeypatch.setattr(X, "a", v)` (`rooted`:
    see _rooted_attributes; an inner attribute is never assigned to); and
    FileFacts.attributes_set, those set by name whether or not they exist (`X.a`)."""
    written, named = [], []
    for _node, chain, store in rooted:
        if store:  # the chain of the attribute's object
            written.append(".".join(text(n) for n in chain[:-1]))
    for _node, function, arguments in calls:
        given = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None \
            else []
        if _sets_attributes(function) and given:
            chain = _dotted_chain(given[0]) if given[0].type in ("identifier", "attribute") else None
            if chain is not None:
                written.append(".".join(text(n) for n in chain))
            attribute = _string_value(given[1]) if len(given) > 1 and given[1].type == "string" else None
            if chain is not None and attribute is not None and _not_raising(function, given):
                named.append(".".join((*(text(n) for n in chain), attribute)))
    return {"attribute_writes": tuple(sorted(set(written))), "attributes_set": tuple(sorted(set(named)))}


def _not_raising(function: Node, given: list[Node]) -> bool:
    """Whether a method `setattr` is given `raising=False` (pytest's monkeypatch): it sets the
    attribute when the object lacks it (it raises AttributeError then by default). The builtin
    and a plain assignment are not counted: a file may save the attribute before patching it."""
    return function.type == "attribute" and any(
        a.type == "keyword_argument" and text(a.child_by_field_name("name")) == "raising" and
        text(a.child_by_field_name("value")) == "False" for a in given)


def _sets_attributes(function: Node) -> bool:
    """Whether a call's function is `setattr` or a method `setattr` (`monkeypatch.setattr`)."""
    name = function.child_by_field_name("attribute") if function.type == "attribute" else function
    return name is not None and name.type == "identifier" and text(name) == "setattr"


def _argument_shape(arguments: Node) -> dict:
    """The shape of a call's arguments, as `Call` fields: positional count, keyword names and
    where they are written, *args given, **kwargs given."""
    positional, keywords, keyword_sites, star, double_star = 0, [], [], False, False
    leading = 0
    if arguments.type == "generator_expression":
        return {"positional": 1, "keywords": ()}
    for arg in arguments.named_children:
        if arg.type == "keyword_argument":
            keywords.append(text(arg.child_by_field_name("name")))
            keyword_sites.append(site(arg))
        elif arg.type == "list_splat":
            leading = positional if not star else leading
            star = True
        elif arg.type == "dictionary_splat":
            double_star = True
        elif arg.type != "comment":
            positional += 1
    return {"positional": positional, "keywords": tuple(keywords), "star_args": star,
            "star_kwargs": double_star, "keyword_sites": tuple(keyword_sites),
            "leading": leading}
