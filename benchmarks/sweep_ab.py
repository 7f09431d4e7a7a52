"""CPU time of `impact diff C~1 C` over a repository's last commits in order, as a CI job or a
pre-commit hook meets them, with two or more versions of impact's code side by side, and
whether they report the same findings (issue 17: warm runs proportional to the change).

What it does
------------
Takes the last N first-parent commits of REPO, oldest first. For each commit, runs
`python -m impact -C REPO --cache-dir <work>/<i>-<repo> diff C~1 C --format json` with each
CODE directory in turn (a checkout or a `git archive` of impact), each code with its own
facts cache, so every code meets the commits as a sequence: the first commit is a cold run,
every later one is warm for what the earlier ones read (unlike warm_ab.py, which repeats
one diff, this sees what a new revision costs each time: its index derived, the HTTP rules
run when the change touches what they read). Prints each commit's CPU seconds (user +
system of the run's processes) per code and whether the findings agree, then the totals
without the first (cold) commit. The codes alternate commit by commit, so a machine that
grows busier or quieter weighs on each alike.

How to run
----------
    git -C /work/main archive <old> | tar -x -C /tmp/old
    python benchmarks/sweep_ab.py --repo /path/to/clone --commits 25 \\
        --code /tmp/old --code /work/main [--work /tmp/sweep-ab]

Exit status 0; 1 when the findings differ at some commit; 2 when a run fails.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
from pathlib import Path


def _commits(repo: Path, count: int) -> list[str]:
    listed = subprocess.run(["git", "-C", str(repo), "log", "--first-parent", f"-{count}", "--format=%H"],
                            capture_output=True, text=True, check=True).stdout.split()
    return listed[::-1]


def _run(code: Path, repo: Path, cache: Path, commit: str) -> tuple[float, list]:
    """(CPU seconds of the run's processes, its findings)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(code)
    command = [sys.executable, "-m", "impact", "-C", str(repo), "--cache-dir", str(cache),
               "diff", f"{commit}~1", commit, "--format", "json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, cwd=code, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"sweep_ab: impact failed with {code} at {commit}: {done.stderr.strip()[-500:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return cpu, json.loads(done.stdout)["findings"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--commits", type=int, default=25)
    parser.add_argument("--code", type=Path, action="append", required=True,
                        help="a directory of impact's code (repeat: two or more)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/sweep-ab"))
    args = parser.parse_args()
    codes = [code.resolve() for code in args.code]
    caches = {code: args.work / f"{index}-{args.repo.name}" for index, code in enumerate(codes)}
    totals = dict.fromkeys(codes, 0.0)
    differing = 0
    for position, commit in enumerate(_commits(args.repo, args.commits)):
        runs = {code: _run(code, args.repo, caches[code], commit) for code in codes}
        same = all(found == runs[codes[0]][1] for _, found in runs.values())
        differing += not same
        if position:
            for code in codes:
                totals[code] += runs[code][0]
        cpu = "\t".join(f"{runs[code][0]:.2f}" for code in codes)
        verdict = "same" if same else "DIFFERENT"
        print(f"{commit[:10]}\t{cpu}\t{verdict} ({len(runs[codes[0]][1])})", flush=True)
    for code in codes:
        print(f"{args.repo.name}\t{code}\tCPU s after the first commit {totals[code]:.2f}")
    print(f"{args.repo.name}\tcommits whose findings differ: {differing}")
    return 0 if not differing else 1


if __name__ == "__main__":
    raise SystemExit(main())
