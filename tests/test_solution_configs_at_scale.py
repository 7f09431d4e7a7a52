"""The tsc project of each file in a repository with a solution config of many references
(babel/babel: 159 configs, the root's tsconfig.json referencing one per package): each file
is tried only on the configs that may take it (by their `files`, or the literal directories
their `include` globs begin with), so finding its project no longer matches every glob of
every config against it and every directory above it (74 s of one warm run on babel, index
built from every file). The answer must stay the first config in breadth-first order that
takes the file: checked here against trying every config, on generated solutions."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from impact.resolve.tsconfig import TsConfigs
from impact.resolve.wildmatch import as_bytes_text, compile_glob

SEGMENTS = ["a", "b", "src", "test", "x.ts", "y.js", "é"]
PATTERN_SEGMENTS = ["a", "b", "src", "test", "*", "**", "*.ts", "?.js", "[ab]", "é"]


def _brute_force_project(configs: TsConfigs, root: str, path: str) -> str | None:
    """The first config of the breadth-first walk of `root`'s references that takes `path`,
    each config tried in turn."""
    pending, seen = [root], {root}
    while pending:
        current = pending.pop(0)
        if configs._takes(current, path):
            return current
        for referenced in configs._load(current).referenced:
            if referenced not in seen:
                seen.add(referenced)
                pending.append(referenced)
    return None


def _solution(includes: list[list[str]], files: list[list[str]]) -> dict[str, bytes]:
    documents = {"tsconfig.json": {"files": [], "references": [
        {"path": f"./p{i}/tsconfig.json"} for i in range(len(includes))]}}
    for i, (include, listed) in enumerate(zip(includes, files)):
        document: dict = {"include": include} if include else {}
        if listed:
            document["files"] = listed
        if i + 1 < len(includes):  # a chain of references too
            document["references"] = [{"path": f"../p{i + 1}"}]
        documents[f"p{i}/tsconfig.json"] = document
    return {path: json.dumps(document).encode() for path, document in documents.items()}


paths = st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=5).map("/".join)
patterns = st.lists(st.sampled_from(PATTERN_SEGMENTS), min_size=1, max_size=4).map("/".join)


@settings(max_examples=60, deadline=None)
@given(includes=st.lists(st.lists(st.one_of(patterns, patterns.map(lambda p: "../" + p)),
                                  max_size=3), min_size=1, max_size=5),
       files=st.lists(st.lists(paths.map(lambda p: "../" + p), max_size=2), min_size=5, max_size=5),
       files_to_place=st.lists(paths, min_size=1, max_size=8))
def test_the_project_of_a_file_is_the_first_config_in_reference_order_that_takes_it(
        includes, files, files_to_place):
    documents = _solution(includes, files[:len(includes)])
    configs = TsConfigs(frozenset(documents), documents.get, {})
    expected = TsConfigs(frozenset(documents), documents.get, {})
    for path in files_to_place:
        assert configs._taken_among_references("tsconfig.json", path) == \
            _brute_force_project(expected, "tsconfig.json", path)


def test_a_package_config_among_many_takes_its_own_files():
    includes = [[f"src{i}/**/*"] for i in range(40)] + [["**/*.test.ts"]]
    documents = _solution(includes, [[] for _ in includes])
    configs = TsConfigs(frozenset(documents), documents.get, {})
    assert configs.project_of("p7/src7/deep/x.ts") == "p7/tsconfig.json"
    assert configs.project_of("p40/a/b.test.ts") == "p40/tsconfig.json"
    assert configs.project_of("p3/src9/x.ts") is not None  # the nearest: no project takes it
    assert configs._taken_among_references("tsconfig.json", "p3/src9/x.ts") is None


@settings(max_examples=150, deadline=None)
@given(pattern=patterns, path=paths)
def test_a_glob_matches_only_paths_that_begin_with_its_literal_components(pattern, path):
    glob = compile_glob(as_bytes_text(pattern))
    unfiltered = compile_glob(as_bytes_text(pattern))
    unfiltered.head, unfiltered.tail = "", None  # no quick test: every component matched
    text = as_bytes_text(path)
    assert glob.matches(text) == unfiltered.matches(text)
    parents = [text.rsplit("/", n)[0] for n in range(text.count("/") + 1)]
    if any(unfiltered.matches(candidate) for candidate in parents):
        assert glob.may_match_within(text)


@settings(max_examples=100, deadline=None)
@given(excludes=st.lists(st.one_of(patterns, patterns.map(lambda p: "./" + p)), max_size=4),
       files_to_judge=st.lists(paths, min_size=1, max_size=6))
def test_what_an_exclude_matches_is_each_glob_tried_on_the_file_and_every_directory_above(
        excludes, files_to_judge):
    """`excluded` tries only the globs that may match within the file's path: the same answer
    as every glob tried on the file and each directory above it."""
    documents = {"tsconfig.json": json.dumps({"exclude": excludes}).encode()}
    configs = TsConfigs(frozenset(documents), documents.get, {})
    globs = [compile_glob(as_bytes_text(p.removeprefix("./").rstrip("/"))) for p in excludes
             if p.removeprefix("./").rstrip("/")]
    for path in files_to_judge:
        candidates = [path, *(path.rsplit("/", n)[0] for n in range(1, path.count("/") + 1))]
        expected = tuple(c for c in candidates if any(g.matches(as_bytes_text(c)) for g in globs))
        assert configs.excluded(path) == expected


@settings(max_examples=100, deadline=None)
@given(includes=st.lists(patterns, max_size=4), files_to_judge=st.lists(paths, min_size=1, max_size=6))
def test_whether_a_config_takes_a_file_is_whether_a_glob_matches_it_or_a_directory_above(
        includes, files_to_judge):
    """`_takes` stops at the first glob that matches the file or a directory above it: the
    same answer as trying every glob on each of them."""
    documents = {"tsconfig.json": json.dumps({"include": includes or ["nothing"]}).encode()}
    configs = TsConfigs(frozenset(documents), documents.get, {})
    globs = [compile_glob(as_bytes_text(p.rstrip("/"))) for p in includes or ["nothing"] if p.rstrip("/")]
    for path in files_to_judge:
        candidates = [path, *(path.rsplit("/", n)[0] for n in range(1, path.count("/") + 1))]
        expected = any(g.matches(as_bytes_text(c)) for c in candidates for g in globs)
        assert configs._takes("tsconfig.json", path) == expected
