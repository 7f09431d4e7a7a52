"""`[tool.impact]` in the head revision's pyproject.toml (or impact.toml).

Read so far: `roots` (extra Python source roots, for layouts impact does not detect by
itself) and `public` (the modules whose names are public API: paths, directories ending in
`/`, or glob patterns; this replaces the automatic public-API model). Unknown keys and wrong
types are a one-line error.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from impact.snapshot import ImpactError, Snapshot

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KNOWN_KEYS = {"roots", "public"}


@dataclass(frozen=True)
class Config:
    roots: tuple[str, ...] = ()
    public: tuple[str, ...] | None = None


def load_config(snapshot: Snapshot) -> Config:
    section, source = _section(snapshot)
    unknown = set(section) - KNOWN_KEYS
    if unknown:
        raise ImpactError(f"{source}: unknown key '{sorted(unknown)[0]}' in [tool.impact]")
    roots = _strings(section, "roots", source) or ()
    return Config(tuple(r.strip("/") for r in roots), _strings(section, "public", source))


def _strings(section: dict, key: str, source: str) -> tuple[str, ...] | None:
    if key not in section:
        return None
    value = section[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ImpactError(f"{source}: [tool.impact] {key} must be a list of strings")
    return tuple(value)


def _section(snapshot: Snapshot) -> tuple[dict, str]:
    for name, path in (("impact.toml", ()), ("pyproject.toml", ("tool", "impact"))):
        if name not in snapshot.blobs:
            continue
        data = snapshot.read([name]).get(name, b"")
        try:
            document = tomllib.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise ImpactError(f"{name}: not valid TOML ({error})") from None
        for key in path:
            document = document.get(key, {})
            if not isinstance(document, dict):
                raise ImpactError(f"{name}: [tool.impact] must be a table")
        if document or name == "impact.toml":
            return document, name
    return {}, ""
