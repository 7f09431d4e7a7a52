"""`impact fix`: point the imports of a moved or renamed symbol at its new place.

Python files are rewritten with libcst, which keeps every other byte as it was; JavaScript
and TypeScript files get byte-range edits at the positions tree-sitter gives. An import that
brings in other names too is split: the moved name gets an import of its own. A renamed
symbol is imported under its new name, aliased to the old one, so the code using it is
left alone. A Python `module.attr` use of a moved symbol becomes a plain name with an
import of its own (libcst's AddImportsVisitor places it).
"""

from __future__ import annotations

import difflib
import posixpath
from collections import defaultdict
from dataclasses import dataclass

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor
from libcst.metadata import MetadataWrapper, PositionProvider

from impact.checks.api import relocations
from impact.diff import DiffResult
from impact.graph import SymbolGraph
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
    from impact.lang.javascript import GRAMMARS

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
    spec = "".join(text(c) for c in source_node.named_children if c.type == "string_fragment")
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
