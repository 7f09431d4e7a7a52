"""Facts as plain data records: what the facts cache stores and the worker processes send.

A record is msgpack data: a dataclass of impact.model is an array of its fields in the
order they are declared, a tuple an array, a dict a map; None, booleans, integers and
strings are themselves. Nothing in a record names a type or a function, so reading one can
never run code, as unpickling can: the reader only builds the model's dataclasses, and
checks every value against its field's type hint on the way. Data of any other shape (a
record from another format, a planted or damaged cache entry) is Unreadable: a cache miss,
never a half-built fact that fails later deep inside the analysis.

The readers are compiled once, from the dataclasses' fields and type hints, into plain
straight-line functions (as `dataclasses` builds `__init__`), so reading a record costs
about what unpickling it did. A file's facts keep the fields most reads never use
(DEFERRED: its calls, definitions, member reads, bindings) as msgpack bytes of their own
inside the record, unpacked and built when first used: a warm diff reads the imports and
HTTP facts of thousands of files and the calls and definitions of a few, and building the
model values is most of a record's reading. Such a field of a damaged record raises
DamagedRecord when read: the run that read it clears the cache and starts again
(impact.pipeline). FORMAT names this layout; the facts cache keys its entries by this
module's bytes (through `versions.extractor_version`), so entries in another layout are
never read.
"""

from __future__ import annotations

import dataclasses
import sys
import threading
import types
import typing
from collections.abc import Callable, Iterable
from functools import cache
from operator import attrgetter

import msgpack

from impact.method_code import compiled
from impact.model import FileFacts

FORMAT = "msgpack-fields-1"
_STRINGS = {"unicode_errors": "surrogatepass"}  # round-trip exactly, lone surrogates too (as pickle did)


class Unreadable(ValueError):
    """Bytes that are not a record of the expected type in this format."""


def dump_facts(facts: FileFacts) -> bytes:
    return msgpack.packb(facts, default=_fields_of, use_bin_type=True, **_STRINGS)


def load_facts(data: bytes) -> FileFacts:
    return _load(data, _read_facts)


class Codec:
    """dump and load for the records of one dataclass (and the dataclasses its fields hold),
    the way facts are written and read: for data derived from many facts (impact.index)."""

    def __init__(self, root: type):
        self._getters = {cls: _getter(cls) for cls in _model_classes(root)}
        self._read = _ReaderCompiler().compile(root)

    def dump(self, obj: object) -> bytes:
        return msgpack.packb(obj, default=lambda o: _fields_of(o, self._getters),
                             use_bin_type=True, **_STRINGS)

    def load(self, data: bytes) -> typing.Any:
        return _load(data, self._read)


def _load(data: bytes, read: Callable[[object], object]) -> typing.Any:
    try:
        return read(msgpack.unpackb(data, use_list=False, raw=False, **_STRINGS))
    except Exception as error:  # noqa: BLE001 - msgpack's errors, a wrong shape or type, too deep a nesting
        raise Unreadable(f"{type(error).__name__}: {error}") from None


# -- writing: a dataclass is the tuple of its fields ---------------------------------------


def _model_classes(root: type) -> list[type]:
    """The dataclasses a `root` record can hold, `root` first."""
    found: list[type] = []
    pending = [root]
    while pending:
        cls = pending.pop()
        if cls in found:
            continue
        found.append(cls)
        for hint in _hints(cls).values():
            pending.extend(c for c in _types_in(hint) if dataclasses.is_dataclass(c))
    return found


@cache
def _hints(cls: type) -> dict[str, object]:
    """The field types of a dataclass, read in the module that defines it (once: both the
    writer and the reader ask, and typing compiles every annotation it reads)."""
    return typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))


def _types_in(hint: object) -> Iterable[object]:
    yield hint
    for argument in typing.get_args(hint):
        yield from _types_in(argument)


def _getter(cls: type) -> Callable[[object], tuple]:
    names = [f.name for f in dataclasses.fields(cls)]
    if len(names) == 1:
        single = attrgetter(names[0])
        return lambda obj: (single(obj),)
    return attrgetter(*names)


def _facts_getter() -> Callable[[object], tuple]:
    """A file's facts' fields, each DEFERRED one packed on its own (read when first used)."""
    names = [f.name for f in dataclasses.fields(FileFacts)]
    every = attrgetter(*names)
    deferred = [index for index, name in enumerate(names) if name in DEFERRED]

    def fields(facts: object) -> tuple:
        values = list(every(facts))
        for index in deferred:
            values[index] = msgpack.packb(values[index], default=_fields_of, use_bin_type=True, **_STRINGS)
        return tuple(values)
    return fields


# the fields of FileFacts packed on their own and built when first read (see above)
DEFERRED = ("calls", "definitions", "member_refs", "bindings", "inner_bindings", "only_imported")
_GETTERS = {cls: _getter(cls) for cls in _model_classes(FileFacts)} | {FileFacts: _facts_getter()}


def _fields_of(obj: object, getters: dict[type, Callable[[object], tuple]] = _GETTERS) -> tuple:
    """msgpack's hook for what it cannot pack itself: the model's dataclasses, nothing else."""
    if type(obj) is frozenset:
        return tuple(sorted(obj))  # a set is stored as its sorted items
    getter = getters.get(type(obj))
    if getter is None:
        raise TypeError(f"a {type(obj).__name__} is not part of the facts model")
    return getter(obj)


# -- reading: straight-line checking functions compiled from the type hints ---------------


class _Invalid(Exception):
    """A value of the wrong type or shape (becomes Unreadable)."""


_SCALARS = {int: "int", str: "str", bool: "bool"}  # `type(x) is int` refuses True, as it should
MAX_INTERNED = 100_000  # records of scalars kept per type (a Site each: lines x columns seen)


class _ReaderCompiler:
    """Writes the source of one function per type (a dataclass, `tuple[X, ...]`, a fixed
    tuple, `dict[str, X]`) that checks a value unpacked by msgpack and returns the model
    value, then compiles them together. Only types from the model's own hints are written
    into the source, and field names are Python identifiers by construction."""

    def __init__(self, deferred: dict[type, tuple[str, ...]] | None = None) -> None:
        self.deferred = deferred or {}  # fields left unpacked, by dataclass (see DEFERRED)
        self.names: dict[object, str] = {}
        self.sources: list[str] = []
        self.scope: dict[str, object] = {"_Invalid": _Invalid, "_new": object.__new__}

    def compile(self, hint: object) -> Callable[[object], object]:
        name = self.reader(hint)
        code = compiled("\n\n".join(self.sources), __name__)  # kept, as bytecode is
        exec(code, self.scope)  # noqa: S102 - our own generated source
        return self.scope[name]

    def reader(self, hint: object) -> str:
        """The name of the function that reads a value of `hint`."""
        if hint not in self.names:
            self.names[hint] = name = f"_read_{len(self.names)}"
            self.sources.append(self._source(name, hint))
        return self.names[hint]

    def _source(self, name: str, hint: object) -> str:
        if dataclasses.is_dataclass(hint):
            return self._dataclass(name, hint)
        origin, arguments = typing.get_origin(hint), typing.get_args(hint)
        if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
            return self._sequence(name, arguments[0])
        if origin is frozenset:
            return self._set(name, arguments[0])
        if origin is tuple:
            return self._fixed_tuple(name, arguments)
        if origin is dict and arguments[0] is str:
            return self._mapping(name, arguments[1])
        raise TypeError(f"no record layout for {hint!r}")

    def _dataclass(self, name: str, cls: type) -> str:
        self.scope[cls.__name__] = cls
        hints = _hints(cls)
        fields = [f.name for f in dataclasses.fields(cls)]
        deferred = self.deferred.get(cls, ())
        lines = [f"def {name}(v):",
                 f"    if type(v) is not tuple or len(v) != {len(fields)}: raise _Invalid",
                 f"    {', '.join(fields)}, = v"]
        for field in fields:
            if field in deferred:  # compiled with the others, read later (_Deferred)
                self.reader(hints[field])
                lines.append(f"    if type({field}) is not bytes: raise _Invalid")
            else:
                lines += self._check(field, hints[field], "    ")
        build = [f"o = _new({cls.__name__})", "d = o.__dict__",
                 *(f"d[{deferred_key(field) if field in deferred else field!r}] = {field}"
                   for field in fields)]
        if not all(hints[field] in _SCALARS for field in fields):
            return "\n".join([*lines, *(f"    {line}" for line in build), "    return o"])
        # a record of scalars alone (a Site): one value per distinct record, as they repeat
        # by the thousand (checked first: a record that equals a kept one holds the same values)
        self.scope[f"_kept{name}"] = {}
        return "\n".join([*lines, f"    o = _kept{name}.get(v)", "    if o is None:",
                           *(f"        {line}" for line in build),
                           f"        if len(_kept{name}) < {MAX_INTERNED}:",
                           f"            _kept{name}[v] = o", "    return o"])

    def _sequence(self, name: str, item: object) -> str:
        lines = [f"def {name}(v):", "    if type(v) is not tuple: raise _Invalid"]
        if item in _SCALARS:  # already the tuple it should be, once its items are checked
            return "\n".join([*lines, "    for x in v:", *self._check("x", item, "        "),
                              "    return v"])
        return "\n".join([*lines, f"    return tuple(map({self.reader(item)}, v))"])

    def _set(self, name: str, item: object) -> str:
        return "\n".join([f"def {name}(v):", f"    return frozenset({self.reader(tuple[item, ...])}(v))"])

    def _fixed_tuple(self, name: str, items: tuple) -> str:
        names = [f"x{i}" for i in range(len(items))]
        lines = [f"def {name}(v):",
                 f"    if type(v) is not tuple or len(v) != {len(items)}: raise _Invalid",
                 f"    {', '.join(names)}, = v"]
        for variable, item in zip(names, items):
            lines += self._check(variable, item, "    ")
        return "\n".join([*lines, f"    return ({', '.join(names)},)"])

    def _mapping(self, name: str, value: object) -> str:
        return "\n".join([f"def {name}(v):", "    if type(v) is not dict: raise _Invalid",
                          "    out = {}", "    for k, x in v.items():",
                          "        if type(k) is not str: raise _Invalid",
                          *self._check("x", value, "        "), "        out[k] = x",
                          "    return out"])

    def _check(self, variable: str, hint: object, indent: str) -> list[str]:
        """Lines that check `variable` and rebind it to the model value it stands for."""
        optional = _optional(hint)
        if optional is not None:
            inner = self._check(variable, optional, indent + "    ")
            return [f"{indent}if {variable} is not None:", *inner]
        if hint in _SCALARS:
            return [f"{indent}if type({variable}) is not {_SCALARS[hint]}: raise _Invalid"]
        return [f"{indent}{variable} = {self.reader(hint)}({variable})"]


def _optional(hint: object) -> object | None:
    """X for `X | None`, else None."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        arguments = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(arguments) != 1:
            raise TypeError(f"no record layout for {hint!r}")
        return arguments[0]
    return None


class DamagedRecord(Exception):
    """A DEFERRED field of facts read from the cache is not what its type says."""


class _Deferred:
    """A field of FileFacts whose packed value a reader left in the instance's `__dict__`
    under `key`: unpacked, built and checked when first read. A descriptor without
    `__set__`, so a value in the instance's `__dict__` (facts made by the extractors, or a
    field once read) is found before it, at no cost."""

    def __init__(self, name: str, read: Callable[[object], object]):
        self.name, self.read = name, read
        self.key = deferred_key(name)
        self.lock = threading.Lock()  # two threads reading one field build it once

    def __get__(self, obj: object, owner: type | None = None) -> object:
        if obj is None:
            raise AttributeError(self.name)
        attributes = obj.__dict__
        with self.lock:
            if self.name not in attributes:
                attributes[self.name] = self._built(attributes.pop(self.key))
        return attributes[self.name]

    def _built(self, packed: bytes) -> object:
        try:
            return self.read(msgpack.unpackb(packed, use_list=False, raw=False, **_STRINGS))
        except Exception as error:  # noqa: BLE001 - as in _load: a wrong shape or type, too deep
            raise DamagedRecord(f"its {self.name}: {type(error).__name__}") from None


def deferred_key(name: str) -> str:
    """Where a record's reader leaves the packed value of a DEFERRED field (no identifier)."""
    return f"{name} (unread)"


def _read_facts_compiled() -> Callable[[object], object]:
    compiler = _ReaderCompiler({FileFacts: DEFERRED})
    read = compiler.compile(FileFacts)
    hints = _hints(FileFacts)
    for name in DEFERRED:
        setattr(FileFacts, name, _Deferred(name, compiler.scope[compiler.reader(hints[name])]))
    return read


def read_whole(facts: FileFacts) -> None:
    """Build the DEFERRED fields of facts read from a record (DamagedRecord if one is not
    what its type says)."""
    for name in DEFERRED:
        getattr(facts, name)


_read_facts = _read_facts_compiled()
