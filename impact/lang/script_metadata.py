"""PEP 723 inline script metadata: the `# /// script` block a standalone Python script opens
with, whose `dependencies` the tool that runs it (`uv run`, `pipx run`, `hatch run`) installs
in an environment of the script's own. The script imports those distributions as installed,
whatever the repository around it holds (zarr's tests/test_regression/scripts/v2.18.py lists
`zarr==2.18` and reads `zarr.hierarchy`, which the repository's zarr 3 no longer has)."""

from __future__ import annotations

import re
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

# the block as the PEP's reference implementation finds it
BLOCK = re.compile(rb"(?m)^# /// (?P<type>[a-zA-Z0-9-]+)$\s(?P<content>(^#(| .*)$\s)+)^# ///$")
REQUIREMENT_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def script_dependencies(source: bytes) -> frozenset[str]:
    """The top-level module names of the distributions the script's `# /// script` block
    lists (a distribution's name normalised as its import name: `typing-extensions` is
    `typing_extensions`); empty without a block, or with one TOML cannot read."""
    if b"# /// script" not in source:
        return frozenset()
    block = next((m for m in BLOCK.finditer(source) if m.group("type") == b"script"), None)
    if block is None:
        return frozenset()
    content = b"".join(line[2:] if line.startswith(b"# ") else line[1:]
                       for line in block.group("content").splitlines(keepends=True))
    try:
        dependencies = tomllib.loads(content.decode("utf-8", "replace")).get("dependencies")
    except tomllib.TOMLDecodeError:
        return frozenset()
    if not isinstance(dependencies, list):
        return frozenset()
    names = (REQUIREMENT_NAME.match(d) for d in dependencies if isinstance(d, str))
    return frozenset(re.sub(r"[-.]+", "_", m.group(1)).lower() for m in names if m)
