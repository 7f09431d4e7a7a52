"""`impact fix`: point the imports of a moved or renamed symbol at its new place.

Python files are rewritten with libcst, which keeps every other byte as it was; JavaScript
and TypeScript files get byte-range edits at the positions tree-sitter gives, in the file's
own style (semicolons or none, quotes, `{ }` spacing, one name a line), a moved name joining
the file's import of its new module when there is one. An import that brings in other names
too is split: the moved name gets an import of its own. A renamed
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
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor
from libcst.metadata import MetadataWrapper, PositionProvider
from tree_sitter import Node

from impact.checks.api import relocations
from impact.graph import SymbolGraph
from impact.lang import ImportRewriter, language_of
from impact.lang.javascript import string_value
from impact.lang.treesitter import captures, parser, text
from impact.model import Import, Site
from impact.relocation import Move, attributes_to_fix, imports_to_fix, uses_to_rename
from impact.resolve.javascript import EXTENSIONS

if TYPE_CHECKING:
    from impact.pipeline import DiffResult


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
    moves = relocations(result.base.revision, result.head.revision)
    if not moves:
        return []
    fixes = []
    for path in sorted(result.head.checked):
        if result.config.is_excluded(path):
            continue  # excluded files are not touched, as they are not reported on
        wanted = imports_to_fix(base, head, path, moves)
        language = head.language_of(path)
        attributes = attributes_to_fix(base, head, path, moves) \
            if language.rewrites_attribute_uses else {}
        renamed = uses_to_rename(head, path, moves)
        if not wanted and not attributes and not renamed:
            continue
        try:
            source = result.head.sources[path].decode("utf-8")
            if language.import_rewriter is ImportRewriter.LIBCST:
                after = _fix_python(source, wanted, attributes, renamed, head, path)
            else:
                after = _fix_javascript(source, wanted, renamed, path, _resolver(head, path))
        except (cst.ParserSyntaxError, UnicodeDecodeError):
            continue  # a file libcst cannot parse, or not UTF-8, is left for the user to fix
        if after != source:
            fixes.append(FileFix(path, source, after))
    return fixes


def _resolver(graph: SymbolGraph, importer: str) -> Callable[[str], str | None]:
    """The module path a specifier of `importer` names, if it is in the repository."""
    def resolve(spec: str) -> str | None:
        target = graph.resolve_spec(importer, spec)
        return target if isinstance(target, str) else None
    return resolve


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
                attributes: dict[tuple[int, str, str], Move],
                renamed: dict[Site, tuple[str, str]], graph: SymbolGraph, path: str) -> str:
    by_line: dict[int, dict[str, tuple[str, str, int]]] = defaultdict(dict)
    for imp, (new_path, new_name) in wanted.items():
        module, level = _python_module_spec(graph, path, new_path, relative=imp.level > 0)
        by_line[imp.site.line][imp.imported] = (module, new_name, level)
    lines = source.encode("utf-8").split(b"\n")
    renames = {(site.line, _character_column(lines, site)): names
               for site, names in renamed.items()}
    wrapper = MetadataWrapper(cst.parse_module(source))
    module = wrapper.visit(_ImportRewriter(by_line, attributes, renames))
    if not attributes:
        return module.code
    context = CodemodContext()
    for new_path, new_name in set(attributes.values()):
        AddImportsVisitor.add_needed_import(context, graph.python.dotted_name(new_path), new_name)
    return AddImportsVisitor(context).transform_module(module).code


def _character_column(lines: list[bytes], site: Site) -> int:
    """The 0-based character column of a site (whose column counts bytes from 1)."""
    line = lines[site.line - 1] if 0 < site.line <= len(lines) else b""
    return len(line[:site.column - 1].decode("utf-8", errors="replace"))


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
                 attributes: dict[tuple[int, str, str], Move],
                 renames: dict[tuple[int, int], tuple[str, str]]):
        super().__init__()
        self.by_line = by_line
        self.attributes = attributes
        self.renames = renames  # (line, column) of a use -> (old name, new name)

    def leave_Name(self, original: cst.Name, updated: cst.Name):
        if not self.renames:
            return updated
        start = self.get_metadata(PositionProvider, original).start
        old, new = self.renames.get((start.line, start.column), (None, None))
        return updated.with_changes(value=new) if original.value == old else updated

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


# -- JavaScript / TypeScript: byte-range edits in the file's own style ----------------------


@dataclass(frozen=True)
class _JsStyle:
    """How the file writes its imports, so that the edits read like the rest of it."""

    semicolon: bool  # statements end with `;` (else the file relies on ASI)
    quote: str  # ' or "
    brace_space: bool  # `{ a }` rather than `{a}`
    newline: str  # \n or \r\n


@dataclass(frozen=True)
class _JsImport:
    """An `import ... from 'spec'` statement with a `{ ... }` list."""

    node: Node
    spec: str  # the module specifier, decoded
    type_only: bool  # `import type { ... }`
    named: Node  # the `{ ... }` list
    specifiers: tuple[Node, ...]


@dataclass
class _NewNames:
    """The names that move to one module: merged into the file's import of it, or one new
    statement after the first import they come from."""

    spec: str
    type_only: bool
    anchor: _JsImport
    specifiers: list[str]


def _fix_javascript(source: str, wanted: dict[Import, Move], renamed: dict[Site, tuple[str, str]],
                    path: str, resolve: Callable[[str], str | None]) -> str:
    data = source.encode("utf-8")
    language = language_of(path)
    grammar, query_files = language.grammar(path)
    root = parser(grammar).parse(language.readable(data)).root_node
    nodes = captures(grammar, query_files, root).get("import", ())
    statements = [s for s in map(_js_import, nodes) if s is not None]
    style = _js_style(data, root, nodes)
    by_spec = {(imp.source, imp.imported): move for imp, move in wanted.items()}
    edits: list[tuple[int, int, bytes]] = []
    emptied: set[int] = set()  # start bytes of statements every name of which moves
    touched: set[int] = set()  # ... and of those that lose names
    groups: dict[tuple[str, bool], _NewNames] = {}
    for statement in statements:
        moving = [s for s in statement.specifiers
                  if (statement.spec, text(s.child_by_field_name("name"))) in by_spec]
        if not moving:
            continue
        touched.add(statement.node.start_byte)
        for specifier in moving:
            new_path, new_name = by_spec[(statement.spec, text(specifier.child_by_field_name("name")))]
            group = groups.setdefault((new_path, statement.type_only), _NewNames(
                _js_specifier(path, new_path, statement.spec), statement.type_only, statement, []))
            moved = _moved_specifier(specifier, new_name)
            if moved not in group.specifiers:
                group.specifiers.append(moved)
        if len(moving) < len(statement.specifiers):
            edits.extend(_remove_specifier(s, data) for s in moving)
        elif statement.named.parent.named_child_count == 1:
            emptied.add(statement.node.start_byte)
        else:  # `import D, { x }` where x moves: `import D`
            edits.append(_remove_named_list(statement.named))
    untouched = [s for s in statements if s.node.start_byte not in touched]
    new_statements: dict[int, list[str]] = defaultdict(list)  # anchor start -> statements
    anchors = {s.node.start_byte: s for s in statements}
    for (new_path, type_only), group in groups.items():
        into = next((s for s in untouched if s.type_only == type_only and s.specifiers
                     and resolve(s.spec) == new_path), None)
        if into is not None:
            present = {text(s) for s in into.specifiers}
            names = [n for n in group.specifiers if n not in present]
            if names:
                edits.append(_append_specifiers(into, names, data, style))
        else:
            new_statements[group.anchor.node.start_byte].append(_import_text(group, style))
    for start in sorted(touched):
        anchor, lines = anchors[start], new_statements.get(start, [])
        if start in emptied:
            edits.append((start, anchor.node.end_byte, style.newline.join(lines).encode())
                         if lines else _delete_statement(anchor.node, data))
        elif lines:
            end = anchor.node.end_byte
            edits.append((end, end, "".join(style.newline + line for line in lines).encode()))
    edits.extend(_renamed_uses(data, renamed))
    for start, end, replacement in sorted(edits, reverse=True):
        data = data[:start] + replacement + data[end:]
    return data.decode("utf-8")


def _renamed_uses(data: bytes, renamed: dict[Site, tuple[str, str]]) -> list[tuple[int, int, bytes]]:
    """The old name at each use, replaced by the new one."""
    starts = [0] + [i + 1 for i, byte in enumerate(data) if byte == 0x0A]
    edits = []
    for site, (old, new) in renamed.items():
        if not 0 < site.line <= len(starts):
            continue
        start = starts[site.line - 1] + site.column - 1
        if data[start:start + len(old.encode())] == old.encode():
            edits.append((start, start + len(old.encode()), new.encode()))
    return edits


def _js_import(node: Node) -> _JsImport | None:
    source = node.child_by_field_name("source")
    clause = next((c for c in node.named_children if c.type == "import_clause"), None)
    named = next((c for c in clause.named_children if c.type == "named_imports"), None) \
        if clause is not None else None
    if source is None or named is None:
        return None
    return _JsImport(node, string_value(source), any(c.type == "type" for c in node.children),
                     named, tuple(s for s in named.named_children if s.type == "import_specifier"))


def _moved_specifier(specifier: Node, new_name: str) -> str:
    """The specifier that imports the symbol from its new place under the same local name
    (`type` kept for a type-only specifier)."""
    name = text(specifier.child_by_field_name("name"))
    alias = specifier.child_by_field_name("alias")
    local = text(alias) if alias is not None else name
    kind = "type " if any(c.type == "type" for c in specifier.children) else ""
    return kind + (new_name if new_name == local else f"{new_name} as {local}")


def _import_text(group: _NewNames, style: _JsStyle) -> str:
    space = " " if style.brace_space else ""
    kind = "type " if group.type_only else ""
    return (f"import {kind}{{{space}{', '.join(group.specifiers)}{space}}} from "
            f"{style.quote}{group.spec}{style.quote}{';' if style.semicolon else ''}")


def _js_style(data: bytes, root: Node, imports: list[Node]) -> _JsStyle:
    """The file's majority: semicolons after its imports (else after its other top-level
    statements; `;` on a tie), quotes of its specifiers and spaces inside `{ }`."""
    def majority(votes: list[bool], default: bool) -> bool:
        return default if votes.count(True) == votes.count(False) else \
            votes.count(True) > votes.count(False)

    votes = [_ends_with_semicolon(n) for n in imports]
    if votes.count(True) == votes.count(False):
        votes = [_ends_with_semicolon(n) for n in root.named_children
                 if n.type in _SEMICOLON_STATEMENTS]
    quotes = [text(n.child_by_field_name("source"))[:1] for n in imports
              if n.child_by_field_name("source") is not None]
    lists = [text(n) for n in _named_lists(imports) if b"\n" not in data[n.start_byte:n.end_byte]
             and n.named_child_count]
    return _JsStyle(semicolon=majority(votes, default=True),
                    quote="'" if majority([q == "'" for q in quotes], default=True) else '"',
                    brace_space=majority([t.startswith("{ ") for t in lists], default=True),
                    newline="\r\n" if b"\r\n" in data else "\n")


_SEMICOLON_STATEMENTS = {"expression_statement", "lexical_declaration", "variable_declaration"}


def _ends_with_semicolon(node: Node) -> bool:
    return node.child_count > 0 and node.children[-1].type == ";"


def _named_lists(imports: list[Node]) -> list[Node]:
    return [s.named for s in map(_js_import, imports) if s is not None]


def _line_span(data: bytes, start: int, end: int) -> tuple[int, int] | None:
    """The whole lines (end of line included) of `start:end`, when nothing else is on them."""
    line_start = data.rfind(b"\n", 0, start) + 1
    line_end = data.find(b"\n", end)
    line_end = len(data) if line_end == -1 else line_end + 1
    if data[line_start:start].strip() or data[end:line_end].strip():
        return None
    return line_start, line_end


def _remove_specifier(specifier: Node, data: bytes) -> tuple[int, int, bytes]:
    """The specifier with its comma: its whole line when it is alone on one (no blank line is
    left in the list); else with the spaces after it (or, for the last one, the comma and
    spaces before it)."""
    following = specifier.next_sibling
    own_end = following.end_byte if following is not None and following.type == "," else \
        specifier.end_byte
    lines = _line_span(data, specifier.start_byte, own_end)
    if lines is not None:
        return lines[0], lines[1], b""
    if following is not None and following.type == ",":
        after = following.next_sibling
        end = after.start_byte if after is not None and after.type != "}" else following.end_byte
        return specifier.start_byte, end, b""
    previous = specifier.prev_sibling
    start = previous.start_byte if previous is not None and previous.type == "," else \
        specifier.start_byte
    return start, specifier.end_byte, b""


def _remove_named_list(named: Node) -> tuple[int, int, bytes]:
    """`, { ... }` after a default import."""
    previous = named.prev_sibling
    start = previous.start_byte if previous is not None and previous.type == "," else \
        named.start_byte
    return start, named.end_byte, b""


def _delete_statement(node: Node, data: bytes) -> tuple[int, int, bytes]:
    """The statement, with its line when it is alone on it."""
    lines = _line_span(data, node.start_byte, node.end_byte)
    return (*(lines or (node.start_byte, node.end_byte)), b"")


def _append_specifiers(statement: _JsImport, names: list[str], data: bytes,
                       style: _JsStyle) -> tuple[int, int, bytes]:
    """`names` added at the end of the statement's `{ ... }` list, one a line in a list
    written one a line (with its trailing comma, if it has one)."""
    last = statement.specifiers[-1]
    comma = last.next_sibling if last.next_sibling is not None and \
        last.next_sibling.type == "," else None
    line_start = data.rfind(b"\n", statement.named.start_byte, last.start_byte) + 1
    indent = data[line_start:last.start_byte].decode("utf-8") if line_start else ""
    if line_start and not indent.strip():
        if comma is not None:
            added = "".join(f"{style.newline}{indent}{name}," for name in names)
            return comma.end_byte, comma.end_byte, added.encode()
        added = "".join(f",{style.newline}{indent}{name}" for name in names)
        return last.end_byte, last.end_byte, added.encode()
    return last.end_byte, last.end_byte, "".join(f", {name}" for name in names).encode()


def _js_specifier(importer: str, target: str, old_spec: str) -> str:
    """A relative specifier for `target`, in the style of the one it replaces."""
    relative = posixpath.relpath(target, posixpath.dirname(importer) or ".")
    if not relative.startswith("."):
        relative = "./" + relative
    old_ext = posixpath.splitext(old_spec)[1]
    stem, ext = posixpath.splitext(relative)
    stem = stem.removesuffix(".d")
    if old_ext in EXTENSIONS:
        return stem + (old_ext if ext in (".ts", ".tsx", ".mts", ".cts") else ext)
    return stem
