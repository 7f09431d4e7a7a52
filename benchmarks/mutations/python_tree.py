"""Mutation candidates for a Python tree, found with `ast` (independently of impact)."""

from __future__ import annotations

import ast
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpora import PyFile, is_src_layout, py_module_name

from .model import AttributeReads, Candidate, Mutation, remove_list_item, replace_word, splice, word_count

FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.ListComp,
          ast.SetComp, ast.DictComp, ast.GeneratorExp)


def parses(text: str) -> bool:
    try:
        ast.parse(text)
    except (SyntaxError, ValueError):
        return False
    return True


def statement_lines(text: str) -> list[tuple[int, int]]:
    """(first, last) line of every statement, for mapping a line to its statement."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return []
    return [(n.lineno, n.end_lineno) for n in ast.walk(tree) if isinstance(n, ast.stmt)]


@dataclass(frozen=True)
class NamesRead:
    loads: Counter[str]  # name -> how many times the file reads it
    calls: dict[str, list[ast.Call]]  # name -> the calls of it by that bare name


class PythonTree:
    """Every .py file of a checkout with its imports, top-level definitions and calls."""

    suffixes = (".py",)

    def __init__(self, root: Path):
        self.files: dict[str, PyFile] = {}
        src_layout = is_src_layout(root)
        for path in sorted(root.rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            if rel.startswith(".git/"):
                continue
            text = path.read_text(encoding="utf-8")
            module, is_pkg = py_module_name(rel, src_layout)
            try:
                tree = ast.parse(text)
            except SyntaxError:
                continue
            self.files[rel] = PyFile(rel, module, is_pkg, text, tree)
        # the `.pyi` stubs, which are not mutated but which the oracle checks (jax's
        # `numpy/__init__.pyi` imports from the private modules the `.py` beside it re-exports)
        self.stubs = {path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
                      for path in sorted(root.rglob("*.pyi"))
                      if not path.relative_to(root).as_posix().startswith(".git/")}
        self.by_module = {f.module: f for f in self.files.values()}
        self.importers: dict[tuple[str, str], list[tuple[PyFile, str]]] = {}  # -> (file, local)
        self.module_importers: dict[str, set[str]] = {}
        self._read: dict[str, NamesRead] = {}
        for f in self.files.values():
            self._index_imports(f)
        self._attribute_reads: AttributeReads | None = None

    def _resolve(self, f: PyFile, node: ast.ImportFrom) -> str | None:
        return f.import_target(node)

    def _index_imports(self, f: PyFile) -> None:
        for node in ast.walk(f.tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    self.module_importers.setdefault(a.name, set()).add(f.rel)
            elif isinstance(node, ast.ImportFrom):
                target = self._resolve(f, node)
                if target is None:
                    continue
                self.module_importers.setdefault(target, set()).add(f.rel)
                for a in node.names:
                    if f"{target}.{a.name}" in self.by_module:
                        self.module_importers.setdefault(f"{target}.{a.name}", set()).add(f.rel)
                    elif a.name != "*":
                        self.importers.setdefault((target, a.name), []).append(
                            (f, a.asname or a.name))

    # ------------------------------------------------------------------ facts

    @staticmethod
    def bindings(f: PyFile) -> dict[str, int]:
        counts: dict[str, int] = {}

        def add(name: str) -> None:
            counts[name] = counts.get(name, 0) + 1
        for node in ast.walk(f.tree):
            if isinstance(node, (*FUNCTIONS, ast.ClassDef)):
                add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                add(node.id)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                for a in node.names:
                    add(a.asname or a.name.split(".")[0])
            elif isinstance(node, ast.arg):
                add(node.arg)
        return counts

    def definitions(self, f: PyFile, functions_only: bool = False):
        """Top-level functions (and classes) whose name is bound nowhere else in the file."""
        counts = self.bindings(f)
        kinds = FUNCTIONS if functions_only else (*FUNCTIONS, ast.ClassDef)
        return [n for n in f.tree.body if isinstance(n, kinds) and counts[n.name] == 1]

    def calls(self, f: PyFile, name: str) -> list[ast.Call]:
        """Calls of top-level `name` of f: by name in f and through `from f import name`."""
        sites = list(self._names_read(f).calls.get(name, ()))
        for importer, local in self.importers.get((f.module, name), []):
            sites += self._names_read(importer).calls.get(local, ())
        return sites

    def loads(self, f: PyFile, name: str) -> int:
        return self._names_read(f).loads[name]

    def _names_read(self, f: PyFile) -> NamesRead:
        """One walk of a file for every question about the names it reads (pydantic's test
        modules import dozens of names each: a walk per name took minutes)."""
        if f.rel not in self._read:
            loads: Counter[str] = Counter()
            calls: dict[str, list[ast.Call]] = defaultdict(list)
            for node in ast.walk(f.tree):
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                    loads[node.id] += 1
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    calls[node.func.id].append(node)
            self._read[f.rel] = NamesRead(loads, calls)
        return self._read[f.rel]

    # ------------------------------------------------------------------ candidates

    def candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for f in self.files.values():
            out += self._definition_candidates(f)
            out += self._import_candidates(f)
            out += self._export_candidates(f)
            out += self._local_candidates(f)
            out += self._reorder_candidates(f)
            out += self._member_candidates(f)
            out.append(Candidate("add_unused_function", f.rel,
                                 lambda f=f: self._add_unused_function(f)))
            if not f.is_pkg and self.module_importers.get(f.module, set()) - {f.rel}:
                out.append(Candidate("delete_module", f.rel, lambda f=f: Mutation(
                    "delete_module", f"delete {f.rel}", {f.rel: None}, (f.stem(),))))
        return out

    def _definition_candidates(self, f: PyFile) -> list[Candidate]:
        out = []
        for node in self.definitions(f):
            if self.importers.get((f.module, node.name)):
                key = f"{f.rel}:{node.name}"
                out.append(Candidate("remove_symbol", key, lambda f=f, n=node: self._remove(f, n)))
                out.append(Candidate("rename_definition", key,
                                     lambda f=f, n=node: self._rename(f, n)))
            if not isinstance(node, FUNCTIONS) or not self.calls(f, node.name):
                continue
            key = f"{f.rel}:{node.name}"
            out.append(Candidate("add_required_param", key,
                                 lambda f=f, n=node: self._add_required(f, n)))
            a = node.args
            if not (a.posonlyargs or a.vararg or a.kwonlyargs or a.kwarg):
                out.append(Candidate("add_optional_param", key,
                                     lambda f=f, n=node: self._add_optional(f, n)))
            out += self._signature_candidates(f, node, key)
            passed = {k.arg for c in self.calls(f, node.name) for k in c.keywords if k.arg}
            for arg in [*a.args, *a.kwonlyargs]:
                if arg.arg in passed and not (a.kwonlyargs == [arg] and not a.vararg):
                    out.append(Candidate("remove_passed_param", f"{key}:{arg.arg}",
                                         lambda f=f, n=node, p=arg: self._remove_param(f, n, p)))
        return out

    def _signature_candidates(self, f: PyFile, node: ast.AST, key: str) -> list[Candidate]:
        """Parameters made keyword-only (before the last one a call fills by position) or
        positional-only (through the last one a call passes by keyword), and a default removed
        that a call relies on."""
        a, calls = node.args, self.calls(f, node.name)
        out = []
        plain = [c for c in calls if not any(isinstance(x, ast.Starred) for x in c.args)
                 and all(k.arg for k in c.keywords)]
        if a.args and not (a.posonlyargs or a.vararg or a.kwonlyargs):
            most = max((len(c.args) for c in plain), default=0)
            if 0 < most <= len(a.args):
                out.append(Candidate("make_keyword_only", key, lambda p=a.args[most - 1]: Mutation(
                    "make_keyword_only", f"{f.rel}:{node.name}: parameters from `{p.arg}` on "
                    "made keyword-only", {f.rel: splice(f.text, f.start(p), f.start(p), "*, ")},
                    (node.name,))))
            by_keyword = [p for p in a.args if any(k.arg == p.arg for c in plain for k in c.keywords)]
            if by_keyword:
                p = by_keyword[-1]
                i = a.args.index(p) - (len(a.args) - len(a.defaults))
                at = f.end(a.defaults[i] if i >= 0 else p)
                out.append(Candidate("make_positional_only", key, lambda at=at, p=p: Mutation(
                    "make_positional_only", f"{f.rel}:{node.name}: parameters up to `{p.arg}` "
                    "made positional-only", {f.rel: splice(f.text, at, at, ", /")},
                    (node.name,))))
        ordered = [*a.posonlyargs, *a.args]
        defaults = [(p, d, i) for i, (p, d) in enumerate(zip(ordered, [None] * (
            len(ordered) - len(a.defaults)) + a.defaults, strict=True)) if d is not None]
        positional = defaults[-1:] if len(defaults) == 1 else []
        keyword = [(p, d, None) for p, d in zip(a.kwonlyargs, a.kw_defaults, strict=True) if d]
        for p, d, i in positional + keyword:
            omitted = [c for c in plain if (i is None or len(c.args) <= i)
                       and p.arg not in {k.arg for k in c.keywords}]
            if omitted:
                out.append(Candidate("remove_default", f"{key}:{p.arg}", lambda p=p, d=d: Mutation(
                    "remove_default", f"{f.rel}:{node.name}: default of `{p.arg}` removed (a "
                    "call omits it)", {f.rel: splice(f.text, f.end(p), f.end(d))}, (node.name,))))
        return out

    def _member_candidates(self, f: PyFile) -> list[Candidate]:
        """A method or property of a top-level class removed, whose name another file reads
        as an attribute (`.name`)."""
        out = []
        for cls in f.tree.body:
            if not isinstance(cls, ast.ClassDef):
                continue
            names = Counter(n.name for n in cls.body if isinstance(n, FUNCTIONS))
            for node in cls.body:
                if not isinstance(node, FUNCTIONS) or node.name.startswith("__") \
                        or names[node.name] != 1 or not self._read_as_attribute(f, node.name):
                    continue
                out.append(Candidate("remove_member", f"{f.rel}:{cls.name}.{node.name}",
                                     lambda c=cls, n=node: self._remove_member(f, c, n)))
        return out

    def _read_as_attribute(self, f: PyFile, name: str) -> bool:
        if self._attribute_reads is None:
            self._attribute_reads = AttributeReads({g.rel: g.text for g in self.files.values()},
                                                   r"\w")
        return self._attribute_reads.elsewhere(name, f.rel)

    def _remove_member(self, f: PyFile, cls: ast.ClassDef, node: ast.AST) -> Mutation:
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        text = splice(f.text, f.line_offset(first), f.after_line(node.end_lineno))
        return Mutation("remove_member", f"{f.rel}: method `{cls.name}.{node.name}` removed",
                        {f.rel: text}, (node.name,))

    def _remove(self, f: PyFile, node: ast.AST) -> Mutation:
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        text = splice(f.text, f.line_offset(first), f.after_line(node.end_lineno))
        return Mutation("remove_symbol", f"remove {f.rel}:{node.name}", {f.rel: text},
                        (node.name,))

    def _rename(self, f: PyFile, node: ast.AST) -> Mutation:
        start = f.line_offset(node.lineno)
        m = re.compile(rf"(def|class)\s+{re.escape(node.name)}\b").search(f.text, start)
        name_at = m.end() - len(node.name)
        text = splice(f.text, name_at, m.end(), f"{node.name}_renamed")
        return Mutation("rename_definition", f"rename {f.rel}:{node.name} at its definition",
                        {f.rel: text}, (node.name,))

    def _paren(self, f: PyFile, node: ast.AST) -> int:
        """Offset just after the `(` that opens node's parameter list."""
        m = re.compile(rf"def\s+{re.escape(node.name)}\s*(\[[^\]]*\])?\s*\(").search(
            f.text, f.line_offset(node.lineno))
        return m.end()

    def _add_required(self, f: PyFile, node: ast.AST) -> Mutation:
        a = node.args
        has_params = bool(a.posonlyargs or a.args or a.vararg or a.kwonlyargs or a.kwarg)
        at = self._paren(f, node)
        text = splice(f.text, at, at, "extra_required, " if has_params else "extra_required")
        return Mutation("add_required_param", f"{f.rel}:{node.name}: new first parameter "
                        "`extra_required`", {f.rel: text}, (node.name,))

    def _add_optional(self, f: PyFile, node: ast.AST) -> Mutation:
        a = node.args
        if a.args:
            last = a.defaults[-1] if a.defaults else a.args[-1]
            at, new = f.end(last), ", extra_optional=None"
        else:
            at, new = self._paren(f, node), "extra_optional=None"
        return Mutation("add_optional_param", f"{f.rel}:{node.name}: new last parameter "
                        "`extra_optional=None`", {f.rel: splice(f.text, at, at, new)},
                        (node.name,))

    def _remove_param(self, f: PyFile, node: ast.AST, param: ast.arg) -> Mutation | None:
        a = node.args
        if param in a.args:
            i = a.args.index(param) - (len(a.args) - len(a.defaults))
            default = a.defaults[i] if i >= 0 else None
        else:
            default = a.kw_defaults[a.kwonlyargs.index(param)]
        body = node.body
        k = 1 if (len(body) > 1 and isinstance(body[0], ast.Expr)
                  and isinstance(body[0].value, ast.Constant)) else 0
        line = f.text.splitlines()[body[k].lineno - 1]
        indent = line[:body[k].col_offset]
        if indent.strip():
            return None  # the body starts on the line of something else (one-line function)
        insert_at = f.line_offset(body[k].lineno)
        text = splice(f.text, insert_at, insert_at, f"{indent}{param.arg} = None\n")
        text = remove_list_item(text, f.start(param), f.end(default or param))
        return Mutation("remove_passed_param", f"{f.rel}:{node.name}: parameter `{param.arg}` "
                        "removed (callers pass it by keyword)", {f.rel: text}, (node.name,))

    def _import_candidates(self, f: PyFile) -> list[Candidate]:
        out = []
        counts = self.bindings(f)
        for node in f.tree.body:
            if not isinstance(node, ast.ImportFrom) or node.module == "__future__":
                continue
            for alias in node.names:
                local = alias.asname or alias.name
                if alias.name != "*" and counts.get(local) == 1 and self.loads(f, local):
                    out.append(Candidate("remove_import", f"{f.rel}:{node.lineno}:{local}",
                                         lambda f=f, n=node, a=alias: self._remove_import(f, n, a)))
        return out

    def _remove_import(self, f: PyFile, node: ast.ImportFrom, alias: ast.alias) -> Mutation:
        rest = [a for a in node.names if a is not alias]
        new = ast.unparse(ast.ImportFrom(node.module, rest, node.level)) + "\n" if rest else ""
        text = splice(f.text, f.line_offset(node.lineno), f.after_line(node.end_lineno), new)
        local = alias.asname or alias.name
        return Mutation("remove_import", f"{f.rel}:{node.lineno}: import of `{local}` removed, "
                        "its uses kept", {f.rel: text}, (local,))

    def _export_candidates(self, f: PyFile) -> list[Candidate]:
        out = []
        for node in f.tree.body:
            if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == \
                    ["__all__"] and isinstance(node.value, (ast.List, ast.Tuple)):
                for elt in node.value.elts:
                    if isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                        out.append(Candidate(
                            "drop_export", f"{f.rel}:{elt.value}",
                            lambda f=f, e=elt: Mutation(
                                "drop_export", f"{f.rel}: `{e.value}` dropped from __all__",
                                {f.rel: remove_list_item(f.text, f.start(e), f.end(e))},
                                (e.value,))))
        return out

    def _local_candidates(self, f: PyFile) -> list[Candidate]:
        out = []
        for fn in ast.walk(f.tree):
            if not isinstance(fn, FUNCTIONS):
                continue
            params = {a.arg for a in ast.walk(fn.args) if isinstance(a, ast.arg)}
            declared = {n for s in ast.walk(fn) if isinstance(s, (ast.Global, ast.Nonlocal))
                        for n in s.names}
            nested = {n.id for s in ast.walk(fn) if isinstance(s, SCOPES) and s is not fn
                      for n in ast.walk(s) if isinstance(n, ast.Name)}
            stores = sorted({n.id for n in ast.walk(fn) if isinstance(n, ast.Name)
                             and isinstance(n.ctx, ast.Store)} - params - declared - nested)
            start, end = f.line_offset(fn.lineno), f.end(fn)
            segment = f.text[start:end]
            for name in stores:
                names = sum(1 for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id == name)
                if word_count(segment, name) == names and f"{name}_local" not in f.text:
                    out.append(Candidate(
                        "rename_local", f"{f.rel}:{fn.lineno}:{name}",
                        lambda f=f, s=start, e=end, n=name: Mutation(
                            "rename_local", f"{f.rel}: local `{n}` renamed consistently",
                            {f.rel: splice(f.text, s, e, replace_word(f.text[s:e], n, f"{n}_local"))},
                            (n,))))
        return out

    def _reorder_candidates(self, f: PyFile) -> list[Candidate]:
        out = []
        body = f.tree.body
        for first, second in itertools.pairwise(body):
            if not (isinstance(first, FUNCTIONS) and isinstance(second, FUNCTIONS)) \
                    or first.name == second.name:
                continue
            header_names = {n.id for fn in (first, second) for part in
                            [*fn.decorator_list, *ast.walk(fn.args), fn.returns] if part
                            for n in ast.walk(part) if isinstance(n, ast.Name)}
            if {first.name, second.name} & header_names:
                continue
            out.append(Candidate("reorder_definitions", f"{f.rel}:{first.name}",
                                 lambda f=f, a=first, b=second: self._swap(f, a, b)))
        return out

    def _swap(self, f: PyFile, a: ast.AST, b: ast.AST) -> Mutation:
        def span(n):  # whole lines: a comment after the last statement (`# type: ignore`) moves too
            first = min([n.lineno, *(d.lineno for d in n.decorator_list)])
            end = f.after_line(n.end_lineno)
            while end > f.end(n) and f.text[end - 1] in "\r\n":
                end -= 1
            return f.line_offset(first), end
        (a0, a1), (b0, b1) = span(a), span(b)
        text = f.text[:a0] + f.text[b0:b1] + f.text[a1:b0] + f.text[a0:a1] + f.text[b1:]
        return Mutation("reorder_definitions", f"{f.rel}: `{a.name}` and `{b.name}` swapped",
                        {f.rel: text}, (a.name, b.name))

    def _add_unused_function(self, f: PyFile) -> Mutation:
        text = f.text if f.text.endswith("\n") or not f.text else f.text + "\n"
        text += "\n\ndef bench_unused_helper():\n    return None\n"
        return Mutation("add_unused_function", f"{f.rel}: new unused function appended",
                        {f.rel: text}, ("bench_unused_helper",))
