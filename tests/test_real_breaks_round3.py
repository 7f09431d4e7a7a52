"""Real breaking commits, third sample (benchmarks/real_breaks.py, session 30): each test is
the shape of a break a public project committed that impact missed or misreported, reduced to
a few files. Each failed before its fix."""

from conftest import diff_keys

ROOT_DIRS_CONFIG = ('{"compilerOptions": {"baseUrl": ".", "rootDirs": [".", "../../build/dts/"]},'
                    ' "include": ["./**/*.ts"]}\n')


def test_a_case_mismatch_is_missing_even_where_root_dirs_name_absent_build_output():
    # bokeh 76ef4a90b6: box.ts renamed to lrtb.ts, one importer writes "./LRTB". The tsconfig's
    # `rootDirs` merge src/lib with build/dts (build output, not in the revision), which made
    # every unresolved relative import "maybe generated"; a file that differs only in case
    # is the importer's typo, not a generated file.
    base = {
        "bokehjs/src/lib/tsconfig.json": ROOT_DIRS_CONFIG,
        "bokehjs/src/lib/models/glyphs/box.ts": "export class Box {}\n",
        "bokehjs/src/lib/models/glyphs/hbar.ts": 'import {Box} from "./box"\nexport const h = new Box()\n',
        "bokehjs/src/lib/models/glyphs/vbar.ts": 'import {Box} from "./box"\nexport const v = new Box()\n',
    }
    head = {
        "bokehjs/src/lib/tsconfig.json": ROOT_DIRS_CONFIG,
        "bokehjs/src/lib/models/glyphs/box.ts": None,
        "bokehjs/src/lib/models/glyphs/lrtb.ts": "export class LRTB {}\n",
        "bokehjs/src/lib/models/glyphs/hbar.ts": 'import {LRTB} from "./LRTB"\nexport const h = new LRTB()\n',
        "bokehjs/src/lib/models/glyphs/vbar.ts": 'import {LRTB} from "./lrtb"\nexport const v = new LRTB()\n',
    }
    assert diff_keys(base, head) == [("IMP102", "bokehjs/src/lib/models/glyphs/hbar.ts", 1, "./LRTB")]


def test_a_relative_import_under_root_dirs_with_absent_build_output_is_still_not_checked():
    # the leniency the fix above keeps: no file of any case matches, so the import may name
    # a file the build writes into the other root directory
    base = {
        "lib/tsconfig.json": ROOT_DIRS_CONFIG,
        "lib/models/a.ts": "export const a = 1\n",
    }
    head = {
        "lib/tsconfig.json": ROOT_DIRS_CONFIG,
        "lib/models/a.ts": 'import {g} from "./generated_types"\nexport const a = g\n',
    }
    assert diff_keys(base, head) == []


def test_a_package_beside_a_module_of_the_same_name_is_the_one_imported():
    # qutebrowser 220337f870: the repository root holds the launcher qutebrowser.py beside the
    # package qutebrowser/; Python's path finder takes the package (a directory with
    # __init__.py) before a module of the same name, so `from qutebrowser import qt` imports
    # the subpackage qutebrowser/qt/. impact read qutebrowser.py and reported IMP101.
    base = {
        "qutebrowser.py": "import sys\nfrom qutebrowser.qutebrowser import main\nsys.exit(main())\n",
        "qutebrowser/__init__.py": '__version__ = "2.5.4"\n',
        "qutebrowser/qutebrowser.py": "def main():\n    return 0\n",
        "qutebrowser/qt/__init__.py": "",
        "qutebrowser/qt/machinery.py": "def init():\n    pass\n",
        "tests/unit/test_qt_machinery.py": "from qutebrowser.qt import machinery\n",
    }
    head = {
        "tests/unit/test_qt_machinery.py": ("from qutebrowser import qt\n"
                                            "from qutebrowser.qt import machinery\n"
                                            "from qutebrowser import nothere\n"),
    }
    assert diff_keys(base, head) == [("IMP101", "tests/unit/test_qt_machinery.py", 3, "nothere")]
