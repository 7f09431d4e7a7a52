"""Found by the twenty-third round of seeded mutations against pyright and tsc (psycopg,
pydantic-settings, @microsoft/signalr, webtorrent; benchmarks/RESULTS.md, "Seeded mutations,
round 23")."""

from __future__ import annotations

from tests.conftest import diff_keys

PROTOCOL = "from typing import Protocol\n\n" \
           "class PGresult(Protocol):\n" \
           "    def fname(self, column: int) -> bytes: ...\n" \
           "    def fmod(self, column: int) -> int: ...\n"
PROTOCOL_WITHOUT_FMOD = "from typing import Protocol\n\n" \
                        "class PGresult(Protocol):\n" \
                        "    def fname(self, column: int) -> bytes: ...\n"


def cursor_repository(column: str, results: str = "PGresult | None") -> dict:
    """psycopg's shape: `BaseCursor` (generic) declares `self.pgresult: PGresult | None` in
    `_reset`, not `__init__`, and assigns it without annotation elsewhere; `Column` takes a
    `cursor: BaseCursor[Any, Any]`."""
    return {
        "psycopg/__init__.py": "",
        "psycopg/abc.py": PROTOCOL,
        "psycopg/cursor.py": "from __future__ import annotations\n"
                             "from typing import TYPE_CHECKING, Generic, TypeVar\n"
                             "if TYPE_CHECKING:\n"
                             "    from .abc import PGresult\n"
                             "C = TypeVar('C')\n"
                             "R = TypeVar('R')\n"
                             "class BaseCursor(Generic[C, R]):\n"
                             "    def __init__(self) -> None:\n"
                             "        self._reset()\n"
                             "    def _reset(self) -> None:\n"
                             f"        self.pgresult: {results} = None\n"
                             "    def _set(self, res: PGresult) -> None:\n"
                             "        self.pgresult = res\n"
                             "    def close(self) -> None:\n"
                             "        pass\n",
        "psycopg/column.py": "from __future__ import annotations\n"
                             "from typing import TYPE_CHECKING, Any\n"
                             "if TYPE_CHECKING:\n"
                             "    from .cursor import BaseCursor\n"
                             "class Column:\n"
                             "    def __init__(self, cursor: BaseCursor[Any, Any], index: int):\n"
                             + column,
    }


def test_a_method_removed_is_missing_on_a_parameter_annotated_with_a_generic_class():
    """A parameter `cursor: BaseCursor[Any, Any]` is an instance of `BaseCursor` (pyright reads
    `cursor.close()` against it, reportAttributeAccessIssue once `close` is gone); impact took
    only `C`, `Optional[C]` and `C | None` annotations, not a subscripted generic class."""
    base = cursor_repository("        cursor.close()\n")
    change = {"psycopg/cursor.py": base["psycopg/cursor.py"].replace(
        "    def close(self) -> None:\n        pass\n", "")}
    assert diff_keys(base, change) == [("IMP103", "psycopg/column.py", 7, "close")]


def test_a_method_removed_is_missing_through_an_attribute_declared_optional_in_another_method():
    """psycopg `PGresult.fmod` removed: `cursor.pgresult.fmod(index)`, where `BaseCursor`
    declares `self.pgresult: PGresult | None` in `_reset` and assigns it elsewhere unannotated
    (pyright holds every assignment to the declaration). impact knew an attribute's class
    only from a plain `C` annotation, and from none when another assignment differed."""
    base = cursor_repository("        self.mod = cursor.pgresult.fmod(index)\n")
    change = {"psycopg/abc.py": PROTOCOL_WITHOUT_FMOD}
    assert diff_keys(base, change) == [("IMP103", "psycopg/column.py", 7, "fmod")]


def test_a_method_removed_is_missing_on_a_local_bound_to_an_attribute_of_an_instance():
    """psycopg `_column.py`: `res = cursor.pgresult; assert res; res.fmod(index)` (pyright,
    reportAttributeAccessIssue at 32). A local bound once to an attribute of a name that is
    surely an instance is read as that attribute, as `cursor.pgresult.fmod`."""
    base = cursor_repository("        res = cursor.pgresult\n"
                             "        assert res\n"
                             "        self.name = res.fname(index)\n"
                             "        self.mod = res.fmod(index)\n")
    change = {"psycopg/abc.py": PROTOCOL_WITHOUT_FMOD}
    assert diff_keys(base, change) == [("IMP103", "psycopg/column.py", 10, "fmod")]


def test_a_local_bound_to_an_attribute_and_bound_again_is_not_judged():
    """`res = cursor.pgresult`, then `res = other()` on some path: unknown, nothing judged."""
    base = cursor_repository("        res = cursor.pgresult\n"
                             "        if index:\n"
                             "            res = make(index)\n"
                             "        self.mod = res.fmod(index)\n")
    change = {"psycopg/abc.py": PROTOCOL_WITHOUT_FMOD}
    assert diff_keys(base, change) == []


def test_an_attribute_declared_with_two_classes_is_not_judged():
    """Two declarations of one attribute with different classes: neither is its class."""
    base = cursor_repository("        self.mod = cursor.pgresult.fmod(index)\n")
    base["psycopg/cursor.py"] = base["psycopg/cursor.py"].replace(
        "        self.pgresult = res\n", "        self.pgresult: Other = res\n")
    change = {"psycopg/abc.py": PROTOCOL_WITHOUT_FMOD}
    assert diff_keys(base, change) == []

