"""Speed of `impact` on large real trees and a generated monorepo, against the parse-only
limit and peer tools.

What it does
------------
1. Downloads pinned trees (sha256 checked, cached in benchmarks/.work/downloads/): the
   Django 5.2 sdist's `django/` and `tests/` (2,914 .py files, PyPI), three 0.187.0's
   `src/` (757 .js files, npm) and rxjs 7.8.1's `src/` (.ts sources, npm); and generates a
   monorepo of 10,008 modules (benchmarks/monorepo.py: 24 TypeScript workspace packages,
   16 Python services). Each is committed into a scratch repository
   (benchmarks/.work/speed/<tree>/), then a second commit appends a small exported function
   to 5 modules.
2. Installs pinned peers into benchmarks/.work/tools/: ruff and griffe from PyPI (in a
   venv of their own), pyright, typescript 7 (the native compiler, the release of what
   `@typescript/native-preview` previewed) and typescript 5.9 from npm.
3. Measures, interleaved (every measure of every tree once per repetition, --repeat
   times; min and median reported):
     parse-only    tree-sitter parse of the same files with the grammars impact uses,
                   no extraction, single process (in this process, files read beforehand)
     parse+query   the parse and the walk of impact's capture queries over each tree (the
                   part of extraction done in C), single process
     extract-only  impact's per-file fact extraction of the same files, single process
     impact cold   `impact --cache-dir <new empty dir> diff HEAD~1 HEAD --format json`
     impact warm   `impact --cache-dir <that dir> diff HEAD~1 --format json` (the cache
                   filled by the cold run; head is the clean working tree)
     impact pre-commit  (monorepo) new contents staged in the 5 touched modules, then
                   `impact --cache-dir <that dir> diff --staged` as the pre-commit hook runs
                   it (text output); the index and working tree restored after
     ruff          `ruff check --select F` without cache and with a warm cache (Python)
     tsc 7         `tsc -p <tsconfig>`, allowJs + checkJs for JavaScript (JS and TS)
   and once (skipped by --quick): pyright, `griffe check <package> -a HEAD~1` (Python)
   and tsc 5.9 (JS and TS). Wall time, CPU time and peak RSS (of the measured process,
   from the rusage wait4 returns) of each subprocess. The tsconfig files live outside the
   repositories.
4. Prints a table with ratios against the targets of issue 17 (warm < 0.5 s and <= 1.5x
   ruff; cold <= 1.5x parse-only; cold faster than tsc 7 on JavaScript and >= 10x faster
   than pyright on Python; the monorepo's pre-commit `diff --staged` < 1 s; peak memory
   < 500 MB), each met or missed on wall time and on CPU time, and writes the "Speed"
   section of benchmarks/RESULTS.md with the machine, load, date, versions and commands.

How to run
----------
    python benchmarks/speed.py                 # with the project venv; ~40 min on 2 cores
    python benchmarks/speed.py --quick         # without pyright, griffe and tsc 5.9
    python benchmarks/speed.py --repeat 5 --tree django

impact is run as `python -m impact` with the interpreter running this script and the
project root on PYTHONPATH. Needs git, pip, node and npm (network to PyPI and npm on the
first run). Exit status 0 when the report was produced (targets missed or not), 2 when
something could not be set up.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import monorepo
from corpora import (
    DEFAULT_WORK,
    PROJECT_ROOT,
    SetupError,
    check_impact_runs,
    check_sha256,
    commit,
    cpu_model,
    create_repo,
    download_npm_tarball,
    download_pypi_sdist,
    git,
    impact_env,
    nproc,
    run,
)

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SECTION = "## Speed"
FILES_TOUCHED = 5
PYPI_TOOLS = {"ruff": "0.17.6", "griffe": "2.4.1"}
NPM_TOOLS = {"pyright": "pyright@1.1.414", "typescript": "typescript@7.0.2",
             "typescript5": "typescript5@npm:typescript@5.9.3"}


@dataclass(frozen=True)
class Tree:
    name: str
    language: str  # python, javascript or typescript
    registry: str  # pypi or npm
    package: str
    version: str
    sha256: str
    keep: tuple[str, ...]  # top-level entries of the archive that are committed
    touch_under: str  # the modules the second commit changes are picked here

    @property
    def label(self) -> str:
        return f"{self.package} {self.version} {', '.join(f'{k}/' for k in self.keep)}"


TREES = (
    Tree("django", "python", "pypi", "Django", "5.2",
         "1a47f7a7a3d43ce64570d350e008d2949abe8c7e21737b351b6a1611277c6d89",
         ("django", "tests"), "django"),
    Tree("three", "javascript", "npm", "three", "0.187.0",
         "ff540832ded0cfe919764d24a3d88f3e2a05f23303f876423e4f893841e90728", ("src",), "src"),
    Tree("rxjs", "typescript", "npm", "rxjs", "7.8.1",
         "c532167725ab7d085123209156c93cef22f2479cb9c8527060f1cd903aa9d149", ("src",), "src"),
    # generated by benchmarks/monorepo.py: TypeScript workspace packages and Python services
    Tree("monorepo", "mixed", "generated", "benchmarks/monorepo.py", "10,008 modules", "",
         ("packages", "services"), ""),
)
ADDED_FUNCTION = {
    "python": '\n\ndef benchmark_clamp_{i}(value, low, high):\n'
              '    """`value` limited to [low, high] (added by benchmarks/speed.py)."""\n'
              '    return max(low, min(value, high))\n',
    "javascript": "\n/**\n * `value` limited to [low, high] (added by benchmarks/speed.py).\n */\n"
                  "export function benchmarkClamp{i}(value, low, high) {{\n"
                  "\treturn Math.max(low, Math.min(value, high));\n}}\n",
    "typescript": "\n/**\n * `value` limited to [low, high] (added by benchmarks/speed.py).\n */\n"
                  "export function benchmarkClamp{i}(value: number, low: number, high: number)"
                  ": number {{\n  return Math.max(low, Math.min(value, high));\n}}\n",
}
SUFFIXES = {"python": (".py",), "javascript": (".js",), "typescript": (".ts",),
            "mixed": (".ts", ".py")}
LANGUAGE_OF_SUFFIX = {".py": "python", ".js": "javascript", ".ts": "typescript"}


# --------------------------------------------------------------------------- the trees


def download(tree: Tree, downloads: Path) -> Path | None:
    """The pinned archive of a tree (None for the generated monorepo)."""
    if tree.registry == "generated":
        return None
    fetch = download_pypi_sdist if tree.registry == "pypi" else download_npm_tarball
    tarball = fetch(tree.package, tree.version, downloads)
    check_sha256(tarball, tree.sha256)
    return tarball


def five_modules(tree: Tree, repo: Path) -> list[str]:
    """5 modules spread over the tree, each ending with a newline and defining something."""
    candidates = []
    for rel in git(repo, "ls-files", "--", tree.touch_under or ".").splitlines():
        if not rel.endswith(SUFFIXES[tree.language]) or rel.endswith((".d.ts", "__init__.py")):
            continue
        text = (repo / rel).read_text(encoding="utf-8")
        if text.endswith("\n") and ("\ndef " if rel.endswith(".py") else "export ") in text:
            candidates.append(rel)
    step = len(candidates) // FILES_TOUCHED
    return [candidates[i * step] for i in range(FILES_TOUCHED)]


def add_functions(repo: Path, modules: list[str], start: int = 1) -> None:
    """Append an exported function `benchmark_clamp_N` / `benchmarkClampN` to each module."""
    for i, rel in enumerate(modules, start):
        with (repo / rel).open("a", encoding="utf-8") as out:
            out.write(ADDED_FUNCTION[LANGUAGE_OF_SUFFIX[Path(rel).suffix]].format(i=i))


def build_repo(tree: Tree, tarball: Path | None, repos: Path) -> tuple[Path, list[str]]:
    """The first commit is the tree; the second appends a small exported function to 5
    modules spread over it."""
    repo = repos / tree.name
    if tarball is None:
        write_monorepo(repo)
    else:
        create_repo(tarball, repo, tree.keep)
    touched = five_modules(tree, repo)
    add_functions(repo, touched)
    commit(repo, f"add benchmarkClamp functions to {FILES_TOUCHED} modules")
    return repo, touched


def write_monorepo(repo: Path) -> None:
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    monorepo.write(repo)
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "the generated monorepo")


def source_files(repo: Path) -> dict[str, bytes]:
    """The tracked files impact analyses (by its own language table), with their bytes."""
    from impact.facts import language_of

    return {rel: (repo / rel).read_bytes() for rel in git(repo, "ls-files").splitlines()
            if language_of(rel) is not None}


# --------------------------------------------------------------------------- the peers


@dataclass
class Tools:
    ruff: str
    griffe: str
    pyright: str
    tsc: str
    tsc5: list[str]


def install_tools(work: Path) -> Tools:
    """The pinned peers, installed once into work/tools/ (again when a pin changes)."""
    root = work / "tools"
    venv, node = root / "venv", root / "node"
    stamp = root / "pins.json"
    pins = json.dumps({"pypi": PYPI_TOOLS, "npm": NPM_TOOLS}, sort_keys=True)
    if not stamp.exists() or stamp.read_text() != pins:
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q",
             "--disable-pip-version-check", *(f"{n}=={v}" for n, v in PYPI_TOOLS.items())])
        node.mkdir()
        run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(node),
             *NPM_TOOLS.values()], cwd=node)
        stamp.write_text(pins)
    modules = node / "node_modules"
    return Tools(ruff=str(venv / "bin" / "ruff"), griffe=str(venv / "bin" / "griffe"),
                 pyright=str(modules / ".bin" / "pyright"), tsc=str(modules / ".bin" / "tsc"),
                 tsc5=["node", str(modules / "typescript5" / "bin" / "tsc")])


def tsconfig(tree: Tree, repo: Path, work: Path) -> Path:
    """A tsconfig outside the repository: every file of the tree, checkJs for JavaScript."""
    options = {"noEmit": True, "target": "es2022", "module": "esnext",
               "moduleResolution": "bundler", "lib": ["es2022", "dom", "dom.iterable"],
               "skipLibCheck": True, "types": []}
    if tree.language == "javascript":
        options |= {"allowJs": True, "checkJs": True}
    if tree.name == "monorepo":  # the workspace packages, as a package manager would link them
        options["paths"] = {"@mono/*": [f"{repo}/packages/*/src/index.ts"]}
    path = work / "tsconfig" / tree.name / "tsconfig.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    include = [f"{repo}/packages/**/*.ts"] if tree.name == "monorepo" else \
        [f"{repo / k}/**/*" for k in tree.keep]
    path.write_text(json.dumps({"compilerOptions": options, "include": include}, indent=2))
    return path


def versions(tools: Tools) -> dict[str, str]:
    def first_line(cmd: list[str]) -> str:
        try:
            return run(cmd).strip().splitlines()[0]
        except (SetupError, IndexError):
            return "?"

    impact = first_line([sys.executable, "-m", "impact", "--version"])
    commit_id = first_line(["git", "-C", str(PROJECT_ROOT), "log", "-1", "--format=%h", "--",
                            "impact", "grammars"])
    return {
        "impact": f"{impact} (code at commit {commit_id})",
        "tree-sitter": ", ".join(f"{p} {metadata.version(p)}" for p in (
            "tree-sitter", "tree-sitter-python", "tree-sitter-javascript",
            "tree-sitter-typescript")),
        "ruff": first_line([tools.ruff, "--version"]),
        "griffe": first_line([tools.griffe, "--version"]),
        "pyright": first_line([tools.pyright, "--version"]),
        "tsc 7": first_line([tools.tsc, "--version"]),
        "tsc 5.9": first_line([*tools.tsc5, "--version"]),
        "node": first_line(["node", "--version"]),
        "git": first_line(["git", "--version"]),
    }


# --------------------------------------------------------------------------- measuring


@dataclass
class Sample:
    seconds: float  # wall time
    cpu_seconds: float  # user + system time, of every process of the run
    peak_mb: float | None = None  # largest single process of a subprocess run


@dataclass
class Measure:
    key: str
    shown: str  # the command as written in RESULTS.md
    take: Callable[[], Sample]
    slow: bool = False  # run once, skipped by --quick


def run_measured(cmd: list[str], cwd: Path, ok: set[int], env: dict | None = None
                 ) -> tuple[Sample, bytes]:
    """Wall time and peak RSS of one subprocess run; its stdout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        except FileNotFoundError as exc:
            raise SetupError(f"`{cmd[0]}` is not installed") from exc
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode not in ok:
        tail = (stderr or stdout).decode(errors="replace").strip().splitlines()[-3:]
        raise SetupError(f"`{' '.join(cmd)}` exited {proc.returncode}: " + " | ".join(tail))
    return Sample(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024), stdout


def timed(work: Callable[[], object]) -> Sample:
    start, cpu = time.perf_counter(), time.process_time()
    work()
    return Sample(time.perf_counter() - start, time.process_time() - cpu)


def parse_only(files: dict[str, bytes]) -> None:
    from impact.lang import language_of
    from impact.lang.treesitter import parser

    for rel, data in files.items():
        parser(language_of(rel).grammar(rel)[0]).parse(data)


def parse_and_query(files: dict[str, bytes]) -> None:
    """The part of extraction done in C: the parse, and the walk of impact's capture queries
    over each tree (what any design reading facts through tree-sitter queries pays before
    its first line of Python per node)."""
    import tree_sitter

    from impact.lang import language_of
    from impact.lang.treesitter import parser, query, query_files_for

    for rel, data in files.items():
        grammar, query_files = language_of(rel).grammar(rel)
        root = parser(grammar).parse(data).root_node
        tree_sitter.QueryCursor(query(grammar, *query_files_for(data, query_files))).captures(root)


def extract_only(files: dict[str, bytes]) -> None:
    from impact.facts import extract_facts

    for rel, data in files.items():
        extract_facts(rel, data)


@dataclass
class ImpactRuns:
    """Cold runs each get a new empty cache directory; a warm run reuses the last one."""

    repo: Path
    caches: Path
    count: int = 0
    staged: int = 0  # pre-commit runs so far
    report: dict = field(default_factory=dict)  # the JSON report of the first cold run

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "impact", "--cache-dir", str(self.caches / str(self.count)),
                *args, "--format", "json"]

    def cold(self) -> Sample:
        self.count += 1
        shutil.rmtree(self.caches / str(self.count), ignore_errors=True)
        sample, stdout = run_measured(self.command("diff", "HEAD~1", "HEAD"), self.repo, {0, 1},
                                      impact_env())
        self.report = self.report or json.loads(stdout)
        return sample

    def warm(self) -> Sample:
        return run_measured(self.command("diff", "HEAD~1"), self.repo, {0, 1}, impact_env())[0]

    def pre_commit(self, touched: list[str]) -> Sample:
        """A new change staged in the 5 touched modules, then `impact diff --staged` as the
        pre-commit hook runs it (text output), with the cache of the last cold run: each
        time new contents, as for each commit; the working tree is restored after."""
        self.staged += 1
        add_functions(self.repo, touched, start=100 * self.staged)
        git(self.repo, "add", "--", *touched)
        try:
            command = [sys.executable, "-m", "impact", "--cache-dir",
                       str(self.caches / str(self.count)), "diff", "--staged"]
            return run_measured(command, self.repo, {0, 1}, impact_env())[0]
        finally:
            git(self.repo, "reset", "-q", "--", *touched)
            git(self.repo, "checkout", "-q", "--", *touched)


def measures(tree: Tree, repo: Path, files: dict[str, bytes], tools: Tools, work: Path,
             impact: ImpactRuns, touched: list[str]) -> list[Measure]:
    def peer(cmd: list[str], ok: set[int]) -> Callable[[], Sample]:
        return lambda: run_measured(cmd, repo, ok)[0]

    found = [
        Measure("parse-only", "tree-sitter parse of every analysed file, one process",
                lambda: timed(lambda: parse_only(files))),
        Measure("parse+query", "tree-sitter parse and impact's capture queries of every analysed "
                "file, one process", lambda: timed(lambda: parse_and_query(files))),
        Measure("extract-only", "impact.facts.extract_facts of every analysed file, one process",
                lambda: timed(lambda: extract_only(files))),
        Measure("impact cold", "python -m impact --cache-dir <new empty dir> diff HEAD~1 HEAD "
                "--format json", impact.cold),
        Measure("impact warm", "python -m impact --cache-dir <same dir> diff HEAD~1 --format json",
                impact.warm),
    ]
    if tree.name == "monorepo":
        found.append(Measure("impact pre-commit", "git add <5 modules, new contents each time>; "
                             "python -m impact --cache-dir <same dir> diff --staged",
                             lambda: impact.pre_commit(touched)))
    if tree.language in ("python", "mixed"):
        ruff_cache = work / "ruff-cache" / tree.name
        found += [
            Measure("ruff", "ruff check --select F --isolated --no-cache --exit-zero .",
                    peer([tools.ruff, "check", "--select", "F", "--isolated", "--no-cache",
                          "--exit-zero", "--quiet", "."], {0})),
            Measure("ruff (cached)", "ruff check --select F --isolated --cache-dir <dir> "
                    "--exit-zero .", peer([tools.ruff, "check", "--select", "F", "--isolated",
                                          "--cache-dir", str(ruff_cache), "--exit-zero",
                                          "--quiet", "."], {0})),
            Measure("pyright", "pyright (in the repository, no configuration)",
                    peer([tools.pyright], {0, 1}), slow=True),
        ]
    if tree.language == "python":
        found.append(Measure("griffe", f"griffe check {tree.touch_under} -s . -a HEAD~1 -f oneline",
                             peer([tools.griffe, "check", tree.touch_under, "-s", ".", "-a",
                                   "HEAD~1", "-f", "oneline"], {0, 1}), slow=True))
    if tree.language != "python":
        config = tsconfig(tree, repo, work)
        checks = {"javascript": "allowJs + checkJs", "typescript": "plain",
                  "mixed": "packages/**/*.ts, @mono/* paths"}[tree.language]
        found += [
            Measure("tsc 7", f"tsc -p <tsconfig outside the repo: noEmit, {checks}>",
                    peer([tools.tsc, "-p", str(config)], {0, 1, 2})),
            Measure("tsc 5.9", f"tsc -p <tsconfig outside the repo: noEmit, {checks}>",
                    peer([*tools.tsc5, "-p", str(config)], {0, 1, 2}), slow=True),
        ]
    return found


def measure_all(plan: dict[str, list[Measure]], repeat: int, quick: bool
                ) -> dict[str, dict[str, list[Sample]]]:
    """Every fast measure of every tree once per repetition, then each slow one once."""
    samples: dict[str, dict[str, list[Sample]]] = {name: {} for name in plan}
    for i in range(repeat):
        for name, found in plan.items():
            for m in found:
                if not m.slow:
                    sample = m.take()
                    samples[name].setdefault(m.key, []).append(sample)
                    print(f"  [{i + 1}/{repeat}] {name:<7} {m.key:<14} {sample.seconds:7.2f} s",
                          flush=True)
    for name, found in plan.items():
        for m in found:
            if m.slow and not quick:
                sample = m.take()
                samples[name][m.key] = [sample]
                print(f"  [once] {name:<7} {m.key:<14} {sample.seconds:7.2f} s", flush=True)
    return samples


# --------------------------------------------------------------------------- report


@dataclass
class Target:
    tree: str
    what: str
    value: str
    met: bool | None  # on wall time; None: not measured (a peer skipped by --quick)
    met_on_cpu: bool | None = None  # the same on CPU time


def median(samples: dict[str, list[Sample]], key: str, cpu: bool = False) -> float | None:
    runs = samples.get(key)
    if not runs:
        return None
    return statistics.median(s.cpu_seconds if cpu else s.seconds for s in runs)


def targets(tree: Tree, samples: dict[str, list[Sample]]) -> list[Target]:
    """Issue 17's targets, decided on wall-time medians and, beside, on CPU-time medians (the
    steadier figure on a shared machine)."""
    impact_runs = [s for k in ("impact cold", "impact warm", "impact pre-commit")
                   for s in samples.get(k, [])]
    peak = max(s.peak_mb for s in impact_runs)
    found: list[Target] = []

    def under(what: str, key: str, limit: float) -> None:
        wall, cpu = median(samples, key), median(samples, key, cpu=True)
        found.append(Target(tree.name, what, f"{wall:.2f} s (CPU {cpu:.2f} s)", wall < limit,
                            cpu < limit))

    def ratio(what: str, numerator: str, denominator: str, limit: float, at_least: bool) -> None:
        wall = [median(samples, k) for k in (numerator, denominator)]
        cpu = [median(samples, k, cpu=True) for k in (numerator, denominator)]
        if None in wall:
            found.append(Target(tree.name, what, "not measured", None))
            return
        values = wall[0] / wall[1], cpu[0] / cpu[1]
        met = [v >= limit if at_least else v <= limit for v in values]
        found.append(Target(tree.name, what, f"{values[0]:.1f}x (CPU {values[1]:.1f}x)", *met))

    if tree.name == "monorepo":
        under("pre-commit diff --staged < 1 s", "impact pre-commit", 1.0)
    else:
        under("warm < 0.5 s", "impact warm", 0.5)
    if tree.language == "python":
        ratio("warm / ruff <= 1.5", "impact warm", "ruff", 1.5, False)
    ratio("cold / parse-only <= 1.5", "impact cold", "parse-only", 1.5, False)
    bound = [median(samples, k, cpu=True) for k in ("parse+query", "parse-only")]
    if None not in bound:  # not a target: what the queries alone cost, the floor of the design
        found.append(Target(tree.name, "parse+query / parse-only (CPU, not a target)",
                            f"{bound[0] / bound[1]:.1f}x", None))
    if tree.language == "python":
        ratio("pyright / cold >= 10", "pyright", "impact cold", 10, True)
    elif tree.language == "javascript":
        ratio("tsc 7 / cold >= 1 (cold faster)", "tsc 7", "impact cold", 1, True)
    found.append(Target(tree.name, "peak memory < 500 MB", f"{peak:.0f} MB", peak < 500,
                        peak < 500))
    return found


def verdict(met: bool | None) -> str:
    return {True: "met", False: "MISSED", None: "-"}[met]


def measurement_rows(tree: Tree, found: list[Measure], samples: dict[str, list[Sample]]
                     ) -> list[list[str]]:
    rows = []
    cold = median(samples, "impact cold")
    for m in found:
        runs = samples.get(m.key)
        if not runs:
            continue
        seconds = [s.seconds for s in runs]
        peaks = [s.peak_mb for s in runs if s.peak_mb is not None]
        med = statistics.median(seconds)
        rows.append([tree.name, m.key, str(len(runs)), f"{min(seconds):.2f}", f"{med:.2f}",
                     f"{median(samples, m.key, cpu=True):.2f}",
                     f"{med / cold:.2f}x" if cold else "", f"{max(peaks):.0f}" if peaks else "-"])
    return rows


MEASURE_HEADER = ["tree", "measure", "runs", "min s", "median s", "median CPU s", "/ impact cold",
                  "peak MB"]
TARGET_HEADER = ["tree", "target", "value", "verdict (wall)", "verdict (CPU)"]


def text_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in [header, *rows])


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def ram_gb() -> str:
    meminfo = Path("/proc/meminfo")
    if not meminfo.exists():
        return "?"
    kb = next(int(line.split()[1]) for line in meminfo.read_text().splitlines()
              if line.startswith("MemTotal"))
    return f"{kb / 1024 / 1024:.0f} GB"


@dataclass
class Run:
    """Everything RESULTS.md says about one run of this script."""

    command: str
    started: datetime
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]
    versions: dict[str, str]
    trees: list[tuple[Tree, Path, str, int, list[str]]]  # tree, tarball, sha, files, touched
    reports: dict[str, dict]
    measure_rows: list[list[str]]
    target_rows: list[list[str]]
    commands: list[tuple[str, str]]


def load_note(run_info: Run) -> str:
    loads = ", ".join(f"{a:.1f}/{b:.1f}/{c:.1f}" for a, b, c in (run_info.load_before,
                                                                  run_info.load_after))
    note = f"Load average (1/5/15 min) before and after: {loads}."
    if max(run_info.load_before[0], run_info.load_after[0]) > nproc() / 2:
        note += (" The machine was shared with other work while this ran, so absolute"
                 " times are pessimistic and ratios between tools are the steadier figures.")
    return note


def report_summary(report: dict) -> str:
    findings = report.get("findings", [])
    listed = ", ".join(f"{f['code']} {f['file']}:{f['line']} `{f['symbol']}`" for f in findings[:10])
    more = f", and {len(findings) - 10} more" if len(findings) > 10 else ""
    return (f"{report.get('summary', {}).get('files_scanned', '?')} files scanned, "
            f"{len(findings)} findings" + (f" ({listed}{more})" if findings else ""))


def results_section(r: Run) -> str:
    trees = [[t.name, f"{t.label} ({t.registry})", f"`{sha[:16]}…`" if sha else "-", str(files),
              ", ".join(f"`{p}`" for p in touched)] for t, _, sha, files, touched in r.trees]
    reports = "; ".join(f"{name}: {report_summary(rep)}" for name, rep in r.reports.items())
    parts = [
        SECTION, "",
        (f"Measured by `{r.command}` on {r.started:%Y-%m-%d %H:%M} UTC. Machine: nproc {nproc()}, "
         f"{cpu_model()}, {ram_gb()} RAM, Python {platform.python_version()} "
         f"({platform.system()} {platform.machine()}). {load_note(r)}"), "",
         "Versions: " + "; ".join(f"{k}: {v}" for k, v in r.versions.items()) + ".", "",
        ("Trees (each committed into a scratch repository; the second commit appends an"
         " exported `benchmarkClamp` function to 5 modules; the monorepo's pre-commit runs stage"
         " another such function in the same 5 modules each time):"), "",
        markdown_table(["tree", "source", "sha256", "analysed files", "touched"], trees), "",
        ("impact's report on the second commit (cold run; the commit only adds functions, so"
         f" every finding is a false positive): {reports}."), "",
        ("Wall-time minimums and medians over the interleaved repetitions (slow peers run once);"
         " CPU s is user + system time of all processes of a run (parse-only and extract-only:"
         " of this process); peak MB is the largest resident set of a single process of the run;"
         " / impact cold compares medians of wall time:"), "",
        markdown_table(MEASURE_HEADER, r.measure_rows), "",
        ("Targets of issue 17, decided on wall-time medians and on CPU-time medians (user +"
         " system time of the run's processes: the steadier figure on a shared machine):"), "",
        markdown_table(TARGET_HEADER, r.target_rows), "",
        "Commands:", "",
        *[f"- {key}: `{shown}`" for key, shown in r.commands], "",
    ]
    return "\n".join(parts)


def write_results(section: str, path: Path = RESULTS) -> None:
    """Replace the Speed section of RESULTS.md (other sections are left as they are)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    lines = text.splitlines()
    if SECTION in lines:
        start = lines.index(SECTION)
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
                   len(lines))
        lines[start:end] = section.rstrip("\n").splitlines() + ([""] if end < len(lines) else [])
    else:
        lines += ["", *section.rstrip("\n").splitlines()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3,
                        help="repetitions of the fast measures (default 3)")
    parser.add_argument("--quick", action="store_true",
                        help="skip the slow peers (pyright, griffe check, tsc 5.9)")
    parser.add_argument("--tree", action="append", choices=[t.name for t in TREES],
                        help="only this tree (repeatable; default: all)")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK,
                        help="working directory (default: benchmarks/.work)")
    parser.add_argument("--no-write", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    args.work = args.work.resolve()  # npm and git run in other directories
    sys.path.insert(0, str(PROJECT_ROOT))
    command = "python benchmarks/speed.py " + " ".join(sys.argv[1:])
    started, load_before = datetime.now(timezone.utc), os.getloadavg()
    try:
        r = benchmark(args, command.strip(), started, load_before)
    except SetupError as exc:
        print(f"\nsetup failed: {exc}", file=sys.stderr)
        return 2
    for name, report in r.reports.items():
        print(f"{name} second commit: {report_summary(report)}")
    print("\n" + text_table(MEASURE_HEADER, r.measure_rows))
    print("\n" + text_table(TARGET_HEADER, r.target_rows))
    print(f"\n{load_note(r)}")
    if not args.no_write:
        write_results(results_section(r))
        print(f"wrote the Speed section of {RESULTS}")
    return 0


def benchmark(args: argparse.Namespace, command: str, started: datetime,
              load_before: tuple[float, float, float]) -> Run:
    check_impact_runs()
    downloads, repos = args.work / "downloads", args.work / "speed"
    downloads.mkdir(parents=True, exist_ok=True)
    repos.mkdir(parents=True, exist_ok=True)
    tools = install_tools(args.work)
    chosen = [t for t in TREES if not args.tree or t.name in args.tree]
    plan, impacts, built = {}, {}, []
    for tree in chosen:
        tarball = download(tree, downloads)
        repo, touched = build_repo(tree, tarball, repos)
        files = source_files(repo)
        impacts[tree.name] = ImpactRuns(repo, args.work / "impact-cache" / tree.name)
        plan[tree.name] = measures(tree, repo, files, tools, args.work, impacts[tree.name],
                                   touched)
        built.append((tree, tarball, tree.sha256, len(files), touched))
        print(f"{tree.name}: {tree.label}, {len(files)} analysed files; touched "
              + ", ".join(touched), flush=True)
    samples = measure_all(plan, args.repeat, args.quick)
    measure_rows, target_rows, commands = [], [], []
    for tree in chosen:
        measure_rows += measurement_rows(tree, plan[tree.name], samples[tree.name])
        target_rows += [[t.tree, t.what, t.value, verdict(t.met), verdict(t.met_on_cpu)]
                        for t in targets(tree, samples[tree.name])]
        commands += [(f"{tree.name} {m.key}", m.shown) for m in plan[tree.name]
                     if m.key in samples[tree.name]]
    return Run(command, started, load_before, os.getloadavg(), versions(tools), built,
               {name: runs.report for name, runs in impacts.items()}, measure_rows,
               target_rows, commands)


if __name__ == "__main__":
    sys.exit(main())
