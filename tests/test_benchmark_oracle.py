"""The mutation benchmark's oracle configuration (benchmarks/mutations/oracle.py)."""

from __future__ import annotations

import json

from benchmarks.mutations.oracle import Pyright


def test_pyright_keeps_its_automatic_src_search_path_unless_given_extra_paths(tmp_path):
    # pyright adds `src/` to its search paths only when no `extraPaths` is configured, even
    # an empty list: the tests of a src layout would no longer resolve the package they test
    bin_dir = tmp_path / "tools" / "node_modules" / ".bin"
    repo = tmp_path / "repo"
    repo.mkdir()
    plain = Pyright(bin_dir, repo)
    assert "extraPaths" not in plain.settings()
    rooted = Pyright(bin_dir, repo, extra_paths=("lib",))
    assert rooted.settings()["extraPaths"] == ["lib"]
    json.dumps(plain.settings())  # written as pyrightconfig.json


def test_a_mutation_commit_holds_its_files_and_not_the_oracle_configuration(tmp_path):
    from benchmarks.corpora import git
    from benchmarks.mutations.__main__ import apply
    from benchmarks.mutations.model import Mutation
    from benchmarks.mutations.oracle import Tsc

    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "a.js").write_text("export function f(x) {}\n")
    (repo / "b.js").write_text("import { f } from './a.js';\nf(1);\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    base = git(repo, "rev-parse", "HEAD").strip()
    Tsc(tmp_path / "bin", repo)  # ignores its configuration file in the checkout
    (repo / Tsc.config).write_text('{"files": ["b.js"]}')  # as left by the previous run
    apply(repo, base, Mutation("delete_module", "delete a.js", {"a.js": None}, ("a",)))
    changed = git(repo, "show", "--name-status", "--format=", "HEAD").split()
    assert changed == ["D", "a.js"]


def test_a_shorthand_property_naming_nothing_is_an_oracle_finding():
    # preact's `export default { hydrate, render, ... }` after the import of `hydrate` was
    # removed: tsc says TS18004 there, not TS2304, and the name is as undefined as anywhere
    from benchmarks.mutations.oracle import relevant_tsc

    assert relevant_tsc("TS18004", "No value exists in scope for the shorthand property "
                        "'hydrate'. Either declare one or provide an initializer.")
    assert relevant_tsc("TS2304", "Cannot find name 'hydrate'.")
    assert not relevant_tsc("TS2339", "Property 'x' does not exist on type 'Foo'.")
    assert relevant_tsc("TS2339", "Property 'x' does not exist on type 'typeof import(\"./m\")'.")
    assert not relevant_tsc("TS2345", "Argument of type 'number' is not assignable to "
                            "parameter of type 'string'.")


def test_pyright_does_not_take_a_type_ignore_comment_as_silencing_its_whole_line(tmp_path):
    # trio's `enable_ki_protection: KIProtectionSignature = _ki_protection_decorator(True)  #
    # type: ignore[assignment]`: pyright honours the comment for every rule, so a call that no
    # longer fits there was no oracle finding; mypy's bracketed rule is not pyright's
    bin_dir = tmp_path / "tools" / "node_modules" / ".bin"
    repo = tmp_path / "repo"
    repo.mkdir()
    assert Pyright(bin_dir, repo).settings()["enableTypeIgnoreComments"] is False


def test_a_diagnostic_on_a_line_the_mutation_edited_is_new_only_if_head_has_more_of_it():
    # @trpc/server's `adapters/ws.ts` with a local renamed: `let pingLocal: NodeJS.Timeout`
    # lacks the namespace as `let ping: NodeJS.Timeout` did in base; the edited line has no
    # twin of the same text, but head has no more such diagnostics than base
    from benchmarks.mutations.oracle import Diagnostic, new_diagnostics

    namespace = "Cannot find namespace 'NodeJS'."
    base = [Diagnostic("ws.ts", 506, "TS2503", namespace, "let ping: NodeJS.Timeout;"),
            Diagnostic("ws.ts", 9, "TS2304", "Cannot find name 'x'.", "x();")]
    head = [Diagnostic("ws.ts", 506, "TS2503", namespace, "let pingLocal: NodeJS.Timeout;"),
            Diagnostic("ws.ts", 9, "TS2304", "Cannot find name 'x'.", "x();"),
            Diagnostic("ws.ts", 12, "TS2304", "Cannot find name 'x'.", "x(1);"),
            Diagnostic("ws.ts", 30, "TS2304", "Cannot find name 'y'.", "y();")]
    assert [(d.line, d.message) for d in new_diagnostics(base, head)] == [
        (12, "Cannot find name 'x'."), (30, "Cannot find name 'y'.")]


def test_compiled_output_a_corpus_ships_in_dist_is_committed_where_impact_checks_it(tmp_path):
    # kysely ships its ESM in `dist/esm/`, typebox in `build/esm/`: impact reads build output
    # and never checks it, so the seventh round's first typebox run had no finding at all.
    import tarfile

    from benchmarks.corpora import create_repo, git

    package = tmp_path / "package"
    (package / "dist" / "esm").mkdir(parents=True)
    (package / "dist" / "esm" / "a.js").write_text("export function f() {}\n")
    (package / "dist" / "esm" / "a.d.ts").write_text("export declare function f(): void;\n")
    (package / "package.json").write_text('{"type": "module", "main": "dist/esm/a.js"}')
    tarball = tmp_path / "p.tgz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(package, arcname="package")
    repo = tmp_path / "repo"
    create_repo(tarball, repo, keep_file=lambda rel: not rel.endswith(".d.ts"),
                moved=("dist/esm", "src"))
    assert git(repo, "ls-files").split() == ["package.json", "src/a.js"]
