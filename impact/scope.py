"""What a change can affect: the files whose findings may differ between base and head.

A finding in a file depends on the file itself and on the modules it imports, directly or
through re-exports, star imports and packages. So only the changed files and the files that
depend on one of them, in base or in head, can gain or lose a finding. Everything else is
left unchecked, which gives the same findings as checking every file, much faster.

Some changes reach every file at once; then every file is checked:
- a file that steers resolution changed (`package.json`, `tsconfig.json`, `.gitignore`,
  `pyproject.toml`, ...), or `.gitattributes` (which files are generated);
- the Python source roots changed (a package appeared or went away at the top);
- a symbolic link was added, removed or retargeted (imports may resolve through it).

The names visible everywhere (globals of JavaScript scripts, what TypeScript's `declare`
says exists) add the files that use a name the change added to them or took away.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from impact.checks.names import global_names
from impact.facts import is_source
from impact.resolve.javascript import is_config_file

if TYPE_CHECKING:
    from impact.diff import Analysis

PYTHON_CONFIG_FILES = frozenset({"pyproject.toml", "impact.toml", "setup.cfg", "setup.py"})
CHECKING_FILES = frozenset({".gitattributes"})  # says which files are generated


def files_a_change_can_affect(base: Analysis, head: Analysis) -> frozenset[str] | None:
    """The files to check, or None when the change may affect every file."""
    changed = changed_files(base, head)
    if any(_steers_resolution(path) for path in changed):
        return None
    if base.graph.python.roots != head.graph.python.roots:
        return None
    if base.snapshot.links != head.snapshot.links:
        return None  # a symbolic link changed: what resolves through it, rarely known
    affected = base.graph.dependents(changed) | head.graph.dependents(changed)
    return frozenset(affected | _users_of_changed_globals(base, head))


def _users_of_changed_globals(base: Analysis, head: Analysis) -> set[str]:
    names = global_names(base.graph) ^ global_names(head.graph)
    if not names:
        return set()
    return {path for analysis in (base, head) for path, facts in analysis.graph.facts.items()
            if any(ref.name in names for ref in facts.unbound)}


def changed_files(base: Analysis, head: Analysis) -> set[str]:
    """Every path added, removed or edited: source files by blob id, the others too."""
    before, after = base.snapshot, head.snapshot
    paths = before.paths | after.paths
    return {path for path in paths
            if path not in before.blobs or path not in after.blobs
            or before.blob_id(path) != after.blob_id(path)}


def _steers_resolution(path: str) -> bool:
    return not is_source(path) and (is_config_file(path) or
                                     posixpath.basename(path) in PYTHON_CONFIG_FILES | CHECKING_FILES)
