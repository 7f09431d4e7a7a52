"""Classes of input the twenty-fifth batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-fifth batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

# kubeflow/notebooks (notebooks-v1) components/crud-web-apps/common/frontend/.../editor/interfaces/
# monaco.ts: monaco-editor's typings copied into a script, `declare namespace monaco { export
# interface IDisposable ... }` and then `declare namespace monaco.editor { ... IDisposable ... }`:
# a dotted namespace is nested in each of its prefixes, whose merged members are in scope there
MONACO = ("declare namespace monaco {\n  export interface IDisposable {\n    dispose(): void;\n  }\n"
          "  export class Uri {\n    path: string;\n  }\n}\n\n"
          "declare namespace monaco.editor {\n"
          "  export interface IModel extends IDisposable {\n    uri: Uri;\n  }\n}\n")


def test_a_dotted_namespace_sees_the_members_its_outer_namespaces_declare():
    """kubeflow/notebooks (`--all` at its notebooks-v1 head): 289 IMP105 in monaco.ts."""
    base = {"src/monaco.ts": "declare let unrelated: number;\n"}
    assert diff_keys(base, {"src/monaco.ts": MONACO}) == []


def test_a_name_no_outer_namespace_declares_is_still_undefined_in_a_dotted_namespace():
    base = {"src/monaco.ts": MONACO, "src/other.ts": "export interface IModel2 { n: number }\n"}
    change = {"src/monaco.ts": MONACO.replace("  export interface IDisposable",
                                              "  export interface IGone")}
    assert diff_keys(base, change) == [("IMP105", "src/monaco.ts", 11, "IDisposable")]


# kubeflow/pipelines (`--all` at its head): backend/api/v1beta1/python_http_client/ and
# backend/api/v2beta1/python_http_client/ are two distributions of one name (`kfp-server-api`,
# generated from two API versions), each with a `kfp_server_api` package; the SDK, outside both,
# reads `kfp_server_api.V2beta1Run`, which only the second has: impact took the first root
def _server_api(version: str, model: str) -> dict:
    root = f"backend/api/{version}/python_http_client"
    return {f"{root}/setup.py": 'from setuptools import setup\nsetup(name="kfp-server-api")\n',
            f"{root}/kfp_server_api/__init__.py": f"from kfp_server_api.models import {model}\n",
            f"{root}/kfp_server_api/models.py": f"class {model}:\n    pass\n"}


SERVER_APIS = {**_server_api("v1beta1", "ApiRun"), **_server_api("v2beta1", "V2beta1Run"),
               "sdk/python/setup.py": 'from setuptools import setup\nsetup(name="kfp")\n',
               "sdk/python/kfp/__init__.py": ""}


def test_a_name_another_distribution_building_the_same_package_provides_is_no_dangling_attribute():
    change = {"sdk/python/kfp/client.py": (
        "import kfp_server_api\nfrom kfp_server_api import V2beta1Run as Run\n\n\n"
        "def run() -> object:\n    return kfp_server_api.V2beta1Run(), Run\n")}
    assert diff_keys(SERVER_APIS, change) == []


def test_a_name_no_copy_of_the_package_provides_is_still_dangling():
    change = {"sdk/python/kfp/client.py": (
        "import kfp_server_api\nfrom kfp_server_api import V3Run as Run\n\n\n"
        "def run() -> object:\n    return kfp_server_api.V3Run(), Run\n")}
    assert diff_keys(SERVER_APIS, change) == [
        ("IMP101", "sdk/python/kfp/client.py", 2, "V3Run"),
        ("IMP103", "sdk/python/kfp/client.py", 6, "V3Run")]


def test_a_copy_of_a_package_in_a_directory_that_only_holds_packages_does_not_provide_names():
    """A tree that is no distribution of its own (a vendored or example copy) is not one an
    environment may install in place of the project's package."""
    base = {**_server_api("v1beta1", "ApiRun"),
            "tools/scripts/old/legacy/kfp_server_api/__init__.py": "class V2beta1Run:\n    pass\n",
            "sdk/python/setup.py": 'from setuptools import setup\nsetup(name="kfp")\n',
            "sdk/python/kfp/__init__.py": ""}
    change = {"sdk/python/kfp/client.py": "from kfp_server_api import V2beta1Run\n"}
    assert diff_keys(base, change) == [("IMP101", "sdk/python/kfp/client.py", 1, "V2beta1Run")]


# kubeflow/pipelines 98c5c0e2b1e1 (the TypeScript 6 upgrade): frontend/tsconfig.json trades
# `baseUrl: "."` for `paths: {"third_party/*": ["./third_party/*"]}`, and six test files, which
# its `exclude` (`**/?*test.*`) keeps from tsc, import interfaces from 'third_party/argo-ui/
# argo_template', a path that is in neither revision: vitest's esbuild drops the import (it takes
# types only), so nothing loads or checks it
def _frontend(compiler: str) -> dict:
    return {
        "frontend/package.json": '{"name": "frontend", "private": true}\n',
        "frontend/tsconfig.json": '{"compilerOptions": {' + compiler + '}, "exclude": ["**/?*test.*"], '
                                  '"include": ["src"]}\n',
        "frontend/src/third_party/argo_template.ts": "export interface Workflow { name: string }\n",
        "frontend/third_party/argo-ui/LICENSE": "MIT\n",
        "frontend/src/lib/Compare.ts": "export const compare = (a: number) => a;\n",
    }


BEFORE_PATHS = '"baseUrl": "."'
AFTER_PATHS = '"paths": {"third_party/*": ["./third_party/*"]}'


def _test_file(imported: str, used: str) -> dict:
    return {"frontend/src/lib/Compare.test.ts": (
        f"import {{ compare }} from './Compare';\nimport {{ {imported} }} from "
        f"'third_party/argo-ui/argo_template';\n\n{used}\n")}


def test_an_import_of_types_only_in_a_test_no_tsc_checks_is_not_missing():
    used = "const w = { name: 'x' } as Workflow;\nconst n: NodeStatus[] = [];\ncompare(n.length + w.name.length);"
    base = {**_frontend(BEFORE_PATHS), **_test_file("Workflow, NodeStatus", used)}
    change = {"frontend/tsconfig.json": _frontend(AFTER_PATHS)["frontend/tsconfig.json"]}
    assert diff_keys(base, change) == []


def test_an_import_of_a_value_or_in_a_checked_file_or_kept_by_the_config_is_still_missing():
    value = {**_frontend(BEFORE_PATHS),
             **_test_file("Workflow, makeWorkflow", "const w: Workflow = makeWorkflow();\ncompare(w.name.length);")}
    change = {"frontend/tsconfig.json": _frontend(AFTER_PATHS)["frontend/tsconfig.json"]}
    missing = [("IMP102", "frontend/src/lib/Compare.test.ts", 2, "third_party/argo-ui/argo_template")]
    assert diff_keys(value, change) == missing
    types = _test_file("Workflow", "const w = { name: 'x' } as Workflow;\ncompare(w.name.length);")
    checked = {**_frontend(BEFORE_PATHS).copy(), **types}
    checked["frontend/tsconfig.json"] = checked["frontend/tsconfig.json"].replace('"**/?*test.*"', '"dist"')
    assert diff_keys(checked, {"frontend/tsconfig.json": checked["frontend/tsconfig.json"].replace(
        BEFORE_PATHS, AFTER_PATHS)}) == missing
    kept = {**_frontend(BEFORE_PATHS + ', "verbatimModuleSyntax": true'), **types}
    assert diff_keys(kept, {"frontend/tsconfig.json": _frontend(
        AFTER_PATHS + ', "verbatimModuleSyntax": true')["frontend/tsconfig.json"]}) == missing
