"""A file added or removed changes how other files resolve only where they name it, unless a
JavaScript/TypeScript configuration maps a specifier to it without naming it (package entry
points and `exports`/`imports` maps, exact tsconfig `paths`, bundler aliases): then the index
of the revision is built from every file (impact/resolve/mapped_paths.py, impact/index.py)."""

from __future__ import annotations

import json

import pytest

from impact.facts import extract_facts
from impact.graph import SymbolGraph
from impact.index import build, derived, moved_paths, naming_moved_modules
from impact.resolve.javascript import JsResolver
from impact.resolve.mapped_paths import MappedPaths
from impact.summaries import summary_of

MANIFEST = json.dumps({"name": "@acme/lib", "main": "lib/entry.js",
                       "exports": {".": "./lib/entry.js", "./feature": "./src/feature",
                                   "./*": "./src/*.js", "./deep/*": "./src/*/impl.js"},
                       "imports": {"#config": "./config/load.js"}})
TSCONFIG = json.dumps({"compilerOptions": {"baseUrl": ".", "paths": {
    "@app": ["app/main.ts"], "@ui/*": ["ui/*"], "@shell": ["shell"]}}})
VITE = """import { defineConfig } from 'vite'
import path from 'node:path'

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname, 'src'),
      'icons$': path.resolve(__dirname, 'assets/icon-set.js'),
      'react': 'preact/compat',
    },
  },
})
"""


def _resolver(configs: dict[str, str], files: tuple[str, ...] = ()) -> JsResolver:
    data = {path: text.encode() for path, text in configs.items()}
    return JsResolver(frozenset({*configs, *files}), data)


@pytest.mark.parametrize("path", [
    "pkg/lib/entry.ts", "pkg/lib/entry.d.ts",  # `main`, the `.` export, any extension
    "pkg/src/feature/index.js", "pkg/src/feature.ts",  # an exact subpath: a directory or file
    "pkg/src/x/impl.js",  # a `*` standing for a directory
    "pkg/config/load.js", "pkg/index.js",  # an `imports` entry; the default entry point
    "app/main.ts", "shell/index.ts", "SHELL/Index.tsx",  # exact tsconfig `paths`, any case
])
def test_what_a_package_or_tsconfig_maps_without_naming_it(path):
    resolver = _resolver({"pkg/package.json": MANIFEST, "tsconfig.json": TSCONFIG})
    assert MappedPaths.of(resolver).maps_without_naming(path)


@pytest.mark.parametrize("path", ["pkg/src/button.js", "pkg/src/forms/", "ui/Button.tsx",
                                  "ui/index.ts", "app/other.ts", "pkg/lib/other.js"])
def test_what_a_specifier_names_is_not_mapped(path):
    """`./*` to `./src/*.js` and `@ui/*` to `ui/*` name the file (or the directory of an index)."""
    resolver = _resolver({"pkg/package.json": MANIFEST, "tsconfig.json": TSCONFIG})
    assert not MappedPaths.of(resolver).maps_without_naming(path)


@pytest.mark.parametrize(("path", "mapped"), [
    ("web/assets/icon-set.ts", True),  # an exact alias to a file
    ("web/src/index.ts", True),  # `@` alone: the directory's index
    ("web/src/compat.js", True), ("web/lib/compat/index.ts", True),  # `preact/compat` may be it
    ("web/src/components/Button.tsx", False),  # `@/components/Button` names it
])
def test_what_a_bundler_alias_maps_without_naming_it(path, mapped):
    resolver = _resolver({"web/vite.config.ts": VITE}, ("web/src/main.ts",))
    assert MappedPaths.of(resolver).maps_without_naming(path) is mapped


def _graph(files: dict[str, str], label: str) -> tuple[SymbolGraph, dict]:
    facts = {path: extract_facts(path, text.encode()) for path, text in files.items()
             if path.endswith((".ts", ".js", ".py"))}
    configs = {path: text.encode() for path, text in files.items() if path.endswith(".json")}
    graph = SymbolGraph(label, facts, frozenset(files), configs)
    return graph, {path: summary_of(found) for path, found in facts.items()}


def test_a_package_entry_point_added_rebuilds_the_index_which_its_words_would_not_derive():
    """`import { lib } from '@acme/lib'` names neither `src/main.ts` nor `main`: the workspace
    package's `main` reaches it. Derived through the files that name it, the index would miss
    that the app imports it, so naming_moved_modules cannot tell (None)."""
    base = {"package.json": json.dumps({"name": "root", "workspaces": ["packages/*"]}),
            "packages/lib/package.json": json.dumps({"name": "@acme/lib", "main": "src/main.ts"}),
            "app/index.ts": "import { lib } from '@acme/lib';\nconsole.log(lib);\n"}
    head = {**base, "packages/lib/src/main.ts": "export const lib = 1;\n"}
    (old, old_summaries), (new, new_summaries) = _graph(base, "base"), _graph(head, "head")
    moved = moved_paths(base, head)
    built = build(new, new_summaries.values())
    assert "app/index.ts" in built.importers["packages/lib/src/main.ts"]
    words_only = naming_moved_modules(list(new_summaries.values()), moved)
    assert "app/index.ts" not in words_only  # the app does not name it ...
    assert derived(build(old, old_summaries.values()), new, [],
                   [new_summaries[path] for path in sorted(words_only)]) != built  # ... and so:
    assert naming_moved_modules(list(new_summaries.values()), moved, (new.js, old.js)) is None


def test_a_moved_index_is_named_by_its_directory_in_any_case():
    files = {"src/app.ts": "import { button } from './Widgets';\nconsole.log(button);\n",
             "src/other.ts": "export const other = 1;\n",
             "src/widgets/index.ts": "export const button = 1;\n"}
    graph, summaries = _graph(files, "head")
    naming = naming_moved_modules(list(summaries.values()), {"src/widgets/index.ts"}, (graph.js,))
    assert naming == {"src/app.ts"}  # not src/other.ts


def test_a_moved_javascript_file_is_named_by_the_last_segment_of_a_specifier():
    """`./components` of `components.ts`, `.` or `..` of an `index` in that directory; not
    `@/components/Card`, which names `Card` (and `components/` only as a directory on the
    way): 1,002 files of a Next.js app once named a new `lib/components.tsx` so."""
    files = {"web/page.ts": "import { Card } from '@/components/Card';\nconsole.log(Card);\n",
             "web/lib/use.ts": "import { icon } from './components';\nconsole.log(icon);\n",
             "web/lib/deep/more.ts": "import * as lib from '..';\nconsole.log(lib);\n",
             "web/components/Card.ts": "export const Card = 1;\n",
             "web/lib/index.ts": "export const lib = 1;\n",
             "tsconfig.json": json.dumps({"compilerOptions": {"paths": {"@/*": ["./web/*"]}}})}
    graph, summaries = _graph(files, "head")
    every = list(summaries.values())
    assert naming_moved_modules(every, {"web/lib/components.ts"}, (graph.js,)) == {"web/lib/use.ts"}
    assert naming_moved_modules(every, {"web/lib/index.ts"}, (graph.js,)) == {"web/lib/deep/more.ts"}


def test_a_file_no_resolver_finds_by_its_stem_is_named_by_its_whole_name():
    """`./main.tf`, `./Card.module.css`: no resolver appends `.tf` or `.css` to a specifier,
    so only a file whose import spells the whole name may resolve otherwise; `./main` (which
    finds `main.ts`, never `main.tf`) does not."""
    files = {"web/spelled.ts": "import plan from './main.tf';\nimport s from './Card.module.css';\n",
             "web/stem.ts": "import { main } from './main';\nimport { card } from './Card';\n",
             "web/main.ts": "export const main = 1;\n", "web/Card.ts": "export const card = 1;\n"}
    graph, summaries = _graph(files, "head")
    for moved in ("web/main.tf", "web/Card.module.css"):
        assert naming_moved_modules(list(summaries.values()), {moved}, (graph.js,)) == {"web/spelled.ts"}
    # a file a specifier finds by its stem counts by its stem alone: `./main` may find main.json
    assert naming_moved_modules(list(summaries.values()), {"web/main.json"}, (graph.js,)) == \
        {"web/stem.ts", "web/spelled.ts"}


def test_a_proto_file_is_named_by_the_modules_protoc_makes_of_it():
    """`x.proto` added or removed makes `x_pb2` (and `x_pb2_grpc`) beside it generated or
    missing (impact/resolve/python.py): the files importing those names resolve otherwise."""
    files = {"svc/client.py": "from svc import ui_pb2_grpc\n",
             "svc/model.py": "import svc.ui_pb2 as pb\n", "svc/other.py": "import svc.state\n",
             "svc/__init__.py": "", "svc/state.py": ""}
    graph, summaries = _graph(files, "head")
    assert naming_moved_modules(list(summaries.values()), {"svc/ui.proto"}, (graph.js,)) == \
        {"svc/client.py", "svc/model.py"}


def test_a_package_that_makes_its_directory_a_source_root_rebuilds_the_index():
    """`pkg/sub/__init__.py` added where `pkg/` held no package: `pkg/` becomes a source root
    and `import mod` now finds `pkg/mod.py`, which the importer does not name as `sub`. The
    index derived through the words would miss it: naming_moved_modules cannot tell (None)."""
    base = {"pkg/mod.py": "def f():\n    pass\n", "app.py": "import mod\n\nmod.f()\n"}
    head = {**base, "pkg/sub/__init__.py": ""}
    (old, old_summaries), (new, new_summaries) = _graph(base, "base"), _graph(head, "head")
    moved = moved_paths(base, head)
    built = build(new, new_summaries.values())
    assert built.importers["pkg/mod.py"] == {"app.py": None}
    words_only = naming_moved_modules(list(new_summaries.values()), moved)
    assert derived(build(old, old_summaries.values()), new, [],
                   [new_summaries[path] for path in sorted(words_only)]) != built
    assert naming_moved_modules(list(new_summaries.values()), moved, (new.js, old.js),
                                (new.python, old.python)) is None


def test_a_python_module_outside_a_root_is_named_with_its_parent_package():
    """`import sub` never reaches `app/sub/` (app/ is no source root): an import that may
    names `app` too (`from app import sub`, `import app.sub`) or lives below app/ (`from .
    import sub`). A directory of data files (`deploy/redis/tests/`) is no module an import
    names: the test files that only live in a `tests/` directory do not name it."""
    files = {"app/__init__.py": "", "app/sub/__init__.py": "",
             "app/views.py": "from . import sub\n", "cli.py": "import app.sub\n",
             "other.py": "import sub\n", "lib/tests/test_x.py": "import os\n",
             "worker.py": "import redis\n",
             "top.py": "import views\n"}
    graph, summaries = _graph(files, "head")
    every = list(summaries.values())

    def naming(*moved: str) -> set[str]:
        return naming_moved_modules(every, set(moved), (graph.js,), (graph.python,))

    assert naming("app/sub/__init__.py", "app/sub/") == {"app/views.py", "cli.py", "app/sub/__init__.py"}
    assert naming("deploy/redis/tests/", "deploy/redis/tests/plan.hcl") == set()
    assert naming("redis/") == {"worker.py"}  # the root's: `import redis` may reach it
    assert naming("app/views.py") == set()  # `import views` does not reach it


def test_a_module_below_a_linked_directory_is_named_through_the_link_too():
    """`vendor -> app`: `import vendor.sub` reaches app/sub/ without naming `app`."""
    from impact.resolve import Links

    files = {"app/__init__.py": "", "app/sub/__init__.py": "", "cli.py": "import vendor.sub\n"}
    facts = {path: extract_facts(path, text.encode()) for path, text in files.items()}
    graph = SymbolGraph("head", facts, frozenset(files) | {"vendor"}, {},
                        links=Links({"vendor": "app"}))
    every = [summary_of(found) for found in facts.values()]
    assert "cli.py" in naming_moved_modules(every, {"app/sub/__init__.py", "app/sub/"}, (graph.js,),
                                            (graph.python,))
