"""What the README and docs/ show works when copied: the names, versions and paths they give
exist, and the workflows run as written."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import git

import impact

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]}
DISTRIBUTION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
TRACKED = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.splitlines()
TOP = sorted({path.split("/")[0] for path in TRACKED if "/" in path})


def yaml_blocks(text: str) -> list[dict]:
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)]


def mentioned_paths(text: str) -> set[str]:
    """Files and directories of this repository a document points to: link targets, code
    spans that are a path under one of its top-level directories (not a `dir/` pattern), and
    file names under them anywhere, code blocks included."""
    links = {link for link in re.findall(r"\]\(([^)\s]+)\)", text)
             if not re.match(r"[a-z]+:", link) and not link.startswith("#")}
    spans = {span for span in re.findall(r"`([^`\s]+)`", text)
             if "/" in span and span.split("/")[0] in TOP and not span.endswith("/") and "*" not in span}
    top = "|".join(re.escape(name) for name in TOP)
    files = set(re.findall(rf"(?<![\w/.-])((?:{top})/[\w./-]*\.(?:md|py|sh|json|ya?ml|toml|scm))\b",
                           text))
    return links | spans | files


@pytest.mark.parametrize("document", DOCS)
def test_every_path_a_document_points_to_is_in_a_clone(document):
    text = DOCS[document]
    base = (ROOT / document).parent
    paths = mentioned_paths(text)
    assert paths or document != "README.md"
    tracked = set(TRACKED) | {str(Path(p).parent.as_posix()) for p in TRACKED}
    missing = [path for path in sorted(paths)
               if (base / path).resolve().relative_to(ROOT).as_posix() not in tracked]
    assert missing == []
    outside = re.findall(r"(?:\.\./)+[\w./-]+\.md\b", text)  # documentation outside the clone
    assert outside == []


def test_the_readme_says_how_to_install_before_how_to_use():
    install = README.index("## Install")
    assert install < README.index("## Quick start") < README.index("## Using it")
    section = README[install:README.index("## Quick start")]
    for command in (f"pipx install {DISTRIBUTION}", f"uv tool install {DISTRIBUTION}",
                    f"pip install {DISTRIBUTION}", "pipx install ."):
        assert command in section
    assert f"impact {impact.__version__}" in section  # what `impact --version` prints


def test_the_distribution_name_is_used_everywhere():
    sarif = (ROOT / "impact" / "report" / "sarif_report.py").read_text(encoding="utf-8")
    assert f'"informationUri": "https://pypi.org/project/{DISTRIBUTION}/"' in sarif
    assert (ROOT / "pyproject.toml").read_text().count(f'version = "{impact.__version__}"') == 1
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "impact" and hooks[0]["name"].startswith(DISTRIBUTION)


def test_the_pre_commit_snippet_installs_the_release_from_pypi():
    """No repository URL that does not exist: a local hook pre-commit installs from PyPI,
    the same hook as .pre-commit-hooks.yaml declares."""
    [config] = [block for block in yaml_blocks(README) if "repos" in block]
    [repo] = config["repos"]
    assert repo["repo"] == "local"
    [hook] = repo["hooks"]
    assert hook["additional_dependencies"] == [f"{DISTRIBUTION}=={impact.__version__}"]
    [declared] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for key in ("id", "entry", "language", "pass_filenames", "always_run", "types_or"):
        assert hook[key] == declared[key], key


@pytest.mark.parametrize("document", DOCS)
def test_no_placeholder_for_a_repository_that_does_not_exist(document):
    assert re.findall(r"OWNER/\w+", DOCS[document]) == []


def sarif_workflow() -> dict:
    [workflow] = [block for block in yaml_blocks(README) if "jobs" in block
                  and "upload-sarif" in json.dumps(block)]
    return workflow


def test_the_readme_sarif_workflow_has_what_it_needs():
    workflow = sarif_workflow()
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["impact"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@") and steps[0]["with"]["fetch-depth"] == 0
    assert any(step.get("run") == f"pipx install {DISTRIBUTION}=={impact.__version__}" for step in steps)
    assert not any("|| true" in step.get("run", "") for step in steps)


@pytest.mark.parametrize("change, status", [
    ({"pkg/util.py": "def other():\n    pass\n"}, 0),  # findings: uploaded, the job goes on
    (None, 2),  # impact cannot run: the job fails
])
def test_the_readme_sarif_workflow_runs_as_written(repo_factory, tmp_path, change, status):
    base = {"pkg/__init__.py": "", "pkg/util.py": "def helper(x):\n    return x\n",
            "app.py": "from pkg.util import helper\n"}
    repo = repo_factory([base, change or {"app.py": "print(1)\n"}])
    base_sha = git(repo, "rev-parse", "HEAD~1").strip() if change else "f" * 40
    [step] = [step for step in sarif_workflow()["jobs"]["impact"]["steps"]
              if step.get("run", "").startswith("impact ")]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           **{name: value.replace("${{ github.event.pull_request.base.sha }}", base_sha)
                            for name, value in step["env"].items()}}
    result = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=repo, env=env, capture_output=True,
                            text=True, check=False)
    assert result.returncode == status, result.stderr
    if status == 0:
        sarif = json.loads((repo / "impact.sarif").read_text())
        assert "IMP101" in [r["ruleId"] for r in sarif["runs"][0]["results"]]
    else:
        assert result.stderr.startswith("impact: error: ") and len(result.stderr.splitlines()) == 1


def test_the_action_workflow_in_the_docs_has_what_it_needs():
    [workflow] = yaml_blocks(DOCS["docs/github-action.md"])
    permissions = workflow["permissions"]
    assert permissions["pull-requests"] == "write" and permissions["security-events"] == "write"
    assert set(workflow[True]) == {"pull_request", "push"}  # YAML reads the `on:` key as True
    steps = workflow["jobs"]["impact"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    assert steps[1]["uses"] == "./.github/actions/impact"  # this repository's action.yml, copied
    assert steps[1]["with"]["sarif"] == steps[2]["with"]["sarif_file"]
    upload = steps[2]["if"]
    assert "!cancelled()" in upload and "hashFiles('impact.sarif')" in upload  # after findings,
    assert "head.repo.full_name == github.repository" in upload  # not from a fork
