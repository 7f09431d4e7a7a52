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
from dataclasses import dataclass, replace

from impact.model import Export, FileFacts, Site

# an attribute's quoted value may hold a `>`: Svelte's `generics="T extends Record<K, V>"`, Vue's
# `generic="T extends Item<U>"`
SCRIPT = re.compile(rb"""(<script\b(?:[^>"']|"[^"]*"|'[^']*')*>)(.*?)</script\s*>""",
                    re.DOTALL | re.IGNORECASE)
MODULE_SCRIPT = re.compile(rb"""\scontext\s*=\s*["']module["']|\smodule[\s>=]""", re.IGNORECASE)
NOT_A_LINE_BREAK = re.compile(rb"[^\n]")
SUFFIXES = (".vue", ".svelte")
PAGE_SUFFIXES = (".html", ".htm", ".jinja", ".jinja2", ".j2")
SVELTE = ".svelte"
# a SvelteKit page, whose `data` is what the `load` function of the `+page.ts`, `+page.js`
# or `+page.server.*` beside it returns (impact.http.reads)
SVELTEKIT_PAGE = "+page.svelte"
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
    """The facts of a component's scripts as the facts of the component: a Svelte template's
    snippets are bound in its module too (a `<script module>` may export them)."""
    module_lines = _module_script_lines(facts.path, source)
    if facts.path.endswith(SVELTE):
        facts = replace(facts, bindings={**_svelte_snippets(source), **facts.bindings})
    types = {d.name for d in facts.definitions if d.kind == "type"}  # Svelte hoists them
    exports = tuple(e for e in facts.exports
                    if e.source is not None or e.local in types
                    or any(a <= e.site.line <= b for a, b in module_lines))
    if not any(e.name == "default" for e in exports):
        exports += (Export("default", "declaration", COMPONENT),)
    return replace(facts, exports=exports, unbound=(), esm=True, dynamic_exports=False)


def _svelte_snippets(source: bytes) -> dict[str, Site]:
    """The snippets a Svelte template declares (`{#snippet spectrum(value)}`), where each is."""
    markup = HTML_COMMENT.sub(lambda m: _blank(m.group(0)), _blank_blocks(source))
    found = {}
    for match in SVELTE_SNIPPET.finditer(markup):
        line_start = markup.rfind(b"\n", 0, match.start(1)) + 1
        found.setdefault(match.group(1).decode(), Site(markup.count(b"\n", 0, match.start(1)) + 1,
                                                       match.start(1) - line_start + 1))
    return found


def has_script(source: bytes) -> bool:
    return SCRIPT.search(source) is not None


def as_page(facts: FileFacts, source: bytes) -> FileFacts:
    """The facts of an HTML page's or template's inline scripts that impact uses: their
    requests (and the constants and wrappers those are built with), the URLs the template
    builds from endpoint names (`url_for`, `{% url %}`: impact.http.url_names) and the attributes
    it reads from the values it is given (impact.http.template_reads). Template syntax
    inside a script (`{{ x }}`, `{% if %}`) is no JavaScript: what else the scripts say is not
    judged, syntax errors included; but the names they bind at their top level are globals of
    the page, which the scripts it loads may use (`const snapshot_url = "{{ url_for(...) }}"`
    for a static `.js` file)."""
    from impact.http import template_reads, url_names  # with their parsers: not on a warm run's path

    reads, uses, macros = template_reads.reads_and_uses(source)
    http = replace(facts.http, endpoint_refs=url_names.template_refs(source),
                   template_reads=reads, template_uses=uses, template_macros=macros)
    return FileFacts(facts.path, facts.language, http=http, esm=True,
                     ambient_globals=tuple(sorted(facts.bindings)))


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


# -- templates ---------------------------------------------------------------------------
#
# A component's template reads the names its script binds at the top (a Vue `<script setup>`
# component's, a Svelte component's): `{{ task.title }}`, `:done="task.done"`, `{order.total}`.
# The template's expressions are laid out where they are in the file, everything else
# blanked and each expression closed by `;` on the byte before and after it (a brace, a
# quote), so that a grammar reads them as statements whose sites are the file's.

VUE_TEMPLATE = re.compile(rb"<template\b[^>]*>(.*)</template\s*>", re.DOTALL | re.IGNORECASE)
VUE_SETUP = re.compile(rb"<script\b[^>]*\ssetup[\s>=]", re.IGNORECASE)
# the Options API: a script exporting the component's options (`export default { ... }`,
# `export default defineComponent({ ... })`), which give the template its names
VUE_OPTIONS = re.compile(rb"export\s+default\s+(?:defineComponent\s*\(\s*)?\{")
NOT_HTML_TEMPLATE = re.compile(rb"<template\b[^>]*\slang\s*=", re.IGNORECASE)
MAX_EXPRESSION = 4000  # bytes: a longer attribute value is not read
VUE_ATTRIBUTE = re.compile(  # a directive (with its argument and modifiers) and its value
    rb"""(?<=[\s"'])(v-[a-zA-Z-]+(?:[:.][^\s=>"'/]*)?|[:@#][^\s=>"'/]*)\s*=\s*"""
    rb"""(?:"([^"]{0,%d})"|'([^']{0,%d})')""" % (MAX_EXPRESSION, MAX_EXPRESSION))
ELEMENT_NAME = re.compile(rb"[A-Za-z][\w.-]*")
VUE_COMPONENT_TAG = re.compile(rb"[A-Z][A-Za-z0-9]*|[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
PROP_NAME = re.compile(r"[A-Za-z_$][\w$-]*")
VUE_LOOP = re.compile(rb"\s*(?:\(([^)]*)\)|([\w$]+))\s+(?:in|of)\s+", re.DOTALL)
VUE_PATTERNS = (b"v-slot", b"#", b"slot-scope")  # a directive whose value binds names
STYLE = re.compile(rb"(<style\b[^>]*>)(.*?)</style\s*>", re.DOTALL | re.IGNORECASE)
HTML_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
SVELTE_LET = re.compile(rb"\slet:([\w$]+)(=\{)?")
SVELTE_EXPRESSIONS = (b"#if", b":else if", b"#key", b"@html", b"@render", b"#await")
SVELTE_BINDING = (b":then", b":catch", b"#snippet", b"@const")
IDENTIFIER = re.compile(rb"[A-Za-z_$][\w$]*")
SVELTE_SNIPPET = re.compile(rb"\{#snippet\s+([A-Za-z_$][\w$]*)")
SVELTE_EACH_TAG = re.compile(rb"\{\s*([#/])each\b")
MAX_TAG = 20000  # bytes: a start tag longer than this is not read
TAG_REST = re.compile(rb"""(?:[^>"']|"[^"]*"|'[^']*')*>""")  # to the `>` closing a tag


@dataclass(frozen=True)
class Loop:
    """`v-for="task in tasks"`, `{#each tasks as task}`: `item` is bound to each item of the
    expression at bytes [start, end)."""

    start: int
    end: int
    item: str
    scope: tuple[int, int] | None = None  # the bytes where `item` is bound: the element, the block


@dataclass(frozen=True)
class PropBinding:
    """`:task="t"` on a component's element `<TaskItem>` (or `<task-item>`): the expression at
    bytes [start, end) is handed to prop `prop` (camelCased) of component `component`
    (PascalCased)."""

    component: str
    prop: str
    start: int
    end: int


@dataclass(frozen=True)
class Template:
    """A component's template expressions as a program (`program`, as long as the file), its
    loops, and the names the template binds itself (loop items and indexes, slot props,
    `{@const}`, `{:then value}`), which hide the script's names of the same name."""

    program: bytes
    loops: tuple[Loop, ...]
    bound: tuple[str, ...]  # each time a name is bound
    assigned_lets: bool  # Svelte: a top-level `let` assigned a value shows it in the template
    props: tuple[PropBinding, ...] = ()  # Vue: expressions handed to components' props
    options: bool = False  # Vue's Options API: the script's top-level names are not the template's


def template_of(path: str, source: bytes) -> Template | None:
    """The template of a Vue `<script setup>` (or Options API) or Svelte component, if it
    has one."""
    if path.endswith(SVELTE):
        return _svelte_template(source)
    setup = path.endswith(".vue") and VUE_SETUP.search(source) is not None
    if not setup and not (path.endswith(".vue") and VUE_OPTIONS.search(source)):
        return None
    match = VUE_TEMPLATE.search(source)
    if match is None or NOT_HTML_TEMPLATE.match(source, match.start()):
        return None
    template = _vue_template(source, match.start(1), match.end(1))
    return template if setup else replace(template, options=True)


class _Program:
    def __init__(self, source: bytes):
        self.bytes = bytearray(_blank(source))
        self.source = source
        self.loops: list[Loop] = []
        self.bound: list[str] = []
        self.props: list[PropBinding] = []

    def expression(self, start: int, end: int) -> tuple[int, int]:
        """Keep the expression at [start, end), closed by `;` on the bytes around it (its
        delimiters: a brace, a quote, a space); where it is, without the whitespace around it."""
        self.bytes[start:end] = self.source[start:end]
        for at in (start - 1, end):
            if 0 <= at < len(self.bytes) and self.bytes[at:at + 1] != b"\n":
                self.bytes[at:at + 1] = b";"
        written = self.source[start:end]
        return start + len(written) - len(written.lstrip()), end - len(written) + len(written.rstrip())

    def binds(self, written: bytes) -> None:
        self.bound += [n.decode() for n in IDENTIFIER.findall(written)]

    def loop(self, start: int, end: int, item: bytes, scope: tuple[int, int] | None) -> None:
        """A loop over the expression at [start, end) binding `item` (a name, or a pattern)
        in `scope` (None: not known)."""
        start, end = self.expression(start, end)
        if IDENTIFIER.fullmatch(item):
            self.loops.append(Loop(start, end, item.decode(), scope))

    def prop(self, start: int, end: int, name: bytes, region: bytes, at: int) -> None:
        """The expression at [start, end), the value of attribute `:name` written at `at`: a
        prop's when the element it is on is a component's."""
        start, end = self.expression(start, end)
        opened = region.rfind(b"<", 0, at)
        tag = ELEMENT_NAME.match(region, opened + 1) if opened >= 0 else None
        prop = name.split(b":", 1)[-1].split(b".", 1)[0].decode("utf-8", "replace")
        if tag is not None and VUE_COMPONENT_TAG.fullmatch(tag.group()) and PROP_NAME.fullmatch(prop):
            component = tag.group().decode()
            if "-" in component:
                component = "".join(part.capitalize() for part in component.split("-"))
            self.props.append(PropBinding(component, _camel(prop), start, end))

    def template(self, assigned_lets: bool) -> Template:
        return Template(bytes(self.bytes), tuple(self.loops), tuple(self.bound), assigned_lets,
                        tuple(self.props))


def _camel(name: str) -> str:
    first, *rest = name.split("-")
    return first + "".join(part.capitalize() for part in rest)


def _vue_template(source: bytes, start: int, end: int) -> Template:
    program = _Program(source)
    region = source[:end]
    opened = region.find(b"{{", start)
    while opened >= 0:
        closed = region.find(b"}}", opened + 2)
        if closed < 0:
            break
        program.expression(opened + 2, closed)
        opened = region.find(b"{{", closed + 2)
    for match in VUE_ATTRIBUTE.finditer(region, start):
        name = match.group(1)
        group = 2 if match.group(2) is not None else 3
        value_start, value_end = match.start(group), match.end(group)
        if name == b"v-for":
            _vue_loop(program, source, value_start, value_end, _element(region, match.start()))
        elif name.startswith(VUE_PATTERNS):
            program.binds(match.group(group))
        elif name.startswith((b":", b"v-bind:")):
            program.prop(value_start, value_end, name, region, match.start())
        else:
            program.expression(value_start, value_end)
    return program.template(assigned_lets=False)


def _vue_loop(program: _Program, source: bytes, start: int, end: int,
              scope: tuple[int, int] | None) -> None:
    """`task in tasks`, `(task, index) in tasks`: the items, and the list as an expression;
    `scope`: the element whose attribute it is."""
    match = VUE_LOOP.match(source, start, end)
    if match is None:
        return
    aliases = match.group(1) if match.group(1) is not None else match.group(2)
    program.binds(aliases)
    program.loop(match.end(), end, aliases.split(b",")[0].strip(), scope)


VOID_ELEMENTS = frozenset({b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input",
                           b"link", b"meta", b"source", b"track", b"wbr"})


def _element(markup: bytes, at: int) -> tuple[int, int] | None:
    """The bytes of the element whose start tag holds the attribute at `at`, through its end
    tag (nested elements of its name counted); None when its tags cannot be told."""
    opened = markup.rfind(b"<", 0, at)
    name = ELEMENT_NAME.match(markup, opened + 1) if opened >= 0 else None
    closed = _tag_end(markup, at) if name is not None else -1
    if closed < 0:
        return None
    if markup[closed - 2:closed] == b"/>" or name.group().lower() in VOID_ELEMENTS:
        return opened, closed
    depth = 1
    for tag in re.compile(rb"<(/?)%s(?=[\s/>])" % re.escape(name.group())).finditer(markup, closed):
        end = _tag_end(markup, tag.end())
        if end < 0:
            return None
        if tag.group(1):
            depth -= 1
        elif markup[end - 2:end] != b"/>":
            depth += 1
        if depth == 0:
            return opened, end
    return None


def _tag_end(markup: bytes, at: int) -> int:
    """Just past the `>` that ends the tag `at` is in (quoted attribute values skipped); -1."""
    found = TAG_REST.match(markup, at, min(len(markup), at + MAX_TAG))
    return found.end() if found is not None else -1


def _svelte_template(source: bytes) -> Template:
    markup = HTML_COMMENT.sub(lambda m: _blank(m.group(0)), _blank_blocks(source))
    program = _Program(source)
    for match in SVELTE_LET.finditer(markup):  # `let:item`, `let:item={{ id }}`: slot props
        closed = markup.find(b"}", match.end(), match.end() + MAX_EXPRESSION) if match.group(2) else -1
        program.binds(match.group(1) + b" " + (markup[match.end():closed] if closed >= 0 else b""))
    at = markup.find(b"{")
    while at >= 0:
        end = _closing_brace(markup, at)
        if end < 0:
            break
        _svelte_tag(program, markup, at + 1, end)
        at = markup.find(b"{", end + 1)
    return program.template(assigned_lets=True)


def _svelte_tag(program: _Program, markup: bytes, start: int, end: int) -> None:
    """One `{...}` of Svelte markup, its content at [start, end)."""
    content = markup[start:end]
    stripped = content.lstrip()
    offset = start + len(content) - len(stripped)
    if stripped.startswith(b"#each"):
        _svelte_loop(program, markup, offset + len(b"#each"), end)
        return
    for keyword in SVELTE_BINDING:
        if stripped.startswith(keyword):
            head, _eq, value = stripped[len(keyword):].partition(b"=")
            program.binds(head)
            if keyword == b"@const" and value:
                program.expression(end - len(value), end)
            return
    for keyword in SVELTE_EXPRESSIONS:
        if stripped.startswith(keyword):
            expression = stripped[len(keyword):]
            if keyword == b"#await":
                expression, _then, value = expression.partition(b" then ")
                program.binds(value)
            program.expression(offset + len(keyword), offset + len(keyword) + len(expression))
            return
    if stripped[:1] in (b"/", b":", b"#", b"@"):
        return  # `{/if}`, `{:else}`, a block impact does not read
    if stripped.startswith(b"..."):
        offset += 3
        program.expression(offset, end)
        return
    component = _svelte_component_attribute(markup, start - 1)
    if component is None:
        program.expression(offset, end)
        return
    tag, name = component  # `task={t}`, or `{task}` for `task={task}`
    prop = (name or stripped.rstrip()).decode("utf-8", "replace")
    start, stop = program.expression(offset, end)
    if PROP_NAME.fullmatch(prop):
        program.props.append(PropBinding(tag.decode(), prop, start, stop))


SVELTE_COMPONENT_TAG = re.compile(rb"[A-Z][\w.]*")
ATTRIBUTE_NAME = re.compile(rb"(?<![\w$:|-])([A-Za-z_$][\w$]*)\s*=\s*$")  # not `on:x=`


def _svelte_component_attribute(markup: bytes, at: int) -> tuple[bytes, bytes] | None:
    """(component, attribute name, b"" for a shorthand `{name}`) when the brace at `at` is an
    attribute's value on a component's element (a capitalised tag: `<TaskItem task={t} />`)."""
    opened = markup.rfind(b"<", 0, at)
    if opened < 0 or markup.rfind(b">", opened, at) >= 0:
        return None  # not inside a tag
    tag = SVELTE_COMPONENT_TAG.match(markup, opened + 1)
    if tag is None:
        return None
    before = markup[max(opened, at - 200):at]
    named = ATTRIBUTE_NAME.search(before)
    if named is not None:
        return tag.group(), named.group(1)
    return (tag.group(), b"") if before[-1:].isspace() else None


def _svelte_loop(program: _Program, markup: bytes, start: int, end: int) -> None:
    """`{#each tasks as task, index (task.id)}`: the items, and the list as an expression."""
    content = markup[start:end]
    cut = content.rfind(b" as ")
    if cut < 0:
        program.expression(start, end)
        return
    aliases = content[cut + 4:].split(b"(")[0]
    program.binds(aliases)
    program.loop(start, start + cut, aliases.split(b",")[0].strip(), _each_block(markup, end))


def _each_block(markup: bytes, at: int) -> tuple[int, int] | None:
    """The bytes from the `{#each ...}` ending at `at` through its `{/each}` (nested blocks
    counted); None when it has none."""
    depth = 1
    for tag in SVELTE_EACH_TAG.finditer(markup, at):
        depth += -1 if tag.group(1) == b"/" else 1
        if depth == 0:
            return at, tag.end()
    return None


def _closing_brace(markup: bytes, at: int) -> int:
    """Where the brace opened at `at` closes (strings and template literals skipped), or -1."""
    depth, index, quote = 0, at, None
    while index < len(markup):
        char = markup[index:index + 1]
        if quote is not None:
            if char == b"\\":
                index += 1
            elif char == quote:
                quote = None
        elif char in (b'"', b"'", b"`") and depth > 0:
            quote = char
        elif char == b"{":
            depth += 1
        elif char == b"}":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def _blank_blocks(source: bytes) -> bytes:
    """The file with its script and style blocks blanked (their tags too)."""
    for pattern in (SCRIPT, STYLE):
        source = pattern.sub(lambda m: _blank(m.group(0)), source)
    return source


# -- Angular inline templates ------------------------------------------------------------
#
# The template of a module's one Angular component (`@Component({ template: `...` })`), read
# as a Vue Options API template: the component's members give it its names. Interpolations
# (`{{ barrel.wood }}`, a pipe's `| date: 'short'` left out), bindings (`[value]="x"`,
# `[(ngModel)]="x"`), event bindings (`(click)="toast(barrel.id)"`), structural directives
# (`*ngIf="x; else y"`, `*ngFor="let order of orders"`: a loop over its element) and control
# flow blocks (`@if (x)`, `@switch (x)`, `@for (barrel of barrels; track barrel.id) {...}`: a
# loop over its block). A template with `${...}` holes, or a `templateUrl`, is not read.

ANGULAR_COMPONENT = re.compile(rb"@Component\s*\(\s*\{")
ANGULAR_TEMPLATE = re.compile(rb"\btemplate\s*:\s*`")
ANGULAR_INPUT = re.compile(rb"\[([A-Za-z_$][\w$]*)\]")  # `[berth]`, not `[(x)]` nor `[class.x]`
ANGULAR_ATTRIBUTE = re.compile(
    rb"""(?<=\s)(\*ng[A-Za-z]+|\[\(?[^\s=>"'/\]()]+\)?\]|\([^\s=>"'/()]+\))\s*=\s*"""
    rb"""(?:"([^"]{0,%d})"|'([^']{0,%d})')""" % (MAX_EXPRESSION, MAX_EXPRESSION))
ANGULAR_BLOCK = re.compile(rb"@(for|if|else\s+if|switch|case)\s*\(")
ANGULAR_FOR = re.compile(rb"\s*([A-Za-z_$][\w$]*)\s+of\s+")  # `@for (item of items; ...)`
NG_FOR = re.compile(rb"\s*let\s+([A-Za-z_$][\w$]*)\s+of\s+")  # `*ngFor="let item of items; ..."`
ANGULAR_ALIAS = re.compile(rb";\s*as\s+([A-Za-z_$][\w$]*)|\sas\s+([A-Za-z_$][\w$]*)")


def angular_template(source: bytes) -> Template | None:
    """The inline template of the module's one Angular component, if it has one."""
    components = list(ANGULAR_COMPONENT.finditer(source))
    found = ANGULAR_TEMPLATE.search(source, components[0].end()) if len(components) == 1 else None
    if found is None:
        return None
    start = found.end()
    end = source.find(b"`", start)
    if end < 0 or b"${" in source[start:end]:
        return None
    program, region = _Program(source), source[:end]
    opened = region.find(b"{{", start)
    while opened >= 0:
        closed = region.find(b"}}", opened + 2)
        if closed < 0:
            break
        program.expression(opened + 2, _before_pipe(region, opened + 2, closed))
        opened = region.find(b"{{", closed + 2)
    for match in ANGULAR_ATTRIBUTE.finditer(region, start):
        group = 2 if match.group(2) is not None else 3
        _angular_attribute(program, region, match.group(1), match.start(group), match.end(group),
                           match.start())
    for match in ANGULAR_BLOCK.finditer(region, start):
        _angular_block(program, region, match.group(1), match.end())
    return replace(program.template(assigned_lets=False), options=True)


def _angular_attribute(program: _Program, region: bytes, name: bytes, start: int, end: int,
                       at: int) -> None:
    """One binding (`[x]`, `(x)`, `*ngX`) whose value is at [start, end); `at`: the attribute."""
    if name == b"*ngFor":
        loop = NG_FOR.match(region, start, end)
        if loop is not None:
            program.binds(loop.group(1))
            stop = _first(region, b";", loop.end(), end)
            program.loop(loop.end(), _before_pipe(region, loop.end(), stop), loop.group(1),
                         _element(region, at))
        return
    if name.startswith(b"*"):  # `*ngIf="user$ | async as user; else loading"`
        stop = _first(region, b";", start, end)
        alias = ANGULAR_ALIAS.search(region, start, end)
        if alias is not None:
            program.binds(alias.group(1) or alias.group(2))
            stop = min(stop, alias.start())
        program.expression(start, _before_pipe(region, start, stop))
        return
    start, stop = program.expression(start, _before_pipe(region, start, end))
    prop = ANGULAR_INPUT.fullmatch(name)
    opened = region.rfind(b"<", 0, at)
    tag = ELEMENT_NAME.match(region, opened + 1) if opened >= 0 and prop is not None else None
    if tag is not None and b"-" in tag.group():  # `<app-berth-card [berth]="berth">`: an input's
        program.props.append(PropBinding(tag.group().decode(), prop.group(1).decode(), start, stop))


def _angular_block(program: _Program, region: bytes, keyword: bytes, start: int) -> None:
    """`@for (item of items; track item.id) {`, `@if (x; as y) {`: the parenthesis opens
    just before `start`."""
    close = _first(region, b")", start, min(len(region), start + MAX_EXPRESSION))
    if close >= len(region):
        return
    if keyword != b"for":
        stop = _first(region, b";", start, close)
        alias = ANGULAR_ALIAS.search(region, stop, close)
        if alias is not None:
            program.binds(alias.group(1) or alias.group(2))
        program.expression(start, _before_pipe(region, start, stop))
        return
    loop = ANGULAR_FOR.match(region, start, close)
    if loop is None:
        return
    stop = _first(region, b";", loop.end(), close)
    body = region.find(b"{", close)
    program.binds(loop.group(1))
    program.loop(loop.end(), _before_pipe(region, loop.end(), stop), loop.group(1),
                 _block(region, body) if body >= 0 else None)


def _first(region: bytes, wanted: bytes, start: int, end: int) -> int:
    """Where `wanted` is first in [start, end) (outside quotes), else `end`; an expression's
    own parentheses are skipped when `wanted` is one."""
    quote, depth = None, 0
    for index in range(start, end):
        char = region[index:index + 1]
        if quote is not None:
            quote = None if char == quote else quote
        elif char in (b'"', b"'"):
            quote = char
        elif char == b"(":
            depth += 1
        elif char == b")" and depth > 0:
            depth -= 1
        elif char == wanted and depth == 0:
            return index
    return end


def _before_pipe(region: bytes, start: int, end: int) -> int:
    """The end of the expression at [start, end) before a pipe (`x | date: 'short'`; `||` is no pipe)."""
    at = start
    while True:
        at = _first(region, b"|", at, end)
        if at >= end or region[at + 1:at + 2] != b"|" and region[at - 1:at] != b"|":
            return at
        at += 2 if region[at + 1:at + 2] == b"|" else 1


def _block(region: bytes, at: int) -> tuple[int, int] | None:
    """The bytes of the block whose `{` is at `at` (an Angular template writes no other brace
    but its interpolations' `{{ }}`, which balance)."""
    depth = 0
    for index in range(at, len(region)):
        char = region[index:index + 1]
        depth += 1 if char == b"{" else -1 if char == b"}" else 0
        if depth == 0:
            return at, index + 1
    return None
