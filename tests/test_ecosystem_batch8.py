"""Classes of input the eighth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: eighth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_files, diff_keys

# Mintplex-Labs/anything-llm 88e19b6df19d: a jest test replaces a module with a factory's object
# (`jest.mock(path, () => ({..., __mocks: {...}}))`) and takes `__mocks` from it: `require`
# returns the factory's object there, whatever the real module exports
EPHEMERAL = "class EphemeralAgentHandler {}\nmodule.exports = { EphemeralAgentHandler };\n"
MOCKED_TEST = '''{mocker}("../agents/ephemeral", () => {{
  const waitForClose = jest.fn();
  return {{ EphemeralAgentHandler: jest.fn(), __mocks: {{ waitForClose }} }};
}});

{take}

test("closes", () => {{ expect(ephemeralMocks.waitForClose).toBeDefined(); }});
'''
REQUIRES_MOCKS = 'const { EphemeralAgentHandler, __mocks: ephemeralMocks } = ' \
                 'require("../agents/ephemeral");'
IMPORTS_MOCKS = 'import { EphemeralAgentHandler, __mocks as ephemeralMocks } from ' \
                '"../agents/ephemeral";'
MOCKERS = ["jest.mock", "jest.doMock", "vi.mock"]


def _mocked_test(mocker: str, take: str) -> str:
    return MOCKED_TEST.format(mocker=mocker, take=take)


@pytest.mark.parametrize("mocker", MOCKERS)
@pytest.mark.parametrize("take", [REQUIRES_MOCKS, IMPORTS_MOCKS])
def test_a_name_taken_from_a_module_the_file_mocks_with_a_factory_is_the_factorys(mocker, take):
    """anything-llm 88e19b6df19d: `__mocks` was reported as not exported by ephemeral.js, but
    the test runner hands the file the factory's object for that module."""
    assert diff_keys({"agents/ephemeral.js": EPHEMERAL},
                     {"tests/chat.test.js": _mocked_test(mocker, take)}) == []


def test_a_name_taken_from_a_module_mocked_without_a_factory_is_still_judged():
    """`jest.mock(path)` alone mocks the module's own exports: a name it lacks stays missing."""
    test = 'jest.mock("../agents/ephemeral");\n' + REQUIRES_MOCKS + "\n"
    assert diff_keys({"agents/ephemeral.js": EPHEMERAL}, {"tests/chat.test.js": test}) == [
        ("IMP101", "tests/chat.test.js", 2, "__mocks")]


def test_a_name_taken_from_another_module_than_the_mocked_one_is_still_judged():
    """The factory stands for its own module only."""
    test = _mocked_test("jest.mock", REQUIRES_MOCKS) + \
        'const { gone } = require("../agents/handler");\n'
    assert diff_keys({"agents/ephemeral.js": EPHEMERAL,
                      "agents/handler.js": "module.exports = { kept: 1 };\n"},
                     {"tests/chat.test.js": test}) == [("IMP101", "tests/chat.test.js", 9, "gone")]


def test_a_typescript_import_of_a_mocked_module_is_still_judged_as_tsc_does():
    """tsc knows nothing of the mock: an ES import of a name the module does not export is
    its error (TS2305) in a TypeScript test file."""
    test = _mocked_test("vi.mock", IMPORTS_MOCKS)
    assert diff_keys({"agents/ephemeral.ts": "export class EphemeralAgentHandler {}\n"},
                     {"tests/chat.test.ts": test}) == [("IMP101", "tests/chat.test.ts", 6, "__mocks")]


def test_a_missing_module_a_file_mocks_is_still_reported():
    """Without `{virtual: true}` the runner resolves the mocked path first: a module that is
    not there fails the test file."""
    assert diff_keys({}, {"tests/chat.test.js": _mocked_test("jest.mock", REQUIRES_MOCKS)}) == [
        ("IMP102", "tests/chat.test.js", 6, "../agents/ephemeral")]


# Mintplex-Labs/anything-llm (at its head, `--all`): `RESYNC_METHODS.hasOwnProperty(type)` where
# `RESYNC_METHODS = require("./resync")`, a module whose `module.exports` is an object literal
RESYNC = "module.exports = { link: () => 1, youtube: () => 2 };\n"


@pytest.mark.parametrize("member", ["hasOwnProperty", "toString", "propertyIsEnumerable"])
def test_an_object_prototype_method_of_a_required_commonjs_module_is_there(member):
    """A CommonJS module's exports are an object: it inherits Object.prototype's methods."""
    uses = f'const RESYNC_METHODS = require("./resync");\n' \
           f'function valid(type) {{ return RESYNC_METHODS.{member}(type); }}\n' \
           'module.exports = { valid };\n'
    assert diff_keys({"resync.js": RESYNC}, {"extensions.js": uses}) == []


def test_a_name_a_required_commonjs_module_lacks_is_still_reported():
    uses = 'const RESYNC_METHODS = require("./resync");\n' \
           'function valid() { return RESYNC_METHODS.gitlab(); }\nmodule.exports = { valid };\n'
    assert diff_keys({"resync.js": RESYNC}, {"extensions.js": uses}) == [
        ("IMP103", "extensions.js", 2, "gitlab")]


def test_an_object_prototype_method_of_an_es_module_namespace_is_still_reported():
    """A module namespace object has a null prototype: `ns.hasOwnProperty` is undefined (and
    tsc reports it)."""
    uses = 'import * as resync from "./resync.mjs";\n' \
           'export const valid = (type) => resync.hasOwnProperty(type);\n'
    assert diff_keys({"resync.mjs": "export const link = () => 1;\n"}, {"extensions.mjs": uses}) == [
        ("IMP103", "extensions.mjs", 2, "hasOwnProperty")]


# lukevella/rallly (at its head, `--all`): `import dayjs from "dayjs"` in apps/web, whose
# package.json asks for "dayjs": "^1.11.13", while the pnpm workspace has a member
# `packages/dayjs` named dayjs at 0.0.0 (a package.json and no module): pnpm installs dayjs from
# the registry
def _workspace_with_member_dayjs(requested: str, member_version: str) -> dict:
    return {
        "package.json": '{"name": "rallly", "private": true}\n',
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n  - packages/*\n",
        "packages/dayjs/package.json": f'{{"name": "dayjs", "version": "{member_version}"}}\n',
        "apps/web/package.json": f'{{"name": "@rallly/web", "dependencies": '
                                 f'{{"dayjs": "{requested}"}}}}\n',
        "apps/web/src/utils.ts": "export const day = 1;\n",
    }


USES_DAYJS = 'import dayjs from "dayjs";\nexport const now = () => dayjs();\n'


@pytest.mark.parametrize("requested, member_version", [
    ("^1.11.13", "0.0.0"), ("~1.11.13", "1.12.0"), ("1.11.13", "1.11.12"), ("^0.2.0", "0.3.1")])
def test_a_workspace_member_of_a_version_the_dependent_does_not_ask_for_is_not_what_it_imports(
        requested, member_version):
    assert diff_keys(_workspace_with_member_dayjs(requested, member_version),
                     {"apps/web/src/lib/dayjs.ts": USES_DAYJS}) == []


@pytest.mark.parametrize("requested, member_version", [
    ("^1.11.13", "1.20.0"), ("workspace:*", "0.0.0"), ("*", "0.0.0"), (">=0 <1", "0.0.0"),
    ("1.x", "0.0.0"), ("^2 || ^0", "0.0.0")])
def test_a_workspace_member_the_dependent_may_take_is_still_resolved(requested, member_version):
    """A range the member's version satisfies, `workspace:`, or a range impact does not read:
    the member is what the import takes, and its missing entry point is reported."""
    assert diff_keys(_workspace_with_member_dayjs(requested, member_version),
                     {"apps/web/src/lib/dayjs.ts": USES_DAYJS}) == [
        ("IMP102", "apps/web/src/lib/dayjs.ts", 1, "dayjs")]


def test_a_workspace_members_new_version_reaches_the_imports_it_now_satisfies():
    """A change of only the member's `version` (a note otherwise) steers how its dependents'
    imports resolve: at 1.12.0 the member is what `^1.11.13` takes, and it has no module."""
    base = {**_workspace_with_member_dayjs("^1.11.13", "0.0.0"),
            "apps/web/src/lib/dayjs.ts": USES_DAYJS}
    assert diff_keys(base, {"packages/dayjs/package.json":
                            '{"name": "dayjs", "version": "1.12.0"}\n'}) == [
        ("IMP102", "apps/web/src/lib/dayjs.ts", 1, "dayjs")]


def test_a_dependents_new_range_reaches_its_imports_of_the_member():
    base = {**_workspace_with_member_dayjs("^1.11.13", "0.0.0"),
            "apps/web/src/lib/dayjs.ts": USES_DAYJS}
    assert diff_keys(base, {"apps/web/package.json": '{"name": "@rallly/web", "dependencies": '
                                                     '{"dayjs": "workspace:*"}}\n'}) == [
        ("IMP102", "apps/web/src/lib/dayjs.ts", 1, "dayjs")]


# agronholm/anyio 12d0aa7af026 and python-trio/trio (at its head, `--all`): a module's
# attributes a helper installs at run time (anyio's `set_deprecated_aliases` writes a
# `__getattr__` into the caller's globals through its frame; trio's `deprecate_attributes`
# swaps the module's class), read in tests with the type checker told to look away
ABC_BEFORE = "from ._tasks import CancelScope as CancelScope\n"
ABC_LAZY = "from .._lazy import set_deprecated_aliases\n\n" \
           'set_deprecated_aliases({"CancelScope": "pkg.CancelScope"})\n'
TASKS = "class CancelScope:\n    pass\n"
READS_ALIAS = "import pkg.abc\n\n\ndef test_alias():\n" \
              "    assert pkg.abc.CancelScope{comment}\n"
LAZY = "import sys\n\n\ndef set_deprecated_aliases(aliases):\n" \
       "    sys._getframe(1).f_globals['__getattr__'] = aliases.get\n"


def _alias_repo(comment: str) -> tuple[dict, dict]:
    base = {"pkg/__init__.py": "from .abc._tasks import CancelScope as CancelScope\n",
            "pkg/_lazy.py": LAZY, "pkg/abc/__init__.py": ABC_BEFORE, "pkg/abc/_tasks.py": TASKS,
            "tests/test_lazy.py": READS_ALIAS.format(comment="")}
    return base, {"pkg/abc/__init__.py": ABC_LAZY,
                  "tests/test_lazy.py": READS_ALIAS.format(comment=comment)}


@pytest.mark.parametrize("comment", [
    "  # type: ignore[attr-defined]", "  # type: ignore", "  # type: ignore[attr-defined, misc]",
    "  # pyright: ignore[reportAttributeAccessIssue]", "  # pyright: ignore"])
def test_an_attribute_read_the_type_checker_is_told_to_ignore_is_not_an_error(comment):
    base, head = _alias_repo(comment)
    assert [key for key in diff_keys(base, head) if key[0] != "IMP201"] == []


@pytest.mark.parametrize("comment", ["", "  # type: ignore[name-defined]", "  # noqa: B018",
                                     "  # pyright: ignore[reportUndefinedVariable]"])
def test_an_attribute_read_without_the_checkers_attribute_suppression_is_still_reported(comment):
    base, head = _alias_repo(comment)
    assert [key for key in diff_keys(base, head) if key[0] != "IMP201"] == [
        ("IMP103", "tests/test_lazy.py", 5, "CancelScope")]



# pydantic/pydantic-ai (at its head, `--all`): `examples/` is a project (its pyproject.toml)
# whose package `pydantic_ai_examples/` has no `__init__.py` (a namespace package marked by its
# `py.typed`) and holds a package `ag_ui/`; `ag_ui` was taken for a top-level name of the
# repository, so `from ag_ui.core import ...` (the installed ag-ui-protocol) was missing
TYPED_NAMESPACE = {
    "pyproject.toml": '[project]\nname = "pydantic-ai"\n',
    "examples/pyproject.toml": '[project]\nname = "pydantic-ai-examples"\n',
    "examples/pydantic_ai_examples/py.typed": "",
    "examples/pydantic_ai_examples/bank_support.py": "def support(): ...\n",
    "examples/pydantic_ai_examples/ag_ui/__init__.py": "",
    "examples/pydantic_ai_examples/ag_ui/api/__init__.py": "",
    "pydantic_ai/__init__.py": "", "pydantic_ai/ui/__init__.py": "",
    "pydantic_ai/ui/ag_ui/__init__.py": "",
}


def test_a_package_inside_a_typed_namespace_package_is_no_top_level_name():
    head = {"pydantic_ai/ui/ag_ui/_adapter.py": "from ag_ui.core import BaseEvent\n",
            "examples/pydantic_ai_examples/ag_ui/api/chat.py": "from ag_ui.core import BaseEvent\n"}
    assert diff_keys(TYPED_NAMESPACE, head) == []


def test_a_module_of_a_typed_namespace_package_is_still_resolved_by_its_full_name():
    base = {**TYPED_NAMESPACE,
            "examples/pydantic_ai_examples/run.py": "from pydantic_ai_examples.bank_support import support\n"}
    head = {"examples/pydantic_ai_examples/bank_support.py": "def helper(): ...\n"}
    assert diff_keys(base, head) == [("IMP101", "examples/pydantic_ai_examples/run.py", 1, "support")]


def test_a_directory_holding_packages_without_a_typed_marker_is_still_a_root():
    """A directory of packages with no `__init__.py` and no `py.typed` (an `apps/` folder a
    program puts on sys.path) is still a source root: its packages are top-level names."""
    base = {"backend/pyproject.toml": '[project]\nname = "api"\n',
            "backend/apps/users/__init__.py": "def create(): ...\n",
            "backend/main.py": "from users import create\n"}
    assert diff_keys(base, {"backend/apps/users/__init__.py": "def make(): ...\n"}) == [
        ("IMP101", "backend/main.py", 1, "create")]


# TanStack/table (at its head, `--all`): examples/svelte/basic-snippets/src/snippets.svelte
# exports from its `<script module>` snippets its template declares (Svelte 5.5+)
SNIPPETS = '''<script module lang="ts">
  import {{ createRawSnippet }} from 'svelte'

  export {{ {exported} }}

  const countup = createRawSnippet(() => ({{ render: () => '<p>0</p>' }}))
</script>

{{#snippet capitalized(value: string)}}
  <p>{{value.toUpperCase()}}</p>
{{/snippet}}

<!-- {{#snippet commented()}} -->
'''


def test_a_snippet_a_svelte_template_declares_may_be_exported_from_its_module_script():
    head = {"src/snippets.svelte": SNIPPETS.format(exported="capitalized, countup")}
    assert diff_keys({"src/app.ts": "export const app = 1;\n"}, head) == []


@pytest.mark.parametrize("exported", ["spectrum", "commented"])
def test_an_export_of_a_snippet_no_template_declares_is_still_reported(exported):
    head = {"src/snippets.svelte": SNIPPETS.format(exported=f"countup, {exported}")}
    assert diff_keys({"src/app.ts": "export const app = 1;\n"}, head) == [
        ("IMP104", "src/snippets.svelte", 4, exported)]


def test_a_removal_whose_only_in_repo_use_is_suppressed_has_no_in_repo_consumer():
    """anyio 12d0aa7af026: `CancelScope` left `anyio.abc`'s imports for a deprecated alias; its
    one in-repo use carries the type checker's suppression, so the removal is no error."""
    base, head = _alias_repo("  # type: ignore[attr-defined]")
    result = diff_files(base, head)
    assert [(f.code, f.severity, f.symbol) for f in result.findings] == [
        ("IMP201", "warning", "CancelScope")]


def test_a_removal_with_an_unsuppressed_in_repo_use_is_still_an_error():
    base, head = _alias_repo("")
    result = diff_files(base, head)
    assert sorted((f.code, f.severity) for f in result.findings) == [
        ("IMP103", "error"), ("IMP201", "error")]


# arc53/DocsGPT (at its head, `--all`): tests/test_token_management.py tests classes not written
# yet, skips itself at import (`pytest.skip(..., allow_module_level=True)`) and tells ruff so
# with a file-level noqa comment for F821
PLANNED = '''"""Tests of planned features."""
{directive}
import pytest

pytest.skip("not implemented yet", allow_module_level=True)


def test_budget():
    assert TokenBudgetManager(model_id="gpt-4o").calculate_budget()
'''


@pytest.mark.parametrize("directive", ["# ruff: noqa: F821", "# ruff: noqa", "# ruff: noqa: E501, F821"])
def test_a_file_level_ruff_suppression_of_undefined_names_covers_the_whole_file(directive):
    assert diff_keys({}, {"tests/test_planned.py": PLANNED.format(directive=directive)}) == []


@pytest.mark.parametrize("directive", ["# ruff: noqa: E501", "# noqa: F821", ""])
def test_an_undefined_name_outside_a_line_or_rule_a_suppression_covers_is_still_reported(directive):
    assert diff_keys({}, {"tests/test_planned.py": PLANNED.format(directive=directive)}) == [
        ("IMP105", "tests/test_planned.py", 9, "TokenBudgetManager")]


# TanStack/table (at its head, `--all`: 35 IMP301 warnings): type parameters with variance
# annotations (TypeScript 4.7), `interface CellContext<in out TFeatures extends TableFeatures>`,
# which the tree-sitter grammar does not read
VARIANCE = '''import type {{ TableFeatures }} from './features'

export interface CellContext<
  {variance}TFeatures extends TableFeatures,
  TValue = unknown,
> {{
  features: TFeatures
  value: TValue
}}

export const cell = (context: CellContext<TableFeatures>) => context.{read}
'''


@pytest.mark.parametrize("variance", ["in out ", "in ", "out "])
def test_a_type_parameter_with_a_variance_annotation_is_no_syntax_error(variance):
    base = {"src/features.ts": "export interface TableFeatures { sort: boolean }\n"}
    head = {"src/cells.ts": VARIANCE.format(variance=variance, read="value")}
    assert diff_keys(base, head, without=()) == []


def test_a_file_with_variance_annotations_is_still_judged_whole():
    """What it imports is read: a name its module does not export is still reported."""
    base = {"src/features.ts": "export interface TableFeatures { sort: boolean }\n"}
    head = {"src/cells.ts": VARIANCE.format(variance="in out ", read="value").replace(
        "import type { TableFeatures }", "import type { TableFeatures, Gone }")}
    assert diff_keys(base, head, without=()) == [("IMP101", "src/cells.ts", 1, "Gone")]


# agronholm/anyio 660a06d548ca (4 IMP201 warnings): `Path.exists`, `is_dir`, `is_file` and
# `read_text` became two definitions each, one in each branch of `if sys.version_info >= ...`
# in the class body
PATH_PACKAGE = {"pyproject.toml": '[project]\nname = "pkg"\n',
                "src/pkg/__init__.py": "from ._fileio import Path as Path\n",
                "src/pkg/_fileio.py": "class Path:\n    async def exists(self) -> bool:\n"
                                      "        return True\n"}
PATH_BY_VERSION = '''import sys


class Path:
    if sys.version_info >= (3, 12):
        async def exists(self, *, follow_symlinks: bool = True) -> bool:
            return True
    else:
        async def exists(self) -> bool:
            return True
'''


def test_a_method_a_class_defines_in_each_branch_of_a_version_test_is_not_removed():
    assert diff_keys(PATH_PACKAGE, {"src/pkg/_fileio.py": PATH_BY_VERSION}, without=()) == []


def test_a_method_no_branch_defines_any_more_is_still_removed():
    head = PATH_BY_VERSION.replace("exists", "is_dir")
    assert diff_keys(PATH_PACKAGE, {"src/pkg/_fileio.py": head}, without=()) == [
        ("IMP201", "src/pkg/_fileio.py", 2, "Path.exists")]


@pytest.mark.parametrize("requested, checked", [("workspace:*", False), (">=0.1.0", False),
                                                 ("^1.11.13", True), ("^0.1.0", True)])
def test_a_members_release_steers_only_the_dependents_whose_range_it_crosses(requested, checked):
    """bits-ui's "Version Packages" commits bump `packages/bits-ui` while its docs depend on it
    by `workspace:*`: every version takes the member, so the 374 files importing it resolve as
    before and are not checked again; a range one version satisfies and the other does not
    (`^1.11.13`, 0.1.0 -> 1.12.0) makes them resolve differently."""
    base = {**_workspace_with_member_dayjs(requested, "0.1.0"), "apps/web/src/lib/dayjs.ts": USES_DAYJS}
    bumped = {"packages/dayjs/package.json": '{"name": "dayjs", "version": "1.12.0"}\n'}
    assert ("apps/web/src/lib/dayjs.ts" in diff_files(base, bumped).head.checked) is checked
