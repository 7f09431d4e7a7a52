"""Real-package benchmark for `impact`: recall, false positives and speed on shipped code.

What it does
------------
1. Downloads two real packages at pinned versions: the PyPI source distribution of
   `rich` (pure Python, modules import each other a lot) and the npm tarball of
   `date-fns` (ESM `.js` files importing each other through `./x.js` specifiers, shipped
   beside `.cjs`, `.d.ts` and `.d.cts` files). Each tree is committed as shipped into a
   scratch git repository (commit 1).
2. Mutation "remove a function": picks, deterministically, the public function with the
   most in-package import sites (and, when it is another one, the public function most
   used as `module.f`), deletes its definition (in JS also `export default f;`), commits,
   and runs `impact diff HEAD~1 HEAD --format json`. The broken sites are
   computed independently (Python: `ast`; JS: a comment/string-aware scanner plus
   regexes for import/export statements): every import and named re-export of the name
   from its module, every `mod.f` through a module/namespace import, every remaining use
   in the defining module, and imports of the name through modules that `export *` it.
   Per package it prints each expected site with what impact reported there, the
   recall, and every other finding (a potential false positive). By DESIGN.md, IMP201 at
   the old definition is expected and `export * from` lines are not broken sites
   themselves (valid ESM; tsc and eslint-plugin-import do not report them): both are
   listed separately.
3. Mutation "pure refactor": from commit 1, renames the private function with the most
   import sites, consistently (definition, every import, every use); expects zero
   findings. Private, because renaming a public function removes public API, which
   DESIGN.md reports (IMP201) even when every in-repo use was updated.
4. Timing: the date-fns tree as shipped (> 5,000 files) with a second commit that adds
   a small wrapper function to 5 modules; times `impact diff HEAD~1 HEAD --format json`
   over 3 runs and prints min/median with the machine description. Measured, never
   asserted.

How to run
----------
    python benchmarks/real_packages.py                  # with the project venv active
    python benchmarks/real_packages.py --expected-only  # only build the repositories and
                                                        # print the expected sites
    python benchmarks/real_packages.py --work DIR       # another working directory

impact is run as `python -m impact` with the interpreter running this script; the
project root is put on PYTHONPATH so a plain checkout works too. Needs git, pip, npm
(and node, optional, for a syntax check of edited JS files). Downloads are cached in
benchmarks/.work/downloads/ (gitignored); the scratch repositories are rebuilt each run
in benchmarks/.work/repos/. Exit status: 0 when the report was produced, 2 when
something could not be set up (download, git, impact not runnable).
"""

from __future__ import annotations

import argparse
import ast
import posixpath
import re
import shutil
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from corpora import (
    DEFAULT_WORK,
    ImpactRun,
    PyFile,
    SetupError,
    check_impact_runs,
    commit,
    create_repo,
    download_npm_tarball,
    download_pypi_sdist,
    git,
    is_src_layout,
    machine_description,
    py_module_name,
    run,
    run_impact,
    sha256,
    start_branch,
)

PYPI_PACKAGE = ("rich", "13.9.4")
NPM_PACKAGE = ("date-fns", "4.1.0")
TIMING_RUNS = 3
TIMING_FILES_TOUCHED = 5


def apply_edits(text: str, edits: list[tuple[int, str, str]]) -> str:
    """Replace `old` by `new` at each character offset, checking `old` is there."""
    for offset, old, new in sorted(set(edits), reverse=True):
        if text[offset:offset + len(old)] != old:
            raise AssertionError(f"edit at {offset}: expected {old!r}")
        text = text[:offset] + new + text[offset + len(old):]
    return text


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# --------------------------------------------------------------------------- expected sites


@dataclass(frozen=True, order=True)
class Site:
    """A place the mutation breaks: [line, end_line] in head, and the codes that fit it."""

    file: str
    line: int
    end_line: int
    kind: str
    codes: tuple[str, ...]


@dataclass
class Candidate:
    module: str     # dotted module (Python) or file path (JS)
    file: str
    name: str
    import_sites: int
    attribute_sites: int  # `mod.f` through a module or namespace import


@dataclass
class Expected:
    sites: list[Site]
    star_reexports: list[Site] = field(default_factory=list)  # listed, not broken


# --------------------------------------------------------------------------- Python (ast)


def unshadowed_loads(tree: ast.AST, name: str) -> list[ast.Name]:
    """`name` read where no enclosing function binds it (parameter or assignment)."""
    found: list[ast.Name] = []

    def binds(fn: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> bool:
        a = fn.args
        params = [*a.posonlyargs, *a.args, *a.kwonlyargs, *filter(None, [a.vararg, a.kwarg])]
        return any(p.arg == name for p in params) or any(
            isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
            for n in ast.walk(fn))

    def visit(node: ast.AST, shadowed: bool) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            outer = [*getattr(node, "decorator_list", []), *node.args.defaults,
                     *filter(None, node.args.kw_defaults)]
            for child in outer:
                visit(child, shadowed)
            inner = shadowed or binds(node)
            for child in node.body if isinstance(node.body, list) else [node.body]:
                visit(child, inner)
            return
        if (isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load)
                and not shadowed):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child, shadowed)

    visit(tree, False)
    return found


def dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return base and f"{base}.{node.attr}"
    return None


class PythonTree:
    """Every .py file of a checkout, parsed, with module names and import resolution."""

    label = "Python"

    def __init__(self, root: Path):
        self.root = root
        self.files: dict[str, PyFile] = {}
        src_layout = is_src_layout(root)
        for path in sorted(root.rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            text = path.read_text(encoding="utf-8")
            module, is_pkg = py_module_name(rel, src_layout)
            self.files[rel] = PyFile(rel, module, is_pkg, text, ast.parse(text, rel))
        self.modules = {f.module: rel for f in self.files.values()}
        self.import_froms = [(f, node, self.resolve_from(f, node)) for f in self.files.values()
                             for node in ast.walk(f.tree) if isinstance(node, ast.ImportFrom)]
        self.attribute_uses: dict[tuple[str, str], list[tuple[PyFile, ast.Attribute]]] = {}
        for f in self.files.values():
            self.index_attribute_uses(f)

    def __len__(self) -> int:
        return len(self.files)

    def resolve_from(self, f: PyFile, node: ast.ImportFrom) -> str | None:
        return f.import_target(node)

    def imports_of(self, module: str, name: str):
        """(file, ImportFrom, alias) for every `from <module> import name`."""
        for f, node, target in self.import_froms:
            if target == module:
                for alias in node.names:
                    if alias.name == name:
                        yield f, node, alias

    def index_attribute_uses(self, f: PyFile) -> None:
        """Record every `m.attr` in f where `m` is bound to a module of this tree."""
        bound: dict[str, str] = {}
        for node in ast.walk(f.tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    local = a.asname or a.name.split(".")[0]
                    bound[local] = a.name if a.asname else local
            elif isinstance(node, ast.ImportFrom):
                target = self.resolve_from(f, node)
                for a in node.names:
                    if target and f"{target}.{a.name}" in self.modules:
                        bound[a.asname or a.name] = f"{target}.{a.name}"
        for node in ast.walk(f.tree):
            if isinstance(node, ast.Attribute):
                head, _, rest = (dotted(node.value) or "").partition(".")
                module = ".".join(filter(None, [bound.get(head), rest]))
                if head in bound and module in self.modules:
                    self.attribute_uses.setdefault((module, node.attr), []).append((f, node))

    def all_entries(self, f: PyFile, name: str) -> list[ast.Constant]:
        entries = []
        for node in f.tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
            if "__all__" in {dotted(t) for t in targets} and node.value is not None:
                entries += [c for c in ast.walk(node.value)
                            if isinstance(c, ast.Constant) and c.value == name]
        return entries

    def candidates(self) -> list[Candidate]:
        """Top-level functions bound exactly once in their module, with import-site counts."""
        counts: dict[tuple[str | None, str], int] = {}
        for _, node, target in self.import_froms:
            for alias in node.names:
                counts[(target, alias.name)] = counts.get((target, alias.name), 0) + 1
        out = []
        for f in self.files.values():
            bindings: dict[str, int] = {}
            for node in ast.walk(f.tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    bindings[node.name] = bindings.get(node.name, 0) + 1
                elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                    bindings[node.id] = bindings.get(node.id, 0) + 1
                elif isinstance(node, (ast.Import, ast.ImportFrom)):
                    for a in node.names:
                        local = a.asname or a.name.split(".")[0]
                        bindings[local] = bindings.get(local, 0) + 1
            for node in f.tree.body:
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                        and bindings[node.name] == 1:
                    out.append(Candidate(
                        f.module, f.rel, node.name, counts.get((f.module, node.name), 0),
                        len(self.attribute_uses.get((f.module, node.name), []))))
        return out

    def is_star_imported(self, module: str) -> bool:
        return any(alias.name == "*" for _, _, alias in self.imports_of(module, "*"))

    def function_node(self, cand: Candidate) -> ast.FunctionDef | ast.AsyncFunctionDef:
        return next(n for n in self.files[cand.file].tree.body
                    if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                    and n.name == cand.name)

    def definition_line(self, cand: Candidate) -> int:
        return self.function_node(cand).lineno

    def remove_function(self, cand: Candidate) -> None:
        f, node = self.files[cand.file], self.function_node(cand)
        first = min([node.lineno] + [d.lineno for d in node.decorator_list])
        lines = f.text.splitlines(keepends=True)
        new_text = "".join(lines[:first - 1] + lines[node.end_lineno:])
        ast.parse(new_text)
        (self.root / cand.file).write_text(new_text, encoding="utf-8")

    def expected_sites(self, cand: Candidate) -> Expected:
        sites = set()
        for f, node, _ in self.imports_of(cand.module, cand.name):
            sites.add(Site(f.rel, node.lineno, node.end_lineno, "import", ("IMP101",)))
        for f, node in self.attribute_uses.get((cand.module, cand.name), []):
            sites.add(Site(f.rel, node.lineno, node.end_lineno, "module.attr", ("IMP103",)))
        defining = self.files[cand.file]
        for node in unshadowed_loads(defining.tree, cand.name):
            sites.add(Site(cand.file, node.lineno, node.lineno, "use in module", ("IMP105",)))
        for node in self.all_entries(defining, cand.name):
            sites.add(Site(cand.file, node.lineno, node.lineno, "__all__ entry", ("IMP104",)))
        return Expected(sorted(sites))

    def rename(self, cand: Candidate, new: str) -> list[str]:
        """Rename a function, its imports and every use; returns the files changed."""
        old = cand.name
        edits: dict[str, list[tuple[int, str, str]]] = {}

        def edit(f: PyFile, lineno: int, byte_col: int) -> None:
            edits.setdefault(f.rel, []).append((f.offset(lineno, byte_col), old, new))

        defining, node = self.files[cand.file], self.function_node(cand)
        def_line = defining.text.splitlines()[node.lineno - 1]
        edits[cand.file] = [(defining.offset(node.lineno, 0)
                             + re.search(rf"def\s+({old})\b", def_line).start(1), old, new)]
        for use in unshadowed_loads(defining.tree, old):
            edit(defining, use.lineno, use.col_offset)
        for entry in self.all_entries(defining, old):
            edit(defining, entry.lineno, entry.col_offset + 1)
        for f, _, alias in self.imports_of(cand.module, old):
            edit(f, alias.lineno, alias.col_offset)
            if alias.asname is None:
                for use in unshadowed_loads(f.tree, old):
                    edit(f, use.lineno, use.col_offset)
        for f, use in self.attribute_uses.get((cand.module, old), []):
            edit(f, use.end_lineno, use.end_col_offset - len(old.encode()))
        for rel, file_edits in edits.items():
            text = apply_edits(self.files[rel].text, file_edits)
            ast.parse(text, rel)
            (self.root / rel).write_text(text, encoding="utf-8")
        return sorted(edits)


# --------------------------------------------------------------------------- JavaScript (ESM)

REGEX_PRECEDERS = set("(,=:[!&|?{};+-*%<>~^")
REGEX_KEYWORDS = {"return", "typeof", "case", "do", "else", "in", "of", "new", "delete",
                  "void", "throw", "yield", "await", "instanceof"}
IDENT = re.compile(r"[\w$]+")
JS_SPECIAL = re.compile(r"""//[^\n]*|/\*.*?(?:\*/|\Z)|'(?:\\.|[^'\\\n])*'?"""
                        r"""|"(?:\\.|[^"\\\n])*"?|`(?:\\.|[^`\\])*`?|/""", re.DOTALL)
JS_IMPORT = re.compile(r"^[ \t]*import\s+([\w${*][^;'\"]*?)\s*from\s*(['\"])([^'\"]+)\2", re.MULTILINE)
JS_EXPORT_FROM = re.compile(r"^[ \t]*export\s+([{*][^;'\"]*?)\s*from\s*(['\"])([^'\"]+)\2", re.MULTILINE)
JS_EXPORT_FUNCTION = re.compile(r"^export\s+(?:async\s+)?function\s*\*?\s*([\w$]+)\s*\(", re.MULTILINE)
JS_NAMED_ENTRY = re.compile(r"([\w$]+)(?:\s+as\s+([\w$]+))?")


def regex_literal_end(text: str, i: int) -> int:
    """Offset of the closing `/` of the regex literal starting at i (flags follow it)."""
    j, in_class = i + 1, False
    while j < len(text) and text[j] != "\n":
        c = text[j]
        if c == "\\":
            j += 1
        elif c == "[":
            in_class = True
        elif c == "]":
            in_class = False
        elif c == "/" and not in_class:
            return j
        j += 1
    return j


def regex_allowed(text: str, slash: int) -> bool:
    """Whether a `/` at this offset starts a regex literal (judged by the token before)."""
    j = slash - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] in REGEX_PRECEDERS:
        return True
    k = j
    while k >= 0 and (text[k].isalnum() or text[k] in "_$"):
        k -= 1
    return text[k + 1:j + 1] in REGEX_KEYWORDS


def js_blank(text: str, strings: bool) -> str:
    """Blank comments (and with `strings`, literal contents) keeping offsets and newlines."""
    out, done, i = [], 0, 0

    def blank(start: int, end: int) -> None:
        nonlocal done
        out.append(text[done:start])
        out.append(re.sub(r"[^\n]", " ", text[start:end]))
        done = end

    while m := JS_SPECIAL.search(text, i):
        start, end = m.span()
        if m.group().startswith(("//", "/*")):
            blank(start, end)
        elif m.group() == "/":
            if regex_allowed(text, start):
                close = regex_literal_end(text, start)
                if strings:
                    blank(start + 1, close)
                end = close + 1
        elif strings:
            blank(start + 1, end - 1)
        i = end
    out.append(text[done:])
    return "".join(out)


@dataclass
class JsStatement:
    file: str
    kind: str                 # "import" or "export"
    line: int
    end_line: int
    target: str | None        # resolved repo-relative file
    default: str | None       # `import d from`
    namespace: str | None     # `import * as ns from` / `export * as ns from`
    star: bool                # `export * from`
    named: list[tuple[str, str | None, int]]  # (imported, alias, offset of imported)


class EsmTree:
    """Every ESM .js/.mjs file of a checkout with its import/export-from statements."""

    label = "JavaScript"

    def __init__(self, root: Path):
        self.root = root
        self.all_files = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        self.text: dict[str, str] = {}
        self.code: dict[str, str] = {}    # comments blanked
        self.idents: dict[str, str] = {}  # comments and literal contents blanked
        self.statements: list[JsStatement] = []
        for rel in sorted(r for r in self.all_files if r.endswith((".js", ".mjs"))):
            text = (root / rel).read_text(encoding="utf-8")
            self.text[rel], self.code[rel] = text, js_blank(text, strings=False)
            self.idents[rel] = js_blank(text, strings=True)
            self.statements += self.parse_statements(rel)
        self.namespace_uses: dict[tuple[str, str], list[tuple[str, int]]] = {}
        for s in self.statements:
            if s.namespace and s.kind == "import":
                pattern = rf"(?<![\w$.]){re.escape(s.namespace)}\s*\.\s*([\w$]+)"
                for m in re.finditer(pattern, self.idents[s.file]):
                    self.namespace_uses.setdefault((s.target, m.group(1)), []).append(
                        (s.file, m.start(1)))

    def __len__(self) -> int:
        return len(self.text)

    def resolve(self, importer: str, spec: str) -> str | None:
        if not spec.startswith("."):
            return None
        path = posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec))
        return next((c for c in (path, f"{path}.js", f"{path}.mjs", f"{path}/index.js")
                     if c in self.all_files), None)

    def parse_statements(self, rel: str) -> list[JsStatement]:
        code, out = self.code[rel], []
        for kind, pattern in (("import", JS_IMPORT), ("export", JS_EXPORT_FROM)):
            for m in pattern.finditer(code):
                clause, clause_at = m.group(1), m.start(1)
                braces = re.search(r"\{([^}]*)\}", clause)
                named = [(e.group(1), e.group(2), clause_at + braces.start(1) + e.start(1))
                         for e in JS_NAMED_ENTRY.finditer(braces.group(1))] if braces else []
                rest = clause[:braces.start()] + clause[braces.end():] if braces else clause
                ns = re.search(r"\*\s*as\s+([\w$]+)", rest)
                default = re.match(r"\s*([\w$]+)", rest) if kind == "import" else None
                out.append(JsStatement(
                    rel, kind, line_of(code, m.start(1)), line_of(code, m.end()),
                    self.resolve(rel, m.group(3)), default and default.group(1),
                    ns and ns.group(1), rest.strip() == "*", named))
        return out

    def identifier_uses(self, rel: str, name: str) -> list[int]:
        """Offsets of `name` as an identifier (not a property) outside literals/comments."""
        return [m.start() for m in re.finditer(rf"(?<![\w$.]){re.escape(name)}(?![\w$])",
                                               self.idents[rel])]

    def candidates(self) -> list[Candidate]:
        counts: dict[tuple[str, str], int] = {}
        for s in self.statements:
            for imported, _, _ in s.named:
                counts[(s.target, imported)] = counts.get((s.target, imported), 0) + 1
        out = []
        for rel, code in self.code.items():
            for m in JS_EXPORT_FUNCTION.finditer(code):
                name = m.group(1)
                declarations = re.findall(
                    rf"(?:function\s*\*?|const|let|var|class)\s+{re.escape(name)}(?![\w$])",
                    self.idents[rel])
                if len(declarations) == 1:
                    out.append(Candidate(rel, rel, name, counts.get((rel, name), 0),
                                         len(self.namespace_uses.get((rel, name), []))))
        return out

    def is_star_imported(self, module: str) -> bool:
        return any(s.star and s.target == module for s in self.statements)

    def function_match(self, cand: Candidate) -> re.Match:
        return next(m for m in JS_EXPORT_FUNCTION.finditer(self.code[cand.file])
                    if m.group(1) == cand.name)

    def definition_line(self, cand: Candidate) -> int:
        return line_of(self.code[cand.file], self.function_match(cand).start())

    def remove_function(self, cand: Candidate) -> None:
        """Delete `export function f(...) {...}` and `export default f;` lines."""
        text, idents = self.text[cand.file], self.idents[cand.file]
        m = self.function_match(cand)
        end = matching(idents, m.end() - 1, "(", ")")
        end = matching(idents, idents.index("{", end), "{", "}")
        line_end = text.find("\n", end)
        text = text[:m.start()] + text[line_end + 1 if line_end >= 0 else len(text):]
        text = re.sub(rf"^export\s+default\s+{re.escape(cand.name)}\s*;?[ \t]*\n", "", text,
                      flags=re.MULTILINE)
        (self.root / cand.file).write_text(text, encoding="utf-8")

    def default_export_removed(self, cand: Candidate) -> bool:
        return not re.search(r"^\s*export\s+default\b", self.code.get(cand.file, ""), re.MULTILINE)

    def providers(self, module: str, name: str) -> tuple[set[str], list[JsStatement]]:
        """Modules exporting `name` from `module` through `export *` chains."""
        providers, stars = {module}, []
        changed = True
        while changed:
            changed = False
            for s in self.statements:
                if s.star and s.target in providers and s.file not in providers \
                        and not self.identifier_uses(s.file, name):
                    providers.add(s.file)
                    stars.append(s)
                    changed = True
        return providers, stars

    def expected_sites(self, cand: Candidate, default_removed: bool = False) -> Expected:
        providers, stars = self.providers(cand.module, cand.name)
        sites = set()
        for s in self.statements:
            if s.target not in providers:
                continue
            kind, codes = ("import", ("IMP101",)) if s.kind == "import" else \
                ("named re-export", ("IMP104", "IMP101"))
            if any(imported == cand.name for imported, _, _ in s.named):
                sites.add(Site(s.file, s.line, s.end_line, kind, codes))
            if default_removed and s.target == cand.module and (
                    s.default or any(imported == "default" for imported, _, _ in s.named)):
                sites.add(Site(s.file, s.line, s.end_line, f"default {kind}", codes))
        for provider in providers:
            for rel, offset in self.namespace_uses.get((provider, cand.name), []):
                line = line_of(self.text[rel], offset)
                sites.add(Site(rel, line, line, "namespace.attr", ("IMP103",)))
        if cand.module in self.idents:
            code = self.code[cand.module]
            for offset in self.identifier_uses(cand.module, cand.name):
                line = line_of(code, offset)
                in_export = re.search(r"export\s*\{[^}]*$", code[:offset])
                sites.add(Site(cand.module, line, line, "use in module",
                               ("IMP104",) if in_export else ("IMP105",)))
        star_sites = [Site(s.file, s.line, s.end_line, "export * from", ()) for s in stars]
        return Expected(sorted(sites), sorted(star_sites))

    def rename(self, cand: Candidate, new: str) -> list[str]:
        old, edits = cand.name, {}
        edits[cand.module] = [(o, old, new) for o in self.identifier_uses(cand.module, old)]
        for s in self.statements:
            if s.target != cand.module:
                continue
            file_edits = edits.setdefault(s.file, [])
            for imported, alias, offset in s.named:
                if imported != old:
                    continue
                if s.kind == "import" and alias is None:
                    file_edits += [(o, old, new) for o in self.identifier_uses(s.file, old)]
                else:
                    file_edits.append((offset, old, new if alias else f"{new} as {old}"))
        for rel, offset in self.namespace_uses.get((cand.module, old), []):
            edits.setdefault(rel, []).append((offset, old, new))
        changed = sorted(rel for rel, e in edits.items() if e)
        for rel in changed:
            (self.root / rel).write_text(apply_edits(self.text[rel], edits[rel]), encoding="utf-8")
        return changed


def matching(text: str, start: int, open_: str, close: str) -> int:
    """Offset of the bracket closing the one at `start` (text must have literals blanked)."""
    depth = 0
    for i in range(start, len(text)):
        depth += (text[i] == open_) - (text[i] == close)
        if depth == 0:
            return i
    raise ValueError(f"unbalanced {open_!r} at {start}")


def check_js_syntax(root: Path, files: list[str]) -> str:
    """Parse the files as ES modules with node (one process); '' when all parse.

    Without node the check is skipped: it only guards this script's own edits.
    """
    script = ("const vm=require('vm'),fs=require('fs');const bad=[];"
              "for(const f of process.argv.slice(1)){try{new vm.SourceTextModule("
              "fs.readFileSync(f,'utf8'))}catch(e){bad.push(f+': '+e.message)}}"
              "console.log(bad.join('\\n'))")
    if shutil.which("node") is None:
        return ""
    return run(["node", "--experimental-vm-modules", "--no-warnings", "-e", script, *files],
               cwd=root).strip()


# --------------------------------------------------------------------------- steps 3 and 4


def is_public(cand: Candidate) -> bool:
    parts = re.split(r"[./]", cand.module.removesuffix(".js")) + [cand.name]
    return not any(p.startswith("_") for p in parts)


def pick(tree, public: bool, by: str = "import_sites") -> Candidate | None:
    """The candidate with the most sites of kind `by`, then by module and name.

    The refactor (private) candidate must not be star-imported: renaming it would then
    also change what the star-importing module provides.
    """
    pool = [c for c in tree.candidates() if is_public(c) == public and getattr(c, by) > 0
            and (public or not tree.is_star_imported(c.module))]
    return min(pool, key=lambda c: (-getattr(c, by), c.module, c.name)) if pool else None


def removal_candidates(tree) -> list[tuple[str, Candidate]]:
    """The public function with the most import sites, and the one most used as `mod.f`."""
    by_imports = pick(tree, public=True)
    if by_imports is None:
        raise SetupError("no public function is imported by another module")
    chosen = [("public function with the most import sites", by_imports)]
    by_attribute = pick(tree, public=True, by="attribute_sites")
    if by_attribute is None:
        print("  (no public function is used as `module.f` through a module/namespace import "
              "here, so IMP103 is not exercised)")
    elif by_attribute != by_imports:
        chosen.append(("public function most used as `module.f`", by_attribute))
    return chosen


def finding_at(finding: dict, site: Site) -> bool:
    return (finding.get("revision", "head") == "head" and finding.get("file") == site.file
            and site.line <= (finding.get("line") or 0) <= site.end_line)


def fmt(finding: dict) -> str:
    return (f"{finding.get('code')} {finding.get('file')}:{finding.get('line')} "
            f"[{finding.get('revision', '?')}] {finding.get('symbol')}: {finding.get('message')}")


def evaluate_removal(package: str, cand: Candidate, def_line: int, expected: Expected,
                     result: ImpactRun | None, discrepancies: list[str]) -> str:
    """Print each expected site with impact's findings there and every other finding."""
    print(f"  expected broken sites: {len(expected.sites)} "
          f"({', '.join(f'{k}: {n}' for k, n in count_kinds(expected.sites))}); "
          f"`export * from` lines re-exporting it: {len(expected.star_reexports)}")
    findings = result.findings if result else []
    claimed: set[int] = set()
    hits = 0
    for site in [*expected.sites, *expected.star_reexports]:
        at = [i for i, f in enumerate(findings) if finding_at(f, site)]
        claimed.update(at)
        codes = ",".join(sorted({findings[i].get("code") for i in at})) or "-"
        where = f"{site.file}:{site.line}"
        if site.end_line > site.line:
            where += f"-{site.end_line}"
        want = "/".join(site.codes) or "none"
        ok = any(findings[i].get("code") in site.codes for i in at) if site.codes else not at
        hits += ok and bool(site.codes)
        verdict = "-" if result is None else "ok" if ok else "MISSED" if site.codes else "NOTE"
        print(f"    {site.kind:<16} {where:<44} want {want:<13} got {codes:<14} {verdict}")
        if result is None:
            continue
        if not ok:
            discrepancies.append(f"{package}: {verdict} {site.kind} {where}: "
                                 f"want {want}, got {codes}")
        if len(at) > 1:
            discrepancies.append(f"{package}: {len(at)} findings at one site {where} "
                                 "(one breakage, one finding per site)")
    if result is None:
        return (f"{package}: removed {cand.name}: {len(expected.sites)} expected sites "
                "(impact not run)")
    if result.error:
        print(f"  impact error: {result.error}")
        discrepancies.append(f"{package}: impact error: {result.error}")
    extras, removed_api = [], []
    for i, f in enumerate(findings):
        if i in claimed:
            continue
        if (f.get("code") == "IMP201" and f.get("revision") == "base"
                and f.get("file") == cand.file and f.get("symbol") == cand.name):
            removed_api.append(f)
            note = "" if f.get("line") == def_line else f", but definition was at line {def_line}"
            print(f"  IMP201 at the old definition (expected by DESIGN{note}): "
                  f"{len(f.get('consumers') or [])} consumers listed")
            continue
        extras.append(f)
        print(f"  EXTRA {fmt(f)}")
        discrepancies.append(f"{package}: extra {fmt(f)}")
    if not removed_api:
        print(f"  IMP201 at the old definition ({cand.file}:{def_line}): not reported "
              "(DESIGN: once per removed public symbol)")
        discrepancies.append(f"{package}: no IMP201 for removed public `{cand.name}` "
                             f"({cand.file}:{def_line})")
    recall = hits / len(expected.sites) if expected.sites else 1.0
    print(f"  reported at expected sites: {hits}/{len(expected.sites)}, recall {recall:.1%}; "
          f"extra findings: {len(extras)} | impact exit {result.exit_status} (expected 1), "
          f"{result.seconds:.2f} s")
    return (f"{package}: removed {cand.name}: recall {hits}/{len(expected.sites)} "
            f"({recall:.1%}), extra findings {len(extras)}")


def count_kinds(sites: list[Site]) -> list[tuple[str, int]]:
    kinds: dict[str, int] = {}
    for s in sites:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    return sorted(kinds.items())


def removal_mutation(name: str, repo: Path, base: str, tree, cand: Candidate, why: str,
                     with_impact: bool, discrepancies: list[str]) -> str:
    """Remove `cand` on a branch from `base` (`tree` is the parsed base revision)."""
    start_branch(repo, f"remove-{cand.name}", base)
    def_line = tree.definition_line(cand)
    tree.remove_function(cand)
    commit(repo, f"remove {cand.name} from {cand.file}")
    head = type(tree)(repo)
    if isinstance(head, EsmTree):
        problems = check_js_syntax(repo, [cand.file])
        if problems:
            raise SetupError(f"edited file does not parse: {problems}")
        expected = head.expected_sites(cand, default_removed=head.default_export_removed(cand))
    else:
        expected = head.expected_sites(cand)
    print(f"\n  remove `{cand.name}` ({cand.file}:{def_line}; {cand.import_sites} import sites, "
          f"{cand.attribute_sites} `module.{cand.name}` uses; the {why})")
    result = run_impact(repo) if with_impact else None
    return evaluate_removal(name, cand, def_line, expected, result, discrepancies)


def refactor_mutation(name: str, repo: Path, base: str, tree, with_impact: bool,
                      discrepancies: list[str]) -> str:
    """Rename a private function on a branch from `base` (`tree`: the base revision)."""
    start_branch(repo, "rename-function", base)
    tree_cls = type(tree)
    cand = pick(tree, public=False)
    if cand is None:
        raise SetupError("no private function is imported by another module")
    new = f"{cand.name}Renamed" if tree_cls is EsmTree else f"{cand.name}_renamed"
    changed = tree.rename(cand, new)
    if tree_cls is EsmTree:
        problems = check_js_syntax(repo, changed)
        if problems:
            raise SetupError(f"renamed files do not parse: {problems}")
    commit(repo, f"rename {cand.name} to {new}")
    left = tree_cls(repo).expected_sites(cand).sites
    if left:
        raise SetupError(f"rename left {len(left)} references to {cand.name}: {left[:3]}")
    print(f"\n  pure refactor: rename `{cand.name}` -> `{new}` ({cand.file}; "
          f"{cand.import_sites} import sites; {len(changed)} files changed; "
          "no reference to the old name left)")
    if not with_impact:
        return f"{name}: renamed {cand.name} in {len(changed)} files (impact not run)"
    result = run_impact(repo)
    for f in result.findings:
        print(f"  EXTRA {fmt(f)}")
        discrepancies.append(f"{name} (refactor): extra {fmt(f)}")
    if result.error:
        print(f"  impact error: {result.error}")
        discrepancies.append(f"{name} (refactor): impact error: {result.error}")
    print(f"  findings: {len(result.findings)} (expected 0) | impact exit "
          f"{result.exit_status} (expected 0), {result.seconds:.2f} s")
    return f"{name}: rename {cand.name} ({len(changed)} files): {len(result.findings)} findings"


# --------------------------------------------------------------------------- step 5: timing


def timing(repo: Path, base: str, tree: EsmTree, with_impact: bool) -> None:
    """Step 5 on a branch from `base`; `tree` is the parsed base revision."""
    start_branch(repo, "timing", base)
    files = git(repo, "ls-files").splitlines()
    by_ext: dict[str, int] = {}
    for f in files:
        ext = ".d.ts" if f.endswith(".d.ts") else ".d.cts" if f.endswith(".d.cts") \
            else Path(f).suffix or "(none)"
        by_ext[ext] = by_ext.get(ext, 0) + 1
    source = sum(n for e, n in by_ext.items() if e in {".js", ".mjs", ".cjs", ".ts", ".d.ts",
                                                       ".d.cts", ".py"})
    print(f"  tree: {len(files)} files, {source} source files ("
          + ", ".join(f"{e} {n}" for e, n in sorted(by_ext.items(), key=lambda x: -x[1])[:6]) + ")")
    public = sorted((c.file, c.name) for c in tree.candidates()
                    if "/" not in c.file and is_public(c) and c.file != "index.js")
    step = len(public) // TIMING_FILES_TOUCHED
    touched = [public[i * step] for i in range(TIMING_FILES_TOUCHED)]
    for rel, fn in touched:
        wrapper = (f"\n/**\n * {fn}, but returns `null` instead of throwing.\n */\n"
                   f"export function {fn}OrNull(...args) {{\n  try {{\n"
                   f"    return {fn}(...args);\n  }} catch {{\n    return null;\n  }}\n}}\n")
        with (repo / rel).open("a", encoding="utf-8") as out:
            out.write(wrapper)
    commit(repo, "add OrNull wrappers")
    print("  second commit: an exported `<fn>OrNull` wrapper appended to "
          + ", ".join(rel for rel, _ in touched))
    print(f"  machine: {machine_description()}")
    if not with_impact:
        return
    runs = [run_impact(repo) for _ in range(TIMING_RUNS)]
    times = [r.seconds for r in runs]
    print("  impact diff HEAD~1 HEAD --format json: runs "
          + ", ".join(f"{t:.2f}" for t in times)
          + f" s; min {min(times):.2f} s, median {statistics.median(times):.2f} s; "
          f"findings {len(runs[-1].findings)} (expected 0), exit {runs[-1].exit_status}"
          + (f"; error: {runs[-1].error}" if runs[-1].error else ""))


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK,
                        help="working directory (default: benchmarks/.work)")
    parser.add_argument("--expected-only", action="store_true",
                        help="build the repositories and print expected sites; do not run impact")
    args = parser.parse_args()
    with_impact = not args.expected_only
    downloads, repos = args.work / "downloads", args.work / "repos"
    discrepancies: list[str] = []
    summary: list[str] = []
    try:
        if with_impact:
            check_impact_runs()
        downloads.mkdir(parents=True, exist_ok=True)
        repos.mkdir(parents=True, exist_ok=True)
        packages = [
            (PYPI_PACKAGE, "PyPI sdist", download_pypi_sdist(*PYPI_PACKAGE, downloads),
             PythonTree),
            (NPM_PACKAGE, "npm tarball", download_npm_tarball(*NPM_PACKAGE, downloads), EsmTree),
        ]
        print("impact on real packages")
        for (package, version), source, tarball, tree_cls in packages:
            name = f"{package} {version} ({source})"
            repo = repos / package
            base = create_repo(tarball, repo)
            tree = tree_cls(repo)
            print(f"\n== {name}: {tarball.name} sha256 {sha256(tarball)[:16]}...")
            print(f"  {len(tree)} {tree_cls.label} files analysed by this script; "
                  f"commit 1 = {base[:12]}")
            for why, cand in removal_candidates(tree):
                summary.append(removal_mutation(name, repo, base, tree, cand, why, with_impact,
                                                discrepancies))
            summary.append(refactor_mutation(name, repo, base, tree, with_impact, discrepancies))
            if tree_cls is EsmTree:
                print(f"\n  timing on the {NPM_PACKAGE[0]} tree as shipped")
                timing(repo, base, tree, with_impact)
    except SetupError as exc:
        print(f"\nsetup failed: {exc}", file=sys.stderr)
        return 2
    print("\n== summary")
    for line in summary:
        print(f"  {line}")
    print(f"  discrepancies: {len(discrepancies)}")
    for line in discrepancies:
        print(f"    - {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
