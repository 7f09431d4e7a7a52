"""Text that cannot be turned against its reader.

Source lines, file names (git allows a newline or an escape character in a name), symbol
names and messages from an API reach the terminal, CI logs and pull requests. Every reporter
that writes lines, and every warning or error impact prints, passes such values through
`printable`: control characters, line breaks and the bidirectional overrides of "Trojan
source" are shown as escapes (`\\x1b`, `\\n`, `\\u202e`), so a file cannot clear the
terminal, set its title, forge a `::warning` line in a CI log, or reorder what is shown.
"""

from __future__ import annotations

import json
import re

# DEL, the C1 controls, the line and paragraph separators, and the bidi marks, embeddings,
# overrides and isolates; with the C0 controls but tab, all that a reader acts on unseen.
BEYOND_C0 = "\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
INVISIBLE = re.compile(f"[\x00-\x08\x0a-\x1f{BEYOND_C0}]")
RAW_IN_JSON = re.compile(f"[{BEYOND_C0}]")  # `json` escapes C0 controls itself
NAMED = {"\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in NAMED:
        return NAMED[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def printable(text: str) -> str:
    """`text` on one line with every control character visible as an escape."""
    return INVISIBLE.sub(_escape, text)


def one_line(text: str, limit: int = 300) -> str:
    """`printable(text)` cut to `limit` characters (a message from a server can be long)."""
    text = printable(text.strip())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def json_text(document: object) -> str:
    """`document` as indented JSON that a terminal shows safely and any reader decodes to the
    same data: `json` escapes only C0 controls, so DEL, C1 controls (U+009B is a CSI for
    some terminals) and bidi overrides are written as `\\uXXXX` escapes too."""
    text = json.dumps(document, indent=2, ensure_ascii=False)
    return RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text) + "\n"


def printable_lines(text: str) -> str:
    """`text` with its line breaks kept and every other control character made visible: for
    output meant to be applied or parsed as lines (a unified diff, a graph)."""
    return "\n".join(printable(line) for line in text.split("\n"))
