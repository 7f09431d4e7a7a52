"""Classes of input the twenty-first batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-first batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding or a crash, and its neighbour where the finding is true and
stays."""

from __future__ import annotations

import pytest
from conftest import diff_keys, diff_result, selected_keys

# epicweb-dev/epic-stack app/routes/settings/profile/two-factor/index.tsx: a route whose
# fetcher's form sits beside a fragment, `<>`, an opening element without a name
EXPRESS = """\
const express = require('express')

const app = express()
app.post('/api/codes', (req, res) => res.json({ id: 1, code: 'x' }))
app.listen(3000)
"""
CLIENT = """\
export async function makeCode() {
  const res = await fetch('/api/codes', { method: 'POST' });
  return res.json();
}
"""
ROUTE = """\
import { useFetcher } from "react-router";
import { makeCode } from "../api";

export async function action() {
  return makeCode();
}

export default function Codes({ enabled }) {
  const fetcher = useFetcher<typeof action>();
  if (enabled) {
    return <><p>on</p></>;
  }
  return (
    <fetcher.Form method="post">
      {fetcher.data && <p>{fetcher.data.code}</p>}
    </fetcher.Form>
  );
}
"""
ROUTED = {"server/index.js": EXPRESS, "web/app/api.ts": CLIENT, "web/app/routes/codes.tsx": ROUTE,
          "web/package.json": '{"dependencies": {"react-router": "^7"}}'}


def test_a_route_with_a_fragment_beside_its_fetchers_form_is_read():
    """epic-stack (every commit): "AttributeError: 'NoneType' object has no attribute 'text'"
    reading the name of `<>` as if it were `<fetcher.Form>`."""
    dropped = {"server/index.js": EXPRESS.replace(", code: 'x'", "")}
    found = sorted(key[:4] for key in selected_keys(ROUTED, dropped, ("IMP4",)))
    assert found == [("IMP402", "web/app/routes/codes.tsx", 15, "error"),
                     ("IMP404", "server/index.js", 4, "error")]


# litestar-org/litestar-fullstack 002ff926804d: the application moves from src/app/ to
# src/py/app/ and the build names the package there (hatch puts src/py/ on the path)
HATCH_PACKAGES = """\
[project]
name = "app"
version = "0.1.0"

[build-system]
build-backend = "hatchling.build"
requires = ["hatchling"]

[tool.hatch.build.targets.wheel]
packages = ["src/py/app"]
"""
MOVED_APP = {"pyproject.toml": HATCH_PACKAGES, "src/py/app/__init__.py": "",
             "src/py/app/lib/__init__.py": "", "src/py/app/lib/crypt.py": "def get_hash(x):\n    return x\n"}

SRC_APP = {"pyproject.toml": HATCH_PACKAGES.replace("src/py/app", "src/app"), "src/app/__init__.py": "",
           "src/app/lib/__init__.py": "", "src/app/lib/crypt.py": "def get_hash(x):\n    return x\n"}
GONE_FROM_SRC = {path: None for path in SRC_APP if path.startswith("src/")}


def test_a_package_the_build_names_below_a_src_layout_is_importable_by_its_own_name():
    """litestar-fullstack 002ff926804d: "module `app.lib.crypt` does not exist in this revision"
    (79 IMP102 in src/py/tests/) and "`get_password_hash` moved to `src/py/app/lib/crypt.py`;
    import it with `from py.app.lib.crypt import ...`" (12 IMP201): src/py/ is no namespace
    package `py` of the `src/` layout but the directory an editable install puts on the path."""
    test = "from app.lib.crypt import get_hash\n\n\ndef test_hash():\n    assert get_hash(1) == 1\n"
    change = {**GONE_FROM_SRC, **MOVED_APP, "src/py/tests/test_crypt.py": test}
    assert diff_keys(SRC_APP, change) == []


def test_a_module_missing_from_the_named_package_is_still_reported():
    test = "from app.lib.gone import get_hash\n"
    assert diff_keys(MOVED_APP, {"src/py/tests/test_crypt.py": test}) == [
        ("IMP102", "src/py/tests/test_crypt.py", 1, "app.lib.gone")]


def test_moving_a_package_where_the_build_now_names_it_keeps_its_public_api():
    """The same commit: the removal of `src/app/lib/crypt.py` is the move of `app.lib.crypt`."""
    change = {**GONE_FROM_SRC, **MOVED_APP}
    assert diff_keys(SRC_APP, change, without=()) == []


# getsentry/sentry-javascript 3c58f44a2374: `wrangler types --include-runtime=false` regenerates
# one test application's worker-configuration.d.ts without the Workers runtime's declarations,
# while another application's worker takes `WebSocketPair` from @cloudflare/workers-types
WORKERS_TYPES = '{"devDependencies": {"@cloudflare/workers-types": "^4.20240725.0", "wrangler": "^4"}}\n'
RUNTIME_DECLARED = {
    "apps/astro/package.json": WORKERS_TYPES,
    "apps/astro/worker-configuration.d.ts": (
        "interface Env {\n  ASSETS: Fetcher;\n}\n"
        "declare const WebSocketPair: {\n  new (): { 0: WebSocket; 1: WebSocket };\n};\n"),
    "apps/worker/package.json": WORKERS_TYPES,
    "apps/worker/tsconfig.json": '{"compilerOptions": {"types": ["@cloudflare/workers-types"]}}\n',
    "apps/worker/src/index.ts": (
        "export default {\n  async fetch(request: Request): Promise<Response> {\n"
        "    const pair = new WebSocketPair();\n    return new Response(null, { status: 101, webSocket: pair[1] });\n"
        "  },\n};\n"),
}
REGENERATED = {"apps/astro/worker-configuration.d.ts": "interface Env {\n  ASSETS: Fetcher;\n}\n",
               "apps/worker/package.json": WORKERS_TYPES.replace("^4\"", "^4.61.0\"")}


@pytest.mark.parametrize("whole_repository", [False, True])
def test_a_runtime_global_a_generated_declaration_no_longer_repeats_is_not_undefined(whole_repository):
    """sentry-javascript 3c58f44a2374: "`WebSocketPair` is not defined: nothing in this scope
    imports or defines it" (3 IMP105): @cloudflare/workers-types, a dependency, declares it.
    (A scan of every file reads the facts, not the index.)"""
    found = diff_result(RUNTIME_DECLARED, REGENERATED, whole_repository=whole_repository).findings
    assert [f["code"] for f in found if f["code"] == "IMP105"] == []


def test_a_declared_global_removed_without_a_runtime_types_dependency_is_still_undefined():
    plain = {path: data.replace("@cloudflare/workers-types", "typescript") for path, data in
             {**RUNTIME_DECLARED, **REGENERATED}.items() if path.endswith("package.json")}
    assert diff_keys({**RUNTIME_DECLARED, **plain}, {**REGENERATED, **plain}) == [
        ("IMP105", "apps/worker/src/index.ts", 3, "WebSocketPair")]


def test_a_removed_global_some_file_binds_is_still_undefined_beside_a_runtime_types_dependency():
    """A script's top-level binding is a global the repository makes itself, not a declaration."""
    base = {**RUNTIME_DECLARED, "apps/astro/worker-configuration.d.ts": "interface Env {}\n",
            "apps/worker/src/pair.js": "var WebSocketPair = function () { return [1, 2]; };\n"}
    assert diff_keys(base, {"apps/worker/src/pair.js": None}) == [
        ("IMP105", "apps/worker/src/index.ts", 3, "WebSocketPair")]


# huge-dream/django-vue3-admin de638e7e4b37: `collectstatic` output committed under
# backend/static/ with WhiteNoise's compressed copies: Django REST framework's and drf-yasg's
# scripts, run on pages that load jQuery and Swagger UI first
DOLLAR_BOUND = {"web/src/utils/dom.ts": "export const $ = (selector: string) => document.querySelector(selector);\n",
                "web/src/main.ts": "import { $ } from './utils/dom';\n\n$('#app');\n"}
COLLECTED = {"backend/static/rest_framework/js/default.js": "$(document).ready(function () {\n  $('.x').hide();\n});\n",
             "backend/static/drf-yasg/swagger-ui-init.js": "var ui = SwaggerUIBundle({ url: '/swagger.json' });\n"}
COMPRESSED = {f"{path}.gz": "\x1f\x8b compressed copy\n" for path in COLLECTED}


def test_a_script_committed_beside_its_compressed_copy_is_not_checked():
    """django-vue3-admin de638e7e4b37: "`$` is not defined: nothing in this scope imports or
    defines it", "`SwaggerUIBundle` is not defined" (51 IMP105) in collected static files."""
    assert diff_keys(DOLLAR_BOUND, {**COLLECTED, **COMPRESSED}) == []


def test_a_script_without_a_compressed_copy_is_still_checked():
    assert diff_keys(DOLLAR_BOUND, COLLECTED) == [
        ("IMP105", "backend/static/drf-yasg/swagger-ui-init.js", 1, "SwaggerUIBundle"),
        ("IMP105", "backend/static/rest_framework/js/default.js", 1, "$"),
        ("IMP105", "backend/static/rest_framework/js/default.js", 2, "$")]


# huge-dream/django-vue3-admin a3c4e02aa1f7: backend/.gitignore says `conf/*` and
# `!conf/env.example.py`; the setup copies conf/env.example.py to conf/env.py
LOCAL_CONFIG = {"backend/.gitignore": "*.pyc\nconf/*\n!conf/env.example.py\n",
                "backend/conf/env.example.py": "DATABASE_HOST = '127.0.0.1'\n",
                "backend/application/__init__.py": "", "backend/manage.py": "import os\n"}
SETTINGS = "from conf.env import *\n\nDEBUG = True\n"


def test_an_ignored_module_made_from_a_tracked_example_is_not_missing():
    """django-vue3-admin a3c4e02aa1f7: "module `conf.env` does not exist in this revision"
    (IMP102), though every other module of conf/ is ignored too."""
    assert diff_keys(LOCAL_CONFIG, {"backend/application/settings.py": SETTINGS}) == []


def test_a_missing_module_without_an_example_or_not_ignored_is_still_reported():
    no_example = {**{path: data for path, data in LOCAL_CONFIG.items() if "example" not in path},
                  "backend/conf/defaults.py": "DATABASE_HOST = '127.0.0.1'\n"}
    not_ignored = {**LOCAL_CONFIG, "backend/.gitignore": "*.pyc\n"}
    for base in (no_example, not_ignored):
        assert diff_keys(base, {"backend/application/settings.py": SETTINGS}) == [
            ("IMP102", "backend/application/settings.py", 1, "conf.env")], base


# cloudflare/agents packages/agents/src/index.ts, examples/github-webhook/src/server.ts: the
# type arguments of a tagged template (a Durable Object's `this.sql<Row>`...``) longer than
# the text read around a syntax error
ROW_FIELDS = "".join(f"      field_{i}: string | null;\n" for i in range(12))
LONG_TAG_TYPE_ARGUMENTS = ("export class Events {\n  sql: any;\n  list(limit = 20) {\n    return [\n"
                           "      ...this.sql<{\n" + ROW_FIELDS +
                           "      }>`SELECT * FROM events LIMIT ${limit}`\n    ];\n  }\n}\n")


def test_long_type_arguments_of_a_tagged_template_are_no_syntax_error():
    """agents a0e134bbc327 (`--all`): "syntax error: missing `!`" (IMP301) in four files."""
    base = {"src/helpers.ts": "export function helper(): number { return 1; }\n",
            "src/events.ts": "import { helper } from './helpers';\nexport const x = 1;\nhelper();\n"}
    change = {"src/events.ts": LONG_TAG_TYPE_ARGUMENTS + "export const x = 1;\nhelper();\n"}
    line = LONG_TAG_TYPE_ARGUMENTS.count("\n") + 2
    assert diff_keys(base, change) == [("IMP105", "src/events.ts", line, "helper")]


# ever-co/ever-traduora docs-website/src/theme.d.ts, cloudflare/agents packages/think/src/think.ts:
# an import type's member given type arguments or array brackets
@pytest.mark.parametrize("construct", [
    "export type HeadingProps = import('react').ComponentProps<'h1' | 'h2'>;\n",
    ("export class Think {\n  describe(\n    _pending: import('./helpers').Pending[],\n"
     "    _ctx: { requestId: string }\n  ): number | undefined {\n    return undefined;\n  }\n}\n"),
    "export type Rows = import('./helpers').Rows<Map<string, (a: string) => void>>[][];\n",
])
def test_an_import_types_member_with_type_arguments_or_brackets_is_no_syntax_error(construct):
    """traduora 8733208130fb: "syntax error: missing `;`" (IMP301); agents (`--all`): "syntax
    error" in think.ts and think-session.ts."""
    base = {"src/helpers.ts": "export function helper(): number { return 1; }\n",
            "src/types.ts": "import { helper } from './helpers';\nexport const x = 1;\nhelper();\n"}
    change = {"src/types.ts": construct + "export const x = 1;\nhelper();\n"}
    assert diff_keys(base, change) == [("IMP105", "src/types.ts", construct.count("\n") + 2, "helper")]


# getsentry/sentry-javascript 06585f44ac98 ("Merge in sentry-javascript-bundler-plugins"): the
# package's build writes src/core/version.ts, which the merged .gitignore does not list yet
BUNDLER_PLUGINS = {
    "packages/bundler-plugins/package.json": (
        '{"name": "@sentry/bundler-plugins", "version": "5.3.0", "scripts": {"prebuild": '
        '"node -p \\"\'export const LIB_VERSION = \' + JSON.stringify(require(\'./package.json\').version)'
        ' + \';\'\\" > src/core/version.ts", "build": "rollup -c 2>&1"}}\n'),
    "packages/bundler-plugins/src/core/logger.ts": "export const log = console.log;\n",
}


@pytest.mark.parametrize("importer, spec", [("src/core/manager.ts", "./version"),
                                            ("src/core/sentry/telemetry.ts", "../version.js")])
def test_a_module_a_package_script_writes_is_not_missing(importer, spec):
    """sentry-javascript 06585f44ac98: "cannot resolve './version': no such file in this
    revision" (2 IMP102)."""
    use = f"import {{ LIB_VERSION }} from '{spec}';\n\nexport const version = LIB_VERSION;\n"
    assert diff_keys(BUNDLER_PLUGINS, {f"packages/bundler-plugins/{importer}": use}) == []


def test_a_module_no_script_writes_is_still_missing():
    use = "import { LIB_VERSION } from './release';\n\nexport const version = LIB_VERSION;\n"
    assert diff_keys(BUNDLER_PLUGINS, {"packages/bundler-plugins/src/core/manager.ts": use}) == [
        ("IMP102", "packages/bundler-plugins/src/core/manager.ts", 1, "./release")]


# cloudflare/agents a68736f415ac: the commit removes the x402 example, whose Hono server routed
# `/agents/*`; other examples' clients send requests to their own workers, which hand them to
# the SDK without a route impact reads
X402_SERVER = ("import { Hono } from 'hono';\n\nconst app = new Hono();\n"
               "app.all('/agents/*', (c) => c.json({ ok: true }));\n\nexport default app;\n")
CROSS_DOMAIN_CLIENT = ("export async function connect() {\n"
                       "  const res = await fetch('http://localhost:8787/agents/my-agent/default');\n"
                       "  return res.json();\n}\n")
EXAMPLES = {"examples/x402/package.json": '{"dependencies": {"hono": "^4"}}\n',
            "examples/x402/src/server.ts": X402_SERVER,
            "examples/cross-domain/package.json": '{"dependencies": {"agents": "^1"}}\n',
            "examples/cross-domain/src/client.ts": CROSS_DOMAIN_CLIENT,
            "examples/playground/src/server.ts": X402_SERVER.replace("app.all('/agents/*'", "app.get('/health'")}


def test_a_request_of_one_example_is_not_served_by_another_examples_route():
    """agents a68736f415ac: "`GET http://localhost:8787/agents/my-agent/default` is no longer
    served: it matched `ANY /agents/*` (examples/x402/src/server.ts:86) in base" (4 IMP401)."""
    assert diff_keys(EXAMPLES, {"examples/x402/src/server.ts": None}, without=("IMP201", "IMP402")) == []


def test_a_request_of_the_same_example_or_of_an_app_is_still_unserved():
    same_example = {**EXAMPLES, "examples/x402/src/client.ts": CROSS_DOMAIN_CLIENT}
    assert ("IMP401", "examples/x402/src/client.ts", 2, "GET /agents/my-agent/default") in \
        diff_keys(same_example, {"examples/x402/src/server.ts": None})
    app = {"server/package.json": '{"dependencies": {"hono": "^4"}}\n', "server/src/index.ts": X402_SERVER,
           "server/src/health.ts": EXAMPLES["examples/playground/src/server.ts"],
           "web/src/client.ts": CROSS_DOMAIN_CLIENT}
    assert ("IMP401", "web/src/client.ts", 2, "GET /agents/my-agent/default") in \
        diff_keys(app, {"server/src/index.ts": None})
