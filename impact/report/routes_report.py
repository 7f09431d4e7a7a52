"""`impact routes` as text or JSON: the same shape as the formats of `impact diff`, one
`render(listing) -> str` per format in `FORMATS`, given only the listing (plain data that
impact.http.listing builds)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from impact.report.printable import json_text, printable

if TYPE_CHECKING:
    from impact.http.listing import Caller, Listing


def render_text(listing: Listing) -> str:
    lines = []
    for route in listing.routes:
        methods = "ANY" if "*" in route.methods else "|".join(route.methods)
        where = f"{route.file}:{route.line}" + (f" {route.handler}" if route.handler else "")
        placed = "" if route.placed else "  (under a prefix impact cannot read)"
        named = f"  (named {route.name})" if route.name else ""
        lines.append(printable(f"{methods} {route.path}  {where}{named}{placed}"))
        if route.sends is None:
            lines.append("    sends: fields not all known (not judged by IMP402/IMP404)")
        else:
            lines.append(printable("    sends: " + (", ".join(route.sends) or "no JSON object")))
        for caller in route.callers:
            maybe = "" if caller.exact else " (URL built at run time: may call it)"
            lines.append(printable(f"    called by {caller.file}:{caller.line}  {caller.method} "
                                   f"{caller.url}{maybe}"))
    if listing.unmatched:
        lines.append("requests no route here serves:")
        lines.extend(printable(f"    {c.file}:{c.line}  {c.method} {c.url}") for c in listing.unmatched)
    if not listing.routes and not listing.unmatched:
        lines.append("no routes or requests found")
    return "\n".join(lines) + "\n"


def render_json(listing: Listing) -> str:
    return json_text({
        "routes": [{"methods": list(r.methods), "path": r.path, "placed": r.placed, "file": r.file,
                    "line": r.line, "handler": r.handler, "name": r.name,
                    "sends": None if r.sends is None else list(r.sends),
                    "callers": [_caller_json(c) for c in r.callers]} for r in listing.routes],
        "unmatched": [_caller_json(c) for c in listing.unmatched],
    })


def _caller_json(caller: Caller) -> dict:
    return {"file": caller.file, "line": caller.line, "method": caller.method, "url": caller.url,
            "exact": caller.exact}


FORMATS: dict[str, Callable[[Listing], str]] = {"text": render_text, "json": render_json}
