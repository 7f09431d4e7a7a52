"""A plain `impact diff` read without typer (impact/plain_diff.py) gives the diff exactly the
options typer's reading of the same words gives it (impact/cli.py); whatever it does not
read is left to typer. Checked on generated command lines and on a real run."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import build_repo
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from impact import commands, plain_diff
from impact.cli import app

WORDS = ["diff", "HEAD~1", "main..topic", "", "--staged", "--format", "json", "sarif", "bogus",
         "-f", "--output-format", "--format=github", "--select", "IMP1", "IMP101,IMP2",
         "--ignore", "--exclude", "legacy/", "--repo", "-C", "sub", "--repo=sub", "--no-cache",
         "--cache-dir", "c", "--jobs", "-j", "0", "3", "-1", "x", "--jobs=2", "--full-scan",
         "--all", "--strict", "--exit-zero", "--statistics", "--quiet", "-q", "--verbose", "-v",
         "-qv", "--path-base", "repo", "cwd", "--repo-url", "https://example.com/r", "--sha",
         "abc123", "--config", "conf.toml", "-o", "out.txt", "--help", "--version", "--", "-",
         "--no-such", "routes", "-fjson"]


def _state() -> tuple:
    return (commands.State.repo_path, commands.State.cache_dir, commands.State.full_scan,
            commands.State.jobs)


def _diff_called(words: list[str], through_typer: bool) -> list[tuple] | None:
    """The (global state, DiffAsked) the diff is called with, or None when the words are
    left to typer (plain reading) or typer refuses them."""
    called: list[tuple] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(commands, "diff", lambda asked: called.append((_state(), asked)) or 0)
        if through_typer:
            CliRunner().invoke(app, words)
        else:
            try:
                if not plain_diff.run(words):
                    return None
            except SystemExit:
                pass
    return called or None


VALUES = st.sampled_from(["json", "sarif", "text", "bogus", "repo", "cwd", "0", "2", "-1", "x",
                          "IMP1", "IMP101,IMP2", "sub", "c", "out.txt", "", "--", "-q"])
FLAGS = ["--staged", "--all", "--strict", "--exit-zero", "--statistics", "--quiet", "-q",
         "--verbose", "-v", "--no-cache"]
VALUED = ["--format", "-f", "--output-format", "--select", "--ignore", "--exclude", "--repo",
          "-C", "--cache-dir", "--jobs", "-j", "--path-base", "--repo-url", "--sha", "--config",
          "-o", "--output-file"]


@st.composite
def _option(draw, flags: list[str], valued: list[str]) -> list[str]:
    kind = draw(st.sampled_from(["flag", "valued", "joined", "revision", "noise"]))
    if kind == "flag":
        return [draw(st.sampled_from(flags))]
    if kind == "revision":
        return [draw(st.sampled_from(["HEAD~1", "main..topic", "main...topic", "HEAD", ""]))]
    if kind == "noise":
        return [draw(st.sampled_from(WORDS))]
    name, value = draw(st.sampled_from(valued)), draw(VALUES)
    if kind == "joined" and name.startswith("--"):
        return [f"{name}={value}"]
    return [name, value]


@st.composite
def _command_line(draw) -> list[str]:
    before = draw(st.lists(_option(["--no-cache", "--full-scan"],
                                   ["--repo", "-C", "--cache-dir", "--jobs", "-j"]), max_size=3))
    after = draw(st.lists(_option(FLAGS, VALUED), max_size=6))
    return [word for option in before for word in option if word not in ("HEAD~1",)] + ["diff"] + \
        [word for option in after for word in option]


@settings(max_examples=100, deadline=None)  # deterministic: derandomized (conftest)
@given(_command_line())
def test_a_plain_reading_gives_the_diff_what_typer_gives_it(words):
    plain = _diff_called(words, through_typer=False)
    if plain is not None:
        assert _diff_called(words, through_typer=True) == plain


@pytest.mark.parametrize("words", [
    ["diff", "HEAD~1", "--format", "json"],
    ["--cache-dir", "c", "diff", "--staged", "-q", "--exit-zero"],
    ["-C", "sub", "--full-scan", "diff", "main..topic", "--select", "IMP1", "--select", "IMP2",
     "--jobs=2", "--no-cache", "-o", "out.txt", "--format=sarif"],
    ["diff", "--path-base", "repo", "--config", "conf.toml", "--repo-url", "https://x/r", "--sha",
     "abc", "--ignore", "IMP105", "--exclude", "legacy/", "--all", "--strict", "--statistics", "-v"],
])
def test_the_usual_command_lines_are_read_plainly_and_alike(words):
    plain = _diff_called(words, through_typer=False)
    assert plain is not None
    assert _diff_called(words, through_typer=True) == plain


@pytest.mark.parametrize("words", [["diff", "--help"], ["--version", "diff"], ["diff", "-qv"],
                                   ["diff", "--format", "bogus"], ["diff", "--jobs", "-1"],
                                   ["routes"], ["diff", "--", "HEAD"], ["diff", "-fjson"],
                                   ["diff", "--full-scan"], ["diff", "--select"]])
def test_anything_else_is_left_to_typer(words):
    assert plain_diff.read(words) is None


def test_a_real_plain_diff_loads_no_command_line_library_and_reports_as_typer(tmp_path):
    repo = build_repo(tmp_path / "repo", [
        {"a.py": "def f():\n    return 1\n", "b.py": "from a import f\n\nf()\n"},
        {"a.py": "def g():\n    return 1\n"},
    ])
    args = ["--cache-dir", str(tmp_path / "cache"), "diff", "HEAD~1", "HEAD", "--format", "json"]
    plain = subprocess.run([sys.executable, "-X", "importtime", "-m", "impact", *args], cwd=repo,
                           capture_output=True, text=True, check=False)
    modules = {line.split("|")[-1].strip() for line in plain.stderr.splitlines()
               if line.startswith("import time:")}
    assert "impact.commands" in modules and not modules & {"typer", "click", "impact.cli"}
    with_typer = "import sys; from impact.cli import main; sys.argv[0] = 'impact'; main()"
    through_typer = subprocess.run([sys.executable, "-c", with_typer, *args], cwd=repo,
                                   capture_output=True, text=True, check=False)
    assert (plain.returncode, plain.stdout) == (through_typer.returncode, through_typer.stdout)
    assert plain.returncode == 1 and json.loads(plain.stdout)["findings"][0]["code"] == "IMP101"
