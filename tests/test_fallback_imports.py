"""An import in the `except ImportError:` handler of a `try` whose body resolves fails only
where the body's imports do: a warning when it does not resolve (urllib3 51b00d780d, `try:
from socket import socketpair` / `except ImportError: from .socketpair_helper import
socketpair` before the helper was written: the tests fail on Windows with Python < 3.5)."""

from tests.conftest import selected_keys

HELPER = "def socketpair():\n    return None, None\n"
FALLBACK = ("try:\n    from socket import socketpair\n"
            "except ImportError:\n    from .socketpair_helper import socketpair\n")


def _keys(user: str, gone: tuple[str, ...] = ("pkg/socketpair_helper.py",)) -> list[tuple]:
    base = {"pkg/__init__.py": "", "pkg/socketpair_helper.py": HELPER, "pkg/fast.py": HELPER,
            "pkg/test_user.py": "import socket\n"}
    change = {**base, "pkg/test_user.py": user} | dict.fromkeys(gone)
    return selected_keys(base, change, ("IMP1",))


def test_a_missing_module_the_handler_imports_is_a_warning():
    assert _keys(FALLBACK) == [
        ("IMP102", "pkg/test_user.py", 4, "warning", ".socketpair_helper")]


def test_a_name_the_handler_imports_and_the_module_lacks_is_a_warning():
    user = FALLBACK.replace(".socketpair_helper import socketpair", ".fast import pair")
    assert _keys(user) == [("IMP101", "pkg/test_user.py", 4, "warning", "pair")]


def test_a_missing_module_of_the_try_body_is_not_reported():
    user = ("try:\n    from .fast import socketpair\n"
            "except ImportError:\n    from socket import socketpair\n")
    assert _keys(user, gone=("pkg/fast.py",)) == []


def test_a_handler_inside_another_try_is_not_reported():
    user = ("try:\n    from socket import socketpair\nexcept ImportError:\n    try:\n"
            "        from .socketpair_helper import socketpair\n"
            "    except ImportError:\n        socketpair = None\n")
    assert _keys(user) == []


def test_a_handler_of_a_try_that_tolerates_the_failure_is_not_reported():
    user = ("try:\n    from socket import socketpair\nexcept ImportError:\n"
            "    from .socketpair_helper import socketpair\nexcept Exception:\n    socketpair = None\n")
    assert _keys(user) == []


def test_a_handler_whose_try_body_fails_too_is_an_error():
    user = FALLBACK.replace("from socket import", "from .fast import")
    assert [key[3] for key in _keys(user, gone=("pkg/fast.py", "pkg/socketpair_helper.py"))] == \
        ["error", "error"]
