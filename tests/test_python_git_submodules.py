"""Python imports of modules in a git submodule (a gitlink of the revision): the files are
another repository's, there once `git submodule update` has run and never in the revision's
tree, so what they provide is not judged (a warning, not IMP102). spesmilo/electrum
c8143957a6 bundles its fork of keepkeylib as the submodule electrum/plugins/keepkey/keepkeylib
and imports `from .keepkeylib.keepkeylib.client import ...`."""

from __future__ import annotations

from conftest import build_repo, run_impact
from fixture_repo import commit_all, git

PLUGIN = "electrum/plugins/keepkey"
CLIENT_BEFORE = "from keepkeylib.client import proto, BaseClient\n"
CLIENT_AFTER = "from .keepkeylib.keepkeylib.client import proto, BaseClient\n" \
               "from .keepkeylib import keepkeylib\n" \
               "from . import keepkeylib as bundled\n"


def repository_with_a_submodule(path, client_after: str):
    """electrum/plugins/keepkey/keepkeylib becomes a gitlink (never checked out, as in a clone
    without `--recurse-submodules`) in the commit that changes the client's imports."""
    repo = build_repo(path, [{"electrum/__init__.py": "", f"{PLUGIN}/__init__.py": "",
                              f"{PLUGIN}/client.py": CLIENT_BEFORE}])
    git(repo, "update-index", "--add", "--cacheinfo",
        f"160000,{git(repo, 'rev-parse', 'HEAD').strip()},{PLUGIN}/keepkeylib")
    (repo / PLUGIN / "keepkeylib").mkdir()  # as `git clone` leaves a submodule's directory
    (repo / ".gitmodules").write_text(f'[submodule "{PLUGIN}/keepkeylib"]\n'
                                      f"\tpath = {PLUGIN}/keepkeylib\n"
                                      "\turl = https://github.com/spesmilo/electrum-keepkeylib\n")
    (repo / PLUGIN / "client.py").write_text(client_after)
    commit_all(repo, "bundle keepkeylib as a submodule")
    return repo


def test_an_import_of_a_module_in_a_git_submodule_is_not_reported_missing(tmp_path):
    repo = repository_with_a_submodule(tmp_path / "repo", CLIENT_AFTER)
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json", "--all", "-v")
    assert result.exit_code == 0, result.stdout
    assert result.findings == []
    assert "in a git submodule" in result.stderr


def test_an_import_of_a_missing_module_beside_a_git_submodule_is_still_reported(tmp_path):
    """A module of the plugin's own that is not there: IMP102 as before."""
    repo = repository_with_a_submodule(tmp_path / "repo", CLIENT_AFTER +
                                       "from .keepkeylib_compat import proto as old_proto\n")
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert [(f["code"], f["file"], f["symbol"]) for f in result.findings] == [
        ("IMP102", f"{PLUGIN}/client.py", ".keepkeylib_compat")]
