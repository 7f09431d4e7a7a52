"""A module attribute a file saves before patching it (`orig = mod.f`, then `mod.f = fake`,
later `mod.f = orig`) is read from the module: the save fails when the module lost it, though
the file assigns it (mopidy b9b0b6aaa3, `self.original = listener.send_async` in a test's
setUp after send_async was removed)."""

from tests.conftest import diff_keys

LISTENER = "def send(event):\n    pass\n\n\ndef send_async(event):\n    pass\n"
SAVED = (
    "from pkg import listener\n\n\n"
    "class T:\n"
    "    def setUp(self):\n"
    "        self.original = listener.send_async\n"
    "        listener.send_async = listener.send\n\n"
    "    def tearDown(self):\n"
    "        listener.send_async = self.original\n"
)


def _change(user: str) -> tuple[dict, dict]:
    base = {"pkg/__init__.py": "", "pkg/listener.py": LISTENER, "tests/test_t.py": user}
    return base, {**base, "pkg/listener.py": "def send(event):\n    pass\n"}


def test_the_saved_original_of_a_patched_attribute_is_read_from_the_module():
    assert diff_keys(*_change(SAVED)) == [("IMP103", "tests/test_t.py", 6, "send_async")]


def test_a_save_in_a_try_finally_is_read_from_the_module_too():
    user = ("from pkg import listener\n\n\n"
            "def test():\n"
            "    saved = listener.send_async\n"
            "    listener.send_async = print\n"
            "    try:\n"
            "        pass\n"
            "    finally:\n"
            "        listener.send_async = saved\n")
    assert diff_keys(*_change(user)) == [("IMP103", "tests/test_t.py", 5, "send_async")]


def test_an_attribute_another_function_sets_first_stays_the_files_own():
    user = ("from pkg import listener\n\n\n"
            "def init():\n"
            "    listener.send_async = print\n\n\n"
            "def bump():\n"
            "    saved = listener.send_async\n"
            "    listener.send_async = saved\n")
    assert diff_keys(*_change(user)) == []


def test_a_read_after_the_files_own_write_stays_the_files_own():
    user = ("from pkg import listener\n\n\n"
            "def patch():\n"
            "    listener.send_async = print\n"
            "    saved = listener.send_async\n"
            "    listener.send_async = saved\n")
    assert diff_keys(*_change(user)) == []


def test_what_is_read_below_a_patched_attribute_may_be_the_patchs():
    user = ("from pkg import listener\n\n\n"
            "def test():\n"
            "    saved = listener.send\n"
            "    listener.send = print\n"
            "    listener.send.gone\n"
            "    listener.send = saved\n")
    assert diff_keys(*_change(user)) == []
