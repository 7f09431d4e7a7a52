"""Inline suppression comments: Python `# impact: ignore[...]`, JavaScript/TypeScript
`// impact-ignore ...` and `/* impact-ignore ... */`, on the line or the line before; only
real comments; malformed ones are IMP302 warnings; with --strict, unused ones are IMP303."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import pytest
from conftest import diff_result, run_impact
from hypothesis import given
from hypothesis import strategies as st

from impact import suppression
from impact.suppression import touched_lines

PY_BASE = {"pkg/__init__.py": "", "pkg/util.py": "def helper():\n    pass\n\n\ndef keep():\n    pass\n",
           "app.py": "import os\nfrom pkg.util import helper\n\nprint(os.sep, helper())\n"}
PY_REMOVED = {"pkg/util.py": "def keep():\n    pass\n"}


FLAGS = {"--all": "show_all", "--strict": "strict"}


def run(base: dict, change: dict, *flags: str):
    """`impact diff --format json` with `flags`, on the revisions in memory."""
    return diff_result(base, change, **{FLAGS[flag]: True for flag in flags})


def keys(result, without=("IMP201",)) -> list[tuple]:
    return sorted(k for k in result.keys() if k[0] not in without)


def app_change(app: str) -> dict:
    """helper removed, and app.py as given (its `os` import dropped unless it says otherwise)."""
    return {**PY_REMOVED, "app.py": app}


# -- Python -----------------------------------------------------------------------------------


def test_without_comments_both_findings_are_reported():
    result = run(PY_BASE, app_change("from pkg.util import helper\n\n"
                                                   "print(os.sep, helper())\n"))
    assert keys(result) == [("IMP101", "app.py", 1, "helper"), ("IMP105", "app.py", 3, "os")]
    assert result.json["summary"]["suppressed"] == 0


def test_python_same_line_suppresses_only_the_named_code():
    result = run(PY_BASE, app_change(
        "from pkg.util import helper  # impact: ignore[IMP101]\n\n"
        "print(os.sep, helper())  # impact: ignore[IMP101]\n"))
    assert keys(result) == [("IMP105", "app.py", 3, "os")]
    assert result.json["summary"]["suppressed"] == 1


def test_python_several_codes_and_a_reason():
    result = run(PY_BASE, app_change(
        "from pkg.util import helper\n\n"
        "print(os.sep, helper())  # impact: ignore[IMP101, IMP105] legacy shim, see #12\n"))
    assert keys(result) == [("IMP101", "app.py", 1, "helper")]


def test_python_next_line_and_bare_forms():
    result = run(PY_BASE, app_change(
        "# impact: ignore-next-line[IMP101]\nfrom pkg.util import helper\n\n"
        "print(os.sep, helper())  # impact: ignore\n"))
    assert keys(result) == []
    assert result.json["summary"]["suppressed"] == 2
    result = run(PY_BASE, app_change(
        "# impact: ignore-next-line\nfrom pkg.util import helper\n\nprint(os.sep, helper())\n"))
    assert keys(result) == [("IMP105", "app.py", 4, "os")]


def test_python_chained_comment_is_read():
    result = run(PY_BASE, app_change(
        "from pkg.util import helper  # noqa: F401  # impact: ignore[IMP101]\n\nprint(os.sep, helper())\n"))
    assert keys(result) == [("IMP105", "app.py", 3, "os")]


def test_text_inside_a_string_is_not_a_comment():
    result = run(PY_BASE, app_change(
        "from pkg.util import helper\n\nprint(os.sep, '# impact: ignore', \"# impact: ignore[IMP105]\")\n"))
    assert keys(result) == [("IMP101", "app.py", 1, "helper"), ("IMP105", "app.py", 3, "os")]
    js_base = {"lib.js": "export const a = 1;\n", "use.js": "import { a } from './lib.js';\nuse(a);\n"}
    result = run(js_base, {"use.js": "use(a, '// impact-ignore', `/* impact-ignore */`);\n"})
    assert keys(result) == [("IMP105", "use.js", 1, "a")]


def test_removed_public_api_is_suppressed_at_its_old_definition():
    base = {**PY_BASE, "pkg/util.py": "def helper():  # impact: ignore[IMP201]\n    pass\n\n\n"
                                      "def keep():\n    pass\n"}
    result = run(base, PY_REMOVED)
    assert [k[0] for k in result.keys()] == ["IMP101"]  # the consumer still breaks
    assert result.json["summary"]["suppressed"] == 1


def test_signature_warning_is_suppressed_at_the_definition():
    base = {"pkg/__init__.py": "", "pkg/db.py": "def connect(host, port=5432):\n    pass\n"}
    plain = run(base, {"pkg/db.py": "def connect(host, port):\n    pass\n"})
    assert [(k[0], k[2]) for k in plain.keys()] == [("IMP202", 1)]
    result = run(base, {"pkg/db.py": "def connect(host, port):  # impact: ignore[IMP202]\n"
                                                   "    pass\n"})
    assert result.keys() == [] and result.json["summary"]["suppressed"] == 1


# -- JavaScript / TypeScript ------------------------------------------------------------------


JS_BASE = {"src/lib.js": "export function helper() {}\nexport const keep = 1;\n",
           "src/app.js": "import { helper } from './lib.js';\nimport { keep } from './lib.js';\n"
                         "helper(keep);\n"}
JS_REMOVED = {"src/lib.js": "export const keep = 1;\n"}


def js_run(app: str, suffix: str = "js"):
    base = {**JS_BASE, f"src/app.{suffix}": JS_BASE["src/app.js"]}
    if suffix != "js":
        del base["src/app.js"]
    return run(base, {**JS_REMOVED, f"src/app.{suffix}": app})


@pytest.mark.parametrize("comment", [
    "// impact-ignore IMP101",
    "/* impact-ignore IMP101 */",
    "// impact-ignore IMP101, IMP105",
    "// impact-ignore IMP105 IMP101 -- helper comes back in #42",
    "// impact-ignore",
    "/** impact-ignore IMP101 */",
])
def test_javascript_same_line_forms(comment):
    result = js_run(f"import {{ helper }} from './lib.js';  {comment}\n"
                                  "import { keep } from './lib.js';\nhelper(keep);\n")
    assert keys(result) == []
    assert result.json["summary"]["suppressed"] == 1


def test_javascript_other_codes_and_next_line():
    result = js_run("import { helper } from './lib.js';  // impact-ignore IMP105\n"
                                  "// impact-ignore-next-line IMP105\nhelper(keep);\n")
    assert keys(result) == [("IMP101", "src/app.js", 1, "helper")]
    result = js_run("// impact-ignore-next-line\nimport { helper } from './lib.js';\n"
                                  "helper(keep);\n")
    assert keys(result) == [("IMP105", "src/app.js", 3, "keep")]


@pytest.mark.parametrize("suffix", ["ts", "tsx"])
def test_typescript_forms(suffix):
    result = js_run("/* impact-ignore-next-line IMP101 */\nimport { helper } from './lib.js';\n"
                                  "helper(keep); // impact-ignore IMP105\n", suffix)
    assert keys(result) == []


# -- the linters' own undefined-name suppressions -------------------------------------------


@pytest.mark.parametrize("comment, honoured", [
    ("# noqa: F821", True),
    ("# noqa:E501,F821", True),
    ("# NOQA", True),
    ("# type: ignore", True),
    ("# type: ignore[name-defined]", True),
    ("# pyright: ignore[reportUndefinedVariable]", True),
    ("# fmt: skip  # noqa: F821", True),
    ("# noqa: F401", False),
    ("# type: ignore[attr-defined]", False),
    ("# pyright: ignore[reportAttributeAccessIssue]", False),
    ("# noqatest", False),
])
def test_python_linter_suppression_of_undefined_names_covers_imp105_only(comment, honoured):
    """A name the author marks as deliberately unbound with the linter's own suppression
    (attrs' `cls_var: ClassVar[str]  # noqa: F821`, a test of NameError) is no IMP105; the
    comment suppresses no other code and is never an unused or malformed suppression."""
    result = run(PY_BASE, app_change("from pkg.util import helper  " + comment.replace(
        "F821", "F821, F401") + "\n\nprint(os.sep, helper())  " + comment + "\n"), "--strict")
    expected = [("IMP101", "app.py", 1, "helper")]
    assert keys(result) == (expected if honoured else expected + [("IMP105", "app.py", 3, "os")])
    assert result.json["summary"]["suppressed"] == (1 if honoured else 0)


def test_a_deliberately_unbound_annotation_marked_noqa_is_no_error(repo_factory):
    """attrs' test of an unimported `ClassVar` (a class-body annotation Python 3.14 never
    evaluates), in a file that imports `ClassVar` in another test: `# noqa: F821` marks it."""
    base = {"tests/test_annotations.py": "def test_imported():\n"
                                         "    from typing import ClassVar\n\n"
                                         "    class C:\n        x: ClassVar[int] = 1\n"}
    added = ("\n\ndef test_unimported():\n    class C:\n"
             "        cls_var: ClassVar[str]{}\n        value: int = 1\n")
    marked = {"tests/test_annotations.py": base["tests/test_annotations.py"]
              + added.format("  # noqa: F821")}
    bare = {"tests/test_annotations.py": base["tests/test_annotations.py"] + added.format("")}
    repo = repo_factory([base, marked, bare])
    result = run_impact(repo, "diff", "HEAD~2", "HEAD~1", "--format", "json")
    assert (result.exit_code, result.findings) == (0, []), result.stderr
    assert result.json["summary"]["suppressed"] == 1
    result = run_impact(repo, "diff", "HEAD~2", "HEAD", "--format", "json")  # not marked
    assert [(f["code"], f["line"], f["symbol"]) for f in result.findings] == [
        ("IMP105", 10, "ClassVar")]


@pytest.mark.parametrize("app, honoured", [
    ("helper(keep);  // eslint-disable-line no-undef\n", True),
    ("helper(keep);  /* eslint-disable-line */\n", True),
    ("// eslint-disable-next-line no-console, no-undef -- set by the page\nhelper(keep);\n", True),
    ("// @ts-expect-error\nhelper(keep);\n", True),
    ("// @ts-ignore: a page global\nhelper(keep);\n", True),
    ("helper(keep);  // eslint-disable-line no-console\n", False),
    ("// eslint-disable-next-line no-undef\n\nhelper(keep);\n", False),
    ("helper(keep);  // @ts-expect-error\n", False),
])
def test_javascript_linter_suppression_of_undefined_names(app, honoured):
    result = js_run("import { helper } from './lib.js';\n" + app, "ts")
    expected = [("IMP101", "src/app.ts", 1, "helper")]
    line = app.count("\n")
    assert keys(result) == (expected if honoured else
                            expected + [("IMP105", "src/app.ts", line + 1, "keep")])


def shader_use(name: str, module: str) -> str:
    return (f"// @ts-ignore\nimport fragShader from '../glsl/{name}.frag.glsl'\n"
            f"// @ts-ignore\nimport {{ gone }} from './{module}'\n"
            "export const shader = [fragShader, gone];\n")


def test_ts_ignore_silences_tsc_not_the_bundler_loading_a_missing_asset():
    """drei 2d1220d862 renamed Particles.tsx to Sparkles.tsx and imported
    `../helpers/glsl/Sparkless.frag.glsl` (a typo; the shader is Particles.frag.glsl) under the
    `// @ts-ignore` it had: tsc has no declaration for `.glsl`, so the comment silences it
    whether the file is there or not, but the bundler fails to load a file that is gone. A
    missing module tsc resolves (`./gone`) stays silenced, as tsc reports nothing there."""
    base = {"src/glsl/Particles.frag.glsl": "void main() {}\n",
            "src/core/Sparkles.tsx": shader_use("Particles", "gone"),
            "src/core/gone.ts": "export const gone = 1;\n"}
    change = {"src/core/Sparkles.tsx": shader_use("Sparkless", "gone2")}
    assert keys(run(base, change)) == [("IMP102", "src/core/Sparkles.tsx", 2,
                                        "../glsl/Sparkless.frag.glsl")]
    assert keys(run(base, {"src/core/Sparkles.tsx": shader_use(
        "Particles", "gone2")})) == []


# -- malformed and unused -------------------------------------------------------------------


@pytest.mark.parametrize("comment, reason", [
    ("# impact: ignore[IMP10]", "'IMP10' is not a finding code"),
    ("# impact: ignore[", "unclosed `[`"),
    ("# impact: ignore[]", "empty code in the list"),
    ("# impact: ignore[IMP101,]", "empty code in the list"),
    ("# impact: ignore IMP101", "codes go in brackets"),
    ("# impact: ignored", "expected `[CODE, ...]`"),
    ("# impact: ignore[IMP101]:", "unexpected ':' after `]`"),
    ("# impact-ignore IMP101", "in Python write `# impact: ignore[CODE]`"),
])
def test_malformed_python_comment_is_a_warning_and_suppresses_nothing(comment, reason):
    result = run(PY_BASE, app_change(f"from pkg.util import helper  {comment}\n\n"
                                                   "print(os.sep, helper())\n"))
    assert keys(result) == [("IMP101", "app.py", 1, "helper"), ("IMP105", "app.py", 3, "os"),
                            ("IMP302", "app.py", 1, comment.lstrip("# "))]
    [warning] = [f for f in result.findings if f["code"] == "IMP302"]
    assert warning["severity"] == "warning" and warning["rule"] == "malformed-suppression"
    assert warning["message"].startswith("malformed suppression comment: ") and reason in warning["message"]
    assert warning["column"] == 30


@pytest.mark.parametrize("comment, reason", [
    ("// impact-ignore IMP10", "'IMP10' is not a finding code"),
    ("// impact-ignore legacy", "'legacy' is not a finding code"),
    ("/* impact-ignoreIMP101 */", "expected codes"),
    ("// impact: ignore[IMP101]", "in JavaScript/TypeScript write `// impact-ignore CODE`"),
])
def test_malformed_javascript_comment_is_a_warning(comment, reason):
    result = js_run(f"import {{ helper }} from './lib.js';  {comment}\nhelper(1);\n")
    assert [k[0] for k in keys(result)] == ["IMP101", "IMP302"]
    [warning] = [f for f in result.findings if f["code"] == "IMP302"]
    assert reason in warning["message"]


def test_malformed_comment_is_reported_only_where_the_change_touched_unless_all():
    base = {**PY_BASE, "tool.py": "X = 1  # impact: ignore[IMP10]\n"}
    result = run(base, {"tool.py": "X = 1  # impact: ignore[IMP10]\nY = 2\n"})
    assert result.findings == []
    result = run(base, {"tool.py": "X = 1  # impact: ignore[IMP10]\nY = 2\n"}, "--all")
    assert [(f["code"], f["line"]) for f in result.findings] == [("IMP302", 1)]


def test_unused_suppression_is_reported_with_strict_on_changed_lines(repo_factory):
    change = {"tool.py": "from pkg.util import keep  # impact: ignore[IMP101]\n"
                         "keep()  # impact: ignore\n"}
    assert run(PY_BASE, change).findings == []
    repo = repo_factory([PY_BASE, change])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json", "--strict")
    assert result.exit_code == 1
    assert [(f["code"], f["rule"], f["line"], f["severity"]) for f in result.findings] == [
        ("IMP303", "unused-suppression", 1, "warning"), ("IMP303", "unused-suppression", 2, "warning")]
    assert "no IMP101 on line 1" in result.findings[0]["message"]
    assert result.findings[1]["message"] == "unused suppression: no finding on line 2"
    assert run_impact(repo, "diff", "HEAD~1", "HEAD", "--strict", "--ignore", "IMP303").exit_code == 0


def test_unused_suppression_on_untouched_lines_only_with_all():
    base = {**PY_BASE, "tool.py": "from pkg.util import keep  # impact: ignore[IMP101]\n"}
    change = {"other.py": "X = 1\n"}
    assert run(base, change, "--strict").findings == []
    result = run(base, change, "--strict", "--all")
    assert [(f["code"], f["file"], f["line"]) for f in result.findings] == [("IMP303", "tool.py", 1)]


def test_suppression_of_an_older_finding_is_used_and_change_only_codes_never_unused():
    base = {**PY_BASE, "old.py": "print(gone)\n"}  # a finding the change did not introduce
    change = {"old.py": "print(gone)  # impact: ignore[IMP105]\n",
              "pkg/util.py": PY_BASE["pkg/util.py"].replace("def keep():",
                                                            "def keep():  # impact: ignore[IMP201]")}
    result = run(base, change, "--strict")
    assert result.findings == []
    result = run(base, change, "--strict", "--all")
    assert [f["code"] for f in result.findings] == []
    assert result.json["summary"]["suppressed"] == 1


def test_text_report_counts_suppressed_findings(repo_factory):
    repo = repo_factory([PY_BASE, app_change("from pkg.util import helper  # impact: ignore\n\n"
                                             "print(os.sep, helper())\n")])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD")
    assert "3 files scanned, 1 suppressed by comments." in " ".join(result.stdout.split())


def test_rules_explains_the_comment_codes():
    for code, name in (("IMP302", "malformed-suppression"), ("IMP303", "unused-suppression")):
        result = run_impact(Path("."), "rules", code)
        assert result.exit_code == 0 and result.stdout.startswith(f"{code} {name} (warning)")
        assert "Example:" in result.stdout


def _is_subsequence(kept: list[bytes], of: list[bytes]) -> bool:
    remaining = iter(of)
    return all(line in remaining for line in kept)


@given(st.lists(st.sampled_from([b"a", b"b", b"c", b"d"]), max_size=12),
       st.lists(st.sampled_from([b"a", b"b", b"c", b"x"]), max_size=12))
def test_touched_lines_leave_only_lines_kept_from_before(before, after):
    """The lines of `after` not touched are lines of `before`, in their order; a line is
    touched only where the two differ."""
    _assert_only_edits_touched(before, after, touched_lines(b"\n".join(before), b"\n".join(after)))


def _assert_only_edits_touched(before: list[bytes], after: list[bytes], touched: set[int]) -> None:
    kept = [line for number, line in enumerate(after, 1) if number not in touched]
    assert _is_subsequence(kept, before)
    assert touched <= set(range(1, len(after) + 1))
    if before == after:
        assert not touched


def test_touched_lines_of_an_edit_inside_a_large_file_are_only_its_own():
    """The lines both revisions keep at either end are untouched, as git's diff shows them;
    the edit in the middle is all that is touched (and a large file takes no seconds)."""
    lines = [f"line {n}".encode() for n in range(20_000)]
    edited = lines[:10_000] + [b"new one", b"line 3"] + lines[10_001:]
    touched = touched_lines(b"\n".join(lines), b"\n".join(edited))
    assert touched == {10_001, 10_002}


@given(st.lists(st.sampled_from([b"a", b"b", b"c", b"d", b"u1", b"u2", b"u3"]), max_size=30),
       st.lists(st.sampled_from([b"a", b"b", b"c", b"x", b"u1", b"u2", b"u3", b"u4"]), max_size=30))
def test_touched_lines_split_at_lines_found_once_keep_only_lines_from_before(before, after):
    """A large region (here: any) is first split at the lines each side has once, in order,
    as git's patience diff anchors them: what is left untouched is still kept from before."""
    with patch.object(suppression, "DIRECT_COMPARISONS", 0):
        touched = touched_lines(b"\n".join(before), b"\n".join(after))
    _assert_only_edits_touched(before, after, touched)


def test_touched_lines_of_edits_spread_over_a_file_of_repeated_lines():
    """webpack's commit rewriting JSDoc in 698 files: edits all over files whose lines repeat
    (` */`, blank lines) took 5 s of CPU in a SequenceMatcher; split at the lines found once, only
    the edited lines are touched."""
    lines = []
    for n in range(3_000):
        lines += [b"/**", f" * @param {{T{n}}} value".encode(), b" */", f"function f{n}(value) {{}}".encode(), b""]
    edited = [line.replace(b"@param", b"@import") if n % 50 == 1 else line for n, line in enumerate(lines)]
    touched = touched_lines(b"\n".join(lines), b"\n".join(edited))
    assert touched == {n + 1 for n in range(len(lines)) if n % 50 == 1 and b"@param" in lines[n]}
