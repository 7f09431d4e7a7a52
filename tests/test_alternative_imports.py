"""IMP103 through a name that imports of different modules bind in the branches of one `if`
(LLaMA-Factory 7d60b840ef: `if USE_V1: from .v1 import launcher` / `else: from . import
launcher`, then `launcher.run_api`, which only one of them defines). pyright takes the name
as the union of the modules and reports an attribute one of them lacks; an `if` on what
checkers decide (platform, Python version, TYPE_CHECKING) has one branch to them."""

from __future__ import annotations

from conftest import diff_keys

LAUNCHERS = {
    "pkg/__init__.py": "",
    "pkg/v1/__init__.py": "",
    "pkg/launcher.py": "def run_api():\n    pass\n\n\ndef run_chat():\n    pass\n",
    "pkg/v1/launcher.py": "def run_chat():\n    pass\n",
}
ONE = "def main():\n    from . import launcher\n\n    return [launcher.run_api, launcher.run_chat]\n"


def _cli(condition: str, use: str = "    return [launcher.run_api, launcher.run_chat]\n") -> str:
    return (f"import os\nimport sys\n\n\ndef main():\n    if {condition}:\n"
            "        from .v1 import launcher\n    else:\n        from . import launcher\n\n" + use)


def test_imp103_an_attribute_one_of_the_alternative_modules_lacks():
    base = {**LAUNCHERS, "pkg/cli.py": ONE}
    change = {"pkg/cli.py": _cli('os.environ.get("USE_V1")')}
    assert diff_keys(base, change) == [("IMP103", "pkg/cli.py", 11, "run_api")]


def test_imp103_alternatives_at_module_scope_read_in_a_function():
    base = {**LAUNCHERS, "pkg/cli.py": "from . import launcher\n\n\ndef main():\n"
                                       "    return launcher.run_api\n"}
    change = {"pkg/cli.py": "import os\n\nif os.environ.get('V1'):\n    from .v1 import launcher\n"
                            "elif os.environ.get('V0'):\n    import pkg.launcher as launcher\n"
                            "else:\n    from . import launcher\n\n\n"
                            "def main():\n    return launcher.run_api\n"}
    assert diff_keys(base, change) == [("IMP103", "pkg/cli.py", 12, "run_api")]


def test_no_imp103_where_every_alternative_provides_the_attribute():
    base = {**LAUNCHERS, "pkg/cli.py": ONE}
    change = {"pkg/cli.py": _cli('os.environ.get("USE_V1")', "    return launcher.run_chat\n")}
    assert diff_keys(base, change) == []


def test_no_imp103_on_an_if_checkers_decide():
    base = {**LAUNCHERS, "pkg/cli.py": ONE}
    for condition in ('sys.platform == "win32"', "sys.version_info >= (3, 12)",
                      'os.name == "nt"'):
        assert diff_keys(base, {"pkg/cli.py": _cli(condition)}) == [], condition


def test_no_imp103_inside_the_branch_that_binds_the_name():
    base = {**LAUNCHERS, "pkg/cli.py": ONE}
    change = {"pkg/cli.py": "import os\n\n\ndef main():\n    if os.environ.get('V1'):\n"
                            "        from .v1 import launcher\n        return launcher.run_chat\n"
                            "    else:\n        from . import launcher\n"
                            "        return launcher.run_api\n"}
    assert diff_keys(base, change) == []


def test_no_imp103_when_an_alternative_is_a_package_not_in_the_repository():
    base = {**LAUNCHERS, "pkg/cli.py": ONE}
    change = {"pkg/cli.py": "import os\n\n\ndef main():\n    if os.environ.get('V1'):\n"
                            "        import launcher_plugin as launcher\n    else:\n"
                            "        from . import launcher\n\n    return launcher.run_api\n"}
    assert diff_keys(base, change) == []
