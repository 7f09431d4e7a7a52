"""Python public API that a change does not really remove (issue 13, item 6) and a namespace
directory that does not shadow the standard library (item 7): each with a case that is
still reported."""

from __future__ import annotations

from conftest import diff_keys, diff_result

PKG = {"pkg/__init__.py": "", "pkg/util.py": "def helper(x):\n    return x\n"}


def findings(base: dict, change: dict) -> list[tuple]:
    result = diff_result(base, change)
    assert result.exit_code in (0, 1), result.stderr
    return sorted((f["code"], f["file"], f["line"], f["symbol"]) for f in result.findings)


def test_deleting_a_stub_whose_module_still_defines_the_names_removes_nothing():
    base = {**PKG, "pkg/util.pyi": "def helper(x: int) -> int: ...\n",
            "app.py": "from pkg.util import helper\n"}
    assert findings(base, {"pkg/util.pyi": None}) == []


def test_deleting_a_stub_and_the_name_is_still_a_removal():
    base = {**PKG, "pkg/util.pyi": "def helper(x: int) -> int: ...\n",
            "app.py": "from pkg.util import helper\n"}
    change = {"pkg/util.pyi": None, "pkg/util.py": "def other(x):\n    return x\n"}
    assert ("IMP101", "app.py", 1, "helper") in findings(base, change)


def test_all_entry_undefined_in_base_is_not_removed_by_the_change():
    base = {"pkg/__init__.py": "", "pkg/util.py": "__all__ = ['helper', 'ghost']\n\n\n"
                                                  "def helper(x):\n    return x\n"}
    change = {"pkg/util.py": base["pkg/util.py"] + "\n\nVALUE = 1\n"}
    assert findings(base, change) == []


def test_removed_override_that_a_generic_base_still_provides_is_not_a_removal():
    base = {"pkg/__init__.py": "",
            "pkg/base.py": "from typing import Generic, TypeVar\nT = TypeVar('T')\n\n\n"
                           "class Base(Generic[T]):\n    def run(self):\n        return 1\n",
            "pkg/impl.py": "from pkg.base import Base\n\n\nclass Impl(Base[int]):\n"
                           "    def run(self):\n        return 2\n\n    def stop(self):\n"
                           "        return 3\n"}
    change = {"pkg/impl.py": "from pkg.base import Base\n\n\nclass Impl(Base[int]):\n"
                             "    def other(self):\n        return 3\n"}
    assert findings(base, change) == [
        ("IMP201", "pkg/impl.py", 8, "Impl.stop")]


def test_removed_override_with_a_base_outside_the_repository_is_not_a_removal():
    base = {"pkg/__init__.py": "",
            "pkg/views.py": "from django.views import View\n\n\nclass Home(View):\n"
                            "    def get(self, request):\n        return 1\n"}
    change = {"pkg/views.py": "from django.views import View\n\n\nclass Home(View):\n"
                              "    template = 'x'\n"}
    assert findings(base, change) == []


def test_removed_dunder_override_is_not_removed_public_api():
    base = {"pkg/__init__.py": "",
            "pkg/model.py": "class Money:\n    def __str__(self):\n        return 'm'\n\n"
                            "    def __eq__(self, other):\n        return True\n\n"
                            "    def amount(self):\n        return 1\n"}
    change = {"pkg/model.py": "class Money:\n    def other(self):\n        return 1\n"}
    assert findings(base, change) == [("IMP201", "pkg/model.py", 8, "Money.amount")]


def test_module_level_loop_and_with_variables_are_not_public_api():
    base = {"pkg/__init__.py": "",
            "pkg/consts.py": "import contextlib\nNAMES = {}\nfor key in ('a', 'b'):\n"
                             "    NAMES[key] = 1\nwith contextlib.suppress(Exception) as ctx:\n"
                             "    pass\ntry:\n    pass\nexcept Exception as err:\n    pass\n"
                             "LIMIT = 3\n"}
    change = {"pkg/consts.py": "NAMES = {'a': 1, 'b': 1}\n"}
    assert findings(base, change) == [("IMP201", "pkg/consts.py", 11, "LIMIT")]


def test_dataclass_subclass_constructor_takes_the_base_fields_first():
    models = ("from dataclasses import dataclass\n\n\n@dataclass\nclass Base:\n    id: int\n\n\n"
              "@dataclass\nclass User(Base):\n    name: str\n")
    base = {"pkg/__init__.py": "", "pkg/models.py": models,
            "app.py": "from pkg.models import User\nUser(1, 'a')\nUser(id=1, name='a')\n"}
    clean = {"pkg/models.py": models + "\n\nVERSION = 2\n"}
    assert findings(base, clean) == []
    breaking = {"pkg/models.py": models.replace("    name: str\n", "    name: str\n    age: int\n")}
    assert findings(base, breaking) == [
        ("IMP202", "app.py", 2, "User"), ("IMP202", "app.py", 3, "User")]


def test_a_namespace_directory_does_not_shadow_the_standard_library():
    base = {"tests/unit/__init__.py": "", "tests/unit/test_a.py": "x = 1\n",
            "tests/io/test_io.py": "y = 2\n",
            "app.py": "import io\n\nbuffer = io.StringIO()\n"}
    change = {"app.py": base["app.py"] + "text = io.BytesIO()\n"}
    assert diff_keys(base, change) == []


def test_a_regular_module_of_the_repository_still_resolves_over_a_namespace():
    base = {"lib/util.py": "def f():\n    return 1\n", "other/util/data.txt": "x",
            "app.py": "import util\n\nutil.f()\n"}
    change = {"lib/util.py": "def g():\n    return 1\n"}
    base = {**base, "lib/pyproject.toml": "[project]\nname='lib'\n"}
    assert ("IMP103", "app.py", 3, "f") in diff_keys(base, change)


def test_a_namespace_directory_does_not_shadow_a_declared_dependency():
    base = {"pyproject.toml": "[project]\nname = 'm'\ndependencies = ['alembic>=1.11', 'PyYAML']\n",
            "alembic/env.py": "x = 1\n", "yaml/notes.txt": "n"}
    change = {"alembic/versions/0001_add.py": "from alembic import op\nimport yaml\n\nyaml.safe_load('')\n"}
    assert diff_keys(base, change) == []
    undeclared = {**base, "pyproject.toml": "[project]\nname = 'm'\n"}
    assert ("IMP101", "alembic/versions/0001_add.py", 1, "op") in diff_keys(undeclared, change)


def test_a_package_attribute_that_rebinds_its_submodules_name_is_not_the_module():
    base = {"pkg/session.py": "class Session:\n    def get(self, key):\n        return key\n\n\n"
                              "session = Session()\n",
            "pkg/__init__.py": "from pkg.session import session\n"}
    change = {"app.py": "import pkg\nprint(pkg.session.get('user'))\n"}
    assert diff_keys(base, change) == []
    plain = {**base, "pkg/__init__.py": ""}
    assert diff_keys(plain, {"app.py": "import pkg.session\nprint(pkg.session.nope)\n"}) == [
        ("IMP103", "app.py", 2, "nope")]


def test_names_bound_inside_a_module_level_loop_are_not_public_api():
    """A settings module filling a table in a loop: `client_id` is one pass's value."""
    base = {"pkg/__init__.py": "",
            "pkg/settings.py": "CONFIG = {'a': {'id': 1}}\nPROVIDERS = []\n"
                               "for name, config in CONFIG.items():\n"
                               "    client_id = config.get('id')\n"
                               "    if client_id:\n        entry = {'id': client_id}\n"
                               "        PROVIDERS.append(entry)\n"
                               "    def loader():\n        return name\n"
                               "while False:\n    retries = 1\n"
                               "TIMEOUT = 3\n"}
    change = {"pkg/settings.py": "PROVIDERS = [{'id': 1}]\n"}
    assert findings(base, change) == [("IMP201", "pkg/settings.py", 1, "CONFIG"),
                                      ("IMP201", "pkg/settings.py", 12, "TIMEOUT")]
