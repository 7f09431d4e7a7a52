"""Seeded mutations of real packages: impact's findings against pyright's and tsc's.

What it does
------------
1. Downloads each corpus (corpora.py: pinned version, sha256 checked) into
   benchmarks/.work/downloads/ and commits it into a scratch repository
   benchmarks/.work/mutations/<corpus>/ (rebuilt every run); a second worktree of the same
   commit (`<corpus>-base/`) is where the oracle sees the base tree.
2. Finds every place each mutation kind can be made (python_tree.py with `ast`, js_tree.py
   with tree-sitter; both independent of impact), shuffles each kind's candidates with
   random.Random(seed) and makes the first --per-kind ones that still parse. Breaking kinds:
   remove a symbol other modules import; rename it at its definition only; delete an imported
   module; remove an import while its uses remain; drop a name from `__all__` (Python) or the
   `export` keyword of an imported declaration (JS/TS); add a required first parameter to a
   called function; remove a parameter callers pass (by keyword in Python, the last one in
   JS/TS; its uses in the body stay bound through a local). Controls, which break nothing:
   rename a local variable consistently, add an optional last parameter, append an unused
   function, swap two adjacent top-level functions.
3. Each mutation is one commit on top of the base commit (the branch is reset between
   mutations); impact runs as `python -m impact diff HEAD~1 HEAD --format json` there.
4. The oracle: pyright (Python) or `tsc --noEmit` with allowJs/checkJs (JS, TS), pinned
   (oracle.py) and installed with npm into benchmarks/.work/tools/, run on the base and the
   mutated tree over the same files: the changed files, every file whose text contains one
   of the mutation's names (the symbol, the module's name) as a word -- a grep, not impact --
   and every file impact reported in. tsc also checks whatever those files import. Only
   diagnostics about imports, exports, names and call arguments count (oracle.py lists the
   pyright rules and tsc codes); the oracle's findings are those the mutation adds.
5. Scores the findings site by site (score.py explains the matching rule) and prints per
   corpus and mutation kind: oracle sites, recalled, impact sites, correct, recall,
   precision; the findings on controls; then every miss and extra with the mutation that
   caused it. --results writes the tables into benchmarks/RESULTS.md.

How to run
----------
    .venv/bin/python -m benchmarks.mutations                 # from the project root
    .venv/bin/python -m benchmarks.mutations --per-kind 5 --seed 7 --corpus rich,click
    .venv/bin/python -m benchmarks.mutations --results       # also update RESULTS.md

Needs git, node and npm (network to PyPI and npm on the first run). Exit status: 0 when the
report was produced, 2 when something could not be set up.
"""

from __future__ import annotations

import argparse
import datetime
import random
import shutil
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpora import (
    PROJECT_ROOT,
    SetupError,
    check_impact_runs,
    create_repo,
    download_npm_tarball,
    download_pypi_sdist,
    git,
    machine_description,
    run,
    run_impact,
    sha256,
)

from . import js_tree, python_tree
from .corpora import CORPORA, TUNED, Corpus
from .model import BREAKING, CONTROLS, KINDS, Mutation, word_count
from .oracle import (
    ORACLE_BLIND,
    PYRIGHT,
    RELEVANT_FOR_KIND,
    RELEVANT_PYRIGHT,
    RELEVANT_TSC,
    TYPESCRIPT,
    Pyright,
    Tsc,
    counted,
    install,
    new_diagnostics,
)
from .report import write_results
from .score import Score, score

DEFAULT_WORK = PROJECT_ROOT / "benchmarks" / ".work"


@dataclass
class Outcome:
    mutation: Mutation
    score: Score
    impact_findings: int  # all findings, for controls
    oracle_new: int
    seconds: float


def download(corpus: Corpus, downloads: Path) -> Path:
    downloads.mkdir(parents=True, exist_ok=True)
    fetch = download_pypi_sdist if corpus.registry == "pypi" else download_npm_tarball
    tarball = fetch(corpus.package, corpus.version, downloads)
    if sha256(tarball) != corpus.sha256:
        raise SetupError(f"{tarball.name}: sha256 {sha256(tarball)} is not the pinned "
                         f"{corpus.sha256}")
    return tarball


def load_tree(corpus: Corpus, root: Path):
    if corpus.language == "python":
        return python_tree.PythonTree(root)
    # every JavaScript and TypeScript file the corpus keeps: a JavaScript package may ship a
    # `.ts` of the types its JSDoc imports (svgo's `lib/types.ts`), which tsc checks as well
    return js_tree.JsTree(root, js_tree.SOURCE_SUFFIXES)


def parses(rel: str, text: str) -> bool:
    if rel.endswith(".py"):
        return python_tree.parses(text)
    return js_tree.parses(rel, text)


def statement_spans(repo: Path):
    cache: dict[str, list[tuple[int, int]]] = {}

    def spans(rel: str) -> list[tuple[int, int]]:
        if rel not in cache:
            path = repo / rel
            text = path.read_text(encoding="utf-8") if path.is_file() else ""
            cache[rel] = (python_tree.statement_lines(text) if rel.endswith((".py", ".pyi"))
                          else js_tree.statement_lines(rel, text) if text else [])
        return cache[rel]
    return spans


def sample(tree, per_kind: int, seed: int, kinds: list[str]) -> list[Mutation]:
    by_kind = defaultdict(list)
    for cand in tree.candidates():
        by_kind[cand.kind].append(cand)
    chosen = []
    for kind in KINDS:
        if kind not in kinds:
            continue
        pool = sorted(by_kind[kind], key=lambda c: c.key)
        random.Random(f"{seed}:{kind}").shuffle(pool)  # each kind's choice independent of others
        made = 0
        for cand in pool:
            if made == per_kind:
                break
            mutation = cand.build()
            if mutation is None or not all(
                    text is None or (text != tree.files[rel].text and parses(rel, text))
                    for rel, text in mutation.files.items()):
                continue
            chosen.append(mutation)
            made += 1
    return chosen


def checked_texts(tree) -> dict[str, str]:
    """The files the oracle may check, with their text: those of the tree and a Python
    tree's `.pyi` stubs."""
    return {rel: f.text for rel, f in tree.files.items()} | getattr(tree, "stubs", {})


def oracle_files(tree, mutation: Mutation, findings: list[dict]) -> list[str]:
    texts = checked_texts(tree)
    files = {rel for rel, text in texts.items()
             if any(word_count(text, term) for term in mutation.terms)}
    files |= {rel for rel in mutation.files if rel in texts}
    files |= {f["file"] for f in findings if f.get("revision") == "head" and f["file"] in texts}
    return sorted(files)


def apply(repo: Path, base: str, mutation: Mutation) -> None:
    """The mutation as one commit on `base`, of its files only: the oracle's configuration
    beside them (ignored, but `git add -f` would take it) must not become part of the diff
    impact reads (a committed `tsconfig.bench.json` listing the previous mutation's files
    leaves every other JavaScript file outside each tsc program, for impact as for tsc)."""
    git(repo, "reset", "-q", "--hard", base)
    git(repo, "clean", "-fdq")
    for rel, text in mutation.files.items():
        if text is None:
            (repo / rel).unlink()
        else:
            (repo / rel).write_text(text, encoding="utf-8")
    git(repo, "add", "-A", "-f", "--", *mutation.files)
    git(repo, "commit", "-q", "-m", mutation.summary)


def run_corpus(corpus: Corpus, args, bin_dir: Path) -> tuple[list[Outcome], dict]:
    tarball = download(corpus, args.work / "downloads")
    repo = args.work / "mutations" / corpus.name
    base_dir = args.work / "mutations" / f"{corpus.name}-base"
    if base_dir.exists():
        shutil.rmtree(base_dir)
    base = create_repo(tarball, repo, keep_file=corpus.keep, moved=corpus.moved)
    git(repo, "worktree", "add", "-q", "--detach", str(base_dir), base)
    tree = load_tree(corpus, repo)
    oracle_cls = Pyright if corpus.language == "python" else Tsc
    # every diagnostic some kind counts; each mutation's are then kept by `counted`
    tables = (RELEVANT_PYRIGHT if corpus.language == "python" else RELEVANT_TSC,
              *RELEVANT_FOR_KIND.values())
    head_oracle = oracle_cls(bin_dir, repo, tables=tables)
    base_oracle = oracle_cls(bin_dir, base_dir, tables=tables)
    mutations = sample(tree, args.per_kind, args.seed, args.kinds.split(","))
    info = {"files": len(tree.files), "tarball": tarball.name, "sha256": corpus.sha256,
            "mutations": len(mutations)}
    print(f"\n== {corpus.name} {corpus.version} ({corpus.note}): {len(tree.files)} "
          f"{corpus.language} files, {len(mutations)} mutations", flush=True)
    base_diagnostics = base_oracle.diagnostics(sorted(checked_texts(tree)))
    outcomes = []
    for mutation in mutations:
        start = time.perf_counter()
        apply(repo, base, mutation)
        impact = run_impact(repo)
        if impact.error:
            raise SetupError(f"impact failed on {mutation.summary}: {impact.error}")
        files = oracle_files(tree, mutation, impact.findings)
        selected = set(files)
        head = head_oracle.diagnostics([rel for rel in files if (repo / rel).exists()])
        new = new_diagnostics(
            [d for d in base_diagnostics if d.file in selected and counted(d, mutation.kind)],
            [d for d in head if d.file in selected and counted(d, mutation.kind)])
        result = score(new, impact.findings, statement_spans(repo))
        outcome = Outcome(mutation, result, len(impact.findings), len(new),
                          time.perf_counter() - start)
        outcomes.append(outcome)
        print(f"  {mutation.kind:22} {mutation.summary[:70]:70} oracle {len(result.oracle):3} "
              f"impact {len(result.impact):3} miss {len(result.misses):2} extra "
              f"{len(result.extras):2} ({outcome.seconds:.0f} s)", flush=True)
        print_details(outcome)
    git(repo, "worktree", "remove", "--force", str(base_dir))
    return outcomes, info


def summarize(outcomes: list[Outcome], language: str) -> dict[str, dict[str, float]]:
    """Per kind and overall; a kind the oracle is blind to in this language has its row but
    stays out of "overall"."""
    rows: dict[str, dict[str, float]] = {}
    blind = {kind for lang, kind in ORACLE_BLIND if lang == language}
    for kind in (*BREAKING, "overall"):
        picked = [o for o in outcomes if not o.mutation.control and (
            o.mutation.kind == kind or kind == "overall" and o.mutation.kind not in blind)]
        if not picked:
            continue
        row = {
            "mutations": len(picked),
            "oracle": sum(len(o.score.oracle) for o in picked),
            "recalled": sum(len(o.score.recalled) for o in picked),
            "impact": sum(len(o.score.impact) for o in picked),
            "correct": sum(len(o.score.correct) for o in picked),
        }
        row["oracle_blind"] = kind in blind
        row["recall"] = row["recalled"] / row["oracle"] if row["oracle"] else float("nan")
        row["precision"] = row["correct"] / row["impact"] if row["impact"] else float("nan")
        rows[kind] = row
    for kind in CONTROLS:
        picked = [o for o in outcomes if o.mutation.kind == kind]
        if picked:
            rows[kind] = {"mutations": len(picked),
                          "impact_findings": sum(o.impact_findings for o in picked),
                          "oracle_new": sum(o.oracle_new for o in picked)}
    return rows


def print_summary(name: str, outcomes: list[Outcome], rows: dict) -> None:
    print(f"\n-- {name}: kind, mutations, oracle sites, recalled, impact sites, correct, "
          "recall, precision")
    for kind, row in rows.items():
        if "recall" in row:
            print(f"  {kind:22} {row['mutations']:3} {row['oracle']:4} {row['recalled']:4} "
                  f"{row['impact']:4} {row['correct']:4}  recall {row['recall']:.3f}  "
                  f"precision {row['precision']:.3f}"
                  + ("  (oracle blind: not in overall)" if row["oracle_blind"] else ""))
    for kind, row in rows.items():
        if "impact_findings" in row:
            print(f"  control {kind:22} {row['mutations']:3} mutations: impact findings "
                  f"{row['impact_findings']}, new oracle diagnostics {row['oracle_new']}")
    for o in outcomes:
        print_details(o)


def print_details(o: Outcome) -> None:
    for site in o.score.misses:
        print(f"    MISS  [{o.mutation.summary}] {site.file}:{site.line}: {site.details[0]}")
    for site in o.score.extras:
        print(f"    EXTRA [{o.mutation.summary}] {site.file}:{site.line}: {site.details[0]}")
    if o.mutation.control and o.impact_findings:
        print(f"    CONTROL FINDING [{o.mutation.summary}]: {o.impact_findings} findings")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=",".join(TUNED),
                        help=f"comma-separated, from {', '.join(CORPORA)} (default: %(default)s)")
    parser.add_argument("--per-kind", type=int, default=2, help="mutations per kind and corpus")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help="comma-separated mutation kinds to make (default: all)")
    parser.add_argument("--work", type=lambda p: Path(p).absolute(), default=DEFAULT_WORK)
    parser.add_argument("--results", action="store_true",
                        help="write the tables into benchmarks/RESULTS.md")
    args = parser.parse_args()
    names = [n.strip() for n in args.corpus.split(",") if n.strip()]
    unknown = [n for n in names if n not in CORPORA]
    if unknown:
        print(f"unknown corpus: {', '.join(unknown)} (known: {', '.join(CORPORA)})",
              file=sys.stderr)
        return 2
    started = time.perf_counter()
    results = {}
    try:
        check_impact_runs()
        bin_dir = install(args.work / "tools")
        for name in names:
            outcomes, info = run_corpus(CORPORA[name], args, bin_dir)
            rows = summarize(outcomes, CORPORA[name].language)
            print_summary(name, outcomes, rows)
            results[name] = (outcomes, rows, info)
    except SetupError as exc:
        print(f"\nsetup failed: {exc}", file=sys.stderr)
        return 2
    minutes = (time.perf_counter() - started) / 60
    print(f"\ntotal {minutes:.1f} min")
    if args.results:
        command = ("python -m benchmarks.mutations --corpus " + ",".join(names)
                   + f" --per-kind {args.per_kind} --seed {args.seed}"
                   + ("" if args.kinds == ",".join(KINDS) else f" --kinds {args.kinds}")
                   + " --results")
        impact_version = run([sys.executable, "-m", "impact", "--version"], cwd=PROJECT_ROOT)
        impact_version = impact_version.strip().removeprefix("impact ") + " at commit " + \
            run(["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_ROOT).strip()
        write_results(PROJECT_ROOT / "benchmarks" / "RESULTS.md", results, {
            "command": command, "date": datetime.date.today().isoformat(),
            "machine": machine_description(), "minutes": minutes,
            "versions": f"impact {impact_version}, pyright {PYRIGHT}, "
                        f"typescript (tsc) {TYPESCRIPT}",
        }, CORPORA)
    return 0


if __name__ == "__main__":
    sys.exit(main())
