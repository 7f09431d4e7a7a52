"""Mutation candidates for a JavaScript or TypeScript tree, found with tree-sitter directly
(independently of impact's extractors)."""

from __future__ import annotations

import itertools
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

import tree_sitter
import tree_sitter_javascript
import tree_sitter_typescript

from .model import AttributeReads, Candidate, Mutation, word_count

LANGUAGES = {
    ".js": tree_sitter.Language(tree_sitter_javascript.language()),
    ".mjs": tree_sitter.Language(tree_sitter_javascript.language()),
    ".ts": tree_sitter.Language(tree_sitter_typescript.language_typescript()),
    ".tsx": tree_sitter.Language(tree_sitter_typescript.language_tsx()),
}
SOURCE_SUFFIXES = (".js", ".mjs", ".ts", ".tsx")
RESOLVE_SUFFIXES = ("", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx", "/index.js")
DECLARATIONS = ("function_declaration", "generator_function_declaration", "class_declaration",
                "abstract_class_declaration", "function_signature", "lexical_declaration")
STATEMENT = re.compile(r"_statement$|_declaration$|^function_signature$|^method_definition$|"
                       r"^public_field_definition$")


def parse(rel: str, src: bytes) -> tree_sitter.Tree:
    return tree_sitter.Parser(LANGUAGES[Path(rel).suffix]).parse(src)


def parses(rel: str, text: str) -> bool:
    return not parse(rel, text.encode()).root_node.has_error


def statement_lines(rel: str, text: str) -> list[tuple[int, int]]:
    spans, stack = [], [parse(rel, text.encode()).root_node]
    while stack:
        node = stack.pop()
        if STATEMENT.search(node.type):
            spans.append((node.start_point[0] + 1, node.end_point[0] + 1))
        stack.extend(node.children)
    return spans


def name_node(decl: tree_sitter.Node) -> tree_sitter.Node | None:
    """The identifier a declaration declares (`const f = ...` with one declarator too)."""
    if decl.type == "lexical_declaration":
        declarators = [c for c in decl.named_children if c.type == "variable_declarator"]
        name = declarators[0].child_by_field_name("name") if len(declarators) == 1 else None
        return name if name is not None and name.type == "identifier" else None
    return decl.child_by_field_name("name")


def declared_name(decl: tree_sitter.Node) -> str | None:
    name = name_node(decl)
    return name.text.decode() if name is not None else None


def function_node(decl: tree_sitter.Node) -> tree_sitter.Node | None:
    """The function a declaration defines: `function f(...) {}`, or `const f = (...) => {}` /
    `const f = function (...) {}` with a parenthesised parameter list."""
    if decl.type == "function_declaration":
        return decl
    if decl.type != "lexical_declaration" or name_node(decl) is None:
        return None
    value = next(c for c in decl.named_children if c.type == "variable_declarator") \
        .child_by_field_name("value")
    if value is not None and value.type in ("arrow_function", "function_expression") and \
            value.child_by_field_name("parameters") is not None:
        return value
    return None


@dataclass
class JsFile:
    rel: str
    src: bytes
    tree: tree_sitter.Tree

    @property
    def text(self) -> str:
        return self.src.decode()

    def edit(self, *edits: tuple[int, int, str]) -> str:
        """The text with each byte range [start, end) replaced."""
        src = self.src
        for start, end, new in sorted(edits, reverse=True):
            src = src[:start] + new.encode() + src[end:]
        return src.decode()

    def line_span(self, node: tree_sitter.Node) -> tuple[int, int]:
        """Bytes of the whole lines node covers, with the final newline."""
        start = self.src.rfind(b"\n", 0, node.start_byte) + 1
        end = self.src.find(b"\n", node.end_byte)
        return start, len(self.src) if end < 0 else end + 1

    @property
    def typescript(self) -> bool:
        return self.rel.endswith((".ts", ".tsx"))

    def stem(self) -> str:
        name = posixpath.basename(self.rel).split(".")[0]
        return posixpath.basename(posixpath.dirname(self.rel)) if name == "index" else name


def walk(node: tree_sitter.Node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.children))


def leading_comments_start(node: tree_sitter.Node) -> int:
    """Where the comments right above a statement start (its own start if it has none)."""
    start, previous = node.start_byte, node.prev_sibling
    while previous is not None and previous.type == "comment":
        start, previous = previous.start_byte, previous.prev_sibling
    return start


def remove_item(f: JsFile, node: tree_sitter.Node) -> tuple[int, int, str]:
    """Edit removing a list item (specifier, parameter) with its separating comma."""
    nxt, prev = node.next_sibling, node.prev_sibling
    if nxt is not None and nxt.type == ",":
        end = nxt.end_byte
        while end < len(f.src) and f.src[end:end + 1] in (b" ", b"\t"):
            end += 1
        return node.start_byte, end, ""
    if prev is not None and prev.type == ",":
        return prev.start_byte, node.end_byte, ""
    return node.start_byte, node.end_byte, ""


class JsTree:
    """Every JS/TS source file of a checkout with its imports, exported declarations, calls."""

    def __init__(self, root: Path, suffixes: tuple[str, ...]):
        self.suffixes = suffixes
        self.files: dict[str, JsFile] = {}
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root).as_posix()
            if path.suffix in suffixes and not rel.endswith(".d.ts") and path.is_file() \
                    and not rel.startswith(".git/"):
                src = path.read_bytes()
                self.files[rel] = JsFile(rel, src, parse(rel, src))
        # (target file, imported name) -> [(importer, local name, specifier node)]
        self.importers: dict[tuple[str, str], list[tuple[JsFile, str, tree_sitter.Node]]] = {}
        self.file_importers: dict[str, set[str]] = {}
        self.imports: dict[str, list[tuple[tree_sitter.Node, str | None]]] = {}
        for f in self.files.values():
            self._index_imports(f)
        self._attribute_reads: AttributeReads | None = None

    def resolve(self, importer: str, spec: str) -> str | None:
        if not spec.startswith("."):
            return None
        base = posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec))
        stems = [base] + ([base[:-3]] if base.endswith(".js") else [])
        for stem in stems:
            for suffix in RESOLVE_SUFFIXES:
                if stem + suffix in self.files:
                    return stem + suffix
        return None

    def _index_imports(self, f: JsFile) -> None:
        for stmt in f.tree.root_node.children:
            source = stmt.child_by_field_name("source")
            if stmt.type not in ("import_statement", "export_statement") or source is None:
                continue
            target = self.resolve(f.rel, source.text.decode()[1:-1])
            self.imports.setdefault(f.rel, []).append((stmt, target))
            if target is None:
                continue
            self.file_importers.setdefault(target, set()).add(f.rel)
            clause = next((c for c in stmt.children if c.type == "import_clause"), None)
            default = next((c for c in clause.named_children if c.type == "identifier"), None) \
                if clause is not None else None
            if default is not None:  # `import name from './m'`
                self.importers.setdefault((target, "default"), []).append(
                    (f, default.text.decode(), default))
            for spec in walk(stmt):
                if spec.type in ("import_specifier", "export_specifier"):
                    name = spec.child_by_field_name("name")
                    alias = spec.child_by_field_name("alias") or name
                    local = alias.text.decode() if stmt.type == "import_statement" else None
                    self.importers.setdefault((target, name.text.decode()), []).append(
                        (f, local, spec))

    # ------------------------------------------------------------------ facts

    def top_level(self, f: JsFile):
        """(statement, declaration, name) for each top-level declaration, exported or not."""
        for stmt in f.tree.root_node.children:
            decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" \
                else stmt
            if decl is not None and decl.type in DECLARATIONS:
                name = declared_name(decl)
                if name:
                    yield stmt, decl, name

    def default_export(self, f: JsFile) -> tuple[tree_sitter.Node, str] | None:
        """(the statement, the name) of `export default name;` or `export default function
        name() {}` (a class too), if f has one."""
        for stmt in f.tree.root_node.children:
            if stmt.type != "export_statement" or not any(c.type == "default" for c in stmt.children):
                continue
            value, decl = stmt.child_by_field_name("value"), stmt.child_by_field_name("declaration")
            if value is not None and value.type == "identifier":
                return stmt, value.text.decode()
            if decl is not None and (name := declared_name(decl)):
                return stmt, name
        return None

    def importers_of(self, f: JsFile, name: str) -> list[tuple[JsFile, str | None, tree_sitter.Node]]:
        """Who imports `name` of f: by its name, or by a default import when f default-exports it."""
        default = self.default_export(f)
        return self.importers.get((f.rel, name), []) + (
            self.importers.get((f.rel, "default"), []) if default and default[1] == name else [])

    def calls(self, f: JsFile, name: str) -> list[tree_sitter.Node]:
        """Argument lists of calls of `name` of f, in f and through imports of it."""
        callers = [(f, name)] + [(imp, local) for imp, local, _ in self.importers_of(f, name)
                                 if local]
        out = []
        for file, local in callers:
            for node in walk(file.tree.root_node):
                fn = node.child_by_field_name("function") if node.type == "call_expression" \
                    else None
                if fn is not None and fn.type == "identifier" and fn.text.decode() == local:
                    args = node.child_by_field_name("arguments")
                    if args is not None and args.type == "arguments":
                        out.append(args)
        return out

    # ------------------------------------------------------------------ candidates

    def candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for f in self.files.values():
            groups: dict[str, list] = {}
            for stmt, decl, name in self.top_level(f):
                groups.setdefault(name, []).append((stmt, decl))
            for name, group in groups.items():
                out += self._definition_candidates(f, name, group)
            out += self._import_candidates(f)
            out += self._local_candidates(f)
            out += self._reorder_candidates(f)
            out += self._member_kind_candidates(f)
            out.append(Candidate("add_unused_function", f.rel,
                                 lambda f=f: self._add_unused_function(f)))
            if self.file_importers.get(f.rel, set()) - {f.rel}:
                out.append(Candidate("delete_module", f.rel, lambda f=f: Mutation(
                    "delete_module", f"delete {f.rel}", {f.rel: None}, (f.stem(),))))
        return out

    def _definition_candidates(self, f: JsFile, name: str, group: list) -> list[Candidate]:
        out = []
        key = f"{f.rel}:{name}"
        exported = all(stmt.type == "export_statement" for stmt, _ in group)
        default = self.default_export(f)
        if default is not None and default[1] == name:
            return self._default_candidates(f, name, group, default[0]) + \
                self._call_candidates(f, name, group)
        if exported and any(local for _, local, _ in self.importers.get((f.rel, name), [])):
            out.append(Candidate("remove_symbol", key, lambda: Mutation(
                "remove_symbol", f"remove {key}",
                {f.rel: f.edit(*[(*f.line_span(s), "") for s, _ in group])}, (name,))))
            out.append(Candidate("rename_definition", key, lambda: Mutation(
                "rename_definition", f"rename {key} at its definition",
                {f.rel: f.edit(*[(n.start_byte, n.end_byte, f"{name}Renamed") for _, d in group
                                 for n in [name_node(d)] if n is not None])},
                (name,))))
            out.append(Candidate("drop_export", key, lambda: Mutation(
                "drop_export", f"{key}: `export` keyword dropped",
                {f.rel: f.edit(*[(s.start_byte, d.start_byte, "") for s, d in group])}, (name,))))
        return out + self._call_candidates(f, name, group)

    def _default_candidates(self, f: JsFile, name: str, group: list,
                            export: tree_sitter.Node) -> list[Candidate]:
        """The breaking kinds of the one declaration a module default-exports (lodash's
        `function chunk() {}` with `export default chunk;`, or `export default function chunk`),
        which other modules default-import; the module's name is a term too, as its importers
        may call it by another name."""
        if not any(local for _, local, _ in self.importers.get((f.rel, "default"), [])):
            return []
        key, terms = f"{f.rel}:{name}", (name, f.stem())
        inline = any(stmt == export for stmt, _ in group)  # `export default function name`
        removed = [(*f.line_span(s), "") for s, _ in group] + \
            ([] if inline else [(*f.line_span(export), "")])
        declaration = next(d for s, d in group if s == export) if inline else None
        dropped = (export.start_byte, declaration.start_byte, "") if inline else \
            (*f.line_span(export), "")
        return [
            Candidate("remove_symbol", key, lambda: Mutation(
                "remove_symbol", f"remove {key} (the default export)", {f.rel: f.edit(*removed)},
                terms)),
            Candidate("rename_definition", key, lambda: Mutation(
                "rename_definition", f"rename {key} (the default export) at its definition",
                {f.rel: f.edit(*[(n.start_byte, n.end_byte, f"{name}Renamed") for _, d in group
                                 for n in [name_node(d)] if n is not None])}, terms)),
            Candidate("drop_export", key, lambda: Mutation(
                "drop_export", f"{key}: `export default` dropped", {f.rel: f.edit(dropped)},
                terms)),
        ]

    def _call_candidates(self, f: JsFile, name: str, group: list) -> list[Candidate]:
        out = []
        key = f"{f.rel}:{name}"
        impl = [fn for _, d in group for fn in [function_node(d)] if fn is not None]
        if len(impl) != 1 or len(group) != 1:
            return out  # overloads or redeclarations: not a plain function
        calls = self.calls(f, name)
        if not calls:
            return out
        params = [p for p in impl[0].child_by_field_name("parameters").named_children
                  if p.type != "comment"]
        out.append(Candidate("add_required_param", key,
                             lambda: self._add_param(f, impl[0], name, required=True)))
        out += self._default_candidate(f, impl[0], name, params, calls)
        if not any("rest_pattern" in (p.type, *(c.type for c in p.children[:1])) for p in params):
            out.append(Candidate("add_optional_param", key,
                                 lambda: self._add_param(f, impl[0], name, required=False)))
            passing = [a for a in calls if len([x for x in a.named_children if x.type != "comment"])
                       >= len(params) and not any(x.type == "spread_element" for x in a.children)]
            last = params[-1] if params else None
            pattern = last.child_by_field_name("pattern") if last is not None and \
                last.type in ("required_parameter", "optional_parameter") else last
            if passing and pattern is not None and pattern.type == "identifier":
                out.append(Candidate("remove_passed_param", key, lambda: self._remove_param(
                    f, impl[0], name, last, pattern.text.decode())))
        return out

    # ------------------------------------------------------------------ round 17 kinds

    def _member_kind_candidates(self, f: JsFile) -> list[Candidate]:
        """Overload signatures, enum members, interface members and class methods removed
        (TypeScript), and a default removed that a call relies on."""
        if not f.typescript:
            return []
        out: list[Candidate] = []
        for node in walk(f.tree.root_node):
            if node.type in ("program", "statement_block", "class_body"):
                out += self._overload_candidates(f, node)
            if node.type == "enum_declaration":
                out += self._enum_candidates(f, node)
            elif node.type in ("interface_body", "class_body"):
                out += self._remove_member_candidates(f, node)
        return out

    def _overload_candidates(self, f: JsFile, block) -> list[Candidate]:
        groups: dict[str, list] = {}
        for child in block.named_children:
            decl = child.child_by_field_name("declaration") if child.type == "export_statement" \
                else child
            if decl is not None and decl.type in ("function_signature", "method_signature") \
                    and (name := declared_name(decl)):
                groups.setdefault(name, []).append(child)
        out = []
        for name, signatures in groups.items():
            if len(signatures) < 2:
                continue
            count = len(signatures)
            for i, sig in enumerate(signatures):
                out.append(Candidate("remove_overload", f"{f.rel}:{sig.start_point[0]}:{name}",
                                     lambda sig=sig, i=i, name=name, n=count: Mutation(
                                         "remove_overload", f"{f.rel}:{name}: overload {i + 1} of "
                                         f"{n} removed", {f.rel: self._remove_lines(f, sig)},
                                         (name,))))
        return out

    def _enum_candidates(self, f: JsFile, enum) -> list[Candidate]:
        name, body = declared_name(enum), enum.child_by_field_name("body")
        if not name or body is None:
            return []
        out = []
        for member in body.named_children:
            ident = member.child_by_field_name("name") if member.type == "enum_assignment" \
                else member if member.type == "property_identifier" else None
            if ident is None:
                continue
            text = ident.text.decode()
            used = re.compile(rf"(?<![\w$]){re.escape(name)}\.{re.escape(text)}(?![\w$])")
            if any(used.search(g.text) for g in self.files.values() if g is not f):
                out.append(Candidate("remove_enum_member", f"{f.rel}:{name}.{text}",
                                     lambda member=member, text=text: Mutation(
                                         "remove_enum_member", f"{f.rel}: enum member "
                                         f"`{name}.{text}` removed",
                                         {f.rel: f.edit(remove_item(f, member))}, (text,))))
        return out

    def _remove_member_candidates(self, f: JsFile, body) -> list[Candidate]:
        kinds = ("property_signature", "method_signature") if body.type == "interface_body" \
            else ("method_definition",)
        members = [m for m in body.named_children if m.type in kinds]
        counts: dict[str, int] = {}  # over every member: an overloaded method is not removed
        for m in body.named_children:
            if m.child_by_field_name("name") is not None:
                counts[declared_name(m)] = counts.get(declared_name(m), 0) + 1
        out = []
        for m in members:
            name = declared_name(m)
            if not name or counts[name] != 1 or name == "constructor" or not self._alone(f, m):
                continue
            if not self._read_as_attribute(f, name):
                continue
            owner = body.parent.child_by_field_name("name")
            label = f"{owner.text.decode() if owner is not None else '?'}.{name}"
            out.append(Candidate("remove_member", f"{f.rel}:{label}",
                                 lambda m=m, label=label, name=name: Mutation(
                                     "remove_member", f"{f.rel}: member `{label}` removed",
                                     {f.rel: self._remove_lines(f, m)}, (name,))))
        return out

    def _read_as_attribute(self, f: JsFile, name: str) -> bool:
        """Whether another file reads `.name` (or `?.name`)."""
        if not re.fullmatch(r"[\w$]+", name):  # a quoted name: searched for as it is
            read = re.compile(rf"\??\.{re.escape(name)}(?![\w$])")
            return any(read.search(g.text) for g in self.files.values() if g is not f)
        if self._attribute_reads is None:
            self._attribute_reads = AttributeReads({g.rel: g.text for g in self.files.values()},
                                                   r"[\w$]")
        return self._attribute_reads.elsewhere(name, f.rel)

    @staticmethod
    def _alone(f: JsFile, node) -> bool:
        """Whether the node (with a `;` or `,` after it) is all of the lines it is on."""
        start, end = f.line_span(node)
        rest = (f.src[start:node.start_byte] + f.src[node.end_byte:end]).decode()
        return rest.strip() in ("", ";", ",")

    @staticmethod
    def _remove_lines(f: JsFile, node) -> str:
        return f.edit((*f.line_span(node), ""))

    def _default_candidate(self, f: JsFile, decl, name: str, params: list, calls: list):
        """The default of the last parameter removed where a call omits it (TypeScript)."""
        last = params[-1] if params else None
        value = last.child_by_field_name("value") if last is not None and \
            last.type == "required_parameter" else None
        if value is None or not f.typescript:
            return []
        omitted = [a for a in calls if len([x for x in a.named_children if x.type != "comment"])
                   < len(params) and not any(x.type == "spread_element" for x in a.children)]
        if not omitted:
            return []
        kept = last.child_by_field_name("type") or last.child_by_field_name("pattern")
        return [Candidate("remove_default", f"{f.rel}:{name}", lambda: Mutation(
            "remove_default", f"{f.rel}:{name}: default of its last parameter removed (a call "
            "omits it)", {f.rel: f.edit((kept.end_byte, value.end_byte, ""))},
            self._terms(f, name)))]

    def _add_param(self, f: JsFile, decl, name: str, required: bool) -> Mutation:
        params = decl.child_by_field_name("parameters")
        items = [p for p in params.named_children if p.type != "comment"]
        if required:
            new = "extraRequired: unknown" if f.typescript else "extraRequired"
            at, text = params.start_byte + 1, new + (", " if items else "")
            what = "new first parameter `extraRequired`"
        else:
            new = "extraOptional?: unknown" if f.typescript else "extraOptional = undefined"
            at = items[-1].end_byte if items else params.start_byte + 1
            text = (", " if items else "") + new
            what = "new last parameter `extraOptional`, optional"
        kind = "add_required_param" if required else "add_optional_param"
        return Mutation(kind, f"{f.rel}:{name}: {what}", {f.rel: f.edit((at, at, text))},
                        self._terms(f, name))

    def _remove_param(self, f: JsFile, decl, name: str, param, param_name: str) -> Mutation | None:
        body = decl.child_by_field_name("body")
        if body is None or body.type != "statement_block":
            return None
        local = f"\n  let {param_name}: any;" if f.typescript else f"\n  let {param_name};"
        text = f.edit(remove_item(f, param), (body.start_byte + 1, body.start_byte + 1, local))
        return Mutation("remove_passed_param", f"{f.rel}:{name}: last parameter `{param_name}` "
                        "removed (callers pass it)", {f.rel: text}, self._terms(f, name))

    def _terms(self, f: JsFile, name: str) -> tuple[str, ...]:
        """The words that find the files a change of `name` may break: the module's name too
        when it default-exports `name` (a default import may call it anything)."""
        default = self.default_export(f)
        return (name, f.stem()) if default is not None and default[1] == name else (name,)

    def _import_candidates(self, f: JsFile) -> list[Candidate]:
        out = []
        declared = {name for _, _, name in self.top_level(f)}
        for stmt, _ in self.imports.get(f.rel, []):
            if stmt.type != "import_statement":
                continue
            specs = [n for n in walk(stmt) if n.type == "import_specifier"]
            clause = next((c for c in stmt.children if c.type == "import_clause"), None)
            for spec in specs:
                local = (spec.child_by_field_name("alias") or spec.child_by_field_name("name"))
                local_name = local.text.decode()
                uses = word_count(f.text, local_name) - word_count(stmt.text.decode(), local_name)
                if uses < 1 or local_name in declared:
                    continue
                alone = len(specs) == 1 and clause is not None and len(clause.named_children) == 1
                out.append(Candidate(
                    "remove_import", f"{f.rel}:{stmt.start_point[0]}:{local_name}",
                    lambda spec=spec, stmt=stmt, alone=alone, n=local_name: Mutation(
                        "remove_import", f"{f.rel}:{stmt.start_point[0] + 1}: import of `{n}` "
                        "removed, its uses kept",
                        {f.rel: f.edit((*f.line_span(stmt), "") if alone else remove_item(f, spec))},
                        (n,))))
        return out

    def _local_candidates(self, f: JsFile) -> list[Candidate]:
        out = []
        for fn in walk(f.tree.root_node):
            if fn.type not in ("function_declaration", "method_definition", "arrow_function",
                               "function_expression"):
                continue
            body = fn.child_by_field_name("body")
            if body is None or body.type != "statement_block":
                continue
            segment = f.src[fn.start_byte:fn.end_byte].decode()
            for decl in body.named_children:
                if decl.type != "lexical_declaration":
                    continue
                for d in decl.named_children:
                    ident = d.child_by_field_name("name") if d.type == "variable_declarator" else None
                    if ident is None or ident.type != "identifier":
                        continue
                    name = ident.text.decode()
                    idents = [n for n in walk(fn) if n.type == "identifier" and n.text == ident.text]
                    if word_count(segment, name) == len(idents) and f"{name}Local" not in f.text:
                        out.append(Candidate(
                            "rename_local", f"{f.rel}:{ident.start_point[0]}:{name}",
                            lambda idents=idents, name=name: Mutation(
                                "rename_local", f"{f.rel}: local `{name}` renamed consistently",
                                {f.rel: f.edit(*[(n.start_byte, n.end_byte, f"{name}Local")
                                                 for n in idents])}, (name,))))
        return out

    def _reorder_candidates(self, f: JsFile) -> list[Candidate]:
        out = []
        stmts = [s for s in f.tree.root_node.children if s.type != "comment"]

        def function_name(stmt):
            decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" \
                and stmt.child_by_field_name("value") is None else stmt
            return declared_name(decl) if decl is not None and decl.type == \
                "function_declaration" else None
        for i, (a, b) in enumerate(itertools.pairwise(stmts)):
            na, nb = function_name(a), function_name(b)
            prev = stmts[i - 1] if i else None
            overloaded = prev is not None and "function_signature" in \
                {prev.type, getattr(prev.child_by_field_name("declaration"), "type", None)}
            if na and nb and na != nb and not overloaded:
                out.append(Candidate("reorder_definitions", f"{f.rel}:{na}", lambda a=a, b=b, na=na,
                                     nb=nb: self._swap(f, a, b, na, nb)))
        return out

    def _swap(self, f: JsFile, a, b, na: str, nb: str) -> Mutation:
        """The two statements swapped with the comments just above each: a JSDoc block
        (`@template O`) belongs to the function under it."""
        (sa, ea), (sb, eb) = ((leading_comments_start(n), n.end_byte) for n in (a, b))
        ta, tb = f.src[sa:ea].decode(), f.src[sb:eb].decode()
        text = f.edit((sa, ea, tb), (sb, eb, ta))
        return Mutation("reorder_definitions", f"{f.rel}: `{na}` and `{nb}` swapped",
                        {f.rel: text}, (na, nb))

    def _add_unused_function(self, f: JsFile) -> Mutation:
        text = f.text if f.text.endswith("\n") or not f.text else f.text + "\n"
        text += "\nfunction benchUnusedHelper() {\n  return undefined;\n}\n"
        return Mutation("add_unused_function", f"{f.rel}: new unused function appended",
                        {f.rel: text}, ("benchUnusedHelper",))
