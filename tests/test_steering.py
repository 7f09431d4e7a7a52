"""Changes of the files that steer resolution (impact/steering.py): which ones make every file
checked, which ones only the files below a directory or the importers of some packages, and
that a scoped run finds what checking every file finds across package.json, pnpm-workspace.yaml
and tsconfig.json files added, removed and edited below the root."""

from __future__ import annotations

import json

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from impact.api import diff_files

SOURCES = {"web/c.js": "export const x = 1;\n", "web/d.ts": "import { x } from './c.js';\n",
           "libs/ui/lib.js": "export function lib(a) {\n  return a;\n}\n",
           "libs/ui/src/a.ts": "import { lib } from '../lib.js';\nlib(1);\n",
           "app/main.js": "import { lib } from '@acme/ui';\nlib(1);\n",
           "app/near.js": "import { lib } from '../libs/ui';\nlib(2);\n",
           "app/far.js": "import { x } from '../web/c.js';\nconsole.log(x);\n"}
EVERYTHING = set(SOURCES)
UI = {"libs/ui/lib.js", "libs/ui/src/a.ts"}
TSCONFIG = {"compilerOptions": {"strict": True, "baseUrl": ".", "paths": {"@/*": ["./*"]}},
            "include": ["**/*"]}


def checked(base: dict[str, str], change: dict[str, str | None]) -> set[str]:
    return set(diff_files(base, change).head.checked) & EVERYTHING


def _tsconfig(**changes) -> str:
    document = json.loads(json.dumps(TSCONFIG))
    for key, value in changes.items():
        if key in ("include", "exclude", "extends", "references", "files"):
            document[key] = value
        else:
            document["compilerOptions"][key] = value
    return json.dumps(document, indent=2) + "\n"


@pytest.mark.parametrize("edited", [
    _tsconfig(strict=False),  # what tsc checks, not how imports resolve
    _tsconfig(target="es2022", lib=["dom", "es2022"], noEmit=True),
    "// the web app\n" + _tsconfig(),  # a comment
])
def test_a_tsconfig_edit_that_leaves_what_impact_reads_checks_no_file(edited):
    base = {**SOURCES, "web/tsconfig.json": _tsconfig()}
    assert checked(base, {"web/tsconfig.json": edited}) == set()


@pytest.mark.parametrize("edited", [
    _tsconfig(paths={"@/*": ["./src/*"]}),
    _tsconfig(baseUrl="src"),
    _tsconfig(include=["src"]),
    _tsconfig(exclude=["c.js"]),
    _tsconfig(moduleDetection="force"),
    _tsconfig(skipLibCheck=True),
    _tsconfig(extends="../tsconfig.base.json"),
    _tsconfig(references=[{"path": "../app"}]),
    "{ not json\n",
])
def test_a_tsconfig_edit_of_what_impact_reads_checks_every_file(edited):
    base = {**SOURCES, "web/tsconfig.json": _tsconfig(),
            "tsconfig.base.json": '{"compilerOptions": {"moduleDetection": "force"}}\n',
            "app/tsconfig.json": "{}\n"}
    assert checked(base, {"web/tsconfig.json": edited}) == EVERYTHING


def test_a_tsconfig_extended_by_another_steers_every_file_when_what_it_says_changes():
    base = {**SOURCES, "tsconfig.base.json": _tsconfig(), "web/tsconfig.json":
            '{"extends": "../tsconfig.base.json"}\n'}
    assert checked(base, {"tsconfig.base.json": _tsconfig(strict=False)}) == set()
    assert checked(base, {"tsconfig.base.json": _tsconfig(baseUrl="src")}) == EVERYTHING


UI_MANIFEST = '{"name": "@acme/ui", "version": "1.0.0", "main": "lib.js"}\n'
ROOT_MANIFEST = '{"name": "acme", "private": true, "workspaces": ["libs/*"]}\n'


@pytest.mark.parametrize("added", [True, False])
def test_a_package_json_added_or_removed_below_the_root_checks_what_it_steers(added):
    """The files below it, those that import the package by name, and those that name its
    directory; not the others (app/far.js, web/)."""
    base = {**SOURCES, "package.json": ROOT_MANIFEST}
    if not added:
        base["libs/ui/package.json"] = UI_MANIFEST
    change = {"libs/ui/package.json": UI_MANIFEST if added else None}
    assert checked(base, change) == UI | {"app/main.js", "app/near.js"}


@pytest.mark.parametrize("manifest", [
    '{"name": "tools", "workspaces": ["packages/*"]}\n',  # a workspace of its own
    '{"name": "tools", "scripts": {"gen": "node gen.js > ../web/gen.js"}}\n',  # writes a file
    '{"name": "tools", "devDependencies": {"@types/jquery": "^3.5.0"}}\n',  # declares globals
])
def test_a_package_json_added_that_may_steer_any_import_checks_every_file(manifest):
    assert checked(SOURCES, {"libs/ui/package.json": manifest}) == EVERYTHING


def test_a_package_json_or_a_tsconfig_added_at_the_root_checks_every_file():
    assert checked(SOURCES, {"package.json": '{"name": "acme"}\n'}) == EVERYTHING
    assert checked(SOURCES, {"tsconfig.json": _tsconfig()}) == EVERYTHING


def test_a_pnpm_workspace_added_below_the_root_checks_its_members_and_their_importers():
    base = {**SOURCES, "libs/ui/package.json": UI_MANIFEST,
            "libs/ui/pkgs/x/package.json": '{"name": "@acme/x"}\n',
            "libs/ui/pkgs/x/index.js": "export const y = 1;\n",
            "app/y.js": "import { y } from '@acme/x';\nconsole.log(y);\n"}
    found = checked({**base}, {"libs/ui/pnpm-workspace.yaml": "packages:\n  - 'pkgs/*'\n"})
    assert found == UI | {"app/main.js", "app/near.js"}  # (app/y.js, x/index.js: not SOURCES)
    assert "app/far.js" not in found


@pytest.mark.parametrize("config, every_file", [
    ('{"compilerOptions": {"strict": true}}\n', False),
    ('{"compilerOptions": {"baseUrl": ".", "paths": {"#/*": ["./src/*"]}}}\n', False),
    ('{"compilerOptions": {"baseUrl": "../.."}}\n', True),  # judged from outside its directory
])
def test_a_tsconfig_added_below_the_root_checks_the_files_below_it(config, every_file):
    found = checked(SOURCES, {"libs/ui/tsconfig.json": config})
    assert found == (EVERYTHING if every_file else UI)


GENERATED_IMPORT = {"web/uses_gen.js": "import { g } from './gen.js';\ng();\n",
                    "tools/gen.py": "from pkg import _version\n"}


@pytest.mark.parametrize("path, edited", [
    (".gitignore", "node_modules/\n"),  # gen.js no longer generated
    ("web/.gitignore", None),
    (".gitignore", "gen.js\nnode_modules/\n# build output\n"),  # the same lines, and a comment
])
def test_a_gitignore_change_checks_the_files_whose_imports_resolve_otherwise(path, edited):
    base = {**SOURCES, **GENERATED_IMPORT, ".gitignore": "gen.js\nnode_modules/\n"}
    if path == "web/.gitignore":
        base.update({".gitignore": "node_modules/\n", "web/.gitignore": "/gen.js\n"})
    result = diff_files(base, {path: edited})
    same = edited is not None and "gen.js" in edited
    assert set(result.head.checked) & set(base) == (set() if same else {"web/uses_gen.js"})
    assert [(f.code, f.file) for f in result.findings] == \
        ([] if same else [("IMP102", "web/uses_gen.js")])


# -- generated: scoped runs find what full scans find ------------------------------------------

VARIANTS: dict[str, list[str | None]] = {
    "package.json": [None, ROOT_MANIFEST, '{"name": "acme"}\n'],
    "libs/ui/package.json": [
        None, UI_MANIFEST, '{"name": "@acme/ui", "private": true}\n',
        '{"name": "@acme/ui", "exports": {".": "./lib.js"}, "dependencies": {"left-pad": "^1.0.0"}}\n',
        '{"name": "@acme/ui", "type": "module", "imports": {"#lib": "./lib.js"}}\n',
        '{"name": "@acme/uikit", "main": "index.js"}\n',
        '{"name": "@acme/ui", "version": "1.0.0", "main": "lib.js", "type": "module", "files": ["lib.js"]}\n',
        '{"name": "@acme/ui", "main": "lib.js", "scripts": {"gen": "node gen.mjs > src/gen.js"}}\n'],
    "libs/ui/pnpm-workspace.yaml": [None, "packages:\n  - 'pkgs/*'\n"],
    "libs/ui/pkgs/x/package.json": [None, '{"name": "@acme/x", "main": "main.js"}\n',
                                    '{"name": "@acme/ui"}\n'],
    "libs/ui/pkgs/x/main.js": ["export const y = 1;\n", None],
    "libs/ui/tsconfig.json": [
        None, '{"compilerOptions": {"strict": true}}\n',
        '{"compilerOptions": {"baseUrl": ".", "paths": {"@ui/*": ["./*"]}}}\n',
        '{"compilerOptions": {"moduleDetection": "force"}}\n', '{"include": ["src"]}\n'],
    "libs/ui/index.js": [None, "export const idx = 1;\nexport function lib(a) {\n  return a;\n}\n"],
    "libs/ui/lib.js": ["export function lib(a) {\n  return a;\n}\n",
                       "export function lib(a, b) {\n  return a + b;\n}\n", None],
    "libs/ui/src/a.ts": ["import { lib } from '../lib.js';\nlib(1);\n",
                         "import { lib } from '#lib';\nlib(1);\n",
                         "import { b } from '@ui/src/b';\nb();\n",
                         "import pad from 'left-pad';\nimport { y } from '@acme/x';\npad(y);\n",
                         "import { gen } from './gen.js';\ngen();\n"],
    "libs/ui/src/b.ts": ["export function b() {}\n", "export function c() {}\n"],
    "app/main.js": ["import { lib } from '@acme/ui';\nlib(1);\n",
                    "import { lib, idx } from '@acme/ui';\nlib(idx);\n",
                    "import { y } from '@acme/x';\nconsole.log(y);\n"],
    "app/near.js": ["import { lib } from '../libs/ui';\nlib(2);\n",
                    "import { idx } from '../libs/ui';\nconsole.log(idx);\n",
                    "import { lib } from '../libs/ui/lib.js';\nlib(1, 2);\n"],
    ".gitignore": [None, "gen.js\n", "libs/ui/src/\n", "/app/\n"],
    "app/far.js": ["import { x } from '../web/c.js';\nconsole.log(x);\n",
                   "import { g } from './gen.js';\nimport { h } from '../libs/ui/src/h';\ng(h);\n",
                   "import { x, z } from '../web/c.js';\nconsole.log(x, z);\n"],
    "web/c.js": ["export const x = 1;\n", "export const x = 1;\nexport const z = 2;\n"],
}


@st.composite
def nested_packages(draw) -> tuple[dict[str, str], dict[str, str | None]]:
    """A tree of packages below the root, and a change of 1-3 of its files (steering ones more
    often): each file one of its variants, or absent."""
    base = {path: content for path, variants in VARIANTS.items()
            if (content := draw(st.sampled_from(variants))) is not None}
    steering = [p for p in VARIANTS if p.endswith((".json", ".yaml", ".gitignore"))]
    change = {}
    for path in draw(st.lists(st.sampled_from([*VARIANTS, *steering * 2]), min_size=1, max_size=3)):
        change[path] = draw(st.sampled_from(VARIANTS[path]))
    return base, change


def finding_keys(result) -> list:
    return [(f.code, f.file, f.line, f.column, f.symbol, f.severity, f.message, f.origin,
             f.consumers) for f in result.findings]


@given(nested_packages())
def test_generated_steering_changes_below_the_root_scoped_as_full(tmp_path_factory, generated):
    """Manifests, workspaces and configs added, removed and edited below the root, with other
    edits: a scoped run (its indexes made, then read from the cache) and the reverse change
    find what checking every file finds."""
    base, change = generated
    head = {path: content for path, content in {**base, **change}.items() if content is not None}
    full = diff_files(base, change, whole_repository=True)
    event(f"{min(len(full.findings), 3)} finding(s)")
    cache = tmp_path_factory.mktemp("cache")
    for _ in range(2):
        assert finding_keys(diff_files(base, change, cache_dir=cache)) == finding_keys(full)
    back = {path: head.get(path) for path in {*base, *head} if base.get(path) != head.get(path)}
    assert finding_keys(diff_files(head, back, cache_dir=cache)) == \
        finding_keys(diff_files(head, back, whole_repository=True))


@pytest.mark.parametrize("edited, every_file", [
    ("[flake8]\nmax-line-length = 120\n[metadata]\nname = app\n", False),
    ("[flake8]\nmax-line-length = 100\nextend-exclude = web/*\n", True),  # what linters leave out
])
def test_a_setup_cfg_edit_steers_only_the_root_linters_excludes(edited, every_file):
    base = {**SOURCES, "setup.cfg": "[flake8]\nmax-line-length = 100\n"}
    assert checked(base, {"setup.cfg": edited}) == (EVERYTHING if every_file else set())


WORKSPACE = {"package.json": '{"name": "acme", "private": true, "workspaces": ["packages/*"]}\n',
             "packages/a/package.json": '{"name": "@acme/a", "main": "src/index.ts"}\n',
             "packages/a/src/index.ts": "export const a = 1;\n",
             "apps/web/page.ts": "import { a } from '@acme/a';\nimport { b } from '@acme/b/b';\n"
                                 "console.log(a, b);\n",
             "apps/web/util.ts": "export const u = 1;\n",
             "apps/web/other.ts": "import { u } from './util';\nconsole.log(u);\n"}
NEW_PACKAGE = {"packages/b/package.json": '{"name": "@acme/b", "exports": {"./*": "./src/*.ts"}}\n',
               "packages/b/src/index.ts": "export const c = 1;\n"}


def test_a_package_added_to_a_workspace_checks_its_files_and_its_importers_not_every_file():
    """Its directories appear right below a package's directory (`packages/b/src`): an import
    that finds no file there is a missing module now (`@acme/b/b`), which the scoped run finds
    as the full scan does, without checking the files that name neither."""
    result = diff_files(WORKSPACE, NEW_PACKAGE)
    assert "apps/web/other.ts" not in result.head.checked
    assert {"packages/b/src/index.ts", "apps/web/page.ts"} <= set(result.head.checked)
    full = diff_files(WORKSPACE, NEW_PACKAGE, whole_repository=True)
    assert finding_keys(result) == finding_keys(full)
    assert ("IMP102", "apps/web/page.ts") in {(f.code, f.file) for f in full.findings}
