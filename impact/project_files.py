"""The files of a revision that say how its Python modules resolve, read in one go per run.

What the project installs (`pyproject.toml`, `requirements*.txt`), the modules it compiles
(`setup.py`, maturin's `pyproject.toml`, `meson.build`), the paths its `.gitignore` files
ignore (an ignored module is generated, not missing) and the directories its top-level
packages add to their `__path__`: one `git cat-file` for all of them in a revision, and none
for a file whose content the other revision already gave (base and head share most of them).
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from impact.resolve.build_config import built_package_directories, setup_package_directories
from impact.resolve.ignored import GITIGNORE
from impact.resolve.package_paths import package_path_extensions
from impact.resolve.python import (
    INIT_FILES,
    MESON_BUILD,
    SETUP_SCRIPT,
    SETUPTOOLS_FILES,
    installed_packages,
    is_requirements_file,
    maturin_extension_modules,
    meson_extension_modules,
    meson_installed_sources,
    own_distributions,
    setuptools_extension_modules,
)
from impact.snapshot import Snapshot

PYPROJECT = "pyproject.toml"
NAMED = frozenset({PYPROJECT, MESON_BUILD, GITIGNORE, *SETUPTOOLS_FILES})


@dataclass(frozen=True)
class ProjectFiles:
    """A revision's project files by path, and the paths of the revision."""

    contents: Mapping[str, bytes]
    paths: frozenset[str]

    def named(self, *names: str) -> dict[str, bytes]:
        return {path: data for path, data in self.contents.items()
                if posixpath.basename(path) in names}

    def declared_packages(self) -> frozenset[str]:
        """What the project files say the project installs."""
        return installed_packages({path: data for path, data in self.contents.items()
                                   if _declares_packages(path, posixpath.basename(path))})

    def installed_from_elsewhere(self) -> frozenset[str]:
        """What the project installs that none of its own pyproject.toml files builds."""
        return self.declared_packages() - own_distributions(self.named(PYPROJECT, SETUP_SCRIPT))

    def built_packages(self) -> frozenset[str]:
        """The top-level package directories the pyproject.toml and setup.py files name."""
        return built_package_directories(self.named(PYPROJECT)) | \
            setup_package_directories(self.named(SETUP_SCRIPT))

    def compiled_modules(self) -> dict[str, str]:
        """The compiled Python modules meson.build files, maturin's pyproject.toml settings
        and setuptools' `Extension(...)`s declare, and the modules meson installs elsewhere
        than where their files are (meson_installed_sources)."""
        return {**setuptools_extension_modules(self.named(*SETUPTOOLS_FILES), self.paths),
                **maturin_extension_modules(self.named(PYPROJECT)),
                **meson_extension_modules(self.named(MESON_BUILD)),
                **meson_installed_sources(self.named(MESON_BUILD), self.paths)}

    def gitignores(self) -> dict[str, bytes]:
        return self.named(GITIGNORE)

    def package_paths(self) -> dict[str, tuple[str, ...]]:
        """The directories the top-level packages add to their `__path__` (keras's
        `keras/api/`)."""
        inits = {path: data for path, data in self.contents.items() if _top_level_init(path, self.paths)}
        return package_path_extensions(inits) if inits else {}


def read_project_files(snapshot: Snapshot, max_size: int, known: Mapping[str, bytes] | None = None
                       ) -> ProjectFiles:
    """The revision's project files; `known`: contents by blob id already read (the other
    revision's, `by_blob`), not read again."""
    wanted = _wanted_paths(snapshot.paths)
    known = known or {}
    reused = {path: known[snapshot.blobs[path]] for path in wanted
              if snapshot.blobs.get(path) in known}
    rest = [path for path in wanted if path not in reused]
    read = snapshot.read_within(rest, max_size)[0] if rest else {}
    return ProjectFiles({**reused, **read}, snapshot.paths)


def by_blob(snapshot: Snapshot, files: ProjectFiles) -> dict[str, bytes]:
    """The contents of a revision's project files by blob id (files of the working tree,
    which have none yet, left out)."""
    return {snapshot.blobs[path]: data for path, data in files.contents.items()
            if snapshot.blobs.get(path)}


@lru_cache(maxsize=8)
def _wanted_paths(paths: frozenset[str]) -> tuple[str, ...]:
    """The project files among `paths` (looked for once per set of paths: both revisions
    often have the same)."""
    return tuple(path for path in paths if _wanted(path, paths))


def _wanted(path: str, paths: frozenset[str]) -> bool:
    name = path.rpartition("/")[2]  # basename() of every path costs ~5 ms in Django
    return name in NAMED or _declares_packages(path, name) or \
        name == INIT_FILES[0] and _top_level_init(path, paths)


def _declares_packages(path: str, name: str) -> bool:
    return name in (PYPROJECT, SETUP_SCRIPT) or is_requirements_file(path)


def _top_level_init(path: str, paths: frozenset[str]) -> bool:
    """The `__init__.py` of a package no package holds."""
    if path.rpartition("/")[2] != INIT_FILES[0]:
        return False
    parent = posixpath.dirname(posixpath.dirname(path))
    return posixpath.join(parent, INIT_FILES[0]) not in paths
