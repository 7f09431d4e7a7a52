"""The command line: revisions, snapshots, exit codes, the JSON contract, bad input."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import build_repo, git, init_repo, run_impact

BASE = {"lib.py": "def f():\n    pass\n\n\ndef g():\n    pass\n", "app.py": "from lib import f, g\n"}


def test_json_contract(repo_factory):
    repo = repo_factory([BASE, {"lib.py": "def f():\n    pass\n"}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.exit_code == 1
    document = result.json
    assert document["version"] == 1 and document["base"] == "HEAD~1" and document["head"] == "HEAD"
    assert document["summary"] == {"errors": 1, "warnings": 0, "files_scanned": 2, "suppressed": 0}
    [finding] = document["findings"]
    assert finding == {
        "code": "IMP101", "rule": "dangling-import", "severity": "error", "file": "app.py",
        "line": 1, "column": 20, "revision": "head", "symbol": "g",
        "message": "`g` is imported from `lib`, which does not define it",
        "origin": {"file": "lib.py", "line": 5},
        "cause": {"kind": "removed", "module": "lib.py", "name": "g", "new_module": None,
                  "new_name": None, "new_line": None, "description": "`g` removed from `lib.py`"},
    }


def test_default_compares_head_with_working_tree(repo_factory):
    repo = repo_factory([BASE])
    (repo / "lib.py").write_text("def f():\n    pass\n")
    result = run_impact(repo, "diff", "--format", "json")
    assert result.json["head"] == "WORKTREE" and result.keys() == [("IMP101", "app.py", 1, "g")]
    assert run_impact(repo, "diff", "HEAD", "--format", "json").keys() == result.keys()


def test_untracked_file_in_working_tree_is_seen(repo_factory):
    repo = repo_factory([BASE])
    (repo / "new.py").write_text("from lib import missing\n")
    assert run_impact(repo, "diff", "--format", "json").keys() == [("IMP101", "new.py", 1, "missing")]


def test_ignored_file_is_not_seen(repo_factory):
    repo = repo_factory([{**BASE, ".gitignore": "build/\n"}])
    (repo / "build").mkdir()
    (repo / "build" / "gen.py").write_text("from lib import missing\n")
    assert run_impact(repo, "diff", "--format", "json").findings == []


def test_staged_compares_head_with_index(repo_factory):
    repo = repo_factory([BASE])
    (repo / "lib.py").write_text("def f():\n    pass\n")
    git(repo, "add", "lib.py")
    (repo / "lib.py").write_text(BASE["lib.py"])  # working tree restored, index still changed
    assert run_impact(repo, "diff", "--format", "json").findings == []
    staged = run_impact(repo, "diff", "--staged", "--format", "json")
    assert staged.json["head"] == "INDEX" and staged.keys() == [("IMP101", "app.py", 1, "g")]


def test_two_dot_and_three_dot_ranges(repo_factory):
    repo = repo_factory([BASE])
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "lib.py").write_text("def f():\n    pass\n")
    git(repo, "commit", "-qam", "drop g")
    git(repo, "checkout", "-q", "main")
    (repo / "other.py").write_text("x = 1\n")
    git(repo, "add", "other.py")
    git(repo, "commit", "-qm", "main moves on")
    expected = [("IMP101", "app.py", 1, "g")]
    assert run_impact(repo, "diff", "main..feature", "--format", "json").keys() == expected
    three = run_impact(repo, "diff", "main...feature", "--format", "json")
    assert three.keys() == expected and three.json["base"].startswith("merge-base")


def test_all_shows_preexisting_findings(repo_factory):
    repo = repo_factory([{**BASE, "old.py": "from lib import nothing\n"}, {"new.py": "x = 1\n"}])
    assert run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json").findings == []
    everything = run_impact(repo, "diff", "HEAD~1", "HEAD", "--all", "--format", "json")
    assert everything.keys() == [("IMP101", "old.py", 1, "nothing")]


def test_finding_survives_line_moves(repo_factory):
    repo = repo_factory([{**BASE, "old.py": "from lib import nothing\n"},
                         {"old.py": "import os\n\n\nfrom lib import nothing\n"}])
    assert run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json").findings == []


def test_text_report_shows_line_origin_and_summary(repo_factory):
    repo = repo_factory([BASE, {"lib.py": "def f():\n    pass\n"}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD")
    assert result.exit_code == 1
    assert "app.py" in result.stdout and "IMP101" in result.stdout
    assert "from lib import f, g" in result.stdout
    assert "origin: lib.py:5" in result.stdout
    assert "1 error(s), 0 warning(s)" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not a terminal


def test_clean_diff_exits_zero(repo_factory):
    repo = repo_factory([BASE, {"extra.py": "from lib import f\n"}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD")
    assert result.exit_code == 0 and "No findings" in result.stdout


def test_strict_fails_on_warnings(repo_factory):
    repo = repo_factory([BASE, {"bad.py": "def (:\n"}])
    assert run_impact(repo, "diff", "HEAD~1", "HEAD").exit_code == 0
    assert run_impact(repo, "diff", "HEAD~1", "HEAD", "--strict").exit_code == 1


@pytest.mark.parametrize("args, message", [
    (["diff", "nope"], "unknown revision 'nope'"),
    (["diff", "HEAD~1"], "the history of HEAD has only 1 commit(s)"),
    (["diff", "a", "b", "c"], "at most two revisions"),
])
def test_bad_revisions_are_one_line_errors(repo_factory, args, message):
    repo = repo_factory([BASE])
    result = run_impact(repo, *args)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr + result.stdout


def test_not_a_git_repository(tmp_path):
    result = run_impact(tmp_path, "diff")
    assert result.exit_code == 2 and "not a git repository" in result.stderr


def test_empty_repository(tmp_path):
    repo = init_repo(tmp_path / "empty")
    result = run_impact(repo, "diff")  # nothing committed, nothing in the working tree
    assert result.exit_code == 0 and result.stderr == ""
    result = run_impact(repo, "diff", "HEAD~1")  # a revision it does not have
    assert result.exit_code == 2 and "no commits yet" in result.stderr


def test_shallow_clone_names_the_fix(repo_factory, tmp_path):
    repo = repo_factory([BASE, {"x.py": "x = 1\n"}])
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)],
                   check=True)
    result = run_impact(clone, "diff", "HEAD~1")
    assert result.exit_code == 2 and "git fetch --deepen" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_rule_and_rule_docs():
    from conftest import CliRunner, app

    runner = CliRunner()
    explained = runner.invoke(app, ["rules", "IMP104"])
    assert explained.exit_code == 0 and "undefined-export" in explained.stdout
    assert "Why it matters" in explained.stdout and "Example" in explained.stdout
    assert runner.invoke(app, ["rules", "IMP999"]).exit_code == 2


def test_rules_listing_is_numeric_aligned_and_accepts_names_all_and_json():
    import json

    from conftest import CliRunner, app

    runner = CliRunner()
    lines = runner.invoke(app, ["rules"]).stdout.splitlines()
    codes = [line.split()[0] for line in lines]
    assert codes == sorted(codes) and "IMP201" in codes and "IMP301" in codes
    assert len({line.index(line.split()[2]) for line in lines}) == 1  # severities in one column
    by_name = runner.invoke(app, ["rules", "dangling-import"])
    assert by_name.exit_code == 0 and by_name.stdout.startswith("IMP101 dangling-import")
    every = runner.invoke(app, ["rules", "--all"]).stdout
    assert every.count("Why it matters") == len(codes)
    documents = json.loads(runner.invoke(app, ["rules", "--format", "json"]).stdout)
    assert [d["code"] for d in documents] == codes
    assert set(documents[0]) >= {"code", "name", "severity", "summary", "why", "example"}


def test_console_script_in_subprocess(repo_factory):
    repo = repo_factory([BASE, {"lib.py": "def f():\n    pass\n"}])
    proc = subprocess.run([sys.executable, "-m", "impact", "diff", "HEAD~1", "HEAD",
                           "--format", "json"], cwd=repo, capture_output=True, text=True, check=False,
                          env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 1 and '"IMP101"' in proc.stdout


def test_a_closed_pipe_exits_quietly_with_the_findings_status(tmp_path):
    import subprocess
    import sys
    files = {"util.py": "def helper():\n    return 1\n",
             "app.py": "".join(f"from util import helper as h{i}\n" for i in range(400)),
             "pkg/__init__.py": "", "pkg/api.py": "".join(f"def f{i}():\n    pass\n" for i in range(300))}
    repo = build_repo(tmp_path / "r", [files, {"pkg/api.py": "x = 1\n"}, {"util.py": "x = 1\n"}])
    for revisions, status, output in (("HEAD~2", 0, "text"), ("HEAD~2", 0, "json"),
                                      ("HEAD~1", 1, "text"), ("HEAD~1", 1, "json")):
        reader_gone = subprocess.Popen(
            [sys.executable, "-m", "impact", "-C", str(repo), "--no-cache", "diff", revisions,
             revisions.replace("2", "1") if revisions == "HEAD~2" else "HEAD", "--format", output], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        reader_gone.stdout.close()  # as `| head` does once it has read enough
        stderr = reader_gone.stderr.read().decode()
        assert reader_gone.wait() == status, stderr  # 300 IMP201 warnings, or errors
        assert stderr == ""


BROKEN = [{"util.py": "def helper():\n    return 1\n\n\ndef other():\n    return 2\n",
           "app.py": "from util import helper, other\n"},
          {"util.py": "x = 1\n"}]


def test_diff_output_options_in_the_ruff_style(tmp_path):
    repo = build_repo(tmp_path / "r", BROKEN)
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    written = run_impact(repo, "diff", "HEAD~1", "HEAD", "--output-format", "json", "-o", str(report))
    assert written.exit_code == 1 and written.stdout == ""
    assert [f["code"] for f in __import__("json").loads(report.read_text())["findings"]] == [
        "IMP101", "IMP101"]
    assert run_impact(repo, "diff", "HEAD~1", "HEAD", "--exit-zero").exit_code == 0
    stats = run_impact(repo, "diff", "HEAD~1", "HEAD", "--statistics")
    assert stats.exit_code == 1 and stats.stdout == "    2  IMP101  dangling-import\n"
    bad = run_impact(repo, "diff", "HEAD~1", "HEAD", "-o", str(tmp_path / "no" / "such" / "f"))
    assert bad.exit_code == 2 and bad.stderr.startswith("impact: error: cannot write the report")


def test_global_options_after_the_subcommand(tmp_path):
    repo = build_repo(tmp_path / "r", BROKEN)
    from conftest import CliRunner, app
    result = CliRunner().invoke(app, ["diff", "HEAD~1", "HEAD", "-C", str(repo), "--no-cache",
                                      "--jobs", "1", "--format", "json"])
    assert result.exit_code == 1 and '"IMP101"' in result.stdout
    cache = tmp_path / "cache"
    CliRunner().invoke(app, ["affected", "HEAD~1", "HEAD", "-C", str(repo), "--cache-dir", str(cache)])
    assert any(cache.iterdir())


def test_repeated_warnings_fold_into_one_line_unless_verbose(tmp_path):
    files = {f"src/m{i}.js": f"import x from '#alias{i}/x';\nexport const y = x;\n" for i in range(4)}
    files["package.json"] = '{"name": "p", "imports": {' + ", ".join(
        f'"#alias{i}/*": "./gen{i}/*.js"' for i in range(4)) + "}}\n"
    files[".gitignore"] = "".join(f"gen{i}/\n" for i in range(4))
    repo = build_repo(tmp_path / "r", [files, {"src/m0.js": "export const y = 1;\n"}])
    plain = run_impact(repo, "--no-cache", "diff", "HEAD~1", "HEAD")
    warnings = [line for line in plain.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 2 and "more warning(s)" in warnings[1] and "-v" in warnings[1]
    verbose = run_impact(repo, "--no-cache", "diff", "HEAD~1", "HEAD", "-v")
    assert len([line for line in verbose.stderr.splitlines() if "warning" in line]) >= 3
    quiet = run_impact(repo, "--no-cache", "diff", "HEAD~1", "HEAD", "-q")
    assert quiet.stderr == ""
