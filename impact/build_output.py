"""Committed build output, generated code and test fixtures: read and resolved, never checked.

A file is build output when it is JavaScript/TypeScript in a `dist/` directory, a minified
`x.min.js`, third-party JavaScript in a vendor directory or a UMD library below a `static/`
one (lang/generated.py), in a `build/`
directory its package's `package.json` points into, committed beside its compressed copy
(`x.js.gz`, `x.js.br`: what a static-files pipeline writes, as Django's `collectstatic` with
WhiteNoise's compressed storage), or says it is
generated (a `// @generated` or `DO NOT EDIT` header, or minified lines: `lang/generated.py`);
and, in any language, when a `.gitattributes` of the revision marks it `linguist-generated`.
A JavaScript/TypeScript file is a test fixture (the input or expected output of a codemod,
compiler or plugin under test: data the test reads, never compiled nor run) when it is named
as one (in a `fixture(s)`, `__fixtures__` or `__testfixtures__` directory, or `x.input.ts`,
`x.output.ts`) and the tsconfig/jsconfig that governs it `exclude`s it, so tsc never checks it;
or when that `exclude` names it or a directory above it inside a `test(s)`/`__tests__`
directory (TanStack's `tests/**/snapshots/**`, `tests/**/test-files/**`), and it is not named
as a test the runner runs (`x.test.ts`, `x.spec.ts`).
A JavaScript/TypeScript file is a project template's fragment (what a scaffolding CLI copies
into the project it generates, where its imports resolve: create-t3-app's
`cli/template/extras/src/server/db/index-prisma.ts`, amplication's code generator's
`server/create-main/main.template.ts`) when it is in a `template(s)` directory or named
`x.template.ts`, and the tsconfig/jsconfig that governs it leaves it out of its program (not in its `include`,
or excluded); a template that is a whole project has its own tsconfig and is checked.
Any file in a `__snapshots__` directory is a test runner's snapshot (the directory Jest and
Vitest write to, `toMatchFileSnapshot` included, and syrupy's): the output of code under test,
kept to compare against, never imported nor run (hey-api's ts-compiler and py-compiler
snapshots: `export { foo, bar };` of a module that defines neither); it is not even read (80 % of
hey-api's source bytes): what it exports is not known, so an import of one is not checked.
A Python file is test data (a formatter's or linter's input and expected output, never
imported nor run) when it is named as such (in a fixture directory, a `testdata`/`test_data`
directory, or a `data`, `cases` or `x_cases` directory below a `test`/`tests` one) and the
project's own linters leave it out (resolve/lint_excludes.py), or when the linters leave out a
directory below a `test`/`tests` one that holds it but not the test directory itself
(pygments' `tests/examplefiles/`); and when it is a vulture
allowlist (whitelist), named as one (`vulture_allowlist.py`, `.vulture_whitelist.py`): names
written as bare expressions for the dead-code finder to take as used, a file it parses and
nothing imports nor runs.
Imports of such a file resolve and are checked against what it provides, but no finding is
reported in it and its own imports and calls are no consumers of anything.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from functools import cache

from impact.graph import DECLARATION_FILES, SymbolGraph
from impact.lang.generated import built_or_vendored
from impact.resolve.ignored import parse_pattern
from impact.resolve.lint_excludes import LintExcludes
from impact.resolve.wildmatch import Unmatchable, as_bytes_text

GITATTRIBUTES = ".gitattributes"
GENERATED_ATTRIBUTE = "linguist-generated"
PACKAGE_BUILD_DIRECTORY = "build"
FIXTURE_DIRECTORIES = frozenset({"fixture", "fixtures", "__fixtures__", "__testfixtures__"})
TEMPLATE_DIRECTORIES = frozenset({"template", "templates"})
TEMPLATE_FILE = re.compile(r"\.template\.[cm]?[jt]sx?$")  # amplication's `main.template.ts`
FIXTURE_FILE = re.compile(r"\.(input|output)\.[cm]?[jt]sx?$")
TEST_DATA_DIRECTORIES = FIXTURE_DIRECTORIES | {"testdata", "test_data"}
SNAPSHOT_DIRECTORY = "__snapshots__"
COMPRESSED_SUFFIXES = (".gz", ".br")
TEST_DIRECTORIES = frozenset({"test", "tests"})
# below a test directory: data the tests read (dlt's tests/reflection/module_cases/, its
# deliberately broken modules for the importer under test)
TEST_CASES_DIRECTORY = re.compile(r"data|cases|\w+_cases")
# a test module of a test directory: the linters leave it out when they leave the directory out
TEST_MODULE_PROBE = "test_module.py"
JS_TEST_DIRECTORIES = TEST_DIRECTORIES | {"__tests__"}
TEST_FILE = re.compile(r"\.(test|spec)\.[cm]?[jt]sx?$")  # what a test runner runs
TYPESCRIPT_SOURCES = (".ts", ".tsx", ".mts", ".cts")
VULTURE_ALLOWLIST = re.compile(r"vulture.*(?:white|allow)list|(?:white|allow)list.*vulture",
                               re.IGNORECASE)


def build_output(graph: SymbolGraph, gitattributes: dict[str, bytes],
                 lint_configs: Callable[[], LintExcludes], paths: Iterable[str]) -> frozenset[str]:
    """Those of `paths` (source files of the snapshot) that are build output, generated or
    test data; `lint_configs` is read only when a Python file is named as test data."""
    lint = cache(lint_configs)
    marked = _marked_generated(gitattributes)
    builds = tuple(_package_build_dirs(graph))
    shipped = cache(lambda: _shipped_typescript(graph))
    return frozenset(
        path for path in paths if path in graph.facts and (
            marked(path) or is_snapshot(path) or (graph.language_of(path).may_be_build_output and (
                built_or_vendored(path) or path.startswith(builds) or _compressed_beside(graph, path)
                or graph.facts[path].generated and path not in shipped()
                or _excluded_fixture(graph, path) or _template_fragment(graph, path))) or (
                path.endswith((".py", ".pyi")) and (
                    _python_test_data(path, lint) or _vulture_allowlist(path)))))


def is_snapshot(path: str) -> bool:
    """In a `__snapshots__` directory: a test runner's snapshot, never read (impact.facts)."""
    return SNAPSHOT_DIRECTORY in path.split("/")[:-1]


def _compressed_beside(graph: SymbolGraph, path: str) -> bool:
    """Whether the file's gzip or brotli copy is committed beside it (django-vue3-admin's
    backend/static/rest_framework/js/csrf.js and csrf.js.gz: collected, not written)."""
    return any(path + suffix in graph.paths for suffix in COMPRESSED_SUFFIXES)


def _excluded_fixture(graph: SymbolGraph, path: str) -> bool:
    directories = path.split("/")[:-1]
    named = FIXTURE_FILE.search(path) or not FIXTURE_DIRECTORIES.isdisjoint(directories)
    if named:
        return graph.js.tsconfigs.excludes(path)
    if JS_TEST_DIRECTORIES.isdisjoint(directories) or TEST_FILE.search(path):
        return False
    return any(not JS_TEST_DIRECTORIES.isdisjoint(excluded.split("/")[:-1])
               for excluded in graph.js.tsconfigs.excluded(path))


def _template_fragment(graph: SymbolGraph, path: str) -> bool:
    named = not TEMPLATE_DIRECTORIES.isdisjoint(path.split("/")[:-1]) or TEMPLATE_FILE.search(path)
    return named and graph.js.tsconfigs.governing_leaves_out(path)


def _python_test_data(path: str, lint: Callable[[], LintExcludes]) -> bool:
    directories = path.split("/")[:-1]
    named = not TEST_DATA_DIRECTORIES.isdisjoint(directories) or any(
        TEST_CASES_DIRECTORY.fullmatch(name) and not TEST_DIRECTORIES.isdisjoint(directories[:i])
        for i, name in enumerate(directories))
    if named:
        return lint().excludes(path)
    return _in_excluded_test_subdirectory(directories, path, lint)


def _in_excluded_test_subdirectory(directories: list[str], path: str,
                                   lint: Callable[[], LintExcludes]) -> bool:
    """Whether the linters leave the file out by a directory below a `test(s)` one, not the
    test directory itself (pygments' ruff `extend-exclude` of `tests/examplefiles` and
    `tests/snippets`, lexer input "purposefully invalid", beside the tests it keeps)."""
    below = next((i for i, name in enumerate(directories[:-1]) if name in TEST_DIRECTORIES), None)
    if below is None or not lint().excludes(path):
        return False
    test_directory = "/".join(directories[:below + 1])
    return not lint().excludes(posixpath.join(test_directory, TEST_MODULE_PROBE))


def _vulture_allowlist(path: str) -> bool:
    return VULTURE_ALLOWLIST.search(path.rsplit("/", 1)[-1]) is not None


def _package_build_dirs(graph: SymbolGraph) -> list[str]:
    """`pkg/build/` for each package whose entry points (`main`, `exports`, ...) lie there."""
    found = []
    for package_dir in graph.js.manifests:
        build = posixpath.join(package_dir, PACKAGE_BUILD_DIRECTORY) + "/"
        if any(entry.startswith(build) for entry in graph.js.package_entries(package_dir)):
            found.append(build)
    return found


def _shipped_typescript(graph: SymbolGraph) -> frozenset[str]:
    """The TypeScript sources (no declaration files) that a package's `exports` or entry
    points name: generated or not, the package runs them as written, so they are checked
    (remix's `src/data-table/internal/sql-helpers.ts`, "auto-generated, please do not edit",
    re-exports a subpath of another package). A build writes JavaScript, not such a file."""
    return frozenset(path for package_dir in graph.js.manifests
                     for path in graph.js.package_entries(package_dir)
                     if path.endswith(TYPESCRIPT_SOURCES) and not path.endswith(DECLARATION_FILES))


def _marked_generated(gitattributes: dict[str, bytes]):
    """path -> whether a `.gitattributes` sets `linguist-generated` on it (the last matching
    line of the deepest file wins, as in git)."""
    rules = []  # (directory, pattern, set or unset), shallow files first
    for path in sorted(gitattributes, key=lambda p: p.count("/")):
        directory = posixpath.dirname(path)
        for line in gitattributes[path].decode("utf-8", errors="surrogateescape").splitlines():
            fields = line.split()
            if not fields or fields[0].startswith("#") or fields[0].startswith("!"):
                continue  # a comment; a negative pattern is not allowed in .gitattributes
            value = _generated_value(fields[1:])
            try:
                pattern = parse_pattern(as_bytes_text(fields[0]))
            except Unmatchable:  # a pattern git would not read either
                continue
            if value is not None:
                rules.append((directory, pattern, value))

    def marked(path: str) -> bool:
        path = as_bytes_text(path)
        result = False
        for directory, pattern, value in rules:
            directory = as_bytes_text(directory)
            if directory and not path.startswith(directory + "/"):
                continue
            if pattern.matches(path[len(directory) + 1:] if directory else path, is_dir=False):
                result = value
        return result

    return marked


def _generated_value(attributes: list[str]) -> bool | None:
    """True or False when the attributes set or unset `linguist-generated`, else None."""
    value = None
    for attribute in attributes:
        name, _, setting = attribute.partition("=")
        if name == GENERATED_ATTRIBUTE:
            value = setting.lower() not in ("false", "0", "no")
        elif name in (f"-{GENERATED_ATTRIBUTE}", f"!{GENERATED_ATTRIBUTE}"):
            value = False
    return value
