"""Which imports a change of the files that steer resolution makes resolve differently.

Some files say how imports resolve or which files are judged how: `package.json`,
`pnpm-workspace.yaml`, `tsconfig.json`, a bundler's aliases, `.gitignore`, `pyproject.toml`,
`setup.cfg`, `.gitattributes`, ... (`steers_resolution`). A change of one of them may make
any import of any file resolve differently; then every file is checked (`steered_by` says
None). Most changes of them say less, and `steered_by` says what they steer (`Steered`):
- an edit of the fields of a `package.json` impact does not read (`version`, `files`,
  `type`, `prettier`, ...; `scripts` but for what they write) or of its dependencies'
  versions steers nothing; one that adds or removes a dependency (or switches it between a
  published version and `workspace:`) steers the imports of that package by name; one below
  the root that changes a field impact reads (`main`, `exports`, `imports`, `name`,
  `private`, ...; not `workspaces`) steers the files below it, the imports naming its
  directory and the imports of the package by name;
- an edit of what impact does not read of a `pyproject.toml` (its version, its
  dependencies' versions, other tools' settings, ...), of a `meson.build` outside what it
  compiles and installs, of a `pnpm-workspace.yaml` outside its `packages`, or of a
  `setup.cfg`, steers nothing;
- an edit of a `tsconfig.json` that leaves every config's options as they were (`strict`,
  `target`, `lib`, comments: what impact does not read) steers nothing;
- a `package.json` or a `pnpm-workspace.yaml` added or removed below the root steers the
  imports of every file below its directory (their package, its `imports`, its dependencies),
  the imports that name that directory (`'../pkg'`: its entry point), and the imports by
  name of the package, of its dependencies and of each workspace member it makes or unmakes;
- a `tsconfig.json` added or removed below the root, with its `paths` inside its directory
  and every other config as it was, steers the imports of every file below its directory;
- a bundler config whose aliases differ from those that governed its directory before,
  added or removed, steers the imports of every file below it;
- a `.gitignore` added, removed or edited steers the imports that resolve differently (it
  says which missing files are generated): the pipeline resolves every file's imports in both
  revisions to find them, which costs far less than checking every file.
A `package.json` or config at the root, and one that declares workspaces or writes files
by a script's redirect, steer any import.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from impact.checks.names import (
    GLOBAL_DECLARING_PACKAGES,
    SVELTE_CHECK,
    TYPE_DECLARING_PACKAGES,
    UMD_TYPE_NAMESPACES,
)
from impact.facts import is_source
from impact.graph import SymbolGraph
from impact.resolve.bundler_aliases import is_alias_config
from impact.resolve.ignored import GITIGNORE
from impact.resolve.javascript import PNPM_WORKSPACE, is_config_file
from impact.resolve.js_packages import (
    DEPENDENCY_FIELDS,
    installs_published,
    never_satisfied,
    pnpm_workspace_globs,
    requested_version,
)
from impact.resolve.python import MESON_BUILD, meson_steering, pyproject_steering
from impact.resolve.tsconfig import is_tsconfig

# (a setup_package.py declares the compiled modules setuptools builds, as setup.py does)
PYTHON_CONFIG_FILES = frozenset({"pyproject.toml", "impact.toml", "setup.cfg", "setup.py",
                                 "setup_package.py"})
CHECKING_FILES = frozenset({".gitattributes"})  # says which files are generated
_STEERING_NAMES = PYTHON_CONFIG_FILES | CHECKING_FILES | {MESON_BUILD}
# the package.json fields impact reads besides `version`, `scripts` and the dependency
# objects (which steering.py weighs one by one): the resolver's (impact/resolve/), the entry
# points build_output.py and public_api.py read, `proxy` (impact/http/clients.py). An edit
# of any other field (`files`, `type`, `sideEffects`, `prettier`, `lint-staged`, `pnpm`, ...)
# steers nothing; a new reader of another field must add it here.
MANIFEST_FIELDS_READ = frozenset({"name", "main", "module", "types", "typings", "browser",
                                  "exports", "imports", "typesVersions", "workspaces", "private",
                                  "proxy"})
MANIFEST = "package.json"


@dataclass(frozen=True)
class Steered:
    """What the steering files among a change's paths make resolve differently: the imports
    of `packages` by name, and every import of `files` (of either revision); `directories`:
    those an import may name whose entry point may differ (a package.json added or removed:
    the pipeline adds the files naming one, impact.index.naming_moved_modules)."""

    packages: frozenset[str] = frozenset()
    files: frozenset[str] = frozenset()
    directories: frozenset[str] = frozenset()
    # every import of every file may resolve otherwise, but only through what resolution
    # reads (a .gitignore: which missing files are generated): the pipeline adds the files
    # whose imports resolve differently (impact.index.resolving_differently)
    resolved_again: bool = False

    def __or__(self, other: Steered) -> Steered:
        return Steered(self.packages | other.packages, self.files | other.files,
                       self.directories | other.directories,
                       self.resolved_again or other.resolved_again)


NOTHING_STEERED = Steered()


def steers_resolution(path: str) -> bool:
    """A file whose change may change how any import resolves, or which files are checked
    (a bundler's config is a source file too)."""
    return is_alias_config(path) or not is_source(path) and (
        is_config_file(path) or path.rpartition("/")[2] in _STEERING_NAMES)


def steered_by(base: SymbolGraph, head: SymbolGraph, paths: Iterable[str]) -> Steered | None:
    """What the files among `paths` that steer resolution make resolve differently; None when
    they may change how any import resolves, or what every file is judged against (a
    dependency that declares globals)."""
    found = NOTHING_STEERED
    for path in sorted(paths):
        if steers_resolution(path):
            steered = _steered_by_file(base, head, path)
            if steered is None:
                return None
            found |= steered
    if not found.packages.isdisjoint({*UMD_TYPE_NAMESPACES, SVELTE_CHECK}) or any(
            p.match(name) for p in (GLOBAL_DECLARING_PACKAGES, TYPE_DECLARING_PACKAGES)
            for name in found.packages):
        return None  # the names every file is judged against
    return found


# project files of which only a part steers, read from their bytes (None: unreadable): an
# edit elsewhere in them (a version, a comment, a pnpm catalog) steers nothing
_STEERING_PARTS: dict[str, Callable[[bytes], object]] = {
    "pyproject.toml": pyproject_steering,  # what impact reads of it, but dependency versions
    MESON_BUILD: meson_steering,  # compiled modules and the sources it installs
    PNPM_WORKSPACE: pnpm_workspace_globs,  # the `packages` globs
    # that it is there (a project's root); what it says is read only for flake8's and mypy's
    # excludes at the root, which the pipeline compares (impact/resolve/lint_excludes.py)
    "setup.cfg": lambda data: (),
}


def _steered_by_file(base: SymbolGraph, head: SymbolGraph, path: str) -> Steered | None:
    name = posixpath.basename(path)
    if is_alias_config(path):  # what the `resolve.alias` below it says, not the rest of it
        return _alias_config_steered(base, head, path)
    if name == GITIGNORE and is_config_file(path):  # read only to resolve imports
        return Steered(resolved_again=True)
    if path not in base.paths or path not in head.paths:
        return _added_or_removed(base, head, path)
    if is_tsconfig(path) and is_config_file(path):
        return NOTHING_STEERED if _same_tsconfig_options(base, head) else None
    part = _STEERING_PARTS.get(name)
    if part is not None:
        data = [graph.file_bytes(path) for graph in (base, head)]
        if None in data:
            return None  # unreadable: what it says is not known
        before = part(data[0])
        return NOTHING_STEERED if before is not None and before == part(data[1]) else None
    if name != MANIFEST:
        return None
    return _manifest_edit_steered(base, head, posixpath.dirname(path))


def _alias_config_steered(base: SymbolGraph, head: SymbolGraph, path: str) -> Steered | None:
    """An edit that leaves the aliases governing its directory as they were steers nothing
    (one that does not: any import, as an index of one revision is no longer one of the
    other); added or removed with other aliases than governed there before: the files below."""
    directory = posixpath.dirname(path)
    if base.js.aliases_below(directory) == head.js.aliases_below(directory):
        return NOTHING_STEERED
    if path in base.paths and path in head.paths:
        return None
    return Steered(files=_below(base, head, [directory]))


def _added_or_removed(base: SymbolGraph, head: SymbolGraph, path: str) -> Steered | None:
    """A package.json, pnpm-workspace.yaml or tsconfig added or removed below the root: the
    files below its directory, and what `_package_added_or_removed` and
    `_tsconfig_added_or_removed` add; anything else (or at the root): None."""
    directory, name = posixpath.split(path)
    if not directory or not is_config_file(path):
        return None
    if is_tsconfig(path):
        return _tsconfig_added_or_removed(base, head, path)
    if name not in (MANIFEST, PNPM_WORKSPACE):
        return None
    return _package_added_or_removed(base, head, directory)


def _tsconfig_added_or_removed(base: SymbolGraph, head: SymbolGraph, path: str) -> Steered | None:
    """A config is found from the files at or below its directory only (the nearest config,
    the configs above a file), unless another config extends or references it (then that one's
    options differ) or its `paths` point from outside its directory (what the imports of any
    file that land there are judged against: impact.resolve.javascript `mapping_roots`)."""
    directory = posixpath.dirname(path)
    graph = base if path in base.paths else head
    aliases = graph.js.tsconfigs.aliases_of(path)
    if aliases is not None and not _at_or_below(aliases.paths_dir, directory):
        return None
    if not _same_tsconfig_options(base, head):
        return None
    return Steered(files=_below(base, head, [directory]))


def _package_added_or_removed(base: SymbolGraph, head: SymbolGraph, directory: str) -> Steered | None:
    """A package.json or pnpm-workspace.yaml added or removed in `directory`: the files below
    it and below each package whose workspace it changed, the imports naming the directory,
    and the imports by name of the package, of each workspace member it changed, and of each
    package the repository declares as a dependency only with it or only without it. None
    when it declares workspaces, writes files by a script, or changes what a config extends."""
    manifests = [graph.js.manifests.get(directory) for graph in (base, head)]
    if any(m is not None and not isinstance(m, dict) for m in manifests) or \
            any(m and m.get("workspaces") for m in manifests):
        return None
    if base.js.script_outputs != head.js.script_outputs:
        return None
    members = base.js.workspaces, head.js.workspaces
    changed = {name for name in members[0].keys() | members[1].keys()
               if members[0].get(name) != members[1].get(name)}
    if changed and not _same_tsconfig_options(base, head):
        return None  # a config extends a member's config by the member's name
    named = {m["name"] for m in manifests if m and isinstance(m.get("name"), str)}
    # what it depends on steers the files below it, and the imports of a name no manifest
    # declared before, or none does now, anywhere (a missing alias: `self.dependencies`)
    packages = {*changed, *named, *(base.js.dependencies ^ head.js.dependencies)}
    roles = base.js.outside_workspaces ^ head.js.outside_workspaces
    directories = {directory, *roles, *(m[name] for m in members for name in changed if name in m)}
    return Steered(frozenset(packages), _below(base, head, directories), frozenset({directory}))


def _same_tsconfig_options(base: SymbolGraph, head: SymbolGraph) -> bool:
    """Whether every config both revisions have says the same in both."""
    both = base.js.tsconfigs.config_paths & head.js.tsconfigs.config_paths
    return base.js.tsconfigs.same_options(head.js.tsconfigs, both)


def _below(base: SymbolGraph, head: SymbolGraph, directories: Iterable[str]) -> frozenset[str]:
    """The source files at or below one of `directories` in either revision."""
    prefixes = tuple(f"{directory}/" if directory else "" for directory in directories)
    return frozenset(path for graph in (base, head) for path in graph.facts if path.startswith(prefixes))


def _at_or_below(path: str, directory: str) -> bool:
    return not directory or path == directory or path.startswith(directory + "/")


def _manifest_edit_steered(base: SymbolGraph, head: SymbolGraph, directory: str) -> Steered | None:
    """A package.json edited: nothing when only fields impact does not read and its
    dependencies' versions changed; the imports by name of the dependencies it added, removed
    or switched between a published version and `workspace:` (and of the workspace member it
    is, when its new version is one a dependent's range excludes). When a field impact reads
    changed (its entry points, `exports`, `imports`, name, ...) below the root: also the files
    below it, the imports naming its directory, and the imports of the package by name. None
    at the root, when its workspaces or what its scripts write changed, or when it renames a
    member whose config another config extends."""
    before, after = base.js.manifests.get(directory), head.js.manifests.get(directory)
    if not before or not after:
        return None  # not a JSON object
    if any(before.get(key) != after.get(key) and not _dependency_lists(before, after, key)
           for key in DEPENDENCY_FIELDS):
        return None
    if before.get("scripts") != after.get("scripts") and \
            base.js.script_outputs != head.js.script_outputs:
        return None  # a file one writes by a redirect is generated, not missing
    steered = Steered(packages=frozenset(_dependencies_steered(base, head, before, after)))
    read = {key for key in MANIFEST_FIELDS_READ if before.get(key) != after.get(key)}
    if not read:
        return steered
    if not directory or "workspaces" in read or "name" in read and not _same_tsconfig_options(base, head):
        return None
    names = {m["name"] for m in (before, after) if isinstance(m.get("name"), str)}
    return steered | Steered(frozenset(names), _below(base, head, [directory]), frozenset({directory}))


def _dependencies_steered(base: SymbolGraph, head: SymbolGraph, before: dict, after: dict) -> set[str]:
    """The dependencies an edit added, removed or switched between a published version and
    `workspace:`, and the workspace member the manifest is when its new version is one a
    dependent's range excludes."""
    members = base.js.workspaces.keys() | head.js.workspaces.keys()
    installed = _dependencies(before, members), _dependencies(after, members)
    steered = {name for name in installed[0].keys() | installed[1].keys()
               if installed[0].get(name) != installed[1].get(name)}
    name = after.get("name")
    if before.get("version") != after.get("version") and name in members and \
            _version_decides((base, head), name, before.get("version"), after.get("version")):
        steered.add(name)  # a dependent's range takes the workspace member at one version only
    return steered


def _version_decides(graphs: tuple[SymbolGraph, ...], name: str, old: object, new: object) -> bool:
    """Whether a range some package of the repository depends on the workspace member `name`
    by excludes one of its versions and not the other (`workspace:*` takes any: a release
    bumped under it steers nothing)."""
    return any(never_satisfied(requested, old) != never_satisfied(requested, new)
               for graph in graphs for manifest in graph.js.manifests.values()
               if (requested := requested_version(manifest, name)) is not None)


def _dependency_lists(before: dict, after: dict, key: str) -> bool:
    """Whether `key` is a dependency field both manifests write as an object, or leave out."""
    return key in DEPENDENCY_FIELDS and all(isinstance(m.get(key, {}), dict) for m in (before, after))


def _dependencies(manifest: dict, members: Iterable[str]) -> dict[str, object]:
    """Each package a manifest's dependency objects name, with what resolution reads of it:
    whether it installs a published version; for a workspace member's name, the version it
    asks for as written (whether the member has a version it takes)."""
    return {name: requested_version(manifest, name) if name in members else
            installs_published(manifest, name) for field in DEPENDENCY_FIELDS
            if isinstance(manifest.get(field), dict) for name in manifest[field]}


@dataclass(frozen=True)
class PathKinds:
    """The paths of a revision by what impact does with them, each kind in path order."""

    sources: tuple[str, ...]  # read into facts
    config_files: tuple[str, ...]  # steer how JavaScript imports resolve (package.json, ...)
    steering: tuple[str, ...]  # their change may change how any import resolves


@lru_cache(maxsize=8)
def path_kinds(paths: frozenset[str]) -> PathKinds:
    """Each path sorted once per set of paths (both revisions often have the same), and
    looked at once (as is_source, is_config_file and steers_resolution do)."""
    sources, config_files, steering = [], [], []
    for path in sorted(paths):
        config = is_config_file(path)
        if config:
            config_files.append(path)
        if is_source(path):
            sources.append(path)
        elif config or path.rpartition("/")[2] in _STEERING_NAMES:
            steering.append(path)
    return PathKinds(tuple(sources), tuple(config_files), tuple(steering))
