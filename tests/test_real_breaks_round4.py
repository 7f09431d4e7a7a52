"""Real breaking commits, fourth sample (benchmarks/real_breaks.py, session 31): each test is
the shape of a break a public project committed that impact missed or misreported (or one the
third sample left), reduced to a few files. Each failed before its fix."""

from conftest import diff_keys


def test_a_project_directory_is_no_namespace_package_of_its_name():
    # marimo 493a79e9c0: the repository held a Dagger module dagger/ (pyproject.toml and
    # src/main/, no __init__.py) beside an example that imports the Dagger SDK (`import
    # dagger`, installed as dagger-io). A directory with a project file is a distribution's
    # source, which an install puts on the path through its own layout, never as a namespace
    # package of the directory's name; its deletion leaves the SDK import as it was.
    base = {
        "dagger/pyproject.toml": '[project]\nname = "main"\n',
        "dagger/src/main/__init__.py": "from .main import Ci\n",
        "dagger/src/main/main.py": "class Ci:\n    pass\n",
        "examples/ai/chat/dagger_code_interpreter.py": "import dagger\n\nclient = dagger.Client\n",
    }
    head = {
        "dagger/pyproject.toml": None,
        "dagger/src/main/__init__.py": None,
        "dagger/src/main/main.py": None,
    }
    assert diff_keys(base, head) == []


def test_a_deleted_namespace_package_without_a_project_file_is_still_missing():
    # the rule above keeps real namespace packages: a directory of modules without
    # __init__.py and without a project file, deleted while an importer remains
    base = {
        "tools/helpers.py": "def help():\n    pass\n",
        "app.py": "from tools import helpers\n\nhelpers.help()\n",
    }
    head = {"tools/helpers.py": None}
    assert diff_keys(base, head) == [("IMP102", "app.py", 1, "tools")]


MATURIN = ('[build-system]\nrequires = ["maturin>=1.9"]\nbuild-backend = "maturin"\n\n'
           '[tool.maturin]\nmanifest-path = "rust/Cargo.toml"\npython-source = "src"\n'
           'module-name = "hypothesis._native"\n')


def test_a_module_maturin_builds_is_compiled_with_its_submodules():
    # hypothesis f938cb59be "migrate floats.py to rust": floats.py now re-exports its
    # functions from `hypothesis._native.internal.floats`, a submodule PyO3 creates in the
    # extension module that maturin builds from rust/ (`[tool.maturin] module-name`, under
    # `python-source`). Nothing is missing: impact reported IMP102 there and IMP101 at every
    # importer of the re-exported names (66 errors).
    base = {
        "hypothesis/pyproject.toml": MATURIN,
        "hypothesis/rust/src/lib.rs": "// the extension\n",
        "hypothesis/src/hypothesis/__init__.py": "",
        "hypothesis/src/hypothesis/internal/__init__.py": "",
        "hypothesis/src/hypothesis/internal/floats.py": "def float_of(x, width):\n    return x\n",
        "hypothesis/src/hypothesis/numbers.py": ("from hypothesis.internal.floats import float_of\n"
                                                 "\nfloat_of(1.0, 64)\n"),
    }
    head = {
        "hypothesis/src/hypothesis/internal/floats.py": (
            "from hypothesis._native.internal.floats import float_of as float_of\n"),
        "hypothesis/src/hypothesis/use.py": "from hypothesis._native import __version__\n",
    }
    assert diff_keys(base, head) == []
    # a module no build declares is still missing
    other = {"hypothesis/src/hypothesis/use.py": "from hypothesis._nativ import __version__\n"}
    assert diff_keys(base, other) == [("IMP102", "hypothesis/src/hypothesis/use.py", 1,
                                       "hypothesis._nativ")]
