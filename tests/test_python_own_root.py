"""A module of a package finds the names its own source root holds before another root's copy:
importing it put that root on the path. Pylons/pyramid cd666082fb: docs/tutorials/*/src/*/ are
dozens of projects, each with its own `tutorial` package; the views project's test package
imports `from tutorial import models`, its own tutorial/models/, which the first root's copy
lacks."""

from __future__ import annotations

from conftest import diff_keys

PROJECTS = {
    "docs/wiki/src/basic/setup.py": "", "docs/wiki/src/basic/tutorial/__init__.py": "",
    "docs/wiki/src/basic/tutorial/views.py": "def my_view(request): return {}\n",
    "docs/wiki/src/views/setup.py": "", "docs/wiki/src/views/tutorial/__init__.py": "",
    "docs/wiki/src/views/tutorial/models/__init__.py": "class Page: pass\n",
    "docs/wiki/src/views/tutorial/views.py": "def view_page(request): return {}\n",
    "docs/wiki/src/views/tests/__init__.py": "",
}


def test_a_test_package_imports_its_own_projects_package():
    change = {"docs/wiki/src/views/tests/test_views.py":
              "from tutorial import models\nfrom tutorial.views import view_page\n"}
    assert diff_keys(PROJECTS, change) == []


def test_a_name_its_own_projects_package_lacks_is_still_reported():
    """`my_view` is in the other project's tutorial/views.py only."""
    change = {"docs/wiki/src/views/tests/test_views.py": "from tutorial.views import my_view\n"}
    assert diff_keys(PROJECTS, change) == [
        ("IMP101", "docs/wiki/src/views/tests/test_views.py", 1, "my_view")]
