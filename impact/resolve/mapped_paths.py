"""Which files a JavaScript/TypeScript configuration maps a specifier to without the
specifier naming them.

A relative or bare specifier names the file it reaches by its last segment (`./Button`,
`@/components/Button`, `pkg/sub/Button.js`), or the directory whose `index` it reaches
(`./components`); so do the `*` patterns of tsconfig `paths`, `exports` and `imports` maps
that end in the file's name (`"@/*": ["src/*"]`). Other entries reach a file whatever its
name: a package's entry points (`main`, `types`, `exports["."]`, else `index`), an exact
tsconfig `paths` entry or bundler alias (`"@app": ["src/main.ts"]`), a pattern whose `*`
stands for a directory (`"./*": "./src/*/index.js"`). When such a file is added or removed,
the files that may now resolve to it or away from it cannot be told by their words
(impact.index.naming_moved_modules), and the index of the revision is built from every file.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from impact.resolve.bundler_aliases import PATH_PREFIX, Alias
from impact.resolve.js_packages import entry_fields, export_targets

if TYPE_CHECKING:
    from impact.resolve.javascript import JsResolver

DEFAULT_ENTRY = "./index"


@dataclass(frozen=True)
class MappedPaths:
    """What a revision's configurations map specifiers to (read once for all moved paths)."""

    targets: tuple[str, ...]  # repository paths, `*` kept, lower case
    specifier_names: frozenset[str]  # the last segments of what bundler aliases map to

    @classmethod
    def of(cls, resolver: JsResolver, packages_left_out: frozenset[str] = frozenset()) -> MappedPaths:
        """`packages_left_out`: directories whose package's own entries are not looked at
        (the caller follows the imports of the package by name)."""
        return cls(tuple(t.lower() for t in _targets(resolver, packages_left_out)),
                   _aliased_specifier_names(resolver))

    def maps_without_naming(self, path: str) -> bool:
        """Whether a configuration may map a specifier that does not name `path` (a file, or
        a directory `dir/`) to it or into it."""
        stem = _extensionless(path)
        if _last(stem.removesuffix("/index")) in self.specifier_names:
            return True
        for target in self.targets:
            prefix, star, rest = target.partition("*")
            if star and "/" not in rest:
                continue  # `src/*.js`: the specifier names the file, or the directory of an index
            if not star and _reaches(stem, target) or star and stem.startswith(prefix) and \
                    _last(stem) == _last(_extensionless(rest)):  # `src/*/impl.js`: any `impl` below
                return True
        return False


def _last(path: str) -> str:
    return path.rpartition("/")[2]


def _reaches(stem: str, target: str) -> bool:
    """Whether a target (`src/main.ts`, `src/lib`) is the file, or the directory whose
    `index` it is. (A prefix mapped, `@/x` to `src/x`, names what follows it.)"""
    target = _extensionless(target)
    return stem in (target, f"{target}/index")


def _targets(resolver: JsResolver, packages_left_out: frozenset[str]) -> Iterator[str]:
    """Every path a configuration maps a specifier to, `*` kept."""
    for directory, manifest in resolver.manifests.items():
        if directory in packages_left_out:
            continue
        browser = (manifest["browser"],) if isinstance(manifest.get("browser"), str) else ()
        mapped = [target for field in ("exports", "imports")
                  for target in export_targets(manifest.get(field))
                  if target.startswith("./")]  # not another package's specifier
        for target in (*entry_fields(manifest), *browser, DEFAULT_ENTRY, *mapped):
            yield posixpath.normpath(posixpath.join(directory, target))
    for config in sorted(resolver.tsconfigs.config_paths):
        aliases = resolver.tsconfigs.aliases_of(config)
        for _, targets in aliases.paths if aliases is not None else ():
            yield from (aliases.repository_path(target) for target in targets)
    for alias in _bundler_aliases(resolver):
        if alias.target is not None and alias.target.startswith(PATH_PREFIX):
            yield alias.target[len(PATH_PREFIX):]


def alias_prefixes_into(resolver: JsResolver, directories: Iterable[str]) -> set[str]:
    """What the specifiers start with that a tsconfig `paths` entry maps into one of
    `directories` (`@ui/` of `"@ui/*": ["./ui/*"]`, the whole key of an exact entry): such a
    specifier need not name the directory."""
    inside = tuple(f"{d}/" for d in directories)
    found = set()
    for config in sorted(resolver.tsconfigs.config_paths):
        aliases = resolver.tsconfigs.aliases_of(config)
        for key, targets in aliases.paths if aliases is not None else ():
            for target in targets:
                literal = aliases.repository_path(target).partition("*")[0]
                # the target's fixed part is in the directory, or ends inside its name
                if (literal.rstrip("/") + "/").startswith(inside) or literal and \
                        not literal.endswith("/") and any(d.startswith(literal) for d in inside):
                    found.add(key.partition("*")[0])
    return found


def _aliased_specifier_names(resolver: JsResolver) -> set[str]:
    """The last segment of each specifier a bundler alias maps to (`preact/compat` of
    `react`, `src/lib` resolved from the importer): what reaches a file of that name or the
    `index` of a directory of that name. (An alias to what impact cannot read, or keys it
    cannot read, are not checked: what they map does not depend on the files.)"""
    return {_last(_extensionless(alias.target)) for alias in _bundler_aliases(resolver)
            if alias.target is not None and not alias.target.startswith(PATH_PREFIX)}


def _bundler_aliases(resolver: JsResolver) -> Iterator[Alias]:
    for config in resolver.alias_configs:
        aliases = resolver.bundler_aliases(config)
        yield from aliases.aliases if aliases is not None else ()


def _extensionless(path: str) -> str:
    """`src/Button` of `src/Button.tsx`, `src/Button.module.css` or `src/Button/`; lower case
    (an import that differs in case is judged against the file: case_mismatch)."""
    path = path.rstrip("/").lower()
    directory, _, name = path.rpartition("/")
    name = name.split(".", 1)[0] or name
    return f"{directory}/{name}" if directory else name
