"""Findings about impact's own inline suppression comments: IMP302 and IMP303.

They are not found on a graph: impact/suppression.py reads the comments and reports them
while it applies them to the findings of the other rules.
"""

from __future__ import annotations

from impact.checks.base import Rule

MALFORMED_SUPPRESSION = Rule(
    code="IMP302",
    name="malformed-suppression",
    severity="warning",
    summary="an inline suppression comment cannot be read: a code that is not a finding code, "
            "an unclosed `[`, an empty list, or the other language's form; it suppresses nothing.",
    why="a suppression that silently does nothing lets the finding through while the author "
        "believes it is handled, or hides nothing while looking like it hides something.",
    example="from pkg import gone  # impact: ignore[IMP10]   <- IMP302: IMP10 is not a finding code",
    short='an inline suppression comment cannot be read, so it suppresses nothing (warning)',
    use_instead="write `# impact: ignore[IMP101]` (Python) or `// impact-ignore IMP101` (JS/TS) with "
                "real finding codes.",
    references=('https://docs.astral.sh/ruff/linter/#error-suppression',),
)
UNUSED_SUPPRESSION = Rule(
    code="IMP303",
    name="unused-suppression",
    severity="warning",
    summary="(--strict only) an inline suppression comment suppresses nothing: no finding of the "
            "codes it names is on the line it covers. Reported on lines the change added or edited "
            "(every line with --all).",
    why="suppressions rot: once the code is fixed, a forgotten `impact: ignore` would hide the next "
        "real breakage on that line (ruff's unused-noqa, for the same reason).",
    example="from pkg import helper  # impact: ignore[IMP101]   <- IMP303 when pkg provides helper",
    short='with `--strict`: an inline suppression comment suppresses nothing (warning)',
    use_instead='remove the suppression comment, or correct the code it names.',
    references=('https://docs.astral.sh/ruff/rules/unused-noqa/',),
)
RULES = (MALFORMED_SUPPRESSION, UNUSED_SUPPRESSION)
