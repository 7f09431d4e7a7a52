"""The GitHub Action: `action.yml` installs a pinned impact-diff into a virtual environment of
its own and runs `python -m impact.action` there, in the checked-out repository.

What it compares comes from the event: a pull request's base commit, a push's previous head
(the parent of HEAD when the push created the branch), a merge group's base, or the `base`
input. When the checkout lacks a commit it needs (a shallow `actions/checkout`), it fetches it
from `origin`, or says in one line how to check out instead.

The work is done by the command line, as a user would run it: the Markdown report goes to the
job summary and decides the step's status, `--format github` prints the annotations, SARIF is
written when asked, and on a pull request `impact comment` posts the sticky comment. A comment
that cannot be posted — a pull request from a fork gets a read-only token — is one line and
changes nothing else; a push has no pull request to comment on, which is one notice.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PULL_REQUEST_EVENTS = ("pull_request", "pull_request_target")
SHA = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


class ActionError(Exception):
    """Why the action cannot run: one line, exit status 2."""


@dataclass(frozen=True)
class Inputs:
    """The action's inputs, which action.yml passes in the environment."""

    base: str  # empty: from the event
    comment: bool
    sarif: str  # empty: none
    fail_on_error: bool

    @classmethod
    def from_environment(cls, env: Mapping[str, str]) -> Inputs:
        return cls(base=env.get("IMPACT_BASE", "").strip(),
                   comment=_flag(env, "IMPACT_COMMENT", True),
                   sarif=env.get("IMPACT_SARIF", "").strip(),
                   fail_on_error=_flag(env, "IMPACT_FAIL_ON_ERROR", True))


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    value = env.get(name, "").strip().lower()
    if not value:
        return default
    if value not in ("true", "false"):
        raise ActionError(f"{name.removeprefix('IMPACT_').lower().replace('_', '-')} must be "
                          f"\"true\" or \"false\", not {value!r}")
    return value == "true"


@dataclass(frozen=True)
class Comparison:
    """What to compare HEAD with, and what kind of run this is."""

    base: str | None  # a revision; None: nothing to compare
    pull_request: bool  # there is a pull request to comment on
    fork: bool  # ... from a fork (its token is read-only)
    notice: str  # one line to show on the run, or ""


def what_to_compare(event_name: str, event: dict, inputs: Inputs, head_parents: list[str]) -> Comparison:
    """From the event (and the `base` input, which wins)."""
    pr = event.get("pull_request") if event_name in PULL_REQUEST_EVENTS else None
    if isinstance(pr, dict):
        head_repo = ((pr.get("head") or {}).get("repo") or {}).get("full_name")
        base_repo = ((pr.get("base") or {}).get("repo") or {}).get("full_name")
        fork = bool(head_repo and base_repo and head_repo != base_repo)
        base = inputs.base or (pr.get("base") or {}).get("sha")
        if not base:
            raise ActionError("the pull request event has no base sha: set the action's `base` input")
        return Comparison(base, True, fork, "")
    if inputs.base:
        return Comparison(inputs.base, False, False, "")
    if event_name == "push":
        return _push(event, head_parents)
    if event_name == "merge_group":
        base = (event.get("merge_group") or {}).get("base_sha")
        if base:
            return Comparison(base, False, False, "")
    raise ActionError(f"nothing to compare on a {event_name or 'run without an'} event: set the "
                      "action's `base` input (a revision to compare HEAD with)")


def _push(event: dict, head_parents: list[str]) -> Comparison:
    before = event.get("before") or ""
    if before.strip("0"):  # all zeros: the push created the branch
        return Comparison(before, False, False, "impact: a push, not a pull request: no comment; "
                          "the report is in the job summary")
    if head_parents:
        return Comparison(head_parents[0], False, False, "impact: a push that created the branch: "
                          "its last commit is compared with its parent, no comment; the report "
                          "is in the job summary")
    return Comparison(None, False, False, "impact: a push of a first commit: nothing to compare")


# -- git: what the checkout has, and fetching what it lacks ----------------------------------


def git(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise ActionError(f"git {args[0]} failed: {_last_line(result.stderr)}")
    return result


def has_commit(revision: str) -> bool:
    return git("cat-file", "-e", f"{revision}^{{commit}}", check=False).returncode == 0


def head_parents() -> list[str]:
    """The parents HEAD's commit names (read from the commit itself: a shallow checkout has
    them even when it lacks the commits)."""
    raw = git("cat-file", "commit", "HEAD", check=False)
    if raw.returncode != 0:
        raise ActionError("HEAD is not a commit here: run the action after actions/checkout")
    header = raw.stdout.split("\n\n", 1)[0]
    return [line.split()[1] for line in header.splitlines() if line.startswith("parent ")]


def is_shallow() -> bool:
    return git("rev-parse", "--is-shallow-repository", check=False).stdout.strip() == "true"


def fetch(sha: str, history: bool) -> None:
    """Fetch a commit the checkout lacks from `origin` (one commit deep in a shallow checkout),
    or, when `history` is needed (a merge base) and the checkout is shallow, all of it."""
    shallow = is_shallow()
    if has_commit(sha) and not (history and shallow):
        return
    depth = ["--unshallow"] if history and shallow else ["--depth=1"] if shallow else []
    what = f"the history of {sha[:12]}" if history else sha[:12]
    print(f"impact: fetching {what} from origin (the checkout lacks it)", flush=True)
    fetched = git("fetch", "--no-tags", "--quiet", *depth, "origin", sha, check=False)
    if fetched.returncode != 0:
        raise ActionError(f"the checkout lacks {what} and `git fetch origin` failed "
                          f"({_last_line(fetched.stderr)}): check out with `fetch-depth: 0` "
                          "(actions/checkout)")


def revisions(base: str, pull_request: bool, parents: list[str]) -> list[str]:
    """BASE and HEAD to compare: `base` itself, or for a pull request whose checkout is not
    GitHub's merge commit (a checkout of its head) the merge base, as GitHub shows the change.
    A commit the checkout lacks is fetched (a base given by name must be there)."""
    from_merge_base = pull_request and base not in parents
    if SHA.fullmatch(base):
        fetch(base, history=from_merge_base)
    if not from_merge_base:
        return [base, "HEAD"]
    merge_base = git("merge-base", base, "HEAD", check=False)
    if merge_base.returncode != 0:
        raise ActionError(f"no merge base of {base[:12]} and HEAD: check out with "
                          "`fetch-depth: 0` (actions/checkout)")
    return [merge_base.stdout.strip(), "HEAD"]


# -- running impact ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    status: int
    stderr: str


def impact(*args: str, echo_failure: bool = True) -> Run:
    """The command line, its standard error passed on to the log unless it failed and
    `echo_failure` is false (its standard output goes there directly: the annotations)."""
    sys.stdout.flush()
    result = subprocess.run([sys.executable, "-m", "impact", *args], stderr=subprocess.PIPE,
                            text=True, check=False)
    if result.returncode != 2 or echo_failure:
        sys.stderr.write(result.stderr)
        sys.stderr.flush()
    return Run(result.returncode, result.stderr)


def workflow_command(kind: str, message: str) -> str:
    """`::notice::message` and the like, with the message escaped as the runner reads it."""
    escaped = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::{kind}::{escaped}"


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].removeprefix("impact: error: ") if lines else "no message"


def _append(path: str | None, text: str) -> None:
    if path:
        with open(path, "a", encoding="utf-8") as stream:
            stream.write(text)


def analyse(compare: list[str], inputs: Inputs, report: Path, env: Mapping[str, str],
            comparison: Comparison) -> int:
    """Run the report, the annotations, SARIF and the comment; the report's exit status."""
    run = impact("diff", *compare, "--format", "markdown", "--output-file", str(report))
    if run.status == 2:
        raise ActionError(_last_line(run.stderr))
    _append(env.get("GITHUB_STEP_SUMMARY"), report.read_text(encoding="utf-8"))
    impact("diff", *compare, "--format", "github", "--quiet")
    if inputs.sarif:
        sarif = impact("diff", *compare, "--format", "sarif", "--quiet", "--output-file", inputs.sarif)
        if sarif.status == 2:
            raise ActionError(f"cannot write SARIF to {inputs.sarif}: {_last_line(sarif.stderr)}")
    if comparison.pull_request and inputs.comment:
        _comment(compare, comparison, report)
    return run.status


def _comment(compare: list[str], comparison: Comparison, report: Path) -> None:
    posted = impact("comment", "--base", compare[0], "--head", compare[1], "--output",
                    str(report.with_suffix(".comment.md")), echo_failure=False)
    if posted.status != 2:
        return
    why = _last_line(posted.stderr)
    if comparison.fork:
        print(workflow_command("notice", f"impact: no pull-request comment ({why}): a pull "
                               "request from a fork gets a read-only token; the report is in the "
                               "job summary and the annotations"), flush=True)
    else:
        print(workflow_command("warning", f"impact: no pull-request comment ({why}); the report "
                               "is in the job summary and the annotations (a refused comment "
                               "needs `permissions: pull-requests: write`)"), flush=True)


def main() -> int:
    env = os.environ
    try:
        inputs = Inputs.from_environment(env)
        event = _event(env.get("GITHUB_EVENT_PATH"))
        parents = head_parents()
        comparison = what_to_compare(env.get("GITHUB_EVENT_NAME", ""), event, inputs, parents)
        if comparison.notice:
            print(workflow_command("notice", comparison.notice), flush=True)
        if comparison.base is None:
            _append(env.get("GITHUB_STEP_SUMMARY"), "impact: nothing to compare.\n")
            _outputs(env, report=None, status=0)
            return 0
        compare = revisions(comparison.base, comparison.pull_request, parents)
        report = Path(env.get("RUNNER_TEMP") or ".") / "impact-report.md"
        status = analyse(compare, inputs, report, env, comparison)
    except ActionError as error:
        print(workflow_command("error", f"impact: {error}"), flush=True)
        _append(env.get("GITHUB_STEP_SUMMARY"), f"impact could not run: {error}\n")
        _outputs(env, report=None, status=2)
        return 2
    _outputs(env, report=report, status=status)
    return 1 if status == 1 and inputs.fail_on_error else 0


def _event(path: str | None) -> dict:
    if not path:
        return {}
    try:
        event = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ActionError(f"cannot read the event (GITHUB_EVENT_PATH={path}): {error}") from None
    return event if isinstance(event, dict) else {}


def _outputs(env: Mapping[str, str], report: Path | None, status: int) -> None:
    _append(env.get("GITHUB_OUTPUT"), f"report={report or ''}\nexit-code={status}\n")


if __name__ == "__main__":
    sys.exit(main())
