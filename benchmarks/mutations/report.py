"""The "Mutations vs pyright/tsc" section of benchmarks/RESULTS.md (other sections are kept)."""

from __future__ import annotations

import math
import re
from pathlib import Path

from .corpora import TUNED
from .oracle import ORACLE_BLIND

HEADING = "## Mutations vs pyright/tsc"


def _fmt(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{x:.3f}"


def section(results: dict, meta: dict, corpora: dict) -> str:
    out = [HEADING, "",
           ("Seeded mutations of real packages; the oracle is the new diagnostics of pyright "
            "(Python) or `tsc --noEmit` with allowJs/checkJs (JavaScript, TypeScript) about imports, "
            "exports, names and call arguments. How it works and the matching rule: "
            "`benchmarks/mutations/` (module docstrings of `__main__.py`, `oracle.py`, `score.py`)."),
           "", f"- command (from the project root, venv active): `{meta['command']}`",
           f"- date: {meta['date']}; {meta['minutes']:.1f} min in all",
           f"- machine: {meta['machine']}",
           f"- versions: {meta['versions']}", ""]
    out += [("| corpus | files | mutations | oracle sites | recalled | impact sites | correct "
             "| recall | precision | findings on controls |"),
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, (_, rows, info) in results.items():
        c = corpora[name]
        row = rows.get("overall", {})
        controls = sum(r["impact_findings"] for r in rows.values() if "impact_findings" in r)
        tuned = "" if name in TUNED else ", not tuned against"
        out.append(f"| {c.package} {c.version} ({c.language}{tuned}) | {info['files']} | "
                   f"{info['mutations']} | {row.get('oracle', 0)} | {row.get('recalled', 0)} | "
                   f"{row.get('impact', 0)} | {row.get('correct', 0)} | "
                   f"{_fmt(row.get('recall', float('nan')))} | "
                   f"{_fmt(row.get('precision', float('nan')))} | {controls} |")
    out += ["", "Per mutation kind (oracle sites / recalled / impact sites / correct):", ""]
    kinds = list(dict.fromkeys(k for _, rows, _ in results.values() for k in rows))
    out.append("| kind | " + " | ".join(results) + " |")
    out.append("| --- |" + " --- |" * len(results))
    for kind in kinds:
        cells = []
        for _, rows, _ in results.values():
            r = rows.get(kind)
            if r is None:
                cells.append("-")
            elif "recall" in r:
                cells.append(f"{r['oracle']} / {r['recalled']} / {r['impact']} / {r['correct']}"
                             + (" (oracle blind)" if r.get("oracle_blind") else ""))
            else:
                cells.append(f"{r['mutations']} mutations, {r['impact_findings']} findings")
        out.append(f"| {kind} | " + " | ".join(cells) + " |")
    out += ["", "Oracle blind (row shown, left out of the overall numbers): " + "; ".join(
        f"{kind} in {language}: {why}" for (language, kind), why in ORACLE_BLIND.items()) + "."]
    out += ["", "Corpora (download pinned by sha256): " + "; ".join(
        f"{corpora[n].package} {corpora[n].version} ({corpora[n].registry}, {corpora[n].note}, "
        f"sha256 {corpora[n].sha256[:16]}...)" for n in results) + ".", ""]
    misses = [(n, o, s, "miss") for n, (outs, _, _) in results.items() for o in outs
              for s in o.score.misses]
    extras = [(n, o, s, "impact only, oracle blind" if (corpora[n].language, o.mutation.kind)
               in ORACLE_BLIND else "extra")
              for n, (outs, _, _) in results.items() for o in outs for s in o.score.extras]
    if misses or extras:
        out += ["Every miss and extra of this run:", ""]
        for name, o, site, what in misses + extras:
            out.append(f"- {name}, {what}: {o.mutation.summary} -> `{site.file}:{site.line}` "
                       f"{site.details[0]}")
        out.append("")
    return "\n".join(out) + "\n"


def write_results(path: Path, results: dict, meta: dict, corpora: dict) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n\n"
    new = section(results, meta, corpora)
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    text = pattern.sub(lambda _: new, text) if pattern.search(text) else \
        text.rstrip("\n") + "\n\n" + new
    path.write_text(text, encoding="utf-8")
