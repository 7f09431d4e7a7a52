"""JavaScript/TypeScript precision (issue 13, items 4, 8 and 9): plain-JavaScript calls,
committed build output, resolution and exports, and grammar gaps that are not syntax errors.
Each case is a small invented base and change, held in memory."""

from __future__ import annotations

import posixpath

import pytest
from conftest import diff_keys, diff_result

from impact.lang.javascript import extract

# -- item 9: grammar gaps are not syntax errors ---------------------------------------------

HELPERS = {"src/helpers.ts": "export function helper(): number { return 1; }\n"
                             "export interface Theme { color: string }\n"}
USES_HELPER = "import { helper } from './helpers';\n"


TS_STYLED = ("import styled from 'styled-components';\nimport type { Theme } from './helpers';\n"
             "export const Button = styled.div<{ theme: Theme }>`color: red;`;\n")
TS_VARIANCE = ("export interface Box<out T> { get(): T }\n"
               "export interface Cell<in out T> { value: T }\n"
               "export type Reader<in T, out U extends object = object> = (t: T) => U;\n")

TS_OVERLOADS = ("export interface Get {\n  <K extends string>(key: K): Promise<K>\n"
                "  /** by number */\n  <K extends number>(key: K): K[]\n"
                "  <\n    K,\n  >(): void\n}\n")

FLOW_TYPED = ("import type { Theme } from './helpers';\n"
              "export type Props = { name: string, theme?: Theme };\n"
              "export class Store<T> {\n  items: Array<T> = [];\n"
              "  add(item: T, at?: number): void { this.items.push(item); }\n}\n"
              "export function load(options: Props = {}): Promise<Props> {\n"
              "  return Promise.resolve(options);\n}\n")


@pytest.mark.parametrize("path, construct", [
    ("src/button.ts", TS_STYLED),
    ("src/button.tsx", TS_STYLED + "export const Page = () => <Button theme={{ color: 'red' }} />;\n"),
    ("src/button.ts", ("import { lazy } from 'react';\n"
                       "export const load = () => lazy<typeof import('./helpers')>();\n")),
    # vitest's partial mock, written without `;` (payload's getImageSize.spec.ts)
    ("src/button.ts", ("import { vi } from 'vitest';\nvi.mock('fs', async (importOriginal) => {\n"
                       "  const actual = await importOriginal<typeof import('fs')>()\n"
                       "  return { ...actual }\n})\n")),
    ("src/button.ts", TS_VARIANCE),
    ("src/button.ts", "export type * from './helpers';\nexport type * as H from './helpers';\n"),
    ("src/button.jsx", "export const Card = () => <div class=\"card\"><label for=\"x\">A</label></div>;\n"),
    ("src/button.tsx", "export const Link = () => <a href=\"/?a=1&b=2\">A</a>;\n"),
    # formbricks' SecurityListTip.tsx: a long URL, where the grammar recovers otherwise
    ("src/button.tsx", ("export const Tip = () => (\n  <p>\n    <a\n      href=\"https://formbricks.com/"
                        "security?utm_source=formbricks-app&utm_medium=webapp&utm_campaign=security_tip"
                        "#stay-informed-with-formbricks-security-updates\"\n      target=\"_blank\"\n"
                        "      rel=\"noopener noreferrer\">\n      A\n    </a>\n  </p>\n);\n")),
    ("src/button.jsx", ("export const Links = () => <><a href='/x?a&b' title=\"R&amp;D & co\" />"
                        "<b onClick={() => String('&')} data-q=\"?q=1&r=2#s-t-u-v\" /></>;\n")),
    ("src/button.tsx", ("export const Notes = () => (\n  <div>\n    <h3>Size & Colour</h3>\n"
                        "  </div>\n);\n")),
    ("src/button.ts", TS_OVERLOADS),
    # Flow type annotations in `.js`, which Babel compiles away (parse-server's adapters)
    ("src/button.js", FLOW_TYPED),
    ("src/button.jsx", "// @flow\n" + FLOW_TYPED + "export const Box = (p: Props) => <div>{p.name}</div>;\n"),
    # written without `;`: members named in_..., instanceof_..., in (paperless-ngx's task counts)
    ("src/button.ts", ("export interface Counts {\n  all: number\n  in_progress: number\n"
                       "  in2: number\n  done: number\n}\n")),
    ("src/button.tsx", "export type Easing = {\n  out: string\n  in: string\n}\n"),
    ("src/button.js", ("export class Job {\n  state = 'new'\n  instanceof_check = true\n"
                       "  in$flight = 0\n}\n")),
    ("src/button.js", ("export function* walk(items) {\n  for (const x of\n    in_order(items)) {\n"
                       "    yield x\n  }\n}\nfunction in_order(a) { return a }\n")),
    # documenso's name.test.ts: escapes only a tagged template may hold (ES2018)
    ("src/button.ts", ("export const samples = [String.raw`Acme\\u00 Corp`, String.raw`\\u{200bC`,\n"
                       "  String.raw`\\x`, String.raw`a \\u{FFFFFFF} ${1} b`];\n")),
    ("src/button.js", ("const acquire = () => ({ [Symbol.dispose]() {} });\n"
                       "export function open() {\n  using handle = acquire();\n  return handle;\n}\n")),
])
def test_valid_code_the_grammar_cannot_read_gives_no_imp301_and_is_still_checked(path, construct):
    # the change adds the construct and removes the import of `helper`, still used below it
    base = {**HELPERS, path: USES_HELPER + "export const x = 1;\nhelper();\n"}
    change = {path: construct + "export const x = 1;\nhelper();\n"}
    line = construct.count("\n") + 2
    assert diff_keys(base, change) == [("IMP105", path, line, "helper")]


def test_an_escape_a_template_without_a_tag_may_not_hold_is_a_syntax_error():
    base = {"src/a.ts": "export const x = 1;\n"}
    change = {"src/a.ts": "export const x = `bad \\u00 z`;\n"}
    assert [k[:3] for k in diff_keys(base, change)] == [("IMP301", "src/a.ts", 1)]


def test_a_gap_already_in_base_does_not_silence_the_file():
    gap = "export interface Box<out T> { get(): T }\n"
    base = {**HELPERS, "src/box.ts": gap + USES_HELPER + "helper();\n",
            "src/app.ts": "import { Box } from './box';\nexport let b: Box<number>;\n"}
    change = {"src/box.ts": gap + "helper();\n",
              "src/app.ts": "import { Box, Crate } from './box';\nexport let b: Box<Crate>;\n"}
    assert diff_keys(base, change) == [
        ("IMP101", "src/app.ts", 1, "Crate"), ("IMP105", "src/box.ts", 2, "helper")]


def test_a_syntax_error_the_change_introduced_is_imp301_and_the_rest_is_checked():
    body = "".join(f"export function f{i}(a: number) {{ return a + {i}; }}\n" for i in range(12))
    base = {**HELPERS, "src/m.ts": USES_HELPER + body + "helper();\n"}
    change = {"src/m.ts": body + "export const broken = (;\nhelper();\n"}
    keys = diff_keys(base, change)
    assert ("IMP301", "src/m.ts", 13, "src/m.ts") in keys
    assert ("IMP105", "src/m.ts", 14, "helper") in keys


def test_a_syntax_error_already_in_base_is_not_reported_again():
    broken = "export const broken = (;\n"
    base = {**HELPERS, "src/m.ts": broken + USES_HELPER + "export const a = helper();\n"}
    change = {"src/m.ts": broken + "export const a = helper();\n"}
    assert diff_keys(base, change) == [("IMP105", "src/m.ts", 2, "helper")]


def test_a_file_that_is_mostly_broken_is_imp301_and_nothing_else():
    base = {**HELPERS, "src/m.ts": USES_HELPER + "helper();\n"}
    change = {"src/m.ts": "helper(\n" + "(((( ]] }} ;; ,, )) ((\n" * 20}
    assert diff_keys(base, change) == [("IMP301", "src/m.ts", 1, "src/m.ts")]


def test_names_inside_a_syntax_error_are_not_judged():
    # the broken import may bind `total`: only `helper`, whose import the change removed, is
    # reported besides the error itself
    helpers = {"src/helpers.ts": HELPERS["src/helpers.ts"] + "export const total = 2;\n"}
    run = "export function run() {\n  return total + helper();\n}\n"
    base = {**helpers, "src/m.ts": USES_HELPER + "import { total } from './helpers';\n" + run}
    change = {"src/m.ts": "import { total from './helpers';\n" + run}
    assert diff_keys(base, change) == [
        ("IMP105", "src/m.ts", 3, "helper"), ("IMP301", "src/m.ts", 1, "src/m.ts")]


def test_type_only_star_reexport_is_read_as_one():
    facts = extract("src/index.ts", b"export type * from './types';\n"
                                    b"export type * as T from './types';\nexport const a = 1;\n")
    assert facts.problems == ()
    assert sorted((e.name, e.kind, e.type_only) for e in facts.exports) == [
        ("*", "star", True), ("T", "namespace", True), ("a", "declaration", False)]
    assert all(i.type_only for i in facts.imports)


def test_type_only_star_reexport_does_not_hide_the_other_exports():
    base = {"src/types.ts": "export interface User { id: string }\n",
            "src/index.ts": "export type * from './types';\nexport const a = 1;\nexport const b = 2;\n",
            "src/app.ts": "import { a, b } from './index';\nimport type { User } from './index';\n"
                          "export const c: User | number = a + b;\n"}
    change = {"src/index.ts": "export type * from './types';\nexport const a = 1;\n"}
    assert diff_keys(base, change) == [("IMP101", "src/app.ts", 1, "b")]


# -- item 4: plain JavaScript calls -----------------------------------------------------------


def signature_findings(base: dict, change: dict) -> list[tuple]:
    result = diff_result(base, change)
    assert result.exit_code in (0, 1), result.stderr
    return [(f["file"], f["line"], f["severity"], f["message"]) for f in result.findings
            if f["code"] == "IMP202"]


def js_calls(definition: str, calls: str, suffix: str = "js") -> dict:
    return {f"src/lib.{suffix}": definition,
            f"src/app.{suffix}": f"import {{ fmt }} from './lib.{suffix}';\n{calls}"}


@pytest.mark.parametrize("suffix", ["js", "mjs", "cjs", "jsx"])
def test_plain_javascript_trailing_parameter_added_is_not_a_break(suffix):
    # the missing argument is `undefined`; tsc --checkJs agrees: untyped parameters are optional
    base = js_calls("export function fmt(value) { return value; }\n", "fmt(1);\n", suffix)
    change = {f"src/lib.{suffix}": "export function fmt(value, unit) { return value + unit; }\n"}
    assert signature_findings(base, change) == []


@pytest.mark.parametrize("new_definition, reason", [
    ("export function fmt(unit, value) { return value + unit; }\n",
     "argument 1 now goes to parameter `unit`, no longer to `value`"),  # inserted before
    ("export function fmt(unit, value, scale) { return value * scale + unit; }\n",
     "argument 1 now goes to parameter `unit`, no longer to `value`"),
    ("export function fmt(value) { return value; }\n",
     "takes 1 positional argument(s), 2 given"),  # removed, callers still pass it
    ("export const fmt = (value, scale) => value * scale;\n",
     "argument 2 now goes to parameter `scale`, no longer to `unit`"),  # removed from the middle
])
def test_plain_javascript_arguments_that_shift_or_overflow_are_a_break(new_definition,
                                                                       reason):
    base = js_calls("export function fmt(value, unit, scale) { return value * scale + unit; }\n",
                    "fmt(1, 'px');\n")
    findings = signature_findings(base, {"src/lib.js": new_definition})
    assert [(f[0], f[1], f[2]) for f in findings] == [("src/app.js", 2, "error")]
    assert reason in findings[0][3]


def test_plain_javascript_function_reading_arguments_takes_any_number():
    base = js_calls("export function fmt(value, unit) { return value + unit; }\n", "fmt(1, 'px', 2);\n")
    change = {"src/lib.js": "export function fmt(value) {\n"
                            "  return [...arguments].map(String).join(value);\n}\n"}
    assert signature_findings(base, change) == []


def test_parameter_renamed_in_place_is_not_a_shift():
    base = js_calls("export function fmt(value, unit) { return value + unit; }\n", "fmt(1, 'px');\n")
    change = {"src/lib.js": "export function fmt(amount, suffix) { return amount + suffix; }\n"}
    assert signature_findings(base, change) == []


TYPED_VALUE = "/**\n * @param {number} value\n"


@pytest.mark.parametrize("base_doc, new_doc, broken", [
    (TYPED_VALUE + " */\n", TYPED_VALUE + " * @param {string} unit\n */\n", True),
    ("/** @type {(value: number) => string} */\n",
     "/** @type {(value: number, unit: string) => string} */\n", True),
    (TYPED_VALUE + " */\n", TYPED_VALUE + " * @param {string} [unit]\n */\n", False),
    (TYPED_VALUE + " */\n", TYPED_VALUE + " * @param {string=} unit\n */\n", False),
    ("/** Formats a value. */\n", "/** Formats a value. */\n", False),  # no types: plain
    # tsc: a parameter after the last one a @param tag names is optional (axios's buildFullPath)
    (TYPED_VALUE + " */\n", TYPED_VALUE + " */\n", False),
])
def test_jsdoc_typed_javascript_parameters_are_required(base_doc, new_doc, broken):
    base = js_calls(base_doc + "export function fmt(value) { return value; }\n", "fmt(1);\n")
    change = {"src/lib.js": new_doc + "export function fmt(value, unit) { return value + unit; }\n"}
    findings = signature_findings(base, change)
    assert [(f[0], f[2]) for f in findings] == ([("src/app.js", "error")] if broken else [])
    assert all("missing required argument `unit`" in f[3] for f in findings)


SAVE_BASE = "/**\n * @param {Promise<number>} promise\n */\nexport function save(promise) { return promise; }\n"
SAVE_HEAD = ("/**\n * @param {Promise<number>} promise\n * @param {boolean} unset\n */\n"
             "export function save(promise, unset) { return unset ? null : promise; }\n")
ASYNC = "packages/svelte/src/internal/async.js"
SNAPSHOT = "packages/svelte/tests/snapshot/samples/async-const/_expected/client/index.svelte.js"
SVELTE_TSCONFIG = ('{\n  "compilerOptions": {"allowJs": true, "checkJs": true},\n'
                   '  "include": ["./*.js", "./src/", "./tests/*/samples/*/_config.js"],\n'
                   '  "exclude": ["./src/compiler/optimizer/"],\n}\n')


def svelte_like(config_files: dict, caller: str = SNAPSHOT) -> dict:
    """svelte's runtime function `save` and a caller of it, under the given tsconfigs."""
    source = posixpath.relpath(ASYNC, posixpath.dirname(caller))
    return {ASYNC: SAVE_BASE, **config_files,
            caller: f"import {{ save }} from '{source}';\nsave(Promise.resolve(1));\n"}


def test_calls_in_javascript_no_tsc_project_checks_are_not_broken():
    # svelte b40c359d4419: `save(promise, unset)` gained a JSDoc-typed parameter; the compiler's
    # expected outputs call `$.save(x)` and lie outside every tsconfig's `include` (tsc never
    # checks them, the test compares them as text): the call is no break, the public function
    # gets the warning at its definition
    base = svelte_like({"packages/svelte/tsconfig.json": SVELTE_TSCONFIG,
                        "packages/svelte/tsconfig.runtime.json":
                            '{"extends": "./tsconfig.json", "include": ["./src/"]}\n'})
    findings = signature_findings(base, {ASYNC: SAVE_HEAD})
    assert [(f[0], f[2]) for f in findings] == [(ASYNC, "warning")]


@pytest.mark.parametrize("config_files, caller", [
    ({}, SNAPSHOT),  # no tsconfig: nothing says no project checks it
    ({"packages/svelte/tsconfig.json": SVELTE_TSCONFIG}, "packages/svelte/src/client/run.js"),
    ({"packages/svelte/tsconfig.json": '{"compilerOptions": {"checkJs": true}}\n'}, SNAPSHOT),
    ({"packages/svelte/tsconfig.json": '{"files": [], "references": [{"path": "./tsconfig.app.json"}]}\n'},
     SNAPSHOT),  # a solution-style config hands files to the projects it references
    ({"packages/svelte/tsconfig.json": SVELTE_TSCONFIG,
      "packages/svelte/tsconfig.tests.json": '{"extends": "./tsconfig.json", "include": ["tests"]}\n'},
     SNAPSHOT),  # another project of the directory includes it
    ({"packages/svelte/tsconfig.json": '{"files": ["' + SNAPSHOT.removeprefix("packages/svelte/")
      + '"]}\n'}, SNAPSHOT),
    ({"tsconfig.json": '{"include": ["."]}\n',
      "packages/svelte/tsconfig.json": SVELTE_TSCONFIG}, SNAPSHOT),  # the root's: everything
    ({"tsconfig.json": '{"include": ["packages/*/tests"]}\n',
      "packages/svelte/tsconfig.json": SVELTE_TSCONFIG}, SNAPSHOT),  # a config above includes it
    # a file of the program imports it (through another file outside `include`): tsc checks
    # every file the program imports
    ({"packages/svelte/tsconfig.json": SVELTE_TSCONFIG,
      "packages/svelte/src/client/uses.js": "import '../../tests/helper.js';\n",
      "packages/svelte/tests/helper.js":
          "import './snapshot/samples/async-const/_expected/client/index.svelte.js';\n"}, SNAPSHOT),
])
def test_calls_in_javascript_a_tsc_project_may_check_still_break(config_files, caller):
    base = svelte_like(config_files, caller)
    findings = signature_findings(base, {ASYNC: SAVE_HEAD})
    assert [(f[0], f[2]) for f in findings] == [(caller, "error")]
    assert "missing required argument `unset`" in findings[0][3]


def test_typescript_trailing_required_parameter_still_breaks():
    base = js_calls("export function fmt(value: number) { return value; }\n", "fmt(1);\n", "ts")
    change = {"src/lib.ts": "export function fmt(value: number, unit: string) { return value + unit; }\n"}
    findings = signature_findings(base, change)
    assert [(f[0], f[1]) for f in findings] == [("src/app.ts", 2)]


# -- item 4: committed build output is not analysed as source ----------------------------------

LIB = {"src/lib.js": "export function a() {}\nexport function b() {}\n"}
STALE_CONSUMER = "import { a, b } from '../src/lib.js';\nexport const both = [a(), b()];\n"
MINIFIED = "import{a as x,b as y}from'../src/lib.js';" + "export const c=[x(),y()];" * 60 + "\n"


@pytest.mark.parametrize("path, content", [
    ("dist/bundle.js", STALE_CONSUMER),
    ("packages/ui/dist/index.mjs", STALE_CONSUMER.replace("../src", "../../../src")),
    ("public/vendor.min.js", STALE_CONSUMER.replace("../src", "../src")),
    ("out/app.js", MINIFIED.replace("../src", "../src")),
    ("gen/api.ts", "// Code generated by openapi-gen. DO NOT EDIT.\n" + STALE_CONSUMER),
    ("gen/api.js", "/* eslint-disable */ // @generated\n" + STALE_CONSUMER),
    ("lib/api.js", "// Generated by CoffeeScript 2.7.0\n" + STALE_CONSUMER),
    ("pkg/build/index.js", STALE_CONSUMER.replace("../src", "../../src")),
    ("static/js/vendor/select2/select2.js", STALE_CONSUMER.replace("../src", "../../../../src")),
    ("third_party/widgets.js", STALE_CONSUMER),
])
def test_committed_build_output_is_not_checked(path, content):
    # removing `b` breaks the generated file's import, but nothing is reported in it, and it
    # is no consumer of `b` (whose removal is then only a warning: code outside may use it)
    base = {**LIB, path: content, "pkg/package.json": '{"name": "pkg", "main": "build/index.js"}\n'}
    result = diff_result(base, {"src/lib.js": "export function a() {}\n"})
    assert [(f["code"], f["file"], f["severity"], f["consumers"]) for f in result.findings] == [
        ("IMP201", "src/lib.js", "warning", [])]


def test_linguist_generated_files_are_not_checked():
    base = {**LIB, ".gitattributes": "*.pb.js linguist-generated\nsrc/gen/** linguist-generated=true\n"
                                     "src/gen/keep.js -linguist-generated\n",
            "api/user.pb.js": STALE_CONSUMER.replace("../src", "../src"),
            "src/gen/client.js": STALE_CONSUMER.replace("../src/", "../"),
            "src/gen/keep.js": STALE_CONSUMER.replace("../src/", "../")}
    change = {"src/lib.js": "export function a() {}\n"}
    assert diff_keys(base, change) == [("IMP101", "src/gen/keep.js", 1, "b")]


WORKSPACE_LIB = {"package.json": '{"private": true, "workspaces": ["lib", "codemod"]}\n',
                 "lib/package.json": '{"name": "lib", "main": "index.ts"}\n',
                 "lib/index.ts": "export function oldName() {}\nexport function newName() {}\n"}
CODEMOD_TSCONFIG = ('{\n  // fixtures are the transform\'s data\n  "extends": "./tsconfig.base.json",\n'
                    '  "include": ["src"],\n  "exclude": ["**/*.input.ts", "**/*.output.ts"],\n}\n')


@pytest.mark.parametrize("config_files, fixture", [
    # payload's codemod: `exclude: ["**/*.input.ts", ...]` in the package's tsconfig
    ({"codemod/tsconfig.json": CODEMOD_TSCONFIG}, "codemod/src/rename/basic.input.ts"),
    ({"codemod/tsconfig.json": CODEMOD_TSCONFIG}, "codemod/src/rename/basic.output.ts"),
    # a fixtures directory excluded by a pattern relative to the config that wrote it,
    # inherited through `extends`
    ({"tsconfig.base.json": '{"exclude": ["codemod/**/fixtures"]}\n',
      "codemod/tsconfig.json": '{"extends": "../tsconfig.base.json"}\n'},
     "codemod/src/rename/fixtures/basic.ts"),
    ({"codemod/jsconfig.json": '{"exclude": ["${configDir}/src/__testfixtures__/"]}\n'},
     "codemod/src/__testfixtures__/basic.js"),
])
def test_test_fixtures_the_tsconfig_excludes_are_not_checked(config_files, fixture):
    # the fixture imports the name the codemod renames: data for its test, never compiled
    # (its tsconfig excludes it) nor run, so removing the name breaks nothing
    base = {**WORKSPACE_LIB,
            **config_files, fixture: "import { oldName } from 'lib';\noldName();\n"}
    change = {"lib/index.ts": "export function newName() {}\n"}
    result = diff_result(base, change)
    assert [(f["code"], f["file"], f["severity"], f.get("consumers")) for f in result.findings] == [
        ("IMP201", "lib/index.ts", "warning", [])]


@pytest.mark.parametrize("config_files, path", [
    ({}, "codemod/src/rename/basic.input.ts"),  # no tsconfig: nothing says tsc skips it
    ({"codemod/tsconfig.json": '{"exclude": ["**/*.output.ts"]}\n'},
     "codemod/src/rename/basic.input.ts"),  # the tsconfig checks it
    ({"codemod/tsconfig.json": '{"exclude": ["scripts"]}\n'},
     "codemod/scripts/release.ts"),  # excluded, but a script: it runs
    ({"codemod/tsconfig.json": '{"exclude": ["**/*.test.ts", "fixtures"]}\n'},
     "codemod/src/rename.test.ts"),  # excluded, but a test: the test runner runs it
    ({"codemod/tsconfig.json": '{"exclude": ["fixtures"]}\n',
      "codemod/src/tsconfig.json": "{}\n"},
     "codemod/src/fixtures/basic.ts"),  # a nearer tsconfig governs it and checks it
])
def test_files_tsc_or_the_runtime_checks_are_still_checked(config_files, path):
    base = {**WORKSPACE_LIB,
            **config_files, path: "import { oldName } from 'lib';\noldName();\n"}
    change = {"lib/index.ts": "export function newName() {}\n"}
    assert ("IMP101", path, 1, "oldName") in diff_keys(base, change)


# create-t3-app: the CLI copies `template/extras/src/server/db/index-prisma.ts` into the project
# it generates, where `~/env` and `./config` resolve; the CLI's own tsconfig includes only `src`
T3_CLI = {"cli/package.json": '{"name": "create-t3-app", "type": "module"}\n',
          "cli/tsconfig.json": '{\n  "compilerOptions": {"baseUrl": "./", "paths": {"~/*": ["./src/*"]}},\n'
                               '  "include": ["src", "tsup.config.ts"]\n}\n',
          "cli/src/index.ts": "import { run } from '~/cli';\nrun();\n",
          "cli/src/cli.ts": "export function run() {}\n",
          "cli/template/base/package.json": '{"name": "app"}\n',
          "cli/template/base/tsconfig.json": '{"compilerOptions": {"paths": {"~/*": ["./src/*"]}}}\n',
          "cli/template/base/src/env.ts": "export const env = {};\n"}
FRAGMENT = "import { env } from '~/env';\nimport { auth } from './config';\nimport './page.module.css';\n"


def test_a_template_fragment_no_tsconfig_includes_is_not_checked():
    change = {"cli/template/extras/src/server/auth/with-prisma.ts": FRAGMENT,
              "cli/template/extras/src/server/auth/index.ts": "export * from './config';\n"}
    assert diff_keys(T3_CLI, change) == []


@pytest.mark.parametrize("path", [
    "cli/template/base/src/server.ts",  # a whole project: its own tsconfig checks it
    "cli/src/templates/render.ts",  # the CLI's own source, which its tsconfig includes
    "cli/scaffold/extras/auth.ts",  # left out of the program, but not named as a template
])
def test_files_a_tsconfig_checks_or_not_named_as_templates_are_still_checked(path):
    change = {path: "import { env } from './gone';\n"}
    assert diff_keys(T3_CLI, change) == [("IMP102", path, 1, "./gone")]


# pinia's Nuxt playground: `ref` and `defineStore` are auto-imports there, while other
# modules of the repository import `ref` from 'vue' (so it is a name impact judges)
AUTO_IMPORTS_BASE = {
    "packages/nuxt/playground/nuxt.config.ts": "export default defineNuxtConfig({});\n",
    "packages/nuxt/playground/package.json": '{"name": "playground", "private": true}\n',
    "packages/vite-app/package.json": '{"name": "vite-app", "devDependencies": '
                                      '{"unplugin-auto-import": "^19.0.0"}}\n',
    "packages/plain/package.json": '{"name": "plain"}\n',
    "packages/pinia/src/store.ts": "import { ref } from 'vue';\nexport const count = ref(0);\n"}
USES_AUTO_IMPORTS = "export const useStore = defineStore('s', () => ({ n: ref(0) }));\n"


def test_names_the_build_auto_imports_are_not_undefined():
    change = {"packages/nuxt/playground/stores/with-skip-hydrate.ts": USES_AUTO_IMPORTS,
              "packages/nuxt/playground/server/api/hello.ts":
                  "export default defineEventHandler(() => ref(1));\n",
              "packages/vite-app/src/stores/counter.ts": USES_AUTO_IMPORTS}
    assert diff_keys(AUTO_IMPORTS_BASE, change) == []


def test_names_used_unbound_where_nothing_auto_imports_are_still_undefined():
    change = {"packages/plain/src/stores/counter.ts": USES_AUTO_IMPORTS}
    assert diff_keys(AUTO_IMPORTS_BASE, change) == [
        ("IMP105", "packages/plain/src/stores/counter.ts", 1, "defineStore"),
        ("IMP105", "packages/plain/src/stores/counter.ts", 1, "ref")]


def test_build_output_still_resolves_and_is_checked_as_an_import_target():
    # a source file importing from build output: no IMP102, and a name it lacks is IMP101
    base = {"dist/index.js": "export function run() {}\n", "src/app.js": "export const x = 1;\n"}
    change = {"src/app.js": "import { run, stop } from '../dist/index.js';\nrun(); stop();\n"}
    assert diff_keys(base, change) == [("IMP101", "src/app.js", 1, "stop")]


def test_source_that_merely_mentions_generation_is_checked():
    header = "// IDs are generated by the server; see docs/ids.md\n"
    base = {**LIB, "src/ids.js": header + STALE_CONSUMER.replace("../src/", "./"),
            "src/build/tool.js": STALE_CONSUMER.replace("../src/", "../")}
    change = {"src/lib.js": "export function a() {}\n"}
    assert diff_keys(base, change) == [
        ("IMP101", "src/build/tool.js", 1, "b"), ("IMP101", "src/ids.js", 2, "b")]


# -- item 8: JavaScript/TypeScript resolution and exports -------------------------------------

TYPED_LIB = {"lib/index.js": "function a() {}\nfunction b() {}\nmodule.exports = { a, b };\n",
             "lib/index.d.ts": "export declare function a(): void;\n"}


def test_require_from_javascript_finds_the_javascript_not_its_declarations():
    base = {**TYPED_LIB, "src/app.js": "const x = 1;\n"}
    change = {"src/app.js": "const { a, b } = require('../lib/index');\nconst lib = require('../lib');\n"
                            "a(); b(); lib.b();\n"}
    assert diff_keys(base, change) == []


def test_typescript_still_reads_the_declarations():
    base = {**TYPED_LIB, "src/app.ts": "export const x = 1;\n"}
    change = {"src/app.ts": "import { a, b } from '../lib/index';\na(); b();\n"}
    assert diff_keys(base, change) == [("IMP101", "src/app.ts", 1, "b")]


FACADE = {"src/greet.ts": "export function greet() { return 1; }\n",
          "src/index.ts": "export { greet } from './greet';\n",
          "src/index.js": "export { greet } from './greet.js';\n",
          "src/direct.ts": "import { greet } from './greet';\nexport const d = greet();\n",
          "src/legacy.js": "import { greet } from './index';\nexport const l = greet();\n"}


def test_deleting_a_facade_counts_only_consumers_that_went_through_it():
    # src/legacy.js resolves to index.js, src/app.ts now imports the module itself: neither is
    # a consumer of the deleted index.ts
    base = {**FACADE, "src/app.ts": "import { greet } from './index';\nexport const a = greet();\n"}
    change = {"src/index.ts": None, "src/app.ts": "import { greet } from './greet';\n"
                                                  "export const a = greet();\n"}
    result = diff_result(base, change, whole_repository=True)
    assert [(f["code"], f["severity"], f["consumers"]) for f in result.findings] == [
        ("IMP201", "warning", [])]


def test_deleting_a_facade_still_names_the_consumers_that_went_through_it():
    base = {**FACADE, "src/index.js": None, "src/legacy.js": None,
            "src/page.ts": "import { greet } from './index';\nexport const p = greet();\n"}
    result = diff_result(base, {"src/index.ts": None}, whole_repository=True)
    assert [(f["code"], f["file"], f["severity"], f.get("consumers")) for f in result.findings] == [
        ("IMP201", "src/greet.ts", "error", [{"file": "src/page.ts", "line": 1}]),
        ("IMP102", "src/page.ts", "error", None)]


def test_type_use_of_a_runtime_global_whose_import_was_removed_is_undefined():
    # `Observable` is a browser global in the runtime lists, but TypeScript's lib has no such
    # type: after its import is removed, the type position names nothing (tsc TS2304)
    uses = "export function wrap(): Observable<number> { return of(1); }\n"
    base = {"src/a.ts": "import type { Observable } from 'rxjs';\nimport { of } from 'rxjs';\n" + uses}
    change = {"src/a.ts": "import { of } from 'rxjs';\n" + uses}
    assert diff_keys(base, change) == [("IMP105", "src/a.ts", 2, "Observable")]


@pytest.mark.parametrize("name, source", [
    ("Buffer", "buffer"),  # @types/node declares it
    ("Request", "node-fetch"),  # TypeScript's lib.dom declares it
])
def test_type_use_of_a_declared_global_after_its_import_was_removed_is_fine(name, source):
    uses = f"export function read(input: {name}): number {{ return 1; }}\n"
    base = {"src/a.ts": f"import type {{ {name} }} from '{source}';\n" + uses}
    change = {"src/a.ts": uses}
    assert diff_keys(base, change) == []


# -- found by the ecosystem check --------------------------------------------------------------


def test_a_declaration_files_top_level_declarations_are_exported_without_export():
    base = {"types/hooks.d.ts": "type DoneFn = (err?: Error) => void\n"
                                "interface Payload { body: string }\n"
                                "export interface Hooks { done: DoneFn }\n",
            "test/a.ts": "import type { Hooks } from '../types/hooks';\nexport let h: Hooks;\n"}
    change = {"test/b.ts": "import type { DoneFn, Payload, Missing } from '../types/hooks';\n"
                           "export let d: DoneFn;\nexport let p: Payload;\nexport let m: Missing;\n"}
    assert diff_keys(base, change) == [("IMP101", "test/b.ts", 1, "Missing")]


GLOBAL_SCRIPT_DTS = ("/// <reference types=\"@cloudflare/workers-types\" />\n"
                     "declare module 'virtual:config' {\n  export const bindingName: string;\n}\n"
                     "// These are globals\ninterface Env { IMAGES: ImagesBinding }\n"
                     "type ImagesBinding = import('@cloudflare/workers-types').ImagesBinding;\n"
                     "type Fetcher = import('@cloudflare/workers-types').Fetcher;\n")
USES_BINDINGS = "export function serve(env: Env, images: ImagesBinding, assets: Fetcher) {}\n"


def test_a_declaration_file_without_top_level_imports_or_exports_declares_globals():
    """astro's cloudflare adapter: `virtual.d.ts` is a script (its only `export` is inside
    `declare module '...'`, its only import an `import('...')` type), so `type Fetcher = ...`
    there is a global type every file of the program may use without importing it."""
    base = {"cf/virtual.d.ts": GLOBAL_SCRIPT_DTS, "cf/src/a.ts": "export const a = 1;\n"}
    change = {"cf/src/prerender.ts": USES_BINDINGS}
    assert diff_keys(base, change) == []


def test_a_declaration_module_declares_no_globals():
    # a top-level export makes the .d.ts a module: its types must be imported
    module = GLOBAL_SCRIPT_DTS + "export type Runtime = { env: Env };\n"
    base = {"cf/virtual.d.ts": module, "cf/src/a.ts": "export const a = 1;\n"}
    change = {"cf/src/prerender.ts": USES_BINDINGS}
    assert [key[3] for key in diff_keys(base, change)] == ["Env", "Fetcher", "ImagesBinding"]


def test_calls_the_change_edited_with_the_signature_are_trusted_for_argument_order():
    base = {"lib/reply.js": "function log(logger, err, res) { logger.error(err, res); }\n"
                            "export function a(reply, err, res) { log(reply.log, err, res); }\n"
                            "export function b(reply, err) { log(reply.log, err, reply); }\n"}
    change = {"lib/reply.js": "function log(err, reply, res) { reply.log.error(err, res); }\n"
                              "export function a(reply, err, res) { log(err, reply, res); }\n"
                              "export function b(reply, err) { log(reply.log, err, reply); }\n"}
    # a() was edited with the signature: trusted; b() was left as it was: shifted
    assert diff_keys(base, change) == [("IMP202", "lib/reply.js", 3, "log")]


def test_the_jsx_namespace_of_the_jsx_runtime_is_known_in_type_positions():
    base = {"src/jsx/base.ts": "export namespace JSX { export type Element = string }\n",
            "src/view.tsx": "export const v = 1;\n"}
    change = {"src/view.tsx": "export const v = 1;\nexport const f = (e: JSX.Element) => e;\n"}
    assert diff_keys(base, change) == []
