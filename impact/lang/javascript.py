"""Facts of a JavaScript/JSX/TypeScript/TSX module, from tree-sitter and `grammars/*.scm`.

ES modules (import/export), CommonJS (`require`, `module.exports`, `exports.x`), dynamic
`import('literal')`, and references with block scoping: `var` and function declarations
belong to the nearest function, `let`/`const`/`class` to the nearest block. A name no
scope binds, no import brings in and no known global provides is an unbound reference.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from itertools import accumulate

from tree_sitter import Node

from impact.http import eden_client, hono_client
from impact.http import javascript as http_facts
from impact.lang import EmbeddedIn, components, language_of
from impact.lang.generated import looks_generated, served_library, written_by_a_build
from impact.lang.misread_generics import misread_tag_type_names, misread_type_names
from impact.lang.scopes import ModuleBindings, Scope, ScopeTree
from impact.lang.signatures import js_definition, js_merged_definition
from impact.lang.syntax_errors import (
    SyntaxErrors,
    blank_exported_import_requires,
    blank_flow_syntax,
    blank_function_type_arguments,
    blank_import_type_suffixes,
    blank_variance_annotations,
    error_bytes,
    escape_attribute_ampersands,
    exported_import_require,
    read_errors,
    separate_members,
    type_only_star_export,
)
from impact.lang.treesitter import (
    ancestor,
    called_function,
    captures,
    in_ranges,
    parse,
    site,
    split_captures,
    text,
)
from impact.model import (
    AWAITED,
    Call,
    Definition,
    Export,
    FileFacts,
    Import,
    MemberRef,
    NameRef,
    Site,
)

PATTERN_CONTAINERS = {
    "object_pattern", "array_pattern", "rest_pattern", "required_parameter",
    "optional_parameter", "pair_pattern", "assignment_pattern", "object_assignment_pattern",
}
DECLARATION_NAME_TYPES = {"identifier", "type_identifier"}
SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}
LINE_TERMINATORS = ("\n", "\r\n", "\r", "\u2028", "\u2029")
OCTAL_DIGITS = tuple("01234567")
HEX_DIGITS = re.compile(r"[0-9a-fA-F]+")
TYPE_KEYWORDS = frozenset({"bigint", "symbol", "object", "unknown", "never", "any", "intrinsic"})
# the namespace a JSX runtime's types declare (`jsxImportSource`, `@types/react`)
JSX_NAMESPACE = frozenset({"JSX"})
# a test runner's own API, which a file imports by name when the runner gives it no globals (not
# `expect` or `assert`, which mocha's users import from chai beside its globals, nor names other
# libraries export as commonly as `test` or `run`)
TEST_API_IMPORTS = frozenset({"describe", "beforeEach", "afterEach", "beforeAll", "afterAll"})
# test runners' calls that replace a module with what a factory (the second argument) returns,
# or, given no factory, with the module's manual mock (`__mocks__/m.js` beside `m.js`)
FACTORY_MOCKS = frozenset({("jest", "mock"), ("jest", "doMock"), ("jest", "unstable_mockModule"),
                           ("vi", "mock"), ("vi", "doMock")})


@cache
def known_globals() -> frozenset[str]:
    return _names_in("js_globals.txt") | {"arguments", "undefined"}


@cache
def test_runner_globals() -> frozenset[str]:
    """The globals only test runners define (`describe`, `expect`, `assert`, `vi`)."""
    return _names_in("test_runner_globals.txt")


def _value_globals(import_locals: set[str]) -> frozenset[str]:
    """The value globals a file may use unbound. One that imports a test runner's API by name
    (`import { describe, expect } from "vitest"`) runs where the runner defines no globals,
    vitest's default: a runner's name it uses unbound is not defined (blueprint's tests, whose
    `assert` comes from `@blueprintjs/test-commons/vitest`)."""
    if import_locals & TEST_API_IMPORTS:
        return known_globals() - test_runner_globals()
    return known_globals()


@cache
def typescript_globals() -> frozenset[str]:
    """What TypeScript's standard library declares (`Record`, `PromiseLike`, `HTMLElement`):
    a type position may name these without an import."""
    return _names_in("ts_lib_globals.txt") | TYPE_KEYWORDS | JSX_NAMESPACE


@cache
def typed_environment_globals() -> frozenset[str]:
    """Globals of Node.js and the test runners beyond TypeScript's lib (`Buffer`, `describe`):
    their @types packages declare them for type positions too."""
    return _names_in("typed_env_globals.txt")


ANGULAR_COMPONENT = b"@Component"


@cache
def _declared_types() -> frozenset[str]:
    return typescript_globals() | typed_environment_globals()


def _names_in(data_file: str) -> frozenset[str]:
    lines = resources.files("impact.data").joinpath(data_file).read_text("utf-8")
    return frozenset(
        line.strip() for line in lines.splitlines() if line.strip() and not line.startswith("#")
    )


def extract(path: str, source: bytes, time_budget: float | None = None) -> FileFacts:
    language = language_of(path)
    if language.embedded_in is None:  # an Angular component's inline template is read with it
        template = components.angular_template(source) if ANGULAR_COMPONENT in source else None
        return _extract(path, source, time_budget, template)
    if language.embedded_in is EmbeddedIn.PAGE and not components.has_script(source):
        return components.as_page(FileFacts(path, language.name), source)  # nothing to parse
    template = components.template_of(path, source) \
        if language.embedded_in is EmbeddedIn.COMPONENT else None
    facts = _extract(path, language.readable(source), time_budget, template)
    if language.embedded_in is EmbeddedIn.PAGE:
        return components.as_page(facts, source)
    return components.as_component(facts, source)


def _extract(path: str, source: bytes, time_budget: float | None,
             template: components.Template | None = None) -> FileFacts:
    """`template`: a component's template, whose reads of the script's names are read too."""
    language = language_of(path)
    grammar, query_files = language.grammar(path)  # `grammar` also says how the language reads
    written = source
    source, root, tree_grammar, query_files = _read(source, grammar, query_files, time_budget)
    errors = read_errors(root, source)
    generated = looks_generated(source) or served_library(path, source)
    uses_read = language.embedded_in is not None or not written_by_a_build(path, source)
    if not uses_read:
        query_files = tuple(f for f in query_files if f not in USE_QUERIES)
    found, http_found = split_captures(
        captures(tree_grammar, query_files, root, also=(("http.", http_facts.QUERY),), source=source),
        "http.")
    # every identifier of the tree, as the HTTP extractor would capture them again
    identifiers = list(found.get("identifier", ())) if uses_read else None
    found = _outside(errors, found)
    scopes = ScopeTree(len(source), _scope_regions(found))
    module = _Module(scopes)
    imports = _mocked(module.add_imports(found), _mock_calls(found), typed=grammar != "javascript")
    module.bind(found)
    exports, dynamic = _exports(found)
    if written != source:
        exports += _exported_import_requires(found, written)
    exports = [_unsure_local(e, errors, module.bindings.sites) for e in exports]
    statements = _reexport_statements(found)
    imports += [Import(e.source, e.imported, None, e.site, "reexport", type_only=e.type_only,
                       statement=statements.get(e.site))
                for e in exports if e.source is not None]
    commonjs_exports, commonjs, commonjs_dynamic = _commonjs_exports(
        found, module.bound_here(found.get("commonjs_word", ())))
    amd_members, amd_dynamic = _moodle_amd_members(path, exports, found)
    exports += amd_members
    if grammar == "javascript" and (exports or commonjs_exports or imports) and b"@" in source:
        exports += jsdoc_typedefs(source, scopes)
    unbound, at_module, value_reads, read_as_values = module.references(  # none in build output
        found, typed=tree_grammar != "javascript")
    if tree_grammar != "javascript" and uses_read and not errors.unreadable:
        imports = _erasable(imports, read_as_values | {e.local for e in exports if e.local})
    if grammar == "javascript" and uses_read:  # TypeScript reads no types from JSDoc in its own files
        unbound += jsdoc_references(source, set(module.bindings.sites), module.scopes)
    definitions = _definitions(module.bindings, root, plain=grammar == "javascript",
                               ambient=path.endswith(DECLARATION_SUFFIXES))
    ambient = _ambient_globals(found) | _script_declarations(path, root)
    # reads of members through instances are judged in TypeScript only (tsc checks each)
    uses = _member_uses(found, reads=tree_grammar != "javascript")
    instance_uses = [*module.instance_uses(found, at_module, uses, typed=tree_grammar != "javascript"),
                     *_property_uses(uses, at_module, typed=tree_grammar != "javascript"),
                     *_own_uses(uses, at_module)]
    return FileFacts(
        path=path,
        language=language.name,
        imports=tuple(sorted(imports, key=lambda i: (i.site.line, i.site.column))),
        exports=tuple(exports + commonjs_exports),
        bindings=module.bindings.sites,
        inner_bindings=module.bindings.inner_sites,
        definitions=definitions,
        unbound=() if errors.unreadable else
        tuple(ref for ref in unbound if ref.name not in errors.unsure_names),
        member_refs=() if errors.unreadable else tuple(module.member_refs(found, at_module)),
        namespace_reads=() if errors.unreadable else
        tuple(module.member_refs(found, at_module, _namespaces(definitions))),
        typed_destructurings=() if errors.unreadable else
        tuple(_typed_destructurings(found.get("typed_pattern", ()))),
        value_reads=() if errors.unreadable else tuple(value_reads),
        calls=tuple(_calls(found, at_module)) + tuple(u for u in instance_uses if isinstance(u, Call)),
        instance_reads=tuple(u for u in instance_uses if isinstance(u, MemberRef)),
        problems=errors.problems,
        dynamic_exports=dynamic or commonjs_dynamic or amd_dynamic or errors.may_hide_exports or
        _ambient_names_may_be_exports(path, root, found),
        ambient_globals=tuple(sorted(ambient)),
        page_globals=tuple(sorted({text(n) for n in found.get("global.read", ())} - ambient)),
        only_imported=frozenset(module.bindings.import_locals - module.bindings.other_locals),
        esm=bool(found.get("export")) or any(i.kind in ("esm", "namespace", "side-effect")
                                             for i in imports),
        commonjs=commonjs,
        script=not (_is_module(root) or commonjs or imports),
        default_object=tuple(_default_object(found)),
        augmented=tuple(sorted({string_value(name) for body in found.get("augmentation", ())
                                if (name := body.parent.child_by_field_name("name")) is not None})),
        module_patterns=tuple(sorted({name for node in found.get("ambient_module", ())
                                      if (name := string_value(node)).count("*") == 1})),
        generated=generated,
        http=http_facts.extract(root, tree_grammar, http_found,
                                frozenset(module.bindings.import_locals), generated,
                                frozenset(i.local for i in imports if i.local and
                                          i.source in http_facts.TYPED_CLIENT_LIBRARIES),
                                template, path.rsplit("/", 1)[-1] == components.SVELTEKIT_PAGE,
                                frozenset(i.local for i in imports if i.local and _from_a_package(i.source)),
                                frozenset(i.local for i in imports if i.local and i.source == hono_client.MODULE
                                          and i.imported == hono_client.FACTORY),
                                frozenset(i.local for i in imports if i.local and i.source == eden_client.MODULE
                                          and i.imported == eden_client.FACTORY),
                                identifiers),
    )


def _definitions(bindings: ModuleBindings, root: Node, plain: bool, ambient: bool) -> tuple[Definition, ...]:
    """The definitions of the names the module defines at top level; a name declared several
    times merged as tsc merges it (a function, class or enum with namespaces)."""
    expandos = _expandos(root) if not plain else {}
    return tuple(js_merged_definition(name, bindings.all_definers[name], plain, ambient,
                                      expandos.get(name, ()))
                 if name in bindings.all_definers else
                 js_definition(name, node, False, plain, ambient, expandos.get(name, ()))
                 for name, node in sorted(bindings.definers.items()))


def _expandos(root: Node) -> dict[str, tuple[str, ...] | None]:
    """The properties top-level statements assign to a name (`f.x = 1`, which tsc adds to a
    function declaration `f`); None for a name assigned one by a computed key (`f[k] = 1`)."""
    found: dict[str, tuple[str, ...] | None] = {}
    for statement in root.named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        target = assignment.child_by_field_name("left") \
            if assignment is not None and assignment.type == "assignment_expression" else None
        owner = target.child_by_field_name("object") if target is not None and \
            target.type in ("member_expression", "subscript_expression") else None
        if owner is None or owner.type != "identifier":
            continue
        name, known = text(owner), found.get(text(owner), ())
        prop = target.child_by_field_name("property")
        found[name] = None if known is None or prop is None or prop.type != "property_identifier" \
            else (*known, text(prop))
    return found


# query files of where a module uses names: not read in build output (lang/generated.py)
USE_QUERIES = frozenset({"ecmascript_uses", "jsx"})
# how a specifier into the repository itself begins: relative, absolute, or a usual alias
OWN_SPECIFIERS = (".", "/", "@/", "~/", "~~/", "#", "$lib", "$app/")


def _from_a_package(specifier: str) -> bool:
    """Whether an import names an npm package rather than the repository's own code."""
    return not specifier.startswith(OWN_SPECIFIERS)


def _typed_destructurings(patterns: list[Node]) -> Iterator[MemberRef]:
    """Each key an object pattern takes whose annotation is a plain type name (`Props`,
    `Props<T>`), as the reference `Props.key` at the key; not where a type parameter of an
    enclosing declaration has that name, nor the rest (`...rest`) or a computed key."""
    for node in patterns:
        pattern = node.child_by_field_name("pattern") or node.child_by_field_name("name")
        annotation = node.child_by_field_name("type")
        named = annotation.named_children[0] if annotation is not None and annotation.named_children \
            else None
        if named is not None and named.type == "generic_type":
            named = named.child_by_field_name("name")
        if pattern is None or named is None or named.type != "type_identifier" or \
                _type_parameter_named(node, text(named)):
            continue
        for key in _pattern_keys(pattern):
            yield MemberRef(text(named), (_key_name(key),), site(key))


def _pattern_keys(pattern: Node) -> Iterator[Node]:
    """The key nodes of an object pattern: `a`, `a = 1`, `a: b`, `'a-b': c`."""
    for element in pattern.named_children:
        if element.type == "shorthand_property_identifier_pattern":
            yield element
        elif element.type == "object_assignment_pattern":
            left = element.child_by_field_name("left")
            if left is not None and left.type == "shorthand_property_identifier_pattern":
                yield left
        elif element.type == "pair_pattern":
            key = element.child_by_field_name("key")
            if key is not None and key.type in ("property_identifier", "string"):
                yield key


def _key_name(key: Node) -> str:
    return string_value(key) if key.type == "string" else text(key)


def _type_parameter_named(node: Node, name: str) -> bool:
    """Whether a declaration around `node` has a type parameter `name` (which the name means
    there, not a type of the module)."""
    current = node.parent
    while current is not None:
        parameters = current.child_by_field_name("type_parameters")
        if parameters is not None and any(
                text(p.child_by_field_name("name")) == name for p in parameters.named_children
                if p.type == "type_parameter" and p.child_by_field_name("name") is not None):
            return True
        current = current.parent
    return False


def _read(source: bytes, grammar: str, query_files: tuple[str, ...], time_budget: float | None
          ) -> tuple[bytes, Node, str, tuple[str, ...]]:
    """(source, tree, its grammar, its query files): the file as its grammar reads it, with
    the grammar's known gaps repaired; a JavaScript file that still does not parse and that
    the TSX grammar reads with fewer errors is read by that grammar (type annotations:
    Flow, compiled away by Babel, whose syntax is mostly TypeScript's)."""
    source, root = _parsed(source, grammar, time_budget)
    if root.has_error and grammar == "javascript":
        typed_grammar, typed_queries = language_of("typed.tsx").grammar("typed.tsx")
        typed_source, typed_root = _parsed(source, typed_grammar, time_budget)
        if typed_root.has_error:
            typed_source, typed_root = _repaired(typed_source, typed_root, typed_grammar,
                                                 time_budget, blank_flow_syntax(typed_source))
        if error_bytes(typed_root) < error_bytes(root):
            return typed_source, typed_root, typed_grammar, typed_queries
    return source, root, grammar, query_files


def _parsed(source: bytes, grammar: str, time_budget: float | None) -> tuple[bytes, Node]:
    """The source and tree of `grammar`, its known gaps repaired."""
    if grammar != "javascript":  # read wrong, often without a syntax error
        source = blank_function_type_arguments(source)
    root = parse(grammar, source, time_budget).root_node
    if root.has_error:
        source, root = _repaired(source, root, grammar, time_budget,
                                 separate_members(source, grammar))
    if root.has_error and grammar != "typescript":  # JSX
        source, root = _repaired(source, root, grammar, time_budget,
                                 escape_attribute_ampersands(source, root))
    if root.has_error and grammar != "javascript":
        source, root = _repaired(source, root, grammar, time_budget,
                                 blank_variance_annotations(source))
    if root.has_error and grammar != "javascript":
        source, root = _repaired(source, root, grammar, time_budget,
                                 blank_exported_import_requires(source))
    if root.has_error and grammar != "javascript":
        source, root = _repaired(source, root, grammar, time_budget,
                                 blank_import_type_suffixes(source))
    return source, root


def _repaired(source: bytes, root: Node, grammar: str, time_budget: float | None,
              repaired: bytes) -> tuple[bytes, Node]:
    """The source and tree with a grammar gap repaired (syntax_errors: the same offsets and
    lines), when that leaves fewer errors."""
    if repaired == source:
        return source, root
    other = parse(grammar, repaired, time_budget).root_node
    return (repaired, other) if error_bytes(other) < error_bytes(root) else (source, root)


def _outside(errors: SyntaxErrors, found: dict) -> dict:
    """The captures that do not stand inside a syntax error (nor are a token it assumed)."""
    if not errors.problems:
        return found
    return {name: [n for n in nodes if not n.is_missing and not errors.covers(n)]
            for name, nodes in found.items()}


def _unsure_local(export: Export, errors: SyntaxErrors, bindings: dict) -> Export:
    """`export { x }` of a name only a syntax error may bind: what it refers to is unknown."""
    if export.local in errors.unsure_names and export.local not in bindings:
        return replace(export, local=None)
    return export


def _scope_regions(found: dict) -> list[tuple[str, int, int]]:
    regions = []
    for node in found.get("scope.function", ()):
        start = node.start_byte
        if node.type in ("function_declaration", "generator_function_declaration"):
            start = node.child_by_field_name("parameters").start_byte
        regions.append(("function", start, node.end_byte))
    regions.extend(("block", n.start_byte, n.end_byte) for n in found.get("scope.block", ()))
    regions.extend(("signature", n.child_by_field_name("parameters").start_byte, n.end_byte)
                   for n in found.get("scope.signature", ()))
    return regions


@dataclass
class _Module:
    scopes: ScopeTree
    bound_ids: set[int] = field(default_factory=set)
    bindings: ModuleBindings = field(init=False)

    def __post_init__(self) -> None:
        self.bindings = ModuleBindings(self.scopes.module)

    def _bind(self, scope: Scope, node: Node, from_import: bool = False, name: str = "") -> None:
        self.bindings.record(scope, name or text(node), node, from_import)

    def add_imports(self, found: dict) -> list[Import]:
        statements = [(n.start_byte, n)
                      for n in (*found.get("import", ()), *found.get("require", ()))]
        imports: list[Import] = []
        for scope, node in self.scopes.locate(statements):
            parsed = _parse_import(node) if node.type == "import_statement" else \
                _optional(_parse_require(node), node)
            imports.extend(parsed)
            for imp in parsed:
                if imp.local:
                    self._bind(scope, node, from_import=True, name=imp.local)
        imports += [imp for node in found.get("dynamic.source", ()) for imp in _optional(
            [Import(_string(node), None, None, site(node), "dynamic")], node)]
        return imports

    def bind(self, found: dict) -> None:
        items: list[tuple[int, tuple[Node, bool]]] = []  # (position, (name, hoisted))
        for node in found.get("bind.declarator", ()):
            if _is_require(node.parent.child_by_field_name("value")):
                continue  # bound by its import
            hoisted = node.parent.parent is not None and \
                node.parent.parent.type == "variable_declaration"
            items += [(n.start_byte, (n, hoisted)) for n in _pattern_names(node)]
        for node in found.get("bind.loop", ()):
            kind = node.parent.child_by_field_name("kind")
            hoisted = kind is None or text(kind) == "var"
            items += [(n.start_byte, (n, hoisted)) for n in _pattern_names(node)]
        for node in found.get("bind.pattern", ()):
            items += [(n.start_byte, (n, False)) for n in _pattern_names(node)]
        items += [(n.start_byte, (n, True)) for n in found.get("bind.hoisted", ())]
        items += [(n.start_byte, (n, False)) for n in found.get("bind.lexical", ())]
        for scope, (node, hoisted) in self.scopes.locate(items):
            self.bound_ids.add(node.start_byte)
            self._bind(scope.enclosing("function") if hoisted else scope, node)
        inferred = [(n.start_byte, n) for n in found.get("bind.infer", ())]
        for scope, node in self.scopes.locate(inferred):
            self.bound_ids.add(node.start_byte)
            while scope.kind == "signature":  # `(x: infer T) => infer R`: both outlive the signature
                scope = scope.parent
            self._bind(scope, node)

    def bound_here(self, identifiers: list[Node]) -> set[int]:
        """The start bytes of those identifiers that bind a name or stand for one some scope
        binds (a callback's parameter `exports`, a local `module`), not a global."""
        bound = {n.start_byte for n in identifiers if n.start_byte in self.bound_ids}
        for scope, node in self.scopes.locate((n.start_byte, n) for n in identifiers):
            if _lookup(scope, text(node)) is not None:
                bound.add(node.start_byte)
        return bound

    def references(self, found: dict, typed: bool = False
                   ) -> tuple[list[NameRef], set[int], list[NameRef], set[str]]:
        """The names nothing in the file binds; the start bytes of the names that resolve to
        module scope; `typed` (TypeScript), the bare value reads of names only imports
        bind (`const x = Foo`, `f(Foo)`, `{ Foo }`; not a call, `new`, a member read or a
        type: FileFacts.value_reads); and the module-scope names read outside types."""
        skipped = self.bound_ids | {n.start_byte for n in found.get("not_a_name", ())}
        skipped |= {n.start_byte for n in found.get("jsx.name", ()) if text(n)[:1].islower()}
        skip_ranges = sorted((n.start_byte, n.end_byte) for n in found.get("skip", ()))
        type_roots = {n.start_byte for n in found.get("type_root", ())}
        type_roots |= {root.start_byte for root in map(_query_root, found.get("type_query", ()))
                       if root is not None}
        candidates = [n for n in found.get("identifier", ()) if n.start_byte not in skipped]
        if typed:  # `g(f<A<B, C>>(x))` read as comparisons: its type arguments are types
            type_roots |= misread_type_names(candidates) | misread_tag_type_names(candidates)
        candidates += [n for n in found.get("type_identifier", ()) if n.start_byte not in skipped]
        if skip_ranges:
            candidates = [n for n in candidates if not in_ranges(n.start_byte, skip_ranges)]
        exported_inside = _namespace_export_names(found)
        candidates += exported_inside
        # an augmentation's body sees the augmented module's names, which impact does not know
        augmenting = sorted((n.start_byte, n.end_byte) for n in found.get("augmentation", ()))
        namespaces = _global_namespace_bodies(found)
        unbound: list[NameRef] = []
        at_module: set[int] = set()
        value_reads: list[NameRef] = []
        probed: set[str] = set()  # names the file probes with `typeof x`: globals it expects
        ambient = _value_globals(self.bindings.import_locals)
        read_as_values: set[str] = set()
        for scope, node in self.scopes.locate((n.start_byte, n) for n in candidates):
            name = text(node)
            owner = _lookup(scope, name)
            if owner is self.scopes.module:
                at_module.add(node.start_byte)
                if node.type != "type_identifier" and node.start_byte not in type_roots:
                    read_as_values.add(name)
                if typed and node.type != "type_identifier" and node.start_byte not in type_roots \
                        and self.bindings.only_imported(name) and _bare_value_read(node):
                    value_reads.append(NameRef(name, site(node)))
            elif owner is None and _is_typeof(node):
                probed.add(name)
            elif owner is None and not (augmenting and in_ranges(node.start_byte, augmenting)):
                ref = _unbound_ref(node, name, node.type == "type_identifier" or
                                   node.start_byte in type_roots, ambient) \
                    if node not in exported_inside else _unbound_export_ref(node, name)
                if ref is not None:
                    namespace = _enclosing(node.start_byte, namespaces) if namespaces else ""
                    unbound.append(replace(ref, namespace=namespace) if namespace else ref)
        # a file that probes `typeof x` knows `x` as a global that may be absent (a library a
        # page's <script> tag loads, a host's API): its other uses of `x` are not judged either
        return [ref for ref in unbound if ref.name not in probed], at_module, value_reads, \
            read_as_values

    def instance_uses(self, found: dict, at_module: set[int], uses: list[MemberUse], typed: bool
                      ) -> list[Call | MemberRef]:
        """`x.method(...)` and other uses `x.member` where `x = new Class(...)` is the one
        binding of `x` in its scope, or `x` is a parameter typed `x: Class` that its function
        assigns nowhere (`x = ...`); in TypeScript (`typed`) also `new Class().method()`, and
        `x = make()` or `make().method()` with the class `make` declares it returns."""
        created: dict[tuple[int, str], str | None] = dict(self._typed_parameters(found, at_module))
        properties: dict[int, dict[str, str | None]] = {}  # class body -> property -> class
        declarators = [(n.start_byte, n) for n in found.get("bind.declarator", ())
                       if n.type == "identifier"]
        for scope, name in self.scopes.locate(declarators):
            declarator = name.parent
            statement = declarator.parent
            hoisted = statement is not None and statement.type == "variable_declaration"
            key = (id(scope.enclosing("function") if hoisted else scope), text(name))
            value = declarator.child_by_field_name("value")
            cls = _made_class(value, at_module) if declarator.child_by_field_name("type") is None and \
                value is not None and (typed or value.type == "new_expression") else None  # `x: T = ...`
            if cls is None and typed and value is not None and declarator.child_by_field_name("type") is None:
                cls = _this_call_class(value, at_module, properties) or \
                    _local_method_owner(value, scope, created)
            created[key] = cls if key not in created else None
        for key, cls in self._array_elements(found, at_module) if typed else ():
            created[key] = cls if key not in created else None
        instances = {name for (_scope, name), cls in created.items() if cls}
        receivers, found_uses = [], []
        for call, receiver, member in uses:
            through = ""
            if typed and instances and receiver.type == "member_expression":  # `x.collection.m()`
                receiver, through = _property_of_name(receiver)
            receiver = _non_null(receiver) if typed and not through else receiver
            if receiver.type == "identifier":
                if instances and (local := text(receiver)) in instances:
                    receivers.append((receiver.start_byte, (local, member, call, through)))
            elif typed and receiver.type in MADE and \
                    (cls := _made_class(_without_parentheses(receiver), at_module) or
                     _this_call_class(_without_parentheses(receiver), at_module, properties)):
                found_uses.append(_instance_use(cls, member, call))  # `new Cls().m()`, `make().m()`
        for scope, (local, member, call, through) in self.scopes.locate(receivers):
            owner = _lookup(scope, local)
            cls = created.get((id(owner), local)) if owner is not None else None
            if cls:  # `x.m()`, `x?.m()`, `x!.m()` of `x?: Cls` too: tsc checks each against `Cls`
                found_uses.append(replace(_instance_use(cls.removeprefix(NULLABLE), member, call),
                                          through=through))
        return found_uses

    def _typed_parameters(self, found: dict, at_module: set[int], elements: bool = False
                          ) -> Iterator[tuple[tuple[int, str], str]]:
        """((scope id, name), class) of the parameters typed with a class bound at module scope
        (`x: Class`; NULLABLE before it for `x?: Class`, `x: Class | undefined` or `| null`;
        with `elements`, the class of the elements of the array it is typed with: _element_class)
        whose function's body assigns no value to their name."""
        declared = _element_class if elements else _annotated_type
        typed = []
        for node in found.get("bind.pattern", ()):
            pattern = node.child_by_field_name("pattern") \
                if node.type in ("required_parameter", "optional_parameter") else None
            cls = declared(node) if pattern is not None and pattern.type == "identifier" else None
            nullable = node.type == "optional_parameter"
            if cls is not None and cls.type == "union_type":
                cls, nullable = _nullable_type(node), True
            if cls is not None and cls.type == "type_identifier" and cls.start_byte in at_module:
                typed.append((pattern.start_byte, (pattern, NULLABLE * nullable + text(cls))))
        for scope, (pattern, cls) in self.scopes.locate(typed):
            function = ancestor(pattern, ("formal_parameters",))
            body = function.parent.child_by_field_name("body") if function is not None else None
            if body is not None and not _assigns(body, pattern):
                yield (id(scope), text(pattern)), cls

    def _array_elements(self, found: dict, at_module: set[int]) -> Iterator[tuple[tuple[int, str], str]]:
        """((scope id, name), class) of the names bound to the elements of an array whose
        elements are declared with a class bound at module scope (`T[]`, `Array<T>`, `readonly
        T[]`): `x` of `for (const x of xs)` and the first parameter of a callback given to an
        array method (`xs.some(x => ...)`), untyped and assigned nowhere in its body, where `xs`
        is a property the class of `this` declares so (`constructor(private xs: T[])`) or a
        parameter typed so that its function assigns nowhere; tsc checks each use of `x`
        against `T`."""
        bound = [(name.start_byte, (name, iterable)) for name, iterable in _element_bindings(found)]
        if not bound:
            return
        properties: dict[int, dict[str, str | None]] = {}  # class body -> property -> element class
        named = []
        for scope, (name, iterable) in self.scopes.locate(bound):
            if iterable.type == "identifier":
                named.append((iterable.start_byte, (scope, name, iterable)))
            elif (body := _class_of_this(iterable)) is not None:
                if body.id not in properties:
                    properties[body.id] = _typed_properties(body, at_module, elements=True)
                cls = properties[body.id].get(text(iterable.child_by_field_name("property")))
                if cls and not cls.startswith(NULLABLE):
                    yield (id(scope), text(name)), cls
        parameters = dict(self._typed_parameters(found, at_module, elements=True)) if named else {}
        for scope, (bound_in, name, iterable) in self.scopes.locate(named):
            owner = _lookup(scope, text(iterable))
            cls = parameters.get((id(owner), text(iterable))) if owner is not None else None
            if cls and not cls.startswith(NULLABLE):  # `xs?: T[]`: not followed
                yield (id(bound_in), text(name)), cls

    def member_refs(self, found: dict, at_module: set[int], roots: frozenset[str] | None = None
                    ) -> list[MemberRef]:
        """`x.a.b` read where `x` is a module-scope name only imports bind, or with `roots`
        one of those names (namespaces the file declares)."""
        refs = []
        members = found.get("member", ())
        # `typeof x.y` in a type position, `[x.y]: T` in an object type: read by the checker only
        # (MemberRef.unevaluated)
        queries = sorted((n.start_byte, n.end_byte) for n in found.get("type_query", ()))
        inner = set()  # the objects of other member expressions, by span: all are captured
        for node in members:
            value = node.child_by_field_name("object")
            if value is not None and value.type == "member_expression":
                inner.add((value.start_byte, value.end_byte))
        for node in members:
            if (node.start_byte, node.end_byte) in inner:
                continue
            chain = _member_chain(node)
            if chain is None or chain[0].start_byte not in at_module:
                continue
            parent = node.parent
            if parent is not None and parent.type in ("assignment_expression",
                                                      "augmented_assignment_expression") \
                    and parent.child_by_field_name("left") == node:
                continue
            local = text(chain[0])
            if local in roots if roots is not None else self.bindings.only_imported(local):
                refs.append(MemberRef(local, tuple(text(n) for n in chain[1:]), site(chain[1]),
                                      unevaluated=bool(queries) and in_ranges(node.start_byte, queries)
                                      or in_a_type(node.parent)))
        for node in found.get("aliased_member", ()):  # `import B = Pagination.BasePage`
            chain = _member_chain(node)
            local = text(chain[0]) if chain is not None and chain[0].start_byte in at_module else None
            if local is not None and (local in roots if roots is not None else
                                      self.bindings.only_imported(local)):
                refs.append(MemberRef(local, tuple(text(n) for n in chain[1:]), site(chain[1])))
        for node in found.get("qualified_type", ()):  # `A.K` in a type: read by the checker only
            chain = _qualified_chain(node)
            local = text(chain[0]) if chain is not None and chain[0].start_byte in at_module else None
            if local is not None and (local in roots if roots is not None else
                                      self.bindings.only_imported(local)):
                refs.append(MemberRef(local, tuple(text(n) for n in chain[1:]), site(chain[1]),
                                      unevaluated=True))
        return refs


def _is_module(root: Node) -> bool:
    """Whether the file is a module (a top-level import or export), not a script whose
    declarations are global (a namespace there merges with other scripts' of its name)."""
    return any(child.type in MODULE_STATEMENTS for child in root.named_children)


def _namespaces(definitions: tuple[Definition, ...]) -> frozenset[str]:
    """The top-level names the file declares as namespaces (alone or merged) with known members,
    or as enums and classes whose static members are known (Definition.static_members)."""
    return frozenset(d.name for d in definitions if d.namespace_members is not None or
                     d.kind in ("class", "type") and d.static_members is not None)


MODULE_STATEMENTS = ("import_statement", "export_statement")
DECLARATION_SUFFIXES = (".d.ts", ".d.mts", ".d.cts")
JSDOC = re.compile(rb"/\*\*(?:(?!\*/).)*\*/", re.DOTALL)
JSDOC_TYPE = re.compile(rb"@(?:type|param|arg|argument|returns?|typedef|property|prop|this|"
                        rb"throws|enum|extends|augments|implements|satisfies)\s*\{")
LOAD_CALL = re.compile(rb"\b(?:require|import)\s*\(")
JSDOC_TYPEDEF = re.compile(rb"@(typedef|callback)\b[ \t]*")
JSDOC_TYPE_NAME = re.compile(rb"[ \t]*([A-Za-z_$][\w$]*)(?![\w$.])")
JSDOC_TEMPLATE = re.compile(rb"@template\s+(?:\{[^}]*\}\s*)?([\w$]+(?:\s*,\s*[\w$]+)*)")
# TypeScript 5.5's `@import { A, B as C } from 'x'`, `@import * as NS from 'x'`, `@import D from 'x'`
JSDOC_IMPORT = re.compile(rb"@import\s+(?:\{([^}]*)\}|\*\s*as\s+([\w$]+)|([\w$]+))\s*from\b")
QUOTED = re.compile(rb"'[^'\n]*'|\"[^\"\n]*\"|`[^`\n]*`")
_QUOTES = frozenset(b"'\"`")
# a name, unless it is the key of an object type's property or method (`key: T`, `key?: T`,
# `key(a: A): T`, `key?(): T`)
TYPE_NAME = re.compile(rb"(?<![\w$.])[A-Za-z_$][\w$]*(?![\w$]*\s*\??\s*[:(])")
# the words of a type that are no names, though a variable may be called so (`(string) =>
# parseInt(string)`): no type can be declared with these names
TYPE_KEYWORDS = frozenset({"string", "number", "boolean", "object", "symbol", "bigint", "any",
                           "unknown", "never", "undefined", "keyof", "readonly", "infer",
                           "asserts", "is", "unique"})


# the parameter a type predicate is about, `{obj is Stream}`, `{asserts value is string}`,
# `{asserts value}`: a name of the function's parameters, no type
PREDICATE_SUBJECT = re.compile(rb"(?<=\basserts)\s+[A-Za-z_$][\w$]*|"
                               rb"(?<![\w$.])[A-Za-z_$][\w$]*(?=\s+is(?![\w$]))")
# the parameter list of a function type, `(c) => void`, `(a, ...rest) => T` (none nested)
FUNCTION_PARAMETERS = re.compile(rb"\(([^()]*)\)(?=\s*=>)")
BARE_PARAMETER = re.compile(rb"^(\s*(?:\.\.\.)?)([A-Za-z_$][\w$]*)(?=\s*\??\s*$)")


def _blank_parameter_names(parameters: re.Match) -> bytes:
    """A function type's parameter list with the names that have no type blanked: `(c) =>
    void` names a parameter `c`, no type (the typed ones, `(c: C)`, TYPE_NAME skips)."""
    names = b",".join(BARE_PARAMETER.sub(lambda m: m.group(1) + b" " * len(m.group(2)), entry)
                      for entry in parameters.group(1).split(b","))
    return b"(" + names + b")"


def jsdoc_references(source: bytes, bound: set[str], scopes: ScopeTree | None = None
                     ) -> list[NameRef]:
    """The names the JSDoc types of a JavaScript file use (`@param {Vector3} v`, `@return
    {Box3}`) that its module scope does not bind (`bound`), nor a JSDoc `@import`, nor a scope
    around the comment (`scopes`: a comment inside a function sees its locals, `@type {typeof
    api.trace}`): what tsc's checkJs resolves. Only the first part of a dotted name counts;
    object-type keys (optional ones and methods too), quoted text, `@template` names and the
    keywords of types (`string`, `keyof`) do not."""
    refs: list[tuple[int, NameRef]] = []
    line_starts: list[int] = []  # of every line, once a name is found
    if b"@import" in source:
        bound = bound | _jsdoc_imported(source)
    for block in JSDOC.finditer(source):
        comment = block.group()
        templates = {name.strip() for m in JSDOC_TEMPLATE.finditer(comment)
                     for name in m.group(1).decode().split(",")}
        for tag in JSDOC_TYPE.finditer(comment):
            start = block.start() + tag.end()
            expression = _braced(source, start)
            blanked = QUOTED.sub(lambda m: b" " * len(m.group()), expression) \
                if _QUOTES.intersection(expression) else expression
            if b"=>" in blanked:
                blanked = FUNCTION_PARAMETERS.sub(_blank_parameter_names, blanked)
            if b"is" in blanked or b"asserts" in blanked:
                blanked = PREDICATE_SUBJECT.sub(lambda m: b" " * len(m.group()), blanked)
            for match in TYPE_NAME.finditer(blanked):
                name = match.group().decode()
                if name in bound or name in templates or name in TYPE_KEYWORDS:
                    continue
                offset = start + match.start()
                if not line_starts:
                    line_starts = _line_starts(source)
                line = bisect.bisect_right(line_starts, offset)
                refs.append((offset, NameRef(name, Site(line, offset - line_starts[line - 1] + 1),
                                             type_only=True, in_comment=True)))
    if scopes is None:
        return [ref for _offset, ref in refs]
    return [ref for scope, ref in scopes.locate(refs) if not _bound_around(scope, ref.name)]


def jsdoc_typedefs(source: bytes, scopes: ScopeTree) -> list[Export]:
    """The types a JavaScript module's top-level JSDoc `@typedef {T} Name` and `@callback
    Name` tags declare: tsc's checkJs exports them from a module (one with an import or an
    export, ES or CommonJS); one in a function's comment is that function's."""
    found: list[tuple[int, str]] = []
    for block in JSDOC.finditer(source):
        for tag in JSDOC_TYPEDEF.finditer(block.group()):
            start = block.start() + tag.end()
            if tag.group(1) == b"typedef" and source[start:start + 1] == b"{":
                start += len(_braced(source, start + 1)) + 2
            name = JSDOC_TYPE_NAME.match(source, start)
            if name is not None:
                found.append((name.start(1), name.group(1).decode()))
    if not found:
        return []
    line_starts = _line_starts(source)

    def at(offset: int) -> Site:
        line = bisect.bisect_right(line_starts, offset)
        return Site(line, offset - line_starts[line - 1] + 1)

    return [Export(name, "declaration", at(offset)) for scope, (offset, name)
            in scopes.locate((offset, (offset, name)) for offset, name in found)
            if scope.kind == "module"]


def _bound_around(scope: Scope | None, name: str) -> bool:
    """Whether `scope` or one it is in (below the module) binds `name`."""
    while scope is not None and scope.kind != "module":
        if name in scope.names:
            return True
        scope = scope.parent
    return False


def _jsdoc_imported(source: bytes) -> set[str]:
    """The names the JSDoc `@import` tags of a file bind (`B as C` binds C)."""
    names = set()
    for match in JSDOC_IMPORT.finditer(source):
        listed, namespace, default = match.groups()
        for item in (listed.split(b",") if listed is not None else [namespace or default]):
            words = item.split()  # `A`, `B as C`, `type D`: the last word is the name bound
            if words:
                names.add(words[-1].decode())
    return names


def _line_starts(source: bytes) -> list[int]:
    """The offset of every line (after each b"\\n"), summed in C: a JSDoc'd file has thousands."""
    return [0, *accumulate(map((1).__add__, map(len, source.split(b"\n")[:-1])))]


def _braced(source: bytes, start: int) -> bytes:
    """The text from `start` to the `}` that closes the `{` just before it (types nest)."""
    depth = 1
    for at in range(start, min(len(source), start + 2000)):
        char = source[at]
        if char == 0x7B:
            depth += 1
        elif char == 0x7D:
            depth -= 1
            if depth == 0:
                return source[start:at]
        elif char == 0x2A and source[at + 1:at + 2] == b"/":
            break  # the comment ends first: not a type
    return b""


def _namespace_export_names(found: dict) -> list[Node]:
    """The names `export { x as y }` takes from the scope it stands in, inside a namespace
    (the OpenAI SDK's `export declare namespace Chat { export { type Completions as
    Completions } }` after `import { Completions } from './completions'`): references, as tsc
    resolves them (at top level the clause is an export, which the export checks read)."""
    names = []
    for node in found.get("export", ()):
        clause = next((c for c in node.named_children if c.type == "export_clause"), None)
        if node.parent is None or node.parent.type == "program" or clause is None or \
                node.child_by_field_name("source") is not None:
            continue
        names += [spec.child_by_field_name("name") for spec in clause.named_children
                  if spec.type == "export_specifier"]
    return [n for n in names if n is not None and n.type == "identifier"]


def _unbound_export_ref(node: Node, name: str) -> NameRef | None:
    """A name an export clause takes, a type (`export { type X }`) or a value or both."""
    spec = node.parent
    type_only = _has_keyword(spec, "type") or _has_keyword(spec.parent.parent, "type")
    if name in _declared_types() or not type_only and name in known_globals():
        return None
    return NameRef(name, site(node), type_only)


def _unbound_ref(node: Node, name: str, type_only: bool, ambient: frozenset[str]) -> NameRef | None:
    """A name nothing in the file binds, unless the environment surely provides it: a value
    that a runtime's globals hold (`ambient`); a type that TypeScript's lib or the @types of
    Node.js and the test runners declare (a browser global such as `Observable` is no type of
    the lib)."""
    if name in (_declared_types() if type_only else ambient):
        return None
    return NameRef(name, site(node), type_only)


def _lookup(scope: Scope, name: str) -> Scope | None:
    current: Scope | None = scope
    while current is not None:
        if name in current.names:
            return current
        current = current.parent
    return None


def _is_typeof(node: Node) -> bool:
    """`typeof x` is the one safe way to probe for a global that may not exist."""
    parent = node.parent
    return parent is not None and parent.type == "unary_expression" and \
        text(parent.child_by_field_name("operator")) == "typeof"


def top_level_declarations(source: bytes) -> set[str]:
    """Names the top-level statements of a TypeScript file declare (interfaces, types,
    `declare var`, namespaces, ...)."""
    root = parse("typescript", source).root_node
    return {name for statement in root.named_children
            for name in _declared_names(_unwrapped(statement))}


# where a name is read by more than its value: a member read, a call, `new` (member_refs and
# calls hold those), an import alias: (parent's type, the field the name fills)
NOT_BARE = frozenset({("member_expression", "object"), ("call_expression", "function"),
                      ("new_expression", "constructor"), ("import_alias", None),
                      ("nested_identifier", None)})


# what holds only types: a name under one is read by the checker only (`typeof K<T>`, the
# computed key of an object type `{ [K]: string }`), as in an ambient declaration
TYPE_CONTEXTS = frozenset({
    "type_annotation", "type_arguments", "type_parameters", "type_query", "object_type",
    "property_signature", "method_signature", "call_signature", "construct_signature",
    "index_signature", "function_signature", "abstract_method_signature", "type_alias_declaration",
    "interface_declaration", "implements_clause", "extends_type_clause", "constraint",
    "default_type", "opting_type_annotation", "omitting_type_annotation", "adding_type_annotation",
    "asserts_annotation", "type_predicate_annotation", "generic_type", "lookup_type",
    "union_type", "intersection_type", "function_type", "constructor_type", "conditional_type",
    "tuple_type", "array_type", "parenthesized_type", "readonly_type", "mapped_type_clause",
    "ambient_declaration"})


def _bare_value_read(node: Node) -> bool:
    """Whether an identifier is read for its value and nothing more (`const x = Foo`), not in
    a type."""
    parent = node.parent
    if parent is None:
        return False
    if (parent.type, None) in NOT_BARE or any(parent.child_by_field_name(field) == node
                                               for kind, field in NOT_BARE
                                               if kind == parent.type and field):
        return False
    return not in_a_type(parent)


def in_a_type(node: Node | None) -> bool:
    """Whether a node stands in a type (TYPE_CONTEXTS), where only the checker reads it."""
    while node is not None and node.type != "program":
        if node.type in TYPE_CONTEXTS:
            return True
        node = node.parent
    return False


def _query_root(type_query: Node) -> Node | None:
    """The name `typeof x.y[0]` in a type position starts with (`x`)."""
    node = type_query.named_children[0] if type_query.named_children else None
    while node is not None and node.type in ("member_expression", "subscript_expression",
                                             "instantiation_expression"):
        node = node.child_by_field_name(
            "function" if node.type == "instantiation_expression" else "object")
    return node if node is not None and node.type == "identifier" else None


def _ambient_globals(found: dict) -> set[str]:
    """Names `declare global { ... }` or a top-level `declare` says the runtime provides,
    those the code assigns to `window`, `globalThis`, `global` or `self`; and the members the
    global namespaces declare, qualified (`Lume.Data`)."""
    statements = [c for block in found.get("ambient.global", ()) for c in block.named_children]
    statements += [c for top in found.get("ambient.top", ()) for c in top.named_children
                   if c.type != "statement_block"]
    assigned = {text(n) for n in found.get("global.assigned", ())}
    members = {f"{text(namespace.child_by_field_name('name'))}.{name}"
               for namespace in found.get("global_namespace", ())
               for statement in _body_statements(namespace)
               for name in _declared_names(_unwrapped(statement))}
    # `namespace monaco.editor {}` declares `editor` a member of `monaco` too
    members |= {".".join(parts[:length]) for namespace in found.get("global_namespace", ())
                if len(parts := text(namespace.child_by_field_name("name")).split(".")) > 1
                for length in range(2, len(parts) + 1)}
    return assigned | members | {name for statement in statements
                                 for name in _declared_names(_unwrapped(statement))}


def _body_statements(namespace: Node) -> list[Node]:
    body = namespace.child_by_field_name("body")
    return body.named_children if body is not None else []


def _global_namespace_bodies(found: dict) -> list[tuple[int, int, str]]:
    """(start, end, name) of the bodies of the global namespaces (`@global_namespace`), sorted."""
    return sorted((body.start_byte, body.end_byte, text(namespace.child_by_field_name("name")))
                  for namespace in found.get("global_namespace", ())
                  if (body := namespace.child_by_field_name("body")) is not None)


def _enclosing(position: int, bodies: list[tuple[int, int, str]]) -> str:
    """The name of the body among the sorted, non-nested `bodies` that holds `position`."""
    index = bisect.bisect_right(bodies, (position, float("inf"))) - 1
    return bodies[index][2] if index >= 0 and bodies[index][0] <= position < bodies[index][1] else ""


def _script_declarations(path: str, root: Node) -> set[str]:
    """The top-level declarations of a declaration file that is a script (no top-level
    `import` or `export`; an `export` inside `declare module '...'` and an `import('...')` type
    do not count): TypeScript makes each of them a global of the program."""
    if not path.endswith(".d.ts") or any(child.type in MODULE_STATEMENTS
                                         for child in root.named_children):
        return set()
    return {name for child in root.named_children for name in _declared_names(_unwrapped(child))}


def _unwrapped(statement: Node) -> Node:
    """The declaration in `export interface X` or in `namespace X {}` (read as an expression)."""
    if statement.type == "export_statement":
        return statement.child_by_field_name("declaration") or statement
    if statement.type == "expression_statement" and statement.named_children:
        return statement.named_children[0]
    return statement


def _pattern_names(node: Node) -> list[Node]:
    """Identifiers a binding pattern binds (not default values or computed keys), in order;
    a loop, not recursion: patterns may nest deeply."""
    found, pending = [], [node]
    while pending:
        current = pending.pop()
        if current is None:
            continue
        if current.type in ("identifier", "shorthand_property_identifier_pattern"):
            found.append(current)
        elif current.type in ("assignment_pattern", "object_assignment_pattern"):
            pending.append(current.child_by_field_name("left"))
        elif current.type == "pair_pattern":
            pending.append(current.child_by_field_name("value"))
        elif current.type in ("required_parameter", "optional_parameter"):
            pending.append(current.child_by_field_name("pattern"))
        elif current.type in PATTERN_CONTAINERS:
            pending.extend(reversed(current.named_children))
    return found


def _member_chain(node: Node) -> list[Node] | None:
    """The names of `a.b.c` (a member expression, or the nested identifier of `import X =
    a.b.c`), or None if one is not a plain name."""
    names = []
    while node.type in ("member_expression", "nested_identifier"):
        prop = node.child_by_field_name("property")
        if prop is None or prop.type != "property_identifier":
            return None
        names.append(prop)
        node = node.child_by_field_name("object")
    if node.type != "identifier":
        return None
    names.append(node)
    names.reverse()
    return names


def _qualified_chain(node: Node) -> list[Node] | None:
    """The names of a qualified type name (`A.B.K`), or None if one is not a plain name."""
    name, module = node.child_by_field_name("name"), node.child_by_field_name("module")
    names = [name] if name is not None else []
    while module is not None and module.type == "nested_identifier":
        names.append(module.child_by_field_name("property"))
        module = module.child_by_field_name("object")
    if module is None or module.type != "identifier" or None in names:
        return None
    names.append(module)
    names.reverse()
    return names


def _is_require(node: Node | None) -> bool:
    if node is None or node.type != "call_expression":
        return False
    function = node.child_by_field_name("function")
    arguments = node.child_by_field_name("arguments").named_children
    return function.type == "identifier" and text(function) == "require" and \
        len(arguments) == 1 and arguments[0].type == "string"


def _string(node: Node) -> str:
    return string_value(node)


def string_value(node: Node) -> str:
    """A string literal's value, its escapes decoded (`'./m\\u006fd'` is `./mod`). A literal
    that does not decode to printable text (an invalid escape, a lone surrogate, a control
    or bidirectional-formatting character) keeps its raw text, which names no module."""
    parts = []
    for child in node.named_children:
        if child.type == "string_fragment":
            parts.append(text(child))
        elif child.type == "escape_sequence" and (decoded := _escaped(text(child))) is not None:
            parts.append(decoded)
        else:
            return text(node)[1:-1]
    value = "".join(parts)
    try:  # `\uD83D\uDE00`: two UTF-16 code units, one character
        value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        return text(node)[1:-1]
    return value if value.isprintable() else text(node)[1:-1]


def _escaped(sequence: str) -> str | None:
    """What one escape sequence of a JavaScript string stands for; None if it is invalid."""
    body = sequence[1:]
    if body in LINE_TERMINATORS:
        return ""  # a line continuation
    if body[:1] in ("x", "u"):
        digits = body[2:-1] if body.startswith("u{") else body[1:]
        code = int(digits, 16) if HEX_DIGITS.fullmatch(digits) else None
        return chr(code) if code is not None and code <= 0x10FFFF else None
    if body[:1] in OCTAL_DIGITS:  # legacy octal, at most \377 (`\400` is `\40` then `0`)
        size = 3 if int(body[:3], 8) <= 0o377 else 2
        return chr(int(body[:size], 8)) + body[size:]
    return SIMPLE_ESCAPES.get(body, body)  # `\q` is `q`, `\'` is `'`


def _has_keyword(node: Node, keyword: str) -> bool:
    return any(not c.is_named and c.type == keyword for c in node.children)


# -- imports ---------------------------------------------------------------------------


def _parse_import(node: Node) -> list[Import]:
    source_node = node.child_by_field_name("source")
    here = site(node)
    type_only = _has_keyword(node, "type") or _has_keyword(node, "typeof")
    require_clause = next((c for c in node.named_children if c.type == "import_require_clause"),
                          None)
    if require_clause is not None:  # TypeScript `import x = require('y')`
        local = text(require_clause.named_children[0])
        spec = _string(require_clause.child_by_field_name("source"))
        return [Import(spec, "*", local, here, "require", type_only=type_only)]
    if source_node is None:
        return []
    spec = _string(source_node)
    clause = next((c for c in node.named_children if c.type == "import_clause"), None)
    if clause is None:
        return [Import(spec, None, None, here, "side-effect", type_only=type_only)]
    result = []
    named_at = site(source_node)
    for part in clause.named_children:
        if part.type == "identifier":
            result.append(Import(spec, "default", text(part), site(part), "esm",
                                 type_only=type_only, statement=named_at))
        elif part.type == "namespace_import":
            local = text(part.named_children[0])
            result.append(Import(spec, "*", local, site(part), "namespace",
                                 type_only=type_only, statement=named_at))
        elif part.type == "named_imports":
            for spec_node in part.named_children:
                if spec_node.type != "import_specifier":
                    continue
                name = _name_text(spec_node.child_by_field_name("name"))
                alias = spec_node.child_by_field_name("alias")
                only = type_only or _has_keyword(spec_node, "type")
                result.append(Import(spec, name, text(alias) if alias else name,
                                     site(spec_node), "esm", type_only=only, statement=named_at))
    return [replace(imp, mocked=True) for imp in result] if _imports_content(node) else result


def _erasable(imports: list[Import], read_as_values: set[str]) -> list[Import]:
    """TypeScript: the imports marked `erasable` whose statement binds names the file reads in
    type positions only (or imports with `import type`): a compiler that compiles one file at a
    time (esbuild, swc, Babel; tsc's isolatedModules) drops such a statement, and the module is
    never loaded. `read_as_values`: the module-scope names read outside types, or exported."""
    kept = {imp.statement for imp in imports if imp.statement is not None and
            (imp.kind not in ("esm", "namespace") or not imp.type_only and imp.local in read_as_values)}
    return [replace(imp, erasable=True) if imp.statement is not None and imp.kind in ("esm", "namespace")
            and imp.statement not in kept else imp for imp in imports]


def _mock_calls(found: dict) -> dict[str, bool]:
    """The specifiers a test file mocks, each with whether a factory gives the module's
    object: `jest.mock('./m', () => ({...}))` (the runner hoists it above the file's imports;
    `vi.mock` too), or not: `jest.mock('./m')`, the module's manual mock if it has one."""
    mocked: dict[str, bool] = {}
    for node in found.get("call", ()):
        function = node.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            continue
        owner, method = function.child_by_field_name("object"), function.child_by_field_name("property")
        arguments = [a for a in node.child_by_field_name("arguments").named_children
                     if a.type != "comment"]
        if (text(owner), text(method)) in FACTORY_MOCKS and arguments and arguments[0].type == "string":
            spec = _string(arguments[0])
            mocked[spec] = mocked.get(spec, False) or len(arguments) >= 2
    return mocked


def _mocked(imports: list[Import], mocked: dict[str, bool], typed: bool) -> list[Import]:
    """The imports with the names a mock stands for marked: every name of a mocked module in
    JavaScript; in TypeScript only what `require` takes (untyped), as tsc still judges an ES
    import by the module's own exports."""
    if not mocked:
        return imports
    return [replace(imp, mocked=imp.mocked or mocked[imp.source], manual_mock=not mocked[imp.source])
            if imp.source in mocked and (not typed or imp.kind == "require") else imp
            for imp in imports]


def _imports_content(node: Node) -> bool:
    """`import text from "./client.js" with { type: "text" }` (or `assert { ... }`): an import
    attribute `type` other than "javascript" binds the file's content (JSON, text, bytes, a
    style sheet), not what the module exports (`Import.mocked`): the module must exist, and
    nothing more."""
    for attribute in (c for c in node.named_children if c.type == "import_attribute"):
        for entries in attribute.named_children:
            for pair in (p for p in entries.named_children if p.type == "pair"):
                key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if key is not None and _name_text(key) == "type" and value is not None and \
                        value.type == "string" and _string(value) != "javascript":
                    return True
    return False


def _name_text(node: Node) -> str:
    return _string(node) if node.type == "string" else text(node)


FUNCTION_NODES = frozenset({"function_declaration", "function_expression", "arrow_function",
                            "method_definition", "generator_function_declaration",
                            "generator_function", "class_body"})
SIMPLE_STATEMENTS = frozenset({"expression_statement", "lexical_declaration",
                               "variable_declaration", "return_statement"})


def _optional(imports: list[Import], node: Node) -> list[Import]:
    """The imports of the load `node` marked guarded, with the `try` that tolerates their
    failure as their fallback (see Import.fallback), when that `try` is there for it."""
    caught = _catching_try(node)
    if caught is None:
        return imports
    return [replace(imp, guarded=True, fallback=((caught.start_byte, 0, True),)) for imp in imports]


def _catching_try(node: Node) -> Node | None:
    """The `try` a `require()` or `import()` is what it is there for: its body opens with the
    load (after only other loads: `try { cfg = require('./local.json') } catch {}`) and its
    catch does not throw, or its catch looks for MODULE_NOT_FOUND. Node throws when the module
    is missing and the catch handles it; a load further down a block of other work, in a nested
    block or function, or outside the try body, is no optional one."""
    child, current = node, node.parent
    while current is not None and current.type not in FUNCTION_NODES:
        statement = current.parent
        if current.type == "statement_block" and statement is not None and \
                statement.type == "try_statement" and statement.child_by_field_name("body") == current:
            handler = statement.child_by_field_name("handler")
            if handler is None:
                return None
            if b"MODULE_NOT_FOUND" in handler.text:
                return statement
            body = handler.child_by_field_name("body")
            throws = body is not None and any(c.type == "throw_statement" for c in body.named_children)
            opens = child.type in SIMPLE_STATEMENTS and _opens_block(current, child)
            return statement if opens and not throws else None
        child, current = current, current.parent
    return None


def _opens_block(block: Node, statement: Node) -> bool:
    for sibling in block.named_children:
        if sibling == statement:
            return True
        if sibling.type not in SIMPLE_STATEMENTS or not LOAD_CALL.search(sibling.text):
            return False
    return False


def _parse_require(node: Node) -> list[Import]:
    spec = _string(node.child_by_field_name("arguments").named_children[0])
    here = site(node)
    parent = node.parent
    if parent is not None and parent.type == "variable_declarator" and \
            parent.child_by_field_name("value") == node:
        target = parent.child_by_field_name("name")
        if target.type == "identifier":
            return [Import(spec, "*", text(target), here, "require")]
        if target.type == "object_pattern":
            return [Import(spec, key, local, here, "require")
                    for key, local in _destructured(target)]
    if parent is not None and parent.type == "member_expression":
        prop = parent.child_by_field_name("property")
        if prop is not None and prop.type == "property_identifier":
            return [Import(spec, text(prop), None, here, "require")]
    return [Import(spec, None, None, here, "require")]


def _destructured(pattern: Node) -> list[tuple[str, str | None]]:
    pairs = []
    for child in pattern.named_children:
        if child.type == "shorthand_property_identifier_pattern":
            pairs.append((text(child), text(child)))
        elif child.type == "object_assignment_pattern":
            left = child.child_by_field_name("left")
            pairs.append((text(left), text(left)))
        elif child.type == "pair_pattern":
            key = child.child_by_field_name("key")
            value = _pattern_names(child.child_by_field_name("value"))
            if key.type in ("property_identifier", "string"):
                pairs.append((_name_text(key), text(value[0]) if value else None))
    return pairs


# -- exports ---------------------------------------------------------------------------


def _ambient_names_may_be_exports(path: str, root: Node, found: dict) -> bool:
    """Whether a top-level `declare global`, `declare module` or `declare namespace` may add
    names impact does not list to what the file exports: in a declaration file (whose
    declarations are exported without `export`) or a script; in a TypeScript module that
    is no declaration file they declare globals, augment another module or stay local."""
    if not found.get("ambient_block"):
        return False
    return path.endswith(DECLARATION_SUFFIXES) or not _is_module(root)


TYPE_ONLY_IMPORT = re.compile(r"import\s+type\s")


def _exported_import_requires(found: dict, written: bytes) -> list[Export]:
    """`export import x = require('./m')`, read as the import it also is (its `export`
    blanked, syntax_errors): the export of `x`, the module it binds (type-only after
    `export import type x`)."""
    exports = []
    for node in found.get("import", ()):
        clause = next((c for c in node.named_children if c.type == "import_require_clause"), None)
        name = clause.named_children[0] if clause is not None and clause.named_children else None
        if name is not None and node.parent is not None and node.parent.type == "program" and \
                exported_import_require(written, node.start_byte):
            type_only = TYPE_ONLY_IMPORT.match(text(node)) is not None
            exports.append(Export(text(name), "local", site(node), local=text(name), type_only=type_only))
    return exports


def _exports(found: dict) -> tuple[list[Export], bool]:
    exports: list[Export] = []
    dynamic = False
    for node in found.get("export", ()):
        if node.parent is None or node.parent.type != "program":
            continue  # inside `declare module` or a namespace
        more, is_dynamic = _parse_export(node)
        exports.extend(more)
        dynamic = dynamic or is_dynamic
    return exports, dynamic


def _reexport_statements(found: dict) -> dict[Site, Site]:
    """Where each statement that re-exports names (`export { a, b } from './m'`) names its
    module, by the site of each name: a missing module is one finding there, as for an
    import statement (tsc reports it once, at the specifier)."""
    statements = {}
    for node in found.get("export", ()):
        source_node = node.child_by_field_name("source")
        clause = next((c for c in node.named_children if c.type == "export_clause"), None)
        if source_node is None or clause is None:
            continue
        named_at = site(source_node)
        for spec in clause.named_children:
            name_node = spec.child_by_field_name("name") if spec.type == "export_specifier" else None
            if name_node is not None:
                statements[site(name_node)] = named_at
    return statements


def _parse_export(node: Node) -> tuple[list[Export], bool]:
    here = site(node)
    source_node = node.child_by_field_name("source")
    source = _string(source_node) if source_node is not None else None
    is_default = _has_keyword(node, "default")
    declaration = node.child_by_field_name("declaration")
    if declaration is not None:
        names = _declared_names(declaration)
        if is_default:
            return [Export("default", "declaration", here, local=names[0] if names else None)], False
        return [Export(name, "declaration", here, local=name) for name in names], False
    value = node.child_by_field_name("value")
    if is_default:
        local = text(value) if value is not None and value.type == "identifier" else None
        kind = "local" if local else "declaration"
        return [Export("default", kind, site(value or node), local=local)], False
    if _has_keyword(node, "="):  # TypeScript `export = x`
        target = next((c for c in node.named_children if c.type == "identifier"), None)
        local = text(target) if target is not None else None
        return [Export("default", "local" if local else "declaration", here, local=local)], True
    type_only = _has_keyword(node, "type") or any(map(type_only_star_export, node.children))
    clause = next((c for c in node.named_children if c.type == "export_clause"), None)
    if clause is not None:
        return [_clause_export(spec, source, type_only) for spec in clause.named_children
                if spec.type == "export_specifier"], False
    namespace = next((c for c in node.named_children if c.type == "namespace_export"), None)
    if namespace is not None and source is not None:
        name = _name_text(namespace.named_children[0])
        return [Export(name, "namespace", here, source=source, imported="*",
                       type_only=type_only)], False
    if source is not None and _has_keyword(node, "*"):
        return [Export("*", "star", here, source=source, imported="*", type_only=type_only)], False
    return [], False


def _default_object(found: dict) -> list[Export]:
    """The properties of `export default { a, b: c }` whose value is a name, as
    Export(key, "member", local=name); shorthand, `key: name` and `'key': name` pairs."""
    members: list[Export] = []
    for node in found.get("export", ()):
        value = node.child_by_field_name("value")
        if node.parent is None or node.parent.type != "program" or value is None or \
                value.type != "object" or not _has_keyword(node, "default"):
            continue
        for child in value.named_children:
            if child.type == "shorthand_property_identifier":
                members.append(Export(text(child), "member", site(child), local=text(child)))
            elif child.type == "pair":
                key, named = child.child_by_field_name("key"), child.child_by_field_name("value")
                if key is not None and key.type in ("property_identifier", "string") and \
                        named is not None and named.type == "identifier":
                    members.append(Export(_name_text(key), "member", site(child), local=text(named)))
    return members


def _clause_export(spec: Node, source: str | None, type_only: bool) -> Export:
    name_node = spec.child_by_field_name("name")
    alias = spec.child_by_field_name("alias")
    name = _name_text(name_node)
    exported = _name_text(alias) if alias is not None else name
    if source is not None:
        return Export(exported, "reexport", site(name_node), source=source, imported=name,
                      type_only=type_only or _has_keyword(spec, "type"))
    return Export(exported, "local", site(name_node), local=name)


def _declared_names(declaration: Node) -> list[str]:
    names, pending = [], [declaration]
    while pending:
        current = pending.pop()
        if current.type in ("lexical_declaration", "variable_declaration"):
            names += [text(n) for d in current.named_children if d.type == "variable_declarator"
                      for n in _pattern_names(d.child_by_field_name("name"))]
        elif current.type == "ambient_declaration":
            pending.extend(reversed(current.named_children))
        elif current.type == "import_alias":  # TypeScript `export import marked = markedImport`
            names += [text(current.named_children[0])] if current.named_children else []
        else:
            name = current.child_by_field_name("name")
            while name is not None and name.type in ("nested_identifier", "member_expression"):
                name = name.child_by_field_name("object")  # `namespace A.B { }` declares `A`
            if name is not None and name.type in DECLARATION_NAME_TYPES:
                names.append(text(name))
    return names


# -- CommonJS exports ------------------------------------------------------------------


def _commonjs_exports(found: dict, shadowed: set[int]) -> tuple[list[Export], bool, bool]:
    """(exports, uses CommonJS, exports that cannot be listed statically). `module` and
    `exports` that a scope binds (`shadowed`: preact's `prom.then(exports => exports.default)`)
    are not CommonJS's."""
    exports: list[Export] = []
    handled: set[int] = set()
    for target in found.get("commonjs.target", ()):
        chain = _member_chain(target)
        if chain is None or chain[0].start_byte in shadowed:
            continue
        names = [text(n) for n in chain]
        value = target.parent.child_by_field_name("right")
        here = site(target)
        if names == ["module", "exports"]:
            handled.add(chain[0].start_byte)
            if value.type == "object":
                more, complete = _object_keys(value)
                exports.extend(more)
                if not complete:
                    exports.append(Export("*", "commonjs", here))
            else:
                exports.append(Export("default", "commonjs", here))
                exports.append(Export("*", "commonjs", here))
        elif names[:2] == ["module", "exports"] and len(names) == 3 or \
                names[0] == "exports" and len(names) == 2:
            handled.add(chain[0].start_byte)
            exports.append(Export(names[-1], "commonjs", here))
    uses = [n for n in found.get("commonjs_word", ()) if n.start_byte not in shadowed]
    commonjs = bool(handled) or any(_is_commonjs_use(n) for n in uses)
    dynamic = any(e.name == "*" for e in exports) or any(
        n.start_byte not in handled and _is_commonjs_use(n) for n in uses)
    return [e for e in exports if e.name != "*"], commonjs, dynamic


def _moodle_amd_members(path: str, exports: list[Export], found: dict) -> tuple[list[Export], bool]:
    """(the keys of the object, whether it may have others) of a Moodle plugin's AMD module
    (`amd/src/x.js`) whose only export is `export default {...}`: Moodle's build makes its
    `define()` return that default, so `import {component} from './common'` reads its property,
    as from `module.exports = {...}`."""
    if "/amd/src/" not in f"/{path}" or [e.name for e in exports] != ["default"]:
        return [], False
    for node in found.get("export", ()):
        value = node.child_by_field_name("value")
        if node.parent is not None and node.parent.type == "program" and value is not None and \
                value.type == "object" and _has_keyword(node, "default"):
            members, complete = _object_keys(value)
            return members, not complete
    return [], False


def _is_commonjs_use(identifier: Node) -> bool:
    if text(identifier) == "exports":
        return True
    parent = identifier.parent
    return parent is not None and parent.type == "member_expression" and \
        text(parent.child_by_field_name("property")) == "exports"


def _object_keys(obj: Node) -> tuple[list[Export], bool]:
    exports, complete = [], True
    for child in obj.named_children:
        if child.type == "shorthand_property_identifier":
            exports.append(Export(text(child), "commonjs", site(child), local=text(child)))
        elif child.type in ("pair", "method_definition"):
            key = child.child_by_field_name("key") or child.child_by_field_name("name")
            if key is not None and key.type in ("property_identifier", "string"):
                exports.append(Export(_name_text(key), "commonjs", site(child)))
            else:
                complete = False
        elif child.type != "comment":
            complete = False  # spread or computed key
    return exports, complete


# -- calls -----------------------------------------------------------------------------


def _arguments_hash(arguments: Node) -> str:
    """A hash of the arguments' text without whitespace (bytes.split: the same bytes as \\s)."""
    return hashlib.sha1(b"".join((arguments.text or b"").split())).hexdigest()[:12]


def _property_uses(uses: list[MemberUse], at_module: set[int], typed: bool) -> list[Call | MemberRef]:
    """`this.tasks.create(...)`, `this.tasks.size` in a class that declares `tasks` with a
    class bound at module scope — a constructor parameter property (`private readonly tasks:
    TasksService`, how NestJS and Angular inject services), a field typed `tasks: TasksService`
    or set to `new TasksService()`: a use of `TasksService.create` on an instance, as tsc
    checks it against the declared type. In TypeScript (`typed`), a property the class does
    not declare, in a class that extends another: a use through that property of an instance
    of the class (Call.through), which a base class may declare with its class."""
    found = []
    properties: dict[int, dict[str, str | None]] = {}  # class body -> property -> class
    classes: dict[int, str | None] = {}  # node id -> the class of `this` below it
    for call, receiver, member in uses:
        receiver, chained = _chained_property(receiver) if typed else (receiver, "")
        receiver = _non_null(receiver) if typed else receiver
        if receiver.type != "member_expression" or (inner := receiver.child_by_field_name("object")) is None \
                or inner.type != "this":
            continue
        name = text(receiver.child_by_field_name("property"))
        body = _class_of_this(receiver)
        if body is None:  # `this.svc.run()` in a function declaring `this: Cls`
            if typed and (own := _instance_of_this(inner, classes, at_module)) is not None:
                found.append(replace(_instance_use(own, member, call), through=name))
            continue
        if body.id not in properties:
            properties[body.id] = _typed_properties(body, at_module)
        cls = properties[body.id].get(name)
        cls = cls.removeprefix(NULLABLE) if cls else cls  # `this.x.m` of `x: Cls | null` too: tsc
        if cls:  # checks `this.x.m`, `this.x?.m`, `this.x!.m` against `Cls`
            found.append(replace(_instance_use(cls, member, call), through=chained))
        elif typed and name not in properties[body.id] and _extends(body) and \
                (own := _instance_of_this(inner, classes, at_module)) is not None:  # a base's, maybe
            found.append(replace(_instance_use(own, member, call), through=".".join(filter(None, (name, chained)))))
    return found


def _awaited_callee(value: Node) -> tuple[bool, Node | None]:
    """Whether a call is awaited (`await f()`), and the function it calls (None when the value
    is no call, or a call with type arguments)."""
    awaited = value.type == "await_expression" and value.named_child_count == 1
    call = _without_parentheses(value.named_children[0]) if awaited else value
    function = call.child_by_field_name("function") if call.type == "call_expression" and \
        call.child_by_field_name("type_arguments") is None else None
    return awaited, function


def _local_method_owner(value: Node, scope: Scope, created: dict[tuple[int, str], str | None]
                        ) -> str | None:
    """`Repo.find` for `repo.find()` (or `await repo.find()`: AWAITED before it) where `repo`
    is an instance of `Repo` (`created`: by scope and name; a nullable one too, `repo: Repo |
    null`: tsc types the call as `Repo`'s after reporting the null), not through `?.`."""
    awaited, function = _awaited_callee(value)
    receiver = function.child_by_field_name("object") if function is not None and \
        function.type == "member_expression" else None
    method = function.child_by_field_name("property") if receiver is not None else None
    if receiver is None or receiver.type != "identifier" or method.type != "property_identifier" or \
            function.child_by_field_name("optional_chain") is not None:
        return None
    owner = _lookup(scope, text(receiver))
    cls = created.get((id(owner), text(receiver))) if owner is not None else None
    if not cls or cls.startswith(AWAITED):
        return None
    return f"{AWAITED * awaited}{cls.removeprefix(NULLABLE)}.{text(method)}"


def _this_call_class(value: Node, at_module: set[int], properties: dict[int, dict[str, str | None]]
                     ) -> str | None:
    """`Repo.find` (as the method's owner, the checks read what it declares it returns) for
    `this.repo.find()` where the class of `this` declares `repo` with the class `Repo`
    (`Repo | null` too, read plainly, through `!` or `?.`), and `Service.own` for `this.own()` in
    a class `Service`; awaited (`await this.repo.find()`: AWAITED before it). `properties`:
    _typed_properties by class body, filled as asked."""
    awaited, function = _awaited_callee(value)
    method = function.child_by_field_name("property") if function is not None and \
        function.type == "member_expression" else None
    if method is None or method.type != "property_identifier":
        return None
    receiver = _non_null(function.child_by_field_name("object"))
    if receiver.type == "this":
        owner = _class_of_member(ancestor(receiver, THIS_BINDING)) if _class_of_this(receiver) is not None \
            and ancestor(receiver, THIS_BINDING) is not None else None
    elif receiver.type == "member_expression" and receiver.child_by_field_name("object").type == "this" and \
            (body := _class_of_this(receiver)) is not None:
        if body.id not in properties:
            properties[body.id] = _typed_properties(body, at_module)
        owner = properties[body.id].get(text(receiver.child_by_field_name("property")))
        owner = owner.removeprefix(NULLABLE) if owner else owner
    else:
        return None
    if not owner:
        return None
    return f"{AWAITED * awaited}{owner}.{text(method)}"


def _chained_property(receiver: Node) -> tuple[Node, str]:
    """`this.state!.collection` of `this.state!.collection.m()`: (`this.state!`, "collection"),
    the property read from what a property of `this` holds (Call.through); else (receiver, "")."""
    inner = receiver.child_by_field_name("object") if receiver.type == "member_expression" else None
    property_name = receiver.child_by_field_name("property") if inner is not None else None
    if inner is None or property_name is None or property_name.type != "property_identifier":
        return receiver, ""
    below = _non_null(inner)
    if below.type != "member_expression" or below.child_by_field_name("object") is None or \
            below.child_by_field_name("object").type != "this":
        return receiver, ""
    return inner, text(property_name)


def _property_of_name(receiver: Node) -> tuple[Node, str]:
    """`x` and "collection" of the receiver `x.collection` (of `x.collection.m()`), read
    without `?.`; (receiver, "") for any other."""
    name, property_name = receiver.child_by_field_name("object"), receiver.child_by_field_name("property")
    if name is None or name.type != "identifier" or property_name is None or \
            property_name.type != "property_identifier" or receiver.child_by_field_name("optional_chain"):
        return receiver, ""
    return name, text(property_name)


def _non_null(node: Node) -> Node:
    """The expression a non-null assertion holds (`this.state!`: `this.state`), or the node."""
    if node.type == "non_null_expression" and node.named_child_count == 1:
        return node.named_children[0]
    return node


def _extends(body: Node) -> bool:
    """Whether the class of a body extends another."""
    return body.parent is not None and any(c.type == "class_heritage" and
                                           any(h.type == "extends_clause" for h in c.named_children)
                                           for c in body.parent.named_children)


MemberUse = tuple[Node | None, Node, Node]  # (the call, or None for another use; the object; the name)


def _member_uses(found: dict, reads: bool) -> list[MemberUse]:
    """The uses of a named member: each call `x.m(...)`, and with `reads` each other `x.m`
    (read, written, or called otherwise than directly) with None for its call."""
    uses: list[MemberUse] = list(_method_calls(found))
    if not reads:
        return uses
    called = {member.start_byte for _call, _receiver, member in uses}
    for node in found.get("member", ()):
        member = node.child_by_field_name("property")
        if member is not None and member.type == "property_identifier" and member.start_byte not in called \
                and (receiver := node.child_by_field_name("object")) is not None:
            uses.append((None, receiver, member))
    return uses


def _method_calls(found: dict) -> Iterator[MemberUse]:
    """(the call, the receiver, the method's name) of each call of a named method (`x.m(...)`)."""
    for node in found.get("call", ()):
        function = called_function(node)
        if function is None or function.type != "member_expression":
            continue
        receiver, method = function.child_by_field_name("object"), function.child_by_field_name("property")
        if receiver is not None and method is not None and method.type == "property_identifier":
            yield node, receiver, method


def _instance_use(cls: str, member: Node, call: Node | None) -> Call | MemberRef:
    """The call of method `member` of an instance of `cls` that `call` makes (`x.method(a,
    ...b)`), or without a call the other use of the member (`x.size`)."""
    awaited = cls.startswith(AWAITED)
    cls = cls.removeprefix(AWAITED)
    if call is None:
        return MemberRef(cls, (text(member),), site(member), awaited=awaited)
    args = [a for a in call.child_by_field_name("arguments").named_children if a.type != "comment"]
    spread = any(a.type == "spread_element" for a in args)
    return Call(f"{cls}.{text(member)}", site(member), sum(1 for a in args if a.type != "spread_element"),
                (), spread, on_instance=True, awaited=awaited)


def _own_uses(uses: list[MemberUse], at_module: set[int]) -> list[Call | MemberRef]:
    """`this.method(...)`, `this.size` in an instance method, a field or the constructor of a
    top-level class, or in a function declaring `this: Class` (an arrow function keeps the
    `this` around it): a use of `Class.method` on an instance."""
    found = []
    classes: dict[int, str | None] = {}  # node id -> the class of `this` below it
    for call, receiver, member in uses:
        if receiver.type != "this":
            continue
        cls = _instance_of_this(receiver, classes, at_module)
        if cls is not None:
            found.append(_instance_use(cls, member, call))
    return found


def _instance_of_this(node: Node, classes: dict[int, str | None], at_module: set[int]) -> str | None:
    """The name of the top-level class whose instance `this` is at `node`: in a method that
    is not static, a field that is not static, or an arrow function in one; or the class a
    function or method declares `this` with (`function f(this: Cls)`, bound at module scope).
    `classes`: the answers for the nodes above the ones asked before (each node's up to the
    member)."""
    passed = []
    member = node.parent
    while member is not None and member.id not in classes and member.type not in THIS_BINDING:
        passed.append(member.id)
        member = member.parent
    if member is None:
        return None
    cls = classes[member.id] if member.id in classes else \
        _declared_this(member, at_module) or _class_of_member(member)
    classes.update(dict.fromkeys((*passed, member.id), cls))
    return cls


def _declared_this(function: Node, at_module: set[int]) -> str | None:
    """The class a function's first parameter `this: Cls` (or `Cls<T>`) declares, its name
    bound at module scope; tsc checks each use of `this` in the body against it."""
    parameters = function.child_by_field_name("parameters")
    first = next((p for p in parameters.named_children if p.type != "comment"), None) \
        if parameters is not None else None
    pattern = first.child_by_field_name("pattern") if first is not None and \
        first.type == "required_parameter" else None
    cls = _annotated_type(first) if pattern is not None and pattern.type == "this" else None
    return text(cls) if cls is not None and cls.type == "type_identifier" and \
        cls.start_byte in at_module else None


def _class_of_member(member: Node) -> str | None:
    """The name of the top-level class whose instance `this` is in `member`: a method or a
    field that is not static."""
    if member.type not in ("method_definition", "public_field_definition") or \
            any(c.type == "static" for c in member.children) or member.parent is None or \
            member.parent.type != "class_body":
        return None
    cls = member.parent.parent
    outer = cls.parent.parent if cls.parent is not None and cls.parent.type == "export_statement" \
        else cls.parent
    name = cls.child_by_field_name("name")
    return text(name) if cls.type in ("class_declaration", "abstract_class_declaration") and \
        name is not None and outer is not None and outer.type == "program" else None


THIS_REBINDING = ("function_expression", "function_declaration", "generator_function",
                  "generator_function_declaration", "program")
THIS_BINDING = ("method_definition", "public_field_definition", "class_static_block", *THIS_REBINDING)


def _class_of_this(node: Node) -> Node | None:
    """The body of the class `this` stands for at `node` (an arrow function keeps the
    `this` around it; any other function has its own)."""
    found = ancestor(node, ("class_body", *THIS_REBINDING))
    return found if found is not None and found.type == "class_body" else None


def _typed_properties(body: Node, at_module: set[int], elements: bool = False) -> dict[str, str | None]:
    """Properties of a class declared with a class bound at module scope, by name (None for
    a name declared twice); with `elements`, the class of the elements of the array each is
    declared with (_element_class)."""
    found: dict[str, str | None] = {}
    declared, whole = (_element_class, False) if elements else (_annotated_type, True)
    for member in body.named_children:
        properties: list[tuple[Node | None, Node | None]] = []
        if member.type == "public_field_definition":
            value = member.child_by_field_name("value")
            constructor = value.child_by_field_name("constructor") \
                if value is not None and value.type == "new_expression" else None
            properties.append((member.child_by_field_name("name"),
                               constructor if constructor is not None and whole else declared(member)))
        elif member.type == "method_definition" and any(not c.is_named and c.type == "get" for c in member.children):
            properties.append((member.child_by_field_name("name"),
                               _annotated_type(member, "return_type") if whole else None))
        elif member.type == "method_definition" and \
                text(member.child_by_field_name("name")) == "constructor":
            parameters = member.child_by_field_name("parameters")
            properties += [(p.child_by_field_name("pattern"), declared(p))
                           for p in parameters.named_children
                           if any(c.type in ("accessibility_modifier", "readonly") for c in p.children)]
        for name, cls in properties:
            if name is None:
                continue
            nullable = whole and cls is not None and cls.type == "union_type" and \
                (cls := _nullable_type(member)) is not None
            known = cls is not None and cls.type in ("identifier", "type_identifier") and \
                cls.start_byte in at_module
            found[text(name)] = NULLABLE * nullable + text(cls) if known and text(name) not in found else None
    return found


def _element_class(declaration: Node) -> Node | None:
    """The class of the elements of the array a declaration is annotated with (`T[]`, `T<U>[]`,
    `readonly T[]`, `Array<T>`, `ReadonlyArray<T>`): its name; None for any other type."""
    annotation = declaration.child_by_field_name("type")
    named = annotation.named_children if annotation is not None else []
    array = named[0] if len(named) == 1 else None
    if array is not None and array.type == "readonly_type" and array.named_child_count == 1:
        array = array.named_children[0]
    if array is not None and array.type == "generic_type" and \
            text(array.child_by_field_name("name")) in ("Array", "ReadonlyArray"):
        arguments = next((c for c in array.named_children if c.type == "type_arguments"), None)
        element = arguments.named_children[0] if arguments is not None and \
            arguments.named_child_count == 1 else None
    else:
        element = array.named_children[0] if array is not None and array.type == "array_type" and \
            array.named_child_count == 1 else None
    return element.child_by_field_name("name") if element is not None and \
        element.type == "generic_type" else element


# the methods of an array that call a callback with each element first
ELEMENT_CALLBACKS = frozenset({"some", "every", "forEach", "map", "filter", "find", "findIndex",
                               "findLast", "findLastIndex", "flatMap"})


def _element_bindings(found: dict) -> Iterator[tuple[Node, Node]]:
    """(name, the array expression) of each name bound to the elements of an array that is a
    name or `this.name`: `for (const x of xs)` and `xs.some(x => ...)` (the callback's first
    parameter, untyped, assigned nowhere in its body)."""
    for node in found.get("bind.loop", ()):
        loop = node.parent
        kind, operator = loop.child_by_field_name("kind"), loop.child_by_field_name("operator")
        iterable = loop.child_by_field_name("right")
        if node.type == "identifier" and kind is not None and kind.type == "const" and \
                operator is not None and operator.type == "of" and _names_an_array(iterable):
            yield node, iterable
    for node in found.get("bind.pattern", ()):
        callback = node.parent if node.type == "identifier" else \
            node.parent.parent if node.type == "required_parameter" and node.parent.named_children[0] == node \
            and node.child_by_field_name("type") is None else None
        name = node.child_by_field_name("pattern") if node.type == "required_parameter" else node
        call = callback.parent.parent if callback is not None and callback.type == "arrow_function" and \
            callback.parent is not None and callback.parent.type == "arguments" and \
            callback.parent.named_children[0] == callback else None
        method = call.child_by_field_name("function") if call is not None else None
        if method is None or method.type != "member_expression" or name is None or name.type != "identifier" or \
                text(method.child_by_field_name("property")) not in ELEMENT_CALLBACKS:
            continue
        iterable, body = method.child_by_field_name("object"), callback.child_by_field_name("body")
        if _names_an_array(iterable) and body is not None and not _assigns(body, name):
            yield name, iterable


def _names_an_array(node: Node | None) -> bool:
    """Whether an expression is a name or `this.name` (what _array_elements looks up)."""
    if node is None:
        return False
    inner = node.child_by_field_name("object") if node.type == "member_expression" else None
    return node.type == "identifier" or inner is not None and inner.type == "this" and \
        node.child_by_field_name("property").type == "property_identifier"


def _assigns(body: Node, name: Node) -> bool:
    """Whether a function body assigns a value to `name` (by its text: `x = ...`, `x += ...`)."""
    assigned = re.compile(rb"(?<![\w$.])" + re.escape(name.text or b"") + rb"\s*[-+*/%&|^?]*=(?![=>])")
    return bool(assigned.search(body.text or b""))


# a property's or parameter's class when it is declared `C | null` (or `C | undefined`, `x?: C`):
# tsc checks a member read from it against `C` however it is read (`x.m`, `x?.m`, `x!.m`; without
# strictNullChecks `C | null` is `C`, with them `x.m` is an error of its own and `m` is still
# checked against `C`); where it is bound it is no instance (`_array_elements`: not followed)
NULLABLE = "?"


def _nullable_type(declaration: Node) -> Node | None:
    """The one class a field declared `C | null`, `C | undefined` (or `C<T> | null`) names;
    None for any other type."""
    annotation = declaration.child_by_field_name("type") if declaration.type in \
        ("public_field_definition", "required_parameter", "optional_parameter") else None
    named = annotation.named_children if annotation is not None else []
    union = named[0].named_children if len(named) == 1 and named[0].type == "union_type" else []
    types = [t for t in union if not (t.type == "literal_type" and text(t) in ("null", "undefined") or
                                      t.type == "predefined_type" and text(t) == "undefined")]
    if len(union) < 2 or len(types) != 1:
        return None
    return types[0].child_by_field_name("name") if types[0].type == "generic_type" else types[0]


def _without_parentheses(node: Node) -> Node:
    """The expression inside parentheses (`(new Cls())` -> `new Cls()`)."""
    while node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    return node


MADE = ("new_expression", "call_expression", "parenthesized_expression")


def _made_class(value: Node | None, at_module: set[int]) -> str | None:
    """The class whose instance `value` makes, as written, where its first name is bound at
    module scope: `new Cls(...)`, `new mod.Cls(...)`; or the function called (`make()`,
    `mod.make()`), whose declared return type the checks read (Definition.returns), awaited
    (`await make()`: AWAITED before it)."""
    if value is not None and value.type == "await_expression" and value.named_child_count == 1:
        made = _made_class(value.named_children[0], at_module)  # what awaiting `make()` gives
        return f"{AWAITED}{made}" if made is not None and not made.startswith(AWAITED) and \
            value.named_children[0].type == "call_expression" else None
    if value is None or value.type not in ("new_expression", "call_expression") or \
            value.type == "call_expression" and value.child_by_field_name("type_arguments") is not None:
        return None
    made = value.child_by_field_name("constructor" if value.type == "new_expression" else "function")
    if made is None or made.start_byte not in at_module:  # where its first name starts
        return None
    chain = [made] if made.type == "identifier" \
        else _member_chain(made) if made.type == "member_expression" else None
    return ".".join(text(n) for n in chain) if chain and chain[0].start_byte in at_module else None


def _annotated_type(node: Node, field: str = "type") -> Node | None:
    """The one type a declaration is annotated with (or a getter's return type); a generic
    one's name (`Param` of `Param<T>`: its instances have the class's members whatever `T`)."""
    annotation = node.child_by_field_name(field)
    named = annotation.named_children if annotation is not None else []
    if len(named) != 1:
        return None
    return named[0].child_by_field_name("name") if named[0].type == "generic_type" else named[0]


def _calls(found: dict, at_module: set[int]) -> list[Call]:
    """Call sites whose callee is, or starts with, a name bound at module scope."""
    calls = []
    for node in found.get("call", ()):
        function = called_function(node)
        chain = [function] if function.type == "identifier" else \
            _member_chain(function) if function.type == "member_expression" else None
        if chain is None or chain[0].start_byte not in at_module:
            continue
        name = ".".join(text(n) for n in chain)
        arguments = node.child_by_field_name("arguments")
        args = [a for a in arguments.named_children if a.type != "comment"]
        spread = any(a.type == "spread_element" for a in args)
        positional = sum(1 for a in args if a.type != "spread_element")
        calls.append(Call(name, site(function), positional, (), spread, False,
                          arguments=_arguments_hash(arguments)))
    return calls
