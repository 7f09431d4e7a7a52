"""The errors tsc and pyright add on each change of the incident-shaped applications
(tests/apps/, tests/test_apps.py), to set beside impact's findings (benchmarks/RESULTS.md,
"Incident-shaped applications, new stacks").

What it does
------------
For each app, writes its base tree and, for each change, the changed tree under <work>/<app>/,
runs tsc on every TypeScript project (each `tsconfig.json`; a SvelteKit app, whose tsconfig
extends the generated `.svelte-kit/tsconfig.json`, gets a stand-in with its `$lib` paths) and
pyright on the tree, and prints the errors of head that base did not have (matched by file,
code and message, so moved lines do not count). No `node_modules` is installed: tsc sees the
repository's own types only, which is what the code-level breaks need.

How to run
----------
    npm install --prefix <tools> typescript@5.6 pyright@1.1.389
    python3 -m venv <tools>/pyenv && <tools>/pyenv/bin/pip install flask flask-sqlalchemy \\
        flask-migrate django djangorestframework     # what pyright resolves the apps against
    .venv/bin/python benchmarks/apps_typecheck.py --tools <tools> [APP ...]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "tests" / "apps")]

import builder  # tests/apps/builder.py

APPS = ("helpdesk", "taskboard", "shopfront", "stockroom", "ledger")
SVELTEKIT_TSCONFIG = {"compilerOptions": {"strict": True, "module": "esnext", "target": "es2022",
                                          "moduleResolution": "bundler", "noEmit": True,
                                          "skipLibCheck": True,
                                          "paths": {"$lib": ["./src/lib"], "$lib/*": ["./src/lib/*"]}},
                      "include": ["src"]}
TSC_ERROR = re.compile(r"^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$")

Error = tuple[str, int, str, str]  # file, line, code, message


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("apps", nargs="*", default=list(APPS))
    parser.add_argument("--tools", type=Path, required=True,
                        help="the npm prefix holding typescript and pyright (and pyenv/)")
    parser.add_argument("--work", type=Path, default=ROOT / "benchmarks" / ".work" / "apps-typecheck")
    args = parser.parse_args()
    for app in args.apps:
        changes = runpy.run_path(str(builder.APPS / app / "changes.py"))["CHANGES"]
        files = builder.base_files(app)
        base = _errors(args.tools, _written(files, args.work / app / "base"))
        for change, edits in changes.items():
            head = _errors(args.tools, _written(builder.apply(files, edits), args.work / app / "head"))
            print(f"== {app} {change}")
            for file, line, code, message in _added(base, head):
                print(f"   {file}:{line} {code} {message[:120]}")


def _written(files: dict[str, str], root: Path) -> Path:
    shutil.rmtree(root, ignore_errors=True)
    for path, content in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(content, encoding="utf-8")
    return root


def _errors(tools: Path, root: Path) -> list[Error]:
    return _tsc(tools / "node_modules" / ".bin" / "tsc", root) + _pyright(tools, root)


def _tsc(tsc: Path, root: Path) -> list[Error]:
    found = []
    for directory, _dirs, names in os.walk(root):
        if "svelte.config.js" in names:
            config = Path(directory) / "tsconfig.check.json"
            config.write_text(json.dumps(SVELTEKIT_TSCONFIG), encoding="utf-8")
        elif "tsconfig.json" in names:
            config = Path(directory) / "tsconfig.json"
        else:
            continue
        run = subprocess.run([str(tsc), "--noEmit", "--skipLibCheck", "-p", str(config)],
                             capture_output=True, text=True, cwd=directory, check=False)
        for line in run.stdout.splitlines():
            match = TSC_ERROR.match(line)
            if match:
                file = os.path.relpath(Path(directory) / match.group(1), root)
                found.append((file, int(match.group(2)), match.group(4), match.group(5)))
    return found


def _pyright(tools: Path, root: Path) -> list[Error]:
    if not any(root.rglob("*.py")):
        return []
    (root / "pyrightconfig.json").write_text(json.dumps(
        {"venvPath": str(tools), "venv": "pyenv", "typeCheckingMode": "standard"}), encoding="utf-8")
    run = subprocess.run([str(tools / "node_modules" / ".bin" / "pyright"), "--outputjson"],
                         capture_output=True, text=True, cwd=root, check=False)
    report = json.loads(run.stdout)
    return [(os.path.relpath(d["file"], root), d["range"]["start"]["line"] + 1, d.get("rule", ""),
             d["message"].splitlines()[0])
            for d in report["generalDiagnostics"] if d["severity"] == "error"]


def _added(base: list[Error], head: list[Error]) -> list[Error]:
    left = Counter((file, code, message) for file, _line, code, message in base)
    added = []
    for error in head:
        key = (error[0], error[2], error[3])
        if left[key]:
            left[key] -= 1
        else:
            added.append(error)
    return added


if __name__ == "__main__":
    main()
