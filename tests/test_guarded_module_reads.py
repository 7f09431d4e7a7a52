"""A module imported in a `try` whose ImportError handlers all raise is that module wherever
the code goes on: its attributes are checked (urllib3 4c0fcafce3, `try: import
urllib3.contrib.pyopenssl` / `except ImportError: raise SkipTest(...)`, then a read of
`urllib3.contrib.pyopenssl.orig_connection_ssl_wrap_socket`, which the commit removed). A
`try` that goes on without the module (a handler that binds a stand-in or passes) leaves
which module it is to the run."""

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


@pytest.mark.parametrize("handler", ["pass", "pkg = None", "return None"])
def test_a_module_whose_import_may_fail_and_go_on_is_not_read(handler):
    guard = f"    try:\n        import pkg.contrib.ossl\n    except ImportError:\n        {handler}\n"
    assert _keys(guard) == []


def test_a_module_imported_under_pytest_raises_is_not_read():
    guard = "    import pytest\n    with pytest.raises(ImportError):\n        import pkg.contrib.ossl\n"
    assert _keys(guard) == []
