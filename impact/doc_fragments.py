"""Files the documentation includes into its pages: fragments shown as code, never run.

Documentation tools paste a source file into a page: markdown-include's `{!./src/tutorial/
body/code01.py!}` (MkDocs, django-ninja's docs), pymdownx.snippets' `--8<-- "docs_src/app.py"`,
Sphinx's and MyST's `literalinclude`. Such a file is often a fragment that reads names the page
defines in an earlier snippet (`@api.post(...)` with `api` made in the page before): when
nothing of the repository imports it, it is never run, and its free names are the page's, not
undefined names. An included file that code imports (FastAPI's `docs_src`, which its tests
import and run) is a module like any other.

An included path is matched by its end: `./src/a.py` (relative to wherever the tool's base
path is) names any file whose path ends with `src/a.py`.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable

DOC_PAGES = (".md", ".markdown", ".rst")
INCLUDES = re.compile(
    rb"\{!\s*([^!\s{}]+?)\s*!"  # markdown-include: {!path!} (with `lines=` after the second !)
    rb"|--8<--\s+[\"']([^\"':]+)"  # pymdownx.snippets: --8<-- "path" (or "path:3:9")
    rb"|literalinclude::?\}?[ \t]+([^\s`]+)")  # Sphinx `.. literalinclude:: path`, MyST's


def included_files(paths: Iterable[str], candidates: set[str],
                   read: Callable[[list[str]], dict[str, bytes]]) -> frozenset[str]:
    """Those of `candidates` (paths of source files) a documentation page among `paths`
    includes."""
    pages = sorted(path for path in paths if path.endswith(DOC_PAGES) and "node_modules/" not in path)
    if not pages or not candidates:
        return frozenset()
    included = set()
    for source in read(pages).values():
        for match in INCLUDES.finditer(source):
            written = next(group for group in match.groups() if group is not None)
            included.add(_without_leading_dots(written.decode("utf-8", "replace")))
    return frozenset(path for path in candidates
                     if any(path == end or path.endswith("/" + end) for end in included if end))


def _without_leading_dots(written: str) -> str:
    """`./src/a.py`, `../src/a.py`, `/src/a.py` -> `src/a.py`."""
    parts = [part for part in posixpath.normpath(written).split("/") if part not in ("", ".", "..")]
    return "/".join(parts)
