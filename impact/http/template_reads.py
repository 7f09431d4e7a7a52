"""The attributes a Jinja or Django template reads from the values it is given
(TemplateReadDecl): `{{ chat.title }}`, `{{ c.parent_comment_id() }}` inside
`{% for c in comments %}`. Who gives the values, and their classes: impact.http.renders.

Read from the template's text: every dotted name in an expression (`{{ ... }}`) or a
statement (`{% ... %}`), strings and comments (`{# #}`, `{% raw %}`, `{% verbatim %}`,
`{% comment %}`) left out, is a read of its first name's attributes, one read per attribute
(`c.author.name` reads `author` of `c`, then `name` of that). A loop's variable stands for an
element of what it goes over, when that is a dotted name (`{% for c in chat.comments %}`);
a loop over anything else, or with several variables, binds names impact does not follow.
Names a template binds otherwise (`{% set %}`, `with`, a macro's or `call`'s parameters,
imports, `as x`, `x=...` in a statement) are not followed anywhere in it.

Whether a read fails when the attribute is gone (Jinja's Undefined): it is called or read
from (`x.gone()`, `x.gone.y`, `x.gone[0]`) and no `if` of the template tests it first
(`{% if x.gone %}...{{ x.gone.y }}`); a plain read renders as empty. A read the template
guards (`x.gone is defined`, `x.gone|default(...)`) is left out, and so are those beyond it.

A Jinja macro's reads of its parameters (`{% macro render_comment(comment) %}{{
comment.body }}`) are reads of the value `render_comment(comment)`; a call of a macro the
template defines or imports (`{% from "_macros.html" import render_comment %}`, `{% import
"_macros.html" as m %}`) renders that template with its arguments bound to the parameters,
by position or by keyword (`{{ render_comment(c) }}`, `{{ m.render_comment(comment=c) }}`,
`{% call render_comment(c) %}`), when an argument is a dotted name.

One pass over the text, linear on hostile input (tags left open, dotted names thousands of
attributes long, loops thousands deep, macro calls left open or nested thousands deep): a
dotted name of more than 7 attributes, and what is inside loops 8 deep, are not read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import pairwise

from impact.model import Site, TemplateBindingDecl, TemplateMacroDecl, TemplateReadDecl, TemplateUseDecl

ELEMENT = "[]"  # the step from what a loop goes over to one of its elements
OPENING = re.compile(rb"\{\{|\{%")
LEFT_OUT = re.compile(rb"\{#.*?#\}|\{%[-+]?\s*(raw|verbatim|comment)\b.*?%\}.*?\{%[-+]?\s*end\1\b.*?%\}",
                      re.DOTALL)
STRING = re.compile(rb"""'[^'\\]*(?:\\.[^'\\]*)*'|"[^"\\]*(?:\\.[^"\\]*)*\"""")
CHAIN = re.compile(rb"(?<![\w.])([A-Za-z_]\w*)((?:\s*\.\s*[A-Za-z_]\w*)+)")
ATTRIBUTE = re.compile(rb"\.\s*([A-Za-z_]\w*)")
KEYWORD = re.compile(rb"\s*[-+]?\s*(\w+)")
LOOP = re.compile(rb"\s*[-+]?\s*for\s+(.+?)\s+in\s+(.+?)\s*(\bif\b.*|\brecursive\s*)?[-+]?\s*$", re.DOTALL)
NAME = re.compile(rb"\s*([A-Za-z_]\w*)\s*$")
ITERATED = re.compile(rb"\s*([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)\s*$")
FAILS_AFTER = re.compile(rb"\s*(\(|\[|\.\s*\d)")
GUARD_AFTER = re.compile(rb"\s*(is\s+(not\s+)?(defined|undefined)\b|\|\s*(default|d)\b)")
INLINE_TEST = re.compile(rb"\bif\b")
BOUND = (re.compile(rb"(?<![=!<>])\b([A-Za-z_]\w*)\s*=(?!=)"),  # `set x = `, `with x=`, `x=` parameters
         re.compile(rb"\bas\s+([A-Za-z_]\w*)"),  # `import 'm' as x`, `{% url ... as x %}`
         re.compile(rb"^\s*[-+]?\s*set\s+([\w\s,]+?)\s*[-+]?\s*$", re.DOTALL),  # a block `{% set x %}`
         re.compile(rb"^\s*[-+]?\s*set\s+([\w\s,]+?)\s*=(?!=)", re.DOTALL))  # `set a, b = ...`
PARAMETERS = re.compile(rb"^\s*[-+]?\s*(?:macro\s+\w+|call)\s*\(([^)]*)\)")
# `from "m.html" import a, b as c`, its string blanked (or a variable naming the template)
IMPORTED = re.compile(rb"^\s*[-+]?\s*from\s+(?:\S+\s+)?import\s+(.+?)(?:\s+with(?:out)?\s+context)?"
                      rb"\s*[-+]?\s*$", re.DOTALL)
IDENTIFIER = re.compile(rb"[A-Za-z_]\w*")
USE = re.compile(rb"""\s*[-+]?\s*(include|extends)\s+(['"])([^'"\n]+)\2(.*?)[-+]?\s*$""", re.DOTALL)
PASSED = re.compile(rb"(?<![\w.])([A-Za-z_]\w*)\s*=(?!=)\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?=\s|$))?")
MACRO = re.compile(rb"^\s*[-+]?\s*macro\s+([A-Za-z_]\w*)\s*\(([^)]*)\)")
FROM_IMPORT = re.compile(rb"""^\s*[-+]?\s*from\s+(['"])([^'"\n]+)\1\s+import\s+(.+?)"""
                         rb"""(?:\s+with(?:out)?\s+context)?\s*[-+]?\s*$""", re.DOTALL)
IMPORT_AS = re.compile(rb"""^\s*[-+]?\s*import\s+(['"])([^'"\n]+)\1\s+as\s+([A-Za-z_]\w*)""")
IMPORTED_NAME = re.compile(rb"\s*([A-Za-z_]\w*)(?:\s+as\s+([A-Za-z_]\w*))?\s*$")
CALLED = re.compile(rb"(?<![\w.])(?:([A-Za-z_]\w*)\s*\.\s*)?([A-Za-z_]\w*)\s*\(")
KEYWORD_ARGUMENT = re.compile(rb"\s*([A-Za-z_]\w*)\s*=(?!=)(.*)$", re.DOTALL)
MAX_STEPS = 8  # attributes of one dotted name, and loops deep
OPENING_BRACKETS, CLOSING_BRACKETS, COMMA = frozenset(b"([{"), frozenset(b")]}"), ord(",")

Key = tuple[str, tuple[str, ...]]  # a value's name, and the steps from it


def parameter_value(macro: str, parameter: str) -> str:
    """The name a macro's reads of one of its parameters read from."""
    return f"{macro}({parameter})"


def reads_and_uses(source: bytes) -> tuple[tuple[TemplateReadDecl, ...], tuple[TemplateUseDecl, ...],
                                           tuple[TemplateMacroDecl, ...]]:
    """The attribute reads of one template, in the order they are written; the templates it
    renders inside itself (`include`, `extends`, a macro's call) with what it passes them;
    the macros it defines."""
    if b"." not in source and b"(" not in source:
        return (), (), ()
    raw = list(_tags(LEFT_OUT.sub(_blank, source)))
    tags = [(start, STRING.sub(_blank, content), statement) for start, content, statement in raw]
    reader = _Reader(source, _bound(tags), _macros_known(raw))
    for (start, content, statement), (_, written, _) in zip(tags, raw):
        reader.tag(start, content, statement)
        if statement and (use := USE.match(written)) is not None:
            reader.use(start, use)
    return reader.reads(), tuple(reader.uses), tuple(reader.macros)


def _macros_known(raw: list[tuple[int, bytes, bool]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(`alias` or "", name) as a call writes it -> (template, macro) of each macro the template
    defines ("" for itself) or imports."""
    known: dict[tuple[str, str], tuple[str, str]] = {}
    for _start, written, statement in raw:
        if not statement:
            continue
        if (macro := MACRO.match(written)) is not None:
            known[("", macro.group(1).decode())] = ("", macro.group(1).decode())
        elif (imported := FROM_IMPORT.match(written)) is not None:
            template = imported.group(2).decode().strip()
            for part in imported.group(3).split(b","):
                name = IMPORTED_NAME.match(part)
                if name is not None:
                    known[("", (name.group(2) or name.group(1)).decode())] = \
                        (template, name.group(1).decode())
        elif (module := IMPORT_AS.match(written)) is not None:
            known[(module.group(3).decode(), "*")] = (module.group(2).decode().strip(), "*")
    return known


class _Brackets:
    """One pass over a tag's content (strings blanked): where each bracket opened is closed,
    how deep it is, and the commas at each depth; a call's arguments are then found without
    reading its text again (linear on hostile input)."""

    def __init__(self, content: bytes):
        self.content = content
        self.closing: dict[int, int] = {}
        self.depth: dict[int, int] = {}
        self.commas: dict[int, list[int]] = {}
        opened: list[int] = []
        for index, char in enumerate(content):
            if char in OPENING_BRACKETS:
                opened.append(index)
                self.depth[index] = len(opened)
            elif char in CLOSING_BRACKETS and opened:
                self.closing[opened.pop()] = index
            elif char == COMMA:
                self.commas.setdefault(len(opened), []).append(index)

    def arguments(self, opening: int) -> list[bytes]:
        """The arguments of the call whose `(` is at `opening`; [] when it is not closed."""
        closing = self.closing.get(opening)
        if closing is None:
            return []
        commas = self.commas.get(self.depth[opening], [])
        inside = commas[bisect.bisect_right(commas, opening):bisect.bisect_left(commas, closing)]
        bounds = [opening, *inside, closing]
        pieces = [self.content[a + 1:b] for a, b in pairwise(bounds)]
        return [p for p in pieces if p.strip()]


def _tags(text: bytes) -> Iterator[tuple[int, bytes, bool]]:
    """(where its content starts, the content, whether it is a statement) of each `{{ }}` and
    `{% %}`, in one pass: a tag left open ends the template (Jinja fails on it anyway)."""
    at = 0
    while (opening := OPENING.search(text, at)) is not None:
        statement = opening.group() == b"{%"
        end = text.find(b"%}" if statement else b"}}", opening.end())
        if end == -1:
            return
        yield opening.end(), text[opening.end():end], statement
        at = end + 2


def _blank(match: re.Match) -> bytes:
    """The text left out, as spaces (line breaks kept): what follows keeps its place."""
    return re.sub(rb"[^\n]", b" ", match.group(0))


def _bound(tags: list[tuple[int, bytes, bool]]) -> frozenset[str]:
    """The names the template binds other than as a loop's variable."""
    names: set[str] = set()
    for _start, content, statement in tags:
        if not statement:
            continue
        for pattern in BOUND:
            for match in pattern.finditer(content):
                names.update(n.decode() for n in IDENTIFIER.findall(match.group(1)))
        for pattern in (PARAMETERS, IMPORTED):
            match = pattern.match(content)
            if match is not None:
                names.update(n.decode() for n in IDENTIFIER.findall(match.group(1)))
    return frozenset(names)


class _Reader:
    """The reads of a template's tags, taken in order, with the loops open at each."""

    def __init__(self, source: bytes, bound: frozenset[str],
                 macros_known: dict[tuple[str, str], tuple[str, str]]):
        self.line_starts = [0, *(m.end() for m in re.finditer(rb"\n", source))]
        self.bound = bound
        self.macros_known = macros_known
        self.macro: TemplateMacroDecl | None = None  # the macro being defined
        self.macros: list[TemplateMacroDecl] = []
        self.loops: list[dict[str, Key | None]] = []  # a loop variable: what it stands for
        self.too_deep = 0  # loops open inside the deepest one read
        self.found: dict[tuple, TemplateReadDecl] = {}
        self.tested: set[Key] = set()
        self.guarded: set[Key] = set()
        self.uses: list[TemplateUseDecl] = []

    def tag(self, start: int, content: bytes, statement: bool) -> None:
        keyword = KEYWORD.match(content)
        word = keyword.group(1) if keyword else b""
        if statement and word == b"endfor":
            if self.too_deep:
                self.too_deep -= 1
            elif self.loops:
                self.loops.pop()
            return
        if statement and word in (b"macro", b"endmacro"):
            self._macro(content if word == b"macro" else b"")
            return
        if self.macros_known:
            self._macro_calls(start, content)
        if len(self.loops) == MAX_STEPS:  # loops deeper than any model is followed: not read
            if statement and word == b"for":
                self.too_deep += 1
            return
        loop = LOOP.match(content) if statement and word == b"for" else None
        tested_from = 0 if statement and word in (b"if", b"elif") else None
        if not statement:
            inline = INLINE_TEST.search(content)
            tested_from = inline.start() if inline else None
        # a loop's variable is read in its filter (`for c in comments if c.visible`), not before
        opened = loop.start(3) if loop is not None and loop.group(3) else len(content)
        for match in CHAIN.finditer(content):
            if loop is not None and match.start() >= opened:
                self.loops.append(self._loop(loop))
                loop = None
            tested = tested_from is not None and match.start() >= tested_from
            self._chain(start, content, match, tested)
        if loop is not None:
            self.loops.append(self._loop(loop))

    def use(self, start: int, use: re.Match) -> None:
        """`{% include "x.html" ... %}` or `{% extends "x.html" %}`: the names it passes on
        (the loops open here, `with c=comment`) and those it hides."""
        rest = STRING.sub(_blank, use.group(4))
        include = use.group(1) == b"include"
        only = include and re.search(rb"\bwithout\s+context\b|\bonly\s*$", rest) is not None
        passed = {} if only else {name: key for loop in self.loops for name, key in loop.items()}
        for name, value in PASSED.findall(rest if include else b""):  # `with c=comment x="..."`
            parts = value.decode().split(".")
            over = self._resolved(parts[0]) if value else None
            passed[name.decode()] = None if over is None else (over[0], (*over[1], *parts[1:]))
        bindings = tuple(TemplateBindingDecl(name, key[0], key[1])
                         for name, key in sorted(passed.items()) if key is not None)
        hidden = tuple(sorted({name for name, key in passed.items() if key is None} |
                              (set() if only else self.bound - passed.keys())))
        self.uses.append(TemplateUseDecl(use.group(3).decode().strip(), bindings, hidden, only,
                                         self._site(start)))

    def _macro(self, content: bytes) -> None:
        """`{% macro name(a, b=1) %}` opens a macro; `{% endmacro %}` closes it."""
        macro = MACRO.match(content)
        self.macro = None
        if macro is not None:
            parameters = tuple(p.split(b"=")[0].strip().decode() for p in macro.group(2).split(b","))
            self.macro = TemplateMacroDecl(macro.group(1).decode(), tuple(p for p in parameters if p))
            self.macros.append(self.macro)

    def _macro_calls(self, start: int, content: bytes) -> None:
        """Each call of a macro the template defines or imports: a use of its template, with
        the arguments that are dotted names bound to its parameters."""
        brackets = None
        for call in CALLED.finditer(content):
            alias, name = (call.group(1) or b"").decode(), call.group(2).decode()
            template, macro = self.macros_known.get((alias, name) if not alias else (alias, "*"),
                                                    ("", ""))
            if not macro:
                continue
            passed = []
            brackets = brackets or _Brackets(content)
            for index, argument in enumerate(brackets.arguments(call.end() - 1)):
                keyword = KEYWORD_ARGUMENT.match(argument)
                key = self._value(keyword.group(2) if keyword else argument)
                if key is not None:
                    parameter = keyword.group(1).decode() if keyword else str(index)
                    passed.append(TemplateBindingDecl(parameter, key[0], key[1]))
            self.uses.append(TemplateUseDecl(template, tuple(passed), (), True,
                                             self._site(start + call.start(2)),
                                             macro=name if macro == "*" else macro))

    def _value(self, written: bytes) -> Key | None:
        """What an argument written as a dotted name stands for, if it is one."""
        dotted = ITERATED.match(written)
        if dotted is None:
            return None
        parts = [p.strip().decode() for p in dotted.group(1).split(b".")]
        over = self._resolved(parts[0])
        return None if over is None else (over[0], (*over[1], *parts[1:]))

    def _loop(self, loop: re.Match) -> dict[str, Key | None]:
        variables = [n.decode() for n in IDENTIFIER.findall(loop.group(1))]
        iterated = ITERATED.match(loop.group(2))
        single = NAME.match(loop.group(1))
        if single is None or iterated is None:
            return dict.fromkeys(variables)
        parts = [p.strip().decode() for p in iterated.group(1).split(b".")]
        over = self._resolved(parts[0])
        if over is None:
            return dict.fromkeys(variables)
        steps = (*over[1], *parts[1:], ELEMENT)
        return {variables[0]: (over[0], steps)} if len(steps) < MAX_STEPS else dict.fromkeys(variables)

    def _resolved(self, name: str) -> Key | None:
        """What a name read in the template stands for: a value it was given, or an element
        of a loop's; None for a name it binds itself."""
        for loop in reversed(self.loops):
            if name in loop:
                return loop[name]
        if self.macro is not None and name in self.macro.parameters:
            return parameter_value(self.macro.name, name), ()
        return None if name in self.bound else (name, ())

    def _chain(self, start: int, content: bytes, match: re.Match, tested: bool) -> None:
        root = self._resolved(match.group(1).decode())
        if root is None:
            return
        after = content[match.end():]
        attributes = list(ATTRIBUTE.finditer(match.group(2)))[:MAX_STEPS]
        if len(attributes) == MAX_STEPS:
            return  # deeper than any model is followed: not read
        steps = root[1]
        for index, attribute in enumerate(attributes):
            steps = (*steps, attribute.group(1).decode())
            key = (root[0], steps)
            if tested:
                self.tested.add(key)
            last = index == len(attributes) - 1
            if last and GUARD_AFTER.match(after):
                self.guarded.add(key)
            fails = not last or FAILS_AFTER.match(after) is not None
            offset = start + match.start(2) + attribute.start(1)
            read = TemplateReadDecl(root[0], steps, fails, self._site(offset))
            self.found.setdefault((read.name, read.steps, read.fails, read.site), read)

    def _site(self, offset: int) -> Site:
        line = bisect.bisect_right(self.line_starts, offset)
        return Site(line, offset - self.line_starts[line - 1] + 1)

    def reads(self) -> tuple[TemplateReadDecl, ...]:
        """The reads found, less those a guard covers; a failing read of an attribute an `if`
        tests is one that renders as empty."""
        reads = []
        for read in self.found.values():
            if any((read.name, read.steps[:length]) in self.guarded
                   for length in range(1, len(read.steps) + 1)):
                continue
            if read.fails and (read.name, read.steps) in self.tested:
                read = TemplateReadDecl(read.name, read.steps, False, read.site)
            reads.append(read)
        unique = dict.fromkeys(reads)
        return tuple(sorted(unique, key=lambda r: (r.site.line, r.site.column, r.steps)))
