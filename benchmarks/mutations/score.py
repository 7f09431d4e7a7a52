"""Matching impact's findings with the oracle's new diagnostics, site by site.

A site is a (file, statement) pair: every line is mapped to the first line of the innermost
statement that contains it, because the tools point at different lines of one broken
statement (pyright puts "No parameter named" on the keyword argument, impact on the call;
tsc puts TS2554 on the surplus argument).

- An oracle site is *recalled* when impact reports the same site, or when impact reports, in
  the same file, the symbol the diagnostic names (one breakage, one finding per site:
  impact reports a dangling import once, at the import, and not again at each use).
- An impact site is *correct* when the oracle reports the same site. (Stricter than recall
  on purpose: a finding at a use whose import the oracle already reports is a second finding
  for one breakage, which impact's rules say it must not give.)
- A call the oracle finds "not callable" (pyright: `Object of type "object" is not callable`)
  quotes a type, not the called name: where a module `__getattr__` typed `-> object` binds a
  name its module no longer loads (langchain-core's, structlog's lazy `__init__`), pyright
  accepts the import and reports each call instead, while at run time the import raises.
  Such a site also stands for the names called on its line (a decorator's among them): it is recalled by impact's
  finding of one of them in the same file (at its import), and that finding is correct.
- So for a module attribute the oracle finds unknown (pyright: `"mel" is not a known attribute
  of module ".."`): where a lazy package's stub declares a submodule that is gone (librosa's
  `__init__.pyi`: `from . import filters`), pyright accepts `from .. import filters` and
  reports each `filters.mel(...)`, while at run time the import raises. Such a site also
  stands for the name the attribute is read from on its line (`filters`): it is recalled by
  impact's finding of that name in the same file (at its import), and that finding is correct.
- A star import of a module that is gone (`from .app import *`, `app.py` deleted) is one
  breakage: pyright reports the import and then each use of a name it brought ("x" is not
  defined), impact the import only. Where impact reports the star import the oracle finds
  unresolved, the oracle's undefined names in that file are recalled by it.
- Compared findings: every impact finding located in head. Left out: IMP201 (at the old
  definition, in base; each of its consumers has its own finding) and the IMP202 warning at
  the definition of a public callable whose change breaks no call in the repository (it has
  no origin: it stands at the definition itself). Neither tool's definition-level notes have
  a counterpart in the other. IMP202 warnings at a call (through a decorator that may
  reshape it) are compared like any finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .oracle import Diagnostic

QUOTED = re.compile(r"""["']([\w$.]+)["']""")
CALLED = re.compile(r"([A-Za-z_$][\w$]*)\s*\(")
DECORATOR = re.compile(r"^\s*@\s*([\w$.]+)")  # `@RunnableLambda`: a call of that name too
STAR_IMPORT = re.compile(r"^\s*from\s+[\w.]+\s+import\s+\*")
UNDEFINED_NAME = "reportUndefinedVariable"  # pyright's "x" is not defined
MODULE_ATTRIBUTE = re.compile(r"""^["']([\w$]+)["'] is not a known attribute of module """)


@dataclass
class Site:
    file: str
    line: int
    names: set[str] = field(default_factory=set)
    details: list[str] = field(default_factory=list)
    called: set[str] = field(default_factory=set)  # names called where the oracle says
    # "not callable", or read where it says "not a known attribute of module" (see the
    # module docstring)


@dataclass
class Score:
    oracle: list[Site]
    impact: list[Site]
    recalled: list[Site]
    correct: list[Site]

    @property
    def misses(self) -> list[Site]:
        return [s for s in self.oracle if s not in self.recalled]

    @property
    def extras(self) -> list[Site]:
        return [s for s in self.impact if s not in self.correct]


def compared(finding: dict) -> bool:
    if finding.get("revision") != "head":
        return False
    return not (finding.get("code") == "IMP202" and finding.get("severity") == "warning"
                and finding.get("origin") is None)


def impact_detail(finding: dict) -> str:
    warning = " (warning)" if finding.get("severity") == "warning" else ""
    return f"{finding['code']}{warning} {finding.get('message', '')}"


def names_in(message: str) -> set[str]:
    return {part for q in QUOTED.findall(message) for part in (q, q.rsplit(".", 1)[-1])}


def called_names(message: str, line_text: str) -> set[str]:
    if not message.endswith("is not callable"):
        return set()
    decorators = {part for name in DECORATOR.findall(line_text) for part in name.split(".")}
    return set(CALLED.findall(line_text)) | decorators


def receiver_names(message: str, line_text: str) -> set[str]:
    """The names an unknown module attribute is read from on its line (see the docstring)."""
    attribute = MODULE_ATTRIBUTE.match(message)
    if attribute is None:
        return set()
    return set(re.findall(rf"([A-Za-z_]\w*)\s*\.\s*{re.escape(attribute[1])}\b", line_text))


def statement_start(spans: list[tuple[int, int]], line: int) -> int:
    return max((first for first, last in spans if first <= line <= last), default=line)


def sites(items: list[tuple[str, int, set[str], str, set[str]]],
          spans: Callable[[str], list[tuple[int, int]]]) -> list[Site]:
    by_key: dict[tuple[str, int], Site] = {}
    for file, line, names, detail, called in items:
        key = (file, statement_start(spans(file), line))
        site = by_key.setdefault(key, Site(*key))
        site.names |= names
        site.called |= called
        site.details.append(detail)
    return sorted(by_key.values(), key=lambda s: (s.file, s.line))


def score(diagnostics: list[Diagnostic], findings: list[dict],
          spans: Callable[[str], list[tuple[int, int]]]) -> Score:
    oracle = sites([(d.file, d.line, names_in(d.message), f"{d.code} {d.message}",
                     called_names(d.message, d.line_text) | receiver_names(d.message, d.line_text))
                    for d in diagnostics], spans)
    impact = sites([(f["file"], f["line"], {f.get("symbol") or ""}, impact_detail(f), set())
                    for f in findings if compared(f)], spans)
    impact_at = {(s.file, s.line) for s in impact}
    impact_names = {(s.file, n) for s in impact for n in s.names}
    oracle_at = {(s.file, s.line) for s in oracle}
    oracle_called = {(s.file, n) for s in oracle for n in s.called}
    stars = _reported_star_imports(diagnostics, impact_at, spans)
    recalled = [s for s in oracle if (s.file, s.line) in impact_at
                or any((s.file, n) in impact_names for n in s.names | s.called)
                or s.file in stars and all(d.startswith(UNDEFINED_NAME) for d in s.details)]
    correct = [s for s in impact if (s.file, s.line) in oracle_at
               or any((s.file, n) in oracle_called for n in s.names)]
    return Score(oracle, impact, recalled, correct)


def _reported_star_imports(diagnostics: list[Diagnostic], impact_at: set[tuple[str, int]],
                           spans: Callable[[str], list[tuple[int, int]]]) -> set[str]:
    """The files where impact reports a star import the oracle finds broken (see the module
    docstring): the undefined names of those files are its uses."""
    return {d.file for d in diagnostics if STAR_IMPORT.match(d.line_text)
            and (d.file, statement_start(spans(d.file), d.line)) in impact_at}
