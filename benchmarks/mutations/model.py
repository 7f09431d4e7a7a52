"""What a mutation is, and the text helpers the generators share."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Mutation kinds, in report order. Controls must break nothing.
BREAKING = ("remove_symbol", "rename_definition", "delete_module", "remove_import",
            "drop_export", "add_required_param", "remove_passed_param",
            # the kinds added in round 17: a signature's parameters made keyword-only or
            # positional-only (Python), a default removed, a class or interface member removed,
            # an overload signature removed (TypeScript), an enum member removed (TypeScript)
            "make_keyword_only", "make_positional_only", "remove_default", "remove_member",
            "remove_overload", "remove_enum_member")
CONTROLS = ("rename_local", "add_optional_param", "add_unused_function", "reorder_definitions")
KINDS = BREAKING + CONTROLS


@dataclass(frozen=True)
class Mutation:
    """One edit of the base tree: `files` maps a path to its new text, or None to delete it.

    `terms` are the words (symbol and module names) whose textual occurrence puts a file into
    the oracle's file list, besides the changed files themselves.
    """

    kind: str
    summary: str
    files: dict[str, str | None]
    terms: tuple[str, ...]

    @property
    def control(self) -> bool:
        return self.kind in CONTROLS


@dataclass(frozen=True)
class Candidate:
    """A place a mutation of `kind` can be made; `build` returns the Mutation or None when the
    edit turns out invalid (the result does not parse)."""

    kind: str
    key: str  # stable description, for deterministic sampling
    build: object  # Callable[[], Mutation | None]


class AttributeReads:
    """Which files read each name as an attribute (`.name`, the name a whole word there), from
    one pass over every file: a search of every file for each member was quadratic (anthropic's
    3,700 files). `word` is the language's word characters, as a regular expression class."""

    def __init__(self, texts: dict[str, str], word: str):
        self.word = word
        self.readers: dict[str, set[str]] = {}
        for rel, text in texts.items():
            for name in set(re.findall(rf"\.({word}+)", text)):
                self.readers.setdefault(name, set()).add(rel)

    def elsewhere(self, name: str, rel: str) -> bool:
        """Whether a file other than `rel` reads `.name`."""
        assert re.fullmatch(f"{self.word}+", name), name
        return bool(self.readers.get(name, set()) - {rel})


def word_count(text: str, word: str) -> int:
    return len(re.findall(rf"(?<![\w$]){re.escape(word)}(?![\w$])", text))


def replace_word(text: str, word: str, new: str) -> str:
    return re.sub(rf"(?<![\w$]){re.escape(word)}(?![\w$])", new, text)


def line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def splice(text: str, start: int, end: int, new: str = "") -> str:
    return text[:start] + new + text[end:]


def remove_list_item(text: str, start: int, end: int) -> str:
    """Remove the item text[start:end] of a comma-separated list with its separating comma."""
    after = re.match(r"[ \t]*,[ \t]*(?:\n[ \t]*)?", text[end:])
    if after:
        return splice(text, start, end + after.end())
    before = re.search(r",\s*$", text[:start])
    if before:
        return splice(text, before.start(), end)
    return splice(text, start, end)
