"""The `resolve.alias` of a webpack or Vite config maps the specifiers of the files below it
(resolve/bundler_aliases.py). webpack/webpack gave 2 false IMP102 in its own history:
test/configCases/performance/unused-aliases-absolute/index.js imports `./src/real/top.js`,
which its webpack.config.js maps to `src/other` through a key that is a path."""

from __future__ import annotations

import pytest
from conftest import diff_keys, diff_result

from impact.api import diff_files

CASE = "test/case"
WEBPACK = """const path = require("path");

module.exports = {
\tresolve: {
\t\talias: {
\t\t\t[path.resolve(__dirname, "src/real")]: path.resolve(__dirname, "src/other"),
\t\t\t"@app$": path.resolve(__dirname, "src/other/top.js"),
\t\t\t"@lib": path.join(__dirname, "lib"),
\t\t\t"@dyn": process.env.DYN_DIR,
\t\t},
\t},
};
"""
FILES = {f"{CASE}/webpack.config.js": WEBPACK,
         f"{CASE}/src/other/top.js": "export default 'other';\n",
         f"{CASE}/lib/util.js": "export const util = 1;\n"}


def test_a_key_that_is_a_path_maps_a_relative_specifier():
    """webpack 7f2d6472ec6f: `./src/real/top.js` is `src/other/top.js`."""
    change = {f"{CASE}/index.js": "import top from './src/real/top.js';\n\nconsole.log(top);\n"}
    assert diff_keys(FILES, change) == []


def test_an_aliased_specifier_that_finds_nothing_is_missing():
    change = {f"{CASE}/index.js": "import top from './src/real/gone.js';\n"
                                  "import { util } from '@lib/nothing';\n\nconsole.log(top, util);\n"}
    assert diff_keys(FILES, change) == [("IMP102", f"{CASE}/index.js", 1, "./src/real/gone.js"),
                                        ("IMP102", f"{CASE}/index.js", 2, "@lib/nothing")]


def test_an_exact_key_and_a_prefix_key_map_what_they_name():
    change = {f"{CASE}/index.js": "import top from '@app';\nimport { util } from '@lib/util';\n\n"
                                  "console.log(top, util);\n"}
    assert diff_keys(FILES, change) == []


def test_a_specifier_under_an_alias_impact_cannot_read_is_not_judged():
    change = {f"{CASE}/index.js": "import x from '@dyn/x';\n\nconsole.log(x);\n",
              f"{CASE}/webpack.config.js": WEBPACK.replace(
                  'path.resolve(__dirname, "src/other"),', "otherDirectory,")}
    change[f"{CASE}/index.js"] += "import top from './src/real/top.js';\n\nconsole.log(top);\n"
    assert diff_keys(FILES, change) == []


VITE = """import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
    ],
  },
})
"""


def test_a_vite_alias_maps_a_bare_specifier():
    base = {"app/vite.config.ts": VITE, "app/src/api.ts": "export const api = 1;\n"}
    change = {"app/src/main.ts": "import { api } from '@/api';\nimport { gone } from '@/gone';\n\n"
                                 "console.log(api, gone);\n"}
    assert diff_keys(base, change) == [("IMP102", "app/src/main.ts", 2, "@/gone")]


@pytest.mark.parametrize("whole_repository", [False, True])
def test_an_alias_changed_in_the_config_reaches_the_files_below_it(whole_repository):
    base = {**FILES, f"{CASE}/index.js": "import top from './src/real/top.js';\n\nconsole.log(top);\n"}
    change = {f"{CASE}/webpack.config.js": WEBPACK.replace('"src/other")', '"src/moved")')}
    found = diff_result(base, change, whole_repository=whole_repository).findings
    assert [(f["code"], f["file"], f["line"]) for f in found] == [("IMP102", f"{CASE}/index.js", 1)]


NO_ALIASES = "module.exports = {\n\tmode: 'development',\n\tresolve: { extensions: ['.js'] },\n};\n"
OTHER = {"other/x.js": "export const x = 1;\n", "other/y.js": "import { x } from './x.js';\n"}


@pytest.mark.parametrize("change", [
    {"test/new-case/webpack.config.js": NO_ALIASES, "test/new-case/index.js": "export {};\n"},
    {f"{CASE}/webpack.config.js": WEBPACK.replace("module.exports = {", "module.exports = {\n"
                                                  "\tmode: 'production',")},
])
def test_a_config_whose_aliases_stay_the_same_checks_only_what_it_affects(change):
    """webpack adds a test case with its own webpack.config.js in most commits."""
    checked = set(diff_files({**FILES, **OTHER}, change).head.checked)
    assert not checked & set(OTHER)


def test_a_config_added_with_aliases_checks_the_files_below_it():
    """webpack's test cases with `resolve.alias` (unused-aliases-*): not all 14,000 files."""
    checked = set(diff_files({**FILES, **OTHER}, {"other/webpack.config.js": WEBPACK}).head.checked)
    assert checked >= set(OTHER) and not checked & set(FILES)


def test_an_alias_edited_in_place_checks_every_file():
    change = {f"{CASE}/webpack.config.js": WEBPACK.replace('"src/other")', '"src/moved")')}
    assert set(diff_files({**FILES, **OTHER}, change).head.checked) >= set(OTHER)


@pytest.mark.parametrize("whole_repository", [False, True])
def test_a_config_added_with_aliases_reaches_an_unchanged_file_below_it(whole_repository):
    base = {f"{CASE}/lib/util.js": "export const util = 1;\n",
            f"{CASE}/index.js": "import { util } from '@lib/nothing';\n\nconsole.log(util);\n"}
    change = {f"{CASE}/webpack.config.js": WEBPACK}
    found = diff_result(base, change, whole_repository=whole_repository).findings
    assert [(f["code"], f["file"], f["line"]) for f in found] == [("IMP102", f"{CASE}/index.js", 1)]


SHLINK_VITE = """import * as path from 'path';
import { defineConfig } from 'vite';

export default defineConfig({
  resolve: {
    alias: {
      '@kit/component': path.resolve(__dirname, './component/src'),
    },
  },
});
"""
SHLINK_TSCONFIG = """{
  "compilerOptions": {"strict": true, "baseUrl": ".", "moduleResolution": "node",
    "paths": {"@kit/component": ["component/src"],
              "@kit/component/api-contract": ["component/src/api-contract"]}},
  "include": ["**/*.ts", "**/*.tsx"]
}
"""
SHLINK = {"package.json": '{"name": "web-client", "private": true}\n',
          "vite.config.ts": SHLINK_VITE, "tsconfig.json": SHLINK_TSCONFIG,
          "component/src/index.ts": "export const version = 1;\n",
          "component/src/api-contract/index.ts": "export type Order = 'ASC' | 'DESC';\n",
          "component/src/api-contract/utils.ts": "export const isRegularNotFound = () => false;\n",
          "src/client.ts": "import type { Order } from '@kit/component/api-contract';\n\n"
                           "export const order: Order = 'ASC';\n"}


def test_a_subpath_of_an_alias_whose_tsconfig_paths_map_only_the_key_fails_tsc():
    """shlink-web-client 007d79dd03: vite's alias `@kit/component` matches any prefix and finds
    `component/src/api-contract/utils.ts`; the tsconfig's `paths` map the key and one subpath
    exactly, no `@kit/component/*`, and `npm run build` runs tsc first: TS2307 (9f9f3b6402 fixes
    it). A JavaScript importer (tsc does not check it) and a subpath `paths` maps stay silent."""
    change = {"src/client.ts": SHLINK["src/client.ts"] +
              "import { isRegularNotFound } from '@kit/component/api-contract/utils';\n\n"
              "export const gone = isRegularNotFound();\n",
              "src/legacy.js": "import { isRegularNotFound } from '@kit/component/api-contract/utils';\n\n"
                               "export const gone = isRegularNotFound();\n"}
    assert diff_keys(SHLINK, change) == [("IMP102", "src/client.ts", 4, "@kit/component/api-contract/utils")]
    finding = next(f for f in diff_files(SHLINK, change).findings if f.code == "IMP102")
    assert "the `paths` of tsconfig.json map the bundler alias" in finding.message
    wildcard = {**SHLINK, "tsconfig.json": SHLINK_TSCONFIG.replace(
        '"@kit/component": ["component/src"],',
        '"@kit/component": ["component/src"], "@kit/component/*": ["component/src/*"],')}
    assert diff_keys(wildcard, change) == []
