"""impact/method_code.py: the methods `dataclasses` writes for impact's classes are compiled
once and kept beside the module's bytecode."""

from __future__ import annotations

import dataclasses
import sys
import types

import pytest

from impact import method_code

CLASS_SOURCE = """
from dataclasses import dataclass

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
"""


@pytest.fixture
def probe_module(tmp_path, monkeypatch):
    """A module of impact's namespace (as method_code sees it) whose file is in tmp_path."""
    name = "impact._method_code_probe"
    module = types.ModuleType(name)
    module.__file__ = str(tmp_path / "probe.py")
    monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(method_code, "_BY_MODULE", {})
    method_code.install()
    return module


def define_point(module: types.ModuleType) -> type:
    exec(compile(CLASS_SOURCE, module.__file__, "exec"), vars(module))  # noqa: S102
    return module.Point


def test_the_methods_of_a_class_are_compiled_once_and_kept(probe_module, tmp_path):
    point = define_point(probe_module)
    cache = method_code.method_code(probe_module.__name__)
    assert cache.new >= 5  # __init__, __repr__, __eq__, __hash__, __setattr__, __delattr__
    cache.write()
    stored = tmp_path / "__pycache__" / f"probe.{sys.implementation.cache_tag}.methods"
    assert stored.is_file()

    method_code._BY_MODULE.clear()  # a new run: the stored code, nothing compiled
    again = define_point(probe_module)
    assert method_code.method_code(probe_module.__name__).new == 0
    for cls in (point, again):
        assert cls(1, 2) == cls(1, 2) and cls(1) != cls(1, 3)
        assert hash(cls(1, 2)) == hash(cls(1, 2))
        assert repr(cls(1)) == "Point(x=1, y=0)"
        with pytest.raises(dataclasses.FrozenInstanceError):
            cls(1).x = 2


@pytest.mark.parametrize("content", [b"not marshal data", b"\xff" * 64, b""])
def test_an_unreadable_cache_file_is_ignored(probe_module, tmp_path, content):
    stored = tmp_path / "__pycache__" / f"probe.{sys.implementation.cache_tag}.methods"
    stored.parent.mkdir()
    stored.write_bytes(content)
    point = define_point(probe_module)
    assert point(3) == point(3, 0)
    assert method_code.method_code(probe_module.__name__).new >= 5


def test_a_cache_of_another_shape_is_ignored(probe_module, tmp_path):
    import marshal

    stored = tmp_path / "__pycache__" / f"probe.{sys.implementation.cache_tag}.methods"
    stored.parent.mkdir()
    stored.write_bytes(marshal.dumps({"def f(): pass": "not code"}))
    assert define_point(probe_module)(1).y == 0
    assert method_code.method_code(probe_module.__name__).new >= 5


def test_an_unwritable_directory_is_left_alone(probe_module, tmp_path):
    (tmp_path / "__pycache__").write_text("a file where the directory would be")
    define_point(probe_module)
    method_code.method_code(probe_module.__name__).write()  # no error
    assert (tmp_path / "__pycache__").read_text() == "a file where the directory would be"


def test_classes_of_other_packages_are_compiled_as_without_the_cache(monkeypatch):
    monkeypatch.setattr(method_code, "_BY_MODULE", {})
    module = types.ModuleType("elsewhere")
    module.__file__ = "/nonexistent/elsewhere.py"
    monkeypatch.setitem(sys.modules, "elsewhere", module)
    point = define_point(module)
    assert point(2) == point(2, 0)
    assert method_code._BY_MODULE == {}  # nothing kept for it
