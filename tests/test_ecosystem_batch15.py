"""Classes of input the fifteenth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: fifteenth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding or a crash, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_keys

# onyx-dot-app/onyx: backend/alembic/ (env.py, versions/: no __init__.py) is the migration
# directory, a namespace portion named like the alembic distribution the root pyproject.toml
# installs through a PEP 735 dependency group; the path finder prefers the installed regular
# package to the portion, so `from alembic import op` in a new migration is alembic's `op`
MIGRATION = "backend/alembic/versions/0001_add_table.py"
PYPROJECT = '[project]\nname = "onyx"\ndependencies = ["fastapi"]\n\n'
DECLARATIONS = {
    "PEP 735 group": ("pyproject.toml", PYPROJECT + '[dependency-groups]\nbackend = '
                      '["alembic==1.18.4", {include-group = "dev"}]\ndev = ["pytest"]\n'),
    "Poetry group": ("pyproject.toml",
                     PYPROJECT + '[tool.poetry.group.backend.dependencies]\nalembic = "^1.18"\n'),
    "Poetry dev-dependencies": ("pyproject.toml",
                                PYPROJECT + '[tool.poetry.dev-dependencies]\nalembic = "^1.18"\n'),
    # onyx's backend/requirements/default.txt too (pip-tools' and Django's layout)
    "requirements directory": ("backend/requirements/default.txt",
                               "alembic==1.18.4 \\\n    --hash=sha256:00\n"),
}


def _migrations(declaration: str | None) -> dict:
    path, text = DECLARATIONS[declaration] if declaration else ("pyproject.toml", PYPROJECT)
    return {
        "pyproject.toml": PYPROJECT,
        path: text,
        "backend/alembic/env.py": "from alembic import context\n",
        "backend/onyx/__init__.py": "",
    }


@pytest.mark.parametrize("declaration", list(DECLARATIONS))
def test_a_directory_named_like_a_declared_distribution_does_not_hide_it(declaration):
    """onyx edd8abc1f1: "`op` is imported from `alembic`, which does not define it"."""
    change = {MIGRATION: "from alembic import op\n\nop.create_table('t')\n"}
    assert diff_keys(_migrations(declaration), change) == []


def test_a_directory_named_like_nothing_installed_is_still_checked():
    change = {MIGRATION: "from alembic import op\n\nop.create_table('t')\n"}
    assert diff_keys(_migrations(None), change) == [("IMP101", MIGRATION, 1, "op")]


# doccano/doccano's Nuxt 2 frontend: `import BaseCard from '@/components/utils/BaseCard'`, the
# alias mapped by the tsconfig `paths` ("@/*": ["./*"]) or by a bundler's `resolve.alias`, and
# the file BaseCard.vue (webpack's `resolve.extensions` lists .vue, as for a relative import)
PAGE = "frontend/pages/index.vue"
ALIASED = {
    "tsconfig paths": ("frontend/tsconfig.json",
                       '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./*"]}}}'),
    "bundler alias": ("frontend/vite.config.js",
                      ("import path from 'path'\nexport default { resolve: { alias: "
                       "{ '@': path.resolve(__dirname, '.') } } }\n")),
}


def _frontend(config: str) -> dict:
    path, text = ALIASED[config]
    return {path: text, "frontend/components/utils/BaseCard.vue": "<template><div/></template>\n",
            "frontend/components/utils/card.ts": "export const size = 1\n"}


def _page(specifier: str) -> str:
    return (f"<script>\nimport BaseCard from '{specifier}'\n"
            "export default { components: { BaseCard } }\n</script>\n")


@pytest.mark.parametrize("config", list(ALIASED))
def test_an_aliased_component_imported_without_its_extension_is_resolved(config):
    """doccano (`--all` at ab6b765ea3): "cannot resolve '@/components/utils/BaseCard'"."""
    assert diff_keys(_frontend(config), {PAGE: _page("@/components/utils/BaseCard")}) == []


@pytest.mark.parametrize("config", list(ALIASED))
def test_an_aliased_component_that_is_not_there_is_still_missing(config):
    change = {PAGE: _page("@/components/utils/BaseBox")}
    assert diff_keys(_frontend(config), change) == [("IMP102", PAGE, 2, "@/components/utils/BaseBox")]


# onyx-dot-app/onyx: backend/onyx/ is a regular package and backend/onyx/tracing/ (no
# __init__.py) a namespace subpackage of it that holds a plain module named setup.py; Python
# finds `onyx.tracing` through `onyx.__path__` whatever files the directory holds
TRACING = {
    "pyproject.toml": '[project]\nname = "onyx"\n',
    "backend/onyx/__init__.py": "",
    "backend/onyx/tracing/setup.py": "def setup_tracing():\n    return []\n",
    "backend/onyx/tracing/provider_config.py": "class BraintrustConfig:\n    pass\n",
}
TRACING_TEST = "backend/tests/unit/test_tracing_setup.py"


def test_a_namespace_subpackage_of_a_regular_package_holding_a_setup_module_is_found():
    """onyx (`--all` at a7d66a8b77): "module `onyx.tracing` does not exist in this revision"."""
    change = {TRACING_TEST: "from onyx.tracing import setup as tracing_setup\n"
                            "from onyx.tracing import provider_config\n"
                            "from onyx.tracing.provider_config import BraintrustConfig\n\n"
                            "tracing_setup.setup_tracing(provider_config, BraintrustConfig)\n"}
    assert diff_keys(TRACING, change) == []


def test_a_missing_module_of_that_namespace_subpackage_is_still_reported():
    change = {TRACING_TEST: "from onyx.tracing import gone\nimport onyx.tracing.missing\n"}
    assert diff_keys(TRACING, change) == [("IMP101", TRACING_TEST, 1, "gone"),
                                          ("IMP102", TRACING_TEST, 2, "onyx.tracing.missing")]


# kedro-org/kedro-viz 5e9c6ba50a: the Kedro starter demo-project/ gained an `__init__.py` (moved
# from src/tests/) beside its pyproject.toml; no import statement can name `demo-project`, so it
# is no package the project's `src/` root lies inside
CONF = "demo-project/docs/source/conf.py"
DEMO = {
    "demo-project/pyproject.toml": '[project]\nname = "demo_project"\n',
    "demo-project/src/demo_project/__init__.py": '__version__ = "0.1"\nproject = "demo"\n',
    CONF: "from demo_project import __version__ as release, project\n\nversion = release\n",
}


def test_a_directory_no_import_can_name_is_no_package_a_root_lies_inside():
    """kedro-viz 5e9c6ba50a: "module `demo_project` does not exist in this revision"."""
    assert diff_keys(DEMO, {"demo-project/__init__.py": ""}) == []


def test_a_name_that_root_no_longer_defines_is_still_reported():
    change = {"demo-project/__init__.py": "",
              "demo-project/src/demo_project/__init__.py": '__version__ = "0.1"\n'}
    assert diff_keys(DEMO, change) == [("IMP101", CONF, 1, "project")]
