"""`--format markdown`: verdict, public API table, details per file, links, suggestions,
escaping and the size cap."""

from __future__ import annotations

import re

from conftest import run_impact

BASE = {"pkg/__init__.py": "", "pkg/util.py": "def helper(x):\n    return x\n",
        "app.py": "from pkg.util import helper\n"}


def markdown(repo, *args: str) -> str:
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "markdown", *args)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def test_verdict_table_details_and_links(repo_factory):
    repo = repo_factory([BASE, {"pkg/util.py": "def other():\n    pass\n"}])
    sha = "0123456789abcdef"
    text = markdown(repo, "--repo-url", "https://github.com/acme/shop", "--sha", sha)
    assert text.startswith("<!-- impact-report -->\n")
    assert "### ❌ impact: 2 error(s), 0 warning(s) introduced by this change" in text
    assert "| `helper` in `pkg/util.py` | public function `helper` of `pkg/util.py` was removed" in text
    assert "<details><summary><code>app.py</code> (1)</summary>" in text
    assert f"[line 1](https://github.com/acme/shop/blob/{sha}/app.py#L1)" in text
    assert "  from pkg.util import helper\n" in text


def test_clean_change_says_so(repo_factory):
    repo = repo_factory([BASE, {"extra.py": "x = 1\n"}])
    assert "### ✅ impact: this change breaks nothing impact can see" in markdown(repo)


def test_moved_symbol_gets_suggestion_blocks(fixture_repo):
    repo = fixture_repo("move-and-fix")
    text = markdown(repo)
    assert "<summary>impact fix: <code>shop/cart.py</code></summary>" in text
    assert "```suggestion\nfrom shop.util import clamp\nfrom shop.money import format_price\n```" in text


def test_names_cannot_inject_html_links_or_mentions(repo_factory):
    evil = "<img src=x onerror=alert(1)>@admin[x](http:evil).py"
    repo = repo_factory([BASE, {evil: "from pkg.util import nothing\n"}])
    text = markdown(repo)
    assert "<img" not in text and "@admin" not in text and "[x](http:evil)" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text


def test_long_reports_are_capped_with_a_note(repo_factory):
    files = {f"mod{i}.py": "".join(f"from pkg.util import missing{j}\n" for j in range(40))
             for i in range(60)}
    repo = repo_factory([BASE, files])
    text = markdown(repo)
    assert len(text) < 65_536
    assert "more section(s) cut to stay under GitHub's comment size limit" in text


def test_every_value_stays_in_its_cell_code_span_summary_and_link(repo_factory):
    """Names that would end a table cell, a code span, a code block, the `<summary>` line or
    a link URL, or would mention someone, are escaped where each is put."""
    piped, ticked = "pkg/a|b\\|c.py", "pkg/tick``s.py"  # public modules whose function goes
    summary = "x</code></summary>\n\n@admin #12 `y`.py"
    linked = "a b)(c.py"
    dangling = "from pkg.util import nothing  # ```` \x1b[2J\n"
    repo = repo_factory([{**BASE, piped: BASE["pkg/util.py"], ticked: BASE["pkg/util.py"]},
                         {piped: "", ticked: "", summary: dangling, linked: dangling}])
    text = markdown(repo, "--repo-url", "https://github.com/acme/shop", "--sha", "abc")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "helper" in line]
    assert len(rows) == 2
    for row in rows:  # GitHub splits a row at every `|` not escaped by a backslash
        assert len(re.split(r"(?<!\\)\|", row)) == 5, row
    assert "<code>pkg/a&#124;b&#92;&#124;c.py</code>" in rows[0] + rows[1]
    assert "``` pkg/tick``s.py ```" in rows[0] + rows[1]
    assert ("<summary><code>x&lt;/code&gt;&lt;/summary&gt;&#92;n&#92;n@\u200badmin #\u200b12 "
            "&#96;y&#96;.py</code> (1)</summary>") in text
    assert "[line 1](https://github.com/acme/shop/blob/abc/a%20b%29%28c.py#L1)" in text
    assert "\n  `````\n  from pkg.util import nothing  # ```` \\x1b[2J\n  `````\n" in text
    assert "\x1b" not in text and "@admin" not in text



def test_suggestion_blocks_cannot_be_closed_early_or_carry_control_characters(repo_factory):
    """A suggestion is applied as it is written, so it is never escaped: its fence is longer
    than any run of backticks in it, and a hunk with control characters is not suggested."""
    base = {"shop/__init__.py": "",
            "shop/util.py": "def clamp(x):\n    return x\n\n\ndef fmt(x):\n    return x\n",
            "shop/cart.py": "from shop.util import clamp, fmt  # ```` quoted\n\nclamp(1)\nfmt(2)\n",
            "shop/tty.py": "from shop.util import clamp, fmt  # \x1b[2J\u202e\n\nclamp(1)\nfmt(2)\n"}
    moved = {"shop/util.py": "def clamp(x):\n    return x\n", "shop/money.py": "def fmt(x):\n    return x\n"}
    text = markdown(repo_factory([base, moved]))
    cart = text[text.index("impact fix: <code>shop/cart.py</code>"):]
    assert cart.split("</details>")[0].endswith(
        "`````suggestion\nfrom shop.util import clamp  # ```` quoted\n"
        "from shop.money import fmt  # ```` quoted\n`````\n\n")
    tty = text[text.index("impact fix: <code>shop/tty.py</code>"):].split("</details>")[0]
    assert "suggestion" not in tty and "not shown (control characters)" in tty
    assert "\x1b" not in text and "\u202e" not in text
