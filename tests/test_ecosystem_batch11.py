"""Classes of input the eleventh batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: eleventh batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_keys

# keras-team/keras: `keras/src/backend/__init__.py` star-imports the package of the backend in
# use, whose `__init__` binds `numpy` to its own `numpy.py` (`from keras.src.backend.jax import
# numpy`); `backend.numpy.sqrt` is that module's, though `keras/src/backend/numpy/` is a
# subpackage (the NumPy backend, which binds `numpy` the same way)
BACKEND_INIT = ("from pkg.backend.config import backend\n\n"
                "if backend() == 'jax':\n    from pkg.backend.jax import *  # noqa: F403\n"
                "else:\n    from pkg.backend.numpy import *  # noqa: F403\n")
BACKENDS = {
    "pkg/__init__.py": "",
    "pkg/backend/config.py": "def backend():\n    return 'jax'\n",
    "pkg/backend/jax/__init__.py": "from pkg.backend.jax import numpy\n",
    "pkg/backend/jax/numpy.py": "def sqrt(x):\n    return x\n",
    "pkg/backend/numpy/__init__.py": "from pkg.backend.numpy import numpy\n",
    "pkg/backend/numpy/numpy.py": "def sqrt(x):\n    return x\n",
}
OPS = {"pkg/ops.py": "from pkg import backend\n\n\ndef root(x):\n    return backend.numpy.sqrt(x)\n"}


def test_a_submodule_name_a_star_import_binds_to_another_module_is_that_module():
    """keras c559fa8cd50f: 567 `backend.numpy.X`: "module `keras.src.backend.numpy` has no
    attribute X"; Python's star import binds `numpy` in the package to the star-imported
    package's `numpy` module, which is what pyright reads too."""
    base = {**BACKENDS, "pkg/backend/__init__.py": "from pkg.backend.config import backend\n"}
    assert diff_keys(base, {"pkg/backend/__init__.py": BACKEND_INIT, **OPS}) == []


def test_a_submodule_name_a_star_import_binds_to_the_submodule_itself_is_still_checked():
    """A star import whose module binds the name to the package's own submodule: the chain
    still goes through that submodule, and its missing attribute is reported."""
    base = {**BACKENDS, "pkg/backend/__init__.py": "from pkg.backend.config import backend\n",
            "pkg/backend/jax/__init__.py": "from pkg.backend import numpy\n",
            "pkg/backend/numpy/__init__.py": "def cbrt(x):\n    return x\n"}
    change = {"pkg/backend/__init__.py": "from pkg.backend.jax import *  # noqa: F403\n", **OPS}
    assert diff_keys(base, change) == [("IMP103", "pkg/ops.py", 5, "sqrt")]


def test_a_submodule_no_star_import_binds_is_still_checked():
    """A package that star-imports modules none of which binds the name: `pkg.numpy` is the
    submodule, and its missing attribute is reported."""
    base = {**BACKENDS, "pkg/backend/__init__.py": "from pkg.backend.config import backend\n",
            "pkg/backend/jax/__init__.py": "SUPPORTS_SPARSE = True\n",
            "pkg/backend/numpy/__init__.py": "def cbrt(x):\n    return x\n"}
    change = {"pkg/backend/__init__.py": "from pkg.backend.jax import *  # noqa: F403\n", **OPS}
    assert diff_keys(base, change) == [("IMP103", "pkg/ops.py", 5, "sqrt")]


# DefectDojo/django-DefectDojo: docs/assets/jsconfig.json maps every bare specifier (`"*": ["*",
# "../node_modules/@thulite/doks-core/assets/*"]`); tsc tries the targets and, when none is
# there, looks the name up in node_modules as ever: `import Index from 'flexsearch'` is a package
CATCH_ALL = '{"compilerOptions": {"baseUrl": ".", "paths": {"*": ["*", "../vendor/theme/*"]}}}\n'
SEARCH = "import Index from 'flexsearch';\n\nexport const index = new Index();\n"


def test_a_bare_import_a_catch_all_paths_pattern_does_not_find_is_a_package():
    """DefectDojo 7cfa159a6767 (`--all`): docs/assets/js/flexsearch.js: "cannot resolve
    'flexsearch': no such file in this revision"."""
    base = {"docs/assets/jsconfig.json": CATCH_ALL, "docs/assets/js/main.js": "export {};\n"}
    assert diff_keys(base, {"docs/assets/js/flexsearch.js": SEARCH}) == []


def test_a_bare_import_a_catch_all_pattern_finds_is_still_checked():
    """The catch-all pattern still resolves what its targets hold (`utils` -> assets/utils.js)."""
    base = {"docs/assets/jsconfig.json": CATCH_ALL, "docs/assets/utils.js": "export const a = 1;\n"}
    change = {"docs/assets/js/main.js": "import { b } from 'utils';\n\nb();\n"}
    assert diff_keys(base, change) == [("IMP101", "docs/assets/js/main.js", 1, "b")]


def test_a_bare_import_an_alias_with_a_prefix_does_not_find_is_still_missing():
    """An alias with a prefix (`@/*`) names the project's files: one that is not there is missing."""
    base = {"jsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["src/*"]}}}\n',
            "src/a.js": "export const a = 1;\n"}
    change = {"src/main.js": "import { a } from '@/gone';\n\na();\n"}
    assert diff_keys(base, change) == [("IMP102", "src/main.js", 1, "@/gone")]


# astropy/astropy: each subpackage's setup_package.py (collected by extension-helpers from
# setup.py) declares the C extensions setuptools builds: `Extension("astropy.wcs._wcs", ...)`,
# `Extension(name="astropy.stats._fast_sigma_clip", ...)`; the modules exist once built
SETUP_PACKAGE = ("from setuptools import Extension\n\n\ndef get_extensions():\n"
                 "    return [Extension(name='pkg.stats._fast', sources=['fast.c']),\n"
                 "            Extension(\n        'pkg.stats._slow', sources=['slow.c'])]\n")
STATS = {"setup.py": "from setuptools import setup\n\nsetup()\n", "pkg/__init__.py": "",
         "pkg/stats/__init__.py": "", "pkg/stats/setup_package.py": SETUP_PACKAGE}
USES = ("from pkg.stats._fast import clip\nfrom ._slow import run\nfrom . import _slow\n\n"
        "clip(run, _slow)\n")


def test_a_module_a_setuptools_extension_declares_is_compiled():
    """astropy 1fdfae1fe188 (`--all`): `module astropy.stats._fast_sigma_clip does not exist`,
    and every name astropy.wcs re-exports from the C extension `_wcs`."""
    assert diff_keys(STATS, {"pkg/stats/use.py": USES}) == []


def test_a_module_no_setuptools_extension_declares_is_still_missing():
    """A module beside the declared ones that nothing builds is missing."""
    change = {"pkg/stats/use.py": "from pkg.stats._fastest import clip\n\nclip()\n"}
    assert diff_keys(STATS, change) == [("IMP102", "pkg/stats/use.py", 1, "pkg.stats._fastest")]



# keras-team/keras: keras/__init__.py appends keras/api/ to the package's `__path__`, where the
# generated public API lives; `from keras.applications import ...` and `from keras import
# _tf_keras` find keras/api/applications/ and keras/api/_tf_keras/
API = {"keras/src/__init__.py": "", "keras/src/layers.py": "def Dense(units=None):\n    pass\n",
       "keras/api/__init__.py": "from keras.src.layers import Dense\n",
       "keras/api/layers/__init__.py": "from keras.src.layers import Dense\n"}
USE_API = {"examples/demo.py": "from keras.layers import Dense\nfrom keras import layers\n\n"
                               "Dense(layers.Dense)\n"}
PATH_FORMS = [
    "import os\n\n__path__.append(os.path.join(os.path.dirname(__file__), 'api'))\n",
    "import os\n\n__path__.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'api'))\n",
    "from pathlib import Path\n\n__path__ += [str(Path(__file__).resolve().parent / 'api')]\n",
    "import os\n\n__path__.extend([os.path.join(__path__[0], 'api')])\n",
]


@pytest.mark.parametrize("init", PATH_FORMS)
def test_a_submodule_on_a_directory_the_package_adds_to_its_path_is_found(init):
    """keras 3422977a5e38 (`--all`): 81 "module `keras.applications` does not exist" (and
    `keras.datasets`, `keras.ops`, ...) in keras/api/, and `_tf_keras` imported from `keras`."""
    assert diff_keys({**API, "keras/__init__.py": init}, USE_API) == []


def test_a_submodule_no_directory_of_the_package_path_holds_is_still_missing():
    """Without the `__path__` line, keras/layers is nowhere: the imports are missing."""
    assert diff_keys({**API, "keras/__init__.py": "import os\n"}, USE_API) == [
        ("IMP101", "examples/demo.py", 2, "layers"), ("IMP102", "examples/demo.py", 1, "keras.layers")]


# feathersjs/feathers: a module augmentation's body sees the augmented module's declarations
# (tsc merges them): `declare module '@feathersjs/feathers/lib/declarations' { interface Params {
# resolve?: ResolverStatus<any, HookContext> } }`, where HookContext is that module's
AUGMENTATION = ("import { ResolverStatus } from './resolver'\n\n"
                "declare module '@feathersjs/feathers/lib/declarations' {\n"
                "  interface Params {\n    resolve?: ResolverStatus<any, HookContext>\n  }\n}\n\n"
                "export const ready = true\n")
RESOLVER = {"packages/schema/src/resolver.ts": "export interface ResolverStatus<A, B> { a: A; b: B }\n",
            "packages/feathers/src/declarations.ts": "export interface HookContext { id: number }\n"}


def test_a_name_in_a_module_augmentation_is_the_augmented_modules():
    """feathers 09519fb1c454 (`--all`): 7 "`HookContext` is not defined" (and ServiceGenericType,
    Service) in augmentations of '@feathersjs/feathers/lib/declarations'."""
    assert diff_keys(RESOLVER, {"packages/schema/src/index.ts": AUGMENTATION}) == []


def test_a_name_outside_the_augmentation_is_still_undefined():
    """The same name in the module's own scope is undefined."""
    change = {"packages/schema/src/index.ts": AUGMENTATION + "export type H = HookContext\n"}
    assert diff_keys(RESOLVER, change) == [("IMP105", "packages/schema/src/index.ts", 10, "HookContext")]
