"""The facts cache: hits across runs and between commits and the working tree, --no-cache,
--cache-dir, corruption, concurrent runs, and `impact cache info|clear`."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import extracted_paths, run_impact

import impact.cache
import impact.index
import impact.parallel
import impact.pipeline
from impact.cache import FactsCache

BASE = {"pkg/__init__.py": "", "pkg/util.py": "def helper(x):\n    return x\n",
        "app.py": "from pkg.util import helper\n", "web/a.js": "export const a = 1;\n"}




def test_second_run_extracts_nothing(repo_factory, tmp_path, monkeypatch):
    repo = repo_factory([BASE, {"pkg/util.py": "def other():\n    pass\n"}])
    seen = extracted_paths(monkeypatch)
    cache_dir = str(tmp_path / "c")
    first = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert sorted(seen) == ["app.py", "pkg/__init__.py", "pkg/util.py", "pkg/util.py", "web/a.js"]
    seen.clear()
    second = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert seen == [] and second.findings == first.findings


def test_working_tree_files_hit_the_entries_of_their_commit(repo_factory, tmp_path, monkeypatch):
    repo = repo_factory([BASE])
    cache_dir = str(tmp_path / "c")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "HEAD")
    seen = extracted_paths(monkeypatch)
    (repo / "app.py").write_text("from pkg.util import helper, gone\n")
    result = run_impact(repo, "--cache-dir", cache_dir, "diff", "--format", "json")
    assert seen == ["app.py"] and result.keys() == [("IMP101", "app.py", 1, "gone")]


def test_no_cache_writes_nothing(repo_factory, tmp_path):
    repo = repo_factory([BASE])
    run_impact(repo, "--no-cache", "--cache-dir", str(tmp_path / "c"), "diff", "HEAD", "HEAD")
    assert not (tmp_path / "c").exists()


def test_environment_variable_chooses_the_directory(repo_factory, tmp_path, monkeypatch):
    monkeypatch.setenv("IMPACT_CACHE_DIR", str(tmp_path / "env-cache"))
    run_impact(repo_factory([BASE]), "diff", "HEAD", "HEAD")
    assert (tmp_path / "env-cache" / "facts.sqlite3").is_file()


def test_corrupt_cache_is_rebuilt_with_a_warning(repo_factory, tmp_path):
    repo = repo_factory([BASE, {"pkg/util.py": "def other():\n    pass\n"}])
    cache_dir = tmp_path / "c"
    cache_dir.mkdir()
    (cache_dir / "facts.sqlite3").write_bytes(b"this is not a database" * 100)
    result = run_impact(repo, "--cache-dir", str(cache_dir), "diff", "HEAD~1", "HEAD",
                        "--format", "json")
    assert "warning: the facts cache" in result.stderr and "rebuilding" in result.stderr
    assert result.keys() == [("IMP101", "app.py", 1, "helper"), ("IMP201", "pkg/util.py", 1, "helper")]
    entries = sqlite3.connect(cache_dir / "facts.sqlite3").execute("SELECT count(*) FROM facts")
    assert entries.fetchone()[0] > 0


def test_two_runs_share_one_cache(repo_factory, tmp_path):
    repos = [repo_factory([{f"m{j}.py": f"x = {i * 100 + j}\n" for j in range(30)}]) for i in range(2)]
    cache_dir = str(tmp_path / "shared")
    processes = [subprocess.Popen([sys.executable, "-m", "impact", "--cache-dir", cache_dir, "diff",
                                   "HEAD", "HEAD"], cwd=repo, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for repo in repos]
    assert [p.wait(timeout=120) for p in processes] == [0, 0]
    assert all(b"warning" not in p.stderr.read() for p in processes)
    info = run_impact(repos[0], "--cache-dir", cache_dir, "cache", "info").stdout
    assert "entries: 120" in info  # no lost writes: the facts of 60 files and their summaries


def test_a_database_another_run_holds_is_waited_for_and_never_deleted(tmp_path, monkeypatch,
                                                                      capsys):
    """SQLite answers "database is locked" without waiting when two runs set a new cache up
    at once: the open is tried again, and a database still held is used by neither, not
    deleted as if it were damaged."""
    FactsCache(tmp_path).close()
    real_open, failures = FactsCache._open, []

    def locked_once(self):
        if not failures:
            failures.append(1)
            raise sqlite3.OperationalError("database is locked")
        return real_open(self)

    monkeypatch.setattr(FactsCache, "_open", locked_once)
    cache = FactsCache(tmp_path)
    assert failures and cache.connection is not None and "warning" not in capsys.readouterr().err

    def always_locked(self):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(FactsCache, "_open", always_locked)
    monkeypatch.setattr(impact.cache, "BUSY_SECONDS", 0)
    held = FactsCache(tmp_path)
    assert held.connection is None and (tmp_path / "facts.sqlite3").exists()
    assert "is busy" in capsys.readouterr().err


def test_cache_info_and_clear(repo_factory, tmp_path):
    repo = repo_factory([BASE])
    cache_dir = str(tmp_path / "c")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "HEAD")
    info = run_impact(repo, "--cache-dir", cache_dir, "cache", "info").stdout
    assert "entries: 8" in info and "facts.sqlite3" in info  # 4 files' facts and summaries
    assert run_impact(repo, "--cache-dir", cache_dir, "cache", "clear").exit_code == 0
    assert "entries: 0" in run_impact(repo, "--cache-dir", cache_dir, "cache", "info").stdout


def count_import_resolutions(monkeypatch) -> list[str]:
    """The files whose imports are resolved for the index of a revision (impact/index.py)."""
    seen: list[str] = []
    real = impact.index.imports_of

    def spy(graph, summary):
        seen.append(summary.path)
        return real(graph, summary)

    monkeypatch.setattr(impact.index, "imports_of", spy)
    return seen


def test_the_index_of_a_revision_is_remembered_and_derived_for_the_files_that_differ(
        repo_factory, tmp_path, monkeypatch):
    repo = repo_factory([{"a.js": "export const x = 1;\n", "b.js": "import { x } from './a.js';\n",
                          "c.js": "export const c = 1;\n"}])
    cache_dir = str(tmp_path / "c")
    seen = count_import_resolutions(monkeypatch)
    (repo / "c.js").write_text("export const c = 1;\nexport const d = 2;\n")
    assert run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json").findings == []
    # HEAD's index from every file; the working tree's from HEAD's: c.js out (what HEAD's
    # index says it imports, not resolved again), and in again
    assert sorted(seen) == ["a.js", "b.js", "c.js", "c.js"]
    seen.clear()
    (repo / "a.js").write_text("export const y = 1;\n")  # b.js, unchanged, now dangles
    result = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json")
    assert ("IMP101", "b.js", 1, "x") in result.keys()
    assert sorted(seen) == ["a.js", "c.js"]  # only what differs from HEAD
    seen.clear()
    # again: HEAD's index read, the working tree's derived from it again (cheaper than
    # reading a second index), from the same files only
    read, real = [], FactsCache.get_record
    monkeypatch.setattr(FactsCache, "get_record",
                        lambda cache, key, codec: read.append(key.split(":")[0]) or real(cache, key, codec))
    again = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json")
    assert again.findings == result.findings and sorted(seen) == ["a.js", "c.js"]
    assert read.count("index") == 1


def test_an_index_derived_across_a_dependency_switch_is_the_index_built_from_every_file(
        repo_factory, tmp_path, monkeypatch):
    """An example app outside the workspace that switches `lib` from the workspace member to
    the published package: its import of `lib` now leaves the repository, so the working
    tree's index, derived from HEAD's, must take main.js out of the member's importers (as
    an index built from every file does), though main.js itself did not change."""
    manifest = '{"name": "app", "dependencies": {"lib": "workspace:*"}}\n'
    repo = repo_factory([{
        "package.json": '{"name": "root", "private": true, "workspaces": ["packages/*"]}\n',
        "packages/lib/package.json": '{"name": "lib", "main": "index.js"}\n',
        "packages/lib/index.js": "export const one = 1;\n",
        "examples/app/package.json": manifest,
        "examples/app/main.js": "import { one } from 'lib';\nconsole.log(one);\n"}])
    cache_dir = str(tmp_path / "c")
    (repo / "packages/lib/index.js").write_text("export const one = 1;\nexport const two = 2;\n")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD")  # HEAD's index, kept
    derivations, real = [], impact.index.derived

    def checked(index, new, old_summaries, new_summaries):
        found = real(index, new, old_summaries, new_summaries)
        derivations.append((found, impact.index.build(new, new.facts.summaries())))
        return found

    monkeypatch.setattr(impact.index, "derived", checked)
    (repo / "examples/app/package.json").write_text(manifest.replace("workspace:*", "^1.0.0"))
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD")
    assert derivations and all(derived == built for derived, built in derivations)
    importers = {path for derived, _ in derivations
                 for path in derived.importers.get("packages/lib/index.js", {})}
    assert "examples/app/main.js" not in importers


def test_a_second_clone_with_a_copied_cache_reads_everything_from_it(repo_factory, tmp_path,
                                                                      monkeypatch):
    """CI restoring another run's cache directory: facts and indexes are keyed by content, so
    a clone elsewhere extracts nothing, builds no index and reports the same."""
    origin = repo_factory([BASE, {"pkg/util.py": "def other():\n    pass\n",
                                  "web/a.js": "export const b = 1;\n"}])
    first_clone, second_clone = tmp_path / "runner-1" / "repo", tmp_path / "runner-2" / "checkout"
    for clone in (first_clone, second_clone):
        subprocess.run(["git", "clone", "-q", str(origin), str(clone)], check=True)
    first_cache, restored = tmp_path / "runner-1" / "cache", tmp_path / "runner-2" / "restored"
    first = run_impact(first_clone, "diff", "HEAD~1", "HEAD", "--format", "json",
                       env={"IMPACT_CACHE_DIR": str(first_cache)})
    assert len(first.findings) == 3 and ("IMP101", "app.py", 1, "helper") in first.keys()
    shutil.copytree(first_cache, restored)
    entries = run_impact(second_clone, "--cache-dir", str(restored), "cache", "info").stdout
    extracted = extracted_paths(monkeypatch)
    built = []
    monkeypatch.setattr(impact.index, "build", lambda graph: built.append(graph) or None)
    second = run_impact(second_clone, "diff", "HEAD~1", "HEAD", "--format", "json",
                        env={"IMPACT_CACHE_DIR": str(restored)})
    assert extracted == [] and built == []
    assert second.json == first.json
    assert run_impact(second_clone, "--cache-dir", str(restored), "cache", "info").stdout == entries


def test_a_grammar_release_is_named_by_its_dist_info_else_by_its_compiled_files(tmp_path,
                                                                                monkeypatch):
    import tree_sitter_python

    from impact import versions

    installed = versions._release("tree_sitter_python")
    assert installed.startswith("tree_sitter_python-") and installed.endswith(".dist-info")
    assert (Path(tree_sitter_python.__file__).parents[1] / installed).is_dir()
    # a package without .dist-info (a source checkout on sys.path): its compiled files decide
    package = tmp_path / "grammar_without_metadata"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "_binding.so").write_bytes(b"release one")
    monkeypatch.syspath_prepend(str(tmp_path))
    first = versions._release("grammar_without_metadata")
    (package / "_binding.so").write_bytes(b"release two")
    assert versions._release("grammar_without_metadata") != first
    assert versions._release("no_such_package_here") != first


def test_the_code_and_extractor_versions_follow_the_files_that_decide_them(tmp_path, monkeypatch):
    """A change to the extractor (a language module, a query) changes both versions; a change
    to other code (the command line) only the code's; an unchanged copy, neither."""
    from impact import versions

    package = tmp_path / "checkout" / "impact"
    shutil.copytree(versions.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(versions.PACKAGE.parent / "grammars", package.parent / "grammars")
    monkeypatch.setattr(versions, "PACKAGE", package)
    monkeypatch.setattr(versions, "GRAMMAR_DIRECTORIES", (package / "grammars", package.parent / "grammars"))

    def current() -> tuple[str, str]:
        versions.extractor_version.cache_clear()
        versions.code_version.cache_clear()
        return versions.extractor_version(), versions.code_version()

    before = current()
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "cli.cpython-311.pyc").write_bytes(b"bytecode")
    assert current() == before  # bytecode is not code
    (package / "cli.py").write_text((package / "cli.py").read_text() + "\n# edited\n")
    after_cli = current()
    assert after_cli[0] == before[0] and after_cli[1] != before[1]
    query = next((package.parent / "grammars").glob("*.scm"))
    query.write_text(query.read_text() + "\n; edited\n")
    after_query = current()
    assert after_query[0] != after_cli[0] and after_query[1] != after_cli[1]
    module = package / "lang" / "python.py"
    module.write_text(module.read_text() + "\n# edited\n")
    assert current()[0] != after_query[0]


UNRELATED = {f"lib/m{i}.py": f"def f{i}(x):\n    return x + {i}\n" for i in range(20)}


def facts_decoded(monkeypatch) -> list[str]:
    """The files whose facts a run reads: decoded from the cache or from the worker's record."""
    decoded: list[str] = []
    real = impact.pipeline.load_facts

    def spy(record):
        facts = real(record)
        decoded.append(facts.path)
        return facts

    monkeypatch.setattr(impact.pipeline, "load_facts", spy)
    monkeypatch.setattr(impact.cache.records, "load_facts", spy)
    return decoded


def test_a_cold_run_builds_the_index_from_summaries_and_reads_only_the_facts_it_needs(
        repo_factory, tmp_path, monkeypatch):
    base = {**UNRELATED, "app/__init__.py": "", "app/a.py": "def helper(x):\n    return x\n",
            "app/b.py": "from app.a import helper\n\nhelper(1)\n"}
    repo = repo_factory([base, {"app/a.py": "def other(x):\n    return x\n"}])
    decoded = facts_decoded(monkeypatch)
    result = run_impact(repo, "--cache-dir", str(tmp_path / "c"), "diff", "HEAD~1", "HEAD",
                        "--format", "json")
    assert ("IMP101", "app/b.py", 1, "helper") in result.keys()
    assert decoded and not any(path.startswith("lib/") for path in decoded)
    # the next change adds a file: head's index is built from every file's summary, read
    # from the cache, and still no facts of a file the change cannot reach
    repo_two = repo_factory([base, {"app/c.py": "from app.b import helper\n"}])
    decoded.clear()
    again = run_impact(repo_two, "--cache-dir", str(tmp_path / "c"), "diff", "HEAD~1", "HEAD",
                       "--format", "json")
    assert again.exit_code == 0 and not any(path.startswith("lib/") for path in decoded)


def test_a_commit_whose_tree_another_commit_had_reads_that_commits_index(repo_factory, tmp_path,
                                                                          monkeypatch):
    """A commit's index is keyed by git's listing of its tree (impact.snapshot.Snapshot.
    listing_digest): a revert to an earlier tree reads the index kept for it, builds none."""
    first = {"a.js": "export const x = 1;\n", "b.js": "import { x } from './a.js';\n"}
    repo = repo_factory([first, {"a.js": "export const x = 1;\nexport const y = 2;\n"}, first])
    cache_dir = str(tmp_path / "c")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~2", "HEAD~1")  # both indexes kept
    built, real = [], impact.index.build
    monkeypatch.setattr(impact.index, "build",
                        lambda graph, summaries: built.append(graph) or real(graph, summaries))
    seen = count_import_resolutions(monkeypatch)
    # the revert as base: its index is the first commit's, read; head's derived from it
    reverted = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "HEAD~1", "--format", "json")
    assert reverted.findings == [] and built == [] and seen == ["a.js"]
    # a tree no run has seen: its index is not that one, but derived from it for b.js
    (repo / "b.js").write_text("import { x } from './a.js';\nexport const w = x;\n")
    subprocess.run(["git", "-C", str(repo), "commit", "-qam", "w"], check=True)
    seen.clear()
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "HEAD~1")
    assert built == [] and seen == ["b.js"]


def test_the_digest_of_impacts_files_is_kept_until_a_file_changes(tmp_path, monkeypatch):
    """impact.versions.files_digest: read back while every file keeps its size and time (no
    file is read then); an edit that keeps the size still changes it; nothing is written when
    Python writes no bytecode."""
    from impact import versions

    monkeypatch.setattr(versions, "PACKAGE", tmp_path)
    files = [(name, str(tmp_path / name)) for name in ("a.py", "b.py")]
    for name, path in files:
        Path(path).write_text(f"# {name}\n")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    first = versions.files_digest(files)
    assert not versions._digests_file().exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert versions.files_digest(files) == first and versions._digests_file().is_file()
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail(f"read {a[0]}"))
    assert versions.files_digest(files) == first  # kept: no file read
    monkeypatch.setattr("builtins.open", real_open)
    Path(files[1][1]).write_text("# b.pz\n")  # the same size, another time
    assert versions.files_digest(files) != first


def test_a_revisions_index_key_names_the_distributions_both_revisions_resolve_with(tmp_path):
    """Both revisions resolve Python imports with the distributions head's project files say
    are installed (a directory without `__init__.py` never shadows one): base's index made
    beside one head is not the index of base beside a head that installs another."""
    from impact.pipeline import Indexes, Options
    from impact.resolve.python import PythonResolver

    cache = FactsCache(tmp_path / "cache")
    paths = frozenset({"alembic/env.py", "app.py"})
    keys = {Indexes(cache, frozenset({"app"}), Options(), PythonResolver(paths, installed=installed)
                    ).settings for installed in (frozenset(), frozenset({"alembic"}))}
    cache.close()
    assert len(keys) == 2
