"""CPU time of a warm `impact diff A B` on a real repository with two versions of impact's
code, and whether both report the same findings (issue 17: warm runs on real repositories).

What it does
------------
For each CODE directory (a checkout or a `git archive` of impact at some commit), runs
`python -m impact -C REPO --cache-dir <work>/<code>-<repo> diff A B --format json` once to
fill that code's own facts cache, then REPEAT more times, and prints the least CPU time
(user + system of the run's processes) of the warm runs; then whether every code reported the
same findings as the first. The runs of the codes alternate, so a machine that grows busier
or quieter weighs on each alike; CPU time, not wall time, as the machine may be shared.

How to run
----------
    git -C /work/main archive <old> | tar -x -C /tmp/old
    python benchmarks/warm_ab.py --repo /path/to/clone --base HEAD~1 --head HEAD \\
        --code /tmp/old --code /work/main [--repeat 3] [--work /tmp/warm-ab]

Exit status 0; 1 when the findings differ; 2 when a run fails.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
from pathlib import Path


def _command(code: Path, args: argparse.Namespace, cache: Path) -> list[str]:
    return [sys.executable, "-m", "impact", "-C", str(args.repo), "--cache-dir", str(cache),
            "diff", args.base, args.head, "--format", "json"]


def _run(code: Path, command: list[str]) -> tuple[float, str]:
    """(CPU seconds of the run's processes, its standard output)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(code)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, cwd=code, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"warm_ab: impact failed with {code}: {done.stderr.strip()[-500:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return cpu, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--base", required=True)
    parser.add_argument("--head", required=True)
    parser.add_argument("--code", type=Path, action="append", required=True,
                        help="a directory of impact's code (repeat: two or more)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/warm-ab"))
    args = parser.parse_args()
    codes = [code.resolve() for code in args.code]
    commands = {code: _command(code, args, args.work / f"{index}-{args.repo.name}")
                for index, code in enumerate(codes)}
    findings = {code: json.loads(_run(code, command)[1])["findings"] for code, command in commands.items()}
    least = dict.fromkeys(codes, float("inf"))
    for _ in range(args.repeat):
        for code, command in commands.items():
            least[code] = min(least[code], _run(code, command)[0])
    for code in codes:
        print(f"{args.repo.name}\t{code}\twarm CPU s {least[code]:.2f}")
    same = all(found == findings[codes[0]] for found in findings.values())
    print(f"{args.repo.name}\tsame findings: {same} ({len(findings[codes[0]])})")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
