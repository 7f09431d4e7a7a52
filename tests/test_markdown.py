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


def test_verdict_cause_details_and_links(repo_factory):
    repo = repo_factory([BASE, {"pkg/util.py": "def other():\n    pass\n"}])
    sha = "0123456789abcdef"
    text = markdown(repo, "--repo-url", "https://github.com/acme/shop", "--sha", sha)
    assert text.startswith("<!-- impact-report -->\n")
    assert "### ❌ impact: 2 error(s), 0 warning(s) introduced by this change" in text
    assert "\n\n#### ❌ `helper` removed from `pkg/util.py` → 1 broken site\n\n" \
           "**IMP201** removed-public-api: public function `helper` of `pkg/util.py` was removed" in text
    assert f"- **IMP101** dangling-import, `app.py` [line 1](https://github.com/acme/shop/blob/{sha}" \
           f"/app.py#L1): `helper` is imported" in text
    assert "  from pkg.util import helper\n" in text


def test_public_symbols_no_site_uses_are_a_table_and_other_findings_are_per_file(repo_factory):
    repo = repo_factory([{**BASE, "app.py": "x = 1\n"},
                         {"pkg/util.py": "", "app.py": "from pkg.util import gone\n"}])
    text = markdown(repo)
    assert "| `helper` in `pkg/util.py` | public function `helper` of `pkg/util.py` was removed" in text
    assert "<details><summary><code>app.py</code> (1)</summary>" in text
    assert "####" not in text  # no cause: `gone` never was


def test_clean_change_says_so(repo_factory):
    repo = repo_factory([BASE, {"extra.py": "x = 1\n"}])
    assert "### ✅ impact: this change breaks nothing impact can see" in markdown(repo)


def test_moved_symbol_leads_and_its_fix_is_a_diff_block(fixture_repo):
    """An issue comment cannot carry suggestions GitHub applies: the edits of `impact fix`
    are shown as a `diff` block, without "Lines 1–1" labels."""
    repo = fixture_repo("move-and-fix")
    text = markdown(repo)
    verdict = "### ❌ impact: 7 error(s), 0 warning(s) introduced by this change (`HEAD~1` → `HEAD`)"
    assert text.startswith(f"<!-- impact-report -->\n\n{verdict}\n\n#### ❌ `format_price` moved "
                           "from `shop/util.py` to `shop/money.py` → 3 broken sites; `impact fix` "
                           "rewrites them\n\n**IMP201** removed-public-api: ")
    assert "#### ❌ `formatPrice` moved from `web/money.mjs` to `web/format.mjs` → 2 broken sites" in text
    sites = text[text.index("<summary>3 broken sites</summary>"):].split("</details>")[0]
    assert [line.split(", ")[1].split(" ")[0] for line in sites.splitlines() if line.startswith("- ")] \
        == ["`shop/cart.py`", "`shop/cli.py`", "`tests/test_cart.py`"]  # tests last
    assert "<summary>impact fix: <code>shop/cart.py</code></summary>\n\n```diff\n--- a/shop/cart.py\n" \
           "+++ b/shop/cart.py\n@@ -1,4 +1,5 @@\n-from shop.util import clamp, format_price\n" \
           "+from shop.util import clamp\n+from shop.money import format_price\n" in text
    assert "suggestion" not in text and "Lines " not in text


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
    # public modules whose function goes, in packages whose names no import statement can
    # spell (a module so named would be no public API)
    piped, ticked = "pkg/a|b\\|c/util.py", "pkg/tick``s/util.py"
    summary = "x</code></summary>\n\n@admin #12 `y`.py"
    linked = "a b)(c.py"
    dangling = "from pkg.util import nothing  # ```` \x1b[2J\n"
    packages = {path.replace("util.py", "__init__.py"): "" for path in (piped, ticked)}
    repo = repo_factory([{**BASE, **packages, piped: BASE["pkg/util.py"], ticked: BASE["pkg/util.py"]},
                         {piped: "", ticked: "", summary: dangling, linked: dangling}])
    text = markdown(repo, "--repo-url", "https://github.com/acme/shop", "--sha", "abc")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "helper" in line]
    assert len(rows) == 2
    for row in rows:  # GitHub splits a row at every `|` not escaped by a backslash
        assert len(re.split(r"(?<!\\)\|", row)) == 5, row
    assert "<code>pkg/a&#124;b&#92;&#124;c/util.py</code>" in rows[0] + rows[1]
    assert "``` pkg/tick``s/util.py ```" in rows[0] + rows[1]
    assert ("<summary><code>x&lt;/code&gt;&lt;/summary&gt;&#92;n&#92;n@\u200badmin #\u200b12 "
            "&#96;y&#96;.py</code> (1)</summary>") in text
    assert "[line 1](https://github.com/acme/shop/blob/abc/a%20b%29%28c.py#L1)" in text
    assert "\n  `````\n  from pkg.util import nothing  # ```` \\x1b[2J\n  `````\n" in text
    assert "\x1b" not in text and "@admin" not in text



def test_fix_diff_blocks_cannot_be_closed_early_or_carry_control_characters(repo_factory):
    """A diff block's fence is longer than any run of backticks in it, and control
    characters in it are shown as escapes."""
    base = {"shop/__init__.py": "",
            "shop/util.py": "def clamp(x):\n    return x\n\n\ndef fmt(x):\n    return x\n",
            "shop/cart.py": "from shop.util import clamp, fmt  # ```` quoted\n\nclamp(1)\nfmt(2)\n",
            "shop/tty.py": "from shop.util import clamp, fmt  # \x1b[2J\u202e\n\nclamp(1)\nfmt(2)\n"}
    moved = {"shop/util.py": "def clamp(x):\n    return x\n", "shop/money.py": "def fmt(x):\n    return x\n"}
    text = markdown(repo_factory([base, moved]))
    cart = text[text.index("impact fix: <code>shop/cart.py</code>"):]
    assert cart.split("</details>")[0].endswith(
        "+from shop.util import clamp  # ```` quoted\n"
        "+from shop.money import fmt  # ```` quoted\n \n clamp(1)\n fmt(2)\n`````\n\n")
    assert "\n`````diff\n--- a/shop/cart.py\n" in cart
    tty = text[text.index("impact fix: <code>shop/tty.py</code>"):].split("</details>")[0]
    assert "+from shop.money import fmt  # \\x1b[2J\\u202e\n" in tty
    assert "\x1b" not in text and "\u202e" not in text
