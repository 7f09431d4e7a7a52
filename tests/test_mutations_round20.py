"""Found by the twentieth round of seeded mutations against pyright and tsc (invoke,
websockets, @mux/mux-node, react-aria-components; benchmarks/RESULTS.md, "Seeded mutations,
round 20")."""

from __future__ import annotations

from tests.conftest import diff_keys

ALIASES = {
    "package.json": '{"name": "sdk", "type": "module"}\n',
    "src/pagination.ts": "export class BasePage {}\nexport class Page extends BasePage {}\n",
    "src/index.ts": 'import * as Pagination from "./pagination.js";\n'
                    "export class Client {}\n"
                    "export namespace Client {\n"
                    "  export import BasePage = Pagination.BasePage;\n"
                    "  export import Page = Pagination.Page;\n"
                    "}\n"
                    "import Alias = Pagination.BasePage;\n"
                    "export const made = new Alias();\n",
}


def test_an_import_alias_of_a_namespace_member_reads_the_member():
    """@mux/mux-node's `src/index.ts`: `export import BasePage = Pagination.BasePage;` in the
    namespace merged with the client class; with `export` dropped from `BasePage`, tsc reports
    it (TS2694 "Namespace ... has no exported member 'BasePage'"). impact read `Pagination.X`
    in expressions and types but not as the value of an import alias."""
    change = {"src/pagination.ts": "class BasePage {}\nexport class Page extends BasePage {}\n"}
    assert diff_keys(ALIASES, change) == [("IMP103", "src/index.ts", 4, "BasePage"),
                                          ("IMP103", "src/index.ts", 7, "BasePage")]


NAMESPACES = {
    "pkg/__init__.py": "",
    "pkg/collection.py": "class Collection:\n"
                         "    def __init__(self, *tasks):\n        self.tasks = list(tasks)\n\n"
                         "    @classmethod\n"
                         "    def from_module(cls, module):\n"
                         "        found = cls(*vars(module).values())\n"
                         "        return found if 'x' in vars(module) else None\n\n"
                         "    def configure(self, options):\n        return options\n",
    "pkg/state.py": "class State:\n"
                    "    def __init__(self, **kw):\n        self.__dict__.update(kw)\n\n"
                    "    def configure(self, options):\n        return options\n",
    "pkg/use.py": "from pkg.collection import Collection\nfrom pkg.state import State\n\n"
                  "ns = Collection()\nns.configure({})\n"
                  "st = State()\nst.configure({})\n",
}


def test_a_class_reading_an_objects_vars_still_has_its_instances_judged():
    """invoke's `Collection.from_module` reads `vars(module).values()`; with `configure`
    removed, pyright reports `ns.configure(...)` on `ns = Collection(go)` ("Cannot access
    attribute "configure" for class "Collection"", 12 sites of tests). impact took any `vars(`
    or `__dict__` in the class body as setting attributes by names not written and judged no
    use of its instances. A body writing through `self.__dict__.update(kw)` still leaves them
    unjudged."""
    change = {"pkg/collection.py": NAMESPACES["pkg/collection.py"].split("    def configure")[0],
              "pkg/state.py": NAMESPACES["pkg/state.py"].split("    def configure")[0]}
    assert diff_keys(NAMESPACES, change) == [("IMP103", "pkg/use.py", 5, "configure")]


NESTED_TESTS = {
    "pkg/__init__.py": "",
    "pkg/collection.py": "class Collection:\n"
                         "    def configure(self, options):\n        return options\n\n"
                         "    def configuration(self):\n        return {}\n",
    "tests/test_collection.py": "from pkg.collection import Collection\n\n\n"
                                "class Collection_:\n"
                                "    class configuration:\n"
                                "        def setup_method(self):\n"
                                "            self.root = Collection()\n"
                                "            self.other = Collection() if self else None\n\n"
                                "        def basic_set_and_get(self):\n"
                                "            self.root.configure({'foo': 'bar'})\n"
                                "            self.other.configure({})\n"
                                "            self.configure({})\n"
                                "            root = self.root\n"
                                "            root.configure({})\n\n"
                                "        def later(self):\n"
                                "            def inner(self):\n"
                                "                return self.root.configure({})\n"
                                "            return inner\n\n\n"
                                "def factory():\n"
                                "    class Local:\n"
                                "        def setup_method(self):\n"
                                "            self.root = Collection()\n\n"
                                "        def use(self):\n"
                                "            return self.root.configure({})\n"
                                "    return Local\n",
}


def test_a_method_removed_is_missing_through_an_attribute_of_self_of_a_nested_class():
    """invoke's `tests/collection.py` (pytest-relaxed style: test classes nested in a class):
    `setup_method` of `Collection_.configuration` assigns `self.root = Collection()` and each
    test calls `self.root.configure(...)`; with `configure` removed, pyright reports each call
    ("Cannot access attribute "configure" for class "Collection""). impact followed the
    attributes of `self` in methods of module-level classes only. Not an attribute assigned
    otherwise too (`self.other`), nor `self` of a nested function or of a class in a function;
    `self.configure` on the nested class itself is not judged."""
    change = {"pkg/collection.py": "class Collection:\n"
                                   "    def configuration(self):\n        return {}\n"}
    assert diff_keys(NESTED_TESTS, change) == [("IMP103", "tests/test_collection.py", 11, "configure"),
                                               ("IMP103", "tests/test_collection.py", 15, "configure")]


STARS = {
    "pkg/__init__.py": "",
    "pkg/headers.py": "__all__ = ['build_host']\n\n\n"
                      "def build_host(host, port, secure, *, always_include_port=False):\n"
                      "    return host\n\n\n"
                      "def hidden(x):\n    return x\n",
    "pkg/other.py": "def build_host(host, port, secure, *, always_include_port=False):\n"
                    "    return host\n",
    "tests/test_headers.py": "from pkg.headers import *\n\n\n"
                             "def test_build_host():\n"
                             "    assert build_host('h', 80, False)\n"
                             "    assert build_host('h', 80, False, always_include_port=True)\n\n\n"
                             "def test_local(build_host=print):\n"
                             "    build_host('h', 80, False)\n",
    "tests/test_both.py": "from pkg.headers import *\nfrom pkg.other import *\n\n"
                          "build_host('h', 80, False)\n",
}


def test_calls_of_a_name_a_star_import_binds_are_checked():
    """websockets' `tests/test_headers.py` (`from websockets.headers import *`, whose `__all__`
    lists `build_host`): with the default of `always_include_port` removed, pyright reports
    `build_host(host, port, secure)` ("Argument missing for parameter
    "always_include_port""), as it does `lazy_import(vars(m), aliases=...)` of
    `tests/test_imports.py` once made positional-only. impact built no call of a name only a
    star import binds. Not a name a scope of the file binds (a parameter of that name), nor
    one two star imports may bring."""
    change = {"pkg/headers.py": STARS["pkg/headers.py"].replace("always_include_port=False",
                                                                "always_include_port"),
              "pkg/other.py": STARS["pkg/other.py"].replace("always_include_port=False",
                                                            "always_include_port")}
    assert [key for key in diff_keys(STARS, change) if key[1].startswith("tests/")] == \
        [("IMP202", "tests/test_headers.py", 5, "build_host")]


STAR_CLASSES = {
    "pkg/__init__.py": "",
    "pkg/protocol.py": "__all__ = ['Protocol']\n\n\n"
                       "class Protocol:\n"
                       "    def send_close(self, code):\n        return code\n\n"
                       "    def send_ping(self, data):\n        return data\n",
    "tests/test_protocol.py": "from pkg.protocol import *\n\n\n"
                              "def test_close():\n"
                              "    client = Protocol()\n"
                              "    client.send_close(1000)\n\n\n"
                              "def test_given(Protocol=dict):\n"
                              "    client = Protocol()\n"
                              "    client.send_close(1000)\n",
}


def test_a_method_removed_is_missing_on_an_instance_of_a_class_a_star_import_binds():
    """websockets' `tests/test_protocol.py` (`from websockets.protocol import *`): with
    `Protocol.send_close` removed, pyright reports `client.send_close(...)` on `client =
    Protocol(CLIENT)` (34 sites, "Cannot access attribute "send_close" for class
    "Protocol""). impact took no name a star import binds for a class. Not a name a scope of
    the file binds (a parameter of that name)."""
    change = {"pkg/protocol.py": STAR_CLASSES["pkg/protocol.py"].split("    def send_close")[0] +
              "    def send_ping(self, data):\n        return data\n"}
    assert [key for key in diff_keys(STAR_CLASSES, change) if key[1].startswith("tests/")] == \
        [("IMP103", "tests/test_protocol.py", 6, "send_close")]


STORED_PARAMETERS = {
    "pkg/__init__.py": "",
    "pkg/protocol.py": "class Protocol:\n"
                       "    def send_close(self, code):\n        return code\n\n"
                       "    def send_ping(self, data):\n        return data\n",
    "pkg/connection.py": "from pkg.protocol import Protocol\n\n\n"
                         "class Connection:\n"
                         "    def __init__(self, protocol: Protocol, backup: Protocol = None,\n"
                         "                 other: Protocol = None):\n"
                         "        self.protocol = protocol\n"
                         "        self.backup = backup\n"
                         "        other = other or Protocol()\n"
                         "        self.other = other\n\n"
                         "    def close(self, code):\n"
                         "        self.protocol.send_close(code)\n"
                         "        self.backup.send_close(code)\n"
                         "        self.other.send_close(code)\n",
}


def test_a_method_removed_is_missing_through_an_attribute_storing_an_annotated_parameter():
    """websockets' `asyncio/connection.py`: `__init__(self, protocol: Protocol, ...)` stores
    `self.protocol = protocol` and `close` calls `self.protocol.send_close(...)`; with
    `send_close` removed, pyright reports it ("Cannot access attribute "send_close" for class
    "Protocol""). impact typed an attribute of `self` by its annotation or a call of a class
    only. Not a parameter written `x: C = None` (an Optional written loosely), nor one the
    method binds again."""
    change = {"pkg/protocol.py": "class Protocol:\n"
                                 "    def send_ping(self, data):\n        return data\n"}
    assert diff_keys(STORED_PARAMETERS, change) == [("IMP103", "pkg/connection.py", 13, "send_close")]
