"""IMP105 in JavaScript/TypeScript for a name that new code uses and nothing provides, as
eslint's no-undef sees it (issue 13, item 5): judged on the lines the change added, against
the repository, the runtime's globals and what configuration and dependencies may declare."""

from __future__ import annotations

import pytest
from conftest import diff_result, run_impact

from impact.api import diff_files

HANDLER = ("export function handle(request) {\n"
           "  const body = request.body;\n"
           "  return body;\n"
           "}\n")


def unknown(base: dict, change: dict, show_all: bool = False) -> list[tuple]:
    result = diff_result(base, change, show_all=show_all)
    assert result.exit_code in (0, 1), result.stderr
    return sorted((f["file"], f["line"], f["symbol"]) for f in result.findings
                  if f["code"] == "IMP105")


def test_a_misnamed_variable_on_an_added_line_is_reported():
    change = {"src/handler.js": HANDLER.replace("  return body;\n",
                                                "  console.log(req.url);\n  return body;\n")}
    assert unknown({"src/handler.js": HANDLER}, change) == [
        ("src/handler.js", 3, "req")]


def test_same_in_typescript_and_jsx():
    base = {"src/a.ts": "export const a = (n: number) => n;\n",
            "src/view.jsx": "export const View = () => <div>hi</div>;\n"}
    change = {"src/a.ts": "export const a = (n: number) => n + offset;\n",
              "src/view.jsx": "export const View = () => <Card>hi</Card>;\n"}
    assert unknown(base, change) == [("src/a.ts", 1, "offset"),
                                                   ("src/view.jsx", 1, "Card")]


def test_runtime_globals_types_and_guards_are_not_reported():
    base = {"src/a.ts": "export const a = 1;\n"}
    change = {"src/a.ts": "export const a: Record<string, HTMLElement> = {};\n"
                          "console.log(window.location, process.env.X, fetch, structuredClone);\n"
                          "if (typeof Bun !== 'undefined') { console.log('bun'); }\n"
                          "describe('x', () => { it('y', () => expect(1).toBe(1)); });\n"
                          "let v: SomeAmbientType | undefined;\n"}
    assert unknown(base, change) == []


TESTING = ("export { assert, describe, expect, it } from 'vitest';\n")
SPEC = ("import { assert, describe, it } from './testing';\n\n"
        "describe('x', () => {\n  it('y', () => {\n    assert.ok(1);\n    assert.equal(1, 1);\n"
        "  });\n});\n")


def test_a_runner_global_a_file_that_imports_its_test_api_no_longer_imports_is_not_defined():
    """blueprint's tests import `describe`, `assert`... from a wrapper of vitest, which defines
    no globals by default: with `assert` dropped from the import, its uses are not defined (tsc:
    "Cannot find name 'assert'"), though vitest's `globals: true` would define it."""
    change = {"src/a.test.ts": SPEC.replace("assert, ", "")}
    assert unknown({"src/testing.ts": TESTING, "src/a.test.ts": SPEC}, change) == [
        ("src/a.test.ts", 5, "assert"), ("src/a.test.ts", 6, "assert")]


def test_a_runner_global_is_ambient_where_a_file_imports_no_test_api():
    """A file that takes nothing of its runner's own API by import relies on its globals
    (jest's, mocha's, vitest's `globals: true`), also when it imports chai's `expect`."""
    base = {"src/testing.ts": TESTING, "src/a.test.ts": SPEC, "src/b.test.ts": "export const b = 1;\n"}
    change = {"src/b.test.ts": "import { expect } from 'chai';\n\n"
                               "describe('x', () => { it('y', () => { assert.ok(expect); }); });\n"}
    assert unknown(base, change) == []


def test_what_the_repository_declares_or_configures_is_not_reported():
    base = {"src/a.js": "export const a = 1;\n",
            "src/globals.d.ts": "declare const __BUILD__: string;\n",
            "src/boot.js": "window.appConfig = { debug: true };\n",
            "vite.config.js": "export default { define: { APP_VERSION: JSON.stringify('1') } };\n"}
    change = {"src/a.js": "/* global legacyApi */\nexport const a = [__BUILD__, appConfig, "
                          "APP_VERSION, legacyApi];\n"}
    assert unknown(base, change) == []


def test_a_global_another_script_reads_from_window_is_not_reported():
    """flask-admin 890863fe30: form.js's new `jQuery.parseJSON(...)`; jQuery is the page's (a
    template's script tag loads the vendored, minified library), and bootstrap.js reads it as
    `window.jQuery`: the repository relies on the page to provide it."""
    base = {"static/bootstrap.js": "!function ($) {\n  $.fn.tab = 1;\n}(window.jQuery);\n",
            "static/form.js": "(function () {\n  var a = 1;\n})();\n"}
    change = {"static/form.js": "(function () {\n  var a = jQuery.parseJSON(jQeury);\n})();\n"}
    assert unknown(base, change) == [("static/form.js", 2, "jQeury")]


def test_a_dependency_that_declares_globals_silences_unknown_names():
    base = {"package.json": '{"name": "app", "devDependencies": {"@types/jquery": "3"}}\n',
            "src/a.js": "export const a = 1;\n"}
    change = {"src/a.js": "export const a = $('#x');\n"}
    assert unknown(base, change) == []


def test_unknown_names_on_unchanged_lines_and_with_all_are_not_judged():
    base = {"src/a.js": "export const a = legacyGlobal;\nexport const b = 1;\n"}
    change = {"src/a.js": "export const a = legacyGlobal + 1;\nexport const b = 2;\n"}
    assert unknown(base, change) == []
    assert unknown(base, change, show_all=True) == []


def test_a_global_other_files_already_use_unbound_is_not_reported():
    """A page global (set by a server template, declared by a shared eslint config the
    repository does not hold) that other files already use: the repository relies on it."""
    base = {"public/src/app.js": "define('forum/a', [], function () {\n  return app.user;\n});\n",
            "public/src/b.js": "define('forum/b', [], function () {\n  return 1;\n});\n"}
    change = {"public/src/b.js": "define('forum/b', [], function () {\n  return app.user || aap.user;\n});\n"}
    assert unknown(base, change) == [("public/src/b.js", 2, "aap")]


def test_a_page_global_the_server_also_binds_is_not_judged_where_scripts_rely_on_it():
    """NodeBB: the server binds `app` at top level, so the repository knows the name, while the
    browser scripts use the page's `app` unbound in both revisions; a new use is no finding.
    A name whose binding the change removes is still judged in the file that lost it."""
    base = {"src/webserver.js": "const app = require('express')();\nmodule.exports = app;\n",
            "public/src/a.js": "define('forum/a', [], function () {\n  return app.user;\n});\n",
            "public/src/b.js": "define('forum/b', [], function () {\n  return 1;\n});\n",
            "src/use.js": "const { helper } = require('./helper');\nhelper();\n",
            "src/helper.js": "exports.helper = () => 1;\n"}
    change = {"public/src/b.js": "define('forum/b', [], function () {\n  return app.user;\n});\n",
              "src/use.js": "helper();\n"}
    assert unknown(base, change) == [("src/use.js", 1, "helper")]


MATRIX = """/**
 * A 2x2 matrix. See {@link Matrix2#set}.
 */
export class Matrix2 {
\t/**
\t * @param {Object3D} object - documented, never imported
\t * @param {{rows: number, label: 'Matrix2'}} options
\t * @return {Matrix2} this matrix
\t */
\tcopy( object, options ) {
\t\treturn this;
\t}
}
"""


def test_a_jsdoc_type_naming_a_class_renamed_in_place_is_a_warning():
    """tsc's checkJs resolves JSDoc types: `@return {Matrix2}` after `Matrix2` was renamed in
    its own file is TS2304. A warning (nothing fails at run time), and only for a name the
    file binds in one of the revisions: `{Object3D}`, never imported, is a habit."""
    base = {"src/Matrix2.js": MATRIX}
    change = {"src/Matrix2.js": MATRIX.replace("export class Matrix2 {", "export class Matrix22 {")}
    result = diff_files(base, change)
    found = [(f.code, f.line, f.column, f.symbol, f.severity) for f in result.findings
             if f.code == "IMP105"]
    assert found == [("IMP105", 8, 14, "Matrix2", "warning")]
    unchanged = {"src/Matrix2.js": MATRIX.replace("this matrix", "the matrix")}
    assert [f for f in diff_files(base, unchanged).findings if f.code == "IMP105"] == []


def test_a_jsdoc_type_in_typescript_or_of_a_name_still_bound_is_not_judged():
    ts = MATRIX.replace("copy( object, options )", "copy( object: unknown, options: unknown )")
    base = {"src/Matrix2.ts": ts, "src/other.js": MATRIX}
    change = {"src/Matrix2.ts": ts.replace("export class Matrix2 {", "export class Matrix22 {"),
              "src/other.js": MATRIX.replace("@return {Matrix2}", "@return {Matrix2|null}")}
    assert [f for f in diff_files(base, change).findings if f.code == "IMP105"] == []


def test_optional_keys_of_a_jsdoc_object_type_are_not_type_names():
    """`{ csp?: Csp; transformError?: (e: unknown) => unknown }`: `csp` and `transformError`
    are keys, even when the module once bound those names."""
    doc = ("/**\n * @param {{ idPrefix?: string; csp?: Csp; transformError?: (error: unknown) => "
           "unknown }} options\n */\nexport function create(options) {\n  return options;\n}\n")
    base = {"src/render.js": "import { csp, transformError } from './csp.js';\n\n" + doc +
            "export const both = [csp, transformError];\n",
            "src/csp.js": "export const csp = 1;\nexport const transformError = 2;\n"}
    change = {"src/render.js": doc}
    assert [f for f in diff_files(base, change).findings if f.code == "IMP105"] == []
    # a type name the module stopped binding is still judged
    typed = {"src/render.js": base["src/render.js"].replace("@param {{", "@param {Csp | {")
             .replace("unknown }} options", "unknown }} options").replace("import { csp,",
                                                                          "import { Csp, csp,"),
             "src/csp.js": base["src/csp.js"] + "export class Csp {}\n"}
    gone = {"src/render.js": typed["src/render.js"].replace("import { Csp, csp,", "import { csp,")}
    assert [f.symbol for f in diff_files(typed, gone).findings if f.code == "IMP105"] == ["Csp", "Csp"]


RENDER = """/**
 * @param {{ prefix: string }} options
 */
export function render(options) {
  const nonce = make();
  const transform = (error) => error;
  return [options.prefix, nonce, transform];
}

function make() {
  return 'n';
}
"""


def test_optional_keys_and_methods_of_a_jsdoc_object_type_are_not_names():
    """`{{ nonce?: string; transform?(e: unknown): unknown }}` in a JSDoc type: optional
    property and method keys are members of the object type, not types to resolve, even
    when the file binds the same names as variables."""
    change = {"src/render.js": RENDER.replace(
        "{{ prefix: string }}",
        "{{ prefix: string; nonce?: string; transform?(error: unknown): unknown;"
        " make(): string }}")}
    assert [f for f in diff_files({"src/render.js": RENDER}, change).findings
            if f.code == "IMP105"] == []
    typed = {"src/render.js": RENDER.replace("{{ prefix: string }}",
                                             "{{ prefix: string; nonce?: transform }}")}
    found = [(f.line, f.symbol, f.severity) for f in
             diff_files({"src/render.js": RENDER}, typed).findings if f.code == "IMP105"]
    assert found == [(2, "transform", "warning")]  # the type of an optional key still counts


def test_a_umd_namespace_of_the_dependencies_types_names_types_without_an_import(repo_factory):
    """`export as namespace React` (@types/react) lets a module write `React.ReactNode` in a
    type position without importing React (plane dropped the import in 400 files); a value
    use of it (`React.useState`) still needs the import (tsc TS2686)."""
    base = {"package.json": '{"dependencies": {"react": "^19.0.0"}}',
            "src/option.tsx": "import React from 'react';\n"
                              "type Props = { icon?: React.ReactNode; title: string };\n"
                              "export function Option({ icon, title }: Props) {\n"
                              "  return <b>{icon}{title}</b>;\n}\n"}
    change = {"src/option.tsx": base["src/option.tsx"].replace("import React from 'react';\n", "")}
    value = {"src/option.tsx": change["src/option.tsx"].replace(
        "  return", "  const [open] = React.useState(false);\n  return")}
    repo = repo_factory([base, change, value])
    result = run_impact(repo, "diff", "HEAD~2", "HEAD~1", "--format", "json")
    assert (result.exit_code, result.findings) == (0, []), result.stderr
    result = run_impact(repo, "diff", "HEAD~2", "HEAD", "--format", "json")
    assert [(f["code"], f["line"], f["symbol"]) for f in result.findings] == [
        ("IMP105", 3, "React")]


UTIL = """/**
 * @param {string} range e.g. "200-299"
 * @returns {number[]} its bounds
 */
export function bounds(range) {
  return range.split("-").map((string) => parseInt(string));
}
"""


@pytest.mark.parametrize("keyword", ["string", "number", "boolean", "object", "symbol", "bigint",
                                     "any", "unknown", "never", "undefined"])
def test_a_primitive_type_of_a_jsdoc_type_is_no_name_even_where_the_file_binds_it(keyword):
    """`@param {string} tag` names TypeScript's primitive type, never a variable: uptime-kuma's
    util-server.js once had `(string) => parseInt(string)`, and a new JSDoc'd function after
    that arrow went was a warning on each `{string}` (a type cannot be named `string`)."""
    base = {"src/util.js": UTIL.replace("string", keyword)}
    added = ("\n/**\n * @param {KEY} tag a tag\n * @returns {KEY|null} it\n */\n"
             "export function tagOf(tag) {\n  return tag;\n}\n").replace("KEY", keyword)
    change = {"src/util.js": UTIL.replace("((string) => parseInt(string))", "(Number)")
              .replace("string", keyword) + added}
    assert [f for f in diff_files(base, change).findings if f.code == "IMP105"] == []


TELEMETRY = """\
import { SpanStatusCode } from '@opentelemetry/api';

/** @type {{ code: typeof SpanStatusCode } | null} */
export let otel = null;

export async function wrap(original) {
\tconst api = await original();
\treturn /** @type {typeof api.trace} */ (api.trace);
}
"""


def test_jsdoc_names_an_import_tag_or_a_local_binds_are_not_judged():
    """sveltejs/kit moved `SpanStatusCode` from an import to a JSDoc `@import` (TypeScript 5.5),
    and reads `typeof api.trace` where `api` is a local: tsc resolves both, so neither is an
    IMP105 warning (both were)."""
    base = {"src/telemetry.js": TELEMETRY.replace("const api = await original();",
                                                  "const local = await original();")
            .replace("(api.trace)", "(local.trace)") + "export const api = 1;\n"}
    head = TELEMETRY.replace("import { SpanStatusCode } from '@opentelemetry/api';",
                             "/** @import { Tracer, type SpanStatusCode as Unused, SpanStatusCode }"
                             " from '@opentelemetry/api' */")
    change = {"src/telemetry.js": head}
    assert [(f.code, f.line) for f in diff_files(base, change).findings if f.code == "IMP105"] == []
    # without the @import, the JSDoc type names a name the file no longer binds: still judged
    gone = head.replace(", SpanStatusCode }", " }")
    assert [(f.code, f.line, f.symbol) for f in diff_files(base, {"src/telemetry.js": gone}).findings
            if f.code == "IMP105"] == [("IMP105", 3, "SpanStatusCode")]


VITEST_GLOBALS_CONFIG = ("import { defineConfig } from 'vitest/config';\n\n"
                         "export default defineConfig({ test: { globals: true, environment: 'node' } });\n")


def test_a_runner_global_is_defined_where_the_vitest_config_turns_globals_on():
    """With `globals: true` in the vitest config above it, vitest defines `assert`, `expect` and
    `vi` for a test file that imports `describe` by name too (vitest 4: the test passes); in a
    Vite config's `test:` as well. Without it (the config removed, or `globals` off) they are
    not defined (ReferenceError), and stay reported."""
    change = {"src/a.test.ts": SPEC.replace("assert, ", "")}
    for config in ("vitest.config.ts", "vite.config.mts"):
        base = {"src/testing.ts": TESTING, "src/a.test.ts": SPEC, config: VITEST_GLOBALS_CONFIG}
        assert unknown(base, change) == []
        for off in ({config: None}, {config: VITEST_GLOBALS_CONFIG.replace("true", "false")}):
            assert unknown(base, {**change, **off}) == [("src/a.test.ts", 5, "assert"),
                                                         ("src/a.test.ts", 6, "assert")]
