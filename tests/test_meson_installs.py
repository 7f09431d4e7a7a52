"""Where meson-python puts the Python modules a meson.build declares (scipy/scipy at its head,
145 false errors with `--all`): an `extension_module(..., subdir: 'pkg/sub')` is installed
there, below the project's directory, whichever meson.build declares it; `install_sources(files,
subdir: 'pkg/sub')` installs each file under its own name there; a `subdir:` computed below a
directory (`external_dir / prefix`, for a subproject's files) installs modules impact cannot
see below it; and the stub of a compiled module is no list of everything the module has."""

from __future__ import annotations

from conftest import diff_keys

PROJECT = {"meson.build": "project('pkg', 'c', 'cython')\n\nsubdir('pkg')\n",
           "pkg/__init__.py": "", "pkg/sparse/__init__.py": "", "pkg/_external/__init__.py": ""}


def test_an_extension_module_goes_where_its_subdir_says():
    """scipy/sparse/sparsetools/meson.build declares `_sparsetools` with `subdir: 'scipy/sparse'`."""
    base = {**PROJECT, "pkg/sparse/sparsetools/meson.build": (
        "py3.extension_module('_sparsetools',\n  ['sparsetools.cxx'],  # the C++ ones\n"
        "  dependencies: [np_dep],\n  install: true,\n  subdir: 'pkg/sparse'\n)\n")}
    change = {"pkg/sparse/use.py": "from pkg.sparse._sparsetools import csr_matvec\n"
                                   "from ._sparsetools import csr_tocsc\n\ncsr_matvec(csr_tocsc)\n",
              "pkg/sparse/other.py": "from .sparsetools._sparsetools import csr_matvec\n\ncsr_matvec()\n"}
    assert diff_keys(base, change) == [("IMP102", "pkg/sparse/other.py", 1, ".sparsetools._sparsetools")]


VERSION = ("python_sources = files(\n  'src/_structures.py',\n  'src/version.py',\n)\n\n"
           "py3.install_sources(python_sources, subdir: 'pkg/_external/packaging_version')\n")


def test_installed_sources_are_modules_under_their_own_names_where_subdir_says():
    """scipy/_external/packaging_version/src/version.py is `scipy._external.packaging_version.version`."""
    base = {**PROJECT, "pkg/_external/meson.build": "subdir('packaging_version')\n",
            "pkg/_external/packaging_version/meson.build": VERSION,
            "pkg/_external/packaging_version/src/_structures.py": "Infinity = object()\n",
            # a constructor taking what the call passes (the test is about install paths)
            "pkg/_external/packaging_version/src/version.py": "class Version:\n"
                                                              "    def __init__(self, *parts):\n"
                                                              "        self.parts = parts\n"}
    change = {"pkg/use.py": "from pkg._external.packaging_version import version\n"
                            "from pkg._external.packaging_version.version import Gone, Version\n\n"
                            "version.Version(Version, Gone)\n"}
    assert diff_keys(base, change) == [("IMP101", "pkg/use.py", 2, "Gone")]


SUBPROJECTS = ("project('pkg', 'c')\n\nexternal_dir = 'pkg/_external'\n\n"
               "extra = subproject('array_api_extra')\nextra_sources = extra.get_variable('sources')\n"
               "foreach prefix, files : extra_sources\n"
               "  py3.install_sources(files, subdir: external_dir / prefix)\nendforeach\n")


def test_what_a_computed_subdir_installs_below_a_package_is_not_judged():
    """scipy's root meson.build installs its subprojects' files into `scipy/_external/<prefix>`."""
    base = {**PROJECT, "meson.build": SUBPROJECTS}
    change = {"pkg/sparse/use.py": "from pkg._external import array_api_extra as xpx\n"
                                   "from .._external.cobyqa import minimize\n"
                                   "from pkg.missing import thing\n\nxpx.at(minimize, thing)\n"}
    assert diff_keys(base, change) == [("IMP102", "pkg/sparse/use.py", 3, "pkg.missing")]


STUB = "def gamma(x: float) -> float: ...\n"


def test_the_stub_of_a_compiled_module_does_not_list_all_it_has():
    """scipy/special/_ufuncs.pyi leaves out the private ufuncs scipy/stats calls (`scu._binom_cdf`)."""
    base = {**PROJECT, "pkg/special/__init__.py": "", "pkg/special/_ufuncs.pyi": STUB,
            "pkg/special/meson.build": "py3.extension_module('_ufuncs', ['_ufuncs.c'], "
                                       "subdir: 'pkg/special')\n"}
    change = {"pkg/use.py": "import pkg.special._ufuncs as scu\nfrom pkg.special._ufuncs import _iv_ratio\n\n"
                            "scu._binom_cdf(_iv_ratio)\n"}
    assert diff_keys(base, change) == []


def test_a_stub_of_no_compiled_module_still_lists_what_it_has():
    base = {**PROJECT, "pkg/special/__init__.py": "", "pkg/special/_ufuncs.pyi": STUB}
    change = {"pkg/use.py": "from pkg.special._ufuncs import _iv_ratio\n\n_iv_ratio()\n"}
    assert diff_keys(base, change) == [("IMP101", "pkg/use.py", 1, "_iv_ratio")]
