"""Classes of input the sixteenth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: sixteenth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

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
