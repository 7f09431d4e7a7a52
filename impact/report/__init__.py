"""Reporters: one module per output format; they know only findings."""

SHOWN_LINE_WIDTH = 200


def clip(text: str, column: int, width: int = SHOWN_LINE_WIDTH) -> str:
    """A window of a source line around `column` (1-based): a minified bundle's one line can
    be megabytes long, and printing it once per finding would flood the report."""
    if len(text) <= width:
        return text
    start = min(max(0, column - 1 - width // 2), len(text) - width)
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")
