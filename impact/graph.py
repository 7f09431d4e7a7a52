"""The SymbolGraph of one snapshot: facts of every file plus module resolution.

A networkx DiGraph with a node per module (its path) and per imported symbol
(`path::name`), and edges `importer -> module` (imports), `module -> symbol` (defines),
`importer -> symbol` (imports or re-exports the name). What a module exports is computed
on demand, following star imports and `export *` through the repository.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from impact.model import PYTHON, Definition, FileFacts, Import, Site
from impact.resolve.javascript import External, JsResolver
from impact.resolve.python import PythonResolver

Target = str | External | None


@dataclass(frozen=True)
class ExportSet:
    """The names a module provides; `complete` is False when more may exist at run time."""

    names: frozenset[str]
    complete: bool


UNKNOWN = ExportSet(frozenset(), False)


class SymbolGraph:
    def __init__(self, label: str, facts: dict[str, FileFacts], paths: frozenset[str],
                 package_json: dict[str, bytes], python_roots: tuple[str, ...] = (),
                 internal_python: frozenset[str] | None = None,
                 public_modules: tuple[str, ...] | None = None):
        self.label = label
        self.facts = facts
        self.paths = paths
        self.python = PythonResolver(paths, python_roots)
        self.js = JsResolver(paths, package_json)
        # top-level Python names that are this repository's (in either revision of a diff)
        self.internal_python = internal_python or self.python.top_level_names
        self.public_modules = public_modules  # configured public API, if any
        self.graph = nx.DiGraph()
        self._targets: dict[tuple[str, Import], Target] = {}
        self._exports: dict[str, ExportSet] = {}
        self._build()

    # -- construction ------------------------------------------------------------------

    def _build(self) -> None:
        for path, facts in self.facts.items():
            self.graph.add_node(path, kind="module", language=facts.language)
        for path, facts in self.facts.items():
            for imp in facts.imports:
                target = self.target(path, imp)
                if isinstance(target, str):
                    relation = "re-exports" if imp.kind == "reexport" else "imports"
                    self._link(path, target, imp.imported, relation)
                    submodule = self.python.submodule(target, imp.imported) \
                        if imp.kind == "from" else None
                    if submodule is not None:  # `from pkg import module`
                        self.graph.add_edge(path, submodule, relation="imports")

    def _link(self, importer: str, target: str, name: str | None, relation: str) -> None:
        self.graph.add_edge(importer, target, relation="imports")
        if name and name != "*":
            symbol = f"{target}::{name}"
            self.graph.add_node(symbol, kind="symbol", module=target, name=name)
            self.graph.add_edge(target, symbol, relation="defines")
            self.graph.add_edge(importer, symbol, relation=relation)

    # -- resolution --------------------------------------------------------------------

    def target(self, importer: str, imp: Import) -> Target:
        """The module an import names: a path, External, or None when it is missing."""
        key = (importer, imp)
        if key not in self._targets:
            self._targets[key] = self._resolve(importer, imp)
        return self._targets[key]

    def _resolve(self, importer: str, imp: Import) -> Target:
        if self.language(importer) == PYTHON:
            if not self.python.is_internal(imp, self.internal_python):
                return External(imp.source)
            return self.python.resolve(imp, importer)
        return self.js.resolve(imp.source, importer)

    def resolve_spec(self, importer: str, spec: str) -> Target:
        return self.js.resolve(spec, importer)

    def language(self, path: str) -> str | None:
        facts = self.facts.get(path)
        return facts.language if facts else None

    def is_python(self, path: str) -> bool:
        return self.language(path) == PYTHON

    def module_bound_by(self, facts: FileFacts, imp: Import) -> str | None:
        """The module a name bound by this import refers to, if it refers to a module."""
        if facts.language == PYTHON:
            if imp.kind == "module":
                whole = imp.local != imp.source.split(".")[0]
                bound = imp if whole else Import(imp.local, None, imp.local, imp.site, "module")
                target = self.target(facts.path, bound)
                return target if isinstance(target, str) else None
            if imp.kind == "from":
                package = self.target(facts.path, imp)
                return self.python.submodule(package, imp.imported) if isinstance(package, str) \
                    else None
            return None
        if imp.imported == "*" and imp.kind in ("namespace", "require"):
            target = self.target(facts.path, imp)
            return target if isinstance(target, str) else None
        return None

    def module_bound_by_all(self, facts: FileFacts, imports: list[Import]) -> str | None:
        """The one module that every import binding a name binds it to (`import a.b` and
        `import a.c` both bind `a`), or None when they differ, bind no module, or one is
        guarded (which module it is then depends on the run)."""
        if not imports or any(imp.guarded for imp in imports):
            return None
        modules = {self.module_bound_by(facts, imp) for imp in imports}
        return modules.pop() if len(modules) == 1 and None not in modules else None

    # -- what modules provide ----------------------------------------------------------

    def exports(self, module: str) -> ExportSet:
        if module not in self._exports:
            self._exports[module] = UNKNOWN  # breaks cycles of star imports
            self._exports[module] = self._compute_exports(module)
        return self._exports[module]

    def _compute_exports(self, module: str) -> ExportSet:
        if module.endswith("/"):
            return ExportSet(frozenset(), True)  # namespace package: only submodules
        facts = self.facts.get(module)
        if facts is None or facts.problems:
            return UNKNOWN  # not source (json, css, ...) or not fully parsed
        if facts.language == PYTHON:
            return self._python_exports(facts)
        return self._js_exports(facts)

    def _python_exports(self, facts: FileFacts) -> ExportSet:
        star = self.star_imported(facts)
        return ExportSet(frozenset(facts.bindings) | star.names,
                         star.complete and not facts.module_getattr)

    def star_imported(self, facts: FileFacts) -> ExportSet:
        """Every name the star imports of a Python module bring into it."""
        names: set[str] = set()
        complete = True
        for imp in facts.imports:
            if imp.kind == "star":
                star = self.star_names(facts.path, imp)
                names |= star.names
                complete = complete and star.complete
        return ExportSet(frozenset(names), complete)

    def star_names(self, importer: str, imp: Import) -> ExportSet:
        """Names `from m import *` brings into a Python module."""
        target = self.target(importer, imp)
        if not isinstance(target, str):
            return UNKNOWN
        provided = self.exports(target)
        target_facts = self.facts.get(target)
        if target_facts is not None and target_facts.has_all:
            public = {e.name for e in target_facts.exports}
            return ExportSet(frozenset(public), provided.complete and not
                             target_facts.dynamic_exports)
        public = frozenset(n for n in provided.names if not n.startswith("_"))
        return ExportSet(public, provided.complete)

    def _js_exports(self, facts: FileFacts) -> ExportSet:
        names = {e.name for e in facts.exports if e.kind != "star"}
        complete = not facts.dynamic_exports
        if facts.commonjs and not facts.esm:
            names.add("default")
        for export in facts.exports:
            if export.kind == "star":
                target = self.resolve_spec(facts.path, export.source)
                if not isinstance(target, str):
                    complete = False
                    continue
                inner = self.exports(target)
                names |= inner.names - {"default"}
                complete = complete and inner.complete
        return ExportSet(frozenset(names), complete)

    def provides(self, module: str, name: str) -> bool:
        """Whether `module` provides `name` (or might, when its exports are not complete).

        A Python package also provides its submodules: `from pkg import sub` imports them.
        """
        provided = self.exports(module)
        if name in provided.names or not provided.complete:
            return True
        if self.is_python(module) and name.startswith("__") and name.endswith("__"):
            return True  # module attributes every module has: __file__, __dict__, ...
        return self.python.submodule(module, name) is not None

    def export_origin(self, module: str, name: str, depth: int = 0) -> tuple[str, Site] | None:
        """The module that defines `name` as `module` provides it, following imports and
        re-exports, with the site of the definition."""
        facts = self.facts.get(module)
        if facts is None or depth > 20:
            return None
        defined_here = next((d for d in facts.definitions if d.name == name), None)
        if defined_here is not None:  # a module that rebinds an imported name defines it
            return module, defined_here.site
        for imp in facts.imports:
            if imp.local == name and imp.imported not in (None, "*") and imp.kind != "reexport":
                target = self.target(module, imp)
                return (self.export_origin(target, imp.imported, depth + 1) if isinstance(target, str)
                        else None) or (module, imp.site)
        for export in facts.exports:
            if export.name != name:
                continue
            if export.kind == "reexport":
                target = self.resolve_spec(module, export.source)
                found = self.export_origin(target, export.imported, depth + 1) \
                    if isinstance(target, str) else None
                return found or (module, export.site)
            if export.local and export.local != name:
                return self.export_origin(module, export.local, depth + 1) or (module, export.site)
        if name in facts.bindings:
            return module, facts.bindings[name]
        stars = [self.resolve_spec(module, e.source) for e in facts.exports if e.kind == "star"]
        stars += [self.target(module, i) for i in facts.imports if i.kind == "star"]
        for target in stars:  # `export * from` and Python's `from m import *`
            if isinstance(target, str) and name in self.exports(target).names:
                return self.export_origin(target, name, depth + 1)
        for export in facts.exports:
            if export.name == name:
                return module, export.site
        return None

    def still_resolves(self, module: str, name: str, depth: int = 0) -> bool:
        """Whether `module` provides `name` and, if it re-exports it, the source still does."""
        if not self.provides(module, name):
            return False
        facts = self.facts.get(module)
        if facts is None or depth > 20:
            return True
        for export in facts.exports:
            if export.name == name and export.kind == "reexport":
                target = self.resolve_spec(module, export.source)
                if target is None:
                    return False
                return not isinstance(target, str) or \
                    self.still_resolves(target, export.imported, depth + 1)
        return True

    def definition(self, module: str, name: str) -> Definition | None:
        facts = self.facts.get(module)
        if facts is None:
            return None
        return next((d for d in facts.definitions if d.name == name), None)

    def binding_site(self, module: str, name: str) -> Site | None:
        """Where `module` binds or exports `name` (or, failing that, binds it in a nested scope)."""
        facts = self.facts.get(module)
        if facts is None:
            return None
        if name in facts.bindings:
            return facts.bindings[name]
        for export in facts.exports:
            if export.name == name:
                return export.site
        return facts.inner_bindings.get(name)
