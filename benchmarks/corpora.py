"""Shared helpers of the benchmark scripts: pinned downloads, scratch git repositories,
running impact from this checkout, and a description of the machine.

Downloads are cached in benchmarks/.work/downloads/ (gitignored); scratch repositories get
fixed author, committer and dates so their commit ids are reproducible.
"""

from __future__ import annotations

import ast
import compileall
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WORK = Path(__file__).resolve().parent / ".work"
GIT_ENV = {
    "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid",
    "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid",
    "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z",
}


class SetupError(Exception):
    """Something the benchmark needs could not be set up (exit status 2)."""


def run(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> str:
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise SetupError(f"`{cmd[0]}` is not installed") from exc
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise SetupError(f"`{' '.join(cmd)}` failed ({proc.returncode}): "
                         + " | ".join(line[:200] for line in tail))
    return proc.stdout


# --------------------------------------------------------------------------- downloads


def download_pypi_sdist(name: str, version: str, dest: Path) -> Path:
    tarball = dest / f"{name}-{version}.tar.gz"
    if not tarball.exists():
        run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "--disable-pip-version-check", "-d", str(dest), f"{name}=={version}"])
    if not tarball.exists():
        raise SetupError(f"pip did not produce {tarball.name}")
    return tarball


def download_npm_tarball(name: str, version: str, dest: Path) -> Path:
    # npm pack names a scoped package's tarball `scope-name-version.tgz`
    tarball = dest / f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"
    if not tarball.exists():
        run(["npm", "pack", f"{name}@{version}", "--pack-destination", str(dest)], cwd=dest)
    if not tarball.exists():
        raise SetupError(f"npm pack did not produce {tarball.name}")
    return tarball


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_sha256(path: Path, expected: str) -> None:
    """Stop when a pinned download is not the file the benchmark was written against."""
    actual = sha256(path)
    if actual != expected:
        raise SetupError(f"{path.name}: sha256 {actual}, expected {expected} "
                         "(delete it to download again)")


def unpack(tarball: Path, dest: Path, keep: tuple[str, ...] = ()) -> None:
    """Extract a tarball whose members share one top directory into `dest` (flattened);
    with `keep`, only those top-level entries of it."""
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(tarball) as tar:
        tar.extractall(tmp, filter="data")
        (top,) = Path(tmp).iterdir()
        if not keep:
            shutil.copytree(top, dest)
            return
        dest.mkdir(parents=True)
        for name in keep:
            shutil.copytree(top / name, dest / name)


# --------------------------------------------------------------------------- git


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    return run(["git", "-c", "core.hooksPath=/dev/null", "-c", "commit.gpgsign=false",
                "-c", "core.autocrlf=false", *args], cwd=repo, env=env)


def create_repo(tarball: Path, repo: Path, keep: tuple[str, ...] = (),
                keep_file: Callable[[str], bool] | None = None,
                moved: tuple[str, str] | None = None) -> str:
    """Scratch repository whose first commit is the package as shipped (or only its `keep`
    top-level entries, and only the files whose relative path `keep_file` accepts; with
    `moved`, the directory `moved[0]` committed as `moved[1]`); returns its sha."""
    if repo.exists():
        shutil.rmtree(repo)
    unpack(tarball, repo, keep)
    if keep_file is not None:
        for path in [p for p in repo.rglob("*") if p.is_file()]:
            if not keep_file(path.relative_to(repo).as_posix()):
                path.unlink()
    if moved is not None:
        shipped, committed = (repo / part for part in moved)
        committed.parent.mkdir(parents=True, exist_ok=True)
        shipped.rename(committed)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A", "-f")
    what = f" ({', '.join(keep)})" if keep else ""
    git(repo, "commit", "-q", "-m", f"{tarball.name}{what} as shipped")
    return git(repo, "rev-parse", "HEAD").strip()


def start_branch(repo: Path, name: str, base: str) -> None:
    git(repo, "checkout", "-q", "-f", "-B", name, base)


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A", "-f")
    git(repo, "commit", "-q", "-m", message)


# --------------------------------------------------------------------------- impact


@dataclass
class ImpactRun:
    exit_status: int
    findings: list[dict]
    seconds: float
    error: str = ""


def impact_env() -> dict:
    """The environment to run `python -m impact` from this checkout."""
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), path]))}


def check_impact_runs() -> None:
    """impact runs, and runs as an installed package does: with its bytecode compiled
    (`pip install` compiles it; a checkout run with PYTHONDONTWRITEBYTECODE=1 would compile
    every module again in each measured run), and with the code of its dataclasses' methods
    kept (impact/method_code.py), as it is after its first run."""
    compileall.compile_dir(PROJECT_ROOT / "impact", quiet=1)
    write = "from impact.method_code import write_for_every_module as write; write()"
    subprocess.run([sys.executable, "-c", write], check=True, env=impact_env())  # as scripts/setup.sh
    proc = subprocess.run([sys.executable, "-m", "impact", "--help"], capture_output=True,
                          text=True, env=impact_env(), check=False)
    if proc.returncode != 0:
        raise SetupError("`python -m impact --help` failed: "
                         + (proc.stderr.strip().splitlines() or ["?"])[-1])


# --------------------------------------------------------------------------- machine


def run_impact(repo: Path) -> ImpactRun:
    cmd = [sys.executable, "-m", "impact", "--repo", str(repo), "diff", "HEAD~1", "HEAD",
           "--format", "json"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=impact_env(), check=False)
    seconds = time.perf_counter() - start
    try:
        findings = json.loads(proc.stdout)["findings"]
    except (ValueError, KeyError, TypeError):
        tail = " | ".join((proc.stderr or proc.stdout).strip().splitlines()[-3:])
        return ImpactRun(proc.returncode, [], seconds, f"no JSON report: {tail}")
    return ImpactRun(proc.returncode, findings, seconds)


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def nproc() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def machine_description() -> str:
    return (f"nproc {nproc()}, CPU {cpu_model()}, Python {platform.python_version()} "
            f"({platform.system()} {platform.machine()})")


# --------------------------------------------------------------------------- Python sources


@dataclass
class PyFile:
    rel: str
    module: str
    is_pkg: bool
    text: str
    tree: ast.Module

    def offset(self, lineno: int, byte_col: int) -> int:
        """Character offset of an ast position (ast columns are UTF-8 byte offsets)."""
        lines = self.text.splitlines(keepends=True)
        start = sum(len(line) for line in lines[:lineno - 1])
        return start + len(lines[lineno - 1].encode()[:byte_col].decode())

    def import_target(self, node: ast.ImportFrom) -> str | None:
        """The absolute module a `from ... import` in this file names."""
        if node.level == 0:
            return node.module
        package = self.module.split(".") if self.is_pkg else self.module.split(".")[:-1]
        if node.level - 1 > len(package):
            return None
        base = package[:len(package) - node.level + 1]
        return ".".join(base + ([node.module] if node.module else []))

    def start(self, node: ast.AST) -> int:
        return self.offset(node.lineno, node.col_offset)

    def end(self, node: ast.AST) -> int:
        return self.offset(node.end_lineno, node.end_col_offset)

    def line_offset(self, lineno: int) -> int:
        return self.offset(lineno, 0)

    def after_line(self, lineno: int) -> int:
        """Offset just past line `lineno` (its newline included)."""
        lines = self.text.splitlines(keepends=True)
        return sum(len(line) for line in lines[:lineno])

    def stem(self) -> str:
        return self.module.rsplit(".", 1)[-1]


def is_src_layout(root: Path) -> bool:
    """Whether a checkout keeps its packages in `src/`, itself no package."""
    return (root / "src").is_dir() and not (root / "src" / "__init__.py").exists()


def py_module_name(rel: str, src_layout: bool = False) -> tuple[str, bool]:
    """Dotted module name of a .py path, and whether it is a package's __init__; in a src
    layout (`src/` is no package) a path under `src/` is named from below it, as installed."""
    parts = list(Path(rel).with_suffix("").parts)
    if src_layout and parts[0] == "src" and len(parts) > 1:
        parts = parts[1:]
    is_pkg = parts[-1] == "__init__"
    return ".".join(parts[:-1] if is_pkg else parts), is_pkg
