"""Imports that no longer point at anything: IMP101, IMP102, IMP103."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from impact.checks.base import Rule
from impact.graph import SymbolGraph
from impact.model import PYTHON, FileFacts, Finding, Import, MemberRef, Subject
from impact.resolve.javascript import External

DANGLING_IMPORT = Rule(
    code="IMP101",
    name="dangling-import",
    severity="error",
    summary="an import names a symbol its target module does not provide (it was removed or "
            "renamed, or new code imports a name that was never there).",
    why="the import fails when the module loads (Python ImportError, an ES module SyntaxError "
        "at link time, undefined from CommonJS), usually taking the whole program down.",
    example="# pkg/util.py no longer defines `slugify`\nfrom pkg.util import slugify  # IMP101",
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
)
DANGLING_ATTRIBUTE = Rule(
    code="IMP103",
    name="dangling-attribute",
    severity="error",
    summary="`mod.name` through a module, namespace or CommonJS import, and the module does "
            "not provide `name`.",
    why="the attribute access fails when that line runs (AttributeError, `undefined is not a "
        "function`), often on a rarely taken path that tests miss.",
    example="import pkg.util\npkg.util.slugify(title)  # IMP103: pkg.util has no slugify",
)
RULES = (DANGLING_IMPORT, MISSING_MODULE, DANGLING_ATTRIBUTE)


def check(graph: SymbolGraph) -> Iterator[Finding]:
    for facts in graph.checked.values():
        yield from _check_imports(graph, facts)
        yield from _check_members(graph, facts)


def describe_source(imp: Import) -> str:
    return "." * imp.level + imp.source


def _check_imports(graph: SymbolGraph, facts: FileFacts) -> Iterator[Finding]:
    failures = [_failure(graph, facts, imp) for imp in facts.imports]
    resolving = _resolving_trys(facts.imports, [f is not None for f in failures])
    missing_reported: set[tuple[str, int, int]] = set()
    for imp, finding in zip(facts.imports, failures):
        if finding is None or imp.fallback and imp.fallback[0][0] in resolving:
            continue  # fine, or a fallback import with a branch that resolves
        if finding.code == MISSING_MODULE.code:
            key = (imp.source, imp.level, imp.site.line)
            if key in missing_reported:
                continue
            missing_reported.add(key)
        yield finding


def _failure(graph: SymbolGraph, facts: FileFacts, imp: Import) -> Finding | None:
    """The finding an import gives on its own, if it does not resolve."""
    target = graph.target(facts.path, imp)
    if isinstance(target, External):
        return None
    if target is None:
        return _missing_module(graph, facts, imp)
    if imp.kind in ("from", "esm", "require") and imp.imported not in (None, "*") \
            and not graph.provides(target, imp.imported):
        return _dangling_import(graph, facts, imp, target)
    return None


def _resolving_trys(imports: tuple[Import, ...], failed: list[bool]) -> set[int]:
    """The `try` statements around Python imports (see Import.fallback) that resolve: those
    that tolerate a failure, and those with a branch whose imports and inner `try`s all
    resolve (a branch without imports resolves: the try body may import nothing)."""
    tolerant: dict[int, bool] = {}
    depths: dict[int, int] = {}
    branches: dict[int, set[int]] = defaultdict(lambda: {0})
    branch_fails: set[tuple[int, int]] = set()
    inner: dict[tuple[int, int], set[int]] = defaultdict(set)
    for imp, bad in zip(imports, failed):
        for depth, (statement, branch, tolerates) in enumerate(imp.fallback):
            tolerant[statement] = tolerates
            depths[statement] = depth
            branches[statement].add(branch)
            if depth + 1 < len(imp.fallback):
                inner[(statement, branch)].add(imp.fallback[depth + 1][0])
            elif bad:
                branch_fails.add((statement, branch))
    resolves: dict[int, bool] = {}
    for statement in sorted(tolerant, key=depths.__getitem__, reverse=True):  # inner ones first
        resolves[statement] = tolerant[statement] or any(
            (statement, branch) not in branch_fails and
            all(resolves[i] for i in inner[(statement, branch)])
            for branch in branches[statement])
    return {statement for statement, ok in resolves.items() if ok}


def _missing_module(graph: SymbolGraph, facts: FileFacts, imp: Import) -> Finding:
    source = describe_source(imp)
    if facts.language == PYTHON:
        message = f"module `{source}` does not exist in this revision"
    else:
        message = f"cannot resolve '{source}': no such file in this revision"
        near = graph.js.case_mismatch(imp.source, facts.path)
        if near:
            message += f" (`{near}` differs only in case, which fails on case-sensitive file systems)"
    return MISSING_MODULE.finding(facts.path, imp.site, source, message,
                                  Subject(importer=facts.path, statement=imp))


def _dangling_import(graph: SymbolGraph, facts: FileFacts, imp: Import, target: str) -> Finding:
    name = imp.imported
    if facts.language == PYTHON:
        module = graph.python.dotted_name(target) if imp.level == 0 else describe_source(imp)
        message = f"`{name}` is imported from `{module}`, which does not define it"
    elif name == "default":
        message = f"'{imp.source}' ({target}) has no default export"
    else:
        message = f"`{name}` is imported from '{imp.source}' ({target}), which does not export it"
    return DANGLING_IMPORT.finding(facts.path, imp.site, name, message,
                                   Subject(module=target, name=name))


def _check_members(graph: SymbolGraph, facts: FileFacts) -> Iterator[Finding]:
    if not facts.member_refs:
        return
    binders: dict[str, list[Import]] = {}
    for imp in facts.imports:
        if imp.local:
            binders.setdefault(imp.local, []).append(imp)
    # `import a.b` of a missing a.b carries the finding (IMP102); `a.b.f` is not reported again
    missing = {imp.source for imp in facts.imports if imp.kind == "module" and not imp.guarded
               and graph.target(facts.path, imp) is None}
    for ref in facts.member_refs:
        module = graph.module_bound_by_all(facts, binders.get(ref.local, []))
        if module is not None:
            yield from _walk_chain(graph, facts, ref, module, missing)


def _walk_chain(graph: SymbolGraph, facts: FileFacts, ref: MemberRef, module: str,
                missing: set[str]) -> Iterator[Finding]:
    chain = ref.chain if facts.language == PYTHON else ref.chain[:1]
    for depth, attr in enumerate(chain, 1):
        submodule = graph.python.submodule(module, attr) if facts.language == PYTHON else None
        if submodule is not None:
            module = submodule
            continue
        if ".".join((ref.local, *chain[:depth])) in missing:
            return
        if not graph.provides(module, attr):
            name = graph.python.dotted_name(module) if facts.language == PYTHON else module
            message = f"`{ref.local}.{'.'.join(ref.chain[:ref.chain.index(attr) + 1])}`: " \
                      f"module `{name}` has no attribute `{attr}`"
            yield DANGLING_ATTRIBUTE.finding(facts.path, ref.site, attr, message,
                                             Subject(module=module, name=attr))
        return
