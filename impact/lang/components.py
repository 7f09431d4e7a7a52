"""Code in `<script>` blocks of files of another kind. Single-file components (`.vue`,
`.svelte`): their script blocks are TypeScript (or JavaScript, which the TypeScript grammar
reads too) in an HTML-like file. HTML pages and server-side templates (`.html`, Jinja,
Django): only the requests of their inline scripts, and the URLs they build from endpoint
names, are read (as_page).

The grammar reads the file with everything outside the script blocks blanked (each byte a
space, each line break kept), so every site in the facts is the site in the file and `fix`
edits the file's own bytes. A component is an ES module whose default export is the
component itself, whether or not a script says `export default` (`<script setup>` does
not); its other exports are those of Svelte's module script (`<script context="module">`,
`<script module>`): an instance script's `export let x` declares a prop, not an export, but
its `export type`/`export interface` is the module's (Svelte 5 hoists type exports).
Names a script uses unbound are not reported: compiler macros (`defineProps`, `$state`)
and the auto-imports of Nuxt and unplugin are bound by the build, not by the file.
"""

from __future__ import annotations

import re
from dataclasses import replace

from impact.model import Export, FileFacts, Site

SCRIPT = re.compile(rb"(<script\b[^>]*>)(.*?)</script\s*>", re.DOTALL | re.IGNORECASE)
MODULE_SCRIPT = re.compile(rb"""\scontext\s*=\s*["']module["']|\smodule[\s>=]""", re.IGNORECASE)
NOT_A_LINE_BREAK = re.compile(rb"[^\n]")
SUFFIXES = (".vue", ".svelte")
PAGE_SUFFIXES = (".html", ".htm", ".jinja", ".jinja2", ".j2")
SVELTE = ".svelte"
COMPONENT = Site(1, 1)  # where the default export, the component, is said to be


def script_blocks(source: bytes) -> bytes:
    """The file with everything but the contents of its script blocks blanked."""
    kept, end = [], 0
    for match in SCRIPT.finditer(source):
        kept += [_blank(source[end:match.start(2)]), match.group(2)]
        end = match.end(2)
    kept.append(_blank(source[end:]))
    return b"".join(kept)


def as_component(facts: FileFacts, source: bytes) -> FileFacts:
    """The facts of a component's scripts as the facts of the component."""
    module_lines = _module_script_lines(facts.path, source)
    types = {d.name for d in facts.definitions if d.kind == "type"}  # Svelte hoists them
    exports = tuple(e for e in facts.exports
                    if e.source is not None or e.local in types
                    or any(a <= e.site.line <= b for a, b in module_lines))
    if not any(e.name == "default" for e in exports):
        exports += (Export("default", "declaration", COMPONENT),)
    return replace(facts, exports=exports, unbound=(), esm=True, dynamic_exports=False)


def has_script(source: bytes) -> bool:
    return SCRIPT.search(source) is not None


def as_page(facts: FileFacts, source: bytes) -> FileFacts:
    """The facts of an HTML page's or template's inline scripts that impact uses: their
    requests (and the constants and wrappers those are built with), and the URLs the template
    builds from endpoint names (`url_for`, `{% url %}`: impact.http.url_names). Template syntax
    inside a script (`{{ x }}`, `{% if %}`) is no JavaScript: what else the scripts say is not
    judged, syntax errors included."""
    from impact.http import url_names  # with the parser it needs: not on a warm run's path

    http = replace(facts.http, endpoint_refs=url_names.template_refs(source))
    return FileFacts(facts.path, facts.language, http=http, esm=True)


def _module_script_lines(path: str, source: bytes) -> list[tuple[int, int]]:
    """(first, last) line of each script whose exports are the module's: all of a Vue
    file's, a Svelte file's module scripts."""
    every = not path.endswith(SVELTE)
    lines = []
    for match in SCRIPT.finditer(source):
        if every or MODULE_SCRIPT.search(match.group(1)):
            first = source.count(b"\n", 0, match.start(2)) + 1
            lines.append((first, first + match.group(2).count(b"\n")))
    return lines


def _blank(part: bytes) -> bytes:
    return NOT_A_LINE_BREAK.sub(b" ", part)
