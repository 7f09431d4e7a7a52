"""JavaScript/TypeScript resolution paths: each case is a base tree, a clean change that must
give no finding, and a breaking change (on top of the clean one) that must give exactly the
expected findings. One real repository per case: base -> clean -> breaking."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from conftest import diff_result, run_impact

UTILS = "export function b() {}\nexport function keep() {}\n"
UTILS_CLEAN = "export function b() { return 1; }\nexport function keep() {}\nexport const added = 1;\n"
UTILS_BROKEN = "export function keep() {}\n"


def manifest(**fields) -> str:
    return json.dumps(fields, indent=2) + "\n"


@dataclass
class Case:
    id: str
    base: dict
    clean: dict
    breaking: dict
    expected: list  # (code, file, line, symbol) of the breaking change, IMP201 left out


def removal(case_id: str, importer: str, code: str, target: str, extra: dict | None = None) -> Case:
    """`importer` (path, source) imports `b` through some path to `target`; the clean change
    edits the target keeping `b`, the breaking one removes `b`."""
    return Case(case_id, {target: UTILS, importer: code, **(extra or {})}, {target: UTILS_CLEAN},
                {target: UTILS_BROKEN}, [("IMP101", importer, 1, "b")])


def deletion(case_id: str, importer: str, code: str, target: str, extra: dict | None = None) -> Case:
    """As `removal`, but the breaking change deletes the target file."""
    return Case(case_id, {target: UTILS, importer: code, **(extra or {})}, {target: UTILS_CLEAN},
                {target: None}, [("IMP102", importer, 1, code.split("'")[1])])


SELF = {"package.json": manifest(name="acme", exports={
    ".": "./src/index.js",
    "./utils": {"types": "./dist/utils.d.ts", "import": "./src/utils.mjs", "require": "./src/u.cjs"},
    "./features/*": "./src/features/*.js",
    "./features/internal/*": None,
    "./legacy/*.js": {"default": "./lib/*.js"},
}), "src/index.js": "export const version = 1;\n"}
IMPORTS_FIELD = {"package.json": manifest(name="app", imports={
    "#db": "./src/db/index.js",
    "#utils/*": {"import": "./src/utils/*.js", "default": "./src/utils/*.cjs"},
    "#dep": "some-installed-package",
})}
TSCONFIG_JSONC = """{
  // comments and trailing commas: tsconfig is JSONC
  "compilerOptions": {
    /* aliases */
    "baseUrl": ".",
    "paths": { "@/*": ["./src/*"], "@lib": ["./src/lib/index.ts",], },
  },
}
"""
EXTENDS_CHAIN = {
    "tsconfig.json": '{ "extends": "./configs/tsconfig.app.json", "include": ["src"] }\n',
    "configs/tsconfig.app.json": '{ "extends": "../tsconfig.paths", "compilerOptions": {} }\n',
    "tsconfig.paths.json": '{ "compilerOptions": { "paths": { "~/*": ["./src/*"] } } }\n',
}
WORKSPACE_TSCONFIG = {
    "package.json": manifest(name="root", workspaces=["config", "apps/*"]),
    "config/package.json": manifest(name="@acme/tsconfig"),
    "config/base.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"$shared/*": ["../shared/*"]}}}',
    "apps/web/tsconfig.json": '{"extends": "@acme/tsconfig/base.json"}',
}
NEAREST = {
    "tsconfig.json": '{ "compilerOptions": { "paths": { "~/*": ["./elsewhere/*"] } } }\n',
    "web/tsconfig.json": '{ "compilerOptions": { "baseUrl": "./app", "paths": { "~/*": ["*"] } } }\n',
}
WORKSPACES = {
    "package.json": manifest(name="root", private=True, workspaces=["packages/*", "!packages/skip"]),
    "packages/core/package.json": manifest(name="@acme/core", main="src/index.js"),
    "packages/ui/package.json": manifest(name="@acme/ui", exports={".": {
        "types": "./dist/index.d.ts", "default": "./src/index.ts"}, "./button": "./src/button.tsx"}),
}
YARN_WORKSPACES = {
    "package.json": manifest(name="root", private=True, workspaces={"packages": ["libs/**"]}),
    "libs/deep/util/package.json": manifest(name="deep-util", module="./esm/index.mjs"),
}
PNPM_WORKSPACES = {
    "package.json": manifest(name="root", private=True),
    "pnpm-workspace.yaml": "packages:\n  - 'tools/*'\n",
    "tools/cli/package.json": manifest(name="@acme/cli", exports="./lib/main.js"),
}

CASES = [
    # relative specifiers
    removal("extensionless", "src/app.js", "import { b } from './utils';\nb();\n", "src/utils.js"),
    deletion("extensionless-deleted", "src/app.js", "import { b } from './utils';\n", "src/utils.js"),
    deletion("extensionless-deleted-with-output-ignored", "src/app.ts", "import { b } from './utils';\n",
             "src/utils.ts", {".gitignore": "*.js\n/dist\n"}),
    removal("directory-index", "src/app.ts", "import { b } from './lib';\n", "src/lib/index.ts"),
    deletion("directory-index-deleted", "src/app.ts", "import { b } from './lib';\n", "src/lib/index.ts"),
    removal("mjs", "src/app.mjs", "import { b } from './utils.mjs';\n", "src/utils.mjs"),
    removal("cjs-require", "src/app.cjs", "const { b } = require('./utils.cjs');\n", "src/utils.cjs"),
    removal("ts-js-suffix", "src/app.ts", "import { b } from './utils.js';\n", "src/utils.ts"),
    removal("mts-mjs-suffix", "src/app.mts", "import { b } from './utils.mjs';\n", "src/utils.mts"),
    deletion("cts-cjs-suffix-deleted", "src/app.cts", "import { b } from './utils.cjs';\n", "src/utils.cts"),
    # package.json exports, imported by the package's own name
    removal("exports-conditions", "src/app.js", "import { b } from 'acme/utils';\n", "src/utils.mjs", SELF),
    removal("exports-pattern", "src/app.js", "import { b } from 'acme/features/x';\n",
            "src/features/x.js", SELF),
    deletion("exports-pattern-deleted", "src/app.js", "import { b } from 'acme/features/x';\n",
             "src/features/x.js", SELF),
    removal("exports-pattern-with-extension", "src/app.js", "import { b } from 'acme/legacy/old.js';\n",
            "lib/old.js", SELF),
    # package.json imports
    removal("imports-exact", "src/app.js", "import { b } from '#db';\n", "src/db/index.js", IMPORTS_FIELD),
    removal("imports-pattern", "src/app.js", "import { b } from '#utils/text';\n", "src/utils/text.js",
            IMPORTS_FIELD),
    deletion("imports-pattern-deleted", "src/app.js", "import { b } from '#utils/text';\n",
             "src/utils/text.js", IMPORTS_FIELD),
    # tsconfig / jsconfig paths and baseUrl
    removal("paths-jsonc", "src/app.ts", "import { b } from '@/utils/text';\n", "src/utils/text.ts",
            {"tsconfig.json": TSCONFIG_JSONC}),
    deletion("paths-deleted", "src/app.ts", "import { b } from '@/utils/text';\n", "src/utils/text.ts",
             {"tsconfig.json": TSCONFIG_JSONC}),
    removal("paths-exact", "src/app.ts", "import { b } from '@lib';\n", "src/lib/index.ts",
            {"tsconfig.json": TSCONFIG_JSONC}),
    removal("base-url", "src/app.ts", "import { b } from 'src/utils/text';\n", "src/utils/text.ts",
            {"tsconfig.json": TSCONFIG_JSONC}),
    removal("paths-extends-chain", "src/app.ts", "import { b } from '~/utils';\n", "src/utils.ts",
            EXTENDS_CHAIN),
    removal("paths-extends-workspace-package", "apps/web/a.ts", "import { b } from '$shared/u';\n",
            "shared/u.ts", WORKSPACE_TSCONFIG),
    removal("paths-nearest-tsconfig", "web/app/page.tsx", "import { b } from '~/utils';\n",
            "web/app/utils.ts", NEAREST),
    removal("jsconfig-paths", "src/app.js", "import { b } from '@/utils';\n", "src/utils.js",
            {"jsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["src/*"]}}}\n'}),
    # workspaces: a member imported by name resolves to its files
    removal("workspace-main", "packages/web/app.js", "import { b } from '@acme/core';\n",
            "packages/core/src/index.js", WORKSPACES),
    removal("workspace-exports-condition", "packages/web/app.tsx", "import { b } from '@acme/ui';\n",
            "packages/ui/src/index.ts", WORKSPACES),
    deletion("workspace-exports-subpath-deleted", "packages/web/app.tsx",
             "import { b } from '@acme/ui/button';\n", "packages/ui/src/button.tsx", WORKSPACES),
    removal("yarn-workspaces-module", "app.js", "import { b } from 'deep-util';\n",
            "libs/deep/util/esm/index.mjs", YARN_WORKSPACES),
    removal("pnpm-workspace", "app.ts", "import { b } from '@acme/cli';\n", "tools/cli/lib/main.js",
            PNPM_WORKSPACES),
    # module kinds and interop
    Case("commonjs-named-exports", {"src/u.js": "exports.b = () => 1;\nexports.keep = 2;\n",
                                    "src/app.mjs": "import { b } from './u.js';\n"},
         {"src/u.js": "exports.b = () => 2;\nexports.keep = 2;\n"}, {"src/u.js": "exports.keep = 2;\n"},
         [("IMP101", "src/app.mjs", 1, "b")]),
    Case("commonjs-default-interop", {"src/fn.cjs": "module.exports = function fn() {};\n",
                                      "src/app.mjs": "import fn from './fn.cjs';\nfn();\n"},
         {"src/fn.cjs": "module.exports = function fn(a) { return a; };\n"}, {"src/fn.cjs": None},
         [("IMP102", "src/app.mjs", 1, "./fn.cjs")]),
    Case("typescript-export-equals", {"src/f.ts": "function f() {}\nexport = f;\n",
                                      "src/a.ts": "import f = require('./f');\nf();\n",
                                      "src/b.ts": "import f from './f';\nf();\n"},
         {"src/f.ts": "function f(x?: number) {}\nexport = f;\n"}, {"src/f.ts": None},
         [("IMP102", "src/a.ts", 1, "./f"), ("IMP102", "src/b.ts", 1, "./f")]),
    Case("import-type-and-export-type",
         {"src/t.ts": "export type Id = string;\nexport interface User { id: Id }\n",
          "src/a.ts": "import type { Id } from './t';\nlet x: Id = '';\n",
          "src/index.ts": "export type { User } from './t';\n"},
         {"src/t.ts": "export type Id = string | number;\nexport interface User { id: Id }\n"},
         {"src/t.ts": "export interface Other {}\n"},
         [("IMP101", "src/a.ts", 1, "Id"), ("IMP104", "src/index.ts", 1, "User")]),
    Case("namespace-member", {"src/u.js": UTILS, "src/app.js": "import * as ns from './u.js';\nns.b();\n"},
         {"src/u.js": UTILS_CLEAN}, {"src/u.js": UTILS_BROKEN}, [("IMP103", "src/app.js", 2, "b")]),
    Case("export-star-as-namespace", {"src/u.js": UTILS, "src/index.js": "export * as ns from './u.js';\n",
                                      "src/app.js": "import { ns } from './index.js';\nns.b();\n"},
         {"src/u.js": UTILS_CLEAN}, {"src/u.js": UTILS_BROKEN}, [("IMP103", "src/app.js", 2, "b")]),
    Case("export-star-as-namespace-deleted",
         {"src/u.js": UTILS, "src/index.js": "export * as ns from './u.js';\n",
          "src/app.js": "import { ns } from './index.js';\nns.b();\n"},
         {"src/u.js": UTILS_CLEAN}, {"src/u.js": None}, [("IMP102", "src/index.js", 1, "./u.js")]),
    Case("dts-next-to-js", {"src/u.js": "exports.b = 1;\n", "src/u.d.ts": "export declare const b: number;\n",
                            "src/app.ts": "import { b } from './u';\n"},
         {"src/u.js": "exports.b = 2;\n"}, {"src/u.d.ts": "export declare const c: number;\n"},
         [("IMP101", "src/app.ts", 1, "b")]),
    Case("dts-next-to-js-named-with-js-suffix",
         {"src/u.js": "exports.b = 1;\n", "src/u.d.ts": "export declare const b: number;\n",
          "src/app.ts": "import { b } from './u.js';\n"},
         {"src/u.js": "exports.b = 2;\n"}, {"src/u.d.ts": "export declare const c: number;\n"},
         [("IMP101", "src/app.ts", 1, "b")]),
    # sequelize 23a0cb4544: a barrel's `./model` becomes `./model.js`; tsc still reads model.d.ts
    Case("dts-re-exported-through-a-js-suffix",
         {"src/model.js": "export class Model {}\n",
          "src/model.d.ts": "export declare class Model {}\nexport interface Options {}\n",
          "src/index.d.ts": "export * from './model';\n",
          "src/app.ts": "import type { Options } from '.';\n"},
         {"src/index.d.ts": "export * from './model.js';\n"},
         {"src/model.d.ts": "export declare class Model {}\n"},
         [("IMP101", "src/app.ts", 1, "Options")]),
    Case("tsx-component", {"src/Button.tsx": "export default function Button() { return <b/>; }\n",
                           "src/App.tsx": "import Button from './Button';\n"
                                          "export const A = () => <Button/>;\n"},
         {"src/Button.tsx": "export default function Button(p: {x?: 1}) { return <i/>; }\n"},
         {"src/Button.tsx": "export function Button() { return <b/>; }\n"},
         [("IMP101", "src/App.tsx", 1, "default")]),
]


def _run(repo, base: str, head: str) -> list[tuple]:
    result = run_impact(repo, "diff", base, head, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert result.stderr == "", result.stderr
    return sorted(key for key in result.keys() if key[0] != "IMP201")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_resolution_path(repo_factory, case: Case):
    repo = repo_factory([case.base, case.clean, case.breaking])
    assert _run(repo, "HEAD~2", "HEAD~1") == []
    assert _run(repo, "HEAD~1", "HEAD") == sorted(case.expected)


# -- what impact cannot resolve is never a finding, and is said once -----------------------

GENERATED_ALIAS = {"tsconfig.json": '{"compilerOptions": {"paths": {"@gen/*": ["./generated/*"]}}}\n',
                   "src/a.ts": "import { Api } from '@gen/api';\n",
                   "src/b.ts": "import { Api } from '@gen/api';\n"}
BUILT_WORKSPACE = {"package.json": manifest(name="root", workspaces=["packages/*"]),
                   "packages/lib/package.json": manifest(name="lib", exports={
                       ".": {"import": "./dist/index.mjs", "require": "./dist/index.cjs"}}),
                   "packages/lib/src/index.ts": "export const x = 1;\n",
                   "app/a.js": "import { x } from 'lib';\n", "app/b.js": "import { x } from 'lib';\n"}
ODD_EXPORTS = {"package.json": manifest(name="odd", exports={".": "./src/index.js", "import": "./x.js"}),
               "src/index.js": "export const x = 1;\n", "src/a.js": "import { x } from 'odd';\n"}
BUNDLER_ALIAS = {"src/a.js": "import { x } from '#app';\n"}
IGNORED_OUTPUT = {".gitignore": "/src/generated\n*.output.ts\n",
                  "tsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["./src/*"]}}}\n',
                  "src/a.ts": "import { q } from '@/generated/schema';\n",
                  "src/b.ts": "import { q } from '@/generated/schema';\n"}
IGNORED_RELATIVE = {".gitignore": "*.output.ts\n", "src/a.ts": "import { q } from './table.output';\n"}
# apollographql/apollo-server 260a750ace: the postinstall script writes
# src/generated/packageVersion.ts, which .gitignore names; the plugins import it as TypeScript's
# ESM wants, by the extension of the JavaScript it compiles to
IGNORED_TS_BY_JS_NAME = {".gitignore": "packages/server/src/generated/packageVersion.ts\n",
                         "packages/server/src/plugin/usage.ts":
                             "import { packageVersion } from '../generated/packageVersion.js';\n"}
BROKEN_TSCONFIG = {"tsconfig.json": '{ "compilerOptions": { "paths": { "@/*": ["src/*"] }\n',
                   "src/a.ts": "import { x } from '@/missing';\n"}
ROOT_DIRS_GENERATED = {  # React Router's route types, generated beside the routes' directories
    ".gitignore": ".react-router/\n",
    "web/tsconfig.json": '{"compilerOptions": {"rootDirs": [".", "./.react-router/types"]}}\n',
    "web/app/routes/home.tsx": "import type { Route } from './+types/home';\n"
                               "export function loader(a: Route.LoaderArgs) { return a; }\n"}

# TanStack Router writes routeTree.gen.ts when the dev server or the build runs; payload's
# app-tanstack/ imports it uncommitted, and once .gitignore stopped naming it
ROUTE_TREE_GENERATED = {"app/router.tsx": "import { routeTree } from './routeTree.gen';\n"
                                          "export const router = routeTree;\n"}
RELAY_GENERATED = {"src/q.ts": "import type { UserQuery } from './__generated__/UserQuery.graphql';\n"
                               "export let q: UserQuery;\n"}
# SvelteKit's route types: `.svelte-kit/types/src/routes/$types.d.ts`, merged through the
# rootDirs of the generated `.svelte-kit/tsconfig.json` the project's tsconfig extends
SVELTEKIT_TYPES = {"web/tsconfig.json": '{"extends": "./.svelte-kit/tsconfig.json"}\n',
                   "web/src/routes/+page.ts": "import type { PageLoad } from './$types';\n"
                                              "export const load: PageLoad = async () => ({});\n"}
# `svelte-kit sync` writes each route's `./$types` under .svelte-kit/types (the project's
# tsconfig extends the generated .svelte-kit/tsconfig.json, whose rootDirs are not in the
# revision); React Router's typegen its `./+types/x` likewise when no tsconfig says rootDirs
SVELTEKIT_LAYOUT_TYPES = {"tsconfig.json": '{"extends": "./.svelte-kit/tsconfig.json"}\n',
                          "src/routes/git/+layout.ts": "import type { LayoutLoad } from './$types';\n"
                                                       "export const load: LayoutLoad = () => ({});\n"}
ROUTE_TYPES = {"app/routes/client.a.tsx": "import type { Route } from './+types/client.a';\n"
                                          "export function loader(a: Route.LoaderArgs) { return a; }\n"}


@pytest.mark.parametrize("tree, warning", [
    (GENERATED_ALIAS, ("`@gen/*` in the `paths` of tsconfig.json points to generated/, which is not "
                       "in this revision (build output? generated?); imports through it are not checked")),
    (BUILT_WORKSPACE, "'lib' (the `exports` of packages/lib/package.json) points to packages/lib/dist/"),
    (ODD_EXPORTS, "'odd' (the `exports` of package.json): a form impact does not understand"),
    (IGNORED_OUTPUT, "`@/*` in the `paths` of tsconfig.json points to src/generated/"),
    (IGNORED_RELATIVE, ("'./table.output' (src/table.output) is a file .gitignore leaves out of the "
                        "revision (generated?)")),
    (IGNORED_TS_BY_JS_NAME, ("'../generated/packageVersion.js' (packages/server/src/generated/"
                             "packageVersion.js) is a file .gitignore leaves out of the revision")),
    (BUNDLER_ALIAS, "'#app': no package.json `imports` or tsconfig `paths` entry defines it"),
    (BROKEN_TSCONFIG, "tsconfig.json is not valid JSON with comments"),
    (ROOT_DIRS_GENERATED, ("'./+types/home' (the `rootDirs` of web/tsconfig.json) points to "
                           "web/.react-router/, which is not in this revision")),
    (ROUTE_TREE_GENERATED, ("'./routeTree.gen' (app/routeTree.gen) is named as a generated file "
                            "and is not in this revision")),
    (RELAY_GENERATED, ("'./__generated__/UserQuery.graphql' (src/__generated__/UserQuery.graphql) "
                       "is named as a generated file and is not in this revision")),
    (SVELTEKIT_TYPES, ("'./$types' (web/src/routes/$types) is named as a generated file and is not "
                       "in this revision")),
    (SVELTEKIT_LAYOUT_TYPES, "'./$types' (src/routes/git/$types) is named as a generated file"),
    (ROUTE_TYPES, "'./+types/client.a' (app/routes/+types/client.a) is named as a generated file"),
], ids=["alias-to-generated-dir", "workspace-built-output", "exports-not-understood",
        "alias-to-gitignored-dir", "gitignored-relative-file", "gitignored-ts-named-by-js",
        "unknown-hash-alias", "unparsable-tsconfig",
        "root-dirs-to-generated-dir", "generated-by-name-file", "generated-directory",
        "sveltekit-route-types", "sveltekit-layout-types", "react-router-route-types"])
def test_unresolvable_is_one_warning_not_a_finding(repo_factory, tree, warning):
    repo = repo_factory([{"README.md": "x\n"}, tree])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--all", "--format", "json")
    assert result.exit_code == 0, result.stdout
    assert result.findings == []
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("impact: warning: ") and warning in lines[0], lines


def test_a_js_named_file_whose_ts_source_git_does_not_ignore_is_missing():
    """The neighbour of apollo-server's generated packageVersion.ts: .gitignore names another
    file, so the deleted module is gone."""
    base = {".gitignore": "packages/server/src/generated/other.ts\n",
            "packages/server/src/generated/packageVersion.ts": "export const packageVersion = '1';\n",
            "packages/server/src/plugin/usage.ts": IGNORED_TS_BY_JS_NAME[
                "packages/server/src/plugin/usage.ts"]}
    result = diff_result(base, {"packages/server/src/generated/packageVersion.ts": None})
    assert [key for key in result.keys() if key[0] == "IMP102"] == [
        ("IMP102", "packages/server/src/plugin/usage.ts", 1, "../generated/packageVersion.js")]


def test_a_gitignore_beside_a_jsconfig_is_not_read_as_a_tsconfig(repo_factory):
    """`.gitignore` files steer resolution (a generated module is ignored, not missing), but
    they are no tsc configs: adding a directory (which asks every config for its path
    aliases) warns of nothing (dispatch's `.gitignore` was "not valid JSON with comments")."""
    base = {".gitignore": "# build output\nnode_modules/\ndist/\n",
            "web/jsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["./src/*"]}}}\n',
            "web/src/a.js": "export const a = 1;\n",
            "web/src/b.js": "import { a } from '@/a';\nexport const b = a;\n"}
    change = {"web/src/new/c.js": "import { gone } from '@/a';\nexport const c = gone;\n"}
    repo = repo_factory([base, change])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.stderr == ""
    assert result.keys() == [("IMP101", "web/src/new/c.js", 1, "gone")]


def test_a_relative_import_resolves_through_the_other_root_dirs(repo_factory):
    """`rootDirs` merges directories for relative imports: `./template` from src/views/ is
    generated/views/template.ts; a name it lacks is IMP101, a file no root holds IMP102."""
    base = {"tsconfig.json": '{"compilerOptions": {"rootDirs": ["src", "generated"]}}\n',
            "generated/views/template.ts": "export const T = 1;\n",
            "src/views/a.ts": "import { T } from './template';\nexport const a = T;\n"}
    change = {"src/views/a.ts": "import { T, U } from './template';\nimport { V } from './gone';\n"
                                "export const a = [T, U, V];\n"}
    repo = repo_factory([base, change])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert sorted(result.keys()) == [("IMP101", "src/views/a.ts", 1, "U"),
                                     ("IMP102", "src/views/a.ts", 2, "./gone")], result.stderr


def test_installed_packages_are_skipped_silently(repo_factory):
    tree = {"package.json": manifest(name="app", dependencies={"@/icons": "1.0.0", "react": "18"},
                                     imports={"#dep": "some-installed-package"}),
            "tsconfig.json": '{"compilerOptions": {"baseUrl": "src", "paths": {"@/*": ["./src/*"]}}}\n',
            "src/a.ts": "import React from 'react';\nimport { get } from 'lodash/get';\n"
                        "import fs from 'node:fs';\nimport { Icon } from '@/icons';\n"
                        "import d from '#dep';\nimport e from 'https://esm.sh/x';\n"}
    repo = repo_factory([{"README.md": "x\n"}, tree])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--all", "--format", "json")
    assert (result.exit_code, result.findings, result.stderr) == (0, [], "")


def test_removed_imports_entry_and_unexported_subpath_are_missing():
    base = {**IMPORTS_FIELD, **SELF, "package.json": manifest(
                name="acme", imports={"#db": "./src/db.js"}, exports={".": "./src/index.js",
                                                                      "./db": "./src/db.js"}),
            "src/db.js": UTILS, "src/a.js": "import { b } from '#db';\nimport { keep } from 'acme/db';\n"}
    change = {"package.json": manifest(name="acme", imports={"#other": "./src/db.js"},
                                       exports={".": "./src/index.js"})}
    result = diff_result(base, change)
    assert result.keys() == [("IMP102", "src/a.js", 1, "#db"), ("IMP102", "src/a.js", 2, "acme/db")]
    # the message says why: the package's map has no entry, not that a file is gone
    assert [f["message"] for f in result.findings] == [
        "cannot resolve '#db': the `imports` of package.json has no entry for it",
        "cannot resolve 'acme/db': the `exports` of package.json has no entry for it"]


# nuxt/ui 95aa6f68b3: package.json maps `#build/ui/*` only; the components import
# `#build/app.config`, which Nuxt's generated .nuxt/tsconfig.json maps (`#build/*` -> `.nuxt/*`),
# the config tsconfig.json extends and `nuxi prepare` writes
NUXT_MODULE = {"package.json": manifest(name="@nuxt/ui", imports={"#build/ui/*": "./.nuxt/ui/*.ts"}),
               "src/runtime/components/Alert.ts": "import appConfig from '#build/app.config';\n"}
PIN_INPUT = {"src/runtime/components/PinInput.ts": "import appConfig from '#build/app.config';\n"}


def test_an_import_the_paths_of_a_generated_base_config_may_map_is_not_judged():
    """tsconfig.json extends ./.nuxt/tsconfig.json, not in the revision: the `paths` it defines
    are unknown, so `#build/app.config`, which the package's `imports` lack, is not missing."""
    base = {**NUXT_MODULE, "tsconfig.json": '{"extends": "./.nuxt/tsconfig.json"}\n'}
    assert diff_result(base, PIN_INPUT).keys() == []


def test_an_import_no_imports_entry_maps_is_missing_when_the_base_config_is_there():
    base = {**NUXT_MODULE, "tsconfig.json": '{"extends": "./tsconfig.base.json"}\n',
            "tsconfig.base.json": '{"compilerOptions": {"strict": true}}\n'}
    assert diff_result(base, PIN_INPUT).keys() == [
        ("IMP102", "src/runtime/components/PinInput.ts", 1, "#build/app.config")]


def test_a_missing_file_a_package_map_points_to_is_no_unmapped_entry():
    base = {**WORKSPACES, "packages/ui/src/button.tsx": UTILS,
            "packages/web/app.tsx": "import { b } from '@acme/ui/button';\n"}
    result = diff_result(base, {"packages/ui/src/button.tsx": None})
    [finding] = [f for f in result.findings if f["code"] == "IMP102"]
    assert finding["message"] == "cannot resolve '@acme/ui/button': no such file in this revision"


def test_configuration_is_read_from_the_revision_not_the_disk(repo_factory):
    tsconfig = '{"compilerOptions": {"paths": {"@/*": ["./src/*"]}}}\n'
    repo = repo_factory([{"tsconfig.json": tsconfig, "src/u.ts": UTILS,
                          "src/a.ts": "import { b } from '@/u';\n"}, {"src/u.ts": UTILS_BROKEN}])
    (repo / "tsconfig.json").write_text('{"compilerOptions": {"paths": {"@/*": ["./nowhere/*"]}}}\n')
    (repo / "package.json").write_text(manifest(name="x", workspaces=["src"]))
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert [k for k in result.keys() if k[0] != "IMP201"] == [("IMP101", "src/a.ts", 1, "b")]


def test_a_relative_specifier_to_the_repository_root_uses_its_package_json():
    from conftest import diff_keys
    base = {"package.json": '{"name": "x", "main": "lib.js"}', "lib.js": "exports.a = 1;\n",
            "test/a.test.js": "const x = require('..');\n"}
    clean = {"test/b.test.js": "const y = require('..');\nconst z = require('../');\n",
             "test/deep/c.test.js": "const w = require('../../');\n"}
    assert diff_keys(base, clean) == []
    broken = {"package.json": '{"name": "x", "main": "gone.js"}', "lib.js": None,
              "test/b.test.js": "const y = require('..');\n"}
    assert ("IMP102", "test/b.test.js", 1, "..") in diff_keys(base, broken)


def test_a_package_main_naming_a_directory_resolves_to_its_index():
    """got 107756fc28: `"main": "source"` and test/hooks.js's `import got from '..'`: Node loads
    source/index.js (LOAD_AS_FILE, then LOAD_INDEX of the main), and so does tsc."""
    from conftest import diff_keys
    base = {"package.json": '{"name": "got", "main": "source"}', "source/index.js": "exports.a = 1;\n",
            "test/a.test.js": "const x = require('../source');\n"}
    clean = {"test/hooks.js": "import got from '..';\n", "test/b.test.js": "const y = require('../');\n"}
    assert diff_keys(base, clean) == []
    broken = {"source/index.js": None, "source/main.js": "exports.a = 1;\n",
              "test/hooks.js": "import got from '..';\n"}
    assert ("IMP102", "test/hooks.js", 1, "..") in diff_keys(base, broken)


PUBLISHED_TOO = {"pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n  - 'templates/blank'\n",
                 "package.json": manifest(name="monorepo", private=True),
                 "packages/payload/package.json": manifest(name="payload", exports={
                     ".": "./src/index.ts", "./auth": "./src/auth.ts"}),
                 "packages/payload/src/index.ts": UTILS, "packages/payload/src/auth.ts": UTILS,
                 "packages/ui/package.json": manifest(name="ui", dependencies={"payload": "workspace:*"}),
                 "templates/blank/package.json": manifest(name="blank", dependencies={"payload": "3.0.0"})}
USES_PAYLOAD = "import { b } from 'payload/auth';\nimport { keep } from 'payload';\n"


@pytest.mark.parametrize("importer, dependency, judged", [
    # workspace members get the workspace's package, whatever version they name
    ("packages/ui/src/a.ts", None, True),
    ("templates/blank/src/a.ts", None, True),
    # an example outside the workspace that depends on the published package installs it:
    # the import is of that package, not of the repository's files (payload's examples/*)
    ("examples/auth/src/a.ts", "latest", False),
    ("examples/auth/src/a.ts", "^3.0.0", False),
    # one that names the repository's files, or names no version at all, gets them
    ("examples/auth/src/a.ts", "file:../../packages/payload", True),
    ("examples/auth/src/a.ts", None, True),
])
def test_a_package_outside_the_workspace_that_depends_on_a_member_gets_the_published_one(
        importer, dependency, judged):
    base = {**PUBLISHED_TOO, importer: USES_PAYLOAD}
    if importer.startswith("examples/"):
        base["examples/auth/package.json"] = manifest(
            name="auth-example", dependencies={"payload": dependency} if dependency else {})
    change = {"packages/payload/src/auth.ts": UTILS_BROKEN}
    expected = [("IMP101", importer, 1, "b")] if judged else []
    assert [k for k in diff_result(base, change).keys() if k[0] != "IMP201"] == expected


def test_a_specifier_with_a_leading_dot_that_is_not_relative_is_missing():
    """`'.hooks/usePosts'` (a `/` dropped from `./hooks/usePosts`, TanStack/query e7225a0cea)
    is no relative path, and no package either: a package name never starts with a dot. Node
    and the bundlers look it up in node_modules and fail. A `paths` alias or `baseUrl` that
    maps it still resolves it."""
    from conftest import diff_keys
    base = {"package.json": manifest(name="app"), "src/hooks/usePosts.js": "export default 1;\n",
            "src/index.js": "import usePosts from './hooks/usePosts';\n"}
    broken = {"src/index.js": "import usePosts from '.hooks/usePosts';\n"
                              "const again = require('.hooks/usePosts');\n"}
    assert diff_keys(base, broken) == [("IMP102", "src/index.js", 1, ".hooks/usePosts"),
                                       ("IMP102", "src/index.js", 2, ".hooks/usePosts")]
    mapped = {"tsconfig.json": '{"compilerOptions": {"baseUrl": "src"}}\n',
              "src/.hooks/usePosts.ts": "export default 1;\n", **broken}
    assert diff_keys(base, mapped) == []


def test_a_file_the_build_copies_to_an_entry_point_is_judged_from_there():
    """supabase-js 628e710386: `wrapper.mjs` at the package's root imports '../module/index.js';
    its `module` and `exports` name `dist/esm/wrapper.mjs`, the copy a build script writes,
    from where the import names the build's `dist/module/index.js`."""
    from conftest import diff_keys
    package = manifest(name="supabase", main="dist/main/index.js", module="dist/esm/wrapper.mjs",
                       exports={".": {"import": "./dist/esm/wrapper.mjs", "require": "./dist/main/index.js"}})
    base = {"packages/js/package.json": package, "packages/js/src/index.ts": UTILS}
    copied = {"packages/js/wrapper.mjs": "import * as index from '../module/index.js';\nexport default index;\n"}
    assert diff_keys(base, copied) == []
    # a file the entry points do not name, or an import that names nothing from the copy either
    stray = {"packages/js/other.mjs": "import * as index from '../module/index.js';\n",
             "packages/js/wrapper.mjs": "import * as s from '../../src/gone.js';\n"}
    assert diff_keys(base, stray) == [
        ("IMP102", "packages/js/other.mjs", 1, "../module/index.js"),
        ("IMP102", "packages/js/wrapper.mjs", 1, "../../src/gone.js")]
