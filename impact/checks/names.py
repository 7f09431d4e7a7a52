"""Names used but bound nowhere: IMP105."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from impact.breakage import Breakage, breakage_of
from impact.checks.base import Rule
from impact.checks.context import RuleContext
from impact.graph import DECLARATION_FILES, SymbolGraph
from impact.model import FileFacts, Finding, NameRef, Subject

if TYPE_CHECKING:
    from impact.index import RevisionIndex

UNDEFINED_NAME = Rule(
    code="IMP105",
    name="undefined-name",
    severity="error",
    summary="a name used in a module is not bound in its scope (its import or definition was "
            "removed, or new code uses a name it never imported or defined). In JavaScript/"
            "TypeScript a name nothing knows is judged on the lines a change adds, against the "
            "runtime's globals and what the repository declares or configures.",
    why="the line raises NameError / ReferenceError when it runs, often on a fallback or "
        "error path that tests do not reach.",
    example="// the import of createRetryablePrismaClient was removed\n"
            "prisma = createRetryablePrismaClient(rawPrisma)  // IMP105",
    short='a name is used but bound nowhere in its scope',
    use_instead='import or define the name in the module, or correct its spelling.',
    references=("https://docs.astral.sh/ruff/rules/undefined-name/",
                "https://eslint.org/docs/latest/rules/no-undef",),
)
RULES = (UNDEFINED_NAME,)
# packages that declare value globals the `globals` lists do not name (script-tag libraries,
# runtimes, browser-extension and end-to-end-test APIs): with one of them among the
# dependencies, a name nothing in the repository knows may be one of theirs
GLOBAL_DECLARING_PACKAGES = re.compile(
    r"^(@types/)?(jquery|google\.maps|googlemaps|gapi.*|chrome|firefox-webext-browser|"
    r"webextension-polyfill|office-js.*|gtag\.js|grecaptcha|youtube|facebook-js-sdk|bun|"
    r"bun-types|deno|k6|cypress|@cypress/.*|webdriverio|@wdio/.*|nightwatch|protractor|qunit|"
    r"p5|leaflet|d3|underscore|moment|knockout|angular|backbone|handlebars|mapbox-gl|"
    r"wicg-.*|dom-.*|greasemonkey|tampermonkey|react-native|expo|@cloudflare/workers-types|"
    r"@fastly/.*|serviceworker|sharedworker|@playwright/test|detox|appium.*|titanium|"
    r"@types/.*-global|.*-globals?)$")
# those among them whose declarations are global types of a runtime or host API
# (`DurableObjectState`, `chrome.tabs.Tab`, `JQuery`): with one of them among the dependencies,
# a type a module of the repository defines for itself is no sign that another module naming
# it without an import lost that import (tsc finds the global)
TYPE_DECLARING_PACKAGES = re.compile(
    r"^(@types/)?(jquery|google\.maps|gapi.*|chrome|firefox-webext-browser|office-js.*|bun|"
    r"bun-types|deno|@cloudflare/workers-types|@fastly/.*|serviceworker|sharedworker|wicg-.*|"
    r"dom-.*|.*-global)$")
# build, test and lint configuration: a name it mentions may be a define, a provided module
# or a declared global (`define: {__APP_VERSION__: ...}`, `ProvidePlugin({$: 'jquery'})`)
CONFIG_FILE = re.compile(r"(^|/)(\.?[\w-]*\.config\.[cm]?[jt]s|\.eslintrc(\.\w+)?|\.babelrc|"
                         r"[\w-]*rc\.[cm]?js|\.swcrc|package\.json|\.env(\.\w+)?)$")
# the UMD namespaces of well-known type packages (`export as namespace React;` in
# @types/react): a module may name them in a type position without importing them (`icon:
# React.ReactNode`); tsc's TS2686 is for value uses only
UMD_TYPE_NAMESPACES = {"react": "React", "@types/react": "React", "react-dom": "ReactDOM",
                       "@types/react-dom": "ReactDOM", "lodash": "_", "@types/lodash": "_",
                       "three": "THREE", "@types/three": "THREE", "leaflet": "L",
                       "@types/leaflet": "L", "moment": "moment"}
# the types svelte-check declares for every file of its program (svelte2tsx's ambient shims,
# svelte-shims-v4.d.ts: `type Expand<T>`, "@internal PRIVATE API", but global all the same): a
# project checked by svelte-check may name them unimported (melt-ui's `Expand<...>` in
# builders/date-picker/types.ts); tsc alone would not know them, but it does not check the project
SVELTE_CHECK = "svelte-check"
SVELTE_CHECK_SHIM_TYPES = frozenset({
    "Expand", "KeysMatching", "AConstructorTypeOf", "SvelteActionReturnType", "SvelteTransitionConfig",
    "SvelteTransitionReturnType", "SvelteAnimationReturnType", "SvelteWithOptionalProps",
    "SvelteAllProps", "SveltePropsAnyFallback", "SvelteSlotsAnyFallback", "SvelteRestProps",
    "SvelteSlots", "SvelteStore", "ATypedSvelteComponent", "ConstructorOfATypedSvelteComponent"})
# what vitest defines as globals with `globals: true` (the `vitest` group of the globals package)
VITEST_GLOBALS = frozenset({"afterAll", "afterEach", "assert", "assertType", "beforeAll", "beforeEach",
                            "chai", "describe", "expect", "expectTypeOf", "it", "onTestFailed",
                            "onTestFinished", "suite", "test", "vi", "vitest"})
GLOBAL_COMMENT = re.compile(rb"/\*\s*globals?\s([^*]*)\*/")
# MkDocs: the scripts `extra_javascript` adds to every page the theme renders (paths below
# `docs_dir`, `docs` by default), as a list of paths or of `- path: x.js` mappings
MKDOCS_CONFIG = re.compile(r"(^|/)mkdocs\.ya?ml$")
EXTRA_JAVASCRIPT = re.compile(r"^extra_javascript:[ \t]*\n((?:[ \t]+\S.*\n?|[ \t]*\n)*)", re.MULTILINE)
SCRIPT_ENTRY = re.compile(r"^[ \t]*-?[ \t]*(?:path:[ \t]*)?['\"]?([\w./-]+\.m?js)\b", re.MULTILINE)
DOCS_DIR = re.compile(r"^docs_dir:[ \t]*['\"]?([\w./-]+)", re.MULTILINE)
WORD = re.compile(r"[A-Za-z_$][\w$]*")


@dataclass(frozen=True)
class KnownNames:
    """What a revision's JavaScript/TypeScript files say about names a file may use unbound.

    Such a name may be a global impact cannot see (an `@types` package, `lib.dom`, a bundler's
    define, a `/// <reference types>`), so it is judged only when the repository knows it as
    something else: a name some module binds at top level (values) or defines (types, which
    never fail at run time, so a mere import elsewhere is not enough), or a name the file
    itself binds in another scope.
    """

    globals: frozenset[str]  # top-level names of scripts, and what `declare` says exists
    values: frozenset[str]  # names bound at the top level (defined or imported), or declared
    types: frozenset[str]  # names defined at the top level, or declared
    local: dict[str, frozenset[str]]  # path -> the names the file binds in any scope
    # value names files use unbound in both revisions that no script binds in either: globals
    # the repository relies on that impact cannot see (set by a page template, declared by a
    # shared eslint config)
    relied_on: frozenset[str] = frozenset()
    # namespaces the dependencies' types declare as UMD globals: usable in type positions
    type_globals: frozenset[str] = frozenset()
    # names the repository knows only from `declare` (in either revision), where a dependency
    # declares the globals of a runtime or host API: a declaration gone (a generated
    # `worker-configuration.d.ts` regenerated without the runtime's types) may be one of theirs
    declared_only: frozenset[str] = frozenset()
    # names code reads from `window` (FileFacts.page_globals): globals of the page for its
    # scripts; a module (ES or CommonJS) takes its names from imports, a bundler's or the
    # runtime's globals (`window.X` elsewhere does not say a module's `X` is one)
    page_globals: frozenset[str] = frozenset()

    def judges(self, ref: NameRef, facts: FileFacts) -> bool:
        if self.merged_member(ref) or self.provided(ref.name, facts) or ref.name in self.declared_only or \
                not ref.type_only and ref.name in self.relied_on or \
                ref.type_only and ref.name in self.type_globals:
            return False
        if ref.name in self.local.get(facts.path, ()):
            return True
        return ref.name in (self.types if ref.type_only else self.values)

    def provided(self, name: str, facts: FileFacts) -> bool:
        """Whether a global the repository knows provides `name` to the file."""
        return name in self.globals or name in self.page_globals and not _is_module(facts)

    def merged_member(self, ref: NameRef) -> bool:
        """Whether the ref, in the body of a global namespace, names a member another
        declaration of that namespace declares (tsc merges them), or of a namespace it is
        nested in: `namespace monaco.editor {}` sees what any `namespace monaco {}` exports."""
        parts = ref.namespace.split(".") if ref.namespace else []
        return any(".".join([*parts[:length], ref.name]) in self.globals
                   for length in range(len(parts), 0, -1))


def check(context: RuleContext) -> Iterator[Finding]:
    if not context.files_to_check:
        return
    graph = context.graph
    known = known_names(context)
    breakage = breakage_of(graph, context.other_graph)
    index = context.index
    added = (lambda: index.names("builtins_added")) if index is not None else graph.added_builtins
    for facts in context.files_to_check.values():
        if not facts.unbound or facts.path.endswith(DECLARATION_FILES):
            continue  # declaration files describe globals and other packages: not judged
        if _shares_globals(graph, facts) and graph.js.auto_imports(facts.path):
            continue  # the build binds what it uses unbound (Nuxt, unplugin-auto-import)
        for ref in _undefined(graph, facts, known, breakage, added):
            yield _at(facts, ref)


def _at(facts: FileFacts, ref: NameRef) -> Finding:
    if ref.in_comment:  # tsc's checkJs reports it; nothing fails at run time
        message = f"`{ref.name}` is named by a JSDoc type but no longer defined or imported in " \
                  f"this module (tsc with checkJs reports it; nothing fails at run time)"
        return UNDEFINED_NAME.finding(facts.path, ref.site, ref.name, message,
                                      Subject(module=facts.path, name=ref.name), severity="warning")
    if ref.in_string:  # pyright reads the string as a type; only evaluating it fails
        message = f"`{ref.name}` is named by a type written as a string but no longer defined " \
                  f"or imported in this module (pyright reports it; it fails only where the " \
                  f"annotation is evaluated, as by `typing.get_type_hints`)"
        return UNDEFINED_NAME.finding(facts.path, ref.site, ref.name, message,
                                      Subject(module=facts.path, name=ref.name), severity="warning")
    message = f"`{ref.name}` is not defined: nothing in this scope imports or defines it"
    return UNDEFINED_NAME.finding(facts.path, ref.site, ref.name, message,
                                  Subject(module=facts.path, name=ref.name))


def _undefined(graph: SymbolGraph, facts: FileFacts, known: KnownNames, breakage: Breakage,
               added_builtins: Callable[[], frozenset[str]]) -> list[NameRef]:
    if _shares_globals(graph, facts):
        # a JSDoc type is judged only for a name the file itself binds in either revision
        # (a class renamed in place, an import removed): others are documentation habits
        return [ref for ref in facts.unbound if known.judges(ref, facts) and
                (not ref.in_comment or ref.name in known.local.get(facts.path, ())) and
                not _runner_global(graph, facts.path, ref)]
    if facts.binds_globals:
        return []  # names written at run time (protoc's `_builder.Build...(..., globals())`)
    star = graph.star_imported(facts)
    if star is not None and not star.complete:
        return []  # a star import impact cannot see through: any name may come from it
    provided = (star.names if star is not None else frozenset()) | graph.stub_builtins(facts.path)
    undefined = [ref for ref in facts.unbound if ref.name not in provided
                 or star is not None and ref.name in star.names and
                 _stars_bind_nothing(graph, breakage, facts, ref.name)]
    added = added_builtins() if undefined else frozenset()  # `builtins.x = ...` somewhere
    return [ref for ref in undefined if ref.name not in added]


def _stars_bind_nothing(graph: SymbolGraph, breakage: Breakage, facts: FileFacts, name: str) -> bool:
    """Whether every star import that brings `name` takes it from a module that binds it
    through nothing but star imports that no longer bring it (nltk's `corpus/reader/__init__`
    lists `TaggedCorpusReader` in `__all__` and takes it by `from ...tagged import *` of a
    deleted module): pyright binds nothing then ("X" is not defined), and at run time the star
    import raises."""
    bringing = [imp for imp in facts.imports
                if imp.kind == "star" and name in graph.star_names(facts.path, imp).names]
    for imp in bringing:
        target = graph.target(facts.path, imp)
        broken = breakage.broken(target, name) if isinstance(target, str) else None
        if broken is None or not broken.unbound:
            return False
    return bool(bringing)


def known_names(context: RuleContext) -> KnownNames:
    """The globals of the revision, and what it or, in a diff, the other revision knows: a
    binding the change removed makes its leftover uses judged in head."""
    graph = context.graph
    revisions = (context.revision,) if context.other is None else (context.revision, context.other)
    values: set[str] = set()
    types: set[str] = set()
    declared: set[str] = set()  # what `declare` says exists
    bound: set[str] = set()  # what files read from their facts bind without declaring it
    for revision in revisions:
        if revision.index is not None:  # what every file contributes, without loading it
            values.update(revision.index.values)
            types.update(revision.index.types)
            declared.update(revision.index.declared)
            continue
        for facts in _sharing_globals(revision.graph):
            values.update(facts.bindings, facts.ambient_globals)
            types.update(facts.ambient_globals, (d.name for d in facts.definitions))
            declared.update(facts.ambient_globals)
            bound.update(facts.bindings if not facts.ambient_globals else
                         set(facts.bindings).difference(facts.ambient_globals))
    local = {path: frozenset().union(*(_bound_in(r.graph.facts.get(path)) for r in revisions))
             for path, facts in context.files_to_check.items() if _shares_globals(graph, facts)}
    globals_ = global_names(graph, context.index)
    relied_on = frozenset()
    other = context.other
    if other is not None:  # unbound in both, and no script's global in either
        relied_on = used_unbound(graph, context.index) & used_unbound(other.graph, other.index) \
            - globals_ - global_names(other.graph, other.index)
    type_globals = frozenset(UMD_TYPE_NAMESPACES[d] for d in graph.js.dependencies
                             if d in UMD_TYPE_NAMESPACES)
    if SVELTE_CHECK in graph.js.dependencies:
        type_globals |= SVELTE_CHECK_SHIM_TYPES
    declared_only = frozenset()
    runtimes = sorted(filter(TYPE_DECLARING_PACKAGES.match, graph.js.dependencies))
    if runtimes:
        types.clear()  # a type the repository defines may as well be one of the globals
        theirs = _runtime_declarations(graph, runtimes)
        declared_only = frozenset(name for name in declared if name not in bound
                                  and not any(_binds(r.index, name) for r in revisions if r.index)
                                  and (theirs is None or name in theirs))
    return KnownNames(globals_, frozenset(values), frozenset(types), local, relied_on, type_globals,
                      declared_only, page_globals(graph, context.index))


def _runtime_declarations(graph: SymbolGraph, packages: list[str]) -> frozenset[str] | None:
    """The names the runtime types packages declare, when the revision holds each installed
    (in a node_modules directory); None (any name may be theirs) when it does not."""
    found = [graph.js.package_declarations(name) for name in packages]
    return None if any(names is None for names in found) else frozenset().union(*found)


def _binds(index: RevisionIndex, name: str) -> bool:
    """Whether a file of the index's revision binds `name` without declaring it (a `declare
    const` is a binding of its file too; a file that declares a name and binds it as well
    counts as declaring it only)."""
    return index.values.get(name, 0) > index.declared.get(name, 0)


def global_names(graph: SymbolGraph, index: RevisionIndex | None = None) -> frozenset[str]:
    """The names every file may use unbound: the top-level names of scripts (a page's inline
    ones too), and what `declare` says exists. (What else a revision knows is joined with the
    other revision's knowledge before judging, so it judges a file the same way in both.)"""
    if index is not None:  # what every file contributes, without loading it
        return index.names("globals")
    names: set[str] = set()
    for facts in graph.facts.values():
        names.update(facts.ambient_globals)
        if _shares_globals(graph, facts) and not _is_module(facts):
            names.update(facts.bindings)
    return frozenset(names)


def page_globals(graph: SymbolGraph, index: RevisionIndex | None = None) -> frozenset[str]:
    """The names a revision's code reads from `window` (FileFacts.page_globals)."""
    if index is not None:
        return index.names("page_globals")
    return frozenset(name for facts in graph.facts.values() for name in facts.page_globals)


def _is_module(facts: FileFacts) -> bool:
    """Whether a file is an ES or CommonJS module, not a script (whose top-level names a page
    shares)."""
    return facts.esm or facts.commonjs or bool(facts.imports)


def _shares_globals(graph: SymbolGraph, facts: FileFacts) -> bool:
    """Whether a file's language judges unbound names against globals that scripts share."""
    return graph.language_of(facts.path).scripts_share_globals


def _sharing_globals(graph: SymbolGraph) -> Iterator[FileFacts]:
    return (facts for facts in graph.facts.values() if _shares_globals(graph, facts))


def _bound_in(facts: FileFacts | None) -> frozenset[str]:
    """Every name a file binds, in any scope."""
    return frozenset(facts.bindings) | frozenset(facts.inner_bindings) if facts else frozenset()


def unknown_names(context: RuleContext, added: dict[str, set[int]],
                  read: Callable[[list[str]], dict[str, bytes]],
                  renamed: dict[str, str] | None = None) -> list[Finding]:
    """IMP105 for a JavaScript/TypeScript value that new code uses and nothing binds, as
    eslint's `no-undef` sees it: on the lines the change added (`added`: path -> lines), a
    name no scope, module, declaration, runtime global (ECMAScript, browser, Node, workers,
    test runners) or TypeScript library type provides. Type positions are not judged (they
    never fail at run time), nor names the file declares with `/* global x */`, names the
    repository's build, test or lint configuration mentions, or any name at all where a
    dependency declares globals impact cannot list, nor a name the file used unbound before
    the change (for a renamed file, `renamed` names its old path) or that the repository relies
    on as a global it does not bind (`KnownNames.relied_on`: a page global set by a template or
    a shared eslint config, as NodeBB's `app` and `config`), nor anything in a file
    with a syntax error (what tree-sitter recovers around an error may read a keyword as a
    name). (Names the repository knows are judged by `check`, on every line.)"""
    graph = context.graph
    before = context.other.graph.facts if context.other is not None else {}
    candidates = [(facts, ref) for path, lines in sorted(added.items())
                  if (facts := graph.facts.get(path)) is not None and _shares_globals(graph, facts)
                  and not path.endswith(DECLARATION_FILES) and not facts.problems
                  and not graph.js.auto_imports(path)
                  for ref in facts.unbound if ref.site.line in lines and not ref.type_only
                  and ref.name not in _unbound_names(before.get((renamed or {}).get(path, path)))
                  and not _runner_global(graph, path, ref)]
    if not candidates or any(map(GLOBAL_DECLARING_PACKAGES.match, graph.js.dependencies)):
        return []
    themed = _theme_scripts(graph.paths, read)
    candidates = [(facts, ref) for facts, ref in candidates if facts.path not in themed]
    known = known_names(context)
    mentioned = _configuration_words(graph.paths, read)
    sources = read(sorted({facts.path for facts, _ in candidates}))
    declared = {path: _declared_in_comments(source) for path, source in sources.items()}
    findings = []
    for facts, ref in candidates:
        if known.judges(ref, facts) or known.merged_member(ref) or known.provided(ref.name, facts) or \
                ref.name in known.relied_on or ref.name in mentioned or \
                ref.name in declared.get(facts.path, ()):
            continue  # judged by `check` already, or may exist at run time
        message = f"`{ref.name}` is not defined: nothing in this scope, the repository or the " \
                  f"runtime's globals provides it"
        findings.append(UNDEFINED_NAME.finding(facts.path, ref.site, ref.name, message,
                                               Subject(module=facts.path, name=ref.name)))
    return findings


def _runner_global(graph: SymbolGraph, path: str, ref: NameRef) -> bool:
    """A name vitest defines as a global for the file (its config says `globals: true`), also
    where the file imports some of its API by name (which tells only that it may not)."""
    return ref.name in VITEST_GLOBALS and graph.js.runner_globals(path)


def used_unbound(graph: SymbolGraph, index: RevisionIndex | None = None) -> frozenset[str]:
    """The value names a revision's files whose scripts share globals use without binding them."""
    if index is not None:
        return index.names("unbound")
    return frozenset(ref.name for facts in _sharing_globals(graph) for ref in facts.unbound
                     if not ref.type_only)


def _unbound_names(facts: FileFacts | None) -> frozenset[str]:
    return frozenset(ref.name for ref in facts.unbound) if facts is not None else frozenset()


def _configuration_words(paths: Iterable[str], read: Callable[[list[str]], dict[str, bytes]]
                         ) -> frozenset[str]:
    configs = [path for path in paths if CONFIG_FILE.search(path) and "node_modules/" not in path]
    return frozenset(word for source in read(configs).values()
                     for word in WORD.findall(source.decode("utf-8", "replace")))


def _theme_scripts(paths: Iterable[str], read: Callable[[list[str]], dict[str, bytes]]) -> frozenset[str]:
    """The scripts a documentation site's configuration adds to the pages its theme renders
    (MkDocs' `extra_javascript`): they run beside the theme's own scripts, whose globals
    (Material's `document$`, `location$`) impact cannot list."""
    configs = read([path for path in paths if MKDOCS_CONFIG.search(path)])
    found = set()
    for config, data in configs.items():
        text = data.decode("utf-8", "replace")
        listed = EXTRA_JAVASCRIPT.search(text)
        if listed is None:
            continue
        docs = DOCS_DIR.search(text)
        root = posixpath.join(posixpath.dirname(config), docs.group(1) if docs else "docs")
        found.update(posixpath.normpath(posixpath.join(root, entry))
                     for entry in SCRIPT_ENTRY.findall(listed.group(1)))
    return frozenset(found)


def _declared_in_comments(source: bytes) -> frozenset[str]:
    """Names an eslint `/* global a, b:writable */` comment declares."""
    return frozenset(word for body in GLOBAL_COMMENT.findall(source)
                     for word in WORD.findall(body.decode("utf-8", "replace")))
