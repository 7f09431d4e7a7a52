"""Which version of impact's code and of its extractor is running: digests of their files,
part of every key of the facts cache (impact/cache.py), so that an entry is never read by
code that would not have written the same.

Each is computed once per process, when first asked for. (Computing them on a thread while
the rest of impact is imported was tried: the thread waits on the interpreter's lock as long
as the imports run, and the run came out no faster.)
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
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


@cache
def extractor_version() -> str:
    """Changes whenever the code or the queries that produce facts change, or the parser or
    a grammar does."""
    digest = hashlib.sha1(__version__.encode())
    names = {*EXTRACTOR_MODULES, *(f"{package}/{name}" for package in EXTRACTOR_PACKAGES
                                   for name in _names(PACKAGE / package, ".py"))}
    files = [(name.rpartition("/")[2], PACKAGE / name) for name in names]
    files += [(name, directory / name) for directory in GRAMMAR_DIRECTORIES
              for name in _names(directory, ".scm")]
    for name, path in sorted(files, key=lambda file: str(file[1])):
        if path.is_file():
            digest.update(name.encode() + path.read_bytes())
    for package in GRAMMAR_PACKAGES:  # another grammar release reads the same bytes otherwise
        digest.update(_release(package).encode() + b"\n")
    return digest.hexdigest()[:16]


@cache
def code_version() -> str:
    """Changes whenever any of impact's code or queries change."""
    digest = hashlib.sha1(__version__.encode())
    files = [(f"{os.path.basename(directory)}/{name}", os.path.join(directory, name))
             for directory, _dirs, names in _walk(PACKAGE) for name in names
             if name.endswith((".py", ".scm"))]
    files += [(f"grammars/{name}", str(PACKAGE.parent / "grammars" / name))
              for name in _names(PACKAGE.parent / "grammars", ".scm")]
    for name, path in sorted(files, key=lambda file: file[1]):
        with open(path, "rb") as file:
            digest.update(name.encode() + file.read())
    return digest.hexdigest()[:16]


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
