"""Python module resolution over one snapshot's files.

Source roots are found by layout: the repository root, `src/`, every directory that holds
a package (`pkg/__init__.py`) without being a package itself, and every project directory
(one with `pyproject.toml`, `setup.py` or `setup.cfg`; its `src/` if it has one) — so a
monorepo of packages needs no configuration. Packages are directories with `__init__.py`;
directories without one are namespace packages (PEP 420), whose portions in every source
root make one package, and a regular module or package in any root comes before them.
A script's own directory is on its path too, as when it runs, and so, last, is the directory of
a `conftest.py` above it that is no package (pytest puts it first on `sys.path` for the session it
collects: `from src.domains import X` of changelog/tests/ beside changelog/conftest.py and
changelog/src/domains.py). A package importing itself
by name (`import pkg.x` inside `root/pkg/`) reads its own root's copy first, as does any module
of a package for the names its root holds (the `tutorial` of its own project among many). A
symbolic link of the revision on the way to a module is followed to its target; one that leads
out of the repository, loops or points to nothing hides what is behind it (a warning, not
IMP102). A
module no file answers that a `.gitignore` of the revision ignores (`/src/pkg/_version.py`,
which hatch-vcs or setuptools-scm writes at build time; `*_pb2.py` of protoc; a local
settings file) is generated, not missing: a warning, not IMP102. A pattern that ignores
every module of a directory holding tracked modules (`lib/` of the usual template over a
package's force-added `lib/`) says nothing about them. A module in a git submodule (a gitlink of
the revision, its files another repository's) is not judged either: a warning, not IMP102.
Nor is `x_pb2` (or `x_pb2_grpc`) beside an `x.proto` of the revision: protoc writes it.
A module is a file path (`pkg/mod.py`, `pkg/__init__.py`) or, for a namespace package,
a directory path ending in `/`.
"""

from __future__ import annotations

import posixpath
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial
from typing import TypeVar

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from impact.model import Import
from impact.resolve import External, Links, Missing, Resolution, Resolved, ancestor_dirs, parent_dirs
from impact.resolve.build_config import setup_declarations
from impact.resolve.ignored import IgnoredPaths
from impact.resolve.package_paths import EVERY_PORTION

SUFFIXES = (".py", ".pyi")
# compiled modules: `name.cpython-311-x86_64-linux-gnu.so`, and Cython sources, which the
# build compiles into the module of their name (`_draw.pyx` -> `_draw`), also through a
# Tempita template (`_lee_cy.pyx.in`, `_loss.pyx.tp`)
EXTENSION_SUFFIXES = (".so", ".pyd", ".pyx", ".pyx.in", ".pyx.tp")
UNKNOWN_SUBMODULE = "<dynamic submodule>"  # not a path: provides whatever is asked
BEHIND_BROKEN_LINK = "<behind a broken symbolic link>"  # not a path either
IGNORED_BY_GIT = "<a module git ignores>"  # nor this: generated, or a local file
IN_GIT_SUBMODULE = "<a module in a git submodule>"  # another repository's, not in the revision
GENERATED_BY_PROTOC = "<a module protoc generates>"  # from the `.proto` file beside it
# a portion an installed distribution adds to a package extended with pkgutil (`installed_below`)
INSTALLED_PORTION = "<a module of an installed distribution>"
# the modules protoc and its gRPC plugin write for `x.proto` (`--python_out`, `--pyi_out`,
# `--grpc_python_out`): `x_pb2` and `x_pb2_grpc`, in the directory of the `.proto` file
PROTOC_OUTPUT = re.compile(r"^(?P<stem>.+)_pb2(_grpc)?$")
PROTOC_MODULE_SUFFIXES = ("_pb2", "_pb2_grpc")
PROTO_SUFFIX = ".proto"
# a module name no import uses: tells a pattern that ignores every module of a directory
IGNORE_PROBE = "impact-probe-of-an-ignored-module"
# the tracked copies a local module is made from (`conf/env.example.py` for the ignored
# `conf/env.py` a setup step writes), after the module's path without `.py`
EXAMPLE_COPIES = tuple(form for word in ("example", "sample", "template", "dist", "default")
                       for form in (f".{word}.py", f".py.{word}", f"_{word}.py"))
INIT_FILES = ("__init__.py", "__init__.pyi")
CONFTEST = "conftest.py"  # pytest's per-directory plugin
# what pytest imports itself (its default `python_files`, and the conftest plugins): in its default
# import mode it puts the file's directory, when no package, and those of the conftest files above
# at the front of `sys.path` (the nearest first), before the directories the configuration names
PYTEST_MODULE = re.compile(r"^(test_.*|.*_test|conftest)\.py$")
TYPED_MARKER = "py.typed"  # PEP 561: the directory holding it is a package
# what pyright adds to the builtins of the modules in its directory and below (a plugin
# loader's monkey-patched globals: searxng's `engine.logger = ...` for every engine module)
BUILTINS_STUB = "__builtins__.pyi"
PROJECT_FILES = ("pyproject.toml", "setup.py", "setup.cfg")
# a directory without `__init__.py` named like one of these never shadows it: the path finder
# prefers a regular module or package on any path entry to a namespace portion
STANDARD_LIBRARY = frozenset(sys.stdlib_module_names) - {"__future__"}


REQUIREMENTS = re.compile(r"requirements[\w.-]*\.(txt|in)")
# pip-tools' and Django's layout: requirements/base.txt, requirements/dev.in
REQUIREMENTS_DIRECTORY = "requirements"
REQUIREMENTS_EXTENSIONS = (".txt", ".in")
# meson-python builds (numpy, scipy, scikit-image): `py.extension_module('brief_cy', ...)` in a
# directory's meson.build makes the compiled module `brief_cy` there, whatever its sources are
# (Pythran's `brief_pythran.py`, generated C)
MESON_BUILD = "meson.build"
# the files that can declare a compiled module: meson.build, and pyproject.toml (maturin)
BUILD_FILES = (MESON_BUILD, "pyproject.toml")
MESON_EXTENSION_MODULE = re.compile(rb"""\bextension_module\(\s*['"]([A-Za-z_]\w*)['"]""")
MESON_PROJECT = re.compile(rb"^\s*project\(", re.MULTILINE)
# a Python file a build step writes: `custom_target(..., output: 'version.py', ...)` (dipy's and
# numpy's version module), `configure_file(output: '__config__.py', ...)`
MESON_GENERATING_CALL = re.compile(rb"\b(?:custom_target|configure_file)\(")
MESON_PYTHON_OUTPUT = re.compile(rb"""\boutput\s*:\s*['"]([A-Za-z_]\w*)\.pyi?['"]""")
MESON_SUBDIR = re.compile(rb"""\bsubdir\s*:\s*['"]([^'"]*)['"]""")
MESON_INSTALL_SOURCES = re.compile(rb"""\binstall_sources\(""")
# `subdir: external_dir / prefix`: a directory (a string, or a variable of one) and more below it
MESON_SUBDIR_BELOW = re.compile(rb"""\bsubdir\s*:\s*(?:['"]([^'"]*)['"]|([A-Za-z_]\w*))\s*/""")
MESON_PRESERVE_PATH = re.compile(rb"\bpreserve_path\s*:\s*true\b")  # keeps `sub/x.py` as is
MESON_STRING = re.compile(rb"""['"]([^'"]*)['"]""")
# what a module key ending so stands for: every module the build installs below that package
INSTALLED_BELOW = "/*"
# setuptools builds the extensions a setup.py lists, and those of the `setup_package.py` files
# extension-helpers collects (astropy): `Extension("pkg.sub._mod", ...)`, `Extension(name=...)`,
# pybind11's and setuptools-rust's alike
SETUP_SCRIPT = "setup.py"
SETUPTOOLS_FILES = (SETUP_SCRIPT, "setup_package.py")
SETUPTOOLS_EXTENSION = re.compile(
    rb"""\b(?:Extension|Pybind11Extension|RustExtension)\(\s*(?:name\s*=\s*)?"""
    rb"""['"]([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)['"]""")


def root_order(root: str) -> tuple[int, str]:
    """Shallower roots first."""
    return root.count("/"), root


def is_config_file(path: str) -> bool:
    """Files that steer resolution: project files (source roots) and what the project says
    it installs (pyproject.toml, requirements*.txt)."""
    return posixpath.basename(path) in PROJECT_FILES or is_requirements_file(path)


def is_requirements_file(path: str) -> bool:
    """A pip requirements file: `requirements*.txt` (or `.in`), or any `.txt` or `.in` file of
    a directory named `requirements` (requirements/base.txt, requirements/dev.in)."""
    if not path.endswith(REQUIREMENTS_EXTENSIONS):  # most paths: asked of every file, twice
        return False
    directory, _, name = path.rpartition("/")
    return REQUIREMENTS.fullmatch(name) is not None or \
        directory.rpartition("/")[2] == REQUIREMENTS_DIRECTORY


class PythonResolver:
    def __init__(self, paths: frozenset[str], extra_roots: tuple[str, ...] = (),
                 links: Links | None = None, installed: frozenset[str] = frozenset(),
                 built: dict[str, str] | None = None, ignored: IgnoredPaths | None = None,
                 package_paths: dict[str, tuple[str, ...]] | None = None,
                 others: frozenset[str] = frozenset(), packaged: frozenset[str] = frozenset(),
                 submodules: frozenset[str] = frozenset()):
        self.paths = paths
        # the package directories the build configuration names (build_config.py): a
        # directory inside one is part of that package, never a source root
        self.packaged = packaged
        # the paths of git submodules (gitlinks): their files are there once `git submodule
        # update` has run, never in the revision
        self.submodules = submodules
        # the distributions the project installs that it does not build itself: their files
        # may add to a namespace package of the repository (`installed_portions`)
        self.others = others
        self._extended_tops: dict[str, bool] = {}
        self._closed: dict[str, bool] = {}
        # (dotted name, importer's own root, script directory, holder roots holding it) ->
        # resolve_absolute's answer
        self._absolute: dict[tuple[str, str | None, str | None, tuple[str, ...]], str | None] = {}
        # a place -> what is there: each root's place of a name is asked again for every
        # directory of scripts importing it (a repository of a hundred roots)
        self._modules_at: dict[str, str | None] = {}
        self._conftests: dict[str, tuple[str, ...]] = {}  # directory -> its `_conftest_dirs`
        self._dynamic_parents: dict[str, str | None] = {}
        self._project_directories: dict[str, bool] = {}
        # package directory -> the other directories its `__init__.py` adds to `__path__`
        # (impact/resolve/package_paths.py): its submodules are found there too
        self.package_paths = package_paths or {}
        self.ignored = ignored  # the revision's .gitignore files
        # what a directory without `__init__.py` never shadows: the standard library and the
        # packages the project says it installs (a migrations folder named `alembic/`)
        self.outside = STANDARD_LIBRARY | installed
        self.installed = installed - STANDARD_LIBRARY
        self.links = links or Links()
        self.files = frozenset(p for p in paths if p.endswith(SUFFIXES))
        # any directory can be a namespace package, even one holding only data files
        self.dirs = ancestor_dirs(paths)
        # module base -> the file that makes it: a compiled file, a Cython source, or the
        # meson.build that declares it (`built`, see meson_extension_modules)
        self.extension_modules = {**(built or {}), **{_extension_base(p): p for p in paths
                                                      if p.endswith(EXTENSION_SUFFIXES)}}
        # a standard-library name is looked up in the project roots only: a folder found
        # because it holds packages (typer's docs_src/parameter_types/ with its enum/, bool/
        # tutorials) is on no one's path, and must not shadow the standard library's `enum`
        self.roots, self.project_roots = self._detect_roots(extra_roots)
        # the package directories that extend their `__path__` with pkgutil: installed
        # distributions may add portions to them as to a namespace package (`installed_below`)
        self.extended_with_pkgutil = frozenset(package for package, extra in self.package_paths.items()
                                               if EVERY_PORTION in extra)
        self.package_paths = {package: self._portions(package, extra)
                              for package, extra in self.package_paths.items()}
        self._submodules: dict[tuple[str, str], str | None] = {}
        # module -> (its root, the same module in the other project roots): `copies`
        self._copies: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._enclosing: dict[str, tuple[str, ...]] = {}
        # module base -> whether a .gitignore hides a module there: every import of a name no
        # root holds asks for each root (a monorepo has dozens), from every importer
        self._ignored_bases: dict[str, bool] = {}

    def _detect_roots(self, extra_roots: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(every source root, the project roots): the repository root, `src/`, project
        directories and configured roots are project roots; a directory found only because it
        holds packages is a root but no project root."""
        projects, holders = set(), set()
        if "src" in self.dirs:
            projects.add("src")
        for path in self.paths:  # repository paths: rpartition is posixpath.split
            directory, _, name = path.rpartition("/")
            if name in PROJECT_FILES:
                source = posixpath.join(directory, "src")
                projects.add(source if source in self.dirs else directory)
            elif name in INIT_FILES and path in self.files:
                holders.add(posixpath.dirname(directory))
        # a directory inside a regular package is part of it (a vendored tree), not a root
        projects = {"", *(r.strip("/") for r in extra_roots), *self._built_package_parents(),
                    *(r for r in projects if not self._inside_package(r))}
        # nor is one inside a `src/` layout's directory: a namespace package of the project
        # (opentelemetry-api/src/opentelemetry/, without `__init__.py`, holds `trace/`)
        layouts = tuple(f"{r}/" for r in projects if r == "src" or r.endswith("/src"))
        # nor is a directory PEP 561's `py.typed` marks as a package (pydantic-ai's namespace
        # package `examples/pydantic_ai_examples/`, without `__init__.py`, holds `ag_ui/`)
        roots = projects | {r for r in holders
                            if not self._inside_package(r) and not r.startswith(layouts)
                            and not self._marked_typed(r) and not self._in_built_package(r)}
        return tuple(sorted(roots, key=root_order)), tuple(sorted(projects, key=root_order))

    def _built_package_parents(self) -> set[str]:
        """The directories above the top-level packages the build configuration names, which an
        editable install puts on the path (litestar-fullstack's hatch `packages = ["src/py/app"]`:
        `app` is found in src/py/, not as the namespace package `py.app` of the `src/` layout)."""
        return {parent for directory in self.packaged
                if posixpath.basename(directory).isidentifier()
                and not self._inside_package(parent := posixpath.dirname(directory))}

    def _in_built_package(self, directory: str) -> bool:
        """Whether a build installs the directory as a package or inside one (hatch's
        `packages = ["livekit"]`: `livekit/plugins/` is the namespace package `livekit.plugins`)."""
        return any(d in self.packaged for d in (directory, *parent_dirs(directory)) if d)

    def _marked_typed(self, directory: str) -> bool:
        return any(posixpath.join(d, TYPED_MARKER) in self.paths
                   for d in (directory, *parent_dirs(directory)) if d)

    def _inside_package(self, directory: str) -> bool:
        return any(map(self._importable_package, (directory, *parent_dirs(directory))))

    def _importable_package(self, directory: str) -> bool:
        """A regular package an import statement can name: `demo-project/__init__.py` (a Kedro
        starter's) makes none, and what is below it is no part of one."""
        return posixpath.basename(directory).isidentifier() and self.is_package(directory)

    def is_package(self, directory: str) -> bool:
        return directory != "" and any(posixpath.join(directory, i) in self.files
                                       for i in INIT_FILES)

    @cached_property
    def top_level_names(self) -> frozenset[str]:
        """First components of every module name: an import of one of these is internal. An
        installed package's name counts only for a regular module or package of the
        repository; a standard-library name only for one at the repository's root, the
        directory a program or test runner started there puts before the standard library
        (an installed source root comes after it: poetry's `tests/json/` package, under the
        root `tests/`, does not hide `json` from `src/poetry/`)."""
        names = set()
        for root in self.roots:
            prefix = root + "/" if root else ""
            for path in self.files:
                if path.startswith(prefix):
                    first = path[len(prefix):].split("/")[0]
                    names.add(first.rsplit(".", 1)[0] if first.endswith(SUFFIXES) else first)
        return frozenset(n for n in names if n.isidentifier() and (
            n not in self.outside or self.module_at(n, namespaces=False) is not None or
            n not in STANDARD_LIBRARY and self.resolve_absolute(n) not in (None, n + "/")))

    def module_at(self, base: str, namespaces: bool = True) -> str | None:
        """The module whose path (without suffix) is `base`; a namespace package (a directory
        path ending in `/`) only if `namespaces`. A package comes before a module of the same
        name beside it, as Python's path finder takes it (`app/__init__.py` over `app.py`)."""
        found = self._module_file(base)
        for extended in self._on_package_paths(base) if found is None else ():
            found = self._module_file(extended)
            if found:
                break
        if found:
            return found
        return self._directory(base) if namespaces else None

    def _module_file(self, base: str) -> str | None:
        """The regular module or package at `base`, or the compiled module there."""
        for candidate in (*(posixpath.join(base, i) if base else i for i in INIT_FILES),
                          *(base + s for s in SUFFIXES)):
            found = self._present(candidate)
            if found:
                return found
        return self.extension_modules.get(base)

    def stub_over(self, source: str) -> str | None:
        """The stub beside a source file (`m.pyi` for `m.py`), if there is one."""
        stub = source + "i"
        return stub if source.endswith(".py") and stub in self.files else None

    def compiled_beside(self, stub: str) -> bool:
        """Whether a stub stands for a compiled module (`_ufuncs.pyi` beside the `_ufuncs`
        a meson.build declares, or `_ufuncs.cpython-311-x86_64-linux-gnu.so`)."""
        return stub.endswith(".pyi") and stub.removesuffix(".pyi") in self.extension_modules

    def source_beside(self, stub: str) -> str | None:
        """The source file beside a stub (`m.py` for `m.pyi`), if there is one."""
        source = stub.removesuffix("i")
        return source if stub.endswith(".pyi") and source in self.files else None

    def _portions(self, package: str, extra: tuple[str, ...]) -> tuple[str, ...]:
        """The directories a package adds to its `__path__`, with every other directory of its
        name in a source root when it extends its path with pkgutil (EVERY_PORTION)."""
        if EVERY_PORTION not in extra:
            return extra
        named = [package[len(root) + 1:] if root else package for root in self.roots
                 if not root or package.startswith(root + "/")]
        portions = (posixpath.join(root, name) if root else name
                    for name in named for root in self.roots)
        others = [d for d in portions if d != package and d in self.dirs]
        return tuple(dict.fromkeys([*(e for e in extra if e != EVERY_PORTION), *others]))

    def _on_package_paths(self, base: str) -> list[str]:
        """Where else `base` is looked for: below each directory a package above it adds to
        its `__path__` (`keras/applications` -> `keras/api/applications`)."""
        if not self.package_paths:
            return []
        found, directory, rest = [], base, []
        while directory:
            directory, name = posixpath.split(directory)
            rest.insert(0, name)
            found.extend(posixpath.join(extra, *rest) for extra in self.package_paths.get(directory, ()))
        return found

    def _present(self, path: str) -> str | None:
        """The module file at `path`, or the one symbolic links on the way lead to."""
        if path in self.files:
            return path
        real = self.links.real_path(path) if self.links else None
        return real if real in self.files else None

    def _directory(self, base: str) -> str | None:
        """A namespace package at `base` (through links too), as a path ending in `/`."""
        if base in self.dirs:
            return base + "/"
        real = self.links.real_path(base) if self.links else None
        return real + "/" if real in self.dirs else None

    def _is_project_directory(self, base: str) -> bool:
        """A directory holding a project file (pyproject.toml, setup.py, setup.cfg): the
        source of a distribution, which an install puts on the path through its own layout
        (its `src/` or its packages), never as a namespace package named like the directory
        (marimo's Dagger module `dagger/` is no `import dagger`: that is the installed SDK).
        Not one inside a regular package: that is a namespace subpackage of it, whatever it
        holds (onyx's `onyx/tracing/`, without `__init__.py`, has a plain module setup.py)."""
        return any(posixpath.join(base, name) in self.paths for name in PROJECT_FILES) and \
            not self._inside_package(posixpath.dirname(base))

    def _broken_link(self, bases: list[str]) -> str | None:
        """BEHIND_BROKEN_LINK when a link on the way to a module leads out of the repository,
        loops or points to nothing: what is behind it cannot be read."""
        if not self.links:
            return None
        candidates = (c for base in bases for c in (base, *(base + s for s in SUFFIXES)))
        broken = any(self.links.problem(c, self._exists) for c in candidates)
        return BEHIND_BROKEN_LINK if broken else None

    def _exists(self, path: str) -> bool:
        return path in self.paths or path in self.dirs

    def resolve(self, imp: Import, importer: str) -> str | None:
        """The module an import's `source` names (for `from x import y`, the module x)."""
        found = self.resolve_relative(imp.source, imp.level, importer) if imp.level else \
            self.resolve_absolute(imp.source, importer)
        # a checker never runs the code that could register a plain module's submodule: for
        # an import only checkers read, `.plain.sub` names no module (pyright: unresolved)
        return None if found == UNKNOWN_SUBMODULE and imp.type_only else found

    def resolve_absolute(self, dotted: str, importer: str | None = None) -> str | None:
        """The module `dotted` names, for `importer` (its own root and, for a script, its
        directory come first); worked out once per name and such a place: a monorepo has
        hundreds of roots, and every importer of a name asks."""
        top = dotted.split(".", 1)[0]
        stdlib = top in STANDARD_LIBRARY
        own = script_dir = None
        holding: tuple[str, ...] = ()
        collected: tuple[str, ...] = ()
        if importer is not None:
            collected = _kept(self._conftests, posixpath.dirname(importer), self._conftest_dirs)
            own = None if stdlib else self._own_root(importer, top) or self._package_root(importer)
            script_dir = posixpath.dirname(importer)
            if not script_dir or self.is_package(script_dir):
                script_dir = None
            if top in self.installed:
                holding = tuple(d for d in parent_dirs(importer) if d in self._holder_roots)
        tested = importer is not None and bool(PYTEST_MODULE.match(posixpath.basename(importer)))
        key = (dotted, own, script_dir, holding, collected, tested)
        if key not in self._absolute:
            self._absolute[key] = self._resolve_absolute(dotted, own, script_dir, holding, collected,
                                                         tested)
        found = self._absolute[key]
        return found if found is not None or importer is None or stdlib else \
            self._in_namesake_directory(dotted, importer)

    def _in_namesake_directory(self, dotted: str, importer: str) -> str | None:
        """The module in a directory of the importer's own path named as its top-level package,
        when no root has it (deer-flow's skills/public/skill-creator/scripts/run_loop.py, `from
        scripts.utils import ...`, run as `python -m scripts.run_loop` from skill-creator/):
        the nearest such directory that holds it, as running from its parent finds it."""
        top, *rest = dotted.split(".")
        for directory in parent_dirs(importer):
            if posixpath.basename(directory) == top:
                found = self.module_at(posixpath.join(directory, *rest)) if rest else None
                if found is not None:
                    return found
        return None

    def _conftest_dirs(self, directory: str) -> tuple[str, ...]:
        """The directory and those above it that hold a `conftest.py` and are no package,
        nearest first: pytest's default import mode puts each on `sys.path` when it loads the
        conftest, for the whole session."""
        return tuple(d for d in (directory, *parent_dirs(directory))
                     if d and posixpath.join(d, CONFTEST) in self.files and not self.is_package(d))

    @cached_property
    def _holder_roots(self) -> frozenset[str]:
        """The roots found only because they hold packages (no project file, not `src/`)."""
        return frozenset(self.roots) - frozenset(self.project_roots)

    def _resolve_absolute(self, dotted: str, own: str | None, script_dir: str | None,
                          holding: tuple[str, ...] = (), collected: tuple[str, ...] = (),
                          tested: bool = False) -> str | None:
        """`holding`: the roots that only hold packages and hold the importer, when the name
        is of a distribution the project installs: the other such roots do not hide it
        (electrum's python-for-android recipes `contrib/android/p4a_recipes/cryptography/`
        are no `import cryptography` of `electrum/crypto.py`). `collected`: the directories
        of the conftest files above it (`_conftest_dirs`), tried last, but for a module
        pytest imports (`tested`: `PYTEST_MODULE`), whose own directory and then those come
        first, right after its own root, where they hold the top-level name as a module or a
        regular package (ragflow's test/testcases/test_http_api/common.py for the tests below
        it, not the repository's `common/` package; but its `rag/` package, not the directory
        test/unit_test/rag/ of tests, a namespace portion the path finder passes over)."""
        parts = dotted.split(".")
        stdlib = parts[0] in STANDARD_LIBRARY
        plain_module_at = partial(self.module_at, namespaces=False)
        roots = self.project_roots if stdlib else self.roots
        if parts[0] in self.installed:
            roots = tuple(r for r in roots if r not in self._holder_roots or r in holding)
        bases = [posixpath.join(root, *parts) for root in roots]
        if own is not None:  # a package runs with its own root on the path: its names first
            bases.insert(0, posixpath.join(own, *parts))
        if script_dir is not None:
            # before the first root that does not hold the script: such a root is on the
            # path of other programs, not of one run from here (examples/app/tools.py
            # over the tools/ package of examples/other/)
            joined = list(zip(roots, bases[-len(roots):] if roots else []))
            apart = [join for root, join in joined
                     if root and script_dir != root and not script_dir.startswith(root + "/")]
            place = bases.index(apart[0]) if apart and not stdlib else len(bases)
            # and so do the roots on the way to the script, nearest first: its project's
            # (examples/homepage/agent.py for examples/homepage/tests/unit/test_x.py, over
            # examples/avatar/agent.py)
            holding = [join for root, join in reversed(joined) if root and join not in apart
                       and bases.index(join) > place] if not stdlib else []
            for join in holding:
                bases.remove(join)
            bases[place:place] = [posixpath.join(script_dir, *parts), *holding]
        if not stdlib:
            front = [d for d in (script_dir, *collected) if d is not None and tested and
                     _kept(self._modules_at, posixpath.join(d, parts[0]), plain_module_at)]
            bases = _pytest_path(bases, parts, own is not None, front)
            bases += [base for d in collected if (base := posixpath.join(d, *parts)) not in bases]
        for base in bases:
            found = _kept(self._modules_at, base, plain_module_at)
            if found:
                return found
        # the path finder takes a regular package first: a directory named like a package the
        # project installs (or the standard library) is no namespace package of that name, but
        # one inside a regular package of the repository is a namespace subpackage of it
        # (tracecat/agent/mcp/ without __init__.py, where tracecat/ is a package)
        outside = parts[0] in self.outside
        for base in bases:
            if outside and (len(parts) == 1 or not self.is_package(
                    base.removesuffix("/" + "/".join(parts[1:])))):
                continue
            if _kept(self._project_directories, base, self._is_project_directory):
                continue
            found = self._directory(base)
            if found:
                return found
        for base in bases:
            found = _kept(self._dynamic_parents, base, self._dynamic_parent)
            if found:
                return found
        return self._hidden(bases)

    def _own_root(self, importer: str, top: str) -> str | None:
        """The directory above the importer's own top-level package `top`: a regular package
        holding the importer, named `top`, whose parent is no package (it may be a project
        template inside another package, which no source root covers) nor a namespace package
        the build installs (scanpy's hatch `packages = ["src/scanpy", "src/testing"]`:
        src/testing/scanpy/ is `testing.scanpy`, and its `import scanpy` the other one)."""
        directory = posixpath.dirname(importer)
        while directory:
            parent, name = posixpath.split(directory)
            if name == top and self.is_package(directory) and not self.is_package(parent) and \
                    parent not in self.packaged:
                return parent
            directory = parent
        return None

    def _package_root(self, importer: str) -> str | None:
        """The source root above the importer's topmost package, when the importer is in one:
        importing it put that root on the path, so a name it holds is found there before any
        other root's copy (docs/tutorials/*/src/*/ of a repository of tutorials, each with its
        own `tutorial` package; pytest puts the same directory first for a test package)."""
        directory = posixpath.dirname(importer)
        if not self.is_package(directory):
            return None
        while self.is_package(posixpath.dirname(directory)):
            directory = posixpath.dirname(directory)
        parent = posixpath.dirname(directory)
        return parent if parent in self._root_set else None

    @cached_property
    def _root_set(self) -> frozenset[str]:
        return frozenset(self.roots)

    def resolve_relative(self, dotted: str, level: int, importer: str) -> str | None:
        directory = posixpath.dirname(importer)
        for _ in range(level - 1):
            if not directory:
                return None
            directory = posixpath.dirname(directory)
        target = posixpath.join(directory, *dotted.split(".")) if dotted else directory
        return self.module_at(target) or self._dynamic_parent(target) or \
            self._hidden([target])

    def _dynamic_parent(self, base: str) -> str | None:
        """A compiled or plain module above `base`: it may register submodules at run time
        (a Rust extension's submodules, `six.moves`), so what is below it is not judged; nor
        is what a build installs below a package (meson_installed_sources)."""
        parent = posixpath.dirname(base)
        while parent:
            if parent in self.extension_modules:
                return self.extension_modules[parent]
            if parent + INSTALLED_BELOW in self.extension_modules:
                return self.extension_modules[parent + INSTALLED_BELOW]
            for suffix in SUFFIXES:
                if parent + suffix in self.files:
                    return UNKNOWN_SUBMODULE
            parent = posixpath.dirname(parent)
        return None

    def submodule(self, module: str, name: str) -> str | None:
        """The module `name` inside package `module`, if there is one."""
        key = (module, name)
        if key not in self._submodules:
            self._submodules[key] = self._submodule(module, name)
        return self._submodules[key]

    def _submodule(self, module: str, name: str) -> str | None:
        if module.endswith("/"):
            return self._namespace_submodule(module.rstrip("/"), name) or \
                (INSTALLED_PORTION if self.installed_below(f"{self.dotted_name(module)}.{name}") else None)
        if posixpath.basename(module) in INIT_FILES:
            directory = posixpath.dirname(module)
        else:
            return None
        base = posixpath.join(directory, name)
        return self.module_at(base) or self._hidden([base]) or \
            self.extension_modules.get(directory + INSTALLED_BELOW) or self._installed_portion(module, name)

    def _installed_portion(self, package: str, name: str) -> str | None:
        """INSTALLED_PORTION when `package` extends its `__path__` with pkgutil and an installed
        distribution may add the submodule `name` to it (`installed_below`)."""
        if not self._extends_with_pkgutil(package):
            return None
        return INSTALLED_PORTION if self.installed_below(f"{self.dotted_name(package)}.{name}") else None

    def _hidden(self, bases: list[str]) -> str | None:
        """Where no module is at any of `bases`: what may hide one there (a broken symbolic
        link, a git submodule, a .gitignore that says it is generated), if anything."""
        return self._broken_link(bases) or self._in_git_submodule(bases) or \
            self._ignored_module(bases) or self._protoc_output(bases)

    def _protoc_output(self, bases: list[str]) -> str | None:
        """GENERATED_BY_PROTOC when one of `bases` is `x_pb2` (or `x_pb2_grpc`) beside an
        `x.proto` of the revision: the build runs protoc on it (Bazel's py_proto_library,
        grpcio-tools), so the module is generated, not missing."""
        for base in filter(None, bases):
            match = PROTOC_OUTPUT.match(base)
            if match and match["stem"] + PROTO_SUFFIX in self.paths:
                return GENERATED_BY_PROTOC
        return None

    def _in_git_submodule(self, bases: list[str]) -> str | None:
        """IN_GIT_SUBMODULE when one of `bases` is a git submodule or lies inside one."""
        if not self.submodules:
            return None
        inside = any(place in self.submodules for base in filter(None, bases)
                     for place in (base, *parent_dirs(base)))
        return IN_GIT_SUBMODULE if inside else None

    def _ignored_module(self, bases: list[str]) -> str | None:
        """IGNORED_BY_GIT when a `.gitignore` ignores the file one of `bases` would be (as a
        module or a package), unless it ignores every module of the nearest directory of the
        revision on the way (the module's own, or one above it when the module's directories
        are not there): that directory holds tracked files the pattern does not describe."""
        if self.ignored is None:
            return None
        for base in filter(None, bases):  # not the root ('from . import x' at the top)
            if base not in self._ignored_bases:
                self._ignored_bases[base] = self._ignored_base(base)
            if self._ignored_bases[base]:
                return IGNORED_BY_GIT
        return None

    def _ignored_base(self, base: str) -> bool:
        if self._copied_from_example(base):
            return True
        tracked = self._nearest_tracked_dir(posixpath.dirname(base))
        return any(self.ignored.ignores(base + suffix) and not (
                   tracked is not None and
                   self.ignored.ignores(posixpath.join(tracked, probe)))
                   for suffix, probe in (*((s, IGNORE_PROBE + s) for s in SUFFIXES),
                                         (f"/{INIT_FILES[0]}", f"{IGNORE_PROBE}/{INIT_FILES[0]}")))

    def _copied_from_example(self, base: str) -> bool:
        """Whether the module is ignored and its example copy tracked beside it: the local
        configuration a setup step makes (django-vue3-admin's `cp conf/env.example.py conf/env.py`
        under `conf/*` and `!conf/env.example.py`), even where every other module is ignored."""
        return any(base + copy in self.paths for copy in EXAMPLE_COPIES) and \
            self.ignored.ignores(base + SUFFIXES[0])

    def _nearest_tracked_dir(self, directory: str) -> str | None:
        """`directory` or the nearest directory above it that the revision has (a source root
        below an ignored `user_data/` whose files are force-added), None for the root."""
        return next((place for place in (directory, *parent_dirs(directory))
                     if place in self.dirs), None)

    def enclosing_packages(self, module: str) -> tuple[str, ...]:
        """The `__init__` modules of the packages around a module, as far up as its dotted
        name goes: importing it runs them, a regular package inside a namespace package and
        one around a namespace package too (`import pkg.ns.m` runs `pkg/__init__.py`; worked
        out once per module: every import of it asks)."""
        if module not in self._enclosing:
            directory = posixpath.dirname(module.rstrip("/"))
            if posixpath.basename(module) in INIT_FILES:
                directory = posixpath.dirname(directory)
            found = []
            for _ in range(self.dotted_name(module).count(".")):
                if not directory:
                    break
                if self.is_package(directory):
                    found.append(self.module_at(directory))
                directory = posixpath.dirname(directory)
            self._enclosing[module] = tuple(found)
        return self._enclosing[module]

    def builtins_stubs(self, module: str) -> tuple[str, ...]:
        """The `__builtins__.pyi` files whose names `module` may use as builtins: one in its
        directory or above (pyright reads the module's own directory and the roots of its
        execution environment), or in `typings/`, pyright's default stub path."""
        directory = posixpath.dirname(module)
        places = [directory, *parent_dirs(directory)] if directory else []
        stubs = [posixpath.join(place, BUILTINS_STUB) for place in (*places, "", "typings")]
        return tuple(stub for stub in stubs if stub in self.files)

    def unreadable(self, target: str) -> str | None:
        """Why impact cannot see what a resolved module provides, if it cannot."""
        if target == UNKNOWN_SUBMODULE:
            return "created at run time"
        if target == BEHIND_BROKEN_LINK:
            return "behind a symbolic link out of the repository, in a loop or to nothing"
        if target == IGNORED_BY_GIT:
            return "not in the revision and ignored by git: generated, or a local file"
        if target == IN_GIT_SUBMODULE:
            return "in a git submodule, whose files are not in the revision"
        if target == GENERATED_BY_PROTOC:
            return "generated by protoc from the .proto file beside it"
        if target == INSTALLED_PORTION:
            return "added to the package by an installed distribution"
        if target.endswith(EXTENSION_SUFFIXES) or posixpath.basename(target) in BUILD_FILES:
            return "compiled"
        return None

    def _namespace_submodule(self, directory: str, name: str) -> str | None:
        """`name` in any portion of the namespace package at `directory`: the directories at
        the same place under every source root (a regular module first)."""
        places = [directory[len(root) + 1:] if root else directory for root in self.roots
                  if not root or directory.startswith(root + "/")]
        bases = [posixpath.join(root, place, name) for place in places for root in self.roots]
        found = next((m for m in map(partial(self.module_at, namespaces=False), bases) if m), None)
        return found or next((base + "/" for base in bases if base in self.dirs), None)

    def installed_portions(self, namespace: str) -> bool:
        """Whether an installed distribution may add to the namespace package at `namespace`
        (a directory path ending in `/`): no package holds it, so its `__path__` spans every
        directory of its name on the path, and the project installs a distribution, not its
        own, named like its top-level name (opentelemetry-api adds `opentelemetry/metrics/`
        to the `opentelemetry/` of opentelemetry-python-contrib's instrumentations)."""
        directory = namespace.rstrip("/")
        return not self._inside_package(directory) and \
            self._others_extend(self.dotted_name(namespace).split(".")[0])

    def _others_extend(self, top: str) -> bool:
        """Whether a distribution of `others` is named like the top-level name `top`
        (`opentelemetry-api`, `kafka-python`: the name, or the name and `_`, `-` or `.`)."""
        if top not in self._extended_tops:
            name = top.lower()
            self._extended_tops[top] = any(o == name or o.startswith(name + "_") for o in self.others)
        return self._extended_tops[top]

    def installed_below(self, dotted: str) -> bool:
        """Whether the module `dotted`, which no file of the repository is, may be installed:
        every package above it the repository has is open to installed distributions (a
        namespace package, or a regular one that extends its `__path__` with pkgutil), and the
        project installs a distribution named like the top one (`installed_portions`) or like a
        module below it (`_others_named_below`)."""
        parts = dotted.split(".")
        return (self._others_extend(parts[0]) or self._others_named_below(parts)) and not any(
            self._closed_anywhere(".".join(parts[:length])) for length in range(1, len(parts)))

    def _others_named_below(self, parts: list[str]) -> bool:
        """Whether a distribution the project installs is named like the portion it adds right
        below the top package of `parts`, alone or after the top name without a separator
        (`protobuf` for `google.protobuf`, `pastedeploy` for `paste.deploy`): a distribution
        whose import name is not its name."""
        return len(parts) > 1 and not {parts[1].lower(), (parts[0] + parts[1]).lower()}.isdisjoint(self.others)

    def _closed_anywhere(self, dotted: str) -> bool:
        """Whether a source root holds a regular module or package named `dotted` that keeps
        other distributions' portions out: one that does not extend its `__path__` with
        pkgutil; or a directory of its own right inside a package that does (OpenHands'
        `openhands/integrations/`, no `__init__.py`: the distributions that extend `openhands`
        add their own subpackages, `openhands/sdk/`, not modules to the repository's). Worked
        out once per name: every importer of a name asks, and a monorepo has hundreds of roots."""
        if dotted not in self._closed:
            parts = dotted.split(".")
            found = (self.module_at(posixpath.join(root, *parts), namespaces=False) for root in self.roots)
            closed = any(module and not self._extends_with_pkgutil(module) for module in found)
            self._closed[dotted] = closed or any(
                posixpath.join(root, *parts[:-1]) in self.extended_with_pkgutil and
                posixpath.join(root, *parts) in self.dirs for root in self.roots)
        return self._closed[dotted]

    def _extends_with_pkgutil(self, module: str) -> bool:
        """Whether `module` is a package `__init__` that extends its `__path__` with pkgutil:
        every directory of its name on `sys.path` is part of it."""
        return posixpath.basename(module) in INIT_FILES and \
            posixpath.dirname(module) in self.extended_with_pkgutil

    def is_internal(self, imp: Import, known_top_level: frozenset[str]) -> bool:
        return imp.level > 0 or imp.source.split(".")[0] in known_top_level

    def copies(self, module: str, importer: str) -> tuple[str, ...]:
        """The same module in the other project roots, when the module is in one and the
        importer is not (it runs with its own root on the path): two distributions of the
        repository that build one package (kubeflow/pipelines'
        backend/api/v1beta1/python_http_client/ and v2beta1/python_http_client/, both
        `kfp-server-api` with a `kfp_server_api` package); which one an importer outside
        them gets is the environment's choice."""
        if module not in self.files:
            return ()
        if module not in self._copies:
            root = max((r for r in self.roots if not r or module.startswith(r + "/")), key=len)
            relative = module.removeprefix(root + "/") if root else module
            self._copies[module] = root, () if root not in self._project_root_set else tuple(
                copy for other in self.project_roots if other != root
                and (copy := posixpath.join(other, relative)) in self.files)
        root, copies = self._copies[module]
        return () if not root or importer.startswith(root + "/") else copies

    @cached_property
    def _project_root_set(self) -> frozenset[str]:
        return frozenset(self.project_roots)

    def dotted_name(self, module: str) -> str:
        """A readable dotted name for messages."""
        path = module.rstrip("/")
        for suffix in SUFFIXES:
            path = path.removesuffix(suffix)
        path = path.removesuffix("/__init__")
        for root in sorted(self.roots, key=len, reverse=True):
            if root and path.startswith(root + "/"):
                path = path[len(root) + 1:]
                break
        return path.replace("/", ".")


@dataclass(frozen=True)
class PythonImports:
    """The resolver interface for Python: an import of one of the repository's top-level
    names (`internal`: in either revision of a diff) is found by the resolver, any other
    names an installed package."""

    resolver: PythonResolver
    internal: frozenset[str]

    def resolve_import(self, imp: Import, importer: str) -> Resolution:
        if imp.installed or not self.resolver.is_internal(imp, self.internal):
            return External(imp.source)
        found = self.resolver.resolve(imp, importer)
        if found is None and not imp.level and self.resolver.installed_below(imp.source):
            return External(imp.source, declared=True)
        if found is None:
            return Missing()
        return Resolved(found, self.resolver.unreadable(found) or "")


def meson_extension_modules(files: dict[str, bytes]) -> dict[str, str]:
    """The compiled modules meson.build files declare: module base path -> that meson.build.
    A module goes where the call's `subdir:` says, below the directory of the project (the
    meson.build that calls `project(...)` at or above it): scipy/sparse/sparsetools/meson.build
    declares `_sparsetools` with `subdir: 'scipy/sparse'`; without one, beside the meson.build.
    And the Python modules a build step writes there (MESON_GENERATING_CALL)."""
    projects = {posixpath.dirname(path) for path, data in files.items()
                if MESON_PROJECT.search(data)}
    found = {}
    for path, data in sorted(files.items()):
        for match in MESON_EXTENSION_MODULE.finditer(data):
            subdir = MESON_SUBDIR.search(_top_level_arguments(data, match.end()))
            directory = posixpath.dirname(path)
            if subdir is not None:
                project = next((d for d in _self_and_parents(directory) if d in projects), None)
                if project is not None:
                    directory = posixpath.join(project, subdir.group(1).decode().strip("/"))
            found[posixpath.normpath(posixpath.join(directory, match.group(1).decode()))] = path
        for match in MESON_GENERATING_CALL.finditer(data):
            output = MESON_PYTHON_OUTPUT.search(_top_level_arguments(data, match.end()))
            if output is not None:
                found[posixpath.join(posixpath.dirname(path), output.group(1).decode())] = path
    return found


def meson_installed_sources(files: dict[str, bytes], paths: frozenset[str]) -> dict[str, str]:
    """The Python files meson-python installs elsewhere than where they are: module base path
    -> the file (`py.install_sources(files('src/version.py'), subdir: 'pkg/vendored')` makes
    the module `pkg.vendored.version`, scipy's `_external/packaging_version/`; with
    `preserve_path: true`, `pkg.vendored.src.version`); and, under the
    key `<package>/*` (INSTALLED_BELOW), the meson.build that installs into a package below a
    directory it computes (`subdir: external_dir / prefix`, for each file of a subproject: what
    it installs there is not in the revision)."""
    projects = {posixpath.dirname(path) for path, data in files.items()
                if MESON_PROJECT.search(data)}
    found = {}
    for path, data in sorted(files.items()):
        directory = posixpath.dirname(path)
        project = next((d for d in _self_and_parents(directory) if d in projects), None)
        for match in MESON_INSTALL_SOURCES.finditer(data) if project is not None else ():
            arguments = _top_level_arguments(data, match.end())
            subdir = MESON_SUBDIR.search(arguments)
            if subdir is not None:
                target = posixpath.join(project, subdir.group(1).decode().strip("/"))
                preserve = MESON_PRESERVE_PATH.search(arguments) is not None
                for name in _meson_sources(data, match.end()):
                    source = posixpath.normpath(posixpath.join(directory, name))
                    kept = posixpath.normpath(name) if preserve else posixpath.basename(source)
                    base = posixpath.join(target, kept.rsplit(".", 1)[0])
                    if source.endswith(".py") and source in paths and source != base + ".py":
                        found[base] = source
            elif (below := MESON_SUBDIR_BELOW.search(arguments)) is not None:
                above = below.group(1) or _meson_string_variable(data, below.group(2))
                if above is not None:
                    found[posixpath.join(project, above.decode().strip("/")) + INSTALLED_BELOW] = path
    return found


def meson_steering(data: bytes) -> object:
    """What of a meson.build may steer how Python modules resolve: the modules it compiles and
    the text of its `install_sources(...)` calls and the assignments they may name."""
    installs = [_top_level_arguments(data, m.end()) + _first_argument(data, m.end())
                for m in MESON_INSTALL_SOURCES.finditer(data)]
    return meson_extension_modules({MESON_BUILD: data}), installs, bool(MESON_PROJECT.search(data)), \
        [line for line in data.splitlines() if re.match(rb"\s*[A-Za-z_]\w*\s*=", line)]


def _meson_sources(data: bytes, start: int) -> list[str]:
    """The file names of an `install_sources(` call's first argument: a list, `files(...)`, a
    string, or a variable the meson.build sets to one of those."""
    first = _first_argument(data, start).strip()
    if re.fullmatch(rb"[A-Za-z_]\w*", first):
        assigned = re.search(rb"^\s*" + first + rb"\s*=\s*", data, re.MULTILINE)
        if assigned is None:
            return []
        first = _first_argument(data, assigned.end(), statement=True)
    return [m.group(1).decode() for m in MESON_STRING.finditer(first)]


def _meson_string_variable(data: bytes, name: bytes) -> bytes | None:
    assigned = re.search(rb"^\s*" + name + rb"""\s*=\s*['"]([^'"]*)['"]\s*$""", data, re.MULTILINE)
    return assigned.group(1) if assigned is not None else None


def _first_argument(data: bytes, start: int, statement: bool = False) -> bytes:
    """The text of a call's first argument, from `start` (inside its parentheses); with
    `statement`, of the value of an assignment (to the end of its line)."""
    depth, quote, end = 0, None, start
    for end in range(start, len(data)):
        char = data[end:end + 1]
        if quote is not None:
            quote = None if char == quote else quote
        elif char in b"'\"":
            quote = char
        elif char in b"([{":
            depth += 1
        elif char in b")]}" or depth == 0 and (char == b"," or statement and char == b"\n"):
            if depth == 0:
                break
            depth -= 1
    return data[start:end]


def _top_level_arguments(data: bytes, start: int) -> bytes:
    """The text of a call's arguments from `start` (inside its parentheses) to its closing
    parenthesis, with what nested calls, lists and dictionaries hold left out (and comments
    ignored)."""
    depth, kept, quote, comment = 1, bytearray(), None, False
    for byte in data[start:]:
        char = bytes([byte])
        if comment:
            comment = char != b"\n"
        elif quote is not None:
            quote = None if char == quote else quote
        elif char == b"#":
            comment = True
        elif char in b"'\"":
            quote = char
        elif char in b"([{":
            depth += 1
        elif char in b")]}":
            depth -= 1
            if depth == 0:
                break
        if depth == 1:
            kept += char
    return bytes(kept)


def maturin_extension_modules(files: dict[str, bytes]) -> dict[str, str]:
    """The compiled modules maturin builds (PyO3, Rust): `[tool.maturin] module-name` of a
    pyproject.toml, placed under its `python-source` (the project directory by default):
    module base path -> that pyproject.toml. Its submodules are made at run time."""
    found = {}
    for path, data in sorted(files.items()):
        try:
            maturin = tomllib.loads(data.decode("utf-8")).get("tool", {}).get("maturin", {})
            name, source = maturin.get("module-name"), maturin.get("python-source", "")
        except (ValueError, RecursionError, AttributeError):  # not TOML, or not tables
            continue
        if isinstance(name, str) and isinstance(source, str) and all(
                map(str.isidentifier, name.split("."))):
            base = posixpath.normpath(posixpath.join(posixpath.dirname(path), source,
                                                     *name.split(".")))
            found[base] = path
    return found


def setuptools_extension_modules(files: dict[str, bytes], paths: frozenset[str]) -> dict[str, str]:
    """The compiled modules setuptools builds (SETUPTOOLS_FILES): module base path -> the
    file the build makes (`base.so`, which impact cannot read; the declaring file is Python
    whose own names are not the module's). A dotted name is placed where its package is, in
    the declaring file's directory or above it (or their `src/`); a module of no package,
    beside the file."""
    found = {}
    for path, data in sorted(files.items()):
        for match in SETUPTOOLS_EXTENSION.finditer(data):
            base = _placed_extension(match.group(1).decode().split("."), path, paths)
            if base is not None:
                found[base] = base + ".so"
    return found


def _placed_extension(parts: list[str], declaring: str, paths: frozenset[str]) -> str | None:
    directory = posixpath.dirname(declaring)
    if len(parts) == 1:
        return posixpath.join(directory, parts[0])
    for above in _self_and_parents(directory):
        for root in (above, posixpath.join(above, "src")):
            if posixpath.join(root, *parts[:-1], INIT_FILES[0]) in paths:
                return posixpath.join(root, *parts)
    return None


def _pytest_path(bases: list[str], parts: list[str], owned: bool, dirs: list[str]) -> list[str]:
    """The places of `parts` in the order of a module pytest imports: its own root (`owned`,
    first in `bases`), then `dirs` (its directory when no package and the conftest
    directories above it, nearest first, that hold `parts`' top-level name as a module or
    regular package), then the rest."""
    if not dirs:
        return bases
    mine = bases[:1] if owned else []
    front = list(dict.fromkeys([*mine, *(posixpath.join(d, *parts) for d in dirs)]))
    return front + [base for base in bases if base not in front]


def _self_and_parents(directory: str) -> Iterator[str]:
    """A directory, then every directory above it up to the root ('')."""
    yield directory
    yield from parent_dirs(directory)
    if directory:
        yield ""


def _extension_base(path: str) -> str:
    directory, name = posixpath.split(path)
    return posixpath.join(directory, name.split(".", 1)[0])


REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def installed_packages(files: dict[str, bytes]) -> frozenset[str]:
    """The import names of the distributions a project declares (every dependency table of a
    pyproject.toml: `_pyproject_requirements`, `requirements*.txt` lines, the requirements a
    setup.py passes to `setup()`), as far as a distribution's name tells its import name
    (`PyYAML` -> `pyyaml`, `python-dateutil` -> `python_dateutil`)."""
    names: set[str] = set()
    for path, data in files.items():
        text = data.decode("utf-8", "replace")
        if path.endswith(".toml"):
            names.update(_pyproject_requirements(text))
        elif posixpath.basename(path) == SETUP_SCRIPT:
            names.update(setup_declarations(data)[0])
        else:
            names.update(line for line in text.splitlines() if not line.lstrip().startswith(("#", "-")))
    found = (REQUIREMENT_NAME.match(name) for name in names)
    return frozenset(m.group(1).lower().replace("-", "_").replace(".", "_") for m in found if m)


# what impact reads of a pyproject.toml (ALL_KEYS: the whole table): the project's name and
# dependencies, the package directories and compiled modules its build names, the lint
# excludes, impact's own settings (resolve/build_config.py, project_files.py, config.py)
ALL_KEYS = None
PYPROJECT_READ: dict[str, tuple[str, ...] | None] = {
    "project": ("name", "dependencies", "optional-dependencies"), "dependency-groups": ALL_KEYS}
PYPROJECT_TOOLS_READ: dict[str, tuple[str, ...] | None] = {
    "poetry": ("name", "packages", "dependencies", "dev-dependencies", "group"),
    "hatch": ("build",), "setuptools": ("packages", "package-dir"), "maturin": ALL_KEYS,
    "ruff": ("exclude", "extend-exclude"), "mypy": ("exclude",), "impact": ALL_KEYS}


def pyproject_steering(data: bytes) -> dict | None:
    """What of a pyproject.toml may steer how impact reads the repository: what impact
    reads of it (PYPROJECT_READ), but the version constraints of its dependencies (their
    names count: what the project installs). None when it is not TOML impact can read."""
    try:
        document = _read_parts(tomllib.loads(data.decode("utf-8")))
    except (ValueError, RecursionError):  # UnicodeDecodeError and TOMLDecodeError too
        return None
    project = document.get("project")
    if isinstance(project, dict):
        if isinstance(project.get("dependencies"), list):
            project["dependencies"] = _requirement_names(project["dependencies"])
        if isinstance(project.get("optional-dependencies"), dict):
            project["optional-dependencies"] = _names_by_group(project["optional-dependencies"])
    if isinstance(document.get("dependency-groups"), dict):  # PEP 735
        document["dependency-groups"] = _names_by_group(document["dependency-groups"])
    poetry = document.get("tool", {}).get("poetry") if isinstance(document.get("tool"), dict) else None
    if isinstance(poetry, dict):
        tables = [poetry]
        if isinstance(poetry.get("group"), dict):
            tables += [group for group in poetry["group"].values() if isinstance(group, dict)]
        for table in tables:
            for key in ("dependencies", "dev-dependencies"):
                if isinstance(table.get(key), dict):
                    table[key] = sorted(table[key])
    return document


def _read_parts(document: dict) -> dict:
    """The tables and keys of a pyproject.toml impact reads (anything else in them, as is)."""
    tools = document.get("tool")
    parts = _parts(document, PYPROJECT_READ)
    if isinstance(tools, dict):
        parts["tool"] = _parts(tools, PYPROJECT_TOOLS_READ)
    return parts


def _parts(table: dict, read: dict[str, tuple[str, ...] | None]) -> dict:
    """The keys of `table` that `read` names, each with the keys of it that `read` names
    (a table none of whose keys is read is left out, as if it were not there)."""
    found = {}
    for key, keys in read.items():
        value = table.get(key)
        if keys is not ALL_KEYS and isinstance(value, dict):
            value = {k: value[k] for k in keys if k in value} or None
        if value is not None:
            found[key] = value
    return found


def _names_by_group(groups: dict) -> dict:
    return {group: _requirement_names(listed) if isinstance(listed, list) else listed
            for group, listed in groups.items()}


def _requirement_names(requirements: list) -> list:
    """`["django~=5.1.2", "redis[hiredis]>=5"]` -> the names, in order; anything else as is."""
    return [match.group(1) if isinstance(r, str) and (match := REQUIREMENT_NAME.match(r)) else r
            for r in requirements]


def own_distributions(files: dict[str, bytes]) -> frozenset[str]:
    """The names of the distributions the repository's pyproject.toml files build (`[project]
    name`, Poetry's `name`) and its setup.py files (`setup(name=...)`), normalised as
    `installed_packages` normalises."""
    names = set()
    for path, data in files.items():
        if posixpath.basename(path) == SETUP_SCRIPT:
            names.update(map(_normalised, setup_declarations(data)[1]))
            continue
        try:
            document = tomllib.loads(data.decode("utf-8"))
        except (ValueError, RecursionError):
            continue
        tool = document.get("tool") if isinstance(document.get("tool"), dict) else {}
        for table in (document.get("project"), tool.get("poetry")):
            name = table.get("name") if isinstance(table, dict) else None
            if isinstance(name, str):
                names.add(_normalised(name))
    return frozenset(names)


def _normalised(distribution: str) -> str:
    return distribution.lower().replace("-", "_").replace(".", "_")


def _pyproject_requirements(text: str) -> list[str]:
    """The requirements of every dependency table of a pyproject.toml: `[project]` dependencies
    and optional ones, PEP 735 `[dependency-groups]` (an `{include-group = ...}` entry names a
    group, not a distribution), and Poetry's dependencies, dev-dependencies and groups."""
    try:
        data = tomllib.loads(text)
    except (ValueError, RecursionError):
        return []
    project = data.get("project") if isinstance(data.get("project"), dict) else {}
    found = _strings(project.get("dependencies"))
    for groups in (_tables(project, "optional-dependencies"), _tables(data, "dependency-groups")):
        found += [r for listed in groups.values() for r in _strings(listed)]
    return found + [name for table in _poetry_tables(data) for name in table if name != "python"]


def _tables(data: dict, key: str) -> dict:
    table = data.get(key)
    return table if isinstance(table, dict) else {}


def _strings(listed: object) -> list[str]:
    return [r for r in listed if isinstance(r, str)] if isinstance(listed, list) else []


def _poetry_tables(data: dict) -> list[dict]:
    """Poetry's tables of dependencies: `dependencies`, `dev-dependencies` and each group's."""
    poetry = _tables(_tables(data, "tool"), "poetry")
    holders = [poetry, *(g for g in _tables(poetry, "group").values() if isinstance(g, dict))]
    return [table for holder in holders for key in ("dependencies", "dev-dependencies")
            if isinstance(table := holder.get(key), dict)]


T = TypeVar("T")


def _kept(answers: dict[str, T], place: str, find: Callable[[str], T]) -> T:
    """What `find` says of `place`, asked once and kept in `answers`."""
    if place not in answers:
        answers[place] = find(place)
    return answers[place]
