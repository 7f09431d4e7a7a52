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
from dataclasses import dataclass

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


def read_manifest(data: bytes) -> dict:
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


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
    """Every string target under conditions and fallback arrays, in the order Node tries them."""
    if isinstance(value, str):
        return (value.replace("*", replacement) if replacement is not None else value,)
    if isinstance(value, list):
        return tuple(t for item in value for t in _targets(item, replacement))
    if isinstance(value, dict):
        return tuple(t for item in value.values() for t in _targets(item, replacement))
    return ()  # null: explicitly not exported


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


def workspace_packages(manifests: dict[str, dict], pnpm_workspaces: dict[str, bytes]
                       ) -> dict[str, str]:
    """Package name -> directory of every workspace member (npm, yarn and pnpm workspaces)."""
    patterns: list[tuple[str, list[str]]] = []
    for directory, manifest in manifests.items():
        patterns.append((directory, _workspace_globs(manifest.get("workspaces"))))
    for path, data in pnpm_workspaces.items():
        patterns.append((posixpath.dirname(path), _pnpm_globs(data)))
    members: dict[str, str] = {}
    for root, globs in patterns:
        if not globs:
            continue
        for directory, manifest in sorted(manifests.items()):
            name = manifest.get("name")
            if isinstance(name, str) and name not in members and \
                    _is_member(root, directory, globs):
                members[name] = directory
    return members


def _workspace_globs(workspaces: object) -> list[str]:
    if isinstance(workspaces, dict):
        workspaces = workspaces.get("packages")
    return [g for g in workspaces if isinstance(g, str)] if isinstance(workspaces, list) else []


def _pnpm_globs(data: bytes) -> list[str]:
    import yaml  # only for pnpm workspaces: not every run pays for the import

    try:
        document = yaml.safe_load(data)
    except yaml.YAMLError:
        return []
    packages = document.get("packages") if isinstance(document, dict) else None
    return [g for g in packages if isinstance(g, str)] if isinstance(packages, list) else []


def _is_member(root: str, directory: str, globs: list[str]) -> bool:
    if root and not directory.startswith(root + "/"):
        return False
    relative = directory[len(root) + 1:] if root else directory
    if not relative:
        return False
    from wcmatch import glob  # only for workspaces: not every run pays for the import

    patterns = [_clean_glob(g) for g in globs]
    return glob.globmatch(relative, patterns, flags=glob.GLOBSTAR | glob.NEGATE | glob.DOTGLOB)


def _clean_glob(pattern: str) -> str:
    negated = pattern.startswith("!")
    body = pattern.lstrip("!").removeprefix("./").rstrip("/")
    return ("!" if negated else "") + body
