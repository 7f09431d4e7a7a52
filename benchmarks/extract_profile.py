"""CPU time of impact's per-file fact extraction on a tree, where it goes, and a digest of
the facts it produces (issue 17 item 3).

What it does
------------
Reads every source file impact reads in each TREE (`git ls-files` when the tree is a git
work tree, else every file under it; files under node_modules/ and .git/ are left out),
then extracts the facts of every file once per repetition with `impact.facts.extract_facts`
in this process, and prints:
  - CPU seconds (time.process_time) per tree and per language: median and min over the
    repetitions, with the number of files and bytes; with --floor, also the CPU seconds of
    the tree-sitter parse alone of the same files (the parse-only floor of issue 17);
  - with --profile, the top functions of one more (profiled) pass, by own time (cProfile);
  - with --digest, a sha1 of all the facts: every file's path and its facts record as the
    cache stores it (impact.records.dump_facts, msgpack), in path order. Two versions of the
    extractors produce the same facts on a tree exactly when the digests are equal;
    --digest-out FILE writes one `sha1  path` line per file to find the files that differ.

How to run
----------
    .venv/bin/python benchmarks/extract_profile.py TREE [TREE ...]
    .venv/bin/python benchmarks/extract_profile.py --repeat 3 --digest TREE
    .venv/bin/python benchmarks/extract_profile.py --repeat 0 --profile --top 40 TREE

Exit status 0, or 2 when a tree cannot be read.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import os
import pstats
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from impact.facts import extract_facts, is_source
from impact.lang import language_of
from impact.lang.treesitter import parse
from impact.records import dump_facts

SKIPPED_DIRS = {"node_modules", ".git"}


def source_files(tree: Path) -> dict[str, bytes]:
    """path relative to the tree -> bytes, of the files impact reads, in path order."""
    listed = subprocess.run(["git", "-C", str(tree), "ls-files", "-z"],
                            check=False, capture_output=True)
    if listed.returncode == 0 and listed.stdout:
        paths = [p for p in listed.stdout.decode("utf-8", "surrogateescape").split("\0") if p]
    else:
        paths = []
        for directory, subdirs, names in os.walk(tree):
            subdirs[:] = [d for d in subdirs if d not in SKIPPED_DIRS]
            paths.extend(os.path.relpath(os.path.join(directory, n), tree) for n in names)
    files = {}
    for path in sorted(paths):
        if is_source(path) and not SKIPPED_DIRS & set(path.split("/")):
            full = tree / path
            if full.is_file() and not full.is_symlink():
                files[path] = full.read_bytes()
    return files


def by_language(files: dict[str, bytes]) -> dict[str, dict[str, bytes]]:
    groups: dict[str, dict[str, bytes]] = defaultdict(dict)
    for path, data in files.items():
        groups[language_of(path).name][path] = data
    return dict(sorted(groups.items()))


def cpu_seconds(files: dict[str, bytes]) -> float:
    started = time.process_time()
    for path, data in files.items():
        extract_facts(path, data)
    return time.process_time() - started


def parse_seconds(files: dict[str, bytes]) -> float:
    """CPU seconds of the tree-sitter parse alone, with the grammars impact uses: the floor."""
    started = time.process_time()
    for path, data in files.items():
        parse(language_of(path).grammar(path)[0], data)
    return time.process_time() - started


def digest(files: dict[str, bytes], out: io.TextIOBase | None) -> str:
    whole = hashlib.sha1()
    for path, data in files.items():
        record = dump_facts(extract_facts(path, data))
        whole.update(path.encode("utf-8", "surrogateescape") + b"\0")
        whole.update(len(record).to_bytes(8, "big") + record)
        if out is not None:
            out.write(f"{hashlib.sha1(record).hexdigest()}  {path}\n")
    return whole.hexdigest()


def profile(files: dict[str, bytes], top: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for path, data in files.items():
        extract_facts(path, data)
    profiler.disable()
    report = io.StringIO()
    pstats.Stats(profiler, stream=report).sort_stats("tottime").print_stats(top)
    return report.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (default 3)")
    parser.add_argument("--profile", action="store_true", help="one more pass under cProfile")
    parser.add_argument("--top", type=int, default=30, help="functions the profile lists")
    parser.add_argument("--floor", action="store_true",
                        help="also time the tree-sitter parse alone (the parse-only floor)")
    parser.add_argument("--digest", action="store_true", help="sha1 of all the facts")
    parser.add_argument("--digest-out", type=Path, help="per-file sha1 lines (one tree)")
    args = parser.parse_args(argv)
    for tree in args.trees:
        if not tree.is_dir():
            print(f"extract_profile: error: not a directory: {tree}", file=sys.stderr)
            return 2
    for tree in args.trees:
        files = source_files(tree)
        groups = by_language(files)
        print(f"== {tree}: {len(files)} files, {sum(map(len, files.values())):,} bytes")
        extract_facts("warm_up.py", b"import os\n")  # imports and query compilation
        extract_facts("warm_up.js", b"import x from 'y'\n")
        extract_facts("warm_up.ts", b"import x from 'y'\n")
        if args.repeat:
            timings: dict[str, list[float]] = defaultdict(list)
            floors: dict[str, list[float]] = defaultdict(list)
            for _ in range(args.repeat):  # interleaved: each language once per repetition
                for name, group in groups.items():
                    timings[name].append(cpu_seconds(group))
                    if args.floor:
                        floors[name].append(parse_seconds(group))
            for name, group in groups.items():
                floor = f"  parse-only median {statistics.median(floors[name]):6.3f}" \
                    if args.floor else ""
                print(f"  {name:<11} {len(group):5d} files  CPU s median "
                      f"{statistics.median(timings[name]):6.3f}  min {min(timings[name]):6.3f}"
                      f"{floor}")
            totals = [sum(t) for t in zip(*timings.values())]
            print(f"  {'all':<11} {len(files):5d} files  CPU s median "
                  f"{statistics.median(totals):6.3f}  min {min(totals):6.3f}")
        if args.digest or args.digest_out:
            out = args.digest_out.open("w", encoding="utf-8") if args.digest_out else None
            try:
                print(f"  facts sha1 {digest(files, out)}")
            finally:
                if out is not None:
                    out.close()
        if args.profile:
            print(profile(files, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
