"""Facts per file: a pure function of a path and its bytes, dispatched by language.

A file that cannot be read as source (binary, not decodable, over the size limit, or
needing more CPU time than the time budget) yields facts with only a Problem, which becomes
an IMP301 warning; analysis goes on without it.
"""

from __future__ import annotations

import codecs
import re

from impact.lang import Language, language_of
from impact.model import FileFacts, Problem, Site

DEFAULT_MAX_FILE_SIZE = 2_000_000
DEFAULT_TIME_BUDGET = 10.0  # CPU seconds to read one file; a 2 MB file takes about one
CODING_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")


def is_source(path: str) -> bool:
    return language_of(path) is not None


def extract_facts(path: str, data: bytes, max_size: int = DEFAULT_MAX_FILE_SIZE,
                  time_budget: float | None = DEFAULT_TIME_BUDGET) -> FileFacts:
    language = language_of(path)
    if language is None:
        raise ValueError(f"not a source file: {path}")
    if len(data) > max_size:
        return oversized_facts(path, len(data), max_size)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _unreadable(path, language, "skipped: UTF-16 text; impact reads UTF-8 source")
    if b"\0" in data and (not language.nul_in_strings or is_binary(data)):
        return _unreadable(path, language, "skipped: binary content (NUL bytes)")
    source, problem = _normalise(data, language)
    if source is None:
        return _unreadable(path, language, problem)
    # the grammars end the input at a NUL: a space of the same width keeps every position
    source = source.replace(b"\0", b" ")
    from impact.lang.treesitter import TimeBudgetExceeded, interrupt_after  # loads the parsers

    try:
        with interrupt_after(time_budget):
            return language.extract(path, source, time_budget)
    except TimeBudgetExceeded as budget:
        return _unreadable(path, language, f"skipped: reading it took more than the time "
                                           f"budget ({budget})", transient=True)


def is_binary(data: bytes) -> bool:
    """Whether bytes with NUL bytes in them are binary rather than text: they are, unless
    they are UTF-8 text where NULs are rare (a NUL character written raw inside a string
    literal: a template's `${a}\0${b}` key, which tsc reads)."""
    if data.count(b"\0") * 100 > len(data):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def oversized_facts(path: str, size: int, max_size: int) -> FileFacts:
    """Facts of a file over the size limit: its bytes need not even be read."""
    return _unreadable(path, language_of(path), f"skipped: {size:,} bytes is over the size "
                                                f"limit of {max_size:,} bytes")


def snapshot_facts(path: str) -> FileFacts:
    """Facts of a test runner's snapshot (impact.build_output.is_snapshot), never read: code
    under test wrote it and nothing imports or runs it; what it exports is not known."""
    language = language_of(path)
    return FileFacts(path=path, language=language.name if language else None, dynamic_exports=True)


def unread_facts(path: str, why: str) -> FileFacts:
    """Facts of a file that could not be read at all: nothing is known of what it exports.
    Not cached: the next run may read it."""
    return _unreadable(path, language_of(path), f"skipped: could not read it ({why})",
                       transient=True)


def _normalise(data: bytes, language: Language) -> tuple[bytes | None, str]:
    """UTF-8 bytes for the parser (BOM removed), and a problem to report, if any."""
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        data.decode("utf-8")
        return data, ""
    except UnicodeDecodeError as error:
        declared = _declared_encoding(data) if language.encoding_cookie else None
        if declared:
            try:
                return data.decode(declared).encode("utf-8"), ""
            except (LookupError, UnicodeDecodeError):
                pass
        line = data[: error.start].count(b"\n") + 1
        return None, f"skipped: not valid UTF-8 (byte {error.start}, line {line})"


def _declared_encoding(data: bytes) -> str | None:
    for line in data.splitlines()[:2]:
        match = CODING_COOKIE.match(line)
        if match:
            return match.group(1).decode("ascii", errors="replace")
    return None


def _unreadable(path: str, language: Language | None, message: str,
                transient: bool = False) -> FileFacts:
    return FileFacts(path=path, language=language.name if language else None,
                     problems=(Problem(message, Site(1, 1), transient),),
                     dynamic_exports=True)
