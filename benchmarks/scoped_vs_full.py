"""Does a warm, scoped `impact diff` find what a full scan finds, on real histories?

For each repository (a clone; impact only reads it), the last N first-parent commits are
diffed against their parent, oldest first, with one facts cache per repository: each run
is warm and reads what the run before it kept (the indexes, what the HTTP rules read).
Each commit is diffed again with `--full-scan` (every file checked), and the two JSON
reports are compared. Every difference is printed; the exit status is 1 when there is one.

    python benchmarks/scoped_vs_full.py --clones /tmp/impact-eco-main/clones \
        --repo getredash+redash --repo mealie-recipes+mealie --commits 30
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def first_parent_commits(repo: Path, count: int) -> list[str]:
    out = subprocess.run(["git", "-C", str(repo), "rev-list", "--first-parent", f"-{count + 1}",
                          "HEAD"], capture_output=True, text=True, check=True).stdout.split()
    return list(reversed(out))


def impact(repo: Path, cache: Path, *args: str) -> tuple[dict | None, str, float]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "impact", "--cache-dir", str(cache), *args,
                           "--format", "json"], cwd=repo, capture_output=True, text=True, check=False,
                          env=None)
    seconds = time.perf_counter() - started
    try:
        return json.loads(done.stdout), done.stderr, seconds
    except json.JSONDecodeError:
        return None, done.stderr or f"exit {done.returncode}", seconds


def compare(repo: Path, count: int, work: Path) -> tuple[int, int, list[float]]:
    """(commits compared, differences, seconds of the scoped runs)."""
    cache = Path(tempfile.mkdtemp(prefix=repo.name + "-", dir=work))
    commits = first_parent_commits(repo, count)
    differences, timings = 0, []
    for parent, commit in itertools.pairwise(commits):
        scoped, scoped_err, seconds = impact(repo, cache, "diff", parent, commit)
        full, full_err, _ = impact(repo, cache, "--full-scan", "diff", parent, commit)
        timings.append(seconds)
        if scoped is None or full is None or scoped != full:
            differences += 1
            print(f"DIFFERENT {repo.name} {commit[:10]}", flush=True)
            if scoped is None or full is None:
                print(f"  scoped: {scoped_err.strip()[:300]}\n  full: {full_err.strip()[:300]}")
                continue
            keys = {(f["code"], f["file"], f["line"], f["symbol"]) for f in scoped["findings"]}
            full_keys = {(f["code"], f["file"], f["line"], f["symbol"]) for f in full["findings"]}
            print(f"  only scoped: {sorted(keys - full_keys)}\n  only full: {sorted(full_keys - keys)}")
    return len(commits) - 1, differences, timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clones", type=Path, required=True, help="directory of clones")
    parser.add_argument("--repo", action="append", required=True, help="a clone's directory name")
    parser.add_argument("--commits", type=int, default=30)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    total = failed = 0
    for name in args.repo:
        compared, differences, timings = compare(args.clones / name, args.commits, args.work)
        total += compared
        failed += differences
        timings.sort()
        median = timings[len(timings) // 2] if timings else 0.0
        print(f"{name}: {compared} commits, {differences} different, scoped median {median:.2f} s",
              flush=True)
    print(f"total: {total} commits, {failed} different")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
