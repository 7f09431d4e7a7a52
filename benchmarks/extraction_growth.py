"""Does fact extraction grow with the size of a file, and no faster? (issue 17: a file whose
extraction is quadratic or worse decides the slowest commit of a sweep, or runs out of its
time budget and loses its facts.)

Two probes, both in CPU seconds of this process (load does not move a ratio much):
  - shapes: synthetic files of one shape each (long route chains, many functions, big
    literals, deep nesting, many imports, ...) at n and 4n items: the ratio of the times
    should be about 4; above --limit the shape is printed as superlinear;
  - --repo GIT_DIR (a bare mirror or a .git directory, repeatable): up to --files source files
    of 8-40 KB at HEAD, each extracted alone and concatenated 8 times: above 2 x --limit.

    python benchmarks/extraction_growth.py
    python benchmarks/extraction_growth.py --repo /work/.mirror/lit+lit/repo --files 25

Exit status 1 when something grows faster than the limit allows.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from impact.facts import extract_facts, is_source


def _chain(n: int) -> str:
    routes = "".join(f"  .get('/r{i}', (c) => c.json({{ id: {i} }}))\n" for i in range(n))
    return f"import {{ Hono }} from 'hono';\nconst app = new Hono()\n{routes}export default app;\n"


def _functions(n: int) -> str:
    return "".join(f"export async function f{i}(id) {{ const r = await fetch(`/api/x{i}/${{id}}`);"
                   f" return (await r.json()).a{i}; }}\n" for i in range(n))


def _express(n: int) -> str:
    return "const express = require('express');\nconst app = express();\n" + "".join(
        f"app.get('/api/r{i}', (req, res) => {{ const x = {{ id: {i} }}; res.json({{ ...x }}); }});\n"
        for i in range(n))


def _object(n: int) -> str:
    return "export const data = {\n" + "".join(
        f"  k{i}: {{ id: {i}, items: [1, 2, 3] }},\n" for i in range(n)) + "};\n"


def _switch(n: int) -> str:
    cases = "".join(f"    case {i}: return fetch('/api/{i}');\n" for i in range(n))
    return f"export function f(x) {{\n  switch (x) {{\n{cases}  }}\n}}\n"


def _imports(n: int) -> str:
    return "".join(f"import {{ a{i} }} from './m{i}';\n" for i in range(n)) + \
        "export const all = [" + ", ".join(f"a{i}" for i in range(n)) + "];\n"


def _flask(n: int) -> str:
    return "from flask import Flask, jsonify, request\napp = Flask(__name__)\n" + "".join(
        f"@app.route('/api/r{i}', methods=['POST'])\ndef r{i}():\n    data = request.get_json()\n"
        f"    return jsonify({{'id': {i}, 'v': data['v{i}']}})\n\n" for i in range(n))


def _python_class(n: int) -> str:
    return "class A:\n" + "".join(f"    def m{i}(self):\n        self.v{i} = self.m{i - 1}()\n"
                                  f"        return self.v{i}\n" for i in range(n))


def _python_functions(n: int) -> str:
    return "".join(f"def f{i}(a, b=1, *c, **d):\n    return g{i}(a) + h.x{i}(b)\n\n" for i in range(n))


SHAPES: list[tuple[str, Callable[[int], str], str, int]] = [
    ("route chain", _chain, "app.ts", 100), ("async functions", _functions, "api.ts", 200),
    ("express routes", _express, "server.js", 200), ("object literal", _object, "data.ts", 500),
    ("switch", _switch, "switch.ts", 500), ("imports", _imports, "index.ts", 500),
    ("flask routes", _flask, "app.py", 200), ("python class", _python_class, "model.py", 200),
    ("python functions", _python_functions, "util.py", 300),
]


def cpu_seconds(path: str, data: bytes) -> float:
    started = time.process_time()
    extract_facts(path, data, max_size=1 << 30, time_budget=None)
    return max(time.process_time() - started, 1e-4)


def shapes(limit: float) -> int:
    grown = 0
    for name, make, path, n in SHAPES:
        small, large = (cpu_seconds(path, make(k).encode()) for k in (n, 4 * n))
        flag = large / small > limit
        grown += flag
        print(f"{name:18s} n={n:<5d} {small:7.3f} s   4n {large:7.3f} s   x{large / small:5.1f}"
              f"{'   SUPERLINEAR' if flag else ''}")
    return grown


def head_files(git_dir: str, low: int = 8_000, high: int = 40_000) -> dict[str, bytes]:
    """path -> bytes of the source files of `low`..`high` bytes at HEAD of a git directory."""
    listed = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "-l", "-z", "HEAD"],
                            capture_output=True, check=True).stdout
    wanted = {}
    for entry in filter(None, listed.split(b"\0")):
        meta, path = entry.split(b"\t", 1)
        _mode, kind, blob, size = meta.split()
        name = path.decode("utf-8", "surrogateescape")
        if kind == b"blob" and size.isdigit() and low < int(size) < high and is_source(name) \
                and "node_modules/" not in name:
            wanted[name] = blob.decode()
    return {path: subprocess.run(["git", "--git-dir", git_dir, "cat-file", "blob", blob],
                                 capture_output=True, check=True).stdout
            for path, blob in wanted.items()}


def repositories(git_dirs: list[str], files: int, limit: float) -> int:
    grown = 0
    chooser = random.Random(7)
    for git_dir in git_dirs:
        found = head_files(git_dir)
        for path in chooser.sample(sorted(found), min(files, len(found))):
            one = cpu_seconds(path, found[path])
            eight = cpu_seconds(path, b"\n".join([found[path]] * 8))
            if eight / one > 2 * limit:
                grown += 1
                print(f"SUPERLINEAR {git_dir} {path}: {one:.3f} s, 8 copies {eight:.3f} s")
        print(f"{git_dir}: {min(files, len(found))} files read")
    return grown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", action="append", default=[], help="a git directory (repeatable)")
    parser.add_argument("--files", type=int, default=25, help="files per repository")
    parser.add_argument("--limit", type=float, default=8.0,
                        help="largest ratio accepted for 4x the items (8x the bytes: twice it)")
    args = parser.parse_args(argv)
    extract_facts("warm.ts", b"const a = 1")  # queries compiled before anything is timed
    extract_facts("warm.py", b"import os")
    grown = shapes(args.limit) + repositories(args.repo, args.files, args.limit)
    return 1 if grown else 0


if __name__ == "__main__":
    sys.exit(main())
