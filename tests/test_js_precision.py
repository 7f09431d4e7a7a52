"""JavaScript/TypeScript precision (issue 13, items 4, 8 and 9): plain-JavaScript calls,
committed build output, resolution and exports, and grammar gaps that are not syntax errors.
Each case is a small invented repository run through git and the real CLI."""

from __future__ import annotations

import pytest
from conftest import diff_keys, run_impact

from impact.lang.javascript import extract

# -- item 9: grammar gaps are not syntax errors ---------------------------------------------

HELPERS = {"src/helpers.ts": "export function helper(): number { return 1; }\n"
                             "export interface Theme { color: string }\n"}
USES_HELPER = "import { helper } from './helpers';\n"


TS_STYLED = ("import type { Theme } from './helpers';\n"
             "export const Button = styled.div<{ theme: Theme }>`color: red;`;\n")
TS_VARIANCE = ("export interface Box<out T> { get(): T }\n"
               "export interface Cell<in out T> { value: T }\n"
               "export type Reader<in T, out U extends object = object> = (t: T) => U;\n")


@pytest.mark.parametrize("path, construct", [
    ("src/button.ts", TS_STYLED),
    ("src/button.tsx", TS_STYLED + "export const Page = () => <Button theme={{ color: 'red' }} />;\n"),
    ("src/button.ts", "export const load = () => lazy<typeof import('./helpers')>();\n"),
    ("src/button.ts", TS_VARIANCE),
    ("src/button.ts", "export type * from './helpers';\nexport type * as H from './helpers';\n"),
    ("src/button.jsx", "export const Card = () => <div class=\"card\"><label for=\"x\">A</label></div>;\n"),
    ("src/button.tsx", "export const Link = () => <a href=\"/?a=1&b=2\">A</a>;\n"),
    ("src/button.js", "export function open() {\n  using handle = acquire();\n  return handle;\n}\n"),
])
def test_valid_code_the_grammar_cannot_read_gives_no_imp301_and_is_still_checked(
        repo_factory, path, construct):
    # the change adds the construct and removes the import of `helper`, still used below it
    base = {**HELPERS, path: USES_HELPER + "export const x = 1;\nhelper();\n"}
    change = {path: construct + "export const x = 1;\nhelper();\n"}
    line = construct.count("\n") + 2
    assert diff_keys(repo_factory, base, change) == [("IMP105", path, line, "helper")]


def test_a_gap_already_in_base_does_not_silence_the_file(repo_factory):
    gap = "export interface Box<out T> { get(): T }\n"
    base = {**HELPERS, "src/box.ts": gap + USES_HELPER + "helper();\n",
            "src/app.ts": "import { Box } from './box';\nexport let b: Box<number>;\n"}
    change = {"src/box.ts": gap + "helper();\n",
              "src/app.ts": "import { Box, Crate } from './box';\nexport let b: Box<Crate>;\n"}
    assert diff_keys(repo_factory, base, change) == [
        ("IMP101", "src/app.ts", 1, "Crate"), ("IMP105", "src/box.ts", 2, "helper")]


def test_a_syntax_error_the_change_introduced_is_imp301_and_the_rest_is_checked(repo_factory):
    body = "".join(f"export function f{i}(a: number) {{ return a + {i}; }}\n" for i in range(12))
    base = {**HELPERS, "src/m.ts": USES_HELPER + body + "helper();\n"}
    change = {"src/m.ts": body + "export const broken = (;\nhelper();\n"}
    keys = diff_keys(repo_factory, base, change)
    assert ("IMP301", "src/m.ts", 13, "src/m.ts") in keys
    assert ("IMP105", "src/m.ts", 14, "helper") in keys


def test_a_file_that_is_mostly_broken_is_imp301_and_nothing_else(repo_factory):
    base = {**HELPERS, "src/m.ts": USES_HELPER + "helper();\n"}
    change = {"src/m.ts": "helper(\n" + "(((( ]] }} ;; ,, )) ((\n" * 20}
    assert diff_keys(repo_factory, base, change) == [("IMP301", "src/m.ts", 1, "src/m.ts")]


def test_names_inside_a_syntax_error_are_not_judged(repo_factory):
    # the broken import may bind `total`: only `helper`, whose import the change removed, is
    # reported besides the error itself
    helpers = {"src/helpers.ts": HELPERS["src/helpers.ts"] + "export const total = 2;\n"}
    run = "export function run() {\n  return total + helper();\n}\n"
    base = {**helpers, "src/m.ts": USES_HELPER + "import { total } from './helpers';\n" + run}
    change = {"src/m.ts": "import { total from './helpers';\n" + run}
    assert diff_keys(repo_factory, base, change) == [
        ("IMP105", "src/m.ts", 3, "helper"), ("IMP301", "src/m.ts", 1, "src/m.ts")]


def test_type_only_star_reexport_is_read_as_one(repo_factory):
    facts = extract("src/index.ts", b"export type * from './types';\n"
                                    b"export type * as T from './types';\nexport const a = 1;\n")
    assert facts.problems == ()
    assert sorted((e.name, e.kind, e.type_only) for e in facts.exports) == [
        ("*", "star", True), ("T", "namespace", True), ("a", "declaration", False)]
    assert all(i.type_only for i in facts.imports)


def test_type_only_star_reexport_does_not_hide_the_other_exports(repo_factory):
    base = {"src/types.ts": "export interface User { id: string }\n",
            "src/index.ts": "export type * from './types';\nexport const a = 1;\nexport const b = 2;\n",
            "src/app.ts": "import { a, b } from './index';\nimport type { User } from './index';\n"
                          "export const c: User | number = a + b;\n"}
    change = {"src/index.ts": "export type * from './types';\nexport const a = 1;\n"}
    assert diff_keys(repo_factory, base, change) == [("IMP101", "src/app.ts", 1, "b")]
