"""Rendered outputs of one small fixed report, compared with the files in tests/snapshots/.

The report is built in memory (no git, no parser): a moved public function that breaks two
sites (one in a test) with the edit `impact fix` would make, a removed public function no
site uses, a signature change warned at its public definition, and a message with a control
character, a backtick and a `|` in it. Every format renders it through the registry, as the
command line does. The rules keep their presentation (which one leads a cause, which warns
at a public definition) but have short fixed documentation here, so these files follow the
renderers and not the rule texts (tests/test_rule_docs.py checks those).

A change to a renderer shows as a diff against the files; when it is meant, rewrite them with
`IMPACT_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_report_snapshots.py` and
review the diff of tests/snapshots/ before committing it.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from impact.checks import RULES
from impact.model import Cause, Finding, Location
from impact.report import FORMATS, render
from impact.report_model import (
    Display,
    Links,
    Place,
    PlannedFix,
    Report,
    ReportedFinding,
    SourceLine,
    Summary,
)
from impact.reporting import fingerprint, sections

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("IMPACT_UPDATE_SNAPSHOTS") == "1"
MOVED = Cause("moved", "shop/util.py", "format_price", "shop/money.py", "format_price", 1)
DIFF = ("--- a/shop/cart.py\n+++ b/shop/cart.py\n@@ -1 +1,2 @@\n"
        "-from shop.util import clamp, format_price\n+from shop.util import clamp\n"
        "+from shop.money import format_price\n")


def rule(code: str):
    """The catalogue's rule, its documentation fixed."""
    return replace(RULES[code], summary=f"what {code} catches", why=f"why {code} matters",
                   example=f"an example of {code}", use_instead=f"how to fix {code}", references=())


def item(finding: Finding, lines: dict[int, str], place: Place | None = None) -> ReportedFinding:
    return ReportedFinding(finding, rule(finding.code),
                           tuple(SourceLine(number, text) for number, text in lines.items()),
                           fingerprint(finding, lines[finding.line]),
                           place or Place(finding.file, finding.line, finding.column))


FINDINGS = (
    item(Finding("IMP103", "dangling-attribute", "error", "app.py", 7, 5, "util.x|y",
                 "`util.x|y`: module `util` has no attribute \x1b[31m`x|y`", origin=Location("util.py", 2)),
         {6: "", 7: "    util.x|y()", 8: "main()"}),
    item(Finding("IMP202", "incompatible-signature", "warning", "pkg/db.py", 3, 5, "connect",
                 "public function `connect`: `port` is now keyword-only",
                 cause=Cause("signature", "pkg/db.py", "connect")),
         {2: "", 3: "def connect(host, *, port=5432):", 4: "    pass"}),
    item(Finding("IMP201", "removed-public-api", "warning", "pkg/api.py", 10, 1, "old_api",
                 "public function `old_api` of `pkg/api.py` was removed", revision="base",
                 cause=Cause("removed", "pkg/api.py", "old_api")),
         {9: "", 10: "def old_api():", 11: "    return 1"},
         Place("pkg/api.py", 1, 1, "[gone from this file; was at pkg/api.py:10 in base HEAD~1]")),
    item(Finding("IMP101", "dangling-import", "error", "shop/cart.py", 1, 30, "format_price",
                 "`format_price` is imported from `shop.util`, which does not define it; "
                 "`format_price` moved to `shop/money.py`", origin=Location("shop/util.py", 4),
                 cause=MOVED, fixable=True),
         {1: "from shop.util import clamp, format_price", 2: ""}),
    item(Finding("IMP201", "removed-public-api", "error", "shop/util.py", 4, 1, "format_price",
                 "public function `format_price` moved to `shop/money.py:format_price`; 2 in-repo "
                 "site(s) still use it", revision="base",
                 consumers=(Location("shop/cart.py", 1), Location("tests/test_cart.py", 2)), cause=MOVED),
         {3: "", 4: "def format_price(cents):", 5: "    return f'{cents / 100:.2f}'"},
         Place("shop/money.py", 1, 1, "[now here; was shop/util.py:4 in base HEAD~1]")),
    item(Finding("IMP101", "dangling-import", "error", "tests/test_cart.py", 2, 23, "format_price",
                 "`format_price` is imported from `shop.util`, which does not define it; "
                 "`format_price` moved to `shop/money.py`", cause=MOVED, fixable=True),
         {1: "from shop.cart import Cart", 2: "from shop.util import format_price", 3: ""}),
)

REPORT = Report(
    base="HEAD~1", head="HEAD", findings=FINDINGS, sections=sections(FINDINGS),
    summary=Summary(errors=4, warnings=2, files_scanned=12, suppressed=1, files=6, fixable=2),
    warnings=("a warning nobody renders",), fixes=(PlannedFix("shop/cart.py", DIFF),),
    rules=tuple(rule(code) for code in ("IMP101", "IMP103", "IMP201", "IMP202")),
    tool_version="0.0.0-snapshot",
    display=Display(links=Links("https://github.com/acme/shop", "0123abcd")),
)
FILES = {"text": "report.txt", "json": "report.json", "markdown": "report.md",
         "sarif": "report.sarif", "github": "report.github.txt", "vscode": "report.vscode.txt"}


def matches_snapshot(name: str, rendered: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE:
        path.write_text(rendered, encoding="utf-8", newline="")
    assert path.exists(), f"no snapshot {name}: run with IMPACT_UPDATE_SNAPSHOTS=1 to write it"
    assert rendered == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("format_name", sorted(FORMATS))
def test_each_format_renders_the_report_as_its_snapshot(format_name):
    matches_snapshot(FILES[format_name], render(format_name, REPORT))


def test_every_format_has_a_snapshot():
    assert set(FILES) == set(FORMATS)
    assert sorted(path.name for path in SNAPSHOTS.iterdir()) == sorted(
        [*FILES.values(), "report.terminal.txt", "report.cwd.vscode.txt"])


def test_paths_from_a_subdirectory():
    """vscode (and text) show paths from the directory the display names."""
    report = replace(REPORT, display=Display(path_base="shop"))
    matches_snapshot("report.cwd.vscode.txt", render("vscode", report))


def test_text_on_a_terminal_is_coloured_and_wrapped_to_its_width(monkeypatch):
    for variable in ("NO_COLOR", "FORCE_COLOR", "COLORTERM", "TTY_COMPATIBLE", "TTY_INTERACTIVE",
                     "LINES", "JUPYTER_COLUMNS", "JUPYTER_LINES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "72")
    rendered = render("text", replace(REPORT, display=Display(terminal=True)))
    assert "\x1b[" in rendered
    matches_snapshot("report.terminal.txt", rendered)


def test_the_sarif_snapshot_validates_against_the_official_schema():
    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
    document = json.loads((SNAPSHOTS / "report.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    run = document["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == ["IMP101", "IMP103", "IMP201", "IMP202"]
    assert [result["ruleIndex"] for result in run["results"]] == [1, 3, 2, 0, 2, 0]


REPORTERS = sorted(Path(__file__).parent.parent.joinpath("impact", "report").glob("*.py"))
ALLOWED = {"impact", "impact.model", "impact.report_model", "impact.report", "impact.report.printable"}


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, type-only imports included."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", REPORTERS, ids=lambda path: path.name)
def test_a_reporter_knows_only_the_report(path):
    """No graph, checks, parser, resolver, fix, snapshot, git or diff code: the model, the
    report value, the registry and `printable` (`impact routes` reads its listing, data too)."""
    allowed = ALLOWED | ({"impact.http.listing"} if path.name == "routes_report.py" else set())
    own = {name for name in imported_modules(path) if name.split(".")[0] == "impact"}
    assert own <= allowed | {f"impact.report.{p.stem}" for p in REPORTERS}, own - allowed
    codes = [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and re.fullmatch(r"IMP\d+", node.value)]
    assert codes == []  # no `code == "IMP201"`: how a rule's findings are shown is the rule's to say


def test_rendering_loads_no_pipeline_code():
    script = ("import sys, impact.report as r, importlib\n"
              "[importlib.import_module(f.module) for f in r.FORMATS.values()]\n"
              "import impact.report.routes_report\n"
              "print(sorted(m for m in sys.modules if m.startswith('impact')))")
    loaded = json.loads(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                       check=True).stdout.replace("'", '"'))
    assert {name for name in loaded if not name.startswith("impact.report.")} \
        == {"impact", "impact.method_code", "impact.model", "impact.report", "impact.report_model"}
