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



HTTP_CLIENT = "export abstract class HttpClient {\n" \
              "  public post(url: string): Promise<string>;\n" \
              "  public post(url: string, options: object): Promise<string>;\n" \
              "  public post(url: string, options?: object): Promise<string> {\n" \
              "    return this.send(url);\n" \
              "  }\n" \
              "  public abstract send(url: string): Promise<string>;\n" \
              "}\n"
SIGNALR = {
    "package.json": '{"name": "signalr"}\n',
    "src/HttpClient.ts": HTTP_CLIENT,
    "src/AccessTokenHttpClient.ts": "import { HttpClient } from './HttpClient';\n"
                                    "export class AccessTokenHttpClient extends HttpClient {\n"
                                    "  public send(url: string): Promise<string> {\n"
                                    "    return Promise.resolve(url);\n"
                                    "  }\n"
                                    "}\n",
    "src/HttpConnection.ts": "import { AccessTokenHttpClient } from './AccessTokenHttpClient';\n"
                             "export class HttpConnection {\n"
                             "  private readonly _httpClient: AccessTokenHttpClient;\n"
                             "  constructor(client: AccessTokenHttpClient) {\n"
                             "    this._httpClient = client;\n"
                             "  }\n"
                             "  negotiate(url: string) {\n"
                             "    return this._httpClient.post(url, { content: '' });\n"
                             "  }\n"
                             "}\n",
}


def test_an_overload_removed_breaks_a_call_on_an_instance_of_a_subclass_that_inherits_it():
    """@microsoft/signalr `HttpClient.post(url, options)` overload removed: `HttpConnection`
    calls `this._httpClient.post(negotiateUrl, {...})` on an `AccessTokenHttpClient`, which
    extends `HttpClient` and inherits `post` (tsc TS2554 at `HttpConnection.ts:320`). impact
    resolved a call on an instance to the method of the class as written only, never to the
    one it inherits."""
    change = {"src/HttpClient.ts": HTTP_CLIENT.replace(
        "  public post(url: string, options: object): Promise<string>;\n", "")}
    assert diff_keys(SIGNALR, change) == [("IMP202", "src/HttpConnection.ts", 8, "HttpClient.post")]


INHERITED = {
    "pkg/__init__.py": "",
    "pkg/base.py": "class Base:\n    def send(self, url, options=None):\n        return url\n",
    "pkg/sub.py": "from .base import Base\n"
                  "class Mixin:\n"
                  "    def send(self, url, options=None):\n"
                  "        return url\n"
                  "class Sub(Base):\n"
                  "    pass\n"
                  "class Both(Mixin, Base):\n"
                  "    pass\n",
    "pkg/use.py": "from .sub import Both, Sub\n"
                  "def run(sub: Sub, both: Both):\n"
                  "    sub.send('u', {})\n"
                  "    both.send('u', {})\n",
}


def test_a_parameter_removed_breaks_a_call_on_an_instance_of_a_subclass_that_inherits_the_method():
    """The same in Python: `Base.send` loses `options`; `sub.send('u', {})` on a `Sub(Base)`
    is a call of `Base.send` (pyright reportCallIssue). A class of several bases (`Both(Mixin,
    Base)`) is not judged: impact does not follow Python's method resolution order."""
    change = {"pkg/base.py": "class Base:\n    def send(self, url):\n        return url\n"}
    assert diff_keys(INHERITED, change) == [("IMP202", "pkg/use.py", 3, "Base.send")]
