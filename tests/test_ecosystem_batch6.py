"""Classes of input the sixth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: sixth batch") showed impact getting wrong, each as a real repository: the input that
gave a false finding or was slow, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import json

import pytest
from conftest import diff_keys, run_impact


def manifest(**fields) -> str:
    return json.dumps(fields, indent=2) + "\n"


# drizzle-team/drizzle-orm: the package's package.json names entry points its build writes
# into dist/ (with a copy of the package.json), and the workspace installs that directory
ORM_BUILT_INTO_DIST = {
    "pnpm-workspace.yaml": "packages:\n  - orm\n  - kit\n  - integration-tests\n",
    "orm/package.json": manifest(name="orm", main="./index.cjs", module="./index.js",
                                 types="./index.d.ts"),
    "orm/src/index.ts": "export function sql() {}\n",
    "orm/src/pg-core/index.ts": "export function pgTable() {}\n",
    "kit/package.json": manifest(name="kit", dependencies={"orm": "workspace:../orm/dist"}),
    "kit/src/old.ts": "export const old = 1;\n",
    "integration-tests/package.json": manifest(name="integration-tests", private=True),
}
USES_ORM = "import { sql } from 'orm';\nimport { pgTable } from 'orm/pg-core';\n"


@pytest.mark.parametrize("declaring, version", [
    ("kit/package.json", "workspace:../orm/dist"),
    ("kit/package.json", "link:../orm/dist"),
    ("kit/package.json", "file:../orm/dist"),
    ("package.json", "workspace:./orm/dist"),  # the root's, for every package below it
])
def test_a_package_installed_from_a_directory_not_in_the_revision_is_not_checked(
        repo_factory, declaring, version):
    """drizzle-orm 4aa6ecfee4b4: `import ... from 'drizzle-orm/pg-core'` in drizzle-kit, which
    depends on `"drizzle-orm": "workspace:./drizzle-orm/dist"`; the member's own package.json
    names `./index.cjs`, which only the built dist/ holds. What is installed is that directory,
    which the revision does not hold: one warning, not IMP102."""
    base = {**ORM_BUILT_INTO_DIST, "package.json": manifest(name="root", private=True)}
    base[declaring] = manifest(**{**json.loads(base.get(declaring, "{}")),
                                  "devDependencies": {"orm": version}})
    head = {"kit/src/studio.ts": USES_ORM,
            "integration-tests/tests/pg.test.ts": USES_ORM if declaring == "package.json" else ""}
    repo = repo_factory([base, head])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json", "-v")
    assert result.exit_code == 0, result.stdout
    assert [f for f in result.findings if f["code"] == "IMP102"] == []
    assert "'orm' (" in result.stderr and "orm/dist, which is not in this revision" in \
        result.stderr


@pytest.mark.parametrize("version", ["workspace:*", "workspace:^1.0.0", "workspace:../orm",
                                     "file:../orm", None])
def test_a_package_installed_from_the_members_own_directory_is_still_checked(version):
    """The member itself (`workspace:*`, a range, a path to its directory, no declaration):
    its entry points that no file answers are missing, as before."""
    base = {**ORM_BUILT_INTO_DIST, "package.json": manifest(name="root", private=True),
            "kit/package.json": manifest(name="kit", dependencies={"orm": version} if version
                                         else {})}
    assert diff_keys(base, {"kit/src/studio.ts": USES_ORM}) == [
        ("IMP102", "kit/src/studio.ts", 1, "orm"), ("IMP102", "kit/src/studio.ts", 2, "orm/pg-core")]


def test_a_path_dependency_on_a_directory_that_exists_resolves_there():
    """`link:` to a member's directory that is in the revision: its exports are checked."""
    base = {"pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n",
            "package.json": manifest(name="root", private=True),
            "packages/core/package.json": manifest(name="core", main="./src/index.ts"),
            "packages/core/src/index.ts": "export function b() {}\nexport function keep() {}\n",
            "packages/app/package.json": manifest(name="app",
                                                  dependencies={"core": "link:../core"}),
            "packages/app/src/a.ts": "import { b } from 'core';\n"}
    assert diff_keys(base, {"packages/core/src/index.ts": "export function keep() {}\n"}) == [
        ("IMP101", "packages/app/src/a.ts", 1, "b")]


def test_a_module_right_in_a_nuxt_server_directory_is_no_route_and_routes_are_still_read():
    """elk-zone/elk: `server/cache-driver.ts` beside `server/api/`, in a Nuxt project; reading
    the Nitro routes failed on it (internal error) whenever the HTTP rules ran."""
    from conftest import selected_keys
    from test_http_file_routes import NUXT
    base = {**NUXT, "web/server/cache-driver.ts": "export default defineDriver({});\n"}
    removed = {"web/server/api/tickets/[id]/close.post.ts": None}
    keys = selected_keys(base, removed, ("IMP4",))
    assert ("IMP401", "web/pages/tickets/[id].vue", 5, "error") in [k[:4] for k in keys]
    assert keys == selected_keys(NUXT, removed, ("IMP4",))


PROTOC_MODULE = '''\
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf.internal import builder as _builder
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'...')
{fill}
'''
USES_MESSAGES = ("from wallets.rpc_pb2 import Invoice\nfrom wallets import rpc_pb2\n\n\n"
                 "def pay():\n    return rpc_pb2.SendRequest(), Invoice()\n")


@pytest.mark.parametrize("fill", [
    ("_globals = globals()\n_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)\n"
     "_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'rpc_pb2', _globals)\n"),
    "_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, globals())\n",
    "register(namespace=globals())\n",
])
def test_a_module_that_hands_its_globals_to_a_call_binds_names_at_run_time(fill):
    """lnbits: `lightning_pb2.Invoice` where protoc's module makes its message classes with
    `_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, ..., _globals)`, `_globals =
    globals()` (846 IMP103 and 16 IMP101 under --all at its head)."""
    base = {"wallets/__init__.py": "", "wallets/rpc_pb2.py": PROTOC_MODULE.format(fill=fill)}
    assert diff_keys(base, {"wallets/lnd.py": USES_MESSAGES}) == []


@pytest.mark.parametrize("fill", [
    "",
    "_globals = globals()\nprint(sorted(_globals))\n",  # read, never handed on
    "VALUE = eval('1 + 1', globals())\n",
])
def test_a_module_that_only_reads_its_globals_is_still_judged(fill):
    base = {"wallets/__init__.py": "", "wallets/rpc_pb2.py": PROTOC_MODULE.format(fill=fill)}
    assert diff_keys(base, {"wallets/lnd.py": USES_MESSAGES}) == [
        ("IMP101", "wallets/lnd.py", 1, "Invoice"), ("IMP103", "wallets/lnd.py", 6, "SendRequest")]


BROWSERIFY_PRELUDE = (
    '(function(){function r(e,n,t){function o(i,f){if(!n[i]){if(!e[i]){var c="function"=='
    'typeof require&&require;if(!f&&c)return c(i,!0);if(u)return u(i,!0);var a=new Error('
    '"Cannot find module \'"+i+"\'");throw a.code="MODULE_NOT_FOUND",a}var p=n[i]={exports:{}};'
    'e[i][0].call(p.exports,function(r){var n=e[i][1][r];return o(n||r)},p,p.exports,r,e,n,t)}'
    'return n[i].exports}for(var u="function"==typeof require&&require,i=0;i<t.length;i++)o(t[i]);'
    'return o}return r})()({1:[function(require,module,exports){\n')
BUNDLED = ("module.exports = function (it) {\n  return it;\n};\n\n"
           "},{}],2:[function(require,module,exports){\n"
           "var UNSCOPABLES = require('./_wks')('unscopables');\n"
           "require('./_hide')(Array.prototype, UNSCOPABLES, {});\n"
           "},{\"./_hide\":3,\"./_wks\":4}]},{},[2]);\n")


def test_a_browserify_bundle_is_build_output():
    """sanic's guide/webapp/worker/livereload.js (316 IMP102 under --all): a committed,
    unminified browserify bundle; `require('./_wks')` names a module of the bundle's map."""
    assert diff_keys({"README.md": "x\n"}, {"guide/worker/livereload.js":
                                            BROWSERIFY_PRELUDE + BUNDLED}) == []


def test_a_module_wrapped_like_a_bundled_one_without_the_prelude_is_still_checked():
    source = "define(function(require,module,exports){\n  require('./_wks');\n});\n"
    assert diff_keys({"README.md": "x\n"}, {"src/a.js": source}) == [
        ("IMP102", "src/a.js", 2, "./_wks")]


PLUGIN_TSCONFIG = ('{"include": ["src", "tests"],\n'
                   ' "exclude": ["tests/**/test-files/**", "tests/**/snapshots/**"]}\n')


@pytest.mark.parametrize("path", [
    "plugin/tests/add-hmr/snapshots/react/arrow-function@false.tsx",
    "plugin/tests/clientOnlyJSX/test-files/clientOnlyBasic.tsx",
    "plugin/tests/split/snapshots/retain@component.tsx",
])
def test_test_data_a_tsconfig_excludes_inside_a_test_directory_is_not_checked(path):
    """TanStack/router's router-plugin and start-plugin-core: a compiler plugin's inputs and
    expected outputs under `tests/**/test-files/` and `tests/**/snapshots/`, which the
    package's tsconfig excludes (98 IMP102, 27 IMP105, 1 IMP104 under --all): data the tests
    read as text."""
    from test_js_precision import WORKSPACE_LIB
    base = {**WORKSPACE_LIB, "plugin/tsconfig.json": PLUGIN_TSCONFIG,
            path: "import { oldName } from 'lib';\nimport { posts } from '../posts';\n"
                  "oldName(PostType);\n"}
    change = {"lib/index.ts": "export function newName() {}\n", path: base[path] + "\n"}
    assert diff_keys(base, change) == []


@pytest.mark.parametrize("config, path", [
    # the whole test directory excluded (another config, or the runner, may take it)
    ('{"exclude": ["tests"]}\n', "plugin/tests/helpers/render.tsx"),
    # a test the runner runs, though the tsconfig excludes it
    (PLUGIN_TSCONFIG, "plugin/tests/split/snapshots/retain.test.tsx"),
    # excluded, but not inside a test directory
    ('{"exclude": ["scripts/**"]}\n', "plugin/scripts/gen.ts"),
    # inside a test directory, not excluded
    (PLUGIN_TSCONFIG, "plugin/tests/utils/render.tsx"),
])
def test_test_files_the_tsconfig_leaves_in_or_a_runner_runs_are_still_checked(config, path):
    from test_js_precision import WORKSPACE_LIB
    base = {**WORKSPACE_LIB, "plugin/tsconfig.json": config,
            path: "import { oldName } from 'lib';\noldName();\n"}
    assert ("IMP101", path, 1, "oldName") in diff_keys(
        base, {"lib/index.ts": "export function newName() {}\n"})


BUILT_PACKAGE = {"package.json": manifest(name="root", private=True, workspaces=["packages/*"]),
                 "packages/parser/package.json": manifest(
                     name="parser", main="./build/cjs/index.js", types="./build/esm/index.d.ts"),
                 "packages/parser/lib/index.ts": "export function decode() {}\n",
                 "packages/parser/test/index.js": "const { decode } = require('..');\n"}


def test_a_relative_import_of_a_package_whose_entry_points_are_build_output_is_not_checked():
    """socket.io's `require('..')` in packages/*/test/ (55 IMP102 under --all): the package's
    `main` is `./build/cjs/index.js`, which its build writes: one warning, as for its name."""
    change = {"packages/parser/test/arraybuffer.js": "const { decode } = require('..');\n",
              "packages/parser/test/browser.ts": "import { decode } from '..';\n"}
    assert diff_keys(BUILT_PACKAGE, change) == []


def test_a_relative_import_of_a_package_whose_entry_point_is_gone_is_still_missing():
    base = {**BUILT_PACKAGE, "packages/parser/package.json": manifest(
        name="parser", main="./lib/index.js"), "packages/parser/lib/index.ts": None,
        "packages/parser/lib/index.js": "exports.a = 1;\n",
        "packages/parser/lib/util.js": "exports.b = 1;\n"}  # lib/ stays: the file is gone
    assert diff_keys(base, {"packages/parser/lib/index.js": None}) == [
        ("IMP102", "packages/parser/test/index.js", 1, "..")]


@pytest.mark.parametrize("source", [
    # mitmproxy's tools/web/app.py: a ParamSpec and a TypeVar of a method, used in the function
    # nested in it
    ("class Handler:\n    @staticmethod\n"
     "    def require_auth[**P, R](fn: Callable[P, R]) -> Callable[P, R | None]:\n"
     "        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | None:\n"
     "            return fn(*args, **kwargs)\n        return wrapper\n"),
    "def first[*Ts, R: int](values: tuple[*Ts], default: R) -> R:\n    return default\n",
    "class Box[*Ts, R: int]:\n    items: tuple[*Ts]\n\n    def get(self) -> R: ...\n",
    "type Factory[K, **P] = Callable[P, K]\n\n\ndef make(f: Factory[int, []]) -> None: ...\n",
])
def test_pep_695_type_parameters_are_bound(source):
    base = {"web/app.py": "from typing import Callable\n"}
    assert diff_keys(base, {"web/app.py": base["web/app.py"] + source}) == []


def test_names_beside_pep_695_type_parameters_are_still_judged():
    source = ("from typing import Callable\n\n\n"
              "def first[*Ts, R: Bound](values: tuple[*Us], default: R) -> Missing:\n"
              "    return default\n")
    assert diff_keys({"web/app.py": "x = 1\n"}, {"web/app.py": source}) == [
        ("IMP105", "web/app.py", 4, "Bound"), ("IMP105", "web/app.py", 4, "Missing"),
        ("IMP105", "web/app.py", 4, "Us")]


PARAGLIDE = {"web/tsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["./src/*"]}}}\n',
             "web/src/main.tsx": "import { getLocale } from './paraglide/runtime.js';\n",
             "web/src/routes/about.tsx": "import { m } from '@/paraglide/messages';\n",
             "web/src/lib/i18n.ts": "import { locales } from '../paraglide/runtime';\n"}


def test_paraglide_compiled_messages_are_generated(repo_factory):
    """TanStack/router's i18n-paraglide examples (38 IMP102 under --all): the Paraglide
    compiler writes `src/paraglide/` (its `outdir`) when the dev server or the build runs;
    imported relatively and through a `paths` alias, it is one warning each."""
    repo = repo_factory([{"README.md": "x\n"}, PARAGLIDE])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--all", "--format", "json", "-v")
    assert result.exit_code == 0, result.stdout
    assert result.findings == []
    assert "named as a generated file" in result.stderr
    assert "web/src/paraglide/messages, which is named as a generated file" in result.stderr


def test_committed_paraglide_messages_are_still_checked_and_other_missing_files_missing():
    base = {**PARAGLIDE, "web/src/paraglide/runtime.js": "export const getLocale = () => 'en';\n"
                                                         "export const locales = ['en'];\n",
            "web/src/paraglide/messages.js": "export const m = {};\n"}
    change = {"web/src/paraglide/runtime.js": "export const locales = ['en'];\n",
              "web/src/routes/about.tsx": "import { m } from '@/paraglid/messages';\n"}
    assert diff_keys(base, change) == [("IMP101", "web/src/main.tsx", 1, "getLocale"),
                                       ("IMP102", "web/src/routes/about.tsx", 1,
                                        "@/paraglid/messages")]


def test_proxy_tables_are_found_from_where_the_word_is_as_by_walking_the_tree():
    """The development proxies of a file are found from where `proxy` occurs in it, not by
    walking every node (lnbits' 1.8 MB bundle.min.js spent 2.8 s of 17 there): the same tables,
    in the same order (the last first), a table inside another one's value not read, keys
    quoted or not, and `proxy` elsewhere (a comment, a longer key, a variable) no table."""
    from impact.facts import extract_facts
    source = b"""// the proxy of the dev server
const proxyTable = { '/x': 'http://localhost:1' };
export default {
  server: { "proxy": { '/api': 'http://localhost:8000/api', '/ws': { target: 'ws://localhost:9000' } } },
  devServer: { proxy: { '/old': { target: 'http://localhost:7000', pathRewrite: { '^/old': '' },
                                  server: { proxy: { '/inner': 'http://localhost:1' } } } } },
  other: { proxy: { '/no': 'http://localhost:2' } },
  proxyTimeout: 5,
};
"""
    facts = extract_facts("web/vite.config.js", source)
    assert [p.source for p in facts.http.proxies] == ["/old", "/api", "/ws"]


def test_the_parameter_names_of_a_jsdoc_function_type_are_no_type_names():
    """preact 6254ee1fe5, test/browser/portals.test.jsx: `/** @type {(c) => void} */ let set;`
    names a parameter `c` of the function type, no type; the module stopped binding a `c` of
    its own, and impact said the JSDoc type lost it (3 IMP105 warnings)."""
    use = "/** @type {(c, ...rest) => void} */\nlet set;\nexport { set };\n"
    assert diff_keys({"test/a.test.js": "const c = 1;\nconst rest = [];\n" + use},
                     {"test/a.test.js": use}) == []


def test_the_types_of_a_jsdoc_function_types_parameters_are_still_names():
    use = "/** @type {(c: Gone, d) => Kept} */\nlet set;\nexport { set };\n"
    base = {"test/a.test.js": "class Gone {}\nclass Kept {}\n" + use}
    assert diff_keys(base, {"test/a.test.js": "class Kept {}\n" + use}) == [
        ("IMP105", "test/a.test.js", 2, "Gone")]


TS_ENTRY = "export async function loadEntries() {\n{mark}  return import('#tanstack-router-entry');\n}\n"


@pytest.mark.parametrize("mark", ["  // @ts-ignore: the Vite plugin provides it\n",
                                  "  // @ts-expect-error\n"])
def test_an_import_tsc_is_told_to_ignore_is_no_finding(mark):
    """TanStack/router's start-server-core: `// @ts-ignore` above `import('#tanstack-router-
    entry')`, a virtual module the Vite plugin provides while the package's `imports` lists
    others; tsc reports nothing on that line, nor does impact (IMP101/102/103/105 there)."""
    base = {"packages/core/package.json": manifest(name="core", imports={
                "#fake": {"default": "./src/fake.ts"}}),
            "packages/core/src/fake.ts": "export const fake = 1;\n",
            "packages/core/src/handler.ts": "export const x = 1;\n"}
    source = TS_ENTRY.replace("{mark}", mark) + \
        f"{mark}import {{ gone }} from './fake';\nexport const y = gone;\n"
    assert diff_keys(base, {"packages/core/src/handler.ts": source}) == []


def test_an_import_without_the_directive_or_a_line_below_it_is_still_judged():
    base = {"packages/core/package.json": manifest(name="core", imports={
                "#fake": {"default": "./src/fake.ts"}}),
            "packages/core/src/fake.ts": "export const fake = 1;\n",
            "packages/core/src/handler.ts": "export const x = 1;\n"}
    source = TS_ENTRY.replace("{mark}", "") + \
        "// @ts-ignore\n\nimport { gone } from './fake';\nexport const y = gone;\n"
    assert diff_keys(base, {"packages/core/src/handler.ts": source}) == [
        ("IMP101", "packages/core/src/handler.ts", 6, "gone"),
        ("IMP102", "packages/core/src/handler.ts", 2, "#tanstack-router-entry")]
