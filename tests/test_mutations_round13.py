"""Found by the thirteenth round of seeded mutations against pyright and tsc (polars, jax,
openai, tone; benchmarks/RESULTS.md, "Seeded mutations, round 13")."""

from __future__ import annotations


def test_an_unknown_name_is_the_same_diagnostic_with_or_without_a_spelling_suggestion():
    """tsc suggests a spelling for at most ten unknown names a program (`maximumSuggestionCount`
    in its checker). The base tree, checked whole, spent them before Tone.js's
    `UserMedia.test.ts`, where mocha's `context(...)` is TS2304; the mutated program, that
    file alone, still had them: TS2552 "Did you mean 'Context'?". An unused function appended
    to the file counted both uses as new oracle findings."""
    from benchmarks.mutations.oracle import Diagnostic, new_diagnostics

    line = 'context("Source Tests", () => {'
    base = [Diagnostic("a.test.ts", 15, "TS2304", "Cannot find name 'context'.", line)]
    head = [Diagnostic("a.test.ts", 15, "TS2552",
                       "Cannot find name 'context'. Did you mean 'Context'?", line),
            Diagnostic("a.test.ts", 20, "TS2552", "Cannot find name 'contxt'. Did you mean "
                       "'Context'?", "contxt();")]
    assert [d.line for d in new_diagnostics(base, head)] == [20]


def test_an_unknown_name_that_a_class_member_also_has_is_an_oracle_finding():
    """Tone.js's `Tone.ts` imports `log` and calls it inside its own method `log`: with the
    import removed tsc says TS2663 "Did you mean the instance member 'this.log'?", a code the
    oracle did not count, so impact's IMP105 there was an extra. TS2662 is the same for a
    static member."""
    from benchmarks.mutations.oracle import TSC_LINE, relevant_tsc

    out = [("Tone/core/Tone.ts(68,4): error TS2663: Cannot find name 'log'. Did you mean the "
            "instance member 'this.log'?"),
           ("a.ts(6,19): error TS2662: Cannot find name 'warn'. Did you mean the static member "
            "'T.warn'?")]
    matches = [TSC_LINE.match(line) for line in out]
    assert all(relevant_tsc(m["code"], m["msg"]) for m in matches)


NAMESPACE_CLIENT = (
    "import { Completions, Usage } from './completions';\n\n"
    "export class Chat {\n  n = 1;\n}\n\n"
    "export declare namespace Chat {\n"
    "  export interface Local { a: number }\n"
    "  export { Completions as Completions, type Usage as Usage, type Local as Local,\n"
    "    type Record as Record };\n"
    "}\n")


def test_a_name_a_namespace_export_clause_takes_is_a_reference():
    """openai's `client.ts` merges `export declare namespace OpenAI { export { type
    ChatCompletionMessageToolCall as ChatCompletionMessageToolCall, ... } }` with its class:
    the clause takes the names the module imports. With the import removed tsc reports the
    clause (TS2552); impact read no reference there, as a top-level clause is an export."""
    from conftest import diff_keys

    base = {"completions.ts": "export class Completions {}\nexport interface Usage { n: number }\n",
            "chat.ts": NAMESPACE_CLIENT}
    change = {**base, "chat.ts": NAMESPACE_CLIENT.replace("{ Completions, Usage }", "{ Completions }")}
    # what the namespace declares itself (`Local`) and the lib's `Record` stay silent
    assert diff_keys(base, change) == [("IMP105", "chat.ts", 9, "Usage")]


def test_the_oracle_of_a_python_corpus_checks_its_stubs_too(tmp_path):
    """jax ships `numpy/__init__.pyi` beside `numpy/__init__.py`; the stub imports
    `PrecisionLike` from `jax._src.lax.lax`. With that module deleted pyright reports the
    stub's import, but the Python tree held `.py` files only, so the oracle never checked
    the stub and impact's IMP102 there counted as an extra. The stubs are checked (in base
    and head) but not mutated."""
    from benchmarks.mutations.__main__ import checked_texts, oracle_files
    from benchmarks.mutations.model import Mutation
    from benchmarks.mutations.python_tree import PythonTree

    (tmp_path / "pkg" / "_src").mkdir(parents=True)
    (tmp_path / "pkg" / "_src" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "_src" / "lax.py").write_text("PrecisionLike = int\n")
    (tmp_path / "pkg" / "__init__.py").write_text("from pkg._src.lax import PrecisionLike\n")
    (tmp_path / "pkg" / "numpy.pyi").write_text("from pkg._src import lax as lax\n")
    (tmp_path / "pkg" / "numpy.py").write_text("from pkg._src import lax\n")
    tree = PythonTree(tmp_path)
    assert "pkg/numpy.pyi" in checked_texts(tree) and "pkg/numpy.pyi" not in tree.files
    deleted = Mutation("delete_module", "delete pkg/_src/lax.py", {"pkg/_src/lax.py": None},
                       ("lax",))
    assert oracle_files(tree, deleted, []) == [
        "pkg/__init__.py", "pkg/_src/lax.py", "pkg/numpy.py", "pkg/numpy.pyi"]
