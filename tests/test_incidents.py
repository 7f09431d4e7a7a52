"""Replays of the production incidents in shared/incidents/, one git commit per step.

`fixtures/prisma-wrapper-export-removal/` and `fixtures/group-chat-removal/` hold the full
tree of every commit (see the README.md beside them). Each test diffs two real commits and
asserts the exact set of findings: every broken site named once, at the right line, and
nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_repo_matches_fixture, checkout, commits, run_impact

RULES = {
    "IMP101": "dangling-import",
    "IMP102": "missing-module",
    "IMP103": "dangling-attribute",
    "IMP104": "undefined-export",
    "IMP105": "undefined-name",
}


def diff(repo: Path, *revisions: str, all_findings: bool = False):
    args = ["diff", *revisions, "--format", "json"]
    if all_findings:
        args.append("--all")
    return run_impact(repo, *args)


def assert_contract(result, expected_keys: list[tuple[str, str, int, str]]) -> None:
    """Exact findings, exit status, and the JSON fields every finding must carry."""
    assert sorted(result.keys()) == sorted(expected_keys), result.stdout
    assert result.json["version"] == 1
    for finding in result.findings:
        assert finding["rule"] == RULES[finding["code"]]
        assert finding["severity"] == "error"
        assert finding["revision"] == "head"
        assert isinstance(finding["column"], int) and finding["column"] >= 1
        assert finding["message"]
    assert result.json["summary"]["errors"] == len(expected_keys)
    assert result.exit_code == (1 if expected_keys else 0), result.stdout + result.stderr


# ---------------------------------------------------------------------------
# prisma-wrapper-export-removal: 1657cc3 (Phase 2), 075b495 (hotfix 1), 01b3b47 (hotfix 2)
# ---------------------------------------------------------------------------

PRISMA = "prisma-wrapper-export-removal"
DB = "src/lib/db.js"

# Findings of `impact diff <parent> <commit>` for each commit of the replay.
PRISMA_EXPECTED = {
    # Incident 1: the import of createRetryablePrismaClient went, the sync fallback call
    # (line 526) and the export (line 758) stayed. Node: "SyntaxError: Export
    # 'createRetryablePrismaClient' is not defined in module".
    "02-phase-2": [
        ("IMP104", DB, 758, "createRetryablePrismaClient"),
        ("IMP105", DB, 526, "createRetryablePrismaClient"),
    ],
    # Incident 2: hotfix 1 removed the whole import; withPrismaRetry is still used in
    # executeWithClient() (73) and db.query() (562) and still exported (760).
    "03-hotfix-1": [
        ("IMP104", DB, 760, "withPrismaRetry"),
        ("IMP105", DB, 73, "withPrismaRetry"),
        ("IMP105", DB, 562, "withPrismaRetry"),
    ],
    # Hotfix 2 re-added `import { withPrismaRetry } from './prismaRetryWrapper.js'`.
    "04-hotfix-2": [],
}


@pytest.fixture
def prisma_repo(fixture_repo):
    return fixture_repo(PRISMA)


def test_prisma_fixture_repo_matches_the_fixture(prisma_repo):
    assert list(commits(prisma_repo)) == [
        "01-before-phase-2",
        "02-phase-2",
        "03-hotfix-1",
        "04-hotfix-2",
    ]
    assert_repo_matches_fixture(prisma_repo, PRISMA)


@pytest.mark.parametrize("commit", list(PRISMA_EXPECTED))
def test_prisma_each_commit_against_its_parent(prisma_repo, commit):
    shas = commits(prisma_repo)
    names = list(shas)
    parent = names[names.index(commit) - 1]

    result = diff(prisma_repo, shas[parent], shas[commit])

    assert_contract(result, PRISMA_EXPECTED[commit])


@pytest.mark.parametrize("commit", ["02-phase-2", "03-hotfix-1"])
def test_prisma_undefined_names_point_at_the_removed_import(prisma_repo, commit):
    """IMP105's origin is where base imported the name: line 2 of db.js in both incidents."""
    shas = commits(prisma_repo)
    names = list(shas)
    parent = names[names.index(commit) - 1]

    result = diff(prisma_repo, shas[parent], shas[commit])

    undefined = [f for f in result.findings if f["code"] == "IMP105"]
    assert undefined, result.stdout
    for finding in undefined:
        assert finding["origin"] == {"file": DB, "line": 2}


def test_prisma_phase_2_as_run_before_deploying(prisma_repo):
    """What the incident report asks for: `impact diff HEAD~1` in the Phase 2 checkout
    (base HEAD~1 against the working tree) names both broken lines."""
    checkout(prisma_repo, commits(prisma_repo)["02-phase-2"])

    result = run_impact(prisma_repo, "diff", "HEAD~1", "--format", "json")

    assert_contract(result, PRISMA_EXPECTED["02-phase-2"])
    (undefined,) = [f for f in result.findings if f["code"] == "IMP105"]
    assert undefined["origin"] == {"file": DB, "line": 2}


def test_prisma_hotfix_1_as_run_before_deploying(prisma_repo):
    checkout(prisma_repo, commits(prisma_repo)["03-hotfix-1"])

    result = run_impact(prisma_repo, "diff", "HEAD~1", "--format", "json")

    assert_contract(result, PRISMA_EXPECTED["03-hotfix-1"])


def test_prisma_whole_incident_nets_out_clean(prisma_repo):
    """Before Phase 2 against after hotfix 2: the wrapper import is narrowed, the export
    list shrinks, nothing is left dangling."""
    result = diff(prisma_repo, "HEAD~3", "HEAD")

    assert_contract(result, [])


def test_prisma_before_and_after_have_no_findings_at_all(prisma_repo):
    """The code before Phase 2 and after hotfix 2 is sound on its own, not just relative
    to its parent: `--all` reports nothing either."""
    shas = commits(prisma_repo)
    first, last = shas["01-before-phase-2"], shas["04-hotfix-2"]

    assert_contract(diff(prisma_repo, first, first, all_findings=True), [])
    assert_contract(diff(prisma_repo, shas["03-hotfix-1"], last, all_findings=True), [])


# ---------------------------------------------------------------------------
# group-chat-removal: the group chat feature is ripped out, three leftovers break the app
# ---------------------------------------------------------------------------

GROUP_CHAT = "group-chat-removal"
API_ROUTES = "worker/src/routes/api.js"
CHAT_TICKET = "dashboard/src/components/ChatTicket.jsx"

GROUP_CHAT_EXPECTED = {
    "02-remove-group-chat": [
        # the controller file is gone, its require() at the top of the routes stayed
        ("IMP102", API_ROUTES, 7, "../controllers/groupChatController"),
        # the frontend API module is gone, the component still imports it
        ("IMP102", CHAT_TICKET, 3, "../api/groupChat"),
        # handleAttach went with the group chat handlers; the attach button still calls it
        ("IMP105", CHAT_TICKET, 97, "handleAttach"),
    ],
    "03-fixed": [],
}


@pytest.fixture
def group_chat_repo(fixture_repo):
    return fixture_repo(GROUP_CHAT)


def test_group_chat_fixture_repo_matches_the_fixture(group_chat_repo):
    assert list(commits(group_chat_repo)) == [
        "01-with-group-chat",
        "02-remove-group-chat",
        "03-fixed",
    ]
    assert_repo_matches_fixture(group_chat_repo, GROUP_CHAT)


@pytest.mark.parametrize("commit", list(GROUP_CHAT_EXPECTED))
def test_group_chat_each_commit_against_its_parent(group_chat_repo, commit):
    shas = commits(group_chat_repo)
    names = list(shas)
    parent = names[names.index(commit) - 1]

    result = diff(group_chat_repo, shas[parent], shas[commit])

    assert_contract(result, GROUP_CHAT_EXPECTED[commit])


def test_group_chat_removed_handler_points_at_its_old_definition(group_chat_repo):
    result = diff(group_chat_repo, "HEAD~2", "HEAD~1")

    (undefined,) = [f for f in result.findings if f["code"] == "IMP105"]
    assert undefined["origin"] == {"file": CHAT_TICKET, "line": 43}


def test_group_chat_removal_as_run_before_deploying(group_chat_repo):
    checkout(group_chat_repo, commits(group_chat_repo)["02-remove-group-chat"])

    result = run_impact(group_chat_repo, "diff", "HEAD~1", "--format", "json")

    assert_contract(result, GROUP_CHAT_EXPECTED["02-remove-group-chat"])


def test_group_chat_clean_removal_nets_out_clean(group_chat_repo):
    """With the feature and every reference to it gone, nothing dangles."""
    result = diff(group_chat_repo, "HEAD~2", "HEAD")

    assert_contract(result, [])


def test_group_chat_before_and_after_have_no_findings_at_all(group_chat_repo):
    shas = commits(group_chat_repo)
    first, broken, last = shas["01-with-group-chat"], shas["02-remove-group-chat"], shas["03-fixed"]

    assert_contract(diff(group_chat_repo, first, first, all_findings=True), [])
    assert_contract(diff(group_chat_repo, broken, last, all_findings=True), [])
