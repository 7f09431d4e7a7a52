"""The layers of the code, as the import-linter contracts in pyproject.toml state them:
reporters know only the report, checks import neither parsers nor resolvers nor git, rule
families are independent, the model depends on nothing of impact, and the layers from the
command line down to the model import only downwards (no import circle)."""

from __future__ import annotations

import os
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_every_import_linter_contract_is_kept(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    output = capsys.readouterr().out
    assert status == 0, output
    assert "0 broken" in output
