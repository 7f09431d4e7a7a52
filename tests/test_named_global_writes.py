"""A write into a module's namespace that spells its names out (`globals().update(name=v)`,
`globals()["name"] = v`) binds those names and no others: an import of a name the module
neither defines nor writes is dangling (setuptools dc5dee8f15, `from .test_find_packages import
has_symlink` where the module defines `can_symlink` and caches it with
`globals().update(can_symlink=lambda: can)`). A computed key still binds anything."""

import pytest

from tests.conftest import diff_keys

PROBE = (
    "import os\n\n\n"
    "def can_symlink():\n"
    "    can = hasattr(os, 'symlink')\n"
    "    {write}\n"
    "    return can\n"
)
USER = "from pkg.probe import {name}\n\nprint({name}())\n"


def _change(write: str, name: str) -> tuple[dict, dict]:
    base = {"pkg/__init__.py": "", "pkg/probe.py": PROBE.format(write=write),
            "pkg/test_user.py": USER.format(name="can_symlink")}
    return base, {**base, "pkg/test_user.py": USER.format(name=name)}


@pytest.mark.parametrize("write", [
    "globals().update(can_symlink=lambda: can)",
    "globals()['can_symlink'] = lambda: can",
    "globals().setdefault('can_symlink', lambda: can)",
    "globals().update({'can_symlink': lambda: can})",
])
def test_a_name_no_write_spells_out_is_not_provided(write):
    assert diff_keys(*_change(write, "has_symlink")) == [
        ("IMP101", "pkg/test_user.py", 1, "has_symlink")]


def test_a_name_only_a_spelled_out_write_binds_is_provided():
    assert diff_keys(*_change("globals().update(has_symlink=lambda: can)", "has_symlink")) == []


@pytest.mark.parametrize("write", [
    "globals()[os.name] = lambda: can",
    "globals().update(**{os.name: can})",
    "globals().update(vars(os))",
])
def test_a_computed_key_may_bind_any_name(write):
    assert diff_keys(*_change(write, "has_symlink")) == []


def test_module_level_locals_with_a_spelled_out_key_binds_that_name():
    base = {"pkg/__init__.py": "", "pkg/packages.py": "locals()['urllib3'] = __import__('urllib3')\n",
            "app.py": "from pkg.packages import urllib3\n"}
    change = {**base, "app.py": "from pkg.packages import urllib3, idna\n"}
    assert diff_keys(base, change) == [("IMP101", "app.py", 1, "idna")]
