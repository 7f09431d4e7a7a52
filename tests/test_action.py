"""The GitHub Action: the step action.yml runs, as written, against real repositories and the
local fake GitHub API — a pull request, one from a fork whose token cannot comment, a push, a
shallow checkout — and the install it pins."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from conftest import git
from github_server import FakeGitHub

import impact

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
DISTRIBUTION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
TOKEN = "ghp_FAKE0TOKEN0impact0action0test"
BASE = {"pkg/__init__.py": "", "pkg/util.py": "def helper(x):\n    return x\n",
        "app.py": "from pkg.util import helper\n\nprint(helper(1))\n"}
BREAKING = {"pkg/util.py": "def other():\n    pass\n"}
CLEAN = {"pkg/util.py": "def helper(x):\n    return x + 1\n"}


class ReadOnlyGitHub(FakeGitHub):
    """GitHub as the token of a pull request from a fork sees it: it reads, it cannot write."""

    def _handler(self):
        fake = self

        class ReadOnly(super()._handler()):
            def _refuse(self) -> None:
                self._body()
                fake.requests.append((self.command, self.path.split("?")[0], dict(self.headers)))
                self._send(403, {"message": "Resource not accessible by integration"})

            do_POST = _refuse
            do_PATCH = _refuse

        return ReadOnly


@dataclass(frozen=True)
class ActionRun:
    exit_code: int
    stdout: str
    stderr: str
    summary: str
    outputs: dict[str, str]

    def commands(self, kind: str) -> list[str]:
        return [line for line in self.stdout.splitlines() if line.startswith(f"::{kind}")]


def analyse_step() -> dict:
    return next(step for step in ACTION["runs"]["steps"] if step.get("id") == "analyse")


def expression(value: str, inputs: dict[str, str]) -> str:
    """`${{ ... }}` in the analyse step's env, as the runner would fill it in."""
    def fill(match: re.Match) -> str:
        name = match.group(1).strip()
        if name.startswith("inputs."):
            return inputs[name.removeprefix("inputs.")]
        if name == "steps.install.outputs.python":
            return sys.executable  # the virtual environment impact is installed in
        raise AssertionError(f"unexpected expression {name}")
    return re.sub(r"\$\{\{(.*?)\}\}", fill, value)


def run_action(repo: Path, tmp_path: Path, event_name: str, event: dict,
               server: FakeGitHub | None = None, **inputs: str) -> ActionRun:
    """The analyse step of action.yml, through bash as the runner runs it, in `repo`."""
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    values.update({"github-token": TOKEN, **{k.replace("_", "-"): v for k, v in inputs.items()}})
    step = analyse_step()
    event_path, summary, output = (tmp_path / "event.json", tmp_path / "summary.md",
                                   tmp_path / "output.txt")
    event_path.write_text(json.dumps(event))
    summary.write_text("")
    output.write_text("")
    env = {**os.environ, **{key: expression(str(value), values) for key, value in step["env"].items()},
           "GITHUB_EVENT_NAME": event_name, "GITHUB_EVENT_PATH": str(event_path),
           "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(output),
           "GITHUB_REPOSITORY": server.repository if server else "acme/shop",
           "GITHUB_API_URL": server.url if server else "http://127.0.0.1:9", "RUNNER_TEMP": str(tmp_path)}
    directory = repo / expression(step.get("working-directory", "."), values)
    result = subprocess.run(["bash", "-c", step["run"]], cwd=directory,
                            env=env, capture_output=True, text=True, check=False)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)
    return ActionRun(result.returncode, result.stdout, result.stderr, summary.read_text(), outputs)


def pull_request_event(repo: Path, number: int = 7, fork: bool = False) -> dict:
    head_repo = "stranger/shop" if fork else "acme/shop"
    return {"number": number, "pull_request": {
        "number": number, "base": {"sha": git(repo, "rev-parse", "HEAD~1").strip(),
                                   "repo": {"full_name": "acme/shop"}},
        "head": {"sha": git(repo, "rev-parse", "HEAD").strip(), "repo": {"full_name": head_repo}}}}


@pytest.fixture
def breaking_repo(repo_factory):
    return repo_factory([BASE, BREAKING])


def test_pull_request_comment_summary_annotations_and_status(breaking_repo, tmp_path):
    with FakeGitHub() as server:
        run = run_action(breaking_repo, tmp_path, "pull_request", pull_request_event(breaking_repo),
                         server)
    assert run.exit_code == 1, run.stdout + run.stderr
    assert len(server.comments) == 1 and "IMP101" in server.comments[0]["body"]
    assert "IMP101" in run.summary and "helper" in run.summary
    assert any("file=app.py,line=1" in line for line in run.commands("error"))
    assert run.commands("notice") == [] and run.commands("warning") == []
    assert run.outputs["exit-code"] == "1" and Path(run.outputs["report"]).read_text() == run.summary
    assert TOKEN not in run.stdout + run.stderr + run.summary


def test_fork_pull_request_keeps_the_report_when_the_comment_is_refused(breaking_repo, tmp_path):
    with ReadOnlyGitHub() as server:
        run = run_action(breaking_repo, tmp_path, "pull_request",
                         pull_request_event(breaking_repo, fork=True), server)
    assert ("POST", f"/repos/acme/shop/issues/{server.number}/comments") in \
        [(method, path) for method, path, _ in server.requests]  # it tried, and was refused
    assert server.comments == []
    assert run.exit_code == 1  # the findings decide, not the refused comment
    assert "IMP101" in run.summary
    assert any("file=app.py,line=1" in line for line in run.commands("error"))
    [notice] = run.commands("notice")
    assert "403" in notice and "fork" in notice and "job summary" in notice
    assert run.commands("warning") == []
    assert TOKEN not in run.stdout + run.stderr + run.summary


def test_fork_pull_request_without_errors_passes(repo_factory, tmp_path):
    repo = repo_factory([BASE, CLEAN])
    with ReadOnlyGitHub() as server:
        run = run_action(repo, tmp_path, "pull_request", pull_request_event(repo, fork=True), server)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "impact" in run.summary and "IMP101" not in run.summary
    assert run.commands("error") == []


def test_fail_on_error_false_reports_without_failing(breaking_repo, tmp_path):
    with ReadOnlyGitHub() as server:
        run = run_action(breaking_repo, tmp_path, "pull_request",
                         pull_request_event(breaking_repo, fork=True), server, fail_on_error="false")
    assert run.exit_code == 0 and "IMP101" in run.summary and run.outputs["exit-code"] == "1"


def test_a_refused_comment_on_a_pull_request_from_the_same_repository_is_a_warning(breaking_repo,
                                                                                tmp_path):
    with ReadOnlyGitHub() as server:
        run = run_action(breaking_repo, tmp_path, "pull_request", pull_request_event(breaking_repo),
                         server)
    [warning] = run.commands("warning")
    assert "403" in warning and "pull-requests: write" in warning
    assert run.exit_code == 1 and "IMP101" in run.summary


def test_push_reports_with_one_notice_and_no_comment(breaking_repo, tmp_path):
    event = {"before": git(breaking_repo, "rev-parse", "HEAD~1").strip(),
             "after": git(breaking_repo, "rev-parse", "HEAD").strip()}
    with FakeGitHub() as server:
        run = run_action(breaking_repo, tmp_path, "push", event, server)
    assert server.requests == []  # no pull request: the API is not even asked
    [notice] = run.commands("notice")
    assert "push" in notice and "no comment" in notice
    assert run.exit_code == 1 and "IMP101" in run.summary
    assert any("file=app.py,line=1" in line for line in run.commands("error"))


def test_push_that_creates_a_branch_compares_with_the_parent(breaking_repo, tmp_path):
    run = run_action(breaking_repo, tmp_path, "push", {"before": "0" * 40, "created": True})
    [notice] = run.commands("notice")
    assert "created the branch" in notice
    assert run.exit_code == 1 and "IMP101" in run.summary


def test_push_of_a_first_commit_has_nothing_to_compare(repo_factory, tmp_path):
    repo = repo_factory([BASE])
    run = run_action(repo, tmp_path, "push", {"before": "0" * 40, "created": True})
    assert run.exit_code == 0 and run.commands("notice") == [
        "::notice::impact: a push of a first commit: nothing to compare"]


def clone(origin: Path, dest: Path, *args: str) -> Path:
    git(origin, "clone", "-q", *args, origin.as_uri(), str(dest))
    return dest


def test_shallow_pull_request_checkout_fetches_the_base(breaking_repo, tmp_path):
    event = pull_request_event(breaking_repo)
    checkout = clone(breaking_repo, tmp_path / "checkout", "--depth=1")
    base = event["pull_request"]["base"]["sha"]
    assert subprocess.run(["git", "cat-file", "-e", base], cwd=checkout, capture_output=True,
                          check=False).returncode != 0
    run = run_action(checkout, tmp_path, "pull_request", event, comment="false")
    assert run.exit_code == 1, run.stdout + run.stderr
    assert "IMP101" in run.summary and run.commands("error")[0].startswith("::error file=app.py")
    assert git(checkout, "cat-file", "-t", base).strip() == "commit"


def test_shallow_checkout_of_a_pull_request_head_fetches_the_history(repo_factory, tmp_path):
    # the base branch moved on after the pull request branched: HEAD is the PR's own head
    origin = repo_factory([BASE])
    fork_point = git(origin, "rev-parse", "HEAD").strip()
    git(origin, "checkout", "-q", "-b", "feature")
    (origin / "pkg" / "util.py").write_text(BREAKING["pkg/util.py"])
    git(origin, "commit", "-qam", "break")
    git(origin, "checkout", "-q", "main")
    (origin / "other.py").write_text("from pkg.util import helper\n")  # only in base: not the PR's
    git(origin, "add", "-A")
    git(origin, "commit", "-qm", "base moves on")
    event = {"pull_request": {"number": 7, "base": {"sha": git(origin, "rev-parse", "HEAD").strip()},
                              "head": {"sha": git(origin, "rev-parse", "feature").strip()}}}
    checkout = clone(origin, tmp_path / "checkout", "--depth=1", "--branch", "feature")
    run = run_action(checkout, tmp_path, "pull_request", event, comment="false")
    assert run.exit_code == 1, run.stdout + run.stderr
    assert git(checkout, "merge-base", "HEAD", event["pull_request"]["base"]["sha"]).strip() == \
        fork_point
    assert "app.py" in run.summary and "other.py" not in run.summary


def test_shallow_checkout_without_origin_says_how_in_one_line(breaking_repo, tmp_path):
    event = pull_request_event(breaking_repo)
    checkout = clone(breaking_repo, tmp_path / "checkout", "--depth=1")
    git(checkout, "remote", "remove", "origin")
    run = run_action(checkout, tmp_path, "pull_request", event, comment="false")
    assert run.exit_code == 2
    [error] = run.commands("error")
    assert "fetch-depth: 0" in error and "Traceback" not in run.stderr
    assert run.outputs["exit-code"] == "2" and "impact could not run" in run.summary


def test_an_event_without_a_base_needs_the_base_input(breaking_repo, tmp_path):
    run = run_action(breaking_repo, tmp_path, "workflow_dispatch", {})
    assert run.exit_code == 2 and "`base` input" in run.commands("error")[0]
    run = run_action(breaking_repo, tmp_path, "workflow_dispatch", {}, base="HEAD~1")
    assert run.exit_code == 1 and "IMP101" in run.summary


def test_an_unknown_base_fails_the_step_with_impacts_reason(breaking_repo, tmp_path):
    run = run_action(breaking_repo, tmp_path, "workflow_dispatch", {}, base="no-such-branch")
    assert run.exit_code == 2
    [error] = run.commands("error")
    assert "no-such-branch" in error and "impact could not run" in run.summary


def test_sarif_is_written_when_asked(breaking_repo, tmp_path):
    run = run_action(breaking_repo, tmp_path, "workflow_dispatch", {}, base="HEAD~1",
                     sarif="impact.sarif")
    assert run.exit_code == 1
    sarif = json.loads((breaking_repo / "impact.sarif").read_text())
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]].count("IMP101") == 1


def test_an_input_that_is_not_a_boolean_is_one_line(breaking_repo, tmp_path):
    run = run_action(breaking_repo, tmp_path, "workflow_dispatch", {}, base="HEAD~1", comment="yes")
    assert run.exit_code == 2 and run.commands("error") == [
        "::error::impact: comment must be \"true\" or \"false\", not 'yes'"]


# -- what action.yml installs and how ------------------------------------------------------


def test_the_action_installs_the_pinned_release_in_a_virtual_environment_of_its_own():
    steps = ACTION["runs"]["steps"]
    python = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["update-environment"] is False  # the job's Python is not changed
    install = next(step for step in steps if step.get("id") == "install")
    requirement = f'"${{IMPACT_PACKAGE:-{DISTRIBUTION}==$IMPACT_VERSION}}"'
    assert requirement in install["run"]
    assert install["env"]["IMPACT_PACKAGE"] == "${{ inputs.package }}"
    for package, wanted in (("", f"{DISTRIBUTION}==0.2.0"), ("git+https://h/x@v0.2.0", "git+https://h/x@v0.2.0")):
        shown = subprocess.run(["bash", "-c", f"printf %s {requirement}"], capture_output=True, text=True, check=False,
                               env={"IMPACT_PACKAGE": package, "IMPACT_VERSION": "0.2.0", "PATH": os.environ["PATH"]})
        assert shown.stdout == wanted
    assert '-m venv "$venv"' in install["run"] and 'venv="$RUNNER_TEMP/impact-venv"' in install["run"]
    assert ACTION["inputs"]["version"]["default"] == impact.__version__
    assert ACTION["name"] == DISTRIBUTION
    assert analyse_step()["env"]["IMPACT_ACTION_PYTHON"] == "${{ steps.install.outputs.python }}"


def test_no_input_is_pasted_into_a_script():
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step.get("id")
