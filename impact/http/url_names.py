"""URLs built from an endpoint's name rather than its path: where a module or a template
asks for one (EndpointRefDecl).

Flask builds a URL with `url_for("chat.view")`, in views and in Jinja templates; the name is
the blueprint's name and the endpoint (by default the view function's name), or the endpoint
alone for a route on the app, or `.view` for one of the current blueprint's. Django builds
one with `reverse("polls:detail")` (`reverse_lazy`, `redirect("name")`, `resolve_url`) and
`{% url 'polls:detail' %}`: the name is a URL conf entry's `name=`, under the conf's
`app_name`. A name no route has fails when the URL is built: werkzeug's `BuildError`,
Django's `NoReverseMatch` (a template's `{% url ... as var %}` is silent, so it is not read).
The names the routes have: impact.http.endpoints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tree_sitter import Node

from impact.http.py_syntax import string_literal
from impact.lang.treesitter import site, text
from impact.model import EndpointRefDecl, Import, Site

FLASK, DJANGO = "flask", "django"
# the functions that build a URL from a name, and the modules they are imported from
BUILDERS = {
    "url_for": (FLASK, ("flask", "quart")),
    "reverse": (DJANGO, ("django.urls", "django.core.urlresolvers", "rest_framework.reverse")),
    "reverse_lazy": (DJANGO, ("django.urls", "django.core.urlresolvers")),
    "redirect": (DJANGO, ("django.shortcuts",)),
    "resolve_url": (DJANGO, ("django.shortcuts",)),
}
_BUILDER_NAMES = frozenset(name.encode() for name in BUILDERS)  # compared before decoding
TAKES_URLS = ("redirect", "resolve_url")  # a string with `/` or `.` is a URL to them
_NAME = r"""(['"])([\w.:-]+)\1"""
TEMPLATE_BUILDERS = (
    (FLASK, re.compile(rb"\burl_for\(\s*" + _NAME.encode())),
    # the tag's rest stops at the first `%` (and is bounded): an unclosed tag repeated through a
    # file would otherwise be scanned to the end from each one
    (DJANGO, re.compile(rb"\{%-?\s*url\s+" + _NAME.encode() + rb"([^%]{0,2000}?)-?%\}")),
)
SILENT = re.compile(rb"\sas\s+\w+\s*$")  # `{% url 'x' as link %}` sets "" when there is none


def framework_calls(plain_calls: list[Node], imports: Iterable[Import],
                    functions: dict[str, tuple], encoded: frozenset[bytes]
                    ) -> tuple[list[Node], set[str]]:
    """The calls of a function named in `functions` (name -> (framework, the modules it is
    imported from, ...); `encoded`: the names as bytes), and which of those names the module
    imports from its framework (a call of any other is of the module's own function)."""
    candidates = [call for call in plain_calls
                  if call.child_by_field_name("function").text in encoded]
    imported = {imp.local for imp in imports if imp.local in functions and
                imp.imported == imp.local and imp.source in functions[imp.local][1]} \
        if candidates else set()
    return candidates, imported


def python_refs(plain_calls: list[Node], imports: Iterable[Import]) -> list[EndpointRefDecl]:
    """`url_for("x")`, `reverse("app:x")`, ... with a literal name, where the module imports
    the builder from its framework (`imports`: the module's, at any depth)."""
    candidates, imported = framework_calls(plain_calls, imports, BUILDERS, _BUILDER_NAMES)
    if not candidates:
        return []
    refs = []
    for call in candidates:
        builder = text(call.child_by_field_name("function"))
        arguments = call.child_by_field_name("arguments")
        first = arguments.named_children[0] if arguments is not None and \
            arguments.named_children else None
        name = string_literal(first) if first is not None else None
        if builder not in imported or not name or \
                (builder in TAKES_URLS and ("/" in name or "." in name)):
            continue
        refs.append(EndpointRefDecl(name, BUILDERS[builder][0], site(first)))
    return refs


def template_refs(source: bytes) -> tuple[EndpointRefDecl, ...]:
    """`{{ url_for('chat.view') }}` and `{% url 'polls:detail' id %}` in a template."""
    refs = []
    for framework, pattern in TEMPLATE_BUILDERS:
        for match in pattern.finditer(source):
            if framework == DJANGO and SILENT.search(match.group(3)):
                continue
            start = match.start(2)
            line = source.count(b"\n", 0, start) + 1
            column = start - (source.rfind(b"\n", 0, start) + 1) + 1
            refs.append(EndpointRefDecl(match.group(2).decode(), framework, Site(line, column)))
    return tuple(sorted(refs, key=lambda r: (r.site.line, r.site.column)))
