"""Output that cannot be turned against its reader: control characters, line breaks and bidi
overrides that come from file names, source lines and revisions are shown as escapes in every
line-based format and on stderr, so a file cannot clear the terminal, set its title or forge
a workflow command in a CI log; binary files show no bytes; JSON and SARIF keep the exact
names, written as escapes."""

from __future__ import annotations

import json
import re

import pytest
from conftest import run_impact

# What a terminal or a CI log would act on: C0 controls but tab, DEL, C1 controls, the line
# and paragraph separators, the bidi marks, embeddings, overrides and isolates.
CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")

NAME = "ev\x1b]0;pwned\x07il\r\n::error file=x::forged\u202e.py"  # git allows all of it
SOURCE = ("from pkg.util import nothing  # \x1b[2J\x1b]0;title\x07 \x9b31m \u202e \x7f\x0b end\n"
          "from pkg.fast import compiled\n")
BASE = {"pkg/__init__.py": "", "pkg/util.py": "def helper(x):\n    return x\n",
        "pkg/fast.so": b"\x7fELF", "pkg/blob.py": "x = 1\n"}
CHANGE = {NAME: SOURCE, "pkg/blob.py": b"x = 1\0\x1b]0;BLOBTITLE\x07\n"}


@pytest.fixture
def hostile_repo(repo_factory):
    return repo_factory([BASE, CHANGE])


def lines_of(text: str) -> list[str]:
    assert text.endswith("\n")
    return text[:-1].split("\n")


@pytest.mark.parametrize("fmt", ["text", "vscode", "github", "markdown"])
def test_line_formats_show_control_characters_as_escapes(hostile_repo, fmt):
    result = run_impact(hostile_repo, "diff", "HEAD~1", "HEAD", "--format", fmt)
    assert result.exit_code == 1, result.stderr
    for line in lines_of(result.stdout):
        assert not CONTROL.search(line), repr(line)
        if fmt == "github":  # every line is one of impact's annotations
            assert re.match(r"::(error|warning) file=[^:]*,line=\d+,col=\d+,title=IMP\d+ [a-z-]+::",
                            line), line
        else:
            assert not line.lstrip().startswith("::"), line
    assert "x1b" in result.stdout and "pwned" in result.stdout  # shown, as escapes
    assert "BLOBTITLE" not in result.stdout
    # stderr: the warning names the importer, the hostile file, on one visible line
    assert result.stderr.startswith("impact: warning: names imported from 1 module(s)")
    assert len(lines_of(result.stderr)) == 1 and not CONTROL.search(result.stderr[:-1])
    assert "ev\\x1b]0;pwned\\x07il\\r\\n::error file=x::forged\\u202e.py:2" in result.stderr


def test_each_line_format_shows_the_same_escapes(hostile_repo):
    def out(fmt: str) -> str:
        return run_impact(hostile_repo, "diff", "HEAD~1", "HEAD", "--format", fmt).stdout

    shown = "ev\\x1b]0;pwned\\x07il\\r\\n::error file=x::forged\\u202e.py"
    assert out("vscode").startswith(f"{shown}:1:22: error IMP101 `nothing` is imported")
    text = out("text")
    assert text.startswith(f"{shown}\n")
    assert "from pkg.util import nothing  # \\x1b[2J\\x1b]0;title\\x07 \\x9b31m \\u202e" in text
    # github: the runner's own escapes for `%`, CR, LF, and `:` `,` in properties; the rest visible
    assert out("github").startswith(
        "::error file=ev\\x1b]0;pwned\\x07il%0D%0A%3A%3Aerror file=x%3A%3Aforged\\u202e.py,line=1,")


def test_binary_file_shows_no_bytes(hostile_repo):
    for fmt in ("text", "markdown"):
        result = run_impact(hostile_repo, "diff", "HEAD~1", "HEAD", "--format", fmt)
        assert "pkg/blob.py" in result.stdout and "binary content" in result.stdout
        assert "BLOBTITLE" not in result.stdout and "x = 1" not in result.stdout


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_structured_formats_keep_exact_names_as_escapes(hostile_repo, fmt):
    result = run_impact(hostile_repo, "diff", "HEAD~1", "HEAD", "--format", fmt)
    assert not any(CONTROL.search(line) for line in lines_of(result.stdout))
    document = json.loads(result.stdout)
    if fmt == "json":
        files = {f["file"] for f in document["findings"]}
    else:
        files = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                 for r in document["runs"][0]["results"]}
    assert NAME in files  # the data is exact: only its writing is escaped


def test_errors_show_hostile_input_as_escapes(repo_factory):
    repo = repo_factory([BASE])
    result = run_impact(repo, "diff", "x\x1b]0;t\x07\nimpact: error: forged")
    assert result.exit_code == 2
    assert len(lines_of(result.stderr)) == 1 and not CONTROL.search(result.stderr[:-1])
    assert "x\\x1b]0;t\\x07\\nimpact: error: forged" in result.stderr


@pytest.mark.parametrize("fmt", ["dot", "graphml"])
def test_graph_output_shows_hostile_names_as_escapes(hostile_repo, fmt):
    result = run_impact(hostile_repo, "graph", "HEAD", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert not any(CONTROL.search(line) for line in lines_of(result.stdout))
    assert "\\x1b]0;pwned" in result.stdout
