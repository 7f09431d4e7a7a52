"""What an operation requires of a request, where the code decides it (IMP405): the query
parameters and the JSON body fields a FastAPI view cannot do without, and those a Flask view
surely reads by subscript (impact.http.flask_requests), or the marshmallow schema
Flask-Smorest loads its body or query string with requires (impact.http.marshmallow).

Read with the revision in view from the view's parameters (impact.http.py_requests). A plain
parameter the route's path does not name is a query parameter (by its `alias`), and so is one
whose class is an enumeration. A parameter whose class is a pydantic model of the repository
is the body: the model's required fields and its bases', by their names in a request
(`alias`/`validation_alias`, or the alias generator's; the Python name is accepted too, as
`populate_by_name` allows). With several body parameters, or `Body(embed=True)`, the body
holds one field per parameter. A parameter whose class is a dependency type (`SessionDep =
Annotated[Session, Depends(get_db)]`) asks nothing of the request; one filled by a function
(`page: Annotated[dict, Depends(pagination)]`) asks what the function's parameters ask (its
query parameters; a body it reads leaves the body unjudged).

The body is not judged (None) when a parameter may be a body impact cannot read (a class it
cannot find or that is no pydantic model, `Form`, `File`, `list[str]` without `Query`), when it
is optional (a default, `Optional`), when it is one plain value (`Body()` of a `str`), or when
the model's fields are not all known: a base class impact cannot see into, an alias it
cannot read or an alias generator it does not know, a validator that runs before the fields'
or a constructor of its own that may fill them in, an SQLModel table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from impact.graph import SymbolGraph
from impact.http.names import resolve
from impact.http.responses import Origin, generated, model_at, model_class, pydantic_fields
from impact.http.routes import Operation
from impact.model import DEPENDS, ParameterDecl

PATH_PARAMETER = re.compile(r"\{([^}:]+)(?::[^}]*)?\}")
LOADED = ("schema", "query_schema")  # a schema Flask-Smorest loads the body or query with
ENUM_BASES = frozenset({"Enum", "IntEnum", "StrEnum", "enum.Enum", "enum.IntEnum", "enum.StrEnum"})
MAX_DEPENDENCIES = 4  # dependencies of dependencies followed


@dataclass(frozen=True)
class Requirement:
    """A query parameter or body field a request must send: `name` as the server names it on
    the wire, `names` every name a request may give it by, declared at `origin`."""

    name: str
    names: frozenset[str]
    origin: Origin


@dataclass(frozen=True)
class Required:
    """What an operation requires: its query parameters and its body's fields (None: not
    known), and those a request may send in either (a request parser's default location)."""

    query: tuple[Requirement, ...]
    body: tuple[Requirement, ...] | None
    either: tuple[Requirement, ...] = ()


class Requirements:
    """What the operations of one revision require, each read once."""

    def __init__(self, graph: SymbolGraph):
        self.graph = graph
        self._read: dict[Operation, Required | None] = {}

    def of(self, operation: Operation) -> Required | None:
        """None when the operation's view is not read (not FastAPI or Flask, a method)."""
        if operation.parameters is None and operation.reads is None:
            return None
        if operation not in self._read:
            self._read[operation] = self._required(operation)
        return self._read[operation]

    def _required(self, operation: Operation) -> Required:
        in_path = set(PATH_PARAMETER.findall(operation.written))
        query, bodies, either, unknown = [], [], [], False
        parameters = self._with_dependencies(operation.file, operation.parameters or (), 0)
        for module, parameter, depth in parameters:
            kind = self._kind(module, parameter)
            if kind == "scalar" and parameter.name not in in_path:
                if parameter.required:
                    query.append(Requirement(parameter.name, frozenset({parameter.name}),
                                             Origin(module, parameter.site)))
            elif kind in ("model", "body") and depth == 0:
                bodies.append(parameter)
            elif kind in ("model", "body", "unknown"):  # a dependency's body is not judged
                unknown = True
        body = None if unknown else self._body(operation.file, bodies)
        for read in operation.reads or ():  # a Flask view's
            if read.method and read.method not in operation.methods:
                continue
            home = operation.home or operation.file
            if read.kind in LOADED:  # Flask-Smorest's `@blp.arguments(S)`: S's required fields
                loaded = self._model_requirements(home, read.ref)
                if read.kind == "query_schema":
                    query.extend(loaded or ())
                else:
                    body = None if body is None or loaded is None else body + loaded
                continue
            requirement = Requirement(read.name, frozenset({read.name}), Origin(home, read.site))
            if read.kind == "query":
                query.append(requirement)
            elif read.kind == "value":
                either.append(requirement)
            elif read.kind == "field" and body is not None:
                body += (requirement,)
        return Required(tuple(query), body, tuple(either))

    def _with_dependencies(self, module: str, parameters: tuple[ParameterDecl, ...], depth: int
                           ) -> Iterator[tuple[str, ParameterDecl, int]]:
        """The parameters (with the module each is declared in, and how deep in dependencies),
        a dependency's (`Depends(pagination)`) in its place: the dependency's own, followed
        through the imports (one impact cannot find asks nothing)."""
        for parameter in parameters:
            if parameter.kind != DEPENDS:
                yield module, parameter, depth
                continue
            target = resolve(self.graph, module, parameter.ref) if depth < MAX_DEPENDENCIES else None
            facts = self.graph.facts.get(target[0]) if target is not None else None
            found = next((d for d in facts.http.dependables if d.name == target[1]), None) if facts else None
            if found is not None:
                yield from self._with_dependencies(target[0], found.parameters, depth + 1)

    def _kind(self, module: str, parameter: ParameterDecl) -> str:
        """A model parameter as what its class makes it: a pydantic model's is the body, an
        enumeration's a query parameter, a dependency type's nothing (other); else unknown."""
        if parameter.kind != "model":
            return parameter.kind
        target = resolve(self.graph, module, parameter.ref)
        if target is None or target[0] not in self.graph.facts:
            return "unknown"
        http = self.graph.facts[target[0]].http
        if target[1] in http.dependencies:
            return "other"
        model = model_at(self.graph, target)
        if model is not None and ENUM_BASES.intersection(model.bases):
            return "scalar"
        return "model" if model is not None and \
            pydantic_fields(self.graph, target[0], model, as_request=True) is not None else "unknown"

    def _body(self, module: str, parameters: list[ParameterDecl]) -> tuple[Requirement, ...] | None:
        if not parameters:
            return ()
        if len(parameters) == 1 and not parameters[0].embed:
            parameter = parameters[0]
            if not parameter.required or not parameter.ref:
                return None  # an optional body, or a plain value
            return self._model_requirements(module, parameter.ref)
        return tuple(Requirement(p.name, frozenset({p.name}), Origin(module, p.site))
                     for p in parameters if p.required)

    def _model_requirements(self, module: str, written: str) -> tuple[Requirement, ...] | None:
        found = model_class(self.graph, module, written)
        read = pydantic_fields(self.graph, *found, as_request=True) if found else None
        if read is None:
            return None
        fields, generator = read
        if generator == "unknown":
            return None
        found = []
        for name, (field, home) in fields.items():
            if not field.required:
                continue
            if field.input_alias == "?":
                return None
            wire = field.input_alias or (generated(generator, name) if generator else name)
            names = frozenset({name, wire, generated(generator, name) if generator else name})
            found.append(Requirement(wire, names, Origin(home, field.site)))
        return tuple(found)
