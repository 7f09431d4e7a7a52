"""Lexical scopes as nested byte ranges, shared by the language extractors.

Scoping is position-independent, as in pyright's "undefined variable" check: a name is
bound in a scope if anything in that scope binds it, wherever it stands. Whether it is
bound *before* it is used is a different question ("possibly unbound") impact does not ask.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TypeVar

from tree_sitter import Node

from impact.lang.treesitter import site
from impact.model import Site

T = TypeVar("T")
_POSITION = itemgetter(0)


@dataclass(eq=False)
class Scope:
    kind: str  # module | function | class | comprehension | block
    start: int
    end: int
    parent: Scope | None = None
    names: set[str] = field(default_factory=set)
    declared_global: set[str] = field(default_factory=set)
    declared_nonlocal: set[str] = field(default_factory=set)
    import_names: set[str] = field(default_factory=set)  # bound here by an import
    other_names: set[str] = field(default_factory=set)  # bound here otherwise

    def only_imported(self, name: str) -> bool:
        """Bound in this scope by imports and nothing else."""
        return name in self.import_names and name not in self.other_names

    def enclosing(self, *kinds: str) -> Scope:
        """The nearest scope of one of `kinds`, starting here (the module if none)."""
        scope = self
        while scope.parent is not None and scope.kind not in kinds:
            scope = scope.parent
        return scope


class ScopeTree:
    """Nested scopes of one file; finds the innermost scope of any byte offset."""

    def __init__(self, length: int, regions: Iterable[tuple[str, int, int]]):
        self.module = Scope("module", 0, length)
        ordered = sorted(regions, key=lambda r: (r[1], -r[2]))
        self.scopes = [self.module]
        self.starting_at: dict[int, Scope] = {}
        stack = [self.module]
        for kind, start, end in ordered:
            while stack[-1] is not self.module and stack[-1].end <= start:
                stack.pop()
            scope = Scope(kind, start, end, parent=stack[-1])
            self.scopes.append(scope)
            self.starting_at.setdefault(start, scope)
            stack.append(scope)

    def locate(self, items: Iterable[tuple[int, T]]) -> Iterator[tuple[Scope, T]]:
        """Pair each (position, item) with the innermost scope containing the position."""
        ordered = sorted(items, key=_POSITION)
        scopes = self.scopes[1:]
        stack = [self.module]
        index = 0
        for position, item in ordered:
            while index < len(scopes) and scopes[index].start <= position:
                scope = scopes[index]
                while stack[-1] is not self.module and stack[-1].end <= scope.start:
                    stack.pop()
                stack.append(scope)
                index += 1
            while stack[-1] is not self.module and stack[-1].end <= position:
                stack.pop()
            yield stack[-1], item


@dataclass
class ModuleBindings:
    """Where each name is bound, kept the same way by every extractor: the first site of each
    name at module scope and in nested scopes, which module-scope names only imports bind,
    and the node that first defines each module-scope name (for its Definition)."""

    module: Scope
    sites: dict[str, Site] = field(default_factory=dict)
    inner_sites: dict[str, Site] = field(default_factory=dict)
    definers: dict[str, Node] = field(default_factory=dict)  # module scope, not imports
    redefined: set[str] = field(default_factory=set)  # defined more than once at module scope
    # every node that defines a name defined more than once at module scope, in order
    all_definers: dict[str, list[Node]] = field(default_factory=dict)
    import_locals: set[str] = field(default_factory=set)
    other_locals: set[str] = field(default_factory=set)

    def record(self, scope: Scope, name: str, node: Node, from_import: bool = False,
               definition: bool = True) -> None:
        scope.names.add(name)
        here = site(node)
        sites = self.sites if scope is self.module else self.inner_sites
        if name not in sites or here.line < sites[name].line:
            sites[name] = here
        (scope.import_names if from_import else scope.other_names).add(name)
        if scope is not self.module:
            return
        (self.import_locals if from_import else self.other_locals).add(name)
        if from_import or not definition:
            return
        if name in self.definers:
            self.redefined.add(name)
            self.all_definers.setdefault(name, [self.definers[name]]).append(node)
        if name not in self.definers or node.start_byte < self.definers[name].start_byte:
            self.definers[name] = node

    def only_imported(self, name: str) -> bool:
        """Bound at module scope by imports and nothing else."""
        return name in self.import_locals and name not in self.other_locals
