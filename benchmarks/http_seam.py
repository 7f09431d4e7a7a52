"""HTTP seam on real repositories: the IMP4xx rules over the histories of full-stack apps.

What it does
------------
1. For each pinned repository (REPOS: a backend and a frontend in one repository) makes a
   scratch clone of its mirror `<mirrors>/<owner>+<name>/repo` under <work>/clones, as
   benchmarks/ecosystem.py does (`git clone --no-checkout --shared`; the mirror is only read).
2. Coverage at the pinned head: `impact routes <head> --format json` — the served operations
   impact reads (and how many it can place: a known prefix), the fields it knows they send,
   and the requests it reads (matched to an operation, or served by none). A repository
   where impact sees no route or no request is an extractor gap, listed in the summary.
3. Runs, oldest first, over the last --commits first-parent commits (a repository's own
   `commits` when it is smaller):
       impact --repo <clone> --cache-dir <work>/cache diff <C>^1 <C> --select IMP4 --format json
   and appends one JSON line per commit to <work>/results.jsonl (the ecosystem check's
   record: outcome, time, every finding). Commits already there are not run again.
4. Reads benchmarks/http-seam-triage.yaml: EVERY IMP4xx finding (errors and warnings) is
   judged by hand, by reading the commit, under the ecosystem check's stable identity
   "<owner/name> <sha:12> <code> <file> <symbol>": `verdict: true|false`, `cause` (a class
   under `classes:` for false ones) and a one-line `note`.
5. Prints the summary (also <work>/summary.md; with --results the "HTTP seam on real
   repositories" section of benchmarks/RESULTS.md): per repository the pinned head, commits
   run, operations/requests seen, findings by code and severity with their verdicts, false
   errors per 1,000 commits, and every finding with its verdict and reason.

How to run
----------
    nice -n 10 .venv/bin/python benchmarks/http_seam.py                  # everything
    .venv/bin/python benchmarks/http_seam.py --repo spareack/messenger-flask-react
    .venv/bin/python benchmarks/http_seam.py --report --results         # re-summarise
    .venv/bin/python benchmarks/http_seam.py --report \
        --results-file benchmarks/http-seam-results.jsonl.gz   # the committed run

The results of the run in RESULTS.md are committed as benchmarks/http-seam-results.jsonl.gz,
with what `impact routes` saw at each head in benchmarks/http-seam-coverage.json.

Needs git and the mirrors (no network). Exit status: 0 when the summary was produced, 2 when
something could not be set up.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml
from corpora import SetupError, impact_env
from ecosystem import (
    Repo,
    check_commit,
    clone,
    counts,
    finding_id,
    first_parent_commits,
    impact_command,
    load_results,
    markdown_table,
    parse_options,
    run_meta,
    run_once,
    write_results,
)

TRIAGE = Path(__file__).resolve().parent / "http-seam-triage.yaml"
COVERAGE = Path(__file__).resolve().parent / "http-seam-coverage.json"  # of the committed run
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADING = "## HTTP seam on real repositories"
DEFAULT_WORK = Path("/tmp/impact-http-seam")


@dataclass(frozen=True)
class App(Repo):
    commits: int = 200  # first-parent commits to run (fewer when the history is shorter)


REPOS = (
    App("spareack/messenger-flask-react", "31f7987b61cd249ff132580a6c3ad766697d1486",
        "Flask + React JSX (fetch)"),
    App("bradtraversy/proshop_mern", "1d20b5b09e796e2f00779306c390360e9e573276",
        "Express + React (axios)"),
    App("6110rstmks/question-app-fastapi-react", "209456724fb231fd9399034423e2d98884b08135",
        "FastAPI + React TSX"),
    App("nnsi/hono-practice", "1ee40a3da2763ddffd6ee9903e94c76ef0f9fbba",
        "Hono + React TSX monorepo"),
    App("Jordan-Kowal/django-react-starter", "7c3b19cc9db90665542d0ef402e8b488cda6db25",
        "Django/DRF + React TSX"),
    App("fastapi/full-stack-fastapi-template", "68adb40d37425f6f8668ec7e5a054500d045e43e",
        "FastAPI + React TSX (generated client)"),
    App("StanislavBeskaev/Chat-FastAPI-React", "f1bf4afef6f5b49c502c7bef063ffd9d7625c868",
        "FastAPI + React JSX"),
    App("umami-software/umami", "c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1",
        "Next.js app/api + React TSX", 100),
    App("getredash/redash", "ca79fe988d81cdac9675b412f3dfcab107bc1fbc",
        "Flask(-RESTful) + React", 100),
    App("Netflix/dispatch", "dd2837e82a0bf5565b1b4b4b91ea30b7262d4061", "FastAPI + Vue (axios)", 100),
    App("vintasoftware/nextjs-fastapi-template", "91674ad52e1189a2f2b3d6e3a2c29981f3616a1c",
        "FastAPI + Next.js (generated client, hey-api)"),
    App("polarsource/polar", "c6c3645e639ee8eeaa05aa0835cf8e39e330382f",
        "FastAPI + Next.js (openapi-fetch)", 40),
    App("docmost/docmost", "549cf7c0053bb4f4c3c4e08d588b1f0c69297daf", "NestJS + React TSX", 40),
    App("hoppscotch/hoppscotch", "afc2cf181c16e56647b099e5d18cfe55710c6cdd", "NestJS + Vue", 40),
    App("ghostfolio/ghostfolio", "c542997d27990365b607c7a6c9fe4bc8835a55c8", "NestJS + Angular", 40),
    # server-rendered templates reading model attributes (IMP406)
    App("CTFd/CTFd", "91ced62d44d3ec3142a0948ee96ed19947cfc979", "Flask + SQLAlchemy + Jinja", 40),
    App("dgtlmoon/changedetection.io", "fce24780e74199bf34c62a0d90188cc2fc12f061", "Flask + Jinja", 40),
    App("healthchecks/healthchecks", "29b5ec251059034b79e0120e2ff0c3e35d7bd9f8",
        "Django + Django templates", 40),
    App("sissbruecker/linkding", "65813a75404b1319aca8b09700fadc0b15adabaf",
        "Django + Django templates", 40),
    App("wger-project/wger", "aaba20184527b018e10f1be576202aa7e7cb4c21", "Django + Django templates + React", 40),
    App("pretalx/pretalx", "5a3c2f61ecafc83cfa85aa518cc5af3d564b16ef", "Django + Django templates", 40),
)


# --------------------------------------------------------------------------- coverage


def coverage(repo: App, path: Path, cache: Path, timeout: float) -> dict:
    """What `impact routes` sees at the pinned head."""
    cmd = [*impact_command(), "--repo", str(path), "--cache-dir", str(cache), "routes",
           repo.head, "--format", "json"]
    outcome = run_once(cmd, timeout, impact_env())
    if outcome.exit_status != 0:
        last = (outcome.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"repo": repo.name, "head": repo.head, "error": last[:300]}
    listing = json.loads(outcome.stdout)
    routes, unmatched = listing["routes"], listing["unmatched"]
    return {
        "repo": repo.name, "head": repo.head,
        "operations": len(routes),
        "placed": sum(1 for r in routes if r["placed"]),
        "fields_known": sum(1 for r in routes if r["sends"] is not None),
        "called": sum(1 for r in routes if r["callers"]),
        "matched_requests": len({(c["file"], c["line"]) for r in routes for c in r["callers"]}),
        "unmatched_requests": len(unmatched),
    }


def load_coverage(path: Path) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


# --------------------------------------------------------------------------- running


def run_check(repos: list[App], args: argparse.Namespace, results: Path, cover: Path) -> None:
    cache, clones = args.work / "cache", args.work / "clones"
    done = {(r["repo"], r["sha"]) for r in load_results(results)
            if r["outcome"] not in ("crash", "timeout")}  # those are run again
    seen = load_coverage(cover)
    deadline = time.monotonic() + args.budget * 60 if args.budget else None
    for repo in repos:
        path = clone(repo, args.mirrors, clones)
        if repo.name not in seen or args.fresh:
            seen[repo.name] = coverage(repo, path, cache, args.timeout)
            cover.write_text(json.dumps(seen, indent=1), encoding="utf-8")
        commits = first_parent_commits(path, repo.head, min(args.commits, repo.commits))
        todo = [c for c in commits if (repo.name, c.sha) not in done]
        print(f"{repo.name}: {len(commits)} commits, {len(todo)} to run; coverage "
              f"{seen[repo.name]}", flush=True)
        for i, commit in enumerate(todo, 1):
            if deadline and time.monotonic() > deadline:
                print(f"budget of {args.budget} min used up: stopping", flush=True)
                return
            record = check_commit(repo, path, cache, commit, args.timeout, ("--select", "IMP4"))
            with results.open("a", encoding="utf-8") as out:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if record["findings"] or record["outcome"] not in ("clean", "findings"):
                print(f"  [{i}/{len(todo)}] {commit.sha[:10]} {record['outcome']:<8} "
                      f"{record['seconds']:6.1f} s  {len(record['findings'])} findings",
                      flush=True)


# --------------------------------------------------------------------------- triage


@dataclass(frozen=True)
class Judged:
    id: str
    record: dict
    finding: dict
    verdict: bool | None
    cause: str
    note: str


def load_triage(path: Path) -> tuple[dict[str, str], dict[str, dict]]:
    if not path.exists():
        return {}, {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    verdicts = data.get("findings") or {}
    for key, entry in verdicts.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("verdict"), bool):
            raise SetupError(f"{path.name}: `{key}` needs `verdict: true` or `verdict: false`")
        if not entry.get("note"):
            raise SetupError(f"{path.name}: `{key}` has no `note` (the one-line reason)")
        if entry["verdict"] is False and not entry.get("cause"):
            raise SetupError(f"{path.name}: `{key}` is false but has no `cause`")
    return data.get("classes") or {}, verdicts


def judged(records: list[dict], verdicts: dict[str, dict]) -> list[Judged]:
    found = []
    for record in records:
        for finding in record["findings"]:
            key = finding_id(record, finding)
            entry = verdicts.get(key, {})
            found.append(Judged(key, record, finding, entry.get("verdict"),
                                entry.get("cause", ""), entry.get("note", "")))
    return found


# --------------------------------------------------------------------------- summary


REPO_HEADER = ["repository", "kind", "head", "commits", "operations (placed / fields known)",
               "requests (matched / served by none)", "findings by code", "true / false"]


def repo_rows(repos: list[App], records: list[dict], findings: list[Judged],
              cover: dict[str, dict]) -> list[list[str]]:
    runs = Counter(r["repo"] for r in records)
    rows = []
    for repo in repos:
        if not runs[repo.name]:
            continue
        mine = [j for j in findings if j.record["repo"] == repo.name]
        c = cover.get(repo.name, {})
        if "error" in c or not c:
            ops = reqs = c.get("error", "-")
        else:
            ops = f"{c['operations']} ({c['placed']} / {c['fields_known']})"
            reqs = f"{c['matched_requests'] + c['unmatched_requests']} ({c['matched_requests']}" \
                   f" / {c['unmatched_requests']})"
        by_code = Counter(f"{j.finding['code']} {j.finding['severity']}" for j in mine)
        verdicts = Counter(j.verdict for j in mine)
        rows.append([repo.name, repo.kind, f"`{repo.head[:12]}`", str(runs[repo.name]), ops, reqs,
                     counts(by_code),
                     f"{verdicts[True]} / {verdicts[False]}"
                     + (f" / {verdicts[None]} untriaged" if verdicts[None] else "")])
    return rows


def describe(j: Judged) -> str:
    f = j.finding
    verdict = {True: "true", False: f"false ({j.cause})", None: "untriaged"}[j.verdict]
    return (f"`{j.id}` ({f['severity']}, line {f['line']}): **{verdict}** — "
            f"{j.note or f['message']}")


def summary(repos: list[App], records: list[dict], classes: dict[str, str],
            verdicts: dict[str, dict], cover: dict[str, dict], meta: dict) -> str:
    commits = len(records)
    findings = judged(records, verdicts)
    errors = [j for j in findings if j.finding["severity"] == "error"]
    false_errors = [j for j in errors if j.verdict is False]
    bad = [r for r in records if r["outcome"] not in ("clean", "findings")]
    per_1000 = 1000 * len(false_errors) / commits if commits else 0.0
    verdict_counts = Counter((j.finding["code"], j.finding["severity"], j.verdict)
                             for j in findings)
    intro = ("`benchmarks/http_seam.py`: `impact diff C^1 C --select IMP4 --format json` over"
             f" the last first-parent commits of {len({r['repo'] for r in records})} public"
             " repositories that hold a backend and its frontend, each pinned at its head sha, and"
             " `impact routes <head>` for what impact sees there; every IMP4xx finding judged by"
             " hand (reading the commit) in `benchmarks/http-seam-triage.yaml`.")
    legend = ("Operations: served operations `impact routes` lists at the head (placed: the full"
              " path is known; fields known: every body the handler may send is read)."
              " Requests: those matched to an operation, and those no operation serves (another"
              " host's, or a route impact does not read).")
    parts = [
        HEADING, "", intro, "",
        f"- command: `{meta['command']}`",
        f"- date: {meta['date']}; machine: {meta['machine']}",
        f"- impact: {meta['impact']}",
        f"- commits run: {commits}; crashes, timeouts and one-line errors: {len(bad)}",
        (f"- IMP4xx findings: {len(findings)}, of which errors {len(errors)}"
         f" ({sum(1 for j in errors if j.verdict)} true, {len(false_errors)} false,"
         f" {sum(1 for j in errors if j.verdict is None)} untriaged);"
         f" **false IMP4xx errors per 1,000 commits: {per_1000:.1f}**"),
        "", markdown_table(REPO_HEADER, repo_rows(repos, records, findings, cover)), "",
        legend, "",
    ]
    if verdict_counts:
        parts += ["Findings by code, severity and verdict:", ""]
        parts += [f"- {code} {severity}: {n} {({True: 'true', False: 'false', None: 'untriaged'})[v]}"
                  for (code, severity, v), n in sorted(verdict_counts.items(), key=str)]
        parts.append("")
    if findings:
        parts += ["Every finding:", ""]
        parts += [f"- {describe(j)}" for j in findings]
        parts.append("")
    used = {j.cause for j in findings if j.verdict is False}
    if used:
        parts += ["False classes:", ""]
        parts += [f"- {cause}: {classes.get(cause, '?')}" for cause in sorted(used)]
        parts.append("")
    if bad:
        parts += ["Crashes and one-line errors:", ""]
        for r in bad:
            last = (r.get("stderr") or "").strip().splitlines()[-1:] or ["(no stderr)"]
            parts.append(f"- {r['repo']} `{r['sha'][:12]}` {r['outcome']}: {last[0][:300]}")
        parts.append("")
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------- main


def main() -> int:
    args, repos, results = parse_options(__doc__.split("\n\n")[0], REPOS, 200, 300,
                                         DEFAULT_WORK, TRIAGE)
    cover = COVERAGE if results.suffix == ".gz" else args.work / "coverage.json"
    command = " ".join(["python benchmarks/http_seam.py", *sys.argv[1:]])
    try:
        classes, verdicts = load_triage(args.triage)
        if args.fresh:
            results.unlink(missing_ok=True)
        if not args.report:
            run_check(repos, args, results, cover)
        meta = run_meta(command)
    except SetupError as exc:
        print(f"setup failed: {exc}", file=sys.stderr)
        return 2
    wanted = {r.name for r in repos}
    latest = {(r["repo"], r["sha"]): r for r in load_results(results) if r["repo"] in wanted}
    records = list(latest.values())  # a commit run twice (two runs at once) counts once
    text = summary(repos, records, classes, verdicts, load_coverage(cover), meta)
    print("\n" + text)
    (args.work / "summary.md").write_text(text, encoding="utf-8")
    if args.results:
        write_results(text, HEADING, RESULTS)
        print(f"wrote the {HEADING[3:]} section of {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
