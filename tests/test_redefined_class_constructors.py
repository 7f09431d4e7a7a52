"""A class defined twice at module level (one for type checkers under `if TYPE_CHECKING:`, one
for run time under `else:`) has no single constructor: not the fields of its dataclass bases,
nor its bases' constructor (setuptools 4bed279a18, `Extension` a dataclass of `_Extension`'s
fields to checkers and a class whose `__init__` takes `**kwargs` at run time:
`Extension('name', ['f.c'], chic=True)` only warns)."""

from tests.conftest import diff_keys

PLAIN = (
    "class Extension:\n"
    "    def __init__(self, name, sources, language=None, **kw):\n"
    "        self.name = name\n"
)
FIELDS = (
    "from dataclasses import dataclass\n"
    "from typing import TYPE_CHECKING\n\n\n"
    "@dataclass\n"
    "class _Extension:\n"
    "    name: str\n"
    "    sources: list\n"
    "    language: str | None = None\n\n\n"
)
TWICE = FIELDS + (
    "if TYPE_CHECKING:\n"
    "    @dataclass\n"
    "    class Extension(_Extension):\n"
    "        pass\n"
    "else:\n"
    "    @dataclass(init=False)\n"
    "    class Extension(_Extension):\n"
    "        def __init__(self, name, sources, *args, **kwargs):\n"
    "            super().__init__(name, sources)\n"
)
ONCE = FIELDS + (
    "@dataclass\n"
    "class Extension(_Extension):\n"
    "    pass\n"
)
USER = "from pkg.extension import Extension\n\nExtension('name', ['f.c'], chic=True)\n"


def _change(head: str) -> tuple[dict, dict]:
    base = {"pkg/__init__.py": "", "pkg/extension.py": PLAIN, "pkg/user.py": USER}
    return base, {**base, "pkg/extension.py": head}


def test_a_dataclass_defined_again_for_run_time_has_no_known_constructor():
    assert diff_keys(*_change(TWICE)) == []


def test_a_class_that_inherits_its_constructor_defined_twice_has_no_known_constructor():
    twice = ("from typing import TYPE_CHECKING\n\n\n"
             "class Base:\n    def __init__(self, name, sources):\n        pass\n\n\n"
             "if TYPE_CHECKING:\n    class Extension(Base):\n        pass\n"
             "else:\n    class Extension(Base):\n        def __init__(self, *args, **kwargs):\n"
             "            pass\n")
    assert diff_keys(*_change(twice)) == []


def test_a_dataclass_defined_once_is_called_with_its_fields():
    assert diff_keys(*_change(ONCE)) == [("IMP202", "pkg/user.py", 3, "Extension")]
