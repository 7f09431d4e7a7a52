"""Python test data (a formatter's cases: input and expected output, never imported nor run)
that the project's own linters leave out is not checked (psf/black's `tests/data/cases/*.py`:
`value = alpha[beta,]()` with nothing bound, IMP105 on every name)."""

from __future__ import annotations

import pytest
from conftest import build_repo, diff_keys, run_impact

CASE = "x = [\n    1,\n]\nvalue = alpha[beta,]() ** gamma\n\n# output\nx = [1]\n"
BLACK_PRE_COMMIT = ("exclude: ^(profiling/|tests/data/)\nrepos:\n  - repo: https://github.com/pycqa/flake8\n"
                    "    rev: 7.3.0\n    hooks:\n      - id: flake8\n        exclude: ^src/vendored/\n")
PACKAGE = {"src/fmt/__init__.py": "def format_str(text):\n    return text\n",
           "tests/test_format.py": "from fmt import format_str\n\n\ndef test():\n    assert format_str('')  == ''\n"}


def test_black_test_cases_the_pre_commit_config_excludes_are_not_checked(tmp_path):
    # end to end, through git and the CLI: a commit adds a formatter test case
    repo = build_repo(tmp_path / "repo", [
        {**PACKAGE, ".pre-commit-config.yaml": BLACK_PRE_COMMIT},
        {"tests/data/cases/skip_magic_trailing_comma.py": CASE},
    ])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.findings == []


@pytest.mark.parametrize("config_files, path", [
    ({".pre-commit-config.yaml": BLACK_PRE_COMMIT}, "tests/data/cases/fmtskip10.py"),
    ({"pyproject.toml": '[tool.ruff]\nextend-exclude = ["tests/data"]\n'}, "tests/data/case.py"),
    ({"ruff.toml": 'exclude = ["**/fixtures/*"]\n'}, "pkg/tests/fixtures/sample.py"),
    ({".flake8": "[flake8]\nexclude = .git,\n    testdata\n"}, "checker/testdata/undefined.py"),
    ({"setup.cfg": "[flake8]\nextend-exclude = test/data/*\n"}, "test/data/sub/case.py"),
])
def test_test_data_the_linters_exclude_is_not_checked(config_files, path):
    assert diff_keys({**PACKAGE, **config_files}, {path: CASE}) == []


@pytest.mark.parametrize("config_files, path", [
    ({}, "tests/data/case.py"),  # nothing says the project's linters skip it
    ({".pre-commit-config.yaml": BLACK_PRE_COMMIT}, "src/vendored/data/case.py"),  # a hook's own exclude
    ({".pre-commit-config.yaml": "exclude: ^profiling/\n"}, "profiling/data/case.py"),  # not below tests/
    ({".pre-commit-config.yaml": "exclude: ^(tests/|migrations/)\n"}, "tests/test_case.py"),  # a test: it runs
    ({".flake8": "[flake8]\nexclude = */migrations/*\n"}, "app/migrations/0002_data.py"),  # runs
    ({".pre-commit-config.yaml": "exclude: ^tests/data/(\n"}, "tests/data/case.py"),  # a bad regex
])
def test_code_that_runs_or_the_linters_check_is_still_checked(config_files, path):
    found = diff_keys({**PACKAGE, **config_files}, {path: CASE})
    assert ("IMP105", path, 4, "alpha") in found


def test_dropping_the_exclude_checks_the_test_data_as_a_full_scan_does(tmp_path):
    # the change edits only .pre-commit-config.yaml: which files are test data changed, so
    # the files the change can affect are all of them (as when .gitattributes changes)
    repo = build_repo(tmp_path / "repo", [
        {**PACKAGE, ".pre-commit-config.yaml": BLACK_PRE_COMMIT, "tests/data/cases/fmt.py": CASE},
        {".pre-commit-config.yaml": BLACK_PRE_COMMIT.replace("exclude: ^(profiling/|tests/data/)\n", "")},
    ])
    cache = str(tmp_path / "cache")
    scoped = run_impact(repo, "--cache-dir", cache, "diff", "HEAD~1", "HEAD", "--format", "json")
    full = run_impact(repo, "--cache-dir", cache, "--full-scan", "diff", "HEAD~1", "HEAD",
                      "--format", "json")
    assert scoped.json == full.json
    assert ("IMP105", "tests/data/cases/fmt.py", 4, "alpha") in scoped.keys()
