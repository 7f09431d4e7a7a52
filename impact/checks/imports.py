"""Imports that no longer point at anything: IMP101, IMP102, IMP103."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import replace
from weakref import WeakKeyDictionary

from impact.breakage import (
    GONE,
    NOT_PROVIDED,
    Breakage,
    breakage_of,
    consumer_severity,
    resolving_trys,
)
from impact.checks.base import Rule
from impact.checks.context import RuleContext
from impact.checks.references import resolve_name
from impact.checks.submodules import submodule_loaded
from impact.graph import DECLARATION_FILES, SymbolGraph, relative_asset
from impact.model import Definition, FileFacts, Finding, Import, MemberRef, Site, Subject, merged_namespace
from impact.public_api import is_test_path
from impact.type_only import TypeOnlyAlias, declared_at, imported_type_only

DANGLING_IMPORT = Rule(
    code="IMP101",
    name="dangling-import",
    severity="error",
    summary="an import names a symbol its target module does not provide (it was removed or "
            "renamed, the module re-exports it from where it is gone, or new code imports a "
            "name that was never there); in TypeScript also each value use (`new X()`, `X()`, "
            "`X.y`, a bare read `f(X)`) of a name an alias on its chain provides as a type only "
            "(`export type * from`, `export type { X }`, `import type`: TS1361/TS1362), and each "
            "call or `new` of a name that is a namespace only (TS2349/TS2351), at that use.",
    why="the import fails when the module loads (Python ImportError, an ES module SyntaxError "
        "at link time, undefined from CommonJS), usually taking the whole program down.",
    example="# pkg/util.py no longer defines `slugify`\nfrom pkg.util import slugify  # IMP101",
    short='an import names a symbol its target module does not provide',
    use_instead="import the name from where it lives now (`impact fix` rewrites imports of a moved or"
                " renamed symbol), restore it, or remove the import and its uses.",
    references=("https://docs.python.org/3/reference/simple_stmts.html#the-import-statement",
                "https://github.com/import-js/eslint-plugin-import/blob/main/docs/rules/named.md",),
)
MISSING_MODULE = Rule(
    code="IMP102",
    name="missing-module",
    severity="error",
    summary="an import, require or re-export points to a module that does not exist in that "
            "revision (deleted, moved, a wrong relative path, a case mismatch such as "
            "`./Utils` for `utils.js`).",
    why="loading the importing module fails (ModuleNotFoundError, ERR_MODULE_NOT_FOUND); a "
        "case mismatch works on macOS and breaks on Linux CI and servers.",
    example="// src/controllers/groupChat.js was deleted\n"
            "import { createGroup } from './controllers/groupChat.js'  // IMP102",
    short='an import, require or re-export points to a module that does not exist',
    use_instead="point the import at the module's new path (matching its case exactly), restore "
                "the module, or remove the import.",
    references=("https://github.com/import-js/eslint-plugin-import/blob/main/docs/rules/no-unresolved.md",),
)
DANGLING_ATTRIBUTE = Rule(
    code="IMP103",
    name="dangling-attribute",
    severity="error",
    summary="`mod.name` through a module, namespace or CommonJS import, and the module does "
            "not provide `name`; or, in a diff, `Class.attr` through an imported Python class "
            "that declared `attr` in base and no longer does (nothing else may provide it: a "
            "base class, a metaclass, `__getattr__`, a module setting it); or `pkg.sub` of a "
            "Python package whose submodule `sub` no import loads before that line (not in "
            "an annotation nothing evaluates: under `from __future__ import annotations`); or "
            "`N.f` of an imported TypeScript namespace (or a function, class or enum merged with "
            "one) that declares no `f` (TS2339; also the module's own reads, a script's of a "
            "global namespace merged across scripts, and `N.K` in a type, TS2694), or an enum or "
            "static member removed and read (`E.m`, `Cls.s`), or "
            "`ns.X` of a module that provides `X` as a type only (`export type`); or, in a diff, "
            "`obj.m` / `obj.m()` where `obj` is surely an instance of a class of the repository "
            "(`obj = Cls()`, `new Cls()`, a parameter annotated `obj: Cls`, `Optional[Cls]`, "
            "`Cls | None` or `\"Cls\"`, narrowed by `isinstance(obj, Cls)`, `self`/`this` in the "
            "class's methods; TypeScript: also a property typed `Cls<T>`) that had `m` in base "
            "and may have it by no means in head (every ancestor a class of the repository, none with `__getattr__`, "
            "an index signature, `setattr` of names not written, or an attribute `m` it assigns).",
    why="the attribute access fails when that line runs (AttributeError, `undefined is not a "
        "function`), often on a rarely taken path that tests miss.",
    example="import pkg.util\npkg.util.slugify(title)  # IMP103: pkg.util has no slugify\n"
            "# models.py: the parent_comment_id column left class Comment\n"
            "Comment.parent_comment_id.is_(None)  # IMP103: Comment no longer defines it",
    short='`mod.name` through a module/namespace/CommonJS import, and the module lacks `name`; '
          '`Class.attr` of an imported class that dropped `attr`; `N.f` of an imported TypeScript '
          'namespace that declares no `f`',
    use_instead="use the attribute's new name or module, or restore it in the module or class; "
                "import a submodule before reading it through its package.",
    references=('https://github.com/import-js/eslint-plugin-import/blob/main/docs/rules/namespace.md',),
)
RULES = (DANGLING_IMPORT, MISSING_MODULE, DANGLING_ATTRIBUTE)
MANUAL_MOCKS = "__mocks__"  # the directory of a module's manual mocks (jest, vitest)
# what every object inherits: `require()` of a CommonJS module gives an object (an ES module
# namespace has a null prototype, so `ns.hasOwnProperty` stays undefined)
OBJECT_PROTOTYPE_MEMBERS = frozenset({
    "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
    "toString", "valueOf", "__proto__", "__defineGetter__", "__defineSetter__",
    "__lookupGetter__", "__lookupSetter__"})
UNCHANGED_UNKNOWNS = ("(what else could provide it, `__getattr__` or star imports impact "
                      "cannot read, is unchanged)")


# what tsc says of a declaration file its config exempts (`skipLibCheck`)
UNCHECKED_DECLARATION = ("tsc reports nothing in a declaration file when `skipLibCheck` is set, as "
                         "the governing tsconfig does: what it names becomes `any`")


def check(context: RuleContext) -> Iterator[Finding]:
    graph = context.graph
    breakage = breakage_of(graph, context.other_graph)
    for facts in context.files_to_check.values():
        reads = list(_namespace_reads(graph, facts))  # read by the three namespace rules
        findings = [*_check_imports(graph, breakage, facts), *_check_members(graph, breakage, facts),
                    *_value_uses_of_types(graph, facts), *_namespace_members(graph, facts, reads),
                    *_merged_sides_gone(graph, context.other_graph, facts, reads),
                    *_static_members_gone(graph, context.other_graph, facts, reads),
                    *_destructured_members_gone(graph, context.other_graph, facts)]
        reason = _unchecked_declaration(graph, facts.path) if findings else None
        if reason is not None:
            findings = [replace(f, severity="warning", message=f"{f.message} ({reason})")
                        for f in findings]
        yield from findings


def _unchecked_declaration(graph: SymbolGraph, path: str) -> str | None:
    """Why tsc may report nothing in a declaration file (its findings are warnings then)."""
    if not path.endswith(DECLARATION_FILES):
        return None
    if graph.js.tsconfigs.skips_lib_check(path):
        return UNCHECKED_DECLARATION
    base = graph.js.tsconfigs.lib_check_unknown_from(path)
    return None if base is None else (
        f"its tsconfig extends `{base}`, which impact cannot read: tsc reports nothing in a "
        "declaration file if it sets `skipLibCheck`, as most shared configs do")


def describe_source(imp: Import) -> str:
    return "." * imp.level + imp.source


def _check_imports(graph: SymbolGraph, breakage: Breakage, facts: FileFacts) -> Iterator[Finding]:
    failures = [_failure(graph, breakage, facts, imp) for imp in facts.imports]
    resolving = resolving_trys(facts.imports, [f is not None for f in failures])
    missing_reported: set[tuple[str, int, object]] = set()
    for imp, finding in zip(facts.imports, failures):
        if finding is not None and imp.fallback and imp.fallback[0][0] in resolving:
            finding = _as_fallback(imp, finding)  # another branch of its `try` resolves
        if finding is None:
            continue
        if finding.code == MISSING_MODULE.code:
            key = (imp.source, imp.level, imp.statement or imp.site)
            if key in missing_reported:
                continue
            missing_reported.add(key)
        yield finding


def _as_fallback(imp: Import, finding: Finding) -> Finding | None:
    """A failing import in a `try` another branch of which resolves: a warning when it stands
    in a handler of the one `try` around it (urllib3's `except ImportError: from
    .socketpair_helper import socketpair`, for where `socket` has none): it runs, and fails,
    only where the `try` body's imports do. Nothing in the `try` body (what the handler
    replaces may be missing on purpose: a compiled speedup) or in a `try` that tolerates the
    failure."""
    if len(imp.fallback) != 1:
        return None
    _statement, branch, tolerant = imp.fallback[0]
    if branch == 0 or tolerant:
        return None
    return replace(finding, severity="warning",
                   message=f"{finding.message}; this import is the fallback of a `try` and runs only "
                           f"where the imports of its body fail")


def _failure(graph: SymbolGraph, breakage: Breakage, facts: FileFacts, imp: Import
             ) -> Finding | None:
    """The finding an import gives, if it does not resolve or takes a broken name."""
    if graph.import_is_missing(facts.path, imp):
        return None if _typed_by_pattern(graph, facts, imp) or _erased_unchecked(graph, facts, imp) \
            else _missing_module(graph, facts, imp)
    target = graph.target(facts.path, imp)
    if target is None or _imports_itself(graph, facts, target):
        return None  # external, or run from elsewhere
    if imp.kind not in ("from", "esm", "require") or imp.imported in (None, "*") or imp.mocked or \
            imp.manual_mock and _has_manual_mock(graph, target) or _erased_unchecked(graph, facts, imp):
        return None
    cause = breakage.unavailable_to(facts.path, target, imp.imported)
    if cause is not None:
        return _dangling_import(graph, facts, imp, target, cause)
    broken = breakage.broken(target, imp.imported, checker=imp.type_only)
    if broken is not None:
        return DANGLING_IMPORT.finding(facts.path, imp.site, imp.imported,
                                       broken.describe(imp.imported),
                                       Subject(module=target, name=imp.imported),
                                       severity=consumer_severity(facts, broken))
    return None


def _erased_unchecked(graph: SymbolGraph, facts: FileFacts, imp: Import) -> bool:
    """An import of a test no tool loads: its statement takes types only (Import.erasable), so
    the test runner's compiler drops it, and no tsc project checks the file (kubeflow/pipelines'
    frontend tests, excluded by `**/?*test.*`, importing interfaces from a path that is not
    there; Archon's, a type their module imports without exporting it). Not so for any other
    file: a runtime that strips types (node's) keeps the import."""
    return imp.erasable and is_test_path(facts.path) and graph.js.outside_every_program(facts.path) \
        and graph.js.tsconfigs.drops_type_imports(facts.path)


def _has_manual_mock(graph: SymbolGraph, target: str) -> bool:
    """Whether a module has a manual mock, a file of its name in a `__mocks__` directory beside
    it (kolibri's `composables/__mocks__/useUser.js`, which exports `useUserMock`): a test that
    mocks the module without a factory imports from that file."""
    directory, name = posixpath.split(target)
    prefix = posixpath.join(directory, MANUAL_MOCKS, posixpath.splitext(name)[0] + ".")
    return any(path.startswith(prefix) for path in graph.paths)


def _imports_itself(graph: SymbolGraph, facts: FileFacts, target: str) -> bool:
    """Whether a JavaScript-family file imports itself (`import Middleware from './middleware'`
    in `middleware.js`): a file does so only when it runs from elsewhere, a template a framework
    copies into its build directory (a Nuxt 2 module's `addPlugin({src: .../middleware.js})`,
    whose `./middleware` in `.nuxt/` is the middleware registry Nuxt writes), so what it takes
    is not checked against the file. (In Python, `from . import x` of a package's `__init__.py`
    names the package itself, and is checked.)"""
    return target == facts.path and not graph.language_of(facts.path).dotted_module_names


_MODULE_PATTERNS: WeakKeyDictionary[SymbolGraph, tuple[tuple[str, str], ...]] = WeakKeyDictionary()


def _typed_by_pattern(graph: SymbolGraph, facts: FileFacts, imp: Import) -> bool:
    """Whether a JavaScript-family import that names no file matches the pattern of an ambient
    module the repository declares (`declare module '*/server/index.js';` for a build output
    the code imports, `declare module '*.svg'`): tsc then types it as that module, relative or
    not, and the repository says the file exists where it runs. (Asked only of an import that
    would be reported: it reads every file's facts.) Not a relative import of an asset (`../icons/
    size.svg` under `declare module '*.svg'`): tsc is told what such files hold, and the bundler
    still loads the file from the tree (NextChat ac599aa47c)."""
    if graph.language_of(facts.path).dotted_module_names or relative_asset(imp.source):
        return False
    if graph not in _MODULE_PATTERNS:
        _MODULE_PATTERNS[graph] = tuple(sorted({tuple(pattern.split("*")) for other in graph.facts.values()
                                                for pattern in other.module_patterns}))
    spec = imp.source
    return any(len(spec) >= len(prefix) + len(suffix) and spec.startswith(prefix) and spec.endswith(suffix)
               for prefix, suffix in _MODULE_PATTERNS[graph])


def _missing_module(graph: SymbolGraph, facts: FileFacts, imp: Import) -> Finding:
    source = describe_source(imp)
    if graph.language_of(facts.path).dotted_module_names:
        message = f"module `{source}` does not exist in this revision"
    elif (unmapped := graph.js.unmapped(imp.source, facts.path)) is not None:
        message = f"cannot resolve '{source}': {unmapped} has no entry for it"
    elif (config := graph.js.unmapped_below_key(imp.source, facts.path)) is not None:
        message = f"cannot resolve '{source}' for tsc: the `paths` of {config} map the bundler " \
                  "alias it is below, not what is below it"
    else:
        message = f"cannot resolve '{source}': no such file in this revision"
        near = graph.js.case_mismatch(imp.source, facts.path)
        if near:
            message += f" (`{near}` differs only in case, which fails on case-sensitive file systems)"
    return MISSING_MODULE.finding(facts.path, imp.statement or imp.site, source, message,
                                  Subject(importer=facts.path, statement=imp))


def _dangling_import(graph: SymbolGraph, facts: FileFacts, imp: Import, target: str,
                     cause: str) -> Finding:
    name = imp.imported
    if graph.language_of(facts.path).dotted_module_names:
        module = graph.python.dotted_name(target) if imp.level == 0 else describe_source(imp)
        message = f"`{name}` is imported from `{module}`, which does not define it"
        if cause == GONE:
            message = f"`{name}` is imported from `{module}`, which no longer defines or " \
                      f"imports it {UNCHANGED_UNKNOWNS}"
    elif name == "default":
        message = f"'{imp.source}' ({target}) has no default export"
    else:
        message = f"`{name}` is imported from '{imp.source}' ({target}), which does not export it"
    return DANGLING_IMPORT.finding(facts.path, imp.site, name, message,
                                   Subject(module=target, name=name))


def _check_members(graph: SymbolGraph, breakage: Breakage, facts: FileFacts) -> Iterator[Finding]:
    if not facts.member_refs:
        return
    binders: dict[str, list[Import]] = {}
    for imp in facts.imports:
        if imp.local:
            binders.setdefault(imp.local, []).append(imp)
    # `import a.b` or `from a.b import x` of a missing a.b carries the finding (IMP102);
    # `a.b.f` in the same file is not reported again -- unless the import runs for checkers
    # only (`if TYPE_CHECKING:`), when `a.b.f` is where the program fails
    missing = {imp.source for imp in facts.imports
               if (imp.kind == "module" or imp.kind == "from" and imp.level == 0)
               and not imp.guarded and not imp.type_only
               and graph.import_is_missing(facts.path, imp)}
    # what each local name binds (or its alternatives bind), asked once per name
    modules: dict[tuple[str, tuple[Site, ...]], list[str]] = {}
    verdicts: dict[tuple, list[Finding]] = {}  # the same `a.b.c`: once
    for ref in facts.member_refs:
        key = (ref.local, ref.chain, ref.alternatives)
        if key in verdicts:
            yield from (replace(f, line=ref.site.line, column=ref.site.column) for f in verdicts[key])
            continue
        verdicts[key] = []
        if _inherited_or_mocked(ref, binders.get(ref.local, [])):
            continue
        bound = (ref.local, ref.alternatives)
        if bound not in modules:
            modules[bound] = graph.modules_bound_at(facts, ref, binders.get(ref.local, []))
        # `m.a` where `m` may be any of several modules (alternatives): pyright takes `m` as
        # their union and reports an attribute one of them lacks; the first such is the finding
        for module in modules[bound]:
            verdicts[key] = list(_walk_chain(graph, breakage, facts, ref, module, missing))
            if verdicts[key]:
                break
        yield from verdicts[key]


def _unloaded_submodule(graph: SymbolGraph, facts: FileFacts, ref: MemberRef, depth: int,
                        package: str, submodule: str) -> Finding:
    attr = ref.chain[depth - 1]
    used = f"`{ref.local}.{'.'.join(ref.chain[:depth])}`"
    message = f"{used}: no import of the submodule `{graph.python.dotted_name(submodule)}` runs " \
              f"before this (none in this file, the modules it imports or `{package}`), so " \
              f"`{graph.python.dotted_name(package)}` has no attribute `{attr}` here"
    return DANGLING_ATTRIBUTE.finding(facts.path, ref.site, attr, message,
                                      Subject(module=package, name=attr))


def _attributes_set_here(facts: FileFacts, ref: MemberRef, depth: int) -> bool:
    """Whether the file sets attributes on the module whose attribute `ref` reads at `depth`
    (`setattr(common, "settings", fake)`, a fixture's `monkeypatch.setattr(common, ...)`): the
    name may be bound there without an import of the submodule (ragflow `a9323ca5549c`)."""
    return ".".join((ref.local, *ref.chain[:depth - 1])) in facts.attribute_writes


def _inherited_or_mocked(ref: MemberRef, binders: list[Import]) -> bool:
    """Whether the name's first attribute is no export of the module to look for: the object
    a test's factory mock gives, or a method a required CommonJS module's object inherits."""
    if any(imp.mocked for imp in binders):
        return True
    return bool(binders) and ref.chain[0] in OBJECT_PROTOTYPE_MEMBERS and \
        all(imp.kind == "require" for imp in binders)


def _gone_submodule_bound_to_its_package(graph: SymbolGraph, module: str, attr: str,
                                         read: str | None) -> bool:
    """Whether `pkg.attr.read` reads, through a submodule `attr` the package imports as `from .
    import attr` (in its `__init__`, or in the stub beside it, which checkers read instead) and
    no longer finds, a name the package itself lacks: pyright binds `attr` to the package then
    and reports the read. At run time a lazy package (librosa's `lazy.attach_stub`) fails at
    the read, as `import pkg` runs nothing of the stub; a plain one at `import pkg`, whose
    `__init__` raises. (A name re-exported from a module that lost it, `from .sub import x`,
    is bound, as an unknown, to pyright: the package's import is reported, not its uses.)"""
    stub = graph.python.stub_over(module)
    checked = stub if stub is not None and stub in graph.facts else module
    if read is None or checked not in graph.facts or graph.provides(checked, read):
        return False
    itself = {checked, module}
    return any(
        imp.kind == "from" and imp.local == attr and imp.imported == attr
        and graph.target(checked, imp) in itself for imp in graph.facts[checked].imports)


def _walk_chain(graph: SymbolGraph, breakage: Breakage, facts: FileFacts, ref: MemberRef, module: str,
                missing: set[str]) -> Iterator[Finding]:
    """The finding of `a.b.c`: a name the chain reaches that is missing (or gone), else a
    submodule on the way that nothing imports (impact/checks/submodules.py)."""
    language = graph.language_of(facts.path)
    unloaded: Finding | None = None
    # `a.b.c` may reach submodules on the way, or (JavaScript) a module `a` exports as `b`
    # (`export * as b from`, `export import b = require`): each module's attribute is judged
    chain = ref.chain
    for depth, attr in enumerate(chain, 1):
        submodule = graph.python.submodule(module, attr) if language.submodules_are_attributes \
            else None
        if submodule is not None and graph.rebinds_submodule(module, attr, submodule):
            break  # `pkg.session` is what `pkg/__init__.py` bound to that name, not the module
        if submodule is not None:
            if unloaded is None and not ref.unevaluated and \
                    not submodule_loaded(graph, facts, module, submodule) and \
                    not _attributes_set_here(facts, ref, depth):
                unloaded = _unloaded_submodule(graph, facts, ref, depth, module, submodule)
            module = submodule
            continue
        if ".".join((ref.local, *chain[:depth])) in missing:
            return
        if ".".join((ref.local, *chain[:depth])) in facts.attributes_set:
            return  # the file sets it (a test's `monkeypatch.setattr(module, "name", fake)`)
        used = f"`{ref.local}.{'.'.join(chain[:depth])}`"
        name = graph.module_name(module, language)
        cause = breakage.unavailable(module, attr, facts.path)
        # `pkg.X` of a name `pkg` re-exports from where it is gone: judged in Python only when
        # no layer binds the name (stars all the way), as pyright judges it
        broken = breakage.broken(module, attr) if cause is None else None
        if broken is not None and language.import_failure_breaks_importers and \
                not broken.unbound and not _gone_submodule_bound_to_its_package(
                    graph, module, attr, chain[depth] if depth < len(chain) else None):
            broken = None  # `import pkg` fails first, and the name is bound (pyright agrees)
        if cause == NOT_PROVIDED:
            message = f"{used}: module `{name}` has no attribute `{attr}`"
        elif cause == GONE:
            message = f"{used}: module `{name}` no longer defines or imports `{attr}` " \
                      f"{UNCHANGED_UNKNOWNS}"
        elif broken is not None:
            message = f"{used}: {broken.describe(attr)}"
        else:
            bound = graph.module_attribute(module, attr) if language.submodules_are_attributes \
                else graph.namespace_export(module, attr)
            if bound is None:
                break
            module = bound  # `nx.community`: a module networkx binds through its imports
            continue
        yield DANGLING_ATTRIBUTE.finding(facts.path, ref.site, attr, message,
                                         Subject(module=module, name=attr),
                                         severity=consumer_severity(facts, broken) if broken else None)
        return
    if unloaded is not None:
        yield unloaded


def _value_uses_of_types(graph: SymbolGraph, facts: FileFacts) -> Iterator[Finding]:
    """Each value use (`new X()`, `X()`, `X.y`, `ns.X`, a bare read: `const x = X`, `f(X)`) of
    an imported name whose alias chain provides it as a type only (impact/type_only.py), where
    the checker rejects it (TS1361, TS1362; TS2339 through a namespace import): IMP101 for a
    name the import takes, IMP103 for `ns.X`. A use only the checker reads (`typeof X.y` in a
    type) is fine, and so is `export { X }` or `export default X` (a type exported)."""
    language = graph.language_of(facts.path)
    if language is None or not language.checked_against_declarations or \
            facts.path.endswith(DECLARATION_FILES) or \
            not (facts.calls or facts.member_refs or facts.value_reads):
        return
    binders: dict[str, list[Import]] = {}
    for imp in facts.imports:
        if imp.local and imp.kind != "reexport":
            binders.setdefault(imp.local, []).append(imp)
    if not any(imp.kind in ("esm", "namespace") for found in binders.values() for imp in found):
        return
    sites = {call.site: (call.callee, ()) for call in facts.calls if call.callee in binders}
    sites.update({ref.site: (ref.local, ref.chain) for ref in facts.member_refs
                  if not ref.unevaluated and ref.local in binders})
    sites.update({read.site: (read.name, ()) for read in facts.value_reads if read.name in binders})
    judged: dict[tuple[str, str | None], TypeOnlyAlias | None] = {}  # the same for every site
    for site, (local, chain) in sorted(sites.items(), key=lambda item: (item[0].line, item[0].column)):
        found = binders.get(local, [])
        imp = found[0] if len(found) == 1 else None
        if imp is None or imp.mocked or imp.kind not in ("esm", "namespace"):
            continue
        name = imp.imported if imp.kind == "esm" else chain[0] if chain else None
        if name in (None, "*"):
            continue
        if (local, name) not in judged:
            judged[(local, name)] = None if graph.import_is_missing(facts.path, imp) else \
                imported_type_only(graph, facts.path, imp, name)
        alias = judged[(local, name)]
        if alias is None:
            continue
        if imp.kind == "esm":
            yield _type_used_as_value(DANGLING_IMPORT, facts, site, local, alias)
        else:
            yield _type_used_as_value(DANGLING_ATTRIBUTE, facts, site, f"{local}.{name}", alias)


def _type_used_as_value(rule: Rule, facts: FileFacts, site: Site, used: str,
                        alias: TypeOnlyAlias) -> Finding:
    where = "this file" if alias.module == facts.path else alias.module
    message = f"`{used}` cannot be used as a value: {where} provides `{alias.name}` as a type " \
              f"only (`{alias.form}` at line {alias.site.line}), so the name has no value here"
    # no name in the subject: the name is still provided (as a type), so no removal caused it
    return rule.finding(facts.path, site, used.rpartition(".")[2], message, Subject(module=alias.module))


def _namespace_members(graph: SymbolGraph, facts: FileFacts, reads: list[Read]) -> Iterator[Finding]:
    """`N.f` where `N` is imported by name and its chain ends at a namespace of the repository
    declared once, or merged with one function, class or enum (no `declare module` of the
    repository augments its module), that has no member `f` (Definition.namespace_members;
    what every object, or every function, has besides): TS2339, IMP103. `reads`: the
    file's _namespace_reads."""
    for ref, where, definition in reads:
        depth = _missing_member(definition, ref.chain)
        if depth is None or where[0] in augmented_modules(graph):
            continue
        if depth:  # a member of a namespace nested in it: `N.Inner.f`
            namespace = ".".join((where[1], *ref.chain[:depth]))
            yield DANGLING_ATTRIBUTE.finding(
                facts.path, ref.site, ref.chain[depth],
                f"`{'.'.join((ref.local, *ref.chain[:depth + 1]))}`: namespace `{namespace}` ({where[0]}) "
                f"has no member `{ref.chain[depth]}` (its body neither exports nor, in a declaration, "
                "declares it)", Subject(module=where[0]))
            continue
        message = f"`{ref.local}.{ref.chain[0]}`: namespace `{where[1]}` ({where[0]}) has no member " \
                  f"`{ref.chain[0]}` (its body neither exports nor, in a declaration, declares it)"
        if definition.kind != "variable":
            message = f"`{ref.local}.{ref.chain[0]}`: `{where[1]}` ({where[0]}) has no member " \
                      f"`{ref.chain[0]}` (neither its {_side(definition)} nor the namespace merged " \
                      f"with it declares it)"
        yield DANGLING_ATTRIBUTE.finding(facts.path, ref.site, ref.chain[0], message,
                                         Subject(module=where[0]))


def _missing_member(definition: Definition, chain: tuple[str, ...]) -> int | None:
    """How many attributes of `chain` a namespace (and the namespaces nested in it) has before
    the first it lacks; None when it has them all or its members are not known."""
    members = definition.namespace_members
    if members is None or chain[0] in _intrinsic(definition):
        return None
    if chain[0] not in members:
        return 0
    nested = dict(definition.nested_namespaces)
    for depth in range(1, len(chain)):
        path = ".".join(chain[:depth])
        if path not in nested or chain[depth] in OBJECT_PROTOTYPE_MEMBERS:
            return None
        if chain[depth] not in nested[path]:
            return depth
    return None


# what tsc finds on any object (a namespace, an enum), and besides on a function or a class
FUNCTION_MEMBERS = frozenset({"name", "length", "prototype", "call", "apply", "bind", "caller",
                              "arguments"})


def _intrinsic(definition: Definition) -> frozenset[str]:
    if definition.kind in ("function", "class"):
        return OBJECT_PROTOTYPE_MEMBERS | FUNCTION_MEMBERS
    return OBJECT_PROTOTYPE_MEMBERS


def _side(definition: Definition) -> str:
    return {"function": "function", "class": "class's static members"}.get(definition.kind,
                                                                          "enum's members")


Read = tuple[MemberRef, tuple[str, str], Definition]


def _namespace_reads(graph: SymbolGraph, facts: FileFacts) -> Iterator[Read]:
    """`N.f` where `N` is a namespace the file declares (a script's: a global namespace, every
    script's declarations merged), or is imported by name (or as the
    default export) and its chain ends at a declaration of the repository, and `m.N.f` where
    `m` is a module imported whole (`import * as m`) that exports such an `N` (given as the
    reference `m.N` reading `f`): the reference, (module, local name) of the declaration, and
    its definition. (Whether a `declare module` augments that module is asked last, of a read
    that would be reported: it reads every file's facts.)"""
    language = graph.language_of(facts.path)
    if language is None or not language.checked_against_declarations:
        return
    for ref in facts.namespace_reads:  # of a namespace the file declares
        definition = graph.definition(facts.path, ref.local) if not facts.script else \
            _global_namespace(graph, ref.local)
        if definition is not None:
            yield ref, (facts.path, ref.local), definition
    binders = _sole_binders(facts)
    declared: dict[tuple[str, str], tuple[tuple[str, str], Definition] | None] = {}  # the same per name
    for ref in facts.member_refs:
        imp = binders.get(ref.local)
        if imp is None or imp.mocked:
            continue
        whole = imp.kind == "namespace" and len(ref.chain) > 1
        if not whole and (imp.kind != "esm" or imp.imported in (None, "*")):
            continue
        name = ref.chain[0] if whole else imp.imported
        if (ref.local, name) not in declared:
            declared[(ref.local, name)] = _declaration_imported(graph, facts, imp, name)
        if declared[(ref.local, name)] is not None:
            where, definition = declared[(ref.local, name)]
            yield (replace(ref, local=f"{ref.local}.{name}", chain=ref.chain[1:]) if whole else ref,
                   where, definition)


_GLOBAL_NAMESPACES: WeakKeyDictionary[SymbolGraph, dict[str, Definition | None]] = WeakKeyDictionary()


def _global_namespace(graph: SymbolGraph, name: str) -> Definition | None:
    """The global namespace `name` that scripts declare (`namespace G { }` at the top of each),
    their declarations merged (model.merged_namespace). None when a file gives the global
    otherwise (a function, a variable, a `declare global` of a module, a declaration file's).
    Asked of a script's reads only: it reads every file's facts."""
    known = _GLOBAL_NAMESPACES.setdefault(graph, {})
    if name not in known:
        declarations = [graph.definition(facts.path, name) if name not in facts.ambient_globals else None
                        for facts in graph.facts.values()
                        if graph.language_of(facts.path).scripts_share_globals and
                        (name in facts.ambient_globals or facts.script and name in facts.bindings)]
        namespaces = [d for d in declarations if d is not None and d.kind == "variable" and
                      d.namespace_members is not None]
        known[name] = merged_namespace(namespaces) if namespaces and len(namespaces) == len(declarations) \
            else None
    return known[name]


def _declaration_imported(graph: SymbolGraph, facts: FileFacts, imp: Import, name: str
                          ) -> tuple[tuple[str, str], Definition] | None:
    """Where the repository declares `name` of the module `imp` takes it from, and how."""
    target = graph.target(facts.path, imp)
    where = declared_at(graph, target, name) if target is not None else None
    definition = graph.definition(*where) if where is not None else None
    return (where, definition) if definition is not None else None


def _sole_binders(facts: FileFacts) -> dict[str, Import]:
    """Each local name exactly one import binds (not a re-export), and that import."""
    found: dict[str, list[Import]] = {}
    for imp in facts.imports:
        if imp.local is not None and imp.kind != "reexport":
            found.setdefault(imp.local, []).append(imp)
    return {local: imports[0] for local, imports in found.items() if len(imports) == 1}


def _sole_binder(facts: FileFacts, local: str) -> Import | None:
    """The one import that binds `local` (not a re-export), None when not exactly one."""
    found = [imp for imp in facts.imports if imp.local == local and imp.kind != "reexport"]
    return found[0] if len(found) == 1 else None


def _merged_sides_gone(graph: SymbolGraph, other: SymbolGraph | None, facts: FileFacts,
                       reads: list[Read]) -> Iterator[Finding]:
    """Uses a side of a merged declaration served, once that side is gone: `N.f` where base
    merged a namespace declaring `f` with the function, class or enum that head declares
    alone, and that does not have `f` (TS2339, IMP103); `N()` or `new N()` where head declares
    only the namespace (TS2349, TS2351: not callable, not constructable; IMP101). `reads`:
    the file's _namespace_reads."""
    for ref, where, definition in reads if other is not None else ():
        before = other.definition(*where)
        own = definition.static_members
        if before is None or before.kind != definition.kind or definition.namespace_members is not None \
                or before.namespace_members is None or own is None or ref.chain[0] in own or \
                ref.chain[0] not in before.namespace_members or ref.chain[0] in _intrinsic(definition) \
                or where[0] in augmented_modules(graph):
            continue
        message = f"`{ref.local}.{ref.chain[0]}`: `{where[1]}` ({where[0]}) is no longer merged " \
                  f"with a namespace declaring `{ref.chain[0]}`, and its {_side(definition)} " \
                  "do not have it"
        yield DANGLING_ATTRIBUTE.finding(facts.path, ref.site, ref.chain[0], message,
                                         Subject(module=where[0]))
    yield from _namespaces_called(graph, facts)


def _static_members_gone(graph: SymbolGraph, other: SymbolGraph | None, facts: FileFacts,
                         reads: list[Read]) -> Iterator[Finding]:
    """`E.A` where `E` is imported by name and its chain ends at an enum, or a class extending
    nothing, declared once and merged with no namespace on both sides, whose members
    (Definition.static_members) had `A` in base and do not in head: TS2339, IMP103. `reads`:
    the file's _namespace_reads."""
    for ref, where, definition in reads if other is not None else ():
        before, member = other.definition(*where), ref.chain[0]
        if before is None or not _closed_members(before) or not _closed_members(definition) or \
                before.kind != definition.kind or member not in before.static_members or \
                member in definition.static_members or member in _intrinsic(definition) or \
                where[0] in augmented_modules(graph):
            continue
        what = "enum" if definition.kind == "type" else "class"
        side = "members" if definition.kind == "type" else "static members"
        message = f"`{ref.local}.{member}`: {what} `{where[1]}` ({where[0]}) no longer has " \
                  f"`{member}` among its {side}"
        yield DANGLING_ATTRIBUTE.finding(facts.path, ref.site, member, message,
                                         Subject(module=where[0]))


def _destructured_members_gone(graph: SymbolGraph, other: SymbolGraph | None,
                               facts: FileFacts) -> Iterator[Finding]:
    """`({ a }: Props) =>` (or `const { a }: Props = x`) where `Props` is an interface extending
    nothing or a type alias of an object type (Definition.object_members), declared in the file
    or imported by name, whose members had `a` in base and do not in head, and whose module no
    `declare module` augments: tsc's TS2339, "Property 'a' does not exist on type 'Props'"."""
    language = graph.language_of(facts.path)
    if other is None or language is None or not language.checked_against_declarations:
        return
    for ref in facts.typed_destructurings:
        where = _type_declared_at(graph, facts, ref.local)
        definition = graph.definition(*where) if where is not None else None
        before = other.definition(*where) if where is not None else None
        member = ref.chain[0]
        now = object_type_members(graph, where[0], definition) if definition is not None else None
        then = object_type_members(other, where[0], before) if before is not None else None
        if now is None or then is None or member not in then or member in now:
            continue
        message = f"`{member}` is destructured from a value of type `{ref.local}`, whose " \
                  f"declaration `{where[1]}` ({where[0]}) no longer has `{member}`"
        yield DANGLING_ATTRIBUTE.finding(facts.path, ref.site, member, message,
                                         Subject(module=where[0], name=where[1]))


def _type_declared_at(graph: SymbolGraph, facts: FileFacts, local: str) -> tuple[str, str] | None:
    """(module, name) of the declaration a type name of the file reaches: its own declaration,
    or through the one import by name that binds it."""
    if any(d.name == local for d in facts.definitions):
        return facts.path, local
    imp = _sole_binder(facts, local)
    if imp is None or imp.kind != "esm" or imp.imported in (None, "*", "default") or imp.mocked:
        return None
    target = graph.target(facts.path, imp)
    return declared_at(graph, target, imp.imported) if target is not None else None


def _closed_members(definition: Definition) -> bool:
    """Whether tsc knows every member of the value: an enum (a type with members) declared once
    (a name declared again has no body hash), or a class whose static members impact reads;
    neither merged with a namespace."""
    return definition.static_members is not None and definition.namespace_members is None and \
        (definition.kind == "class" or definition.kind == "type" and bool(definition.body))


def _namespaces_called(graph: SymbolGraph, facts: FileFacts) -> Iterator[Finding]:
    """`N()` or `new N()` where `N` is imported by name and its chain ends at a namespace that
    is merged with no function or class (nor of types only: no value, a global may be `N`):
    TS2349, TS2351."""
    language = graph.language_of(facts.path)
    if language is None or not language.checked_against_declarations:
        return
    binders = _sole_binders(facts)
    declared: dict[str, tuple[tuple[str, str], Definition] | None] = {}  # the same per callee
    for call in facts.calls:
        imp = binders.get(call.callee) if "." not in call.callee else None
        if imp is None or imp.kind != "esm" or imp.imported in (None, "*", "default") or imp.mocked:
            continue
        if call.callee not in declared:
            declared[call.callee] = _declaration_imported(graph, facts, imp, imp.imported)
        if declared[call.callee] is None:
            continue
        where, definition = declared[call.callee]
        if definition.kind != "variable" or definition.namespace_members is None \
                or definition.types_only or where[0] in augmented_modules(graph):
            continue
        message = f"`{call.callee}`: `{where[1]}` ({where[0]}) is a namespace, merged with no " \
                  "function or class: it cannot be called or constructed"
        yield DANGLING_IMPORT.finding(facts.path, call.site, call.callee, message,
                                      Subject(module=where[0]))


_AUGMENTED: WeakKeyDictionary[SymbolGraph, frozenset[str]] = WeakKeyDictionary()


def object_type_members(graph: SymbolGraph, module: str, definition: Definition) -> frozenset[str] | None:
    """The members of an interface (or an object type alias) with those of the interfaces it
    extends (Definition.object_members of each, Definition.bases; those of the library's
    interfaces of LIBRARY_INTERFACE_MEMBERS, _library_interface); None when one of them is no
    interface of the repository whose members are known, or a `declare module` augments its
    module."""
    names: set[str] = set()
    pending, seen = [(module, definition)], set()
    while pending:
        owner, ancestor = pending.pop()
        if ancestor.kind != "type" or ancestor.object_members is None or owner in augmented_modules(graph):
            return None
        names.update(ancestor.object_members)
        facts = graph.facts.get(owner)
        for written in ancestor.bases:
            where = resolve_name(graph, facts, written) if facts is not None else None
            base = graph.definition(*where) if where is not None else None
            library = _library_interface(graph, facts, written) if base is None else None
            if library is not None:
                names.update(library)
                continue
            if base is None:
                return None
            if where not in seen:
                seen.add(where)
                pending.append((where[0], base))
    return frozenset(names)


# the names of the members of interfaces of TypeScript's library, in any of its `lib` files
# (es5 to esnext; 5.9): their members keyed by a symbol or by a number (`[n: number]: T`) left
# out, as no property access names them
LIBRARY_INTERFACE_MEMBERS: dict[str, frozenset[str]] = {
    "Iterable": frozenset(), "AsyncIterable": frozenset(), "ArrayLike": frozenset({"length"}),
    "ReadonlyArray": frozenset({
        "at", "concat", "entries", "every", "filter", "find", "findIndex", "findLast", "findLastIndex",
        "flat", "flatMap", "forEach", "includes", "indexOf", "join", "keys", "lastIndexOf", "length", "map",
        "reduce", "reduceRight", "slice", "some", "toLocaleString", "toReversed", "toSorted", "toSpliced",
        "toString", "values", "with"}),
    "ReadonlyMap": frozenset({"entries", "forEach", "get", "has", "keys", "size", "values"}),
    "ReadonlySet": frozenset({"difference", "entries", "forEach", "has", "intersection", "isDisjointFrom",
                              "isSubsetOf", "isSupersetOf", "keys", "size", "symmetricDifference", "union",
                              "values"}),
}
LIBRARY_INTERFACE_MEMBERS |= {
    "Array": LIBRARY_INTERFACE_MEMBERS["ReadonlyArray"] | {
        "copyWithin", "fill", "pop", "push", "reverse", "shift", "sort", "splice", "unshift"},
    "Map": LIBRARY_INTERFACE_MEMBERS["ReadonlyMap"] | {"clear", "delete", "set"},
    "Set": LIBRARY_INTERFACE_MEMBERS["ReadonlySet"] | {"add", "clear", "delete"},
}
_GLOBALLY_DECLARED: WeakKeyDictionary[SymbolGraph, frozenset[str]] = WeakKeyDictionary()


def _library_interface(graph: SymbolGraph, facts: FileFacts | None, written: str) -> frozenset[str] | None:
    """The members of a library interface an interface extends as written (`Array<Row>`), when
    the module neither imports nor declares the name and no file of the repository declares it
    globally (`declare global { interface Array<T> { ... } }`, a script's `interface Array<T>`:
    an augmentation adding members)."""
    members = LIBRARY_INTERFACE_MEMBERS.get(written)
    if members is None or facts is None or any(imp.local == written for imp in facts.imports) or \
            any(d.name == written for d in facts.definitions):
        return None
    if graph not in _GLOBALLY_DECLARED:
        _GLOBALLY_DECLARED[graph] = frozenset(
            name for other in graph.facts.values() for name in (
                *other.ambient_globals, *(d.name for d in other.definitions if other.script)))
    return None if written in _GLOBALLY_DECLARED[graph] else members


def augmented_modules(graph: SymbolGraph) -> frozenset[str]:
    """The modules of the repository that a `declare module '...'` of one of its files augments
    (which may add members to a namespace of theirs)."""
    if graph not in _AUGMENTED:
        _AUGMENTED[graph] = frozenset(
            target for facts in graph.facts.values() for spec in facts.augmented
            if (target := graph.resolve_spec(facts.path, spec)) is not None)
    return _AUGMENTED[graph]
