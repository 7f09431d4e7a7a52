"""Classes of input the nineteenth batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: nineteenth batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

# All-Hands-AI/OpenHands: openhands/__init__.py says `__path__ = __import__('pkgutil').extend_path(
# __path__, __name__)` so that the installed distributions openhands-sdk, openhands-tools and
# openhands-agent-server (pyproject's Poetry dependencies) add `openhands/sdk/`, `openhands/tools/`
# and `openhands/agent_server/` to the repository's own regular package
EXTENDED = {
    "pyproject.toml": ('[tool.poetry]\nname = "openhands-ai"\n\n[tool.poetry.dependencies]\n'
                       'python = "^3.12"\nopenhands-sdk = "1.3.0"\nopenhands-tools = "1.3.0"\n'),
    "openhands/__init__.py": ("__path__ = __import__('pkgutil').extend_path(__path__, __name__)\n\n"
                              "from openhands.version import __version__\n"),
    "openhands/version.py": "__version__ = '1'\n",
    "openhands/server/__init__.py": "",
    "openhands/server/app.py": "def serve():\n    return 1\n",
}
USE_SDK = ("from openhands.sdk import Agent\nfrom openhands.sdk.context.skills import load_skills\n"
           "import openhands.tools.preset.default\nfrom openhands import sdk\n\n"
           "Agent(load_skills(), openhands.tools.preset.default, sdk.LLM)\n")


def test_a_module_an_installed_distribution_adds_to_a_pkgutil_extended_package_is_not_missing():
    """OpenHands 36cf4e161a: "module `openhands.sdk.context.skills` does not exist in this
    revision" (15 IMP102 in the window, 86 at the head with `--all`)."""
    assert diff_keys(EXTENDED, {"openhands/server/use.py": USE_SDK}) == []


def test_a_missing_module_of_the_repositorys_own_portion_is_still_reported():
    """`openhands.server` is the repository's regular package: its missing module is missing."""
    change = {"openhands/server/use.py": "from openhands.server.gone import serve\n"}
    assert diff_keys(EXTENDED, change) == [("IMP102", "openhands/server/use.py", 1, "openhands.server.gone")]


def test_a_missing_module_below_the_repositorys_own_directory_in_the_extended_package_is_reported():
    """OpenHands (`--all` at the head): `from openhands.integrations.github.github_types import
    GitHubUser`, where `openhands/integrations/` (no __init__.py) holds `github/github_service.py`
    and no `github_types`: the installed distributions add `openhands/sdk/`, not modules there."""
    base = {**EXTENDED,
            "openhands/integrations/github/github_service.py": "class GitHubService:\n    pass\n"}
    use = "from openhands.integrations.github.github_types import GitHubUser\n"
    assert diff_keys(base, {"openhands/server/use.py": use}) == [
        ("IMP102", "openhands/server/use.py", 1, "openhands.integrations.github.github_types")]


def test_a_regular_package_that_does_not_extend_its_path_is_still_checked():
    base = {**EXTENDED, "openhands/__init__.py": "from openhands.version import __version__\n"}
    assert diff_keys(base, {"openhands/server/use.py": "from openhands.sdk import Agent\n"}) == [
        ("IMP102", "openhands/server/use.py", 1, "openhands.sdk")]


def test_an_extended_package_no_installed_distribution_is_named_like_is_still_checked():
    """Only a distribution the project installs, named like the package, may add to it."""
    base = {**EXTENDED, "pyproject.toml": '[tool.poetry]\nname = "openhands-ai"\n'}
    assert diff_keys(base, {"openhands/server/use.py": "from openhands.sdk import Agent\n"}) == [
        ("IMP102", "openhands/server/use.py", 1, "openhands.sdk")]


# All-Hands-AI/OpenHands frontend: tsconfig `paths` maps `#/*` to `./src/*`, and vite-plugin-svgr
# turns `import Logo from "#/assets/branding/logo.svg?react"` into a component: what the import
# gives is what the query asks of the file (a relative `./x.svg?react` was already not checked)
SVG = '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n'
FRONTEND = {
    "frontend/package.json": '{"name": "frontend", "type": "module"}\n',
    "frontend/tsconfig.json": ('{"compilerOptions": {"paths": {"#/*": ["./src/*"]}}, '
                               '"include": ["src"]}\n'),
    "frontend/vite.config.ts": ("import path from 'path';\nimport { defineConfig } from 'vite';\n\n"
                                "export default defineConfig({\n"
                                "  resolve: { alias: { '@': path.resolve(__dirname, './src') } },\n});\n"),
    "frontend/src/assets/logo.svg": SVG,
    "frontend/src/icons/close.svg": SVG,
    "frontend/src/app.tsx": "export const App = () => null;\n",
}


def _icon(spec: str) -> dict:
    return {"frontend/src/button.tsx": f'import Icon from "{spec}";\n\nexport const Button = () => Icon;\n'}


def test_a_resource_query_on_a_mapped_specifier_is_not_taken_for_part_of_the_file_name():
    """OpenHands 3504ca7752: "cannot resolve '#/assets/branding/azure-devops-logo.svg?react': no
    such file in this revision" for an svg the commit adds (157 such IMP102 with `--all` at the head)."""
    for spec in ("#/assets/logo.svg?react", "#/icons/close.svg?raw", "@/icons/close.svg?react",
                 "../src/icons/close.svg?url", "./assets/logo.svg?react", "./app?worker&inline"):
        assert diff_keys(FRONTEND, _icon(spec)) == [], spec


def test_a_mapped_specifier_without_a_query_to_a_file_that_is_not_there_is_missing():
    for spec in ("#/assets/gone.svg", "@/icons/gone.svg", "./icons/gone.svg"):
        assert diff_keys(FRONTEND, _icon(spec)) == [("IMP102", "frontend/src/button.tsx", 1, spec)], spec


# scverse/scanpy: hatch builds `packages = ["src/scanpy", "src/testing"]`; src/testing/ has no
# __init__.py, so src/testing/scanpy/ is the package `testing.scanpy` (a pytest plugin), whose
# modules say `import scanpy as sc` of the library src/scanpy/
PLUGIN = {
    "pyproject.toml": ('[project]\nname = "scanpy"\n\n'
                       '[tool.hatch]\nbuild.targets.wheel.packages = [ "src/scanpy", "src/testing" ]\n'),
    "src/scanpy/__init__.py": "from ._settings import settings\n\n__all__ = ['settings']\n",
    "src/scanpy/_settings.py": "settings = object()\n",
    "src/testing/scanpy/__init__.py": "",
    "src/testing/scanpy/_pytest/__init__.py": "def plugin():\n    return 1\n",
}


def test_a_subpackage_of_a_built_namespace_package_is_not_a_top_level_package():
    """scanpy fabadb9412 (`--all`): "`sc.settings`: module `testing.scanpy` has no attribute
    `settings`" (30 IMP103 at src/testing/scanpy/ with `--all`)."""
    change = {"src/testing/scanpy/_pytest/__init__.py": ("import scanpy as sc\n\n"
                                                         "def plugin():\n    return sc.settings\n")}
    assert diff_keys(PLUGIN, change) == []
    gone = {"src/testing/scanpy/_pytest/__init__.py": ("import scanpy as sc\n\n"
                                                       "def plugin():\n    return sc.gone\n")}
    assert diff_keys(PLUGIN, gone) == [("IMP103", "src/testing/scanpy/_pytest/__init__.py", 4, "gone")]


# Openpanel-dev/openpanel a762fa9383: packages/validation's `"main": "index.ts"` (which says
# `export * from './src/index'`) becomes `"main": "src/index.ts"` and index.ts is deleted: importers
# of `@openpanel/validation` reach every name as before
def _validation(main: str, exports: str = "") -> dict:
    return {"packages/validation/package.json": ('{"name": "@acme/validation", "version": "1.0.0", '
                                                 f'"main": "{main}"{exports}}}\n'),
            "packages/validation/src/index.ts": "export * from './chat';\n",
            "packages/validation/src/chat.ts": ("export const chatSchema = 1;\n"
                                                "export type ChatContext = { id: string };\n")}


ENTRY_BASE = {**_validation("index.ts"), "packages/validation/index.ts": "export * from './src/index';\n"}


def test_a_package_entry_point_that_moves_keeps_what_the_package_exports():
    """openpanel a762fa9383: 207 IMP201 "public variable `pageContextSchema` of
    `packages/validation/index.ts` was removed" (the package exports every one of them still)."""
    change = {**_validation("src/index.ts"), "packages/validation/index.ts": None}
    assert diff_keys(ENTRY_BASE, change, without=()) == []


def test_a_name_the_moved_entry_point_no_longer_exports_is_still_removed():
    change = {**_validation("src/index.ts"), "packages/validation/index.ts": None,
              "packages/validation/src/index.ts": "export { chatSchema } from './chat';\n"}
    assert [k[3] for k in diff_keys(ENTRY_BASE, change, without=())] == ["ChatContext"]


def test_a_subpath_entry_point_that_moves_is_followed_through_the_exports_map():
    exports = ', "exports": {".": "./index.ts", "./chat": "./chat.ts"}'
    base = {**_validation("index.ts", exports),
            "packages/validation/index.ts": "export * from './src/index';\n",
            "packages/validation/chat.ts": "export * from './src/chat';\n"}
    moved = ', "exports": {".": "./src/index.ts", "./chat": "./src/chat.ts"}'
    change = {**_validation("src/index.ts", moved), "packages/validation/index.ts": None,
              "packages/validation/chat.ts": None}
    assert diff_keys(base, change, without=()) == []


# scverse/scanpy 384a4990f0: the commit moves src/scanpy/plotting/_tools/paga.py to
# plotting/legacy/_tools/paga.py (its relative imports one level deeper), with the call
# `_sc_utils.get_igraph_from_adjacency(adj_tree)` that misses the keyword-only `directed` since
# 6bfd839fbd, which reported it; the move wrote no call
UTIL = "def get_igraph(adjacency, *, directed):\n    return adjacency\n"
PAGA = "from {dots} import util as u\n\n\ndef paga(x):\n    return u.get_igraph({arguments})\n"
MOVE_BASE = {"pkg/__init__.py": "", "pkg/util.py": UTIL, "pkg/tools/__init__.py": "",
             "pkg/tools/paga.py": PAGA.format(dots="..", arguments="x")}


def _moved(arguments: str = "x") -> dict:
    return {"pkg/tools/paga.py": None, "pkg/legacy/__init__.py": "", "pkg/legacy/tools/__init__.py": "",
            "pkg/legacy/tools/paga.py": PAGA.format(dots="...", arguments=arguments)}


def test_a_call_that_did_not_fit_before_is_not_written_by_moving_its_file():
    """scanpy 384a4990f0: "`_sc_utils.get_igraph_from_adjacency(...)` does not fit ...: missing
    required argument `directed`" at the moved paga.py (already so in base)."""
    assert diff_keys(MOVE_BASE, _moved()) == []


def test_a_misfit_call_the_move_edits_or_a_new_file_writes_is_still_reported():
    assert diff_keys(MOVE_BASE, _moved("x, True")) == [
        ("IMP202", "pkg/legacy/tools/paga.py", 5, "get_igraph")]
    new_file = {"pkg/other.py": PAGA.format(dots=".", arguments="x")}
    assert diff_keys(MOVE_BASE, new_file) == [("IMP202", "pkg/other.py", 5, "get_igraph")]


def test_a_portion_a_distribution_named_otherwise_adds_to_a_pkgutil_extended_package_is_not_missing():
    """`acme/__init__.py` extends its `__path__` with pkgutil and the project installs `protobuf`
    and `AcmeDeploy`, whose import names are `acme.protobuf` and `acme.deploy` (as `protobuf`'s
    is `google.protobuf` and `PasteDeploy`'s `paste.deploy`): with each installed beside the repository's `acme/` on
    `sys.path` (python3.11), `import acme.protobuf.message` and `from acme.deploy import loadapp`
    run. A module of no installed distribution's name is still missing."""
    base = {"pyproject.toml": '[project]\nname = "acme-app"\ndependencies = ["protobuf>=4", "AcmeDeploy"]\n',
            "acme/__init__.py": "__path__ = __import__('pkgutil').extend_path(__path__, __name__)\n",
            "acme/app.py": "def serve():\n    return 1\n"}
    use = "import acme.protobuf.message\nfrom acme.deploy import loadapp\nfrom acme import protobuf\n"
    assert diff_keys(base, {"acme/use.py": use}) == []
    assert diff_keys(base, {"acme/use.py": "import acme.gone\n"}) == [("IMP102", "acme/use.py", 1, "acme.gone")]


def test_a_portion_a_distribution_named_otherwise_adds_to_a_namespace_package_is_not_missing():
    """The repository's `google/` is a namespace package (no `__init__.py`) and the project
    installs `protobuf`, which adds `google/protobuf/`: with it beside the repository on
    `sys.path` (python3.11) `from google import protobuf` runs (it was IMP101), and the module
    imports too; `from google import gone` raises ImportError and stays IMP101."""
    base = {"pyproject.toml": '[project]\nname = "acme-app"\ndependencies = ["protobuf>=4"]\n',
            "google/mine/x.py": "def f():\n    return 1\n", "app/__init__.py": ""}
    use = "import google.protobuf.message\nfrom google.protobuf import message\nfrom google import protobuf\n"
    assert diff_keys(base, {"app/use.py": use}) == []
    assert diff_keys(base, {"app/use.py": "from google import gone\n"}) == [("IMP101", "app/use.py", 1, "gone")]
