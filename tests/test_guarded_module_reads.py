"""A module imported in a `try` whose ImportError handlers all raise is that module wherever
the code goes on: its attributes are checked (urllib3 4c0fcafce3, `try: import
urllib3.contrib.pyopenssl` / `except ImportError: raise SkipTest(...)`, then a read of
`urllib3.contrib.pyopenssl.orig_connection_ssl_wrap_socket`, which the commit removed). So
is one whose handlers bind the name to None or leave it alone (pyglet's `except ImportError:
context_managers = None`): where the code goes on without the module the name is None or
unbound, and a read of it that succeeds reads the module (pyright checks the read against the
module too). A `try` whose handler binds a stand-in leaves which object it is to the run."""

import pytest

from tests.conftest import diff_keys

BASE = {"pkg/__init__.py": "", "pkg/contrib/__init__.py": "",
        "pkg/contrib/ossl.py": "orig = 1\nX = 2\n"}
READ = "    return pkg.contrib.ossl.orig\n"


def _keys(guard: str) -> list[tuple]:
    base = {**BASE, "t.py": "def test():\n" + guard + READ}
    return diff_keys(base, {**base, "pkg/contrib/ossl.py": "X = 2\n"})


def test_a_module_whose_import_failure_raises_is_read():
    guard = "    try:\n        import pkg.contrib.ossl\n    except ImportError:\n" \
            "        raise RuntimeError('skip')\n"
    assert _keys(guard) == [("IMP103", "t.py", 6, "orig")]


@pytest.mark.parametrize("handler", ["pass", "return None", "log = None"])
def test_a_module_whose_import_may_fail_and_leave_its_name_unbound_is_read(handler):
    guard = f"    try:\n        import pkg.contrib.ossl\n    except ImportError:\n        {handler}\n"
    assert _keys(guard) == [("IMP103", "t.py", 6, "orig")]


@pytest.mark.parametrize("fallback", ["cm = None", "cm = HANDLE = None"])
def test_a_call_through_a_module_imported_in_a_try_with_a_none_fallback_is_checked(fallback):
    """pyglet's tests: `try: from pyglet.libs.win32 import context_managers` / `except
    ImportError: context_managers = HANDLE = None` at module level, then `context_managers.device_context()`
    in a test (pyright: "Argument missing for parameter")."""
    base = {"pkg/__init__.py": "", "pkg/cm.py": "def device_context(window=None):\n    return 1\n",
            "t.py": f"try:\n    from pkg import cm\nexcept ImportError:\n    {fallback}\n\n\n"
                    "def test():\n    return cm.device_context()\n"}
    assert diff_keys(base, {"pkg/cm.py": "def device_context(extra, window=None):\n    return 1\n"}) \
        == [("IMP202", "t.py", 8, "device_context")]


@pytest.mark.parametrize("handler", ["pkg = object()", "pkg = None\n        pkg = object()",
                                     "import other as pkg", "class pkg:\n            pass"])
def test_a_module_whose_import_may_fail_and_go_on_with_a_stand_in_is_not_read(handler):
    guard = f"    try:\n        import pkg.contrib.ossl\n    except ImportError:\n        {handler}\n"
    assert _keys(guard) == []


def test_a_module_imported_under_pytest_raises_is_not_read():
    guard = "    import pytest\n    with pytest.raises(ImportError):\n        import pkg.contrib.ossl\n"
    assert _keys(guard) == []


@pytest.mark.parametrize("fallback", ["cm = None", "cm = HANDLE = None"])
def test_a_read_through_a_module_imported_in_a_try_with_a_none_fallback_is_checked(fallback):
    """pyright: "X" is not a known attribute of module "pkg.cm" (and of "None")."""
    base = {"pkg/__init__.py": "", "pkg/cm.py": "X = 1\nY = 2\n",
            "t.py": f"try:\n    from pkg import cm\nexcept ImportError:\n    {fallback}\n\n\n"
                    "def test():\n    return cm.X\n"}
    assert diff_keys(base, {"pkg/cm.py": "Y = 2\n"}) == [("IMP103", "t.py", 8, "X")]


@pytest.mark.parametrize("fallback", ["cm = object()", "cm = None\n\ncm = object()"])
def test_a_read_through_a_module_with_a_stand_in_fallback_is_not_checked(fallback):
    base = {"pkg/__init__.py": "", "pkg/cm.py": "X = 1\nY = 2\n",
            "t.py": f"try:\n    from pkg import cm\nexcept ImportError:\n    {fallback}\n\n\n"
                    "def test():\n    return cm.X\n"}
    assert diff_keys(base, {"pkg/cm.py": "Y = 2\n"}) == []
