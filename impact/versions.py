"""Which version of impact's code and of its extractor is running: digests of their files,
part of every key of the facts cache (impact/cache.py), so that an entry is never read by
code that would not have written the same.

Each is computed once per process, when first asked for; the digest of the files is kept
beside the bytecode, and read again while they keep their sizes and modification times.
(Computing them on a thread while the rest of impact is imported was tried: the thread waits
on the interpreter's lock as long as the imports run, and the run came out no faster.)
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import marshal
import os
import sys
from functools import cache
from pathlib import Path

from impact import __version__

PACKAGE = Path(__file__).resolve().parent
GRAMMAR_PACKAGES = ("tree_sitter", "tree_sitter_python", "tree_sitter_javascript",
                    "tree_sitter_typescript")
# the modules whose code decides what facts are (records.py holds the layout's FORMAT)
EXTRACTOR_MODULES = ("facts.py", "model.py", "records.py")
EXTRACTOR_PACKAGES = ("lang", "http")
GRAMMAR_DIRECTORIES = (PACKAGE / "grammars", PACKAGE.parent / "grammars")  # installed; a checkout
MAX_KEPT = 8  # digests kept beside the bytecode (the code's and the extractor's of a few versions)


@cache
def extractor_version() -> str:
    """Changes whenever the code or the queries that produce facts change, or the parser or
    a grammar does."""
    names = {*EXTRACTOR_MODULES, *(f"{package}/{name}" for package in EXTRACTOR_PACKAGES
                                   for name in _names(PACKAGE / package, ".py"))}
    files = [(name.rpartition("/")[2], str(PACKAGE / name)) for name in names]
    files += [(name, str(directory / name)) for directory in GRAMMAR_DIRECTORIES
              for name in _names(directory, ".scm")]
    digest = hashlib.sha1(files_digest([file for file in files if os.path.isfile(file[1])]).encode())
    for package in GRAMMAR_PACKAGES:  # another grammar release reads the same bytes otherwise
        digest.update(_release(package).encode() + b"\n")
    return digest.hexdigest()[:16]


@cache
def code_version() -> str:
    """Changes whenever any of impact's code or queries change."""
    files = [(f"{os.path.basename(directory)}/{name}", os.path.join(directory, name))
             for directory, _dirs, names in _walk(PACKAGE) for name in names
             if name.endswith((".py", ".scm"))]
    files += [(f"grammars/{name}", str(PACKAGE.parent / "grammars" / name))
              for name in _names(PACKAGE.parent / "grammars", ".scm")]
    return files_digest(files)


def files_digest(files: list[tuple[str, str]]) -> str:
    """A digest of impact's version and of each file's name and bytes (`files`: name, path),
    in path order. Kept beside the bytecode and taken from there while every file has the
    size and modification time it had, as Python trusts a module's bytecode."""
    files = sorted(files, key=lambda file: file[1])
    stamp = hashlib.sha1(__version__.encode())
    for name, path in files:
        status = os.stat(path)
        stamp.update(f"{name}\0{path}\0{status.st_mtime_ns}\0{status.st_size}\n".encode())
    kept = _kept_digests()
    found = kept.get(stamp.hexdigest())
    if found is None:
        digest = hashlib.sha1(__version__.encode())
        for name, path in files:
            with open(path, "rb") as file:
                digest.update(name.encode() + file.read())
        found = kept[stamp.hexdigest()] = digest.hexdigest()[:16]
        _keep(kept)
    return found


def _digests_file() -> Path:
    return PACKAGE / "__pycache__" / f"versions.{sys.implementation.cache_tag}.digests"


def _kept_digests() -> dict[str, str]:
    """The digests kept by earlier runs, by the stamp of their files ({} if none can be read)."""
    try:
        kept = marshal.loads(_digests_file().read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    valid = type(kept) is dict and all(type(k) is str and type(v) is str for k, v in kept.items())
    return kept if valid else {}


def _keep(digests: dict[str, str]) -> None:
    """Write them (the newest MAX_KEPT), unless Python writes no bytecode (-B,
    PYTHONDONTWRITEBYTECODE) or the directory cannot be written (a read-only install)."""
    if sys.dont_write_bytecode:
        return
    path = _digests_file()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        temporary.write_bytes(marshal.dumps(dict(list(digests.items())[-MAX_KEPT:])))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _walk(top: Path):
    """os.walk of the package, without the bytecode directories."""
    for directory, dirs, names in os.walk(top):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        yield directory, dirs, names


def _names(directory: Path, suffix: str) -> list[str]:
    try:
        return [entry.name for entry in os.scandir(directory)
                if entry.name.endswith(suffix) and entry.is_file()]
    except OSError:
        return []


def _release(package: str) -> str:
    """Which release of an installed package this is: the name of its `.dist-info`
    directory (`tree_sitter_python-0.25.0.dist-info`), the same on every machine that
    installed it; else a digest of its compiled files. (importlib.metadata says the same
    but takes longer to import than a warm run takes to read its facts.)"""
    spec = importlib.util.find_spec(package)
    directories = [Path(d) for d in spec.submodule_search_locations or []] if spec else []
    for directory in directories:
        found = sorted(directory.parent.glob(f"{package}-*.dist-info"))
        if len(found) == 1:
            return found[0].name
    digest = hashlib.sha1(package.encode())
    for directory in directories:
        for path in sorted([*directory.glob("*.so"), *directory.glob("*.pyd")]):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{package} {digest.hexdigest()}"
