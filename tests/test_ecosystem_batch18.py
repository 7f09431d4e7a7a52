"""Classes of input the eighteenth batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: eighteenth batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

# sindresorhus/ky test/stream.ts: `response.json(await parseJsonBody<Record<string, unknown>>(x))`;
# inside call arguments tree-sitter-typescript reads the generic call as the comparisons
# `await parseJsonBody < Record < string`, `unknown >> (x)`
BASE = {
    "body.ts": "export async function parseJsonBody<T>(r: unknown): Promise<T> {\n  return r as T;\n}\n",
    "use.ts": ("import {parseJsonBody} from './body';\n\n"
               "export async function send(request: unknown) {\n  return request;\n}\n"),
}


def _use(type_arguments: str, argument: str = "request") -> dict:
    return {"use.ts": ("import {parseJsonBody} from './body';\n\n"
                       "export async function send(request: unknown) {\n"
                       f"  return JSON.stringify(await parseJsonBody<{type_arguments}>({argument}));\n"
                       "}\n")}


def test_type_arguments_of_a_generic_call_inside_call_arguments_are_types():
    """ky aec65dbdb196: "`Record` / `string` / `unknown` is not defined" at test/stream.ts:75."""
    assert diff_keys(BASE, _use("Record<string, unknown>")) == []
    assert diff_keys(BASE, _use("Map<string, Array<number>>")) == []


def test_an_undefined_value_the_generic_call_passes_is_still_reported():
    """The argument in parentheses is a value: one nothing defines is still IMP105."""
    assert diff_keys(BASE, _use("Record<string, unknown>", "missing")) == [
        ("IMP105", "use.ts", 4, "missing")]


def test_real_comparisons_in_javascript_arguments_are_values():
    """`f(a < b, c >> (d))` in a JavaScript file is two comparisons: `b` and `c` are values."""
    base = {"a.js": "export function f(a, d) {\n  return [a, d];\n}\n"}
    change = {"a.js": "export function f(a, d) {\n  return g(a < b, c >> (d));\n}\n"}
    assert sorted(k[3] for k in diff_keys(base, change)) == ["b", "c", "g"]
