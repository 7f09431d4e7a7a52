"""A generated TypeScript source that its package's `exports` names is what the package runs:
it is checked like any other file (remix b570305cc6, `packages/remix/src/data-table/internal/
sql-helpers.ts`, "auto-generated, please do not edit", re-exports
`@remix-run/data-table/internal/sql-helpers`, a subpath the commit took out of that package's
`exports`). A generated file no package names is still not checked."""

import json

from tests.conftest import diff_keys

HEADER = "// IMPORTANT: This file is auto-generated, please do not edit manually.\n"
REEXPORT = HEADER + "export * from '@s/dt/internal/helpers'\n"


def _manifest(name: str, exports: dict) -> str:
    return json.dumps({"name": name, "type": "module", "exports": exports,
                       "dependencies": {"@s/dt": "workspace:^"} if name != "@s/dt" else {}})


def _change(umbrella_exports: dict) -> tuple[dict, dict]:
    base = {"package.json": json.dumps({"name": "root", "private": True}),
            "pnpm-workspace.yaml": "packages:\n  - packages/*\n",
            "packages/dt/package.json": _manifest("@s/dt", {
                ".": "./src/index.ts", "./internal/helpers": "./src/internal/helpers.ts"}),
            "packages/dt/src/index.ts": "export const a = 1\n",
            "packages/dt/src/internal/helpers.ts": "export const h = 1\n",
            "packages/um/package.json": _manifest("um", umbrella_exports),
            "packages/um/src/dt/helpers.ts": REEXPORT}
    head = {**base, "packages/dt/package.json": _manifest("@s/dt", {
                ".": "./src/index.ts", "./helpers": "./src/helpers.ts"}),
            "packages/dt/src/internal/helpers.ts": None,
            "packages/dt/src/helpers.ts": "export const h = 1\n"}
    return base, head


def test_a_generated_source_a_package_exports_is_checked():
    assert diff_keys(*_change({"./dt/helpers": "./src/dt/helpers.ts"})) == [
        ("IMP102", "packages/um/src/dt/helpers.ts", 2, "@s/dt/internal/helpers")]


def test_a_generated_source_no_package_names_is_not_checked():
    assert diff_keys(*_change({".": "./src/index.ts"})) == []
