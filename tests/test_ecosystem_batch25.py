"""Classes of input the twenty-fifth batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-fifth batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys, selected_keys

# kubeflow/notebooks (notebooks-v1) components/crud-web-apps/common/frontend/.../editor/interfaces/
# monaco.ts: monaco-editor's typings copied into a script, `declare namespace monaco { export
# interface IDisposable ... }` and then `declare namespace monaco.editor { ... IDisposable ... }`:
# a dotted namespace is nested in each of its prefixes, whose merged members are in scope there
# (`editor` in `namespace monaco.languages {}` is `monaco.editor`)
MONACO = ("declare namespace monaco {\n  export interface IDisposable {\n    dispose(): void;\n  }\n"
          "  export class Uri {\n    path: string;\n  }\n}\n\n"
          "declare namespace monaco.editor {\n"
          "  export interface IModel extends IDisposable {\n    uri: Uri;\n  }\n}\n\n"
          "declare namespace monaco.languages {\n"
          "  export interface IMarkers {\n    markers: editor.IModel[];\n  }\n}\n")


def test_a_dotted_namespace_sees_the_members_its_outer_namespaces_declare():
    """kubeflow/notebooks (`--all` at its notebooks-v1 head): 289 IMP105 in monaco.ts."""
    base = {"src/monaco.ts": "declare let unrelated: number;\n",
            "src/editor.ts": "export const editor = { open() {} };\nexport interface IModel { n: number }\n"}
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


# ShaulLavo/ellie apps/server/src/routes/*.ts: each route module exports a function that returns
# its Elysia instance made in place, `return (new Elysia({ prefix: '/api' }).onBeforeHandle(h)
# .get(...))`, and server.ts mounts its result, `.use(createAssistantRoutes(store))`; the web app
# calls them through Eden (`eden.api.assistant.current.get()`): every route was listed "under a
# prefix impact cannot read", and no request was linked to one
ASSISTANT_ROUTES = """\
import { Elysia } from 'elysia'
import { requireLoopback } from './guard'

export function createAssistantRoutes(store: { current(): object }) {
  return (
    new Elysia({ prefix: '/api', tags: ['Assistant'] })
      .onBeforeHandle(requireLoopback)
      .get('/assistant/current', () => store.current())
  )
}

export const createStatusRoutes = () => new Elysia({ prefix: '/api' }).get('/status', () => ({ ok: true }))
"""
ELYSIA_SERVER = """\
import { Elysia } from 'elysia'
import { createAssistantRoutes, createStatusRoutes } from './routes/assistant'

export const app = new Elysia()
  .use(createAssistantRoutes({ current: () => ({ id: 1 }) }))
  .use(createStatusRoutes())
  .listen(3000)
export type App = typeof app
"""
EDEN = """\
import { treaty } from '@elysiajs/eden'
import type { App } from '../../server/src/server'

export const eden = treaty<App>('localhost:3000')
"""
CHAT = """\
import { eden } from './eden'

export const current = () => eden.api.assistant.current.get().then((r) => r.data)
export const status = () => eden.api.status.get().then((r) => r.data)
"""
ELLIE = {"server/src/routes/assistant.ts": ASSISTANT_ROUTES,
         "server/src/routes/guard.ts": "export const requireLoopback = () => undefined\n",
         "server/src/server.ts": ELYSIA_SERVER, "web/src/eden.ts": EDEN, "web/src/chat.ts": CHAT}


def test_routes_of_an_app_a_function_returns_made_in_place_are_served_where_its_call_is_used():
    renamed = {"server/src/routes/assistant.ts": ASSISTANT_ROUTES.replace(
        "'/assistant/current'", "'/assistant/now'").replace("'/status'", "'/health'")}
    assert selected_keys(ELLIE, renamed, ("IMP4",)) == [
        ("IMP403", "server/src/routes/assistant.ts", 8, "error", "GET /api/assistant/current"),
        ("IMP403", "server/src/routes/assistant.ts", 12, "error", "GET /api/status"),
        ("IMP401", "web/src/chat.ts", 3, "error", "GET /api/assistant/current"),
        ("IMP401", "web/src/chat.ts", 4, "error", "GET /api/status")]


def test_an_app_a_function_returns_that_nothing_mounts_is_not_the_root_app():
    """Mounted nowhere, the function's routes are placed nowhere: a call to them is not judged."""
    unmounted = {**ELLIE, "server/src/server.ts": ELYSIA_SERVER.replace(
        "  .use(createAssistantRoutes({ current: () => ({ id: 1 }) }))\n", "")}
    renamed = {"server/src/routes/assistant.ts": ASSISTANT_ROUTES.replace(
        "'/assistant/current'", "'/assistant/now'")}
    assert selected_keys(unmounted, renamed, ("IMP4",)) == []


def test_an_eden_client_of_a_host_impact_cannot_read_calls_the_apps_own_paths():
    """ellie's apps/web/src/lib/eden.ts: `treaty<App>(env.API_BASE_URL.replace(/\\/$/, ''))`; the
    host is the App's server, and Eden's paths are the App's routes: before, a client of an
    unread base made no request impact could place."""
    env_base = {**ELLIE, "web/src/eden.ts": EDEN.replace(
        "treaty<App>('localhost:3000')", "treaty<App>(import.meta.env.VITE_API_BASE_URL.replace(/\\/$/, ''))")}
    renamed = {"server/src/routes/assistant.ts": ASSISTANT_ROUTES.replace("'/status'", "'/health'")}
    assert selected_keys(env_base, renamed, ("IMP4",)) == [
        ("IMP403", "server/src/routes/assistant.ts", 12, "error", "GET /api/status"),
        ("IMP401", "web/src/chat.ts", 4, "error", "GET /api/status")]
    kept = {"server/src/routes/assistant.ts": ASSISTANT_ROUTES.replace(
        "() => ({ ok: true }))", "() => ({ ok: true })).get('/health', () => ({}))")}
    assert selected_keys(env_base, kept, ("IMP4",)) == []
