"""Directories a Python package adds to its own `__path__`, where its submodules are found too.

keras's `keras/__init__.py` says `__path__.append(os.path.join(os.path.dirname(__file__),
"api"))`: `import keras.applications` finds `keras/api/applications/`. The import system looks
for a package's submodules in every directory of its `__path__`, in order; a package that
appends, inserts or extends it with a directory named from its own file (`os.path.dirname(
__file__)`, `__path__[0]`, `Path(__file__).parent`, joined with string literals) has its
submodules there as well. Only the statements at the top of the module are read; a directory
computed any other way is not followed.
"""

from __future__ import annotations

import ast
import posixpath

# `__path__ = pkgutil.extend_path(__path__, __name__)`: every directory of the package's name on
# the path is a portion of it (its other distributions' `phoenix/otel/`); the resolver, which
# knows the source roots, names them
EVERY_PORTION = "*"
# calls that give back the path they are given (absolute, normalised, or as a string)
SAME_PATH = frozenset({"str", "fspath", "abspath", "realpath", "normpath", "resolve", "absolute"})


def package_path_extensions(files: dict[str, bytes]) -> dict[str, tuple[str, ...]]:
    """Package directory -> the repository directories its `__init__.py` adds to `__path__`,
    for the given `__init__.py` files (path -> bytes)."""
    found = {}
    for path, data in sorted(files.items()):
        if b"__path__" not in data:
            continue
        try:
            tree = ast.parse(data)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        directory = posixpath.dirname(path)
        added = (posixpath.normpath(posixpath.join(directory, relative))
                 for node in tree.body for relative in _added_directories(node))
        inside = [d for d in added if d not in (".", directory) and not d.startswith("../")
                  and d != ".."]
        if any(_extends_path(node) for node in tree.body):
            inside.append(EVERY_PORTION)
        if inside:
            found[directory] = tuple(dict.fromkeys(inside))
    return found


def _added_directories(node: ast.stmt) -> list[str]:
    """The directories (relative to the package's own) a statement adds to `__path__`:
    `__path__.append(d)`, `__path__.insert(i, d)`, `__path__.extend([d, ...])`,
    `__path__ += [d, ...]`."""
    items: list[ast.expr] = []
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        call, func = node.value, node.value.func
        if isinstance(func, ast.Attribute) and _is_name(func.value, "__path__"):
            if func.attr == "append" and len(call.args) == 1:
                items = call.args
            elif func.attr == "insert" and len(call.args) == 2:
                items = call.args[1:]
            elif func.attr == "extend" and len(call.args) == 1 and \
                    isinstance(call.args[0], (ast.List, ast.Tuple)):
                items = call.args[0].elts
    elif isinstance(node, ast.AugAssign) and _is_name(node.target, "__path__") and \
            isinstance(node.op, ast.Add) and isinstance(node.value, (ast.List, ast.Tuple)):
        items = node.value.elts
    return [d for d in map(_relative_directory, items) if d is not None]


def _extends_path(node: ast.stmt) -> bool:
    """`__path__ = pkgutil.extend_path(__path__, __name__)` (or `__import__("pkgutil")...`)."""
    return isinstance(node, ast.Assign) and any(_is_name(t, "__path__") for t in node.targets) \
        and isinstance(node.value, ast.Call) and _called_name(node.value) == "extend_path"


def _relative_directory(node: ast.expr) -> str | None:
    """The directory an expression names, relative to the package's own directory ('.'), if
    it is named from the package's file joined with string literals."""
    if isinstance(node, ast.Subscript) and _is_name(node.value, "__path__") and \
            isinstance(node.slice, ast.Constant) and node.slice.value == 0:
        return "."
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):  # Path(...) / "api"
        left, right = _relative_directory(node.left), _literal(node.right)
        return posixpath.join(left, right) if left is not None and right is not None else None
    if isinstance(node, ast.Attribute) and node.attr == "parent" and _is_own_file(node.value):
        return "."  # Path(__file__).parent
    if not isinstance(node, ast.Call):
        return None
    name = _called_name(node)
    if name in SAME_PATH:
        inner = _same_path_argument(node)
        return _relative_directory(inner) if inner is not None else None
    if name == "dirname" and len(node.args) == 1 and _is_own_file(node.args[0]):
        return "."
    if name == "join" and node.args:
        first = _relative_directory(node.args[0])
        rest = [_literal(arg) for arg in node.args[1:]]
        return posixpath.join(first, *rest) if first is not None and None not in rest else None
    return None


def _is_own_file(node: ast.expr) -> bool:
    """`__file__`, or a call that gives it back as a path (`Path(__file__)`, `abspath(...)`)."""
    if _is_name(node, "__file__"):
        return True
    if isinstance(node, ast.Call) and (_called_name(node) in SAME_PATH or _called_name(node) == "Path"):
        inner = _same_path_argument(node)
        return inner is not None and _is_own_file(inner)
    return False


def _same_path_argument(call: ast.Call) -> ast.expr | None:
    """The path a path-preserving call is about: its one argument, or what a method like
    `.resolve()` is called on."""
    if len(call.args) == 1 and not call.keywords:
        return call.args[0]
    if not call.args and isinstance(call.func, ast.Attribute):
        return call.func.value
    return None


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_name(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name
