"""HTTP across the seam: the operations a revision serves, the requests it sends, the fields
the one sends and the other reads.

Per file (`javascript.py`, `python.py`, `django.py`; bodies in `js_bodies.py` and
`py_bodies.py`, reads in `js_reads.py`, development proxies in `proxies.py`): declarations
read from the syntax tree impact already parsed, kept in FileFacts.http (cached with the
other facts). Per revision: served operations with their full paths (`routes.py`) and the
fields of their bodies (`responses.py`), client calls with the paths they ask for
(`clients.py`) and the response fields their callers read (`reads.py`), composed across
modules with impact's own import resolution (`names.py`). `paths.py` normalises and matches
paths; `listing.py` is `impact routes`. The rules are in impact.checks.http. Generated API
clients: their requests in `js_generated.py`, the calls of their functions in
`client_functions.py`.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from impact.model import FileFacts

# the files a route handler routed by its path may be (routes.py, and index.py, which must
# not import it): Next.js, Nuxt (Nitro) and SvelteKit
ROUTE_FILE_SUFFIXES = (".js", ".jsx", ".ts", ".tsx", ".mjs")
NITRO_ROUTE_DIRS = ("api", "routes")  # under server/: `server/api/x.ts` is `/api/x`


def may_be_routed_by_path(path: str) -> bool:
    """A handler a framework routes by its path, whether or not that framework is configured:
    Next.js `route.*` under `app/` or a module under `pages/` and `api/`; Nuxt
    `server/api/**` and `server/routes/**`; SvelteKit `+server.*` under `routes/`."""
    if not path.endswith(ROUTE_FILE_SUFFIXES):
        return False
    parts = path.split("/")
    stem = posixpath.splitext(parts[-1])[0]
    directories = parts[:-1]
    return (stem == "route" and "app" in directories or "pages" in directories and "api" in parts
            or stem == "+server" and "routes" in directories
            or any(d == "server" and directories[i + 1:i + 2] in (["api"], ["routes"])
                   for i, d in enumerate(directories)))


def modules_importing(homes: Iterable[str], importers: Mapping[str, Iterable[str]],
                      facts: Mapping[str, FileFacts]) -> set[str]:
    """The modules that import one of `homes` (generated clients), directly or through modules
    that re-export what they import: where calls of their request functions may be
    (`importers`: module -> the modules that import it)."""
    homes = set(homes)
    found: set[str] = set()
    pending = list(homes)
    while pending:
        for importer in importers.get(pending.pop(), ()):
            if importer in found or importer in homes or importer not in facts:
                continue
            found.add(importer)
            if any(export.source is not None for export in facts[importer].exports):
                pending.append(importer)
    return found
