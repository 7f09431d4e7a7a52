"""IMP202 at a call the change writes of a class whose constructor a decorator writes from its
fields (PEP 557 dataclasses, attrs) or that defines `__new__`, as pyright 1.1.414 reports it
(reportCallIssue; checked on the same definitions and calls): the fields in order, not a
`ClassVar`, an `InitVar` too, `field(init=False)` left out, `kw_only=True` and `_: KW_ONLY`
keyword-only, a dataclass base's fields first; a `__new__` checked before `__init__`, and
skipped when it takes `*args, **kwargs`. attrs' private names (attrs takes the `_` off;
pyright does not), `alias=` and `@x.default` are read as the interpreter runs them (Python 3.11
with attrs 26.1: TypeError exactly where reported). Silent where impact does not read the
constructor as the interpreter runs it: `@attr.s` without `auto_attribs=True`, a `field(init=...)` of a value, a
dataclass decorator that is not `dataclasses.dataclass`, an `__init__` after a `__new__`
that may return something else than `super().__new__(cls)`."""

from __future__ import annotations

from conftest import diff_keys

DATACLASSES = ("import dataclasses\n"
               "from dataclasses import dataclass, field, KW_ONLY, InitVar\n"
               "from typing import ClassVar\n\n\n"
               "@dataclass\nclass Point:\n    x: int\n    y: int = 0\n    tag: ClassVar[str] = 'p'\n"
               "    cache: list = field(default_factory=list)\n"
               "    hidden: int = field(init=False, default=0)\n\n\n"
               "@dataclass(kw_only=True)\nclass Opts:\n    a: int\n    b: int = 1\n\n\n"
               "@dataclasses.dataclass(frozen=True)\nclass Sep:\n    a: int\n    _: KW_ONLY\n    b: int\n"
               "    c: int = field(kw_only=True, default=3)\n\n\n"
               "@dataclass\nclass Child(Point):\n    z: int = 5\n\n\n"
               "@dataclass\nclass WithInit:\n    a: int\n    seed: InitVar[int] = 0\n\n\n"
               "@dataclass\nclass OwnInit:\n    a: int\n\n    def __init__(self, q):\n        self.a = q\n")
DATACLASS_CALLS = ["Point(1)", "Point(1, 2, [])", "Point(1, 2, [], 3)", "Point(1, hidden=3)",  # 2-5
                   "Point(1, tag='x')", "Point()", "Opts(a=1)", "Opts(1)", "Sep(1, b=2)",  # 6-10
                   "Sep(1, 2)", "Sep(1, b=2, c=4)", "Child(1, 2, [], 7)", "Child(1, 2, [], 7, 8)",  # 11-14
                   "Child(z=1)", "WithInit(1, 2)", "WithInit(1, 2, 3)", "OwnInit(1)",  # 15-18
                   "OwnInit(1, 2)", "OwnInit(a=1)"]  # 19-20
NEW = ("class New:\n    def __new__(cls, a, b):\n        return super().__new__(cls)\n\n\n"
       "class NewStar:\n    def __new__(cls, *args, **kwargs):\n        return super().__new__(cls)\n\n"
       "    def __init__(self, a):\n        self.a = a\n\n\n"
       "class NewAndInit:\n    def __new__(cls, a, b=1):\n        return super().__new__(cls)\n\n"
       "    def __init__(self, a):\n        self.a = a\n\n\n"
       "class SubNew(New):\n    pass\n\n\n"
       "class Cached:\n    made = None\n\n    def __new__(cls, a, b=1):\n"
       "        if cls.made is None:\n            cls.made = super().__new__(cls)\n"
       "        return cls.made\n\n    def __init__(self, a):\n        self.a = a\n")
NEW_CALLS = ["New(1, 2)", "New(1)", "NewStar(1)", "NewStar(1, 2)", "NewAndInit(1)",  # 2-6
             "NewAndInit(1, 2)", "NewAndInit(1, 2, 3)", "SubNew(1)", "SubNew(1, 2)",  # 7-10
             "Cached(1, 2)"]  # 11
ATTRS = ("import attr\nimport attrs\nfrom attrs import define, field\n\n\n"
         "@define\nclass Priv:\n    _x: int\n\n\n"
         "@define\nclass Dflt:\n    x: int = field()\n\n    @x.default\n    def _x_default(self):\n"
         "        return 1\n\n\n"
         "@define(kw_only=True)\nclass KO:\n    a: int\n    b: int = field(factory=list)\n\n\n"
         "@attr.s(auto_attribs=True)\nclass AA:\n    a: int\n    b: int = attr.ib(default=2)\n"
         "    c: int = attr.ib(init=False)\n\n\n"
         "@attr.s\nclass Classic:\n    a = attr.ib()\n\n\n"
         "@define\nclass Base:\n    a: int\n\n\n@attrs.define\nclass Sub(Base):\n    b: int = 0\n")
ATTRS_CALLS = ["Priv(x=1)", "Dflt()", "KO(1)", "KO(a=1)", "AA(1, 2)", "AA(1, 2, 3)",  # 2-7
               "Classic(1)", "Sub(1, 2)", "Sub(1, 2, 3)", "Sub()", "Classic(1, 2)"]  # 8-12


def _calls(module: str, names: str, calls: list[str]) -> dict[str, str]:
    return {"pkg/app.py": f"from .{module} import {names}\n" + "\n".join(calls) + "\n"}


def _new_calls(module: str, source: str, calls: list[str]) -> list[tuple]:
    names = ", ".join(sorted({call.partition("(")[0] for call in calls}))
    base = {"pkg/__init__.py": "", f"pkg/{module}.py": source, "pkg/app.py": "\n"}
    return diff_keys(base, _calls(module, names, calls))


def test_imp202_a_new_call_that_does_not_fit_a_dataclass_s_fields():
    # pyright (the same calls): lines 4-7, 9, 11, 14, 15, 17, 19, 20
    assert [key[2] for key in _new_calls("models", DATACLASSES, DATACLASS_CALLS)] == \
        [4, 5, 6, 7, 9, 11, 14, 15, 17, 19, 20]


def test_imp202_through_new_and_skipping_a_new_that_takes_anything():
    # pyright: lines 3, 5, 7 (`NewAndInit`'s `__init__`, which runs after a `__new__` that
    # returns `super().__new__(cls)`), 8, 9, 11; `Cached`'s `__new__` returns what an
    # attribute holds, which impact does not follow: its `__init__` is not judged
    assert [key[2] for key in _new_calls("models", NEW, NEW_CALLS)] == [3, 5, 7, 8, 9]


def test_imp202_at_attrs_classes_whose_fields_read_as_the_interpreter_builds_them():
    # pyright also reports `Priv(x=1)` and `Dflt()`, which run (attrs takes `_` off a private
    # name; `@x.default` gives `x` its default), and `Classic(1)` (no annotation: no field to
    # pyright, a field at run time); `Classic(1, 2)` raises, and pyright reports it too
    assert [key[2] for key in _new_calls("models", ATTRS, ATTRS_CALLS)] == [4, 7, 10, 11, 12]


def test_no_imp202_where_dataclass_is_not_the_standard_library_s():
    source = DATACLASSES.replace("from dataclasses import dataclass,", "from pydantic.dataclasses "
                                 "import dataclass\nfrom dataclasses import")
    assert [key[2] for key in _new_calls("models", source, DATACLASS_CALLS)] == [11]  # only Sep


def test_a_base_s_field_redefined_with_init_false_is_no_parameter():
    # rotki's DBIgnoredAssetsFilter: its base's required fields redefined `init=False`
    # (pyright: line 3 only)
    source = ("from dataclasses import dataclass, field\n\n\n"
              "@dataclass\nclass Base:\n    and_op: bool\n    select_value: str\n    select_table: str\n\n\n"
              "@dataclass(init=True, repr=True, eq=True, order=False, frozen=False)\nclass Ignored(Base):\n"
              "    select_value: str = field(default='value', init=False)\n"
              "    select_table: str = field(default='t', init=False)\n")
    assert [key[2] for key in _new_calls("models", source, ["Ignored(and_op=True)",
                                                            "Ignored(True, 'x')"])] == [3]


PRIVATE_AND_DEFAULTS = ("import attr\nfrom attrs import define, field\n\n\n"
                        "@define\nclass Priv:\n    _x: int\n    y: int = 0\n\n\n"
                        "@define\nclass Dflt:\n    x: int = field()\n    y: list = field(factory=list)\n\n"
                        "    @x.default\n    def _x_default(self):\n        return 1\n\n\n"
                        "@attr.s\nclass Classic:\n    _a = attr.ib()\n    b = attr.ib(factory=dict)\n\n\n"
                        "@define\nclass Aliased:\n    _p: int = field(alias='p2')\n\n\n"
                        "class Cached:\n    made = None\n\n    def __new__(cls, *args):\n"
                        "        if cls.made is None:\n            cls.made = super().__new__(cls)\n"
                        "        return cls.made\n\n    def __init__(self, a):\n        self.a = a\n")
PRIVATE_CALLS = ["Priv(1)", "Priv(x=1)", "Priv(_x=1)", "Priv()", "Priv(1, 2, 3)", "Dflt()",  # 2-7
                 "Dflt(1, [])", "Dflt(1, [], 3)", "Classic(1)", "Classic(a=1)", "Classic(_a=1)",  # 8-12
                 "Classic()", "Aliased(p2=1)", "Aliased(p=1)", "Cached(1)", "Cached(1, 2)"]  # 13-17


def test_imp202_at_attrs_private_names_aliases_and_decorated_defaults_as_they_run():
    # run time: TypeError at Priv(_x=1), Priv(), Priv(1, 2, 3), Dflt(1, [], 3), Classic(_a=1),
    # Classic(), Aliased(p=1) and Cached(1, 2), nowhere else; the `__new__` returning a cached
    # instance may return anything, so the `__init__` after it is not judged
    calls = "from models import Priv, Dflt, Classic, Aliased, Cached\n" + "\n".join(PRIVATE_CALLS) + "\n"
    base = {"models.py": PRIVATE_AND_DEFAULTS, "calls.py": ""}
    assert [line for _code, _file, line, _symbol in diff_keys(base, {"calls.py": calls})] == \
        [4, 5, 6, 9, 12, 13, 15]
