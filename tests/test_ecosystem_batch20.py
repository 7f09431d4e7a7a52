"""Classes of input the twentieth batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twentieth batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_keys, diff_result

# evidence-dev/evidence cli/: the SvelteKit adapter emits `server/index.js` at build time, and
# `cli/generated.d.ts` declares it for tsc: "doesn't exist when typechecking"
DECLARED_BUILD_OUTPUT = {
    "cli/tsconfig.json": '{"compilerOptions": {"strict": true}, "include": ["cli/**/*.ts"]}\n',
    "cli/cli/generated.d.ts": "declare module '*/server/index.js';\n",
    "cli/cli/args.ts": "export const port = 3000;\n",
}
USE_SERVER = ("import { port } from './args';\n\n"
              "export async function serve() {\n"
              "    const serverModule = await import('../server/index.js');\n"
              "    return [serverModule, port];\n}\n")


def test_an_import_a_pattern_ambient_module_declares_is_not_missing():
    """evidence 505885dade: "cannot resolve '../server/index.js': no such file in this
    revision" (3 IMP102): tsc types a relative import no file resolves by the pattern of an
    ambient module, as `declare module '*.svg'` types `import logo from './logo.svg'`."""
    assert diff_keys(DECLARED_BUILD_OUTPUT, {"cli/cli/server.ts": USE_SERVER}) == []


def test_a_pattern_with_a_body_types_what_it_matches_too():
    base = {**DECLARED_BUILD_OUTPUT,
            "cli/cli/generated.d.ts": "declare module '*/server/index.js' {\n  export const Server: any;\n}\n"}
    assert diff_keys(base, {"cli/cli/server.ts": USE_SERVER}) == []


def test_a_missing_import_no_pattern_matches_is_still_reported():
    use = USE_SERVER.replace("../server/index.js", "../client/index.js")
    assert diff_keys(DECLARED_BUILD_OUTPUT, {"cli/cli/server.ts": use}) == [
        ("IMP102", "cli/cli/server.ts", 4, "../client/index.js")]


def test_an_ambient_module_without_a_wildcard_does_not_cover_a_relative_import():
    """`declare module 'server/index.js'` names that bare specifier only."""
    base = {**DECLARED_BUILD_OUTPUT, "cli/cli/generated.d.ts": "declare module 'server/index.js';\n"}
    assert diff_keys(base, {"cli/cli/server.ts": USE_SERVER}) == [
        ("IMP102", "cli/cli/server.ts", 4, "../server/index.js")]


# bram2w/baserow web-frontend/modules/dashboard/: a Nuxt 2 module adds `middleware.js` as a
# plugin template, which Nuxt copies into `.nuxt/`, where `./middleware` is the middleware
# registry Nuxt writes (the repository's file names itself: its eslint is told to look away)
NUXT_MODULE = {
    "web-frontend/modules/dashboard/module.js": (
        "import path from 'path'\n\nexport default function DashboardModule() {\n"
        "  this.addPlugin({ src: path.resolve(__dirname, 'middleware.js') })\n}\n"),
    "web-frontend/modules/dashboard/middleware/dashboardLoading.js": "export default function () {}\n",
}
SELF_IMPORTING_TEMPLATE = ("import dashboardLoading from './middleware/dashboardLoading'\n\n"
                           "/* eslint-disable-next-line */\nimport Middleware from './middleware'\n\n"
                           "Middleware.dashboardLoading = dashboardLoading\n")


def test_a_file_that_imports_itself_is_not_checked_against_itself():
    """baserow b48c2b6db8: "'./middleware' (web-frontend/modules/dashboard/middleware.js) has no
    default export" (IMP101)."""
    change = {"web-frontend/modules/dashboard/middleware.js": SELF_IMPORTING_TEMPLATE}
    assert diff_keys(NUXT_MODULE, change) == []


def test_a_missing_default_export_of_another_file_is_still_reported():
    """`./middleware` from a neighbour of `middleware.js` (which has no default export)."""
    change = {"web-frontend/modules/dashboard/middleware.js": "export const registry = {}\n",
              "web-frontend/modules/dashboard/plugin.js": "import Middleware from './middleware'\n"}
    assert diff_keys(NUXT_MODULE, change) == [
        ("IMP101", "web-frontend/modules/dashboard/plugin.js", 1, "default")]


def test_a_python_package_that_takes_a_missing_name_from_itself_is_still_reported():
    """`from . import gone` in a package's `__init__.py` names the package itself."""
    change = {"pkg/__init__.py": "from . import a\nfrom . import gone\n"}
    assert diff_keys({"pkg/__init__.py": "", "pkg/a.py": "x = 1\n"}, change) == [
        ("IMP101", "pkg/__init__.py", 2, "gone")]


# bram2w/baserow changelog/: a project (setup.py, `package_dir={"": "src"}`) whose tests import
# `src.domains`; changelog/conftest.py (no package) makes pytest put changelog/ on `sys.path`.
# (A plugin template's `backend/src/__init__.py` makes `src` a package name of the repository.)
CHANGELOG = {
    "plugin-boilerplate/backend/src/__init__.py": "",
    "changelog/setup.py": 'from setuptools import setup\n\nsetup(name="changelog", package_dir={"": "src"})\n',
    "changelog/pytest.ini": '[pytest]\npythonpath = "src"\n',
    "changelog/conftest.py": "import sys\n",
    "changelog/src/handler.py": "class ChangelogHandler:\n    pass\n",
    "changelog/tests/changelog/test_changelog_handler.py": (
        "from src.handler import ChangelogHandler\n\n\ndef test_add_entry():\n"
        "    assert ChangelogHandler()\n"),
}
USE_DOMAINS = {
    "changelog/src/domains.py": "class DatabaseDomain:\n    type = 'database'\n",
    "changelog/tests/changelog/test_changelog_handler.py": (
        "from src.handler import ChangelogHandler\nfrom src.domains import DatabaseDomain\n\n\n"
        "def test_add_entry():\n    assert ChangelogHandler() and DatabaseDomain.type\n"),
}


def test_a_module_below_the_directory_of_a_conftest_is_importable_from_its_tests():
    """baserow 8c4c2f8bbf: "module `src.domains` does not exist in this revision" (IMP102)."""
    assert diff_keys(CHANGELOG, USE_DOMAINS) == []


def test_a_missing_module_below_the_directory_of_a_conftest_is_still_reported():
    change = {key: value for key, value in USE_DOMAINS.items() if not key.endswith("domains.py")}
    assert diff_keys(CHANGELOG, change) == [
        ("IMP102", "changelog/tests/changelog/test_changelog_handler.py", 2, "src.domains")]


def test_a_conftest_directory_is_not_on_the_path_of_code_outside_it():
    change = {"backend/app.py": "from src.handler import ChangelogHandler\n"}
    assert diff_keys(CHANGELOG, change) == [("IMP102", "backend/app.py", 1, "src.handler")]



# modelcontextprotocol/python-sdk: mkdocs.yml (Material theme) lists `extra_javascript: [js/language-switch.js]`;
# the script subscribes to Material's `document$`, a global of the theme's bundle
MKDOCS_SITE = {
    "mkdocs.yml": ("site_name: MCP Python SDK\ntheme:\n  name: material\nextra_css:\n  - extra.css\n"
                   "extra_javascript:\n  - js/language-switch.js\n  - path: js/other.mjs\n"
                   "    type: module\nmarkdown_extensions:\n  - admonition\n"),
    "docs/index.md": "# MCP\n",
}
LANGUAGE_SWITCH = ("const site = new URL('/', location).pathname;\n\n"
                   "document$.subscribe(() => {\n  console.log(site);\n});\n")


def undefined_names(base: dict, change: dict) -> list[tuple]:
    result = diff_result(base, change)
    return sorted((f["file"], f["line"], f["symbol"]) for f in result.findings if f["code"] == "IMP105")


def test_a_global_of_the_documentation_theme_is_not_undefined_in_its_extra_script():
    """python-sdk 52ad0a8876: "`document$` is not defined: nothing in this scope, the
    repository or the runtime's globals provides it" (IMP105)."""
    assert undefined_names(MKDOCS_SITE, {"docs/js/language-switch.js": LANGUAGE_SWITCH,
                                         "docs/js/other.mjs": LANGUAGE_SWITCH}) == []


def test_a_script_the_site_does_not_list_is_still_judged():
    assert undefined_names(MKDOCS_SITE, {"docs/js/unlisted.js": LANGUAGE_SWITCH}) == [
        ("docs/js/unlisted.js", 3, "document$")]


def test_the_extra_scripts_are_found_below_the_configured_docs_dir():
    base = {**MKDOCS_SITE, "mkdocs.yml": "docs_dir: site_src\n" + MKDOCS_SITE["mkdocs.yml"]}
    assert undefined_names(base, {"site_src/js/language-switch.js": LANGUAGE_SWITCH,
                                  "docs/js/language-switch.js": LANGUAGE_SWITCH}) == [
        ("docs/js/language-switch.js", 3, "document$")]



# fedify-dev/fedify (at its head, `--all`): packages/next/package.json has `"next": "catalog:"`,
# the catalog of pnpm-workspace.yaml says `next: ">=15.4.6 <17"`, and the workspace has an example
# app examples/next14-app-router/ named `next` at 0.1.0: pnpm installs Next.js from the registry
def _workspace_with_example_named_next(requested: str, catalogs: str) -> dict:
    return {
        "package.json": '{"private": true}\n',
        "pnpm-workspace.yaml": "packages:\n  - packages/*\n  - examples/*\n" + catalogs,
        "examples/next14-app-router/package.json": '{"name": "next", "version": "0.1.0"}\n',
        "packages/next/package.json": f'{{"name": "@fedify/next", "peerDependencies": {{"next": "{requested}"}}}}\n',
        "packages/next/src/util.ts": "export const one = 1;\n",
    }


USES_NEXT = 'import { NextResponse } from "next/server";\nexport const ok = () => NextResponse.json(1);\n'
CATALOGS = ('catalog:\n  next: ">=15.4.6 <17"\n'
            'catalogs:\n  legacy:\n    next: ^14.2.0\n  mine:\n    next: ">=0.1 <1"\n')


@pytest.mark.parametrize("requested", ["catalog:", "catalog:default", "catalog:legacy"])
def test_a_version_a_pnpm_catalog_gives_that_a_workspace_member_is_not_takes_the_published_package(
        requested):
    """fedify (`--all`): "cannot resolve 'next/server': no such file in this revision" (IMP102)."""
    base = _workspace_with_example_named_next(requested, CATALOGS)
    assert diff_keys(base, {"packages/next/src/index.ts": USES_NEXT}) == []


@pytest.mark.parametrize("requested, catalogs", [
    ("catalog:mine", CATALOGS), ("catalog:absent", CATALOGS), ("catalog:", "")])
def test_a_catalog_version_the_member_satisfies_or_no_catalog_gives_leaves_the_member(requested, catalogs):
    base = _workspace_with_example_named_next(requested, catalogs)
    assert diff_keys(base, {"packages/next/src/index.ts": USES_NEXT}) == [
        ("IMP102", "packages/next/src/index.ts", 1, "next/server")]


# amplication/amplication (at its head, `--all`): the code generator's
# `src/server/create-main/main.template.ts` imports `./app.module` of the project it generates;
# its tsconfig.app.json excludes `**/**.template.ts`
GENERATOR = {
    "packages/dsg/tsconfig.json": ('{"include": ["src"], "exclude": ["**/**.template.ts", '
                                   '"**/**.template.tsx"]}\n'),
    "packages/dsg/package.json": '{"name": "data-service-generator"}\n',
    "packages/dsg/src/server/create-main/create-main.ts": "export const createMain = () => 1;\n",
}
MAIN_TEMPLATE = "import { AppModule } from './app.module';\n\nexport const app = AppModule;\n"


def test_a_file_named_as_a_template_its_tsconfig_leaves_out_is_not_checked():
    change = {"packages/dsg/src/server/create-main/main.template.ts": MAIN_TEMPLATE}
    assert diff_keys(GENERATOR, change) == []


def test_a_file_named_as_a_template_its_tsconfig_checks_is_still_checked():
    base = {**GENERATOR, "packages/dsg/tsconfig.json": '{"include": ["src"]}\n'}
    change = {"packages/dsg/src/server/create-main/main.template.ts": MAIN_TEMPLATE}
    assert diff_keys(base, change) == [
        ("IMP102", "packages/dsg/src/server/create-main/main.template.ts", 1, "./app.module")]


def test_a_template_every_config_of_a_solution_config_leaves_out_is_not_checked():
    """amplication: packages/data-service-generator/tsconfig.json says `"include": []` and
    references tsconfig.app.json (`src`, less the templates) and tsconfig.spec.json (tests)."""
    base = {**GENERATOR,
            "packages/dsg/tsconfig.json": ('{"files": [], "include": [], "references": [{"path": '
                                           '"./tsconfig.app.json"}, {"path": "./tsconfig.spec.json"}]}\n'),
            "packages/dsg/tsconfig.app.json": GENERATOR["packages/dsg/tsconfig.json"],
            "packages/dsg/tsconfig.spec.json": '{"include": ["**/*.test.ts", "**/*.spec.ts"]}\n'}
    change = {"packages/dsg/src/server/create-main/main.template.ts": MAIN_TEMPLATE}
    assert diff_keys(base, change) == []
    spec = {**base, "packages/dsg/tsconfig.spec.json": '{"include": ["src"]}\n'}
    assert diff_keys(spec, change) == [
        ("IMP102", "packages/dsg/src/server/create-main/main.template.ts", 1, "./app.module")]


# Qiskit/qiskit (at its head, `--all`): qiskit/qpy/binary_io/circuits.py reads `annotations` in
# `raise UnsupportedFeatureForVersion(annotations, 15, version)`, the `_Feature` object its
# `from __future__ import annotations` binds at module level (a slip, but no NameError)
FUTURE = "from __future__ import annotations\n\n\ndef write():\n    return 1\n"


def test_the_name_a_future_import_binds_is_defined():
    change = {"pkg/circuits.py": FUTURE.replace("return 1", "raise ValueError(annotations)")}
    assert diff_keys({"pkg/__init__.py": "", "pkg/circuits.py": FUTURE}, change) == []


def test_a_feature_the_module_does_not_import_is_still_undefined():
    change = {"pkg/circuits.py": FUTURE.replace("return 1", "raise ValueError(generator_stop)")}
    assert diff_keys({"pkg/__init__.py": "", "pkg/circuits.py": FUTURE}, change) == [
        ("IMP105", "pkg/circuits.py", 5, "generator_stop")]


# ChatGPTNextWeb/NextChat ac599aa47c: chat.tsx imports `../icons/size.svg` before the commit that
# adds the icon; app/global.d.ts declares `declare module "*.svg"` (webpack's @svgr loader)
SVG_TYPED = {
    "tsconfig.json": '{"compilerOptions": {"strict": true}}\n',
    "app/global.d.ts": 'declare module "*.svg";\n',
    "app/icons/send.svg": "<svg/>\n",
    "app/components/chat.tsx": 'import SendIcon from "../icons/send.svg";\n\nexport const icons = [SendIcon];\n',
}


def test_a_pattern_for_a_kind_of_asset_does_not_cover_a_missing_asset():
    """tsc is told what every `.svg` holds; webpack still loads `../icons/size.svg` from the tree,
    and fails when it is not there."""
    use = ('import SendIcon from "../icons/send.svg";\nimport SizeIcon from "../icons/size.svg";\n\n'
           "export const icons = [SendIcon, SizeIcon];\n")
    assert diff_keys(SVG_TYPED, {"app/components/chat.tsx": use}) == [
        ("IMP102", "app/components/chat.tsx", 2, "../icons/size.svg")]
    assert diff_keys(SVG_TYPED, {"app/components/chat.tsx": use, "app/icons/size.svg": "<svg/>\n"}) == []
