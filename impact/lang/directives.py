"""The comment-directive forms of suppression comments, one per language family.

Python: `# impact: ignore[IMP101, IMP105]` on the offending line, `# impact: ignore-next-line[IMP101]`
on the line before it; without `[...]` every code is suppressed. JavaScript/TypeScript:
`// impact-ignore IMP101` or `/* impact-ignore IMP101 IMP105 */` (codes separated by commas or
spaces, a reason after `--`), and `// impact-ignore-next-line IMP101`. A form reads the body
of one comment; whether the codes it names exist is for impact/suppression.py to judge. A
linter's own suppression of its undefined-name rule (`# noqa: F821`, `// eslint-disable-line
no-undef`; ruff's file-level `# ruff: noqa: F821` for the whole file) is read as one of IMP105,
mypy's and pyright's of an attribute they cannot see (`# type: ignore[attr-defined]`,
`# pyright: ignore[reportAttributeAccessIssue]`) as one of IMP103, of a module they cannot find
(`# type: ignore[import-not-found]`, `# pyright: ignore[reportMissingImports]`) as one of IMP102,
a bare `# type: ignore` or
`# pyright: ignore` as one of both; tsc's `// @ts-ignore`
and `// @ts-expect-error` as one of IMP101, IMP102, IMP103, IMP105 and IMP202 (at a call) on the
next line (tsc reports none of those there), and `// @ts-nocheck` before the first statement as
one of them in the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

PY_DIRECTIVE = re.compile(r"impact:\s*ignore(?P<rest>.*)", re.DOTALL)
JS_DIRECTIVE = re.compile(r"impact-ignore(?P<rest>.*)", re.DOTALL)
NEXT_LINE = "-next-line"
CODE_LIKE = re.compile(r"IMP\w*")

# (next line?, the codes as written, None: every code), a problem, or no directive at all
Parsed = tuple[bool, tuple[str, ...] | None] | str | None
# a linter's own suppression read as impact's: (what it covers: its line, the next line, the
# whole file, or the whole file when the comment stands before the first statement (a
# header), the impact codes it covers)
Reach = Literal["line", "next-line", "file", "header"]
Honoured = tuple[Reach, frozenset[str]] | None

# The linters' suppressions of their undefined-name rule (ruff/flake8 F821, pyright
# reportUndefinedVariable, mypy name-defined, eslint no-undef, tsc's @ts-ignore and
# @ts-expect-error): the author marked the name as deliberately unbound (a test of NameError,
# an annotation Python never evaluates), so IMP105 on the line they cover is suppressed too.
UNDEFINED_NAME = frozenset({"IMP105"})
# tsc's `@ts-ignore` and `@ts-expect-error` silence every error of the next line, an import tsc
# cannot resolve (a bundler's virtual module: TanStack Start's `import('#tanstack-router-entry')`),
# a name a module does not export, and a call whose arguments do not fit (TS2554) among them
TS_SILENCED = UNDEFINED_NAME | {"IMP101", "IMP102", "IMP103", "IMP202"}
# tsc's `@ts-nocheck` in a file's header: the file is not type-checked (vendored code), but its
# imports are still linked by the bundler or the runtime, which fail on a name or a module that
# is gone: IMP101 and IMP102 stay
TS_NOCHECK_SILENCED = TS_SILENCED - {"IMP101", "IMP102"}
# (a prefilter of the comments to read: ruff and flake8 take `noqa` in any case: `NoQA` too)
LINTER_MARKER = re.compile(rb"noqa|type:\s*ignore|pyright:\s*ignore|eslint-disable|@ts-ignore|"
                           rb"@ts-expect-error|@ts-nocheck", re.IGNORECASE)
PY_LINTER = re.compile(r"(?:(?P<file>ruff:\s*)?(?P<noqa>noqa)"
                       r"(?::\s*(?P<codes>[A-Z]+\d+(?:[\s,]+[A-Z]+\d+)*))?"
                       r"|(?P<checker>type|pyright):\s*ignore(?:\[(?P<rules>[^\]]*)\])?)(?![\w-])",
                       re.IGNORECASE)
# a Python checker's rules impact honours, with the codes each covers: an undefined name; an
# attribute read the checker cannot see, which the author marks as provided at run time (a
# deprecated alias a module's `__getattr__` installs through a helper) or as failing on purpose
# (a test of AttributeError)
ATTRIBUTE = frozenset({"IMP103"})
# and a module the checker cannot find, which the author marks as not in the repository (a
# closed-source extension's model imported under TYPE_CHECKING: fides' `from
# fides.api.models.data_consumer import DataConsumer  # type: ignore[import-not-found]`)
MISSING_MODULE = frozenset({"IMP102"})
PY_RULES = {"noqa": {"F821": UNDEFINED_NAME},
            "type": {"name-defined": UNDEFINED_NAME, "attr-defined": ATTRIBUTE,
                     "import-not-found": MISSING_MODULE, "import": MISSING_MODULE},
            "pyright": {"reportUndefinedVariable": UNDEFINED_NAME,
                        "reportAttributeAccessIssue": ATTRIBUTE,
                        "reportMissingImports": MISSING_MODULE}}
# what `# type: ignore` and `# pyright: ignore` without a list of rules cover
PY_EVERY_RULE = UNDEFINED_NAME | ATTRIBUTE
JS_LINTER = re.compile(r"(?:eslint-disable-(?P<eslint>line|next-line)(?P<rules>[^\n]*)"
                       r"|@ts-(?:ignore|expect-error|(?P<nocheck>nocheck)))(?![\w-])")


@dataclass(frozen=True)
class DirectiveForm:
    """How a language writes a suppression comment."""

    bodies: Callable[[str], list[str]]  # the directive candidates in one comment's text
    parse: Callable[[str], Parsed]  # one candidate read
    honoured: Callable[[str], Honoured]  # one candidate read as a linter's suppression


def _python_bodies(comment: str) -> list[str]:
    """`# type: ignore  # impact: ignore[IMP101]` holds two comments."""
    return [part.strip() for part in comment.split("#")[1:]]


def _js_bodies(comment: str) -> list[str]:
    if comment.startswith("/*"):
        return [comment[2:].removesuffix("*/").strip().lstrip("*").strip()]
    return [comment[2:].strip()]


def _python_directive(body: str) -> Parsed:
    match = PY_DIRECTIVE.match(body)
    if match is None:
        if JS_DIRECTIVE.match(body):
            return "in Python write `# impact: ignore[CODE]`"
        return None
    rest = match["rest"]
    next_line = rest.startswith(NEXT_LINE)
    rest = rest.removeprefix(NEXT_LINE)
    if rest.startswith("["):
        close = rest.find("]")
        if close < 0:
            return "unclosed `[`"
        if rest[close + 1:] and not rest[close + 1].isspace():
            return f"unexpected {rest[close + 1:].split()[0]!r} after `]`"
        return next_line, tuple(part.strip() for part in rest[1:close].split(","))
    if rest and not rest[0].isspace():
        return "expected `[CODE, ...]` or the end of the comment after `ignore`"
    if CODE_LIKE.match(rest.strip()):
        return "codes go in brackets: `# impact: ignore[CODE]`"
    return next_line, None


def _js_directive(body: str) -> Parsed:
    match = JS_DIRECTIVE.match(body)
    if match is None:
        if PY_DIRECTIVE.match(body):
            return "in JavaScript/TypeScript write `// impact-ignore CODE`"
        return None
    rest = match["rest"]
    next_line = rest.startswith(NEXT_LINE)
    rest = rest.removeprefix(NEXT_LINE)
    if rest and not rest[0].isspace():
        return "expected codes or the end of the comment after `impact-ignore`"
    words = tuple(w for w in re.split(r"[\s,]+", rest.split("--", 1)[0]) if w)
    return next_line, words or None


def _python_linter(body: str) -> Honoured:
    """`noqa`, `noqa: F821, E501`, `type: ignore[name-defined]`, `type: ignore[attr-defined]`,
    `pyright: ignore`: on its line; ruff's `ruff: noqa: F821`: in the whole file."""
    match = PY_LINTER.match(body)
    if match is None:
        return None
    checker = "noqa" if match["noqa"] else match["checker"].lower()
    listed = match["codes"] if match["noqa"] else match["rules"]
    reach: Reach = "file" if match["file"] else "line"
    if listed is None:
        return reach, UNDEFINED_NAME if checker == "noqa" else PY_EVERY_RULE
    rules = PY_RULES[checker]
    codes = frozenset().union(*(rules.get(rule, ()) for rule in re.split(r"[\s,]+", listed)))
    return (reach, codes) if codes else None


def _js_linter(body: str) -> Honoured:
    """`eslint-disable-line [no-undef, ...]` on its line, `eslint-disable-next-line [...]`,
    `@ts-ignore` and `@ts-expect-error` on the next; `@ts-nocheck` in the file's header, which
    tsc reads before the first statement only, in the whole file, its imports left judged
    (tsc checks nothing there: patternfly's vendored popper; a bundler still links them)."""
    match = JS_LINTER.match(body)
    if match is None:
        return None
    if match["eslint"]:
        rules = [r for r in re.split(r"[\s,]+", match["rules"].split("--", 1)[0]) if r]
        if rules and "no-undef" not in rules:
            return None
        return "next-line" if match["eslint"] == "next-line" else "line", UNDEFINED_NAME
    return ("header", TS_NOCHECK_SILENCED) if match["nocheck"] else ("next-line", TS_SILENCED)


HASH_COMMENT = DirectiveForm(_python_bodies, _python_directive, _python_linter)
SLASH_COMMENT = DirectiveForm(_js_bodies, _js_directive, _js_linter)
