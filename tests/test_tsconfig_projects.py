"""The tsc project of a file that its nearest tsconfig leaves out: the config a solution
config's `references` lead to whose `include` takes it, with that config's `paths`, as tsserver
finds it. Effect-TS/effect gave 23 false IMP102 at its head: packages/effect/test/*.test.ts
import `effect/internal/uuid`; packages/effect/tsconfig.json includes only `src`, and the
root's solution tsconfig.json references tsconfig.tests.json, which includes
`./packages/*/test/**/*.ts` and maps `effect/*` to `./packages/effect/src/*.ts`."""

from __future__ import annotations

import json

from conftest import diff_keys

WORKSPACE = {
    "package.json": json.dumps({"name": "root", "private": True, "workspaces": ["packages/*"]}),
    "tsconfig.json": json.dumps({"include": [], "references": [{"path": "tsconfig.tests.json"}]}),
    "tsconfig.tests.json": json.dumps({
        "include": ["./packages/*/test/**/*.ts"],
        "compilerOptions": {"paths": {"lib": ["./packages/lib/src/index.ts"],
                                      "lib/*": ["./packages/lib/src/*.ts"]}}}),
    "packages/lib/package.json": json.dumps({"name": "lib", "exports": {".": "./src/index.ts"}}),
    "packages/lib/tsconfig.json": json.dumps({"include": ["src"]}),
    "packages/lib/src/index.ts": "export const version = 1;\n",
    "packages/lib/src/internal/uuid.ts": "export const uuid = () => 'x';\n",
}


def test_a_test_file_takes_the_paths_of_the_referenced_project_that_includes_it():
    change = {"packages/lib/test/uuid.test.ts":
              "import { uuid } from 'lib/internal/uuid';\n\nuuid();\n"}
    assert diff_keys(WORKSPACE, change) == []


def test_a_referenced_projects_paths_still_find_a_missing_module():
    change = {"packages/lib/test/uuid.test.ts":
              "import { uuid } from 'lib/internal/gone';\n\nuuid();\n"}
    assert diff_keys(WORKSPACE, change) == [
        ("IMP102", "packages/lib/test/uuid.test.ts", 1, "lib/internal/gone")]


def test_a_file_its_nearest_project_includes_keeps_that_projects_resolution():
    """packages/lib/src is the nearest config's: no `paths` there, and the package's `exports`
    has no `./internal/uuid`."""
    change = {"packages/lib/src/use.ts": "import { uuid } from 'lib/internal/uuid';\n\nuuid();\n"}
    assert diff_keys(WORKSPACE, change) == [("IMP102", "packages/lib/src/use.ts", 1, "lib/internal/uuid")]
