"""Classes of input the fourteenth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: fourteenth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding or a crash, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

# livekit/agents: every plugin is a hatch project whose wheel is the namespace package `livekit`
# (`packages = ["livekit"]`); `livekit-plugins-google/livekit/plugins/` holds the package
# `google/`, and was taken for a source root that makes `google` (and `openai`, `speechify`, ...)
# a top-level name of the repository, hiding the installed protobuf's `google.protobuf`
HATCH_WHEEL = '\n[tool.hatch.build.targets.wheel]\npackages = ["livekit"]\n'
LIVEKIT = {
    "livekit-agents/pyproject.toml": ('[project]\nname = "livekit-agents"\n'
                                      'dependencies = ["protobuf>=3", "openai>=1"]\n' + HATCH_WHEEL),
    "livekit-agents/livekit/agents/__init__.py": "def run():\n    pass\n",
    "plugins/google/pyproject.toml": '[project]\nname = "livekit-plugins-google"\n' + HATCH_WHEEL,
    "plugins/google/livekit/plugins/google/__init__.py": "def stt(*args):\n    pass\n",
    "plugins/openai/pyproject.toml": '[project]\nname = "livekit-plugins-openai"\n' + HATCH_WHEEL,
    "plugins/openai/livekit/plugins/openai/__init__.py": "def tts():\n    pass\n",
}
PROTO = "livekit-agents/livekit/agents/proto.py"


def test_a_package_inside_a_package_the_wheel_builds_is_no_top_level_name():
    """livekit/agents 0ed8afdc3420: "module `google.protobuf.message` does not exist in this
    revision", and f0b26aab75fb `openai.AsyncClient`: an editable install puts the project
    directory on the path, where `livekit/` is the package; `google` and `openai` are protobuf's
    and openai's, as pyright resolves them."""
    change = {PROTO: ("from google.protobuf import message\nimport google.protobuf.timestamp_pb2\n"
                      "import openai\n\nopenai.AsyncClient(message, google.protobuf.timestamp_pb2)\n")}
    assert diff_keys(LIVEKIT, change) == []


def test_the_namespace_package_the_wheels_build_still_resolves_and_is_checked():
    change = {PROTO: ("from livekit.plugins.google import stt, gone\nfrom livekit.plugins import openai\n"
                      "import livekit.plugins.missing\n\nstt(gone, openai.tts())\n")}
    assert diff_keys(LIVEKIT, change) == [("IMP101", PROTO, 1, "gone"),
                                          ("IMP102", PROTO, 3, "livekit.plugins.missing")]


def test_a_package_a_setup_script_finds_below_a_namespace_is_no_top_level_name_either():
    """livekit/agents' livekit-blockguard: `setuptools.setup(packages=
    setuptools.find_namespace_packages(include=["livekit.*"]))`."""
    setup = ('import setuptools\n\nsetuptools.setup(\n    name="livekit-blockguard",\n'
             '    packages=setuptools.find_namespace_packages(include=["livekit.*"]),\n)\n')
    base = {**LIVEKIT, "plugins/blockguard/setup.py": setup,
            "plugins/blockguard/livekit/google/__init__.py": "def guard():\n    pass\n"}
    change = {PROTO: "from google.protobuf import message\n\nmessage.Message()\n"}
    assert diff_keys(base, change) == []


def test_without_a_build_configuration_a_directory_holding_a_package_is_still_a_root():
    """A folder of test packages (pytest puts the first directory without `__init__.py` on the
    path) names no package a build installs: its packages stay top-level names."""
    base = {"pyproject.toml": '[project]\nname = "app"\n',
            "app/__init__.py": "", "tests/unit/__init__.py": "", "tests/unit/helpers.py": "X = 1\n"}
    change = {"tests/unit/test_x.py": "from unit.helpers import X, gone\n"}
    assert diff_keys(base, change) == [("IMP101", "tests/unit/test_x.py", 1, "gone")]


# zopefoundation/zope.interface: src/zope/ has no __init__.py, a portion of the namespace package
# `zope` that zope.testing and zope.event (installed, named in setup.py's `tests_require`) extend
ZOPE = {
    "setup.py": ("from setuptools import setup\n\ntests_require = [\n    'coverage[toml]',\n"
                 "    'zope.testing',\n]\n\nsetup(\n    name='zope.interface',\n"
                 "    package_dir={'': 'src'},\n    packages=['zope.interface'],\n"
                 "    extras_require={'test': tests_require, 'docs': ['Sphinx']},\n)\n"),
    "src/zope/interface/__init__.py": "def implementer():\n    pass\n",
    "src/zope/interface/tests/__init__.py": "",
}
TEST_RO = "src/zope/interface/tests/test_ro.py"


def test_a_namespace_package_a_setup_script_requirement_extends_may_have_more_modules():
    """zope.interface 146d57d7b1cd: "module `zope.testing.renormalizing` does not exist in this
    revision" and "`zope.testing`: module `zope` has no attribute `testing`"."""
    change = {TEST_RO: ("from zope.testing import renormalizing\nimport zope.testing\n\n"
                        "zope.testing.renormalizing(renormalizing)\n")}
    assert diff_keys(ZOPE, change) == []


def test_a_namespace_package_the_setup_script_does_not_extend_is_still_checked():
    """The name a setup script builds itself (`zope.interface`) extends nothing it lacks."""
    base = {**ZOPE, "setup.py": ZOPE["setup.py"].replace("    'zope.testing',\n", "")}
    change = {TEST_RO: "from zope.interface import implementer, gone\nimport zope.testing\n"}
    assert diff_keys(base, change) == [("IMP101", TEST_RO, 1, "gone"),
                                       ("IMP102", TEST_RO, 2, "zope.testing")]


# pgadmin-org/pgadmin4 01e5bf09930b: `from pgadmin.browser.server_groups.servers.databases.\
#     schemas.tables.schema_diff_table_utils import SchemaDiffTableCompare`, a dotted name
# continued on the next line with a backslash, was read with the backslash and the newline in it
PACKAGE = {"pkg/__init__.py": "", "pkg/sub/__init__.py": "", "pkg/sub/mod.py": "X = 1\n"}


def test_a_dotted_name_continued_with_a_backslash_is_the_module_it_names():
    change = {"use.py": ("from pkg.sub.\\\n    mod import X\nimport pkg.\\\n    sub.mod\n\n"
                         "print(X, pkg.sub.mod.X)\n")}
    assert diff_keys(PACKAGE, change) == []


def test_a_missing_module_named_over_two_lines_is_reported_by_its_name():
    change = {"use.py": "from pkg.sub.\\\n    gone import X\n\nprint(X)\n"}
    assert diff_keys(PACKAGE, change) == [("IMP102", "use.py", 1, "pkg.sub.gone")]


# dipy/dipy (an `impact diff --all` at 2ecd365584): dipy/meson.build writes dipy/version.py at build
# time (`custom_target('generate-version', output: 'version.py', ...)`), which no revision commits
# and no .gitignore names; `from dipy.version import version as __version__` was "module does not
# exist" in dipy/__init__.py, and IMP101 in the four modules importing `__version__` from it
MESON_VERSION = {
    "meson.build": "project('dipy', 'c')\nsubdir('dipy')\n",
    "dipy/meson.build": ("if not fs.exists('version.py')\n  generate_version = custom_target(\n"
                         "    'generate-version',\n    install: true,\n    output: 'version.py',\n"
                         "    command: ['../tools/gitversion.py', '--write', 'dipy/version.py'],\n"
                         "  )\nendif\nconfigure_file(output: 'config.h', configuration: conf)\n"),
    "dipy/__init__.py": "",
}


def test_a_python_module_a_meson_build_step_writes_exists():
    change = {"dipy/__init__.py": "from dipy.version import version as __version__\n",
              "dipy/info.py": "from dipy import __version__\nimport dipy.version\n\n"
                              "print(__version__, dipy.version.git_revision)\n"}
    assert diff_keys(MESON_VERSION, change) == []


def test_a_module_no_meson_build_step_writes_is_still_missing():
    change = {"dipy/info.py": "from dipy.versions import version\nfrom dipy.config import x\n"}
    assert diff_keys(MESON_VERSION, change) == [("IMP102", "dipy/info.py", 1, "dipy.versions"),
                                                ("IMP102", "dipy/info.py", 2, "dipy.config")]


# lumeland/lume e5928935bd05: plugins/paginate.ts extends the global namespace `Lume` and names
# `Data` in it, which it declared itself before (`export interface Data` in its own `namespace
# Lume`) and types.ts declares after (`declare global { namespace Lume { export type Data ...
# } }`): tsc merges every declaration of a namespace, so `Data` there is `Lume.Data`
LUME_TYPES = ("type PageData = { url: string };\n\ndeclare global {\n  namespace Lume {\n"
              "    export type Data = PageData;\n  }\n}\n\nexport type { PageData };\n")
PAGINATE = ("export interface Result {\n  n: number;\n}\n\ndeclare global {\n  namespace Lume {\n"
            "    export interface Data {\n      results?: number;\n    }\n"
            "    export interface GlobalData {\n      results?: Data[];\n    }\n  }\n}\n")
OWN_DATA = "    export interface Data {\n      results?: number;\n    }\n"


def test_a_name_in_a_global_namespace_may_be_a_member_another_declaration_of_it_declares():
    base = {"types.ts": LUME_TYPES, "plugins/paginate.ts": PAGINATE}
    change = {"plugins/paginate.ts": PAGINATE.replace(OWN_DATA, "")}
    assert diff_keys(base, change) == []


def test_a_name_no_declaration_of_the_global_namespace_declares_is_still_undefined():
    base = {"types.ts": LUME_TYPES.replace("export type Data", "export type Page"),
            "plugins/paginate.ts": PAGINATE}
    change = {"plugins/paginate.ts": PAGINATE.replace(OWN_DATA, "")}
    assert diff_keys(base, change) == [("IMP105", "plugins/paginate.ts", 8, "Data")]


# livekit/agents (an `impact diff --all` at da6af86ac640): every example is a project of its own
# (examples/<name>/pyproject.toml) with an `agent.py`; examples/homepage/tests/unit/test_agent_config.py
# runs with its own project on the path, and `from agent import CONFIG` is examples/homepage/agent.py,
# not examples/avatar/agent.py, the first such root
EXAMPLES = {
    "examples/avatar/pyproject.toml": '[project]\nname = "avatar"\n',
    "examples/avatar/agent.py": "class Avatar:\n    pass\n",
    "examples/homepage/pyproject.toml": '[project]\nname = "homepage"\n',
    "examples/homepage/agent.py": "CONFIG = 1\n",
}
TEST_CONFIG = "examples/homepage/tests/unit/test_config.py"


def test_a_script_imports_a_top_level_module_of_its_own_project_first():
    change = {TEST_CONFIG: "from agent import CONFIG, gone\n\nprint(CONFIG, gone)\n"}
    assert diff_keys(EXAMPLES, change) == [("IMP101", TEST_CONFIG, 1, "gone")]


def test_a_script_of_no_project_still_takes_the_first_root():
    """`CONFIG`, which only the other project's copy of `agent` has, is not judged: which of the
    two distributions an environment installs, impact cannot tell (batch 25, kubeflow/pipelines'
    two `kfp_server_api` clients); a name neither has is."""
    change = {"tools/run.py": "from agent import Avatar, CONFIG, gone\n\nprint(Avatar, CONFIG, gone)\n"}
    assert diff_keys(EXAMPLES, change) == [("IMP101", "tools/run.py", 1, "gone")]


# lumeland/lume (an `impact diff --all` at 3d16383601ab): middlewares/reload.ts takes the text of a
# browser script, `import debugBarClient from "./debugbar_client.js" with { type: "text" }` (Deno's
# text imports): the binding is the file's content, not its default export
CLIENT = {"middlewares/debugbar_client.js": "console.log('debug bar');\n",
          "middlewares/reload.ts": "export const reload = 1;\n"}
RELOAD = "middlewares/reload.ts"


def test_an_import_with_a_type_attribute_binds_the_content_not_an_export():
    change = {RELOAD: ('import client from "./debugbar_client.js" with { type: "text" };\n'
                       "import bytes from './debugbar_client.js' assert { type: 'bytes' };\n\n"
                       "export const reload = client + bytes;\n")}
    assert diff_keys(CLIENT, change) == []


def test_an_import_of_a_module_without_a_type_attribute_or_of_no_file_is_still_judged():
    change = {RELOAD: ('import client from "./debugbar_client.js";\n'
                       'import gone from "./gone.js" with { type: "text" };\n'
                       'import main from "./debugbar_client.js" with { type: "javascript" };\n\n'
                       "export const reload = client + gone + main;\n")}
    assert diff_keys(CLIENT, change) == [("IMP101", RELOAD, 1, "default"),
                                         ("IMP101", RELOAD, 3, "default"),
                                         ("IMP102", RELOAD, 2, "./gone.js")]


# ethyca/fides (an `impact diff --all` at 96aa40cba74e): `from fides.api.models.data_consumer import
# (  # type: ignore[import-not-found]` under TYPE_CHECKING, a model of the closed-source fidesplus:
# the author marks the module as one the checker cannot find, and mypy and pyright report nothing
ENTITIES = "src/fides/service/entities.py"
FIDES = {"src/fides/__init__.py": "", "src/fides/service/__init__.py": "", ENTITIES: "X = 1\n"}


def test_a_checker_suppression_of_a_missing_import_suppresses_the_missing_module():
    change = {ENTITIES: ("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                         "    from fides.api.consumer import (  # type: ignore[import-not-found]\n"
                         "        DataConsumer,\n    )\n"
                         "    import fides.api.purpose  # pyright: ignore[reportMissingImports]\n"
                         "X = 1\n")}
    assert diff_keys(FIDES, change) == []


def test_another_checker_suppression_leaves_the_missing_module_reported():
    change = {ENTITIES: ("from fides.api.consumer import DataConsumer  # type: ignore[attr-defined]\n"
                         "import fides.api.purpose  # noqa: F401\nX = 1\n")}
    assert diff_keys(FIDES, change) == [("IMP102", ENTITIES, 1, "fides.api.consumer"),
                                        ("IMP102", ENTITIES, 2, "fides.api.purpose")]
