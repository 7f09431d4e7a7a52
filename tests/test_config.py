"""Configuration the way ruff users expect: zero config with `-v` saying what impact decided,
`[tool.impact]` / impact.toml keys (validated: one-line errors, exit 2), the head revision's
configuration (a change to it in the diff counts), command-line flags over the file, and
`impact init`."""

from __future__ import annotations

import pytest
from conftest import git, run_impact
from github_server import FakeGitHub

BASE = {"pkg/__init__.py": "",
        "pkg/util.py": "def helper():\n    pass\n\n\ndef other():\n    pass\n",
        "app/__init__.py": "",
        "app/main.py": "import os\nfrom pkg.util import helper\n\nprint(os.sep, helper())\n",
        "legacy/old.py": "from pkg.util import helper\n\nhelper()\n"}
# removes helper (IMP201, IMP101 in app/ and legacy/) and an import whose use stays (IMP105)
CHANGE = {"pkg/util.py": "def other():\n    pass\n",
          "app/main.py": "from pkg.util import helper\n\nprint(os.sep, helper())\n"}
ALL_KEYS = [("IMP101", "app/main.py", 1, "helper"), ("IMP105", "app/main.py", 3, "os"),
            ("IMP101", "legacy/old.py", 1, "helper"), ("IMP201", "pkg/util.py", 1, "helper")]


def findings(repo_factory, config: dict, *flags: str, change: dict = CHANGE) -> list[tuple]:
    repo = repo_factory([{**BASE, **config}, change])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json", *flags)
    assert result.exit_code in (0, 1), result.stderr
    return sorted(result.keys(), key=lambda k: (k[1], k[2], k[0]))


def pyproject(body: str) -> dict:
    return {"pyproject.toml": f"[project]\nname = 'demo'\n\n[tool.impact]\n{body}\n"}


def test_without_configuration_every_finding_is_reported(repo_factory):
    assert findings(repo_factory, {}) == sorted(ALL_KEYS, key=lambda k: (k[1], k[2], k[0]))


# -- zero config, and -v ----------------------------------------------------------------------


def test_verbose_says_what_impact_detected_on_stderr_and_json_stays_clean(repo_factory):
    repo = repo_factory([{
        "src/shop/__init__.py": "", "src/shop/cart.py": "X = 1\n", "tools/run.py": "print(1)\n",
        "web/package.json": '{"name": "web", "exports": {".": "./src/index.ts"}}',
        "web/src/index.ts": "export const a = 1;\n", "web/src/b.js": "export const b = 2;\n",
        "web/tsconfig.json": "{}\n"}, {"tools/run.py": "print(2)\n"}])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json", "-v")
    assert result.json["findings"] == []
    lines = result.stderr.splitlines()
    assert "impact: Python source roots: ., src" in lines
    assert "impact: Python packages: src/shop" in lines
    assert "impact: languages: javascript 1 file(s), python 3 file(s), typescript 1 file(s)" in lines
    assert "impact: package.json files: web/package.json" in lines
    assert "impact:   entry points of web/package.json: web/src/index.ts" in lines
    assert "impact: tsconfig files: web/tsconfig.json" in lines
    assert "impact: config file: none" in lines
    assert "impact: select: IMP; ignore: none" in lines
    assert "impact: include: everything; exclude: none" in lines


def test_verbose_shows_the_effective_configuration(repo_factory):
    repo = repo_factory([{**BASE, **pyproject("exclude = ['legacy/']\nignore = ['IMP105']\n"
                                              "severity = { IMP2 = 'warning' }\nmax-file-size = 5000")},
                         CHANGE])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--verbose", "--ignore", "IMP103",
                        "--exclude", "build/")
    lines = result.stderr.splitlines()
    assert "impact: config file: pyproject.toml" in lines
    assert "impact: select: IMP; ignore: IMP105, IMP103" in lines
    assert "impact: include: everything; exclude: legacy/, build/" in lines
    assert "impact: severity overrides: IMP2=warning" in lines
    assert "impact: max file size: 5,000 bytes" in lines


# -- the keys ---------------------------------------------------------------------------------


def test_exclude_drops_findings_in_excluded_files_which_still_resolve(repo_factory):
    config = pyproject("exclude = ['legacy/']")
    change = {**CHANGE, "app/extra.py": "from legacy.old import helper\nfrom legacy.old import gone\n"}
    keys = findings(repo_factory, config, change=change)
    assert ("IMP101", "legacy/old.py", 1, "helper") not in keys  # no findings inside
    # an import OF an excluded module resolves (no IMP102), and is checked against what it has
    # (`helper`, which legacy/old.py imports from where it was removed, breaks with it)
    assert [k for k in keys if k[1] == "app/extra.py"] == [("IMP101", "app/extra.py", 1, "helper"),
                                                          ("IMP101", "app/extra.py", 2, "gone")]


def test_exclude_patterns_are_gitignore_style(repo_factory):
    config = {"impact.toml": "exclude = ['*.py', '!app/main.py']\n"}
    assert findings(repo_factory, config) == [("IMP101", "app/main.py", 1, "helper"),
                                              ("IMP105", "app/main.py", 3, "os")]


def test_include_limits_the_files_reported_on_and_exclude_wins(repo_factory):
    assert [k[1] for k in findings(repo_factory, pyproject("include = ['app/', 'legacy/']"))] == \
        ["app/main.py", "app/main.py", "legacy/old.py"]
    config = pyproject("include = ['app/', 'legacy/']\nexclude = ['legacy/']")
    assert [k[1] for k in findings(repo_factory, config)] == ["app/main.py", "app/main.py"]


@pytest.mark.parametrize("body, codes", [
    ("select = ['IMP1']", ["IMP101", "IMP101", "IMP105"]),
    ("ignore = ['IMP105', 'IMP2']", ["IMP101", "IMP101"]),
    ("select = ['IMP105', 'IMP201']", ["IMP105", "IMP201"]),
    ("select = ['IMP105']\nignore = ['IMP1']", ["IMP105"]),  # the more specific selector wins
    ("ignore = ['IMP']", []),
])
def test_select_and_ignore_take_codes_and_prefixes(repo_factory, body, codes):
    assert sorted(k[0] for k in findings(repo_factory, pyproject(body))) == codes


def test_severity_overrides_change_reports_and_exit_status(repo_factory):
    repo = repo_factory([{**BASE, **pyproject("severity = { IMP1 = 'warning', IMP201 = 'warning' }")},
                         CHANGE])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.exit_code == 0
    assert {f["severity"] for f in result.findings} == {"warning"}
    assert result.json["summary"]["errors"] == 0 and result.json["summary"]["warnings"] == 4
    strict = run_impact(repo, "diff", "HEAD~1", "HEAD", "--strict")
    assert strict.exit_code == 1
    repo = repo_factory([{**BASE, **pyproject("severity = { IMP = 'warning', IMP105 = 'error' }")},
                         CHANGE])
    errors = [f["code"] for f in run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json").findings
              if f["severity"] == "error"]
    assert errors == ["IMP105"]


def test_max_file_size_replaces_the_built_in_limit(repo_factory):
    big = "VALUE = 1\n" + "# padding\n" * 20
    change = {"pkg/big.py": big}
    keys = findings(repo_factory, pyproject("max-file-size = 100"), change=change)
    assert keys == [("IMP301", "pkg/big.py", 1, "pkg/big.py")]
    assert findings(repo_factory, {}, change=change) == []
    repo = repo_factory([{**BASE, **pyproject("max-file-size = 100")}, change])
    [finding] = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json").findings
    assert "over the size limit of 100 bytes" in finding["message"]


def test_a_configuration_change_in_the_diff_is_honoured(repo_factory):
    with_ignore = {**CHANGE, **pyproject("ignore = ['IMP105']")}
    keys = findings(repo_factory, {}, change=with_ignore)
    assert "IMP105" not in [k[0] for k in keys] and ("IMP101", "app/main.py", 1, "helper") in keys
    # and the other way: the base's configuration does not hide what head reports
    keys = findings(repo_factory, pyproject("ignore = ['IMP105']"),
                    change={**CHANGE, "pyproject.toml": "[project]\nname = 'demo'\n"})
    assert ("IMP105", "app/main.py", 3, "os") in keys


def test_impact_toml_at_the_root_is_read(repo_factory):
    assert findings(repo_factory, {"impact.toml": "select = ['IMP105']\n"}) == \
        [("IMP105", "app/main.py", 3, "os")]


@pytest.mark.parametrize("files, message", [
    (pyproject("selct = ['IMP1']"), "pyproject.toml: [tool.impact] unknown key 'selct'"),
    (pyproject("select = 'IMP1'"), "pyproject.toml: [tool.impact] select must be a list of strings"),
    (pyproject("ignore = [101]"), "pyproject.toml: [tool.impact] ignore must be a list of strings"),
    (pyproject("select = ['IMP9']"),
     "pyproject.toml: [tool.impact] select: unknown finding code or prefix 'IMP9'"),
    (pyproject("ignore = ['E501']"),
     "pyproject.toml: [tool.impact] ignore: unknown finding code or prefix 'E501'"),
    (pyproject("exclude = ['legacy\\']"),
     "pyproject.toml: [tool.impact] exclude: invalid gitignore-style pattern 'legacy\\\\'"),
    (pyproject("include = ['!']"), ("pyproject.toml: [tool.impact] include: invalid gitignore-style "
                                    "pattern '!'")),
    (pyproject("severity = 'warning'"), "pyproject.toml: [tool.impact] severity must be a table"),
    (pyproject("severity = { IMP105 = 'info' }"),
     "pyproject.toml: [tool.impact] severity.IMP105 must be \"error\" or \"warning\", not 'info'"),
    (pyproject("severity = { IMP777 = 'error' }"),
     "pyproject.toml: [tool.impact] severity: unknown finding code or prefix 'IMP777'"),
    (pyproject("max-file-size = '2MB'"),
     "pyproject.toml: [tool.impact] max-file-size must be a positive number of bytes"),
    (pyproject("max-file-size = 0"),
     "pyproject.toml: [tool.impact] max-file-size must be a positive number of bytes"),
    ({"impact.toml": "select = 'IMP1'\n"}, "impact.toml: select must be a list of strings"),
    ({"impact.toml": "select = [\n"}, "impact.toml: not valid TOML"),
    ({"pyproject.toml": "[tool]\nimpact = 3\n"}, "pyproject.toml: [tool.impact] must be a table"),
])
def test_bad_configuration_is_a_one_line_error_naming_key_and_file(repo_factory, files, message):
    repo = repo_factory([{**BASE, **files}, CHANGE])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr


# -- command-line flags -----------------------------------------------------------------------


def test_select_flag_replaces_the_configured_selection(repo_factory):
    config = pyproject("select = ['IMP2']\nignore = ['IMP105']")
    assert [k[0] for k in findings(repo_factory, config, "--select", "IMP105")] == ["IMP105"]


def test_ignore_flag_adds_to_the_configured_ignore_repeated_or_comma_separated(repo_factory):
    config = pyproject("ignore = ['IMP2']")
    assert [k[0] for k in findings(repo_factory, config, "--ignore", "IMP105")] == ["IMP101"] * 2
    assert findings(repo_factory, {}, "--ignore", "IMP101,IMP2", "--ignore", "IMP105") == []


def test_exclude_flag_adds_patterns(repo_factory):
    config = pyproject("exclude = ['legacy/']")
    keys = findings(repo_factory, config, "--exclude", "pkg/", "--exclude", "app/*.py,nothing/")
    assert keys == []


@pytest.mark.parametrize("flags, message", [
    (["--select", "IMP1,IMP10X"], "--select: unknown finding code or prefix 'IMP10X'"),
    (["--ignore", "W"], "--ignore: unknown finding code or prefix 'W'"),
    (["--exclude", "ok/,!"], "--exclude: invalid gitignore-style pattern '!'"),
    (["--config", "/nonexistent/impact.toml"], "cannot read config file /nonexistent/impact.toml"),
])
def test_bad_flags_are_a_one_line_error(repo_factory, flags, message):
    repo = repo_factory([BASE, CHANGE])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", *flags)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and message in result.stderr


def test_config_flag_reads_a_file_outside_the_repository_in_either_layout(repo_factory, tmp_path):
    shared = tmp_path / "shared-pyproject.toml"
    shared.write_text("[tool.ruff]\nline-length = 1\n\n[tool.impact]\nselect = ['IMP105']\n")
    bare = tmp_path / "impact.toml"
    bare.write_text("select = ['IMP201']\n")
    in_repo = pyproject("select = ['IMP101']")  # replaced, not merged
    assert findings(repo_factory, in_repo, "--config", str(shared)) == [("IMP105", "app/main.py", 3, "os")]
    assert findings(repo_factory, in_repo, "--config", str(bare)) == \
        [("IMP201", "pkg/util.py", 1, "helper")]
    assert findings(repo_factory, {}, "--config", str(bare), "--select", "IMP105") == \
        [("IMP105", "app/main.py", 3, "os")]
    broken = tmp_path / "broken.toml"
    broken.write_text("[tool.other]\nx = 1\n")
    repo = repo_factory([BASE, CHANGE])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--config", str(broken))
    assert result.exit_code == 2 and f"{broken}: no [tool.impact] table" in result.stderr


def test_fix_leaves_excluded_files_alone(fixture_repo):
    repo = fixture_repo("move-and-fix")  # without --exclude web/cart.mjs is fixed too (test_fix.py)
    result = run_impact(repo, "fix", "HEAD~1", "--dry-run", "--exclude", "web/")
    assert result.exit_code == 0
    assert "+++ b/web/" not in result.stdout and "+++ b/shop/cart.py" in result.stdout


def test_comment_takes_the_same_flags(tmp_path, repo_factory):
    repo = repo_factory([BASE, CHANGE])
    with FakeGitHub() as server:
        result = run_impact(repo, "comment", "--api-url", server.url, "--repository", server.repository,
                            "--pr", str(server.number), "--base", "HEAD~1", "--select", "IMP105",
                            env={"GITHUB_TOKEN": "ghp_test"})
        assert result.exit_code == 1, result.stderr
        body = server.comments[0]["body"]
        assert "IMP105" in body and "IMP101" not in body and "IMP201" not in body


# -- impact init ------------------------------------------------------------------------------


PYPROJECT = ("# the project\n[project]\nname = \"demo\"  # keep this comment\n\n"
             "[tool.ruff]\nline-length = 100\n\n[build-system]\nrequires = [\"hatchling\"]\n")
JS = {"web/package.json": '{"name": "web", "main": "./src/index.js"}',
      "web/src/index.js": "export const a = 1;\n", "web/tsconfig.json": "{}\n"}


def test_init_writes_a_commented_section_into_pyproject_and_keeps_the_rest(repo_factory):
    repo = repo_factory([{**BASE, **JS, "pyproject.toml": PYPROJECT}])
    result = run_impact(repo, "init")
    assert result.exit_code == 0 and "wrote the starter configuration to pyproject.toml" in result.stderr
    text = (repo / "pyproject.toml").read_text()
    before, _section, after = text.partition("[tool.impact]\n")
    assert before == PYPROJECT.split("[build-system]")[0]  # untouched, comments and all
    assert after.endswith("\n[build-system]\nrequires = [\"hatchling\"]\n")
    assert "# Detected Python source roots: . (packages: app, pkg)" in after
    assert "# Detected package.json entry points: web/src/index.js" in after
    assert "# Detected tsconfig files: web/tsconfig.json" in after
    assert '# public = ["app/", "pkg/", "web/src/index.js"]' in after
    assert 'select = ["IMP"]\nignore = []\n' in after
    assert "# max-file-size = 2000000" in after
    check = run_impact(repo, "diff", "-v")
    assert "impact: config file: pyproject.toml" in check.stderr.splitlines()


def test_init_writes_impact_toml_without_a_pyproject(repo_factory):
    repo = repo_factory([{**JS}])
    assert run_impact(repo, "init").exit_code == 0
    text = (repo / "impact.toml").read_text()
    assert "[tool.impact]" not in text and 'select = ["IMP"]' in text
    assert "# Detected languages: javascript 1 file(s)" in text
    again = run_impact(repo, "init")
    assert again.exit_code == 2 and again.stderr.strip() == \
        "impact: error: impact.toml already exists (use --force to replace it)"


def test_init_refuses_an_existing_section_unless_forced(repo_factory):
    repo = repo_factory([{**BASE, **pyproject("ignore = ['IMP105']")}])
    result = run_impact(repo, "init")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "pyproject.toml already has a [tool.impact] section" in result.stderr
    assert git(repo, "status", "--porcelain") == ""
    assert run_impact(repo, "init", "--force").exit_code == 0
    text = (repo / "pyproject.toml").read_text()
    assert "ignore = ['IMP105']" not in text and text.count("[tool.impact]") == 1
    assert text.startswith("[project]\nname = 'demo'\n")


@pytest.mark.parametrize("flag", ["--dry-run", "--stdout"])
def test_init_dry_run_prints_and_writes_nothing(repo_factory, flag):
    repo = repo_factory([{**BASE, "pyproject.toml": PYPROJECT}])
    result = run_impact(repo, "init", flag)
    assert result.exit_code == 0 and result.stdout.startswith("[tool.impact]\n# Written by `impact init`")
    assert "[project]" not in result.stdout
    assert git(repo, "status", "--porcelain") == ""


@pytest.mark.parametrize("files", [{"pyproject.toml": PYPROJECT}, {}])
def test_init_then_diff_gives_the_same_findings(repo_factory, files):
    repo = repo_factory([{**BASE, **JS, **files},
                         {**CHANGE, "web/src/index.js": "export const b = 1;\n",
                          "web/src/use.js": "import { a } from './index.js';\n"}])
    before = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert before.exit_code == 1 and len(before.findings) == 6
    assert run_impact(repo, "init").exit_code == 0
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "impact init")
    assert "impact.toml" in git(repo, "show", "--name-only", "HEAD") or \
        "pyproject.toml" in git(repo, "show", "--name-only", "HEAD")
    after = run_impact(repo, "diff", "HEAD~2", "HEAD", "--format", "json", "-v")
    assert after.findings == before.findings
    assert "impact: config file: none" not in after.stderr


def test_init_never_proposes_tests_as_public_api(repo_factory):
    files = {**BASE, **JS, "tests/__init__.py": "", "tests/test_app.py": "def test_a():\n    pass\n",
             "e2e/package.json": '{"name": "e2e", "main": "./smoke.test.js"}',
             "e2e/smoke.test.js": "export const s = 1;\n"}
    result = run_impact(repo_factory([files]), "init", "--dry-run")
    assert result.exit_code == 0
    [public] = [line for line in result.stdout.splitlines() if line.startswith("# public = ")]
    assert public == '# public = ["app/", "pkg/", "web/src/index.js"]'
