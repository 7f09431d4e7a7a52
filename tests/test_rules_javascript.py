"""One positive and one negative case per rule, JavaScript/JSX/TypeScript/TSX."""

from __future__ import annotations

import pytest
from conftest import diff_keys, diff_result

LIB = {"src/lib.js": "export function a() {}\nexport const b = 1;\nexport default function main() {}\n"}



def test_imp101_named_import_of_removed_export():
    base = {**LIB, "src/app.js": "import { a, b } from './lib.js';\nconsole.log(a(), b);\n"}
    change = {"src/lib.js": "export function a() {}\n"}
    assert diff_keys(base, change) == [("IMP101", "src/app.js", 1, "b")]


def test_imp101_default_import_when_default_export_removed():
    base = {**LIB, "src/app.js": "import main from './lib';\nmain();\n"}
    change = {"src/lib.js": "export function a() {}\nexport const b = 1;\n"}
    assert diff_keys(base, change) == [("IMP101", "src/app.js", 1, "default")]


def test_imp101_negative_renamed_with_alias():
    base = {**LIB, "src/app.js": "import { a } from './lib.js';\na();\n"}
    change = {"src/lib.js": "function renamed() {}\nexport { renamed as a };\n"}
    assert diff_keys(base, change) == []


def test_imp101_through_export_star():
    base = {**LIB, "src/index.js": "export * from './lib.js';\n",
            "src/app.js": "import { a, b } from './index.js';\n"}
    change = {"src/lib.js": "export function a() {}\n"}
    assert diff_keys(base, change) == [("IMP101", "src/app.js", 1, "b")]


def test_imp101_commonjs_destructured_require():
    base = {"src/util.js": "function x() {}\nfunction y() {}\nmodule.exports = { x, y };\n",
            "src/app.js": "const { x, y } = require('./util');\nx(); y();\n"}
    change = {"src/util.js": "function x() {}\nmodule.exports = { x };\n"}
    assert diff_keys(base, change) == [("IMP101", "src/app.js", 1, "y")]


def test_commonjs_module_exports_function_imported_as_default():
    base = {"src/fn.cjs": "module.exports = function fn() {};\n", "src/app.mjs": "const q = 1;\n"}
    change = {"src/app.mjs": "import fn from './fn.cjs';\nfn();\n"}
    assert diff_keys(base, change) == []


def test_imp102_deleted_module_and_case_mismatch():
    base = {**LIB, "src/Utils.js": "export const u = 1;\n",
            "src/app.js": "import { a } from './lib.js';\nimport { u } from './Utils';\n"}
    change = {"src/lib.js": None, "src/app.js": "import { a } from './lib.js';\n"
                                                "import { u } from './utils';\n"}
    findings = [f for f in diff_result(base, change).findings
                if f["code"] != "IMP201"]
    assert [(f["code"], f["line"]) for f in findings] == [("IMP102", 1), ("IMP102", 2)]
    assert "differs only in case" in findings[1]["message"]
    assert findings[0]["origin"] == {"file": "src/lib.js", "line": 1}


def test_imp102_dynamic_import_and_require():
    base = {**LIB, "src/app.js": "const x = 1;\n"}
    change = {"src/app.js": "import('./gone.js');\nconst m = require('./missing');\n"
                            "import('./lib.js');\nimport('some-package');\n"}
    assert diff_keys(base, change) == [
        ("IMP102", "src/app.js", 1, "./gone.js"), ("IMP102", "src/app.js", 2, "./missing")]


def test_imp102_negative_bare_and_non_source_specifiers():
    base = {"src/app.js": "const x = 1;\n", "src/style.css": "a{}\n", "src/data.json": "{}\n"}
    change = {"src/app.js": "import React from 'react';\nimport './style.css';\n"
                            "import data from './data.json';\nimport raw from './x.txt?raw';\n"
                            "console.log(React, data, raw);\n"}
    assert diff_keys(base, change) == []


def test_imp103_namespace_member():
    base = {**LIB, "src/app.js": "import * as lib from './lib.js';\nlib.a(); lib.b;\n"}
    change = {"src/lib.js": "export function a() {}\n"}
    assert diff_keys(base, change) == [("IMP103", "src/app.js", 2, "b")]


def test_imp104_export_of_removed_import():
    base = {**LIB, "src/db.js": "import { a, b } from './lib.js';\nexport { a, b };\n"}
    change = {"src/db.js": "import { a } from './lib.js';\nexport { a, b };\n"}
    assert diff_keys(base, change) == [("IMP104", "src/db.js", 2, "b")]


def test_imp104_default_export_and_reexport():
    base = {**LIB, "src/x.js": "function x() {}\nexport default x;\n",
            "src/index.js": "export { a, b as bee } from './lib.js';\n"}
    change = {"src/x.js": "export default x;\n", "src/lib.js": "export function a() {}\n"}
    assert diff_keys(base, change) == [
        ("IMP104", "src/index.js", 1, "b"), ("IMP104", "src/x.js", 1, "x")]


def test_imp105_jsx_handler_removed():
    base = {"src/Button.jsx": "export function Button() {\n  function handleAttach() {}\n"
                              "  return <button onClick={handleAttach}>Attach</button>;\n}\n"}
    change = {"src/Button.jsx": "export function Button() {\n"
                                "  return <button onClick={handleAttach}>Attach</button>;\n}\n"}
    assert diff_keys(base, change) == [("IMP105", "src/Button.jsx", 2, "handleAttach")]


def test_imp105_component_import_removed_tsx():
    base = {"src/Card.tsx": "export const Card = () => <div/>;\n",
            "src/App.tsx": "import { Card } from './Card';\nexport const App = () => <Card />;\n"}
    change = {"src/App.tsx": "export const App = () => <Card />;\n"}
    assert diff_keys(base, change) == [("IMP105", "src/App.tsx", 1, "Card")]


@pytest.mark.parametrize("code", [
    "function f(a, { b, c: [d] }, ...rest) { var h = 1; return a + b + d + rest + h; }\n",
    "for (var i = 0; i < 3; i++) {}\nconsole.log(i);\n",
    "try { run(); } catch (err) { console.error(err); }\nfunction run() {}\n",
    "const el = <div className='x'><span>{window.location.href}</span></div>;\n",
    "class A { method() { return this; } }\nexport default A;\n",
    "label: for (const x of []) { continue label; }\n",
    "const o = { key: 1, nested: { deep: 2 } }; console.log(o.key, process.env.HOME);\n",
    "hoisted(); function hoisted() { return arguments.length; }\n",
])
def test_imp105_negative_scoping(code):
    assert diff_keys({"src/m.jsx": "const x = 1;\n"}, {"src/m.jsx": code}) == []


def test_typescript_types_and_type_imports():
    base = {"src/types.ts": "export interface User { id: string }\nexport type Id = string;\n",
            "src/app.ts": "import type { User } from './types.js';\nimport { type Id } from './types';\n"
                          "function f<T>(u: User, id: Id, x: T): Record<string, T> { return {}; }\n"
                          "let el: HTMLElement | null = null;\n"}
    change = {"src/types.ts": "export interface User { id: string }\n"}
    assert diff_keys(base, change) == [("IMP101", "src/app.ts", 2, "Id")]


def test_typescript_type_usage_after_import_removed():
    base = {"src/types.ts": "export interface User { id: string }\n",
            "src/app.ts": "import type { User } from './types';\nexport function f(u: User) {}\n"}
    change = {"src/app.ts": "export function f(u: User) {}\n"}
    assert diff_keys(base, change) == [("IMP105", "src/app.ts", 1, "User")]


def test_ts_js_extension_resolves_to_ts_and_index():
    base = {"src/a.ts": "export const a = 1;\n", "src/dir/index.ts": "export const d = 1;\n",
            "src/app.ts": "const z = 1;\n"}
    change = {"src/app.ts": "import { a } from './a.js';\nimport { d } from './dir';\n"
                            "console.log(a, d);\n"}
    assert diff_keys(base, change) == []


def test_script_globals_are_visible_to_other_scripts():
    base = {"public/helpers.js": "function formatDate(d) { return d; }\n",
            "public/page.js": "var x = 1;\n"}
    change = {"public/page.js": "var x = formatDate(1);\n"}
    assert diff_keys(base, change) == []


def test_imp301_syntax_error_js():
    base = {**LIB, "src/bad.js": "export const ok = 1;\n"}
    change = {"src/bad.js": "export const = ;\n"}
    assert diff_keys(base, change) == [("IMP301", "src/bad.js", 1, "src/bad.js")]


def test_member_of_a_qualified_type_name_is_not_a_free_name():
    # `Kind.Tup` names the member Tup of Kind: removing a class Tup does not break it (another
    # module declaring a `Tup` makes impact judge type-only names called Tup)
    enum = "export enum Kind { Tup = 'Tup' }\n"
    base = {"src/a.ts": "export class Tup {}\n" + enum + "export interface Def {\n  kind: Kind.Tup;\n}\n",
            "src/b.ts": "export class Tup {}\n"}
    change = {"src/a.ts": enum + "export interface Def {\n  kind: Kind.Tup;\n}\n"}
    assert diff_keys(base, change) == []


def test_multi_line_import_of_a_missing_module_is_one_finding_at_the_specifier():
    from conftest import diff_keys
    base = {"src/sql.js": "export const a = 1, b = 2;\n",
            "src/app.js": "import {\n  a,\n  b,\n} from './sql.js';\nconsole.log(a, b);\n"}
    assert diff_keys(base, {"src/sql.js": None}) == [
        ("IMP102", "src/app.js", 4, "./sql.js")]


def test_a_renamed_file_keeps_what_was_already_wrong_in_it():
    from conftest import diff_keys
    broken = "import def from './nodefault.js';\nconsole.log(def, missingThing);\n"
    base = {"src/nodefault.js": "export const a = 1;\n", "test/fixture.js": broken}
    renamed = {"test/fixture.js": None, "test/fixture.cjs": broken}
    assert diff_keys(base, renamed) == []
    worse = {"test/fixture.js": None,
             "test/fixture.cjs": broken + "import { b } from './nowhere.js';\n"}
    assert diff_keys(base, worse) == [("IMP102", "test/fixture.cjs", 3, "./nowhere.js")]


def test_typescript_export_star_of_a_file_left_without_imports_or_exports_is_reported():
    # a file without any import or export is a script to TypeScript, not a module: the star
    # re-exporting it fails to compile (TS2306; redux-toolkit's `export * from
    # './isAbsoluteUrl'` once its one function is no longer exported). Not in JavaScript, not
    # under `"moduleDetection": "force"`, not for a file that still imports something.
    base = {"src/url.ts": "export function isUrl(s: string) {\n  return true\n}\n",
            "src/kept.ts": "import { isUrl } from './url'\nexport const k = isUrl\n",
            "src/index.ts": "export * from './url'\nexport * from './kept'\n",
            "lib/url.js": "export function isUrl(s) {\n  return true\n}\n",
            "lib/index.js": "export * from './url'\n",
            "forced/tsconfig.json": '{"compilerOptions": {"moduleDetection": "force"}}\n',
            "forced/url.ts": "export function isUrl(s: string) {\n  return true\n}\n",
            "forced/index.ts": "export * from './url'\n"}
    change = {"src/url.ts": "function isUrl(s: string) {\n  return true\n}\n",
              "src/kept.ts": "import './url'\nconst k = 1\n",
              "lib/url.js": "function isUrl(s) {\n  return true\n}\n",
              "forced/url.ts": "function isUrl(s: string) {\n  return true\n}\n"}
    assert diff_keys(base, change) == [("IMP104", "src/index.ts", 1, "./url")]
