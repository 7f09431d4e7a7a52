"""Fuzzing hostile input through real git and the real CLI: file names (any bytes git
accepts: newlines, escape characters, bidi overrides, invalid UTF-8, leading dashes) and
import specifiers with escapes and odd characters. impact never crashes (exit 0 or 1, never
2 with an internal error), and nothing it prints in the line formats carries a raw control
character. The `ci` profile runs a few examples; `HYPOTHESIS_PROFILE=long` is the long run
(README, Safety)."""

from __future__ import annotations

import os
import re

from conftest import commit_all, init_repo, run_impact
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
NAME_BYTES = st.binary(min_size=1, max_size=24).map(
    lambda raw: raw.replace(b"/", b"_").replace(b"\0", b"_")).filter(
    lambda raw: raw not in (b".", b"..") and not raw.startswith(b".git"))
SPECIFIER = st.lists(st.sampled_from(
    [*"./_-abc@#?!:'\"`$ {}\u202e\x1b\n\t", "\\", "\\u002e", "\\x2f", "\\u{61}", "\\\n", "../"]),
    min_size=1, max_size=12).map("".join)
EXAMPLES = max(4, settings.default.max_examples // 4)


def commit(repo, files: dict[bytes, bytes], message: str) -> None:
    for name, data in files.items():
        path = os.path.join(os.fsencode(repo), name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as stream:
            stream.write(data)
    commit_all(repo, message)


def assert_safe(repo) -> None:
    for output_format in ("text", "vscode", "github", "json"):
        result = run_impact(repo, "--no-cache", "diff", "HEAD~1", "HEAD", "--format", output_format)
        assert result.exit_code in (0, 1), result.stderr
        assert "internal error" not in result.stderr
        if output_format != "json":
            assert not RAW_CONTROL.search(result.stdout), result.stdout
        assert not RAW_CONTROL.search(result.stderr), result.stderr


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                        HealthCheck.too_slow])
@given(names=st.lists(NAME_BYTES, min_size=1, max_size=4, unique=True),
       suffix=st.sampled_from([b".py", b".js", b".ts", b".tsx", b""]))
def test_hostile_file_names_never_crash_or_reach_the_terminal(tmp_path_factory, names, suffix):
    repo = init_repo(tmp_path_factory.mktemp("names"))
    commit(repo, {b"lib.py": b"def f():\n    return 1\n", b"util.js": b"export const u = 1;\n"}, "base")
    files = {name + suffix: b"from lib import f, gone\nimport { u, nope } from './util.js';\n"
             for name in names}
    commit(repo, {**files, b"lib.py": b"x = 1\n"}, "change")
    assert_safe(repo)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                        HealthCheck.too_slow])
@given(specifiers=st.lists(SPECIFIER, min_size=1, max_size=4))
def test_hostile_specifiers_never_crash_or_reach_the_terminal(tmp_path_factory, specifiers):
    repo = init_repo(tmp_path_factory.mktemp("specifiers"))
    commit(repo, {b"src/a.js": b"export const a = 1;\n"}, "base")
    lines = "".join(f"import {{ x{i} }} from '{spec}';\nrequire(\"{spec}\");\n"
                    for i, spec in enumerate(specifiers))
    commit(repo, {b"src/b.js": lines.encode("utf-8", "surrogatepass")}, "change")
    assert_safe(repo)
