"""Found by the seventh round of seeded mutations against pyright and tsc (pydantic, structlog,
kysely, @sinclair/typebox; benchmarks/RESULTS.md, "unseen corpora, seventh round")."""

from __future__ import annotations

from conftest import diff_findings

EXTRACT = "def extract(event):\n    return event\n"


def _calls_reported(consumer: str) -> list[tuple[str, int]]:
    base = {"pkg/__init__.py": "", "pkg/twisted.py": EXTRACT, "tests/test_twisted.py": consumer}
    change = {"pkg/twisted.py": EXTRACT.replace("(event)", "(extra, event)")}
    return [(f["file"], f["line"]) for f in diff_findings(base, change)
            if f["code"] == "IMP202" and f["severity"] == "error"]


def test_python_calls_through_an_import_guarded_only_to_skip_the_module_are_checked():
    """structlog's tests/test_twisted.py imports `_extractStuffAndWhy` inside `try:` whose
    `except ImportError:` skips the module (twisted may be missing): the name is what the
    import brings or nothing, and pyright reports calls that no longer fit."""
    skipped = ("import pytest\n\ntry:\n    import twisted\n\n    from pkg.twisted import (\n"
               "        extract,\n    )\nexcept ImportError:\n"
               "    pytest.skip(allow_module_level=True)\n\n\n"
               "def test_extract():\n    extract({})\n")
    assert _calls_reported(skipped) == [("tests/test_twisted.py", 14)]


def test_python_calls_through_a_guarded_import_with_a_fallback_binding_are_not_judged():
    """A handler that binds the name too (`extract = None`, a stand-in `def`) makes it
    something else when the import fails: which one a call reaches depends on the run."""
    for fallback in ("    extract = None\n", ("    def extract(event, extra=None):\n"
                                              "        return event\n")):
        consumer = ("try:\n    from pkg.twisted import extract\nexcept ImportError:\n"
                    f"{fallback}\n\ndef test_extract():\n    extract({{}})\n")
        assert _calls_reported(consumer) == []


TYPES = ('from pkg._migration import getattr_migration\n\n__all__ = ["SecretStr", "Lazy"]\n\n\n'
         'class SecretStr:\n    pass\n\n\n__getattr__ = getattr_migration(__name__)\n')


def test_python_all_of_a_module_with_getattr_listing_a_name_it_no_longer_defines_is_a_warning():
    """pydantic's `types.py` ends with `__getattr__ = getattr_migration(__name__)`; removing
    `SecretStr` leaves `__all__` listing it, which pyright reports (reportUnsupportedDunderAll)
    and `from pydantic.types import *` fails on, unless `__getattr__` answers: a warning. A
    name `__all__` listed in base without the module binding it (`Lazy`, left to
    `__getattr__` all along) is not judged."""
    base = {"pkg/__init__.py": "", "pkg/types.py": TYPES,
            "pkg/_migration.py": "def getattr_migration(module):\n    return None\n"}
    removed = {"pkg/types.py": TYPES.replace("class SecretStr:\n    pass\n", "")}
    assert [(f["code"], f["severity"], f["file"], f["line"], f["symbol"])
            for f in diff_findings(base, removed)] == [
        ("IMP104", "warning", "pkg/types.py", 3, "SecretStr")]
    assert diff_findings(base, {"pkg/types.py": TYPES + "\nVALUE = 1\n"}) == []
