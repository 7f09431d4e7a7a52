"""The languages impact reads, each described once, and the registry of them.

A `Language` says everything the rest of impact needs to know about a language: which
files are its own, how to read them into facts, how its suppression comments are written,
which resolver finds the modules its imports name, and each language-specific decision the
graph, the checks and `fix` make, under a name that says what it means. Code outside
`lang/` and `resolve/` asks the Language of a file (`language_of`, `SymbolGraph.language_of`)
instead of comparing language names. CONTRIBUTING.md walks through adding one.

The extractor of a language (`lang/<name>.py`) is imported on first use: the registry is
cheap to import.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import cache, lru_cache
from importlib import import_module
from typing import TYPE_CHECKING

from impact.lang import components
from impact.lang.directives import HASH_COMMENT, SLASH_COMMENT, DirectiveForm
from impact.model import COMPONENTS, JAVASCRIPT, PAGES, PYTHON, TYPESCRIPT, Parameter
from impact.resolve.javascript import JsResolver, is_config_file
from impact.resolve.python import PythonResolver
from impact.resolve.python import is_config_file as is_python_config_file

if TYPE_CHECKING:
    from impact.model import FileFacts


class PublicApi(Enum):
    """Which names of a module other code may rely on, when no `public = [...]` is configured."""

    PUBLIC_PACKAGES = "public-packages"  # `__all__`, else non-underscore names, of modules
    # in packages whose path has no private part and that are not tests (impact/public_api.py)
    PACKAGE_ENTRY_POINTS = "package-entry-points"  # the exports of package.json entry points


class EmbeddedIn(Enum):
    """The files of another kind a language's code sits in (impact/lang/components.py)."""

    COMPONENT = "component"  # Vue/Svelte single-file components: their scripts are a module
    PAGE = "page"  # HTML pages, Jinja/Django templates: only their inline scripts' requests


class ImportRewriter(Enum):
    """How `impact fix` rewrites the imports of a file (impact/fix.py)."""

    LIBCST = "libcst"  # Python: a concrete syntax tree that keeps every byte it does not edit
    TREE_SITTER_ESM = "tree-sitter-esm"  # ES imports edited in place by byte offsets


@dataclass(frozen=True, eq=False)  # one instance per language: equal when the same
class Language:
    name: str  # as FileFacts.language says it
    # file suffix (lower case) -> (tree-sitter grammar, query files of grammars/)
    grammars: dict[str, tuple[str, tuple[str, ...]]]
    extractor: str  # the module whose `extract(path, source, time_budget)` reads a file
    directives: DirectiveForm  # how a suppression comment is written
    resolver: type  # the resolver of impact/resolve/ that finds what its imports name
    steers_resolution: Callable[[str], bool]  # files whose content changes what resolves
    public_api: PublicApi
    import_rewriter: ImportRewriter
    # -- what its modules and imports mean --------------------------------------------
    encoding_cookie: bool  # a `# coding: latin-1` line says how the bytes are encoded
    dotted_module_names: bool  # imports name modules `a.b.c` (else by a path specifier)
    submodules_are_attributes: bool  # `pkg.sub` reaches a submodule through its package
    # (and `from pkg import sub` imports it)
    importing_runs_enclosing_packages: bool  # importing `a.b.c` runs `a` and `a.b` first
    modules_have_dunder_attributes: bool  # every module has `__file__`, `__dict__`, ...
    imported_names_are_provided: bool  # a module provides every name it imports or binds
    # (else only what it exports)
    exports_listed_in_dunder_all: bool  # a module's exports are what its `__all__` lists (else
    # its export statements)
    star_follows_dunder_all: bool  # `from m import *` takes exactly `__all__` when m has one
    star_lets_through: Callable[[set[str]], set[str]]  # what a star passes on of a module's names
    has_default_export: bool  # `export default` and its import
    names_gone_from_incomplete_modules: bool  # in a diff, a name a module whose names are not
    # all known lost is gone when what is unknown of it did not change (impact/breakage.py)
    import_failure_breaks_importers: bool  # an import that fails raises where it runs,
    # so a consumer of a module whose import broke fails with it (else the module graph
    # fails to link, which a type checker reports)
    keyword_arguments: bool  # a call may pass any parameter by name
    reports_shifted_arguments: bool  # nothing checks a call's types: an argument that now
    # lands on another parameter goes unnoticed
    misfit_call_raises: bool  # a call that does not fit its callee's parameters raises
    # where it runs (Python's TypeError; JavaScript passes undefined or drops the extra)
    checked_against_declarations: bool  # its compiler checks each use against what is
    # declared: a value use (`new X()`, `X.y`) of a name an alias on its chain provides as a
    # type only (`export type`, `import type`: TS1361/TS1362), `N.f` of a namespace that
    # declares no `f` (TS2339)
    star_of_a_script_fails: bool  # its compiler takes a file without any import or
    # export for a script, and `export * from` it fails to compile (TS2306)
    scripts_share_globals: bool  # top-level names of a script are globals of every script;
    # unbound names are judged against the globals its environment knows
    tracks_class_attributes: bool  # class attributes are definitions impact follows
    rewrites_attribute_uses: bool  # `fix` rewrites `module.name` uses, not only imports
    route_calls_are_ambiguous: bool  # `x.get('/p', f)` may be an HTTP client or a map as
    # well as a route: it counts on an owner impact cannot resolve only in a module that
    # declares a server (impact/http/routes.py)
    may_be_build_output: bool  # its files may be generated by a build (dist/, bundles)
    provides_verb: str  # "a module that no longer <verb>s `x`" in messages
    suggested_import: Callable[[str, str], str]  # (module as imports name it, name) -> a
    # statement that imports the name, for messages
    compiled_modules: bool  # modules may be compiled (`.so`) and unreadable to impact
    runtime_globals: Callable[[], frozenset[str]]  # values every module may name unbound
    # a raw NUL character may stand in a string literal (`${a}\0${b}`): tsc reads it; CPython
    # refuses any NUL byte in source
    nul_in_strings: bool = False
    embedded_in: EmbeddedIn | None = None  # its code sits in `<script>` blocks of files of
    # another kind: the grammar reads those (impact/lang/components.py)
    # the constructors of built-in classes a class of the repository may inherit, by name
    builtin_constructors: Callable[[], Mapping[str, tuple[Parameter, ...]]] = dict
    # (module, name) of the class decorators that write a class's constructor from its fields
    # when impact reads them (Definition.built_by: `dataclasses.dataclass`, `attrs.define`)
    field_builders: Callable[[], frozenset[tuple[str, str]]] = frozenset
    suffixes: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "suffixes", tuple(self.grammars))

    def grammar(self, path: str) -> tuple[str, tuple[str, ...]]:
        """(tree-sitter grammar, query files) of one of its files."""
        return self.grammars[_suffix(path)]

    def readable(self, source: bytes) -> bytes:
        """The bytes its grammar reads of a file: a component's script blocks, the rest
        blanked (every site stays where it is in the file)."""
        return components.script_blocks(source) if self.embedded_in is not None else source

    def extract(self, path: str, source: bytes, time_budget: float | None = None) -> FileFacts:
        return import_module(self.extractor).extract(path, source, time_budget)


def _suffix(path: str) -> str:
    return "." + path.rsplit(".", 1)[-1].lower()


@cache
def _python_builtins() -> frozenset[str]:
    return frozenset(dir(builtins))


# built-in exceptions whose constructor is not BaseException's `(*args)` (typeshed's
# builtins.pyi: they take keywords, or fixed arguments)
_OWN_EXCEPTION_CONSTRUCTORS = frozenset({
    "AttributeError", "ImportError", "ModuleNotFoundError", "NameError", "UnboundLocalError",
    "SyntaxError", "IndentationError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeTranslateError", "BaseExceptionGroup", "ExceptionGroup"})


@cache
def _python_builtin_constructors() -> Mapping[str, tuple[Parameter, ...]]:
    """The built-in exceptions whose constructor takes any positional arguments and no
    keyword (`ConnectionError(...)`)."""
    args_only = (Parameter("args", "var-positional"),)
    return {name: args_only for name, value in vars(builtins).items()
            if isinstance(value, type) and issubclass(value, BaseException)
            and name not in _OWN_EXCEPTION_CONSTRUCTORS}


def _python_field_builders() -> frozenset[tuple[str, str]]:
    from impact.lang.dataclass_fields import BUILDERS  # the extractor loads on first use
    return frozenset(name for builder in BUILDERS for name in builder.names)


def _javascript_globals() -> frozenset[str]:
    from impact.lang.javascript import known_globals  # the extractor loads on first use
    return known_globals()


def _public_names(names: set[str]) -> set[str]:
    return {n for n in names if not n.startswith("_")}


def _all_but_default(names: set[str]) -> set[str]:
    return names - {"default"}


# grammars/ files of Python's query; the last three are gated (impact.lang.treesitter.GATE)
PYTHON_QUERY_FILES = ("python", "python_typing_calls", "python_all", "python_runtime_namespace")
_PYTHON = Language(
    name=PYTHON,
    grammars={suffix: ("python", PYTHON_QUERY_FILES) for suffix in (".py", ".pyi")},
    extractor="impact.lang.python",
    directives=HASH_COMMENT,
    resolver=PythonResolver,
    steers_resolution=is_python_config_file,
    public_api=PublicApi.PUBLIC_PACKAGES,
    import_rewriter=ImportRewriter.LIBCST,
    encoding_cookie=True,
    dotted_module_names=True,
    submodules_are_attributes=True,
    importing_runs_enclosing_packages=True,
    modules_have_dunder_attributes=True,
    imported_names_are_provided=True,
    exports_listed_in_dunder_all=True,
    star_follows_dunder_all=True,
    star_lets_through=_public_names,
    has_default_export=False,
    names_gone_from_incomplete_modules=True,
    import_failure_breaks_importers=True,
    keyword_arguments=True,
    reports_shifted_arguments=False,
    misfit_call_raises=True,
    checked_against_declarations=False,
    star_of_a_script_fails=False,
    scripts_share_globals=False,
    tracks_class_attributes=True,
    rewrites_attribute_uses=True,
    route_calls_are_ambiguous=False,
    may_be_build_output=False,
    provides_verb="provides",
    suggested_import=lambda module, name: f"from {module} import {name}",
    compiled_modules=True,
    runtime_globals=_python_builtins,
    builtin_constructors=_python_builtin_constructors,
    field_builders=_python_field_builders,
)
_JAVASCRIPT = Language(
    name=JAVASCRIPT,
    grammars={suffix: ("javascript", ("ecmascript", "ecmascript_uses", "javascript", "jsx"))
              for suffix in (".js", ".jsx", ".mjs", ".cjs")},
    extractor="impact.lang.javascript",
    directives=SLASH_COMMENT,
    resolver=JsResolver,
    steers_resolution=is_config_file,
    public_api=PublicApi.PACKAGE_ENTRY_POINTS,
    import_rewriter=ImportRewriter.TREE_SITTER_ESM,
    encoding_cookie=False,
    dotted_module_names=False,
    submodules_are_attributes=False,
    importing_runs_enclosing_packages=False,
    modules_have_dunder_attributes=False,
    imported_names_are_provided=False,
    exports_listed_in_dunder_all=False,
    star_follows_dunder_all=False,
    star_lets_through=_all_but_default,
    has_default_export=True,
    names_gone_from_incomplete_modules=False,
    import_failure_breaks_importers=False,
    keyword_arguments=False,
    scripts_share_globals=True,
    tracks_class_attributes=False,
    rewrites_attribute_uses=False,
    route_calls_are_ambiguous=True,
    may_be_build_output=True,
    provides_verb="exports",
    suggested_import=lambda module, name: f"import {{ {name} }} from '<relative path to {module}>'",
    compiled_modules=False,
    reports_shifted_arguments=True,
    misfit_call_raises=False,
    checked_against_declarations=False,
    star_of_a_script_fails=False,
    runtime_globals=_javascript_globals,
    nul_in_strings=True,
)
_TYPESCRIPT = replace(
    _JAVASCRIPT,
    name=TYPESCRIPT,
    grammars={".ts": ("typescript", ("ecmascript", "ecmascript_uses", "typescript")),
              ".mts": ("typescript", ("ecmascript", "ecmascript_uses", "typescript")),
              ".cts": ("typescript", ("ecmascript", "ecmascript_uses", "typescript")),
              ".tsx": ("tsx", ("ecmascript", "ecmascript_uses", "typescript", "jsx"))},
    reports_shifted_arguments=False,  # its checker reports a call whose arguments now shift
    checked_against_declarations=True,
    star_of_a_script_fails=True,
)

_COMPONENTS = replace(  # Vue and Svelte single-file components: their scripts
    _TYPESCRIPT,
    name=COMPONENTS,
    grammars={suffix: ("typescript", ("ecmascript", "ecmascript_uses", "typescript"))
              for suffix in components.SUFFIXES},
    embedded_in=EmbeddedIn.COMPONENT,
    checked_against_declarations=False,  # a component's script may be plain JavaScript
)
_PAGES = replace(  # HTML pages and server-side templates: their inline scripts' requests
    _JAVASCRIPT,
    name=PAGES,
    grammars={suffix: ("javascript", ("ecmascript", "ecmascript_uses", "javascript", "jsx"))
              for suffix in components.PAGE_SUFFIXES},
    embedded_in=EmbeddedIn.PAGE,
    scripts_share_globals=False,
)

# The registry: every language impact reads, one line each.
LANGUAGES: dict[str, Language] = {language.name: language for language in (
    _PYTHON,
    _JAVASCRIPT,
    _TYPESCRIPT,
    _COMPONENTS,
    _PAGES,
)}
_BY_SUFFIX = {suffix: language for language in LANGUAGES.values() for suffix in language.suffixes}


@lru_cache(maxsize=1 << 16)  # asked about the same paths hundreds of thousands of times a run
def language_of(path: str) -> Language | None:
    """The language of a file, by its suffix; None for a file impact does not read."""
    name = path.rpartition("/")[2]
    dot = name.rfind(".")
    return _BY_SUFFIX.get(name[dot:].lower()) if dot >= 0 else None


def steers_resolution(path: str) -> bool:
    """Whether a file steers how some language's imports resolve (package.json, tsconfig,
    pyproject.toml, ...)."""
    return any(language.steers_resolution(path) for language in LANGUAGES.values())
