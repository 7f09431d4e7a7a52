"""`impact fix`: point the imports of a moved or renamed symbol at its new place.

Python files are rewritten with libcst, which keeps every other byte as it was; JavaScript
and TypeScript files get byte-range edits at the positions tree-sitter gives. An import that
brings in other names too is split: the moved name gets an import of its own. A renamed
symbol is imported under its new name, aliased to the old one, so the code using it is
left alone. A Python `module.attr` use of a moved symbol becomes a plain name with an
import of its own (libcst's AddImportsVisitor places it).

A fixed file is written only inside the repository and never through a symbolic link: the
new text goes to a temporary file beside it, which then replaces it (atomic; mode kept).
A file with other hard links gets a new inode, so its other names keep the old text. A file
that is a symbolic link, or is reached through one, is refused with the reason.
"""

from __future__ import annotations

import difflib
import os
import posixpath
import secrets
import stat
from collections import defaultdict
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor
from libcst.metadata import MetadataWrapper, PositionProvider

from impact.checks.api import relocations
from impact.diff import DiffResult
from impact.graph import SymbolGraph
from impact.lang.javascript import GRAMMARS, string_value
from impact.lang.treesitter import captures, parser, text
from impact.model import PYTHON, Import
from impact.resolve.javascript import EXTENSIONS

Move = tuple[str, str]  # (new module path, new name)


@dataclass(frozen=True)
class FileFix:
    path: str
    before: str
    after: str

    def unified_diff(self) -> str:
        return "".join(difflib.unified_diff(self.before.splitlines(keepends=True),
                                            self.after.splitlines(keepends=True),
                                            f"a/{self.path}", f"b/{self.path}"))


@dataclass(frozen=True)
class Written:
    """What became of one fix on disk."""

    path: str
    refused: str = ""  # why the file was left alone (nothing was written)
    other_links: int = 0  # the file's other hard links, which keep the old text


def plan_fixes(result: DiffResult) -> list[FileFix]:
    base, head = result.base.graph, result.head.graph
    moves = relocations(base, head)
    if not moves:
        return []
    fixes = []
    for path, facts in sorted(head.checked.items()):
        if result.config.is_excluded(path):
            continue  # excluded files are not touched, as they are not reported on
        wanted = _imports_to_fix(base, head, path, moves)
        attributes = _attributes_to_fix(base, head, path, moves) if facts.language == PYTHON \
            else {}
        if not wanted and not attributes:
            continue
        try:
            source = result.head.sources[path].decode("utf-8")
            if facts.language == PYTHON:
                after = _fix_python(source, wanted, attributes, head, path)
            else:
                after = _fix_javascript(source, wanted, path)
        except (cst.ParserSyntaxError, UnicodeDecodeError):
            continue  # a file libcst cannot parse, or not UTF-8, is left for the user to fix
        if after != source:
            fixes.append(FileFix(path, source, after))
    return fixes


def _imports_to_fix(base: SymbolGraph, head: SymbolGraph, path: str,
                    moves: dict[tuple[str, str], Move]) -> dict[Import, Move]:
    """Imports in head that name a relocated symbol at its old place."""
    wanted = {}
    for imp in head.facts[path].imports:
        if imp.kind not in ("from", "esm") or imp.imported in (None, "*", "default"):
            continue
        target = head.target(path, imp)
        if isinstance(target, str) and head.provides(target, imp.imported):
            continue
        old = base.target(path, imp) if path in base.facts else None
        if not isinstance(old, str):
            continue
        origin = base.export_origin(old, imp.imported)
        move = moves.get((origin[0], imp.imported)) if origin else None
        if move is not None:
            wanted[imp] = move
    return wanted


def _attributes_to_fix(base: SymbolGraph, head: SymbolGraph, path: str,
                       moves: dict[tuple[str, str], Move]) -> dict[tuple[int, str, str], Move]:
    """`module.name` uses in head whose name moved away from that module:
    (line, local, name) -> new place."""
    facts = head.facts[path]
    wanted = {}
    for ref in facts.member_refs:
        binders = [i for i in facts.imports if i.local == ref.local]
        if len(binders) != 1 or path not in base.facts:
            continue
        module = head.module_bound_by(facts, binders[0])
        old = base.module_bound_by(base.facts[path], binders[0])
        name = ref.chain[0]
        if module is None or old != module or head.provides(module, name):
            continue
        move = moves.get((old, name))
        if move is not None:
            wanted[(ref.site.line, ref.local, name)] = move
    return wanted


# -- writing -----------------------------------------------------------------------------


class _Refused(Exception):
    """Why a file is not rewritten."""


def write_fix(root: Path, relative: Path, fix: FileFix, dry_run: bool = False) -> Written:
    """Rewrite the working-tree file `relative` (under `root`) with `fix.after`, or, with
    `dry_run`, only check that it could be. Every directory on the way is opened without
    following symbolic links, and the file is replaced by a new one beside it."""
    try:
        other_links = _rewrite(root, relative, fix.after.encode("utf-8"), fix.path, dry_run)
    except _Refused as why:
        return Written(fix.path, refused=f"{fix.path} not fixed: {why}")
    except OSError as error:
        return Written(fix.path, refused=f"{fix.path} not fixed: {error.strerror or error}")
    return Written(fix.path, other_links=other_links)


def _rewrite(root: Path, relative: Path, data: bytes, path: str, dry_run: bool) -> int:
    directory = _open_directory(root, relative.parts[:-1])
    try:
        status = _regular_file(directory, relative.name)
        _check_inside(root, relative)
        if not dry_run:
            _replace(directory, relative.name, data, stat.S_IMODE(status.st_mode))
        return status.st_nlink - 1
    finally:
        os.close(directory)


def _open_directory(root: Path, parts: tuple[str, ...]) -> int:
    """A descriptor of the file's directory, reached from `root` one component at a time,
    none of them a symbolic link."""
    directory = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for depth, part in enumerate(parts, start=1):
            try:
                inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW,
                                dir_fd=directory)
            except OSError as error:
                walked = "/".join(parts[:depth])
                if _is_link(directory, part):
                    raise _Refused(f"it is reached through the symbolic link {walked}; impact "
                                   "writes only inside the repository, never through a link") \
                        from None
                raise _Refused(f"{walked} is not a directory ({error.strerror})") from None
            os.close(directory)
            directory = inner
    except BaseException:
        os.close(directory)
        raise
    return directory


def _check_inside(root: Path, relative: Path) -> None:
    """The file's real path (every link resolved) is under the repository's."""
    real_root = os.path.realpath(root)
    if os.path.commonpath([real_root, os.path.realpath(root / relative)]) != real_root:
        raise _Refused("it resolves outside the repository")


def _is_link(directory: int, name: str) -> bool:
    try:
        return stat.S_ISLNK(os.stat(name, dir_fd=directory, follow_symlinks=False).st_mode)
    except OSError:
        return False


def _regular_file(directory: int, name: str) -> os.stat_result:
    try:
        status = os.stat(name, dir_fd=directory, follow_symlinks=False)
    except FileNotFoundError:
        raise _Refused("it is gone from the working tree") from None
    if stat.S_ISLNK(status.st_mode):
        raise _Refused("it is a symbolic link; impact writes only inside the repository, "
                       "never through a link")
    if not stat.S_ISREG(status.st_mode):
        raise _Refused("it is not a regular file")
    if not status.st_mode & stat.S_IWUSR:
        raise _Refused("it is read-only")
    return status


def _replace(directory: int, name: str, data: bytes, mode: int) -> None:
    """A new file with `data` and `mode` takes the place of `name`, atomically."""
    temporary = f".impact-fix-{secrets.token_hex(8)}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600,
                         dir_fd=directory)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(temporary, name, src_dir_fd=directory, dst_dir_fd=directory)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary, dir_fd=directory)
        raise


# -- Python: libcst ----------------------------------------------------------------------


def _fix_python(source: str, wanted: dict[Import, Move],
                attributes: dict[tuple[int, str, str], Move], graph: SymbolGraph,
                path: str) -> str:
    by_line: dict[int, dict[str, tuple[str, str, int]]] = defaultdict(dict)
    for imp, (new_path, new_name) in wanted.items():
        module, level = _python_module_spec(graph, path, new_path, relative=imp.level > 0)
        by_line[imp.site.line][imp.imported] = (module, new_name, level)
    wrapper = MetadataWrapper(cst.parse_module(source))
    module = wrapper.visit(_ImportRewriter(by_line, attributes))
    if not attributes:
        return module.code
    context = CodemodContext()
    for new_path, new_name in set(attributes.values()):
        AddImportsVisitor.add_needed_import(context, graph.python.dotted_name(new_path), new_name)
    return AddImportsVisitor(context).transform_module(module).code


def _python_module_spec(graph: SymbolGraph, importer: str, module_path: str,
                        relative: bool) -> tuple[str, int]:
    """How `importer` should name `module_path`: (dotted name, number of leading dots)."""
    if not relative:
        return graph.python.dotted_name(module_path), 0
    target = module_path.removesuffix("/__init__.py").removesuffix(".py")
    here = posixpath.dirname(importer)
    level = 1
    while here and not (target + "/").startswith(here + "/"):
        here = posixpath.dirname(here)
        level += 1
    rest = target[len(here) + 1:] if here else target
    return rest.replace("/", "."), level


class _ImportRewriter(cst.CSTTransformer):
    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, by_line: dict[int, dict[str, tuple[str, str, int]]],
                 attributes: dict[tuple[int, str, str], Move]):
        super().__init__()
        self.by_line = by_line
        self.attributes = attributes

    def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute):
        if not isinstance(original.value, cst.Name):
            return updated
        line = self.get_metadata(PositionProvider, original).start.line
        move = self.attributes.get((line, original.value.value, original.attr.value))
        return cst.Name(move[1]) if move else updated

    def leave_ImportFrom(self, original: cst.ImportFrom, updated: cst.ImportFrom):
        start = self.get_metadata(PositionProvider, original).start.line
        end = self.get_metadata(PositionProvider, original).end.line
        moving = {}
        for line in range(start, end + 1):
            moving.update(self.by_line.get(line, {}))
        if not moving or isinstance(updated.names, cst.ImportStar):
            return updated
        staying = [a for a in updated.names if _alias_name(a) not in moving]
        moved = [a for a in updated.names if _alias_name(a) in moving]
        statements = []
        if staying:
            staying[-1] = staying[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
            statements.append(updated.with_changes(names=staying))
        for alias in moved:
            module, new_name, level = moving[_alias_name(alias)]
            local = alias.asname.name.value if alias.asname else _alias_name(alias)
            new_alias = cst.ImportAlias(
                name=cst.Name(new_name),
                asname=cst.AsName(name=cst.Name(local)) if local != new_name else None)
            statements.append(cst.ImportFrom(
                module=cst.parse_expression(module) if module else None,
                names=[new_alias], relative=[cst.Dot()] * level))
        if len(statements) == 1:
            return statements[0]
        return cst.FlattenSentinel(statements)

    def leave_SimpleStatementLine(self, original, updated):
        # a split import became several statements on one line: give each its own line
        if len(updated.body) > 1 and all(isinstance(s, cst.ImportFrom) for s in updated.body):
            return cst.FlattenSentinel([updated.with_changes(body=[s]) for s in updated.body])
        return updated


def _alias_name(alias: cst.ImportAlias) -> str:
    return alias.name.value if isinstance(alias.name, cst.Name) else ""


# -- JavaScript / TypeScript: byte-range edits ----------------------------------------------


def _fix_javascript(source: str, wanted: dict[Import, Move], path: str) -> str:
    data = source.encode("utf-8")
    grammar, query_files = GRAMMARS["." + path.rsplit(".", 1)[-1].lower()]
    root = parser(grammar).parse(data).root_node
    by_spec = {(imp.source, imp.imported): move for imp, move in wanted.items()}
    edits: list[tuple[int, int, bytes]] = []
    for statement in captures(grammar, query_files, root).get("import", ()):
        edits.extend(_edit_import(statement, by_spec, path))
    for start, end, replacement in sorted(edits, reverse=True):
        data = data[:start] + replacement + data[end:]
    return data.decode("utf-8")


def _edit_import(statement, by_spec: dict[tuple[str, str], Move], path: str):
    source_node = statement.child_by_field_name("source")
    if source_node is None:
        return []
    spec = string_value(source_node)
    clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
    named = next((c for c in clause.named_children if c.type == "named_imports"), None) \
        if clause is not None else None
    if named is None:
        return []
    specifiers = [s for s in named.named_children if s.type == "import_specifier"]
    moving = [s for s in specifiers if (spec, text(s.child_by_field_name("name"))) in by_spec]
    if not moving:
        return []
    quote = text(source_node)[0]
    new_lines = []
    for specifier in moving:
        name = text(specifier.child_by_field_name("name"))
        alias = specifier.child_by_field_name("alias")
        local = text(alias) if alias is not None else name
        new_path, new_name = by_spec[(spec, name)]
        imported = new_name if new_name == local else f"{new_name} as {local}"
        new_spec = _js_specifier(path, new_path, spec)
        new_lines.append(f"import {{ {imported} }} from {quote}{new_spec}{quote};")
    if len(moving) == len(specifiers) and len(clause.named_children) == 1:
        return [(statement.start_byte, statement.end_byte, "\n".join(new_lines).encode())]
    edits = [_remove_specifier(s) for s in moving]
    edits.append((statement.end_byte, statement.end_byte, ("\n" + "\n".join(new_lines)).encode()))
    return edits


def _remove_specifier(specifier) -> tuple[int, int, bytes]:
    """The specifier with the comma and spaces after it (or, for the last one, before it)."""
    following = specifier.next_sibling
    if following is not None and following.type == ",":
        after = following.next_sibling
        end = after.start_byte if after is not None and after.type != "}" else following.end_byte
        return specifier.start_byte, end, b""
    previous = specifier.prev_sibling
    start = previous.start_byte if previous is not None and previous.type == "," else \
        specifier.start_byte
    return start, specifier.end_byte, b""


def _js_specifier(importer: str, target: str, old_spec: str) -> str:
    """A relative specifier for `target`, in the style of the one it replaces."""
    relative = posixpath.relpath(target, posixpath.dirname(importer) or ".")
    if not relative.startswith("."):
        relative = "./" + relative
    old_ext = posixpath.splitext(old_spec)[1]
    stem, ext = posixpath.splitext(relative)
    if stem.endswith(".d"):
        stem = stem[:-2]
    if old_ext in EXTENSIONS:
        return stem + (old_ext if ext in (".ts", ".tsx", ".mts", ".cts") else ext)
    return stem
