"""The `__init__` a field-declaring class decorator writes (PEP 557 dataclasses, attrs), read
from the class body as pyright derives it: each annotated class-level name is a parameter, in
order, except a `ClassVar`; `InitVar[...]` is one too; a value, `field(default=...)` or
`field(default_factory=...)` (attrs: `factory=`, or a first positional argument of `attr.ib`)
gives it a default; `field(init=False)` leaves it out; `kw_only=True` (of the decorator or the
field) and every field after a `_: KW_ONLY` make it keyword-only.

The reading is exact, and the class's construction known (`DecoratedFields.decorator`), only
when nothing else may change the parameters: a decorator of a known builder with only
keywords that keep `__init__` as derived, field calls with only keywords it knows, literal
`True`/`False` where a flag decides; for attrs also no unannotated `attr.ib()` in a class
whose annotations are its fields (pyright sees none), no name-mangled `__x`, and `@attr.s`
with no own `__init__` (which it replaces); without `auto_attribs=True` its fields are its
`attr.ib()` calls, annotated or not, in order (pyright sees none of them, and reports calls
that run: those are left alone, a call that does not fit the fields raises and pyright
reports it too). attrs' parameters are read as they run, where pyright reads otherwise: a
private field `_x` is the parameter `x` (attrs takes the leading underscores off), a literal
`alias="y"` names it `y`, and a method decorated `@x.default` gives `x` a default."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tree_sitter import Node

from impact.lang.treesitter import text
from impact.model import Parameter


@dataclass(frozen=True)
class FieldBuilder:
    """A decorator that writes `__init__` from a class's annotated fields."""

    names: frozenset[tuple[str, str]]  # (module, name) of the decorator
    specifiers: frozenset[str]  # last part of the callee of a field call (`field`, `attr.ib`)
    options: frozenset[str]  # decorator keywords that keep the derived `__init__`
    field_options: frozenset[str]  # field-call keywords that keep its parameter as derived
    defaults: frozenset[str]  # field-call keywords that give a default
    # the decorator keyword that makes plain annotations fields; without it (False) only field
    # calls are (classic attrs: `x = attr.ib()`, annotated or not); "" when they always are
    auto_attribs: str = ""
    positional_default: bool = False  # a field call's first positional argument is its default
    # attrs: private names renamed (`_x` -> `x`, or `alias=`), unannotated fields judged,
    # `@x.default` methods giving a default
    strict_names: bool = False
    replaces_init: bool = False  # writes `__init__` over one the class defines


DATACLASSES = FieldBuilder(
    names=frozenset({("dataclasses", "dataclass")}),
    specifiers=frozenset({"field"}),
    options=frozenset({"init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args",
                       "kw_only", "slots", "weakref_slot"}),
    field_options=frozenset({"default", "default_factory", "init", "repr", "hash", "compare",
                             "metadata", "kw_only", "doc"}),
    defaults=frozenset({"default", "default_factory"}))
ATTRS_OPTIONS = frozenset({"init", "repr", "eq", "order", "unsafe_hash", "hash", "frozen",
                           "match_args", "kw_only", "slots", "weakref_slot", "str", "cache_hash",
                           "auto_attribs", "getstate_setstate", "on_setattr"})
ATTRS_FIELD_OPTIONS = frozenset({"default", "factory", "validator", "repr", "eq", "order", "hash",
                                 "init", "metadata", "converter", "kw_only", "on_setattr", "type",
                                 "cmp", "alias"})
ATTRS = FieldBuilder(
    names=frozenset({("attrs", "define"), ("attrs", "frozen"), ("attrs", "mutable"),
                     ("attr", "define"), ("attr", "frozen"), ("attr", "mutable")}),
    specifiers=frozenset({"field", "ib", "attrib"}), options=ATTRS_OPTIONS,
    field_options=ATTRS_FIELD_OPTIONS, defaults=frozenset({"default", "factory"}),
    positional_default=True, strict_names=True)
CLASSIC_ATTRS = FieldBuilder(
    names=frozenset({("attr", "s"), ("attr", "attrs"), ("attr", "attributes")}),
    specifiers=ATTRS.specifiers, options=ATTRS_OPTIONS, field_options=ATTRS_FIELD_OPTIONS,
    defaults=ATTRS.defaults, auto_attribs="auto_attribs", positional_default=True,
    strict_names=True, replaces_init=True)
BUILDERS = (DATACLASSES, ATTRS, CLASSIC_ATTRS)
# the keyword flags whose value decides the parameters: read only when written literally
FLAGS = ("init", "kw_only")
CLASS_VARIABLE = re.compile(r"""["']?(\w+\.)*ClassVar\b""")
KEYWORD_ONLY_MARKER = re.compile(r"""["']?(\w+\.)*KW_ONLY["']?""")


@dataclass(frozen=True)
class DecoratedFields:
    """A class built by a field-declaring decorator: the parameters its `__init__` takes from
    the class's own fields (its bases' come first, impact/checks/calls.py), and the decorator
    as written (`dataclass`, `attrs.define`), "" when impact does not read them exactly."""

    parameters: tuple[Parameter, ...]
    decorator: str
    builder: FieldBuilder | None
    excluded: tuple[str, ...] = ()  # its fields `init=False` leaves out (a base's too, so)


def builder_of(written: str) -> FieldBuilder | None:
    """The builder a decorator may be, by its last part (its import decides: the checks)."""
    name = written.rpartition(".")[2]
    return next((b for b in BUILDERS if any(name == n for _, n in b.names)), None)


def decorated_fields(decorators: list[Node], body: Node, own_init: bool) -> DecoratedFields | None:
    """The fields of a class whose decorators include a dataclass or attrs builder (by name),
    None when none does. `own_init`: the class body defines `__init__`."""
    found = [(d, builder_of(_callee_text(d))) for d in decorators]
    builders = [(d, b) for d, b in found if b is not None]
    if not builders:
        return None
    decorator, builder = builders[0]
    keywords = _decorator_keywords(decorator)
    annotated = not builder.auto_attribs or keywords.get(builder.auto_attribs) == "True"
    parameters, exact, excluded = _fields(body, builder, keywords.get("kw_only") == "True", annotated)
    exact = exact and len(decorators) == 1 and _known_options(keywords, builder) and \
        not (builder.replaces_init and own_init)
    return DecoratedFields(parameters, _callee_text(decorator) if exact else "", builder, excluded)


def _callee_text(decorator: Node) -> str:
    expression = decorator.named_children[0] if decorator.named_children else decorator
    if expression.type == "call":
        expression = expression.child_by_field_name("function") or expression
    return "".join(text(expression).split())


def _decorator_keywords(decorator: Node) -> dict[str, str]:
    """The keyword arguments of `@builder(...)` as written; a positional or `**` one as "*"."""
    expression = decorator.named_children[0] if decorator.named_children else None
    if expression is None or expression.type != "call":
        return {}
    return _keywords(expression.child_by_field_name("arguments"))


def _keywords(arguments: Node | None) -> dict[str, str]:
    found: dict[str, str] = {}
    for argument in arguments.named_children if arguments is not None else ():
        if argument.type == "keyword_argument":
            found[text(argument.child_by_field_name("name"))] = \
                text(argument.child_by_field_name("value"))
        elif argument.type in ("list_splat", "dictionary_splat"):
            found["**"] = ""  # unknown arguments: no keyword impact knows
        elif argument.type != "comment":
            found.setdefault("*", "")
            found["*"] += text(argument) + ","
    return found


def _known_options(keywords: dict[str, str], builder: FieldBuilder) -> bool:
    if "*" in keywords or not set(keywords) <= builder.options:
        return False
    return keywords.get("init", "True") == "True" and \
        all(keywords.get(flag, "False") in ("True", "False") for flag in ("kw_only", "auto_attribs"))


def _fields(body: Node, builder: FieldBuilder, keyword_only: bool, annotated: bool = True
            ) -> tuple[tuple[Parameter, ...], bool, tuple[str, ...]]:
    """The parameters the class's own fields give, whether they are read exactly, and the
    fields `init=False` leaves out. `annotated`: an annotated name is a field (else only a
    field call is: `x = attr.ib()` of a classic attrs class)."""
    fields: list[Parameter] = []
    excluded: list[str] = []
    exact = True
    defaulted = _decorated_defaults(body) if builder.strict_names else frozenset()
    for statement in body.named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is None or assignment.type != "assignment":
            continue
        target = assignment.child_by_field_name("left")
        annotation = assignment.child_by_field_name("type")
        value = assignment.child_by_field_name("right")
        specifier = _specifier_arguments(value, builder)
        if annotation is None and annotated:
            exact = exact and not (builder.strict_names and specifier is not None)
            continue
        written = text(annotation) if annotation is not None else ""
        if target.type != "identifier" or not annotated and specifier is None or \
                CLASS_VARIABLE.match(written):
            continue
        if KEYWORD_ONLY_MARKER.fullmatch(written):
            keyword_only = True
            continue
        parameter, known = _field(text(target), value, specifier, builder, keyword_only)
        alias = _alias(specifier)
        exact = exact and known and alias is not None and \
            not (builder.strict_names and (text(target).startswith("__") or text(target) == "_"))
        if parameter is not None and builder.strict_names:
            renamed = alias or text(target).lstrip("_")
            parameter = replace(parameter, name=renamed,
                                default=parameter.default or text(target) in defaulted)
        if parameter is not None:
            fields.append(parameter)
        else:
            excluded.append(text(target))
    return tuple(fields), exact, tuple(excluded)


def _decorated_defaults(body: Node) -> frozenset[str]:
    """The fields a method of the class body gives a default (attrs: `@x.default`)."""
    return frozenset(_callee_text(d).removesuffix(".default") for statement in body.named_children
                     if statement.type == "decorated_definition"
                     for d in statement.named_children
                     if d.type == "decorator" and _callee_text(d).endswith(".default"))


def _alias(specifier: dict[str, str] | None) -> str | None:
    """attrs' `alias="y"` of a field call: "" without one, None when it is not a literal."""
    alias = (specifier or {}).get("alias", "")
    if not alias:
        return ""
    quoted = len(alias) > 1 and alias[0] in "'\"" and alias[-1] == alias[0]
    return alias[1:-1] if quoted and alias[1:-1].isidentifier() else None


def _specifier_arguments(value: Node | None, builder: FieldBuilder) -> dict[str, str] | None:
    """The arguments of a field call (`field(...)`, `attr.ib(...)`) that is the value."""
    if value is None or value.type != "call":
        return None
    callee = "".join(text(value.child_by_field_name("function")).split())
    if callee.rpartition(".")[2] not in builder.specifiers:
        return None
    return _keywords(value.child_by_field_name("arguments"))


def _field(name: str, value: Node | None, specifier: dict[str, str] | None, builder: FieldBuilder,
           keyword_only: bool) -> tuple[Parameter | None, bool]:
    """A field's parameter (None when `init=False` leaves it out), and whether it is exact."""
    if specifier is None:
        return Parameter(name, "keyword-only" if keyword_only else "positional", value is not None), True
    positional = specifier.pop("*", "")
    known = set(specifier) <= builder.field_options and \
        all(specifier.get(flag, "True") in ("True", "False") for flag in FLAGS) and \
        (not positional or builder.positional_default and positional.count(",") == 1)
    if specifier.get("init") == "False":
        return None, known
    keyword_only = specifier.get("kw_only", str(keyword_only)) == "True"
    default = bool(positional) or any(k in specifier for k in builder.defaults)
    return Parameter(name, "keyword-only" if keyword_only else "positional", default), known
