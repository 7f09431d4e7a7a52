"""package.json as Node and TypeScript read it: `exports` and `imports` maps, workspaces.

`exports` and `imports` map a subpath (`.`, `./feature`, `./utils/*`, `#internal`,
`#lib/*`) to targets, possibly behind conditions (`types`, `import`, `require`, `node`,
`default`, ...) and fallback arrays. impact does not know which conditions the program
runs with, so it keeps every target in the order Node would try them and the resolver
takes the first one that exists in the revision (built output such as `dist/` is often
not committed, while a `types` or `source` condition points into the sources).
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass

from impact.resolve.wildmatch import Glob, as_bytes_text, glob_or_none

DEPENDENCY_FIELDS = ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies")


@dataclass(frozen=True)
class SubpathMatch:
    """The targets a subpath maps to (`*` substituted), in the order to try them.

    `matched` is False when no key of the map matches; `understood` is False when the map
    has a shape impact does not know, so nothing certain can be said about it.
    """

    targets: tuple[str, ...] = ()
    matched: bool = False
    understood: bool = True


NOT_UNDERSTOOD = SubpathMatch(understood=False)


def read_manifest(path: str, data: bytes, problems: list[str]) -> dict:
    """A package.json; empty when it is not JSON, or too deep for the parser (said in
    `problems`: the JSON may be valid)."""
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return {}
    except (RecursionError, MemoryError):
        problems.append(unreadable(path))
        return {}
    return manifest if isinstance(manifest, dict) else {}


def unreadable(path: str) -> str:
    return f"{path} is nested too deeply (or is too large) to be read; impact goes on without it"


def split_package_name(spec: str) -> tuple[str, str]:
    """`@scope/name/sub/path` -> (`@scope/name`, `./sub/path`); `name` -> (`name`, `.`)."""
    parts = spec.split("/")
    size = 2 if spec.startswith("@") else 1
    name = "/".join(parts[:size])
    rest = "/".join(parts[size:])
    return name, "./" + rest if rest else "."


def match_exports(exports: object, subpath: str) -> SubpathMatch:
    """The targets `exports` gives for a subpath (`.` or `./x`)."""
    if isinstance(exports, dict):
        keys = list(exports)
        dotted = [k.startswith(".") for k in keys]
        if any(dotted) and not all(dotted):
            return NOT_UNDERSTOOD  # Node rejects a map mixing subpaths and conditions
        if any(dotted):
            return _match_subpath(exports, subpath)
    return SubpathMatch(_targets(exports, None), True) if subpath == "." else SubpathMatch()


def match_imports(imports: object, specifier: str) -> SubpathMatch:
    """The targets the `imports` field gives for a `#specifier`."""
    if not isinstance(imports, dict) or not all(k.startswith("#") for k in imports):
        return NOT_UNDERSTOOD
    return _match_subpath(imports, specifier)


def _match_subpath(mapping: dict, subpath: str) -> SubpathMatch:
    if subpath in mapping and "*" not in subpath:
        return SubpathMatch(_targets(mapping[subpath], None), True)
    best: tuple[str, str] | None = None
    for key in mapping:
        if key.count("*") > 1:
            return NOT_UNDERSTOOD
        star = key.find("*")
        if star >= 0:
            prefix, suffix = key[:star], key[star + 1:]
            if subpath.startswith(prefix) and subpath.endswith(suffix) and \
                    len(subpath) >= len(key) and (best is None or _longer_key(key, best[0])):
                best = (key, subpath[len(prefix):len(subpath) - len(suffix)])
        elif key.endswith("/") and subpath.startswith(key) and \
                (best is None or _longer_key(key, best[0])):  # deprecated folder mapping
            best = (key, None)
    if best is None:
        return SubpathMatch()
    key, replacement = best
    if replacement is None:
        return SubpathMatch(tuple(t + subpath[len(key):] for t in _targets(mapping[key], None)), True)
    return SubpathMatch(_targets(mapping[key], replacement), True)


def _longer_key(key: str, other: str) -> bool:
    """Node's pattern-key order: the longer prefix before the `*` wins, then the longer key."""
    prefix, other_prefix = key.split("*")[0], other.split("*")[0]
    return (len(prefix), len(key)) > (len(other_prefix), len(other))


def _targets(value: object, replacement: str | None) -> tuple[str, ...]:
    """Every string target under conditions and fallback arrays, in the order Node tries them
    (null is explicitly not exported)."""
    found = []
    pending = [value]
    while pending:  # depth first, left to right, without recursion: nesting may be deep
        item = pending.pop()
        if isinstance(item, str):
            found.append(item.replace("*", replacement) if replacement is not None else item)
        elif isinstance(item, list):
            pending.extend(reversed(item))
        elif isinstance(item, dict):
            pending.extend(reversed(list(item.values())))
    return tuple(found)


def export_targets(exports: object) -> tuple[str, ...]:
    """Every target of an `exports` map, whatever the subpath or the conditions."""
    return _targets(exports, None)


def entry_fields(manifest: dict) -> tuple[str, ...]:
    """`types`, `module` and `main`, the entry points before `exports` existed."""
    return tuple(manifest[key] for key in ("types", "typings", "module", "main")
                 if isinstance(manifest.get(key), str))


def declared_dependencies(manifests: dict[str, dict]) -> frozenset[str]:
    """Every package name any manifest of the repository depends on."""
    names = set()
    for manifest in manifests.values():
        for field in DEPENDENCY_FIELDS:
            if isinstance(manifest.get(field), dict):
                names.update(manifest[field])
    return frozenset(names)


LOCAL_VERSIONS = ("workspace:", "file:", "link:", "portal:")  # what names files of the repository


def installs_published(manifest: dict, name: str) -> bool:
    """Whether a package depends on `name` by a version to install (`^3.0.0`, `latest`, a
    tag), not by a path of the repository (`workspace:*`, `file:../lib`)."""
    return any(isinstance(manifest.get(field), dict) and
               isinstance(version := manifest[field].get(name), str) and
               not version.startswith(LOCAL_VERSIONS) for field in DEPENDENCY_FIELDS)


def local_directory(manifest: dict, name: str) -> str | None:
    """The path a package depends on `name` by, relative to its directory, when it names a
    directory of the repository rather than a version (`workspace:../core`, `link:../orm/dist`,
    `file:../lib`, `portal:../lib`); None for a version, a range or `workspace:*`."""
    for field in DEPENDENCY_FIELDS:
        version = manifest[field].get(name) if isinstance(manifest.get(field), dict) else None
        if isinstance(version, str) and version.startswith(LOCAL_VERSIONS):
            path = version.partition(":")[2]
            if version.startswith("workspace:") and not path.startswith((".", "/")):
                return None  # `workspace:*`, `workspace:^1.0.0`, an alias
            return path
    return None


def requested_version(manifest: dict, name: str) -> str | None:
    """The version or range a package depends on `name` by, as written (`^1.11.13`)."""
    for field in DEPENDENCY_FIELDS:
        version = manifest[field].get(name) if isinstance(manifest.get(field), dict) else None
        if isinstance(version, str):
            return version
    return None


RELEASE = re.compile(r"(?P<operator>[\^~=]?)v?(?P<major>\d+)\.(?P<minor>\d+)\.(?P<patch>\d+)")


COMPARATOR = re.compile(r"(?P<operator>>=|<=|>|<)\s*v?(?P<major>\d+)(?:\.(?P<minor>\d+))?(?:\.(?P<patch>\d+))?")


def never_satisfied(requested: str, version: object) -> bool:
    """Whether a range a dependent requests surely excludes a workspace member's version, so
    the package manager installs the published package instead (`"dayjs": "^1.11.13"` beside a
    member `dayjs` at 0.0.0). Only a caret, tilde or exact release, or comparators all of which
    must hold (`>=15.4.6 <17`), is judged against a release; any other range, tag or version
    may take the member."""
    have = RELEASE.fullmatch(version.strip()) if isinstance(version, str) else None
    if have is None or have["operator"]:
        return False
    found = tuple(int(have[part]) for part in ("major", "minor", "patch"))
    comparators = requested.split()
    if comparators and all(map(COMPARATOR.fullmatch, comparators)):
        return not all(_holds(COMPARATOR.fullmatch(c), found) for c in comparators)
    wanted = RELEASE.fullmatch(requested.strip())
    if wanted is None:
        return False
    low = tuple(int(wanted[part]) for part in ("major", "minor", "patch"))
    if wanted["operator"] in ("", "="):
        return found != low
    # `^` keeps the first non-zero part, `~` the major and minor
    kept = 2 if wanted["operator"] == "~" else next((i + 1 for i, n in enumerate(low) if n), 3)
    return found < low or found[:kept] != low[:kept]


def _holds(comparator: re.Match, found: tuple[int, ...]) -> bool:
    """Whether a release satisfies one comparator (`>=15.4.6`; a missing part is 0: `<17`)."""
    bound = tuple(int(comparator[part] or 0) for part in ("major", "minor", "patch"))
    return {">=": found >= bound, "<=": found <= bound, ">": found > bound,
            "<": found < bound}[comparator["operator"]]


def declares(manifest: dict, name: str) -> bool:
    return any(isinstance(manifest.get(field), dict) and name in manifest[field]
               for field in DEPENDENCY_FIELDS)


def workspace_roots(manifests: dict[str, dict], pnpm_workspaces: dict[str, bytes]) -> frozenset[str]:
    """The directories that declare a workspace (a `workspaces` field, pnpm-workspace.yaml)."""
    return frozenset([*(directory for directory, manifest in manifests.items()
                        if manifest.get("workspaces")),
                      *(posixpath.dirname(path) for path in pnpm_workspaces)])


def workspace_packages(manifests: dict[str, dict], pnpm_workspaces: dict[str, bytes],
                       problems: list[str]) -> dict[str, str]:
    """Package name -> directory of every workspace member (npm, yarn and pnpm workspaces)."""
    patterns: list[tuple[str, list[str]]] = []
    for directory, manifest in manifests.items():
        patterns.append((directory, _workspace_globs(manifest.get("workspaces"))))
    for path, data in pnpm_workspaces.items():
        patterns.append((posixpath.dirname(path), _pnpm_globs(path, data, problems)))
    members: dict[str, str] = {}
    for root, globs in patterns:
        compiled = _compiled(globs)
        if not compiled:
            continue
        for directory, manifest in sorted(manifests.items()):
            name = manifest.get("name")
            if isinstance(name, str) and name not in members and \
                    _is_member(root, directory, compiled):
                members[name] = directory
    return members


def _workspace_globs(workspaces: object) -> list[str]:
    if isinstance(workspaces, dict):
        workspaces = workspaces.get("packages")
    return [g for g in workspaces if isinstance(g, str)] if isinstance(workspaces, list) else []


def _pnpm_globs(path: str, data: bytes, problems: list[str]) -> list[str]:
    globs = pnpm_workspace_globs(data)
    if globs is None:
        problems.append(unreadable(path))
    return globs or []


def pnpm_workspace_globs(data: bytes) -> list[str] | None:
    """The `packages` globs of a pnpm-workspace.yaml (none when it is not YAML); None when
    it is too deep to read."""
    import yaml  # only for pnpm workspaces: not every run pays for the import

    try:
        document = yaml.safe_load(data)
    except yaml.YAMLError:
        return []
    except (RecursionError, MemoryError):
        return None
    packages = document.get("packages") if isinstance(document, dict) else None
    return [g for g in packages if isinstance(g, str)] if isinstance(packages, list) else []


CATALOG_PROTOCOL = "catalog:"  # pnpm: `"react": "catalog:"` takes the version a catalog names
DEFAULT_CATALOG = "default"


def pnpm_catalogs(data: bytes) -> dict[str, dict[str, str]]:
    """The catalogs of a pnpm-workspace.yaml: catalog name (`default` for `catalog:`) -> package
    name -> the version range it gives (none when it is not YAML, or too deep to read)."""
    import yaml

    try:
        document = yaml.safe_load(data)
    except (yaml.YAMLError, RecursionError, MemoryError):
        return {}
    if not isinstance(document, dict):
        return {}
    named = document.get("catalogs") if isinstance(document.get("catalogs"), dict) else {}
    catalogs = {DEFAULT_CATALOG: document.get("catalog"), **named}
    return {str(name): {str(k): v for k, v in entries.items() if isinstance(v, str)}
            for name, entries in catalogs.items() if isinstance(entries, dict)}


def catalog_name(requested: str) -> str | None:
    """The catalog a dependency's version names (`catalog:` is the default one), if it does."""
    if not requested.startswith(CATALOG_PROTOCOL):
        return None
    return requested[len(CATALOG_PROTOCOL):].strip() or DEFAULT_CATALOG


def _compiled(globs: list[str]) -> list[tuple[bool, Glob]]:
    """Each workspace glob as (negated, compiled), compiled once for every directory: matched
    as git's wildmatch (`*`, `**`, `?`, `[...]`), in linear time; one that can match nothing
    is left out."""
    compiled = []
    for pattern in globs:
        glob = glob_or_none(pattern.lstrip("!").removeprefix("./").rstrip("/"))
        if glob is not None:
            compiled.append((pattern.startswith("!"), glob))
    return compiled


def _is_member(root: str, directory: str, globs: list[tuple[bool, Glob]]) -> bool:
    """Whether a positive glob matches the directory and no negated one (`!`) does."""
    if root and not directory.startswith(root + "/"):
        return False
    relative = as_bytes_text(directory[len(root) + 1:] if root else directory)
    if not relative:
        return False
    matched = False
    for negated, glob in globs:
        if glob.matches(relative):
            if negated:
                return False
            matched = True
    return matched
