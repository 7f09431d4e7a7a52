"""`--help` as click prints it (options, metavars and literal text as written) and shell
completion, through the real console entry point."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from impact.cli import app

COMMANDS = ["", "diff", "fix", "init", "comment", "graph", "affected", "rules", "cache"]


def impact(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "impact", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, check=False)


def help_text(*args: str, columns: int):
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(app, [*args, "--help"],
                                                             prog_name="impact")
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("columns", [50, 80, 120])
def test_help_is_plain_text_with_literal_brackets_and_whole_choices(columns):
    for command in COMMANDS:
        text = help_text(*command.split(), columns=columns)
        assert not re.search(r"<[a-z][a-z\[\] ,|]*>", text), (command, text)  # no <bool>, <path>
        assert not any(line != line.rstrip() for line in text.splitlines()), command
        assert "╭" not in text and "│" not in text and "…" not in text, command
    diff = help_text("diff", columns=columns)
    assert "[tool.impact]" in diff  # in --config's help: rich markup took it for a tag
    assert "[text|json|markdown|sarif|github|vscode]" in diff  # never cut inside
    assert "Usage: impact diff [OPTIONS] [BASE [HEAD]]" in diff  # typer < 0.29 adds no "..."
    assert "-o, --output-file FILE" in diff and "--select CODES" in diff
    assert "[tool.impact]" in help_text("init", columns=columns)
    assert "[tool.impact]" in help_text(columns=columns)


def test_shell_completion_script_and_completions_for_bash():
    # `--show-completion` is for the shell it runs in (found among its parent processes):
    # run from bash, whatever runs the tests; a shell named through the environment
    # (`; exit $?`: bash would otherwise exec the one command, and leave no bash above it)
    shown = subprocess.run(["bash", "-c", f'"{sys.executable}" -m impact --show-completion; exit $?'],
                           capture_output=True, text=True, check=False)
    named = impact(_IMPACT_COMPLETE="source_bash")
    for script in (shown, named):
        assert script.returncode == 0, script.stderr
        assert "_IMPACT_COMPLETE=complete_bash" in script.stdout
        assert "complete -o default -F _impact_completion impact" in script.stdout
    assert "#compdef impact" in impact(_IMPACT_COMPLETE="source_zsh").stdout
    commands = impact(_IMPACT_COMPLETE="complete_bash", COMP_WORDS="impact di", COMP_CWORD="1")
    assert commands.stdout.split() == ["diff"]
    formats = impact(_IMPACT_COMPLETE="complete_bash", COMP_WORDS="impact diff --format s",
                     COMP_CWORD="3")
    assert formats.stdout.split() == ["sarif"]
    assert "--install-completion" in help_text(columns=80)
