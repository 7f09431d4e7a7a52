"""The fields of the JSON body an operation sends, when all of them are known.

An operation's bodies (impact.model.BodyDecl, read per file) are resolved with the whole
revision in view: a FastAPI response model or an instance of a pydantic model gives the
model's fields (its bases' too, by alias when the model has one or an alias generator that
impact knows: pydantic's `to_camel`/`to_pascal`/`to_snake`, humps' `camelize`/`pascalize`),
`obj.to_dict()` the dict literal that method returns, a serializer function the object
literal it returns, a named handler what it sends, a TypeScript interface or class the fields
it declares (impact.http.ts_types), `this.service.find(id)` what that method is declared to
return (NestJS). The set is *open* — unknown, never
judged — as soon as one body is: a variable, a spread, a raw row, a model with
`extra="allow"` or a custom serializer, a base class impact cannot see into, an alias
generator it does not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from impact.graph import SymbolGraph
from impact.http import drf, fastify_schemas, marshmallow, py_bodies, zod_schemas
from impact.http.fastify import RETURNED
from impact.http.names import resolve
from impact.http.routes import Operation
from impact.model import BodyDecl, FieldDecl, ModelDecl, ProducerDecl, Site

MAX_DEPTH = 8
MAX_NESTING = 3  # levels of fields inside fields whose fields are followed
PYDANTIC_ROOTS = {("pydantic", "BaseModel"), ("sqlmodel", "SQLModel"), ("pydantic.main", "BaseModel"),
                  ("pydantic.v1", "BaseModel"), ("ninja", "Schema")}  # Django Ninja's is pydantic's
NO_FIELDS_BASES = {"Generic", "typing.Generic"}
# the marks of a schema on its library's own class (a base of no fields): the class's fields are all
SCHEMA_ROOTS = (fastify_schemas.ROOT, marshmallow.ROOT)
ALIAS_GENERATORS = {("pydantic.alias_generators", "to_camel"): "camel",
                    ("pydantic.alias_generators", "to_pascal"): "pascal",
                    ("pydantic.alias_generators", "to_snake"): "snake",
                    ("humps", "camelize"): "camel", ("humps", "pascalize"): "pascal",
                    ("humps", "decamelize"): "snake"}


@dataclass(frozen=True)
class Origin:
    """Where a field is produced."""

    file: str
    site: Site


@dataclass(frozen=True)
class Produced:
    """The fields a body (or a value inside it) may have: `fields` when it may be an object,
    `items` when it may be an array of objects (None: it is never that), by their names on
    the wire; `inner`, what a field holds when that is known too: (field, of an item) ->
    its value (`items: list[TaskOut]` of a page: ("items", False) -> the tasks)."""

    fields: dict[str, Origin] | None
    items: dict[str, Origin] | None
    inner: dict[tuple[str, bool], Produced] = field(default_factory=dict)

    def at(self, within: tuple[tuple[str, bool], ...]) -> Produced | None:
        """The value at a path of (field, of an item) from this one, when it is known."""
        value: Produced | None = self
        for step in within:
            value = value.inner.get(step) if value is not None else None
        return value


# (an array of such objects, the objects' fields, what a field holds when that is known)
Shape = tuple[bool, dict[str, Origin], dict[str, "Produced"]]


def produced(graph: SymbolGraph, operation: Operation) -> Produced | None:
    """What the operation's body holds, or None when it is open."""
    shapes = _Resolver(graph).operation(operation)
    return None if shapes is None else _value(shapes)


def _value(shapes: list[Shape]) -> Produced:
    """The value that is one of these shapes."""
    objects = [shape for shape in shapes if not shape[0]]
    arrays = [shape for shape in shapes if shape[0]]
    inner: dict[tuple[str, bool], Produced] = {}
    for many, _fields, held in shapes:
        for name, value in held.items():
            known = inner.get((name, many))
            inner[(name, many)] = value if known is None else _either(known, value)
    return Produced(_union([f for _m, f, _h in objects]) if objects else None,
                    _union([f for _m, f, _h in arrays]) if arrays else None, inner)


def _either(one: Produced, other: Produced) -> Produced:
    """A value that may be either (the fields of both; what a field holds, if both say)."""
    def merged(a: dict[str, Origin] | None, b: dict[str, Origin] | None):
        return a if b is None else b if a is None else _union([a, b])
    inner = {key: _either(value, other.inner[key]) for key, value in one.inner.items()
             if key in other.inner}
    return Produced(merged(one.fields, other.fields), merged(one.items, other.items), inner)


def _union(shapes: list[dict[str, Origin]]) -> dict[str, Origin]:
    merged: dict[str, Origin] = {}
    for fields in shapes:
        for name, origin in fields.items():
            merged.setdefault(name, origin)
    return merged


class _Resolver:
    def __init__(self, graph: SymbolGraph):
        self.graph = graph

    def operation(self, operation: Operation) -> list[Shape] | None:
        model = operation.model
        if model is not None:
            if model.kind == "open":
                return None
            shapes = self.body(operation.file, model, 0)
            if shapes is not None or model.kind in ("model", fastify_schemas.SCHEMA):
                return shapes
        if operation.bodies is not None:
            return self.bodies(operation.home or operation.file, operation.bodies, 0)
        handler = self._handler(operation)
        return self.bodies(handler[0], handler[1].bodies, 0) if handler else None

    def _handler(self, operation: Operation) -> tuple[str, ProducerDecl] | None:
        """The named handler of an operation (a Next.js export is one of its module's)."""
        if operation.exported:
            exports = self.graph.facts[operation.file].exports
            export = next((e for e in exports if e.name == operation.handler), None)
            return self._producer((operation.file, export.local or export.name)) if export else None
        if not operation.handler:
            return None
        return self._producer(resolve(self.graph, operation.file, operation.handler))

    def _producer(self, target: tuple[str, str] | None) -> tuple[str, ProducerDecl] | None:
        if target is None or target[0] not in self.graph.facts:
            return None
        found = [p for p in self.graph.facts[target[0]].http.producers if p.name == target[1]]
        return (target[0], found[0]) if len(found) == 1 else None

    def bodies(self, module: str, bodies: tuple[BodyDecl, ...], depth: int) -> list[Shape] | None:
        shapes: list[Shape] = []
        for body in bodies:
            found = self.body(module, body, depth)
            if found is None:
                return None
            shapes.extend(found)
        return shapes

    def body(self, module: str, body: BodyDecl, depth: int) -> list[Shape] | None:
        if depth > MAX_DEPTH or body.kind == "open":
            return None
        if body.kind == "none":
            return [(True, {}, {})] if body.many else []
        if body.kind == "object":
            return self._object(module, body, depth)
        if body.kind in ("type", fastify_schemas.SCHEMA):
            found = self.typed(module, body.ref, body.arguments, depth)
            return None if found is None else [(body.many, *found)]
        if body.kind == drf.SERIALIZER:
            declared = self._class(module, body.ref)
            found = self.typed(module, body.ref, (), depth) if declared and declared[1].serializer else None
            return None if found is None else [(body.many, *found)]
        if body.kind in ("model", "annotation", "instance"):
            found = self.modelled(module, body.ref, body.arguments, body.by_alias)
            return None if found is None else [(body.many, *found)]
        if body.kind == "serialized":
            method = self._serializer(module, body.ref, body.method, depth)
            inner = self.bodies(method[0], method[1].bodies, depth + 1) if method else None
            return _repeated(inner, body.many)
        if body.kind == "call":
            producer = self._producer(resolve(self.graph, module, body.ref))
            inner = self.bodies(producer[0], producer[1].bodies, depth + 1) if producer else None
            return _repeated(inner, body.many)
        if body.kind == RETURNED:  # a Fastify handler declared elsewhere: what it returns
            producer = self._producer(resolve(self.graph, module, body.ref))
            sent = producer[1].returning or producer[1].bodies if producer else None
            return self.bodies(producer[0], sent, depth + 1) if producer else None
        return None

    def _object(self, module: str, body: BodyDecl, depth: int) -> list[Shape] | None:
        """An object literal's keys, after the keys of each value it spreads (one object
        each, else the body is not known)."""
        fields: dict[str, Origin] = {}
        held: dict[str, Produced] = {}
        for spread in body.spreads:
            shapes = self.body(module, spread, depth + 1)
            if shapes is None or len(shapes) != 1 or shapes[0][0]:
                return None
            fields.update(shapes[0][1])
            held.update(shapes[0][2])
        for f in body.fields:
            name = f.alias or f.name
            fields[name] = Origin(module, f.site)
            held.pop(name, None)
            value = self._returned(module, f, depth) if f.holds.endswith(py_bodies.CALLED) else \
                self._written(module, f, depth) if f.inline else None
            if value is not None:
                held[name] = value
        return [(body.many, fields, held)]

    def _returned(self, module: str, declared: FieldDecl, depth: int) -> Produced | None:
        """What a dict's value holds when a serializer function's call gives it (`"books":
        [book_to_dict(b) for b in books]`: its dict, in a list)."""
        producer = self._producer(resolve(self.graph, module, declared.holds[:-len(py_bodies.CALLED)]))
        inner = self.bodies(producer[0], producer[1].bodies, depth + 1) if producer else None
        shapes = _repeated(inner, declared.holds_many)
        return _value(shapes) if shapes else None

    def _written(self, module: str, declared: FieldDecl, depth: int) -> Produced | None:
        """What a field's value written in place holds (`wind: { knots: 12 }`)."""
        shapes = self.bodies(module, declared.inline, depth + 1)
        return _value(shapes) if shapes else None

    # -- classes ----------------------------------------------------------------------

    def _class(self, module: str, written: str) -> tuple[str, ModelDecl] | None:
        return model_class(self.graph, module, written)

    def _serializer(self, module: str, written: str, method: str, depth: int
                    ) -> tuple[str, ProducerDecl] | None:
        """The class's own serializer method, or the one it inherits from a class here."""
        found = self._class(module, written)
        if found is None or depth > MAX_DEPTH:
            return None
        home, model = found
        own = [s for s in model.serializers if s.name == method]
        if own:
            return home, own[0]
        inherited = [self._serializer(home, base, method, depth + 1) for base in model.bases]
        inherited = [i for i in inherited if i is not None]
        return inherited[0] if len(inherited) == 1 else None

    def typed(self, module: str, written: str, arguments: tuple[str, ...], depth: int,
              nesting: int = 0) -> tuple[dict[str, Origin], dict[str, Produced]] | None:
        """A TypeScript type's fields and its bases' (impact.http.ts_types), and what its
        fields hold; None when it is not a type impact reads or is open."""
        found = self._class(module, written)
        if found is None or found[1].open or depth > MAX_DEPTH:
            return None
        home, model = found
        fields: dict[str, Origin] = {}
        held: dict[str, Produced] = {}
        for base in model.bases:
            if base in SCHEMA_ROOTS:
                continue
            inherited = self.typed(home, base, (), depth + 1, nesting)
            if inherited is None:
                return None
            fields.update(inherited[0])
            held.update(inherited[1])
        given = _given(model, arguments, module)
        for f in model.fields:
            fields[f.name] = Origin(home, f.site)
            value = self._held(home, f, given, nesting,
                               lambda where, ref, args: self.typed(where, ref, args, 0, nesting + 1))
            if value is not None:
                held[f.name] = value
        return fields, held

    def modelled(self, module: str, written: str, arguments: tuple[str, ...], by_alias: bool,
                 nesting: int = 0) -> tuple[dict[str, Origin], dict[str, Produced]] | None:
        """A pydantic model's fields on the wire, and what they hold; None when it is not one
        or is open."""
        found = self._class(module, written)
        read = pydantic_fields(self.graph, found[0], found[1]) if found else None
        if read is None:
            return None
        fields, generator = read
        if generator == "unknown" and by_alias:
            return None
        given = _given(found[1], arguments, module)
        wire: dict[str, Origin] = {}
        held: dict[str, Produced] = {}
        for name, (declared, home) in fields.items():
            if by_alias:
                name = declared.alias or generated(generator, name)
            wire.setdefault(name, Origin(home, declared.site))
            value = self._held(home, declared, given if home == found[0] else {}, nesting,
                               lambda where, ref, args: self.modelled(where, ref, args, by_alias,
                                                                      nesting + 1))
            if value is not None:
                held.setdefault(name, value)
        return wire, held

    def _held(self, home: str, declared: FieldDecl, given: dict[str, tuple[str, str]],
              nesting: int, fields_of) -> Produced | None:
        """What a field holds when its annotation names a class whose fields are known (a
        type parameter stands for the argument given for it), up to MAX_NESTING levels."""
        if not declared.holds or nesting >= MAX_NESTING:
            return None
        where, ref = given.get(declared.holds, (home, declared.holds))
        found = fields_of(where, ref, ())
        if found is None:
            return None
        fields, held = found
        if declared.holds_many:
            return Produced(None, fields, {(name, True): value for name, value in held.items()})
        return Produced(fields, None, {(name, False): value for name, value in held.items()})


def _given(model: ModelDecl, arguments: tuple[str, ...], module: str) -> dict[str, tuple[str, str]]:
    """Type parameter -> (the module where its argument is written, the argument)."""
    if len(arguments) != len(model.parameters):
        return {}
    return {parameter: (module, argument) for parameter, argument in zip(model.parameters, arguments)}


def model_class(graph: SymbolGraph, module: str, written: str) -> tuple[str, ModelDecl] | None:
    """The class a name written in `module` is, with the module that defines it, when the
    HTTP facts hold it (a class that may be a response or a request body)."""
    target = resolve(graph, module, written)
    model = model_at(graph, target) if target is not None else None
    return (target[0], model) if model is not None else None


def model_at(graph: SymbolGraph, target: tuple[str, str]) -> ModelDecl | None:
    """Class `target[1]` of module `target[0]`, when its HTTP facts hold exactly one."""
    if target[0] not in graph.facts:
        return None
    found = [m for m in graph.facts[target[0]].http.models if m.name == target[1]]
    return found[0] if len(found) == 1 else None


def pydantic_fields(graph: SymbolGraph, module: str, model: ModelDecl, as_request: bool = False,
                    depth: int = 0) -> tuple[dict[str, tuple[FieldDecl, str]], str] | None:
    """(python name -> (field, the module declaring it), alias generator) of a pydantic model
    and its bases; None when it is not a pydantic model or its fields are open, or (for what
    a request must send, `as_request`) when its own code may fill fields in."""
    if model.open or as_request and model.fills or depth > MAX_DEPTH:
        return None
    fields: dict[str, tuple[FieldDecl, str]] = {}
    generator = ""
    rooted = False
    for base in model.bases:
        if base in NO_FIELDS_BASES:
            continue
        if base in (py_bodies.DATACLASS, zod_schemas.ROOT, *SCHEMA_ROOTS) or \
                is_pydantic_root(graph, module, base):
            rooted = True
            continue
        parent = model_class(graph, module, base)
        inherited = pydantic_fields(graph, parent[0], parent[1], as_request, depth + 1) \
            if parent else None
        if inherited is None:
            return None
        fields.update(inherited[0])
        generator = generator or inherited[1]
        rooted = True
    if not rooted:
        return None
    if model.alias_generator:
        generator = alias_generator(graph, module, model.alias_generator)
    for declared in model.fields:
        fields[declared.name] = (declared, module)
    return fields, generator


def is_pydantic_root(graph: SymbolGraph, module: str, base: str) -> bool:
    """Whether a base class as written in `module` is pydantic's `BaseModel` (or SQLModel)."""
    first, _dot, rest = base.partition(".")
    for imp in graph.facts[module].imports:
        if imp.local != first:
            continue
        if rest and imp.imported is None and (imp.source, rest) in PYDANTIC_ROOTS:
            return True  # `import pydantic` ... `pydantic.BaseModel`
        if not rest and (imp.source, imp.imported) in PYDANTIC_ROOTS:
            return True
    return False


def alias_generator(graph: SymbolGraph, module: str, written: str) -> str:
    """Which alias generator a name written in `module` is (camel, pascal, snake), or unknown."""
    first, _dot, rest = written.partition(".")
    for imp in graph.facts[module].imports:
        if imp.local == first:
            key = (imp.source, rest) if rest else (imp.source, imp.imported)
            return ALIAS_GENERATORS.get(key, "unknown")
    return "unknown"


def _repeated(shapes: list[Shape] | None, many: bool) -> list[Shape] | None:
    """The shapes of a list of what `shapes` describe (`many`), or the shapes themselves."""
    if shapes is None or not many:
        return shapes
    if any(inner_many for inner_many, _fields, _held in shapes):
        return None  # a list of lists
    return [(True, fields, held) for _many, fields, held in shapes]


def generated(generator: str, name: str) -> str:
    """pydantic's alias generators, as pydantic.alias_generators writes them."""
    if generator == "pascal":
        return _to_pascal(name)
    if generator == "camel":
        if re.match("^[a-z]+[A-Za-z0-9]*$", name) and not re.search(r"\d[a-z]", name):
            return name
        return re.sub("(^_*[A-Z])", lambda m: m.group(1).lower(), _to_pascal(name))
    return name


def _to_pascal(name: str) -> str:
    return re.sub("([0-9A-Za-z])_(?=[0-9A-Z])", lambda m: m.group(1), name.title())
