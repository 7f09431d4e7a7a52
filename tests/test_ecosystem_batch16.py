"""Classes of input the sixteenth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: sixteenth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys, diff_result

# modelcontextprotocol/typescript-sdk: packages/client/tsconfig.json maps
# `@modelcontextprotocol/test-helpers` to `./node_modules/@modelcontextprotocol/test-helpers/src/
# index.ts`, the link pnpm makes to the workspace member test/helpers/ (a package.json with
# neither `main` nor `exports`); tsc follows the link to test/helpers/src/index.ts
HELPERS = "@modelcontextprotocol/test-helpers"
LINKED = {
    "pnpm-workspace.yaml": "packages:\n  - packages/*\n  - test/*\n",
    "package.json": '{"name": "root", "private": true}\n',
    "test/helpers/package.json": f'{{"name": "{HELPERS}", "private": true}}\n',
    "test/helpers/src/index.ts": "export function listen(): number {\n  return 1;\n}\n",
    "packages/client/package.json": ('{"name": "@modelcontextprotocol/client", "devDependencies": '
                                     f'{{"{HELPERS}": "workspace:^"}}}}\n'),
    "packages/client/tsconfig.json": ('{"compilerOptions": {"paths": {'
                                      f'"{HELPERS}": ["./node_modules/{HELPERS}/src/index.ts"], '
                                      f'"@helpers/*": ["./node_modules/{HELPERS}/src/*"]}}}}}}\n'),
    "packages/client/src/index.ts": "export const client = 1;\n",
}
CLIENT_TEST = "packages/client/test/sse.test.ts"


def test_a_paths_target_through_a_linked_workspace_member_is_its_file():
    """typescript-sdk (`--all` at 3924de99df): "cannot resolve '@modelcontextprotocol/test-helpers':
    no such file in this revision"."""
    change = {CLIENT_TEST: f"import {{ listen }} from '{HELPERS}';\n"
                           "import { listen as again } from '@helpers/index';\n\n"
                           "listen(); again();\n"}
    assert diff_keys(LINKED, change) == []


def test_a_name_that_linked_file_does_not_export_is_still_reported():
    change = {CLIENT_TEST: f"import {{ serve }} from '{HELPERS}';\n"
                           "import { close } from '@helpers/index';\n\nserve(); close();\n"}
    assert diff_keys(LINKED, change) == [("IMP101", CLIENT_TEST, 1, "serve"),
                                         ("IMP101", CLIENT_TEST, 2, "close")]


# zarr-developers/zarr-python: tests/test_regression/scripts/v2.18.py opens with PEP 723 inline
# metadata listing `zarr==2.18`; `uv run` gives it an environment of its own with that release,
# so `zarr.hierarchy` and `zarr._storage.store` are zarr 2's, not the src/zarr/ (zarr 3) beside it
ZARR = {
    "pyproject.toml": '[project]\nname = "zarr"\n',
    "src/zarr/__init__.py": "from zarr.core import Group\n\n__all__ = ['Group']\n",
    "src/zarr/core.py": "class Group:\n    pass\n",
}
SCRIPT = "tests/test_regression/scripts/v2.18.py"
OLD_ZARR = ("import zarr\nfrom zarr._storage.store import BaseStore\n\n"
            "def copy(node: zarr.hierarchy.Group, store: BaseStore) -> zarr.core.Array:\n"
            "    return zarr.group(store=store)\n")


def _script(dependencies: str) -> str:
    return (f'# /// script\n# requires-python = ">=3.12"\n# dependencies = [\n{dependencies}# ]\n'
            f"# ///\n\n{OLD_ZARR}")


def test_a_script_imports_the_release_its_inline_metadata_lists():
    """zarr-python (`--all` at d44f9f92ab): "module `zarr._storage.store` does not exist" and
    "`zarr.hierarchy`: module `zarr` has no attribute `hierarchy`" (14 IMP103)."""
    change = {SCRIPT: _script('#  "zarr==2.18",\n#  "numcodecs==0.15"\n')}
    assert diff_keys(ZARR, change) == []


def test_a_script_whose_metadata_lists_other_packages_still_imports_the_repository():
    change = {SCRIPT: _script('#  "numcodecs==0.15",\n')}
    assert diff_keys(ZARR, change) == [("IMP102", SCRIPT, 9, "zarr._storage.store"),
                                       ("IMP103", SCRIPT, 11, "Array"),
                                       ("IMP103", SCRIPT, 11, "hierarchy"),
                                       ("IMP103", SCRIPT, 12, "group")]


# Avaiga/taipy: taipy/__init__.py imports the parts other distributions install into the
# package (taipy-enterprise, taipy-designer) only where `find_spec` finds them
TAIPY = {"taipy/__init__.py": "from taipy.core import Scenario\n",
         "taipy/core.py": "class Scenario:\n    pass\n"}
PROBED = ("import importlib.util\nfrom importlib.util import find_spec\n\n"
          "from taipy.core import Scenario\n\n"
          "if find_spec('taipy.enterprise'):\n    from taipy.enterprise._init import *\n"
          "elif importlib.util.find_spec('taipy.designer') is not None and Scenario:\n"
          "    from taipy.designer import _init\n")


def test_an_import_of_a_module_find_spec_found_is_not_missing():
    """taipy (`--all` at 3621961930): "module `taipy.enterprise._init` does not exist"."""
    assert diff_keys(TAIPY, {"taipy/__init__.py": PROBED}) == []


def test_an_import_find_spec_did_not_probe_is_still_missing():
    change = {"taipy/__init__.py": PROBED.replace("    from taipy.designer import _init",
                                                  "    from taipy.enterprise import _init\n"
                                                  "else:\n    import taipy.designer")}
    assert diff_keys(TAIPY, change) == [("IMP102", "taipy/__init__.py", 9, "taipy.enterprise"),
                                        ("IMP102", "taipy/__init__.py", 11, "taipy.designer")]


# piccolo-orm/piccolo_admin: admin_ui/tsconfig.json is a solution config (`files: []`) whose
# reference tsconfig.app.json takes src/ and extends `@vue/tsconfig/tsconfig.dom.json`, an
# installed package's config that sets `skipLibCheck`: tsc reports nothing in src/shims-vuex.d.ts
SHIM = "admin_ui/src/shims-vuex.d.ts"
SHIM_TEXT = ('import { Store } from "@/store"\n\ndeclare module "@vue/runtime-core" {\n'
             "  interface ComponentCustomProperties {\n    $store: Store\n  }\n}\n")


def _admin_ui(app_options: str = "") -> dict:
    return {
        "admin_ui/package.json": '{"name": "admin-ui", "devDependencies": {"@vue/tsconfig": "^0.5"}}\n',
        "admin_ui/tsconfig.json": ('{"files": [], "references": [{"path": "./tsconfig.node.json"}, '
                                   '{"path": "./tsconfig.app.json"}]}\n'),
        "admin_ui/tsconfig.node.json": '{"include": ["vite.config.*"]}\n',
        "admin_ui/tsconfig.app.json": ('{"extends": "@vue/tsconfig/tsconfig.dom.json", '
                                       '"include": ["src/**/*"], "compilerOptions": {'
                                       f'{app_options}"paths": {{"@/*": ["./src/*"]}}}}}}\n'),
        "admin_ui/src/store.ts": 'import { createStore } from "vuex"\n\nexport default createStore({})\n',
    }


def test_a_declaration_file_under_an_installed_base_config_gets_a_warning():
    """piccolo_admin 0e745375c5: "`Store` is imported from '@/store' (admin_ui/src/store.ts),
    which does not export it" (an error; tsc, with @vue/tsconfig's skipLibCheck, says nothing)."""
    found = diff_result(_admin_ui(), {SHIM: SHIM_TEXT}).findings
    assert [(f["code"], f["severity"], f["symbol"]) for f in found] == [("IMP101", "warning", "Store")]
    assert "@vue/tsconfig/tsconfig.dom.json" in found[0]["message"]


def test_a_declaration_file_whose_config_checks_it_still_gets_the_error():
    change = {SHIM: SHIM_TEXT}
    assert diff_keys(_admin_ui('"skipLibCheck": false, '), change) == [("IMP101", SHIM, 1, "Store")]


# modelcontextprotocol/typescript-sdk 0fb8406d83: packages/core/src/index.ts re-exports 160 names
# in two `export { ... } from '<module>'` statements; while the module was not found, impact gave
# one "cannot resolve" per name (175 errors) where tsc gives one per statement, at its specifier
BARREL = "packages/core/src/index.ts"
REEXPORTS = ("export {\n  AnnotationsSchema,\n  AudioContentSchema as Audio,\n} from './schemas';\n"
             "import {\n  a,\n  b\n} from './auth';\nexport { a, b };\n")


def test_a_re_export_statement_of_a_missing_module_is_one_finding_at_its_specifier():
    """typescript-sdk 0fb8406d83: 175 IMP102 for the 2 statements."""
    assert diff_keys({"package.json": '{"name": "core"}\n'}, {BARREL: REEXPORTS}) == [
        ("IMP102", BARREL, 4, "./schemas"), ("IMP102", BARREL, 8, "./auth")]


def test_each_name_a_re_export_statement_takes_from_an_existing_module_is_still_checked():
    base = {"packages/core/src/schemas.ts": "export const AnnotationsSchema = 1;\n",
            "packages/core/src/auth.ts": "export const a = 1, b = 2;\n"}
    assert diff_keys(base, {BARREL: REEXPORTS}) == [("IMP104", BARREL, 3, "AudioContentSchema")]


# melt-ui/melt-ui: src/lib/builders/date-picker/types.ts writes `Expand<...>` without importing
# it; the project is checked by svelte-check (`pnpm check` in CI), whose svelte2tsx shims declare
# `type Expand<T>` globally for every file of the program (src/lib/internal/types.ts defines a
# module's own `Expand`, which is why impact judged the name)
MELT = {
    "package.json": ('{"name": "@melt-ui/svelte", "devDependencies": {"svelte": "^4", '
                     '"svelte-check": "^3.4.6", "typescript": "^5"}}\n'),
    "src/lib/internal/types.ts": ("export type Expand<T> = T extends object ? "
                                  "T extends infer O ? { [K in keyof O]: O[K] } : never : T;\n"),
}
PICKER = "src/lib/builders/date-picker/types.ts"
PICKER_TEXT = ("export type DatePickerProps = { open?: boolean };\n"
               "export type CreateDatePickerProps = Expand<DatePickerProps>;\n")


def test_a_svelte_check_shim_type_named_unimported_is_a_global():
    """melt-ui (`--all` at 3ddf5f1c81): "`Expand` is not defined" x3."""
    assert diff_keys(MELT, {PICKER: PICKER_TEXT}) == []


def test_a_module_type_named_unimported_without_svelte_check_is_still_undefined():
    base = {**MELT, "package.json": '{"name": "@melt-ui/svelte", "devDependencies": {"svelte": "^4"}}\n'}
    assert diff_keys(base, {PICKER: PICKER_TEXT}) == [("IMP105", PICKER, 2, "Expand")]
