"""Classes of input the twenty-fourth batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-fourth batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

# zoriya/Kyoo api/src/controllers/*.ts: drizzle's `sql<Image>`...`` typed by a name imported as a
# type only (`Image` is both a TypeBox schema value and its static type in models/utils)
IMAGE = {"src/utils.ts": "export const Image = { kind: 'image' };\n"
                         "export type Image = { source: string };\n"}
TAGGED = {
    **IMAGE,
    "src/entries.ts": (
        "import type { Image } from './utils';\n"
        "declare function sql<T>(s: TemplateStringsArray, ...v: unknown[]): T;\n"
        "declare const db: { sql: typeof sql };\n\n"
        "export const columns = (original: boolean) => ({\n"
        "  isAvailable: sql<boolean>`${1} != 0`,\n"
        "  ...(original && {\n"
        "    poster: sql<Image>`coalesce(${2}, 'null'::jsonb)`,\n"
        "    banner: db.sql<Image>`banner`,\n"
        "    both: sql<Map<string, Image>>`both`,\n"
        "  }),\n"
        "});\n"),
}


def test_type_arguments_of_a_tagged_template_are_no_value_reads():
    """Kyoo (`--all` at its head): 24 IMP101 "`Image` cannot be used as a value" in
    api/src/controllers/{entries,staff,videos}.ts and shows/logic.ts: tree-sitter-typescript
    reads `sql<Image>`...`` as `(sql < Image) > `...``, without a syntax error."""
    assert diff_keys(IMAGE, TAGGED) == []


def test_a_type_only_name_compared_in_plain_code_is_still_a_value_read():
    compared = {**IMAGE, "src/entries.ts": (
        "import type { Image } from './utils';\n"
        "export const wider = (a: number, b: number) => a < b && Image > b;\n")}
    assert diff_keys(IMAGE, compared) == [("IMP101", "src/entries.ts", 2, "Image")]


def test_a_type_only_name_in_a_template_compared_in_javascript_style_is_still_a_value_read():
    """A chain of comparisons that does not open with `<` and close with `>` before the
    template is no tag's type arguments."""
    compared = {**IMAGE, "src/entries.ts": (
        "import type { Image } from './utils';\n"
        "export const odd = (a: number) => a > Image < `x`;\n")}
    assert diff_keys(IMAGE, compared) == [("IMP101", "src/entries.ts", 2, "Image")]
