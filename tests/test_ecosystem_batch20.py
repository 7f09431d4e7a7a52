"""Classes of input the twentieth batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twentieth batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

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
