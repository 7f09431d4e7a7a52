"""The mutation benchmark's oracle configuration (benchmarks/mutations/oracle.py)."""

from __future__ import annotations

import json

from benchmarks.mutations.oracle import Pyright


def test_pyright_keeps_its_automatic_src_search_path_unless_given_extra_paths(tmp_path):
    # pyright adds `src/` to its search paths only when no `extraPaths` is configured, even
    # an empty list: the tests of a src layout would no longer resolve the package they test
    bin_dir = tmp_path / "tools" / "node_modules" / ".bin"
    repo = tmp_path / "repo"
    repo.mkdir()
    plain = Pyright(bin_dir, repo)
    assert "extraPaths" not in plain.settings()
    rooted = Pyright(bin_dir, repo, extra_paths=("lib",))
    assert rooted.settings()["extraPaths"] == ["lib"]
    json.dumps(plain.settings())  # written as pyrightconfig.json
