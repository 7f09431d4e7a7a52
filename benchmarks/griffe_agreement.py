"""Agreement between `impact` and `griffe check` on real releases of PyPI packages.

What it does
------------
1. Downloads (``pip download --no-deps``, cached in benchmarks/.work/downloads/) two
   releases each of a few pure-Python packages whose public API changed between them
   (see PACKAGES).
2. Commits each package's source directory as ``src/<pkg>/`` twice into a scratch git
   repository (benchmarks/.work/griffe/<pkg>/, rebuilt every run): the old release
   tagged ``A``, the new one tagged ``B``.
3. Runs ``griffe check <pkg> -s src -a A -b B -f github`` and
   ``impact --repo <repo> diff A B --format json`` on it.
4. Normalises both to (kind, object path) -- ``src/pkg/mod.py`` + ``Class.meth`` becomes
   ``pkg.mod.Class.meth``, ``__init__.py`` is the package itself -- and prints, per
   package and per kind, what both tools found, what only griffe found and what only
   impact found, then every disagreement with both tools' messages.

Kinds compared:
  IMP201 removed-public-api      <- griffe "Public object was removed"
  IMP202 incompatible-signature  <- griffe "Parameter was removed", "... added as required",
                                    "... is now required", "Positional parameter was moved",
                                    "Parameter kind was changed"
                                    (per callable: ``Class.__init__`` counts as ``Class``,
                                    impact's call-site findings count for the callable)
Other griffe kinds (base class removed, default changed, object kind changed, attribute
and return types) are outside impact's scope and are listed separately; impact's
consequence findings inside the package (IMP101-IMP105) are counted but not compared.

How to run
----------
    python benchmarks/griffe_agreement.py          # with the project venv active

griffe is run as ``python -m griffe`` when the running interpreter has it
(``pip install griffe``), else as a ``griffe`` on PATH. impact is run as
``python -m impact`` with the project root on PYTHONPATH. Needs git and pip (network to
PyPI on the first run). Exit status: 0 when the report was produced, 2 when something
could not be set up (download, git, griffe or impact not runnable), with a one-line reason.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from corpora import DEFAULT_WORK, GIT_ENV, PROJECT_ROOT

# (distribution, import name, old release, new release)
PACKAGES = [
    ("itsdangerous", "itsdangerous", "1.1.0", "2.0.0"),
    ("packaging", "packaging", "21.3", "22.0"),
    ("click", "click", "7.1.2", "8.0.0"),
]
WORK = DEFAULT_WORK
REMOVED = "IMP201"
SIGNATURE = "IMP202"
GRIFFE_KINDS = {
    "Public object was removed": REMOVED,
    "Parameter was removed": SIGNATURE,
    "Parameter was added as required": SIGNATURE,
    "Parameter is now required": SIGNATURE,
    "Positional parameter was moved": SIGNATURE,
    "Parameter kind was changed": SIGNATURE,
    # out of impact's scope:
    "Parameter default was changed": None,
    "Return types are incompatible": None,
    "Public object points to a different kind of object": None,
    "Attribute types are incompatible": None,
    "Attribute value was changed": None,
    "Base class was removed": None,
}
GITHUB_LINE = re.compile(r"^::(?:warning|error|notice) file=(?P<file>[^,]*),line=(?P<line>\d+),"
                         r"title=(?P<title>.*?)::(?P<message>.*)$")
CALL_SITE = re.compile(r"no longer fits `[^`]+` \((?P<path>[^:()]+):\d+\)")
PUBLIC_THROUGH = re.compile(r" of `(?P<path>[^`]+)` was removed")


class SetupError(Exception):
    pass


@dataclass
class Item:
    """One tool's finding, normalised."""
    kind: str  # IMP201, IMP202, or griffe's kind when out of scope
    path: str  # dotted object path
    message: str
    also: tuple[str, ...] = ()  # other paths the same finding stands for (impact IMP201)
    member: bool = False  # a class member (method, class or instance attribute)


@dataclass
class Result:
    package: str
    griffe: list[Item] = field(default_factory=list)
    out_of_scope: list[Item] = field(default_factory=list)
    impact: list[Item] = field(default_factory=list)
    consequences: dict[str, int] = field(default_factory=dict)


# -- setup --------------------------------------------------------------------------------


def run(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def download(dist: str, version: str) -> Path:
    """The sdist or wheel of dist==version, downloaded once into .work/downloads/."""
    target = WORK / "downloads" / f"{dist}-{version}"
    found = [p for p in target.glob("*") if p.suffix in (".whl", ".gz", ".zip")] if target.exists() else []
    if found:
        return found[0]
    target.mkdir(parents=True, exist_ok=True)
    proc = run([sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
                "-q", "-d", str(target), f"{dist}=={version}"])
    found = [p for p in target.glob("*") if p.suffix in (".whl", ".gz", ".zip")]
    if proc.returncode != 0 or not found:
        errors = proc.stderr.splitlines()
        lines = [line for line in errors if line.startswith("ERROR")] or errors
        raise SetupError(f"pip download {dist}=={version} failed: {(lines or ['no file'])[-1].strip()}")
    return found[0]


def extract_package(archive: Path, name: str, into: Path) -> None:
    """Copy the `name` package directory (the shallowest `name/__init__.py`) into `into`."""
    with tempfile.TemporaryDirectory() as tmp:
        if archive.suffix in (".whl", ".zip"):
            with zipfile.ZipFile(archive) as z:
                z.extractall(tmp)
        else:
            with tarfile.open(archive) as t:
                t.extractall(tmp)  # a release from PyPI, pinned above
        inits = sorted(Path(tmp).rglob(f"{name}/__init__.py"), key=lambda p: len(p.parts))
        if not inits:
            raise SetupError(f"{archive.name}: no {name}/__init__.py inside")
        shutil.copytree(inits[0].parent, into, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def git(repo: Path, *args: str) -> str:
    proc = run(["git", *args], cwd=repo, env={**os.environ, **GIT_ENV})
    if proc.returncode != 0:
        raise SetupError(f"git {' '.join(args)} failed in {repo}: {proc.stderr.strip()}")
    return proc.stdout


def build_repo(dist: str, name: str, old: str, new: str) -> Path:
    repo = WORK / "griffe" / name
    shutil.rmtree(repo, ignore_errors=True)
    repo.mkdir(parents=True)
    git(repo, "init", "-q")
    for version, tag in ((old, "A"), (new, "B")):
        shutil.rmtree(repo / "src", ignore_errors=True)
        extract_package(download(dist, version), name, repo / "src" / name)
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", f"{dist} {version}")
        git(repo, "tag", tag)
    return repo


def griffe_command() -> list[str]:
    if importlib.util.find_spec("griffe") is not None:
        command = [sys.executable, "-m", "griffe"]
    elif shutil.which("griffe"):
        command = [shutil.which("griffe")]
    else:
        raise SetupError("griffe not found: `pip install griffe` into this interpreter or put it on PATH")
    if run([*command, "check", "--help"]).returncode != 0:
        raise SetupError(f"`{' '.join(command)} check --help` failed")
    return command


# -- normalisation ------------------------------------------------------------------------


def module_of(file: str) -> str:
    """src/pkg/mod.py -> pkg.mod; src/pkg/__init__.py -> pkg."""
    parts = file.split("/")
    if parts[0] == "src":
        parts = parts[1:]
    parts[-1] = parts[-1].rsplit(".", 1)[0]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def callable_path(path: str) -> str:
    """A class's signature is its __init__'s: pkg.mod.C.__init__ -> pkg.mod.C."""
    return path.removesuffix(".__init__")


def griffe_items(command: list[str], repo: Path, name: str) -> tuple[list[Item], list[Item]]:
    proc = run([*command, "check", name, "-s", "src", "-a", "A", "-b", "B", "-f", "github",
                "--no-color"], cwd=repo)
    lines = (proc.stdout + proc.stderr).splitlines()
    matches = [m for m in map(GITHUB_LINE.match, lines) if m]
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not matches):
        raise SetupError(f"griffe check {name} failed: {(lines or ['no output'])[-1]}")
    compared, out_of_scope = [], []
    for m in matches:
        title, message = m["title"], m["message"].replace("`", "")
        obj = title.partition("(")[0]  # title: Class.method(parameter)
        module = module_of(m["file"])
        path = module if obj == "<module>" else f"{module}.{obj}"
        kind = next((k for k in GRIFFE_KINDS if message.startswith(k)), message.split(":")[0])
        mapped = GRIFFE_KINDS.get(kind)
        text = f"{title}: {message}"
        if mapped == SIGNATURE:
            path = callable_path(path)
        member = "." in path[len(module) + 1:]
        if mapped is None:
            out_of_scope.append(Item(kind, path, text, member=member))
        else:
            compared.append(Item(mapped, path, text, member=member))
    return compared, out_of_scope


def impact_items(repo: Path) -> tuple[list[Item], dict[str, int]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    proc = run([sys.executable, "-m", "impact", "--repo", str(repo), "diff", "A", "B",
                "--format", "json"], env=env)
    if proc.returncode not in (0, 1):
        raise SetupError(f"impact diff failed (exit {proc.returncode}): "
                         f"{(proc.stderr.strip().splitlines() or ['no output'])[-1]}")
    items, consequences = [], defaultdict(int)
    for f in json.loads(proc.stdout)["findings"]:
        code, symbol, message = f["code"], f["symbol"], f["message"]
        member = "." in symbol
        if code == REMOVED:
            also = ()
            through = PUBLIC_THROUGH.search(message)
            if through:
                also = (f"{module_of(through['path'])}.{symbol}",)
            items.append(Item(REMOVED, f"{module_of(f['file'])}.{symbol}", message, also, member))
        elif code == SIGNATURE:
            call = CALL_SITE.search(message)
            if call:  # at a broken call site: counts for the callable it breaks
                where = f"{f['file']}:{f['line']}: {message}"
                items.append(Item(SIGNATURE, f"{module_of(call['path'])}.{symbol}", where, member=member))
            else:
                items.append(Item(SIGNATURE, f"{module_of(f['file'])}.{symbol}", message, member=member))
        else:
            consequences[code] += 1
    return items, dict(consequences)


# -- comparison and report ----------------------------------------------------------------


def compare(result: Result, kind: str) -> tuple[set[str], set[str], set[str], dict, dict]:
    """Object paths found by both, only griffe, only impact, with each tool's findings."""
    griffe, impact = defaultdict(list), defaultdict(list)
    for item in result.griffe:
        if item.kind == kind:
            griffe[item.path].append(item)
    covered: set[str] = set()
    for item in result.impact:
        if item.kind != kind:
            continue
        keys = [k for k in (item.path, *item.also) if k in griffe] or [item.path]
        for key in keys:
            impact[key].append(item)
        covered.update(keys)
    both = set(griffe) & covered
    return both, set(griffe) - covered, covered - set(griffe), griffe, impact


def tags(path: str, items: list[Item]) -> str:
    """Hints for the reader: class members, dunder names."""
    found = []
    if any(item.member for item in items):
        found.append("class member")
    if re.fullmatch(r"__\w+__", path.rsplit(".", 1)[-1]):
        found.append("dunder")
    return f"  [{', '.join(found)}]" if found else ""


def report(results: list[Result]) -> None:
    totals = defaultdict(lambda: [0, 0, 0])
    print("\nAgreement per package and kind (object paths; IMP202 per callable)\n")
    print(f"{'package':<24} {'kind':<7} {'both':>5} {'only griffe':>12} {'only impact':>12}")
    for result in results:
        for kind in (REMOVED, SIGNATURE):
            both, only_g, only_i, _, _ = compare(result, kind)
            counts = (len(both), len(only_g), len(only_i))
            for i, n in enumerate(counts):
                totals[kind][i] += n
            print(f"{result.package:<24} {kind:<7} {counts[0]:>5} {counts[1]:>12} {counts[2]:>12}")
    for kind, (b, g, i) in totals.items():
        print(f"{'TOTAL':<24} {kind:<7} {b:>5} {g:>12} {i:>12}")

    print("\nOut of impact's scope (griffe only, not compared):")
    for result in results:
        kinds = defaultdict(int)
        for item in result.out_of_scope:
            kinds[item.kind] += 1
        listed = ", ".join(f"{k}: {n}" for k, n in sorted(kinds.items())) or "none"
        print(f"  {result.package}: {listed}")
        for item in result.out_of_scope:
            print(f"      {item.path}  --  {item.message}")
    print("\nimpact's in-package consequence findings (not compared):")
    for result in results:
        print(f"  {result.package}: {result.consequences or 'none'}")

    print("\nDisagreements")
    for result in results:
        for kind in (REMOVED, SIGNATURE):
            _, only_g, only_i, griffe, impact = compare(result, kind)
            for tool, paths, found in (("griffe", only_g, griffe), ("impact", only_i, impact)):
                for path in sorted(paths):
                    print(f"\n  [{result.package}] {kind} only {tool}: {path}{tags(path, found[path])}")
                    for item in found[path]:
                        print(f"      {tool}: {item.message}")


def main() -> int:
    try:
        griffe = griffe_command()
        results = []
        for dist, name, old, new in PACKAGES:
            repo = build_repo(dist, name, old, new)
            result = Result(f"{name} {old}->{new}")
            result.griffe, result.out_of_scope = griffe_items(griffe, repo, name)
            result.impact, result.consequences = impact_items(repo)
            print(f"{result.package}: griffe {len(result.griffe)} in scope + "
                  f"{len(result.out_of_scope)} out of scope, impact {len(result.impact)} "
                  f"IMP201/IMP202 + {sum(result.consequences.values())} other  ({repo})")
            results.append(result)
    except (SetupError, OSError, json.JSONDecodeError) as error:
        print(f"griffe_agreement: setup failed: {error}", file=sys.stderr)
        return 2
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
