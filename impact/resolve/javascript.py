"""JavaScript/TypeScript module resolution over one snapshot's files.

Relative specifiers resolve like Node and TypeScript's bundler resolution: the exact
file, then with an extension added, then TypeScript's habit of writing `./x.js` for
`x.ts`, then a directory's `package.json` entry or its `index.*`. Bare specifiers
(packages) are external and not checked. A specifier impact cannot judge (a URL, a
loader prefix, a query string, a root-absolute path) is treated as external too.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass

from impact.resolve import parent_dirs

EXTENSIONS = (".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts", ".json")
TS_FOR_JS = {".js": (".ts", ".tsx", ".d.ts"), ".jsx": (".tsx",), ".mjs": (".mts", ".d.mts"),
             ".cjs": (".cts", ".d.cts")}
INDEX_FILES = tuple(f"index{ext}" for ext in EXTENSIONS)


@dataclass(frozen=True)
class External:
    """A specifier that names a package or something impact does not resolve."""

    spec: str


class JsResolver:
    def __init__(self, paths: frozenset[str], package_json: dict[str, bytes]):
        self.paths = paths
        self.dirs = frozenset(d for p in paths for d in parent_dirs(p))
        self.lower = {p.lower(): p for p in paths}
        self.manifests = {posixpath.dirname(path): _manifest(data)
                          for path, data in package_json.items()}
        self.entries = {directory: _entry_points(manifest)
                        for directory, manifest in self.manifests.items()}
        self._resolved: dict[tuple[str, str], str | External | None] = {}

    def resolve(self, spec: str, importer: str) -> str | External | None:
        """The file a specifier names, External, or None when a relative one is missing."""
        key = (posixpath.dirname(importer), spec)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(spec, importer)
        return self._resolved[key]

    def _resolve(self, spec: str, importer: str) -> str | External | None:
        if not spec.startswith(("./", "../")) and spec not in (".", ".."):
            return External(spec)
        if any(c in spec for c in "?!#"):
            return External(spec)
        base = posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec))
        if base.startswith(".."):
            return External(spec)  # outside the repository
        return self._file(base) or self._directory(base)

    def _file(self, base: str) -> str | None:
        if base in self.paths:
            return base
        for ext in EXTENSIONS:
            if base + ext in self.paths:
                return base + ext
        stem, ext = posixpath.splitext(base)
        for replacement in TS_FOR_JS.get(ext, ()):
            if stem + replacement in self.paths:
                return stem + replacement
        return None

    def _directory(self, base: str) -> str | None:
        if base not in self.dirs:
            return None
        for entry in self.entries.get(base, ()):
            found = self._file(posixpath.normpath(posixpath.join(base, entry)))
            if found:
                return found
        for index in INDEX_FILES:
            candidate = posixpath.join(base, index)
            if candidate in self.paths:
                return candidate
        return None

    def case_mismatch(self, spec: str, importer: str) -> str | None:
        """A file that would match if case did not matter (it fails on Linux)."""
        base = posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec)).lower()
        for candidate in (base, *(base + ext for ext in EXTENSIONS),
                          *(posixpath.join(base, i) for i in INDEX_FILES)):
            if candidate in self.lower:
                return self.lower[candidate]
        return None


def _manifest(data: bytes) -> dict:
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _entry_points(manifest: dict) -> tuple[str, ...]:
    return tuple(manifest[key] for key in ("types", "module", "main")
                 if isinstance(manifest.get(key), str))
