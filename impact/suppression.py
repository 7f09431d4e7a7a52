"""Inline suppression comments: read them, apply them to findings, report the broken ones.

Each language writes them its own way (impact/lang/directives.py): Python
`# impact: ignore[IMP101, IMP105]` on the offending line, `# impact: ignore-next-line[IMP101]`
on the line before it; JavaScript/TypeScript `// impact-ignore IMP101` or
`/* impact-ignore IMP101 IMP105 */`, and `// impact-ignore-next-line IMP101`. Only real comments
count: they are tree-sitter comment nodes, so the same text inside a string is nothing.

A comment that looks like a suppression but cannot be read is an IMP302 warning. With
`--strict`, one that suppresses nothing is an IMP303 warning: on lines the change added or
edited, or on every line with `--all`. A suppression is "used" when any finding of the codes it
names is on the line it covers, whether or not that finding is new, selected or excluded.
IMP201 and IMP202 exist only relative to a change, so a suppression that names only them is
never reported as unused. A linter's own suppression of its undefined-name rule (`# noqa: F821`,
`// eslint-disable-next-line no-undef`, `// @ts-expect-error`) suppresses IMP105 on the line it
covers, and is never reported; tsc's `@ts-ignore`/`@ts-expect-error` IMP101, IMP102, IMP103
and IMP202 there too, except an IMP102 of a relative import of a file tsc does not read (a
shader, a stylesheet, an image), which the bundler fails to load whatever tsc is told.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from impact.checks import RULES
from impact.checks.comments import MALFORMED_SUPPRESSION, UNUSED_SUPPRESSION
from impact.graph import relative_asset
from impact.lang import language_of
from impact.lang.directives import LINTER_MARKER, TS_SILENCED, Parsed, Reach
from impact.model import Finding, Site

if TYPE_CHECKING:
    from tree_sitter import Node

MARKER = re.compile(rb"impact(?::|-ignore)")  # files without it hold no suppression: not parsed
CHANGE_ONLY_CODES = frozenset({"IMP201", "IMP202"})
WHOLE_FILE = 0  # the line of a directive that covers every line of its file


@dataclass(frozen=True)
class Directive:
    """One suppression: the line it covers (WHOLE_FILE: every line) and the codes it names
    (None: every code)."""

    site: Site  # of the comment
    text: str  # the directive as written
    line: int
    codes: frozenset[str] | None
    linter: bool = False  # a linter's own suppression, honoured: never malformed nor unused

    def covers(self, finding: Finding) -> bool:
        return self.line in (WHOLE_FILE, finding.line) and \
            (self.codes is None or finding.code in self.codes) and \
            not (self.linter and self.codes == TS_SILENCED and missing_asset(finding))


def missing_asset(finding: Finding) -> bool:
    """An IMP102 of a relative import of a file no type checker reads (`./shader.frag.glsl`,
    `./logo.svg?url`): tsc's `@ts-ignore` above it silences tsc's want of a declaration for
    such a file, which it reports whether the file is there or not, while the bundler that
    loads it fails when it is gone (drei 2d1220d862)."""
    return finding.code == "IMP102" and relative_asset(finding.symbol)


@dataclass(frozen=True)
class Malformed:
    site: Site
    text: str
    reason: str


@dataclass(frozen=True)
class FileComments:
    directives: tuple[Directive, ...] = ()
    malformed: tuple[Malformed, ...] = ()


NO_COMMENTS = FileComments()


class Suppressions:
    """The suppression comments of one revision's files, read when first asked for."""

    def __init__(self, sources: dict[str, bytes]):
        self.sources = sources
        self._files: dict[str, FileComments] = {}

    def of(self, path: str) -> FileComments:
        if path not in self._files:
            source = self.sources.get(path, b"")
            self._files[path] = read_comments(path, source) \
                if may_suppress(source) or LINTER_MARKER.search(source) else NO_COMMENTS
        return self._files[path]

    def covering(self, finding: Finding) -> Directive | None:
        return next((d for d in self.of(finding.file).directives if d.covers(finding)), None)


# -- reading comments -----------------------------------------------------------------------


def may_suppress(source: bytes) -> bool:
    """Whether a file may hold a suppression comment (a cheap test before parsing it)."""
    return MARKER.search(source) is not None


def read_comments(path: str, source: bytes) -> FileComments:
    language = language_of(path)
    if language is None:
        return NO_COMMENTS
    from impact.lang.treesitter import captures, parser, site, text  # loads the parsers

    grammar = language.grammar(path)[0]
    root = parser(grammar).parse(language.readable(source)).root_node
    directives, malformed = [], []
    for node in captures(grammar, ("comments",), root).get("comment", ()):
        for body in language.directives.bodies(text(node)):
            parsed = _read_directive(language.directives.parse(body))
            if isinstance(parsed, str):
                malformed.append(Malformed(site(node), body, parsed))
            elif parsed is not None:
                next_line, codes = parsed
                directives.append(Directive(site(node), body,
                                            _covered_line(node, "next-line" if next_line else "line"),
                                            codes))
            honoured = language.directives.honoured(body)
            if honoured is not None and (honoured[0] != "header" or _in_header(node)):
                reach, codes = honoured
                directives.append(Directive(site(node), body, _covered_line(node, reach), codes,
                                            linter=True))
    return FileComments(tuple(directives), tuple(malformed))


def _in_header(comment: Node) -> bool:
    """Whether a comment stands before the file's first statement (only comments before it)."""
    if comment.parent is None or comment.parent.parent is not None:
        return False
    previous = comment.prev_named_sibling
    while previous is not None and previous.type in ("comment", "hash_bang_line"):
        previous = previous.prev_named_sibling
    return previous is None


def _covered_line(comment: Node, reach: Reach) -> int:
    """The line a directive in this comment covers: its own, the one after it, or every line
    (WHOLE_FILE)."""
    if reach in ("file", "header"):
        return WHOLE_FILE
    return comment.end_point[0] + 2 if reach == "next-line" else comment.start_point[0] + 1


def _read_directive(parsed: Parsed) -> tuple[bool, frozenset[str] | None] | str | None:
    """(next line?, the codes named, None: every code), a problem, or no directive."""
    if not isinstance(parsed, tuple) or parsed[1] is None:
        return parsed
    next_line, words = parsed
    codes = _codes(words)
    return codes if isinstance(codes, str) else (next_line, codes)


def _codes(words: Iterable[str]) -> frozenset[str] | str:
    codes = list(words)
    if not codes or "" in codes:
        return "empty code in the list"
    for code in codes:
        if code not in RULES:
            return f"{code!r} is not a finding code (see `impact rules`)"
    return frozenset(codes)


# -- applying them ------------------------------------------------------------------------------


def suppress(findings: list[Finding], sides: dict[str, Suppressions]) -> tuple[list[Finding], int]:
    """The findings no comment on their side (head, or base for IMP201) covers, and how many
    were suppressed."""
    kept = [f for f in findings if sides[f.revision].covering(f) is None]
    return kept, len(findings) - len(kept)


def comment_findings(head: Suppressions, scope: dict[str, set[int] | None],
                     everything_in_head: list[Finding], unused: bool) -> list[Finding]:
    """IMP302 for malformed comments, and (when `unused`) IMP303 for suppressions that cover
    nothing, in the files of `scope`, each limited to the lines it maps to (None: every line)."""
    by_line: dict[tuple[str, int], list[Finding]] = {}
    for finding in everything_in_head:
        if finding.revision == "head":
            by_line.setdefault((finding.file, finding.line), []).append(finding)
    found = []
    for path, lines in sorted(scope.items()):
        comments = head.of(path)
        for bad in comments.malformed:
            if lines is None or bad.site.line in lines:
                found.append(MALFORMED_SUPPRESSION.finding(path, bad.site, bad.text,
                                                           f"malformed suppression comment: {bad.reason}"))
        if not unused:
            continue
        for directive in comments.directives:
            if directive.linter or lines is not None and directive.site.line not in lines:
                continue
            if directive.codes is not None and directive.codes <= CHANGE_ONLY_CODES:
                continue
            if not any(directive.covers(f) for f in by_line.get((path, directive.line), ())):
                named = ", ".join(sorted(directive.codes)) if directive.codes else "finding"
                found.append(UNUSED_SUPPRESSION.finding(
                    path, directive.site, directive.text,
                    f"unused suppression: no {named} on line {directive.line}"))
    return found


def touched_lines(before: bytes | None, after: bytes) -> set[int]:
    """Lines of `after` (1-based) that the change added or edited."""
    new = after.splitlines()
    if before is None:
        return set(range(1, len(new) + 1))
    touched: set[int] = set()
    _touched_between(before.splitlines(), new, 0, touched)
    return touched


# compared pairs of lines past which a region is first split at the lines each side has once
# (a SequenceMatcher without junk takes time quadratic in the lines it finds many times over)
DIRECT_COMPARISONS = 250_000


def _touched_between(old: list[bytes], new: list[bytes], offset: int, touched: set[int]) -> None:
    """Add to `touched` the lines of `new` (numbered from `offset`) that are not kept from
    `old`. The lines both keep at either end are untouched, as git's diff reads them; in a
    large region, the lines found once on each side, in the same order, are kept too (as git's
    patience diff anchors them) and what lies between is compared."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    old, new, offset = old[head:len(old) - tail], new[head:len(new) - tail], offset + head
    if not new:
        return
    large = len(old) * len(new) > DIRECT_COMPARISONS
    anchors = _unique_in_order(old, new) if large else []
    if not anchors:
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=large)
        touched.update(offset + line + 1 for tag, _, _, start, end in matcher.get_opcodes()
                       if tag in ("replace", "insert") for line in range(start, end))
        return
    previous_old = previous_new = 0
    for at_old, at_new in [*anchors, (len(old), len(new))]:
        _touched_between(old[previous_old:at_old], new[previous_new:at_new], offset + previous_new,
                         touched)
        previous_old, previous_new = at_old + 1, at_new + 1


def _unique_in_order(old: list[bytes], new: list[bytes]) -> list[tuple[int, int]]:
    """The longest run, in order on both sides, of lines each side has exactly once:
    (position in old, position in new) pairs."""
    counts: dict[bytes, list[int]] = {}
    for side, lines in enumerate((old, new)):
        for position, line in enumerate(lines):
            found = counts.setdefault(line, [0, 0, 0, 0])
            found[side] += 1
            found[side + 2] = position
    pairs = sorted((found[2], found[3]) for found in counts.values() if found[0] == found[1] == 1)
    # the longest increasing run of positions in new (patience sorting)
    tails: list[int] = []  # new positions ending the best run of each length
    ends: list[int] = []  # the pair index ending it
    previous: list[int] = []
    for index, (_, at_new) in enumerate(pairs):
        length = bisect.bisect_left(tails, at_new)
        if length == len(tails):
            tails.append(at_new)
            ends.append(index)
        else:
            tails[length], ends[length] = at_new, index
        previous.append(ends[length - 1] if length else -1)
    run, index = [], ends[-1] if ends else -1
    while index >= 0:
        run.append(pairs[index])
        index = previous[index]
    return run[::-1]
