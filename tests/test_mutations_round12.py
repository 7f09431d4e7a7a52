"""Found by the twelfth round of seeded mutations against pyright and tsc (narwhals, pygments,
@blocknote/core, svgo; benchmarks/RESULTS.md, "Seeded mutations, round 12")."""

from __future__ import annotations


def test_the_oracle_of_a_javascript_corpus_checks_its_typescript_files_too(tmp_path):
    """svgo ships `lib/types.ts`, which imports the `@typedef`s of its JavaScript plugins.
    Deleting a plugin breaks that import and tsc reports it, but the tree of a JavaScript
    corpus held its `.js` files only, so the oracle never checked `types.ts` and impact's
    finding there counted as an extra. Every JavaScript and TypeScript file kept is in the
    tree now; a mutation of a `.ts` file among them is written in TypeScript."""
    from benchmarks.mutations.__main__ import load_tree, oracle_files
    from benchmarks.mutations.corpora import CORPORA
    from benchmarks.mutations.model import Mutation

    (tmp_path / "lib").mkdir()
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "prefixIds.js").write_text(
        "/**\n * @typedef PrefixIdsParams\n * @property {string} prefix\n */\n\n"
        "export const name = 'prefixIds';\n")
    (tmp_path / "lib" / "types.ts").write_text(
        "import { PrefixIdsParams } from '../plugins/prefixIds.js';\n\n"
        "export function prefixOf(p: PrefixIdsParams): string {\n  return p.prefix;\n}\n")
    (tmp_path / "lib" / "svgo.js").write_text(
        "import { prefixOf } from './types.js';\n\nexport const p = prefixOf({ prefix: 'a' });\n")
    tree = load_tree(CORPORA["svgo"], tmp_path)
    deleted = Mutation("delete_module", "delete plugins/prefixIds.js",
                       {"plugins/prefixIds.js": None}, ("prefixIds",))
    assert oracle_files(tree, deleted, []) == ["lib/types.ts", "plugins/prefixIds.js"]
    added = [c.build() for c in tree.candidates()
             if c.kind == "add_required_param" and c.key.startswith("lib/types.ts")]
    assert "prefixOf(extraRequired: unknown, p: PrefixIdsParams)" \
        in added[0].files["lib/types.ts"]
