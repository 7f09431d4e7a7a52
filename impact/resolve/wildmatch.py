"""git's wildmatch, the glob of `.gitignore` lines, matched without backtracking.

Patterns and paths are bytes, as git compares them, held in `str` one character per byte
(latin-1; see `as_bytes_text`). The semantics are git's with `WM_PATHNAME`: `?`, `[...]` and `*`
never match `/`; a component made only of two or more stars (`**`, between slashes or at an
end) matches any number of whole path components; `[...]` takes `!` or `^` to negate, ranges,
`\\` escapes and the POSIX classes (`[:alpha:]`, ASCII only as in git); a backslash escapes
the next character. A pattern git can never match (a trailing backslash, an unclosed `[`,
an unknown `[:name:]`, a class such as `[z-a]` that holds no character) is `Unmatchable`.

Matching is linear in the path for a given pattern, whatever the pattern: every `/` of the
path is matched by a `/` of the pattern, so the pattern's components line up with the
path's, a `**` standing for any run of components; inside a component the stars separate
fixed-width blocks of single characters. At both levels the first block is matched at the
start, the last at the end and each one in between at its leftmost place after the previous
one, which is exact when a star matches any run (a `*` within a component, a `**` over
components): nothing is ever retried, unlike the regular expressions other gitignore
libraries compile a pattern to, which backtrack without bound (`*a*a*a*a*a*a*ab`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

ALL_BYTES = frozenset(map(chr, range(256)))
GLOB_SPECIAL = "*?[\\"


def _bytes_where(test: Callable[[int], bool]) -> frozenset[str]:
    return frozenset(chr(b) for b in range(256) if test(b))


def _alpha(b: int) -> bool:
    return 65 <= b <= 90 or 97 <= b <= 122


def _digit(b: int) -> bool:
    return 48 <= b <= 57


# git's own ctype (sane_ctype): ASCII only, and isspace is only tab, newline, CR and space
POSIX_CLASSES = {
    "alnum": _bytes_where(lambda b: _alpha(b) or _digit(b)),
    "alpha": _bytes_where(_alpha),
    "blank": frozenset(" \t"),
    "cntrl": _bytes_where(lambda b: b < 32 or b == 127),
    "digit": _bytes_where(_digit),
    "graph": _bytes_where(lambda b: 33 <= b <= 126),
    "lower": _bytes_where(lambda b: 97 <= b <= 122),
    "print": _bytes_where(lambda b: 32 <= b <= 126),
    "punct": _bytes_where(lambda b: 33 <= b <= 126 and not (_alpha(b) or _digit(b))),
    "space": frozenset(" \t\n\r"),
    "upper": _bytes_where(lambda b: 65 <= b <= 90),
    "xdigit": _bytes_where(lambda b: _digit(b) or 65 <= b <= 70 or 97 <= b <= 102),
}


class Unmatchable(ValueError):
    """A pattern that matches no path at all; the message says why."""


def as_bytes_text(text: str) -> str:
    """A path or pattern as its UTF-8 bytes, one character per byte, as git matches them
    (bytes that are not UTF-8, decoded with `surrogateescape`, come back as they were)."""
    if text.isascii():  # one byte per character already
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("latin-1")
    except UnicodeEncodeError:  # a lone surrogate of another kind
        return text.encode("utf-8", "surrogatepass").decode("latin-1")


# -- tokens: a character (a literal, or a frozenset of the bytes it may be), STAR or SLASH --


class _Marker:
    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return self.name


STAR = _Marker("STAR")
SLASH = _Marker("SLASH")
ESCAPED_SLASH = _Marker("ESCAPED_SLASH")  # `\/`: a '/' too, but `**\/` may not match nothing
Token = str | frozenset | _Marker


def _tokens(pattern: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
            if i == len(pattern):
                raise Unmatchable("it ends with a backslash that escapes nothing")
            tokens.append(ESCAPED_SLASH if pattern[i] == "/" else pattern[i])
        elif char == "*":
            tokens.append(STAR)
        elif char == "?":
            tokens.append(ALL_BYTES - {"/"})
        elif char == "[":
            chars, i = _bracket(pattern, i + 1)
            if not chars:
                raise Unmatchable(f"{pattern[:i + 1][-40:]!r} matches no character")
            tokens.append(chars)
        else:
            tokens.append(SLASH if char == "/" else char)
        i += 1
    return tokens


def _bracket(pattern: str, start: int) -> tuple[frozenset[str], int]:
    """The bytes a `[...]` opened before `start` matches, and the index of its `]`: a port of
    wildmatch's loop, so that `]` first, `-` at the ends, `\\` and `[:name:]` are git's."""

    def at(index: int) -> str:
        return pattern[index] if index < len(pattern) else ""

    p = start
    negated = at(p) in ("!", "^")
    if negated:
        p += 1
    char, previous, members = at(p), "", set()
    while True:
        if not char:
            raise Unmatchable("a '[' is never closed")
        if char == "\\":
            p += 1
            char = at(p)
            if not char:
                raise Unmatchable("a '[' is never closed")
            members.add(char)
        elif char == "-" and previous and at(p + 1) not in ("", "]"):
            p += 1
            char = at(p)
            if char == "\\":
                p += 1
                char = at(p)
                if not char:
                    raise Unmatchable("a '[' is never closed")
            members.update(map(chr, range(ord(previous), ord(char) + 1)))
            char = ""
        elif char == "[" and at(p + 1) == ":":
            name_start = p = p + 2
            while at(p) not in ("", "]"):
                p += 1
            if not at(p):
                raise Unmatchable("a '[' is never closed")
            if p - name_start - 1 < 0 or pattern[p - 1] != ":":
                p, char = name_start - 2, "["  # not a class name: a plain '['
                members.add(char)
            else:
                name = pattern[name_start:p - 1]
                if name not in POSIX_CLASSES:
                    raise Unmatchable(f"[:{name}:] is not a character class")
                members |= POSIX_CLASSES[name]
                char = ""
        else:
            members.add(char)
        previous = char
        p += 1
        char = at(p)
        if char == "]":
            break
    chars = ALL_BYTES - members if negated else frozenset(members)
    return chars - {"/"}, p


# -- one path component: fixed-width blocks between stars --------------------------------


@dataclass(frozen=True)
class _Block:
    """A run of single characters, as a regular expression without repetition or choice
    (so searching for it never backtracks)."""

    regex: re.Pattern
    width: int

    @classmethod
    def of(cls, characters: Sequence[str | frozenset]) -> _Block:
        regex = re.compile("".join(map(_character_regex, characters)), re.DOTALL)
        return cls(regex, len(characters))


def _character_regex(character: str | frozenset) -> str:
    if isinstance(character, str):
        return re.escape(character)
    if len(character) == len(ALL_BYTES) - 1:  # `?`: every byte but '/'
        return "."
    return "[" + "".join(map(re.escape, sorted(character))) + "]"


@dataclass(frozen=True)
class _Component:
    literal: str | None  # the component, when it has no wildcard
    blocks: tuple[_Block, ...]  # when it has: the blocks between its stars (maybe empty ones)

    @classmethod
    def of(cls, tokens: list[Token]) -> _Component:
        if all(isinstance(t, str) for t in tokens):
            return cls("".join(tokens), ())
        runs: list[list] = [[]]
        for token in tokens:
            if token is STAR:
                runs.append([])
            else:
                runs[-1].append(token)
        return cls(None, tuple(map(_Block.of, runs)))

    def matches(self, text: str) -> bool:
        if self.literal is not None:
            return text == self.literal
        if len(self.blocks) == 1:
            only = self.blocks[0]
            return len(text) == only.width and only.regex.match(text) is not None
        return _between_stars(
            [b.width for b in self.blocks], len(text),
            lambda index, at: self.blocks[index].regex.match(text, at) is not None,
            lambda index, start, end: _found(self.blocks[index].regex.search(text, start, end)))


def _found(match: re.Match | None) -> int | None:
    return match.start() if match else None


def _between_stars(widths: list[int], length: int, fits: Callable[[int, int], bool],
                   find: Callable[[int, int, int], int | None]) -> bool:
    """Whether blocks of these widths, a star between each two, can cover `length` items:
    the first at the start, the last at the end, each other one at its leftmost place.
    `fits(block, at)` tests a place; `find(block, start, end)` is the leftmost place where a
    block fits wholly inside [start, end)."""
    end = length - widths[-1]
    if widths[0] > end or not fits(0, 0):
        return False
    start = widths[0]
    for index in range(1, len(widths) - 1):
        found = find(index, start, end)
        if found is None:
            return False
        start = found + widths[index]
    return fits(len(widths) - 1, end)


# -- a whole pattern: components, and `**` between them ----------------------------------


class _AnyComponents:
    """`**`: any number of whole components."""


GLOBSTAR = _AnyComponents()
ANY_COMPONENT = _Component(None, (_Block.of([]), _Block.of([])))  # `*`


class Glob:
    """A compiled wildmatch pattern (`compile_glob`)."""

    def __init__(self, items: list[_Component | _AnyComponents]):
        runs: list[list[_Component]] = [[]]
        for item in items:
            if item is GLOBSTAR:
                runs.append([])
            else:
                runs[-1].append(item)
        self.runs = runs  # the components between the `**`s
        # the literal components it begins with, joined: a path it matches begins with them
        # (a cheap test first; most paths a repository's globs are tried on are elsewhere)
        leading = []
        for component in runs[0]:
            if component.literal is None:
                break
            leading.append(component.literal)
        self.head = "/".join(leading)
        # `head/**/last`, the common form of an `include` glob: the path begins with the head,
        # has a component more at least, and its last one matches `last` (a cheap test)
        self.tail = runs[1][0] if len(runs) == 2 and len(runs[1]) == 1 and \
            len(leading) == len(runs[0]) else None

    def may_match_within(self, path: str) -> bool:
        """Whether the glob may match `path` or a directory above it: they begin with its
        leading literal components (a cheap test; most paths are elsewhere)."""
        head = self.head
        return not head or path.startswith(head) and (len(path) == len(head) or path[len(head)] == "/")

    def matches(self, path: str) -> bool:
        if not self.may_match_within(path):
            return False
        if self.tail is not None:
            return path.count("/") >= len(self.runs[0]) and self.tail.matches(path[path.rfind("/") + 1:])
        parts = path.split("/")
        runs = self.runs

        def fits(index: int, at: int) -> bool:
            return all(c.matches(parts[at + i]) for i, c in enumerate(runs[index]))

        if len(runs) == 1:
            return len(parts) == len(runs[0]) and fits(0, 0)
        places = _Places(parts)

        def find(index: int, start: int, end: int) -> int | None:
            return places.first(runs[index], start, end)

        return _between_stars([len(run) for run in runs], len(parts), fits, find)


class _Places:
    """Where runs of components fit in a path, as bit sets over its components (bit i: the
    run may start at component i): one match per distinct component and distinct path
    component, then a shift and an AND per component of the run."""

    def __init__(self, parts: list[str]):
        self.where: dict[str, int] = {}  # each distinct path component -> its positions
        for index, part in enumerate(parts):
            self.where[part] = self.where.get(part, 0) | 1 << index
        self.matched: dict[_Component, int] = {}

    def first(self, run: list[_Component], start: int, end: int) -> int | None:
        """The leftmost place at or after `start` where `run` fits wholly before `end`."""
        fits = (1 << max(end - len(run) + 1, 0)) - 1
        for offset, component in enumerate(run):
            fits &= self._matched_by(component) >> offset
            if not fits:
                return None
        fits >>= start
        return start + (fits & -fits).bit_length() - 1 if fits else None

    def _matched_by(self, component: _Component) -> int:
        if component not in self.matched:
            self.matched[component] = sum(positions for part, positions in self.where.items()
                                          if component.matches(part))
        return self.matched[component]


def glob_or_none(pattern: str) -> Glob | None:
    """A path pattern, as text, compiled; None when no path can match it (what git does with
    such a pattern: it matches nothing)."""
    try:
        return compile_glob(as_bytes_text(pattern))
    except Unmatchable:
        return None


def compile_glob(pattern: str) -> Glob:
    """The pattern compiled, or Unmatchable. `pattern` is bytes text (`as_bytes_text`)."""
    components: list[list[Token]] = [[]]
    for token in [*_tokens(pattern), None]:
        if token is SLASH or token is ESCAPED_SLASH or token is None:
            components[-1].append(token)  # what ends the component
            components.append([])
        else:
            components[-1].append(token)
    items: list[_Component | _AnyComponents] = []
    for index, (*tokens, end) in enumerate(components[:-1]):
        if len(tokens) < 2 or any(t is not STAR for t in tokens):
            items.append(_Component.of([t for i, t in enumerate(tokens)
                                        if not (t is STAR and i and tokens[i - 1] is STAR)]))
        elif end is ESCAPED_SLASH or (end is None and index):
            # git's wildmatch lets `**/` match no component, but not `**\/`, nor a `**` at
            # the end after a '/'
            items += [ANY_COMPONENT, GLOBSTAR]
        else:
            items.append(GLOBSTAR)
    return Glob(items)
