"""`[tool.impact]` in the head revision's pyproject.toml (or impact.toml): source roots.

Only `roots` is read so far: extra Python source roots, for layouts impact does not
detect by itself. Unknown keys and wrong types are a one-line error.
"""

from __future__ import annotations

import sys

from impact.snapshot import ImpactError, Snapshot

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KNOWN_KEYS = {"roots"}


def python_roots(snapshot: Snapshot) -> tuple[str, ...]:
    section, source = _section(snapshot)
    unknown = set(section) - KNOWN_KEYS
    if unknown:
        raise ImpactError(f"{source}: unknown key '{sorted(unknown)[0]}' in [tool.impact]")
    roots = section.get("roots", [])
    if not isinstance(roots, list) or not all(isinstance(r, str) for r in roots):
        raise ImpactError(f"{source}: [tool.impact] roots must be a list of strings")
    return tuple(r.strip("/") for r in roots)


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
