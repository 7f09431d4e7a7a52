"""What a Python project's build configuration says about the packages it builds and installs.

- The package directories a pyproject.toml names for its wheel: hatch's `packages =
  ["livekit"]` (`[tool.hatch.build.targets.wheel]` or `[tool.hatch.build]`), Poetry's
  `packages = [{ include = "pkg", from = "src" }]`, setuptools' `[tool.setuptools] packages =
  ["pkg.sub"]` with its `package-dir` (the top-level package `pkg`), and a setup.py's `packages`
  (setup_package_directories). The build installs each as a package, its parent
  directory is what an editable install puts on the path, and a directory inside it is part of
  the package, never a source root of its own (livekit/agents: `livekit-plugins-google/livekit/`
  is a portion of the namespace package `livekit`; `livekit/plugins/`, which holds the package
  `google/`, is not a root that makes `google` a top-level name).
- The requirements and the distribution name a setup.py passes to `setup()`:
  `install_requires`, `extras_require` (its values), `tests_require`, followed through the
  module-level lists they name (`tests_require = ['zope.testing']`), and `name`.
"""

from __future__ import annotations

import ast
import posixpath
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SETUP_REQUIREMENTS = frozenset({"install_requires", "extras_require", "tests_require"})
NAMES_FOLLOWED = 3  # how many module-level names deep a setup() argument is followed


def built_package_directories(pyprojects: dict[str, bytes]) -> frozenset[str]:
    """The repository paths of the package directories the pyproject.toml files name."""
    found = set()
    for path, data in pyprojects.items():
        try:
            document = tomllib.loads(data.decode("utf-8"))
        except (ValueError, RecursionError):  # UnicodeDecodeError and TOMLDecodeError too
            continue
        project = posixpath.dirname(path)
        for relative in _named_packages(document):
            directory = posixpath.normpath(posixpath.join(project, relative.strip("/")))
            if directory not in (".", "") and not directory.startswith("../"):
                found.add(directory)
    return frozenset(found)


def _named_packages(document: dict) -> list[str]:
    tool = _table(document, "tool")
    hatch = _table(_table(tool, "hatch"), "build")
    named = [*_strings(_table(_table(hatch, "targets"), "wheel").get("packages")),
             *_strings(hatch.get("packages"))]
    for entry in _list(_table(tool, "poetry").get("packages")):
        include = entry.get("include") if isinstance(entry, dict) else None
        if isinstance(include, str) and not any(c in include for c in "*?["):
            source = entry.get("from")
            named.append(posixpath.join(source, include) if isinstance(source, str) else include)
    setuptools = _table(tool, "setuptools")
    package_dir = _table(setuptools, "package-dir")
    for first in {dotted.split(".")[0] for dotted in _strings(setuptools.get("packages"))}:
        if isinstance(package_dir.get(first), str):
            named.append(package_dir[first])
        else:
            below = package_dir.get("")
            named.append(posixpath.join(below if isinstance(below, str) else "", first))
    return [name for name in named if name]


def _table(document: object, key: str) -> dict:
    value = document.get(key) if isinstance(document, dict) else None
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _strings(value: object) -> list[str]:
    return [item for item in _list(value) if isinstance(item, str)]


def setup_declarations(data: bytes) -> tuple[list[str], list[str]]:
    """(the requirement strings, the distribution names) a setup.py passes to `setup()`;
    nothing for one Python cannot parse."""
    requirements: list[str] = []
    names: list[str] = []
    for call, assigned in _setup_calls(data):
        for keyword in call.keywords:
            if keyword.arg in SETUP_REQUIREMENTS:
                requirements += _literal_strings(keyword.value, assigned, NAMES_FOLLOWED)
            elif keyword.arg == "name" and isinstance(keyword.value, ast.Constant) \
                    and isinstance(keyword.value.value, str):
                names.append(keyword.value.value)
    return requirements, names


def setup_package_directories(files: dict[str, bytes]) -> frozenset[str]:
    """The repository paths of the top-level package directories setup.py files pass to
    `setup()`: `packages=["pkg.sub"]` (below `package_dir={"": "src"}`), or what
    `find_packages(where=..., include=["livekit.*"])` / `find_namespace_packages` may find
    (the first part of each `include` pattern that is a name)."""
    found = set()
    for path, data in files.items():
        for call, assigned in _setup_calls(data):
            arguments = {k.arg: k.value for k in call.keywords if k.arg}
            package_dir = arguments.get("package_dir")
            below = ""
            if isinstance(package_dir, ast.Dict):
                below = next((v.value for k, v in zip(package_dir.keys, package_dir.values)
                              if isinstance(k, ast.Constant) and k.value == ""
                              and isinstance(v, ast.Constant) and isinstance(v.value, str)), "")
            packages = arguments.get("packages")
            if isinstance(packages, ast.Call):
                found_in = {k.arg: k.value for k in packages.keywords if k.arg}
                where = found_in.get("where")
                if isinstance(where, ast.Constant) and isinstance(where.value, str):
                    below = where.value
                dotted = _literal_strings(found_in.get("include", ast.List([])), assigned, NAMES_FOLLOWED)
            else:
                dotted = _literal_strings(packages, assigned, NAMES_FOLLOWED) if packages else []
            tops = {name.split(".")[0] for name in dotted}
            found |= {posixpath.normpath(posixpath.join(posixpath.dirname(path), below, top))
                      for top in tops if top.isidentifier()}
    return frozenset(d for d in found if not d.startswith(("../", ".")))


def _setup_calls(data: bytes) -> list[tuple[ast.Call, dict[str, ast.expr]]]:
    """The `setup(...)` calls of a setup.py, each with the module-level assignments."""
    try:
        tree = ast.parse(data)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    assigned = {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                for target in node.targets if isinstance(target, ast.Name)}
    return [(call, assigned) for call in ast.walk(tree)
            if isinstance(call, ast.Call) and _called_name(call.func) == "setup"]


def _called_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _literal_strings(node: ast.expr, assigned: dict[str, ast.expr], depth: int) -> list[str]:
    """The strings of a list, tuple or set literal, the values of a dict, a `+` of those, or
    of the module-level assignment a name refers to."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        parts = node.elts
    elif isinstance(node, ast.Dict):
        parts = node.values
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [node.left, node.right]
    elif isinstance(node, ast.Name) and node.id in assigned and depth > 0:
        return _literal_strings(assigned[node.id], assigned, depth - 1)
    else:
        return []
    return [found for part in parts for found in _literal_strings(part, assigned, depth)]
