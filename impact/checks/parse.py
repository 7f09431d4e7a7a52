"""Files impact could not fully read: IMP301."""

from __future__ import annotations

from collections.abc import Iterator

from impact.checks.base import Rule
from impact.checks.context import RuleContext
from impact.model import Finding

UNPARSED_FILE = Rule(
    code="IMP301",
    name="unparsed-file",
    severity="warning",
    summary="a file has syntax errors, cannot be decoded, or is over the size or time limit; "
            "analysis went on with whatever could be recovered from it.",
    why="what impact cannot read it cannot check until it parses again: a Python file with a "
        "syntax error, the code inside a JavaScript/TypeScript syntax error (the whole file when "
        "most of it does not parse), and imports of names from a file it could not read. Valid "
        "code the grammars cannot read is no syntax error.",
    example="def broken(:\n    pass  # IMP301: syntax error",
    short="a file has syntax errors (not grammar gaps), is not UTF-8, binary or too large (warning)",
    use_instead="fix the syntax error or encoding; for generated or huge files, exclude them in "
                "`[tool.impact] exclude` or raise `max-file-size`.",
    references=(),
)
RULES = (UNPARSED_FILE,)


def check(context: RuleContext) -> Iterator[Finding]:
    for facts in context.files_to_check.values():
        for problem in facts.problems:
            yield UNPARSED_FILE.finding(facts.path, problem.site, facts.path, problem.message)
