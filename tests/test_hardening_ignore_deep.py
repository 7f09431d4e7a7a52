"""Hostile repositories (issue 14): every ignore line git accepts, patterns a backtracking
matcher would never finish, deep configuration files, long chains and cycles of modules,
deep directories and deep syntax. Each through a real git repository and the real CLI, and
the gitignore matcher against git itself (`git check-ignore`) on generated lines and paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import git, init_repo, run_impact
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impact.resolve.ignored import IgnoredPaths


def diff_json(repo: Path):
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json", "-v")  # every warning
    assert result.exit_code in (0, 1), result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    return result


def commit_objects(repo: Path, files: dict[str, str | bytes], message: str) -> None:
    """Commit through plumbing only (objects, index, commit-tree): git's own ignore matching,
    which backtracks on the lines below as badly as any regular expression, never runs."""
    for path, content in files.items():
        data = content.encode() if isinstance(content, str) else content
        blob = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=repo, input=data,
                              capture_output=True, check=True).stdout.decode().strip()
        git(repo, "update-index", "--add", "--cacheinfo", f"100644,{blob},{path}")
    tree = git(repo, "write-tree").strip()
    parents = ["-p", "HEAD"] if git(repo, "rev-list", "--all").strip() else []
    commit = git(repo, "commit-tree", tree, *parents, "-m", message).strip()
    git(repo, "update-ref", "HEAD", commit)


# -- ignore files ----------------------------------------------------------------------------

ODD_LINES = [b"!", b"\\", b"foo\\", b"[z-a]", b"\xff\xfe*.bin", b"a" * 100_000, b"x\0y",
             b"[[:nope:]]", b"[unclosed", b"!\\", b"   ", b"\r", b"**\\/"]


def test_every_line_git_accepts_is_read_as_git_reads_it(repo_factory):
    """The lines that stopped impact on every commit (a lone `!` in test data), and the rest
    of the file after them still counts: `generated/` ignores the directory, and as in git
    `!generated/keep.ts` cannot re-include a file of an ignored directory."""
    base = {".gitignore": b"\n".join([*ODD_LINES, b"generated/", b"!generated/keep.ts"]) + b"\n",
            "tests/data/.gitignore": b"!\n\\\n[z-a]\n",
            "web/package.json": '{"name": "web"}', "web/app.ts": "export const app = 1;\n",
            "web/lib.ts": "export const helper = 1;\n"}
    change = {"web/app.ts": "import { client } from '../generated/client';\n"
                            "import { keep } from '../generated/keep';\n"
                            "import { gone } from './missing';\n"
                            "import { helper } from './lib';\n"
                            "export const app = [client, keep, gone, helper];\n"}
    result = diff_json(repo_factory([base, change]))
    assert result.keys() == [("IMP102", "web/app.ts", 3, "./missing")]
    assert "'../generated/client' (generated/client) is a file .gitignore leaves out" in result.stderr
    assert "'../generated/keep' (generated/keep) is a file .gitignore leaves out" in result.stderr


STARS = "*a" * 15 + "b"  # against a long run of `a`: a backtracking matcher tries every split
LONG = "a" * 200


def test_no_pattern_takes_longer_than_linear_time(tmp_path):
    """The same line in `.gitignore`, `exclude` and npm workspaces, against long paths (none
    has a `b`, so nothing matches): a regular expression would try ~10^20 splits; impact
    answers at once. (Not a timing assertion: the old code never finished. Committed through
    plumbing, since `git add` itself backtracks on such a line.)"""
    repo = init_repo(tmp_path / "repo")
    commit_objects(repo, {
        ".gitignore": STARS + "\n",
        "pyproject.toml": f"[tool.impact]\nexclude = ['{STARS}']\n",
        "package.json": json.dumps({"name": "root", "workspaces": [f"packages/{STARS}", "packages/*"]}),
        f"packages/{LONG}/package.json": json.dumps({"name": "longpkg", "main": "index.js"}),
        f"packages/{LONG}/index.js": "export const v = 1;\n",
        "app.js": "export const z = 1;\n", "lib.py": "def f():\n    pass\n"}, "base")
    commit_objects(repo, {
        "app.js": "import { w } from 'longpkg';\n"
                  f"import {{ y }} from './{'a' * 3000}';\nexport const z = [w, y];\n"
                  # enough ordinary lines that the long one does not make it look minified
                  + "".join(f"export const p{i} = {i};\n" for i in range(400)),
        f"{LONG}.py": "from lib import g\n"}, "change")
    run = subprocess.run([sys.executable, "-m", "impact", "-C", str(repo), "diff", "HEAD~1", "HEAD",
                          "--format", "json"], capture_output=True, text=True, timeout=600, check=False,
                         env={**os.environ, "IMPACT_CACHE_DIR": str(tmp_path / "cache")})
    assert run.returncode == 1, run.stderr
    keys = sorted((f["code"], f["file"], f["symbol"]) for f in json.loads(run.stdout)["findings"])
    assert keys == [("IMP101", f"{LONG}.py", "g"), ("IMP101", "app.js", "w"),
                    ("IMP102", "app.js", f"./{'a' * 3000}")]


@pytest.mark.parametrize("pattern, why", [
    ("[unclosed", "a '[' is never closed"),
    ("src/[[:nope:]]", "[:nope:] is not a character class"),
    ("#generated", "a comment in a .gitignore"),
    ("legacy\\\\", "ends with a backslash that escapes nothing"),
    ("!", "'!' negates an empty pattern"),
    ("a[/]b", "matches no character"),
    ("two\\nlines", "a line break or NUL in it"),
])
def test_a_pattern_of_the_configuration_that_matches_nothing_is_a_one_line_error(
        repo_factory, pattern, why):
    base = {"lib.py": "def f():\n    pass\n", "app.py": "from lib import f\n"}
    repo = repo_factory([base, {"pyproject.toml": f'[tool.impact]\nexclude = ["{pattern}"]\n',
                                "app.py": "from lib import g\n"}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("impact: error: pyproject.toml: [tool.impact] exclude: "
                                    "invalid gitignore-style pattern"), result.stderr
    assert why in result.stderr


# -- the matcher against git -----------------------------------------------------------------

PATTERN_PARTS = [b"a", b"b", b"a", b"*", b"**", b"?", b"/", b"/", b"[", b"]", b"!", b"^", b"-",
                 b"\\", b" ", b"#", b"[:alpha:]", b"[:digit:]", b"a-z", b"z-a", b"\xc3\xa9",
                 b"\xff", b"\r", b"**/", b"/**", b"\\/"]
NAME_PARTS = [b"a", b"b", b"ab", b"a b", b"a ", b" ", b"\xc3\xa9", b"\xff", b"[", b"]", b"*",
              b"?", b"\\", b"!", b"#a", b"-", b".x", b"9", b"A", b"sub"]
LINES = st.lists(st.sampled_from(PATTERN_PARTS), max_size=8).map(b"".join)
FILES = st.lists(LINES, min_size=1, max_size=6).map(lambda lines: b"\n".join(lines) + b"\n")
PATHS = st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=5).map(b"/".join) \
    .filter(lambda path: path != b"sub")  # a directory on disk: git would read it as one


@pytest.fixture(scope="module")
def oracle(tmp_path_factory):
    """`git check-ignore --no-index` in a repository of its own (never the analysed one), with
    no global or system configuration, so only the `.gitignore` files written there count."""
    home = tmp_path_factory.mktemp("home")
    repo = home / "repo"
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "XDG_CONFIG_HOME": str(home),
           "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", "init", "-q", "--template=", str(repo)], check=True, env=env)
    (repo / "sub").mkdir()

    def ignored(files: dict[str, bytes], paths: list[bytes]) -> set[bytes]:
        for name, data in files.items():
            (repo / name).write_bytes(data)
        run = subprocess.run(["git", "check-ignore", "--no-index", "--stdin", "-z"], cwd=repo,
                             env=env, input=b"".join(p + b"\0" for p in paths), capture_output=True,
                             check=False)
        assert run.returncode in (0, 1), run.stderr
        return {path for path in run.stdout.split(b"\0") if path}

    return ignored


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(root=FILES, nested=FILES, paths=st.lists(PATHS, min_size=1, max_size=40, unique=True))
def test_gitignore_matching_agrees_with_git_check_ignore(oracle, root, nested, paths):
    files = {".gitignore": root, "sub/.gitignore": nested}
    rules = IgnoredPaths(files)
    ours = {path for path in paths if rules.ignores(path.decode("utf-8", "surrogateescape"))}
    assert ours == oracle(files, paths)


# -- deep and cyclic structures --------------------------------------------------------------

DEEP = 100_000


def test_configuration_files_nested_too_deeply_are_skipped_with_a_warning(repo_factory):
    """Valid JSON, JSONC, TOML and YAML that no recursive parser can read: each is a warning
    naming the file, and the run goes on to report what the change breaks."""
    base = {"package.json": '{"name": "web", "exports": ' + "[" * DEEP + "]" * DEEP + "}",
            "tsconfig.json": '{"compilerOptions": ' + "{'a': " * DEEP + "1" + "}" * DEEP + "}",
            "pyproject.toml": "x = " + "[" * DEEP + "]" * DEEP + "\n",
            "pnpm-workspace.yaml": "packages: " + "[" * DEEP + "]" * DEEP + "\n",
            "lib.py": "def f():\n    pass\n", "src/a.ts": "export const a = 1;\n"}
    change = {"app.py": "from lib import g\n",
              "src/b.ts": "import { a } from './a';\nimport { chunk } from 'lodash';\n"}
    result = diff_json(repo_factory([base, change]))
    assert result.keys() == [("IMP101", "app.py", 1, "g")]
    warnings = result.stderr.splitlines()
    for name in ("package.json", "tsconfig.json", "pnpm-workspace.yaml"):
        assert f"impact: warning: {name} is nested too deeply (or is too large) to be read; " \
               "impact goes on without it" in warnings, result.stderr
    assert "impact: warning: pyproject.toml is nested too deeply (or is too large) to be read; " \
           "impact goes on without it" in warnings, result.stderr


def test_an_exports_map_nested_hundreds_deep_is_followed(repo_factory):
    """Conditions nested 600 deep parse, and the target at the bottom is the package's entry."""
    target: object = "./src/index.ts"
    for _ in range(600):
        target = {"import": target}
    base = {"package.json": json.dumps({"name": "pkg", "exports": {".": target}}),
            "src/index.ts": "export const a = 1;\n", "src/use.ts": "import { a } from 'pkg';\n"}
    result = diff_json(repo_factory([base, {"src/use.ts": "import { a, b } from 'pkg';\n"}]))
    assert result.keys() == [("IMP101", "src/use.ts", 1, "b")]


CHAIN = 1000


def _chain(kind: str) -> tuple[dict[str, str], dict[str, str], str]:
    """Modules m0 .. m1000, each re-exporting the next; X is defined in the last one; a
    consumer imports X from m0. Returns base, the change removing X, and the consumer."""
    js = kind.startswith("js")
    line = {"js-star": "export * from './m{next}';\n",
            "js-named": "export {{ X }} from './m{next}';\n",
            "py-star": "from .m{next} import *\n",
            "py-named": "from .m{next} import X\n"}[kind]
    name = "m{}.ts" if js else "p/m{}.py"
    files = {name.format(i): line.format(next=i + 1) for i in range(CHAIN)}
    last = name.format(CHAIN)
    files[last] = "export const X = 1;\nexport const Y = 2;\n" if js else "X = 1\nY = 2\n"
    consumer = "use.ts" if js else "use.py"
    files[consumer] = "import { X } from './m0';\nconsole.log(X);\n" if js else "from p.m0 import X\n"
    if not js:
        files["p/__init__.py"] = ""
    return files, {last: "export const Y = 2;\n" if js else "Y = 2\n"}, consumer


@pytest.mark.parametrize("kind", ["js-star", "js-named", "py-star", "py-named"])
def test_removing_a_name_at_the_end_of_a_thousand_module_chain_reaches_the_consumer(
        repo_factory, kind):
    base, change, consumer = _chain(kind)
    result = diff_json(repo_factory([base, change]))
    removed = [f for f in result.findings if f["code"] == "IMP201"]
    assert [f["file"] for f in removed] == [next(iter(change))]
    if kind.endswith("star"):  # the name simply is not there any more: the consumer breaks
        assert (("IMP101", consumer, 1, "X")) in result.keys()
    else:  # the last link breaks, and the consumer is one of the in-repo uses of X
        assert {"file": consumer, "line": 1} in removed[0]["consumers"]
        assert len(removed[0]["consumers"]) == CHAIN + 1


@pytest.mark.parametrize("size", [2, CHAIN])
@pytest.mark.parametrize("language", ["js", "py"])
def test_a_name_no_member_of_a_star_cycle_provides_is_imp101(repo_factory, language, size):
    if language == "js":
        files = {f"m{i}.ts": f"export * from './m{(i + 1) % size}';\nexport const N{i} = {i};\n"
                 for i in range(size)}
        use = "import {{ {names} }} from './m0';\nconsole.log({names});\n"
        consumer = "use.ts"
    else:
        files = {f"p/m{i}.py": f"from .m{(i + 1) % size} import *\nN{i} = {i}\n"
                 for i in range(size)}
        files["p/__init__.py"] = ""
        use = "from p.m0 import {names}\n"
        consumer = "use.py"
    provided = f"N0, N{size - 1}"
    base = {**files, consumer: use.format(names=provided)}
    change = {consumer: use.format(names=provided + ", Nope")}
    result = diff_json(repo_factory([base, change]))
    assert result.keys() == [("IMP101", consumer, 1, "Nope")]


def _write_deep(repo: Path, path: str, content: str) -> None:
    """Write a file thousands of directories deep (pathlib and os.makedirs recurse)."""
    directory = repo
    for part in path.split("/")[:-1]:
        directory = directory / part
        if not directory.is_dir():
            directory.mkdir()
    (repo / path).write_text(content)


def test_deep_directories_and_long_extends_chains(tmp_path):
    """A module 1,200 directories deep (the nearest package.json and tsconfig.json are looked
    up through all of them), and a tsconfig whose `baseUrl` is 1,000 `extends` away."""
    deep = "/".join(["d"] * 1200)
    base = {"package.json": '{"name": "root"}', "tsconfig.json": '{"extends": "./t0.json"}',
            **{f"t{i}.json": json.dumps({"extends": f"./t{i + 1}.json"}) for i in range(CHAIN)},
            f"t{CHAIN}.json": '{"compilerOptions": {"baseUrl": "."}}',
            "lib.ts": "export const a = 1;\n", f"{deep}/a.ts": "export const a = 1;\n"}
    repo = init_repo(tmp_path / "repo")
    try:
        for path, content in base.items():
            _write_deep(repo, path, content)
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "base")
        _write_deep(repo, f"{deep}/b.ts", "import { q } from './a';\n"
                                          "import { lodash } from 'lodash';\nimport { b } from 'lib';\n")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "change")
    finally:  # the commits hold it all; pytest's own cleanup recurses, and fails, that deep
        subprocess.run(["rm", "-rf", str(repo / "d")], check=True)
    assert sorted(diff_json(repo).keys()) == [("IMP101", f"{deep}/b.ts", 1, "q"),
                                              ("IMP101", f"{deep}/b.ts", 3, "b")]


def test_binding_patterns_nested_a_thousand_deep(repo_factory):
    levels = 1000
    base = {
        "a.js": "const " + "[" * levels + "x" + "]" * levels + " = y;\n"
                "const " + "{k:" * levels + "z" + "}" * levels + " = y;\nexport { x, z };\n",
        "p.py": "(" * levels + "x" + ",)" * levels + " = w\n" + "[" * levels + "z" + "]" * levels
                + " = w\n__all__ = " + "(" * levels + "'x', 'z'" + ")" * levels + "\n",
        "b.js": "import { x, z } from './a';\n", "q.py": "from p import x, z\n"}
    change = {"b.js": "import { x, z, nope } from './a';\n", "q.py": "from p import x, z, nope\n"}
    assert sorted(diff_json(repo_factory([base, change])).keys()) == [
        ("IMP101", "b.js", 1, "nope"), ("IMP101", "q.py", 1, "nope")]


@pytest.mark.parametrize("language", ["js", "py"])
def test_a_method_removed_under_a_deep_class_hierarchy_is_reported(repo_factory, language):
    """No base class among 15 provides the removed method: it is gone."""
    depth = 15
    if language == "js":
        def module(method: bool) -> str:
            return "".join(f"export class C{i} extends C{i + 1} {{{' m() {} ' if i == 0 and method else ''}}}\n"
                           for i in range(depth)) + f"export class C{depth} {{}}\n"
        path = "a.ts"
    else:
        def module(method: bool) -> str:
            body = "    def m(self):\n        pass\n"
            return f"class C{depth}:\n    pass\n" + "".join(
                f"class C{i}(C{i + 1}):\n{body if i == 0 and method else '    pass'}\n"
                for i in reversed(range(depth)))
        path = "pkg/a.py"
    base = {path: module(True), "pkg/__init__.py": ""}
    result = diff_json(repo_factory([base, {path: module(False)}]))
    assert [(k[0], k[1], k[3]) for k in result.keys()] == [("IMP201", path, "C0.m")]
