"""Classes of input the ninth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: ninth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_keys, diff_result

# Kiln-AI/Kiln: `import kiln_server.server as kiln_server` binds the name of the top package to
# its submodule `server`; `kiln_server.make_app` is the submodule's function
SERVER_PACKAGE = {"kiln_server/__init__.py": "",
                  "kiln_server/server.py": "def make_app():\n    pass\n\n\napp = make_app()\n"}


@pytest.mark.parametrize("alias", ["kiln_server", "server", "ks"])
def test_a_submodule_imported_under_its_packages_name_is_the_submodule(alias):
    """Kiln 66cbe9de1d94 (`--all`): `kiln_server.make_app` was a missing attribute of the
    package `kiln_server`, but `import a.b as a` binds `a` to the module a.b."""
    desktop = f"import kiln_server.server as {alias}\n\n{alias}.make_app()\nprint({alias}.app)\n"
    assert diff_keys(SERVER_PACKAGE, {"desktop.py": desktop}) == []


def test_a_name_the_aliased_submodule_lacks_is_still_reported():
    """The alias is the submodule: a name neither it nor the package has stays missing."""
    desktop = "import kiln_server.server as kiln_server\n\nkiln_server.gone()\n"
    assert diff_keys(SERVER_PACKAGE, {"desktop.py": desktop}) == [
        ("IMP103", "desktop.py", 3, "gone")]


def test_a_submodules_name_read_through_a_plain_import_of_it_is_the_packages():
    """`import a.b` binds `a`, the package: `a.make_app` is the package's attribute, missing."""
    desktop = "import kiln_server.server\n\nkiln_server.make_app()\nkiln_server.server.make_app()\n"
    assert diff_keys(SERVER_PACKAGE, {"desktop.py": desktop}) == [
        ("IMP103", "desktop.py", 3, "make_app")]


# sphinx-doc/sphinx: a test project's conf.py reads `tags`, which Sphinx puts in the namespace it
# runs conf.py in, and says so with ruff's suppression written in mixed case
@pytest.mark.parametrize("comment", ["# NoQA: F821 (tags is injected into conf.py)", "# NoQA",
                                     "# Noqa:F821", "# NOQA: E501, F821"])
def test_an_undefined_name_suppression_in_any_case_is_honoured(comment):
    """sphinx e44a40eb2f81 (`--all`): `tags.add('confpytag')  # NoQA: F821 (...)` was an
    undefined name: ruff and flake8 read `noqa` in any case."""
    assert diff_keys({}, {"conf.py": f"tags.add('confpytag')  {comment}\n"}) == []


@pytest.mark.parametrize("comment", ["# NoQA: E501", "# NoQ: F821", "# Note: F821"])
def test_a_mixed_case_comment_that_does_not_suppress_the_rule_still_reports(comment):
    """Another rule's code, or no `noqa` at all, leaves the undefined name reported."""
    assert diff_keys({}, {"conf.py": f"tags.add('confpytag')  {comment}\n"}) == [
        ("IMP105", "conf.py", 1, "tags")]


# Dokploy/dokploy, Kiln-AI/Kiln: a NUL character written raw inside a template literal (a
# composite key, `${provider}\0${ref}`): the file is text, and tsc reads it
NUL_KEY_TS = 'import { gone } from "./db";\n\nconst refKey = (p: string, r: string) => `${p}\0${r}`;\n' \
             'export const key = refKey("a", "b");\nexport const late = gone;\n'


def test_a_script_with_a_raw_nul_in_a_string_is_read_as_source():
    """Dokploy 772b76821771 (`--all`): `packages/server/src/utils/vault/index.ts` was skipped as
    binary (IMP301), so nothing in it was checked: its import of a name `./db` lacks is found,
    and the rest of the file after the NUL is read (no syntax error)."""
    assert diff_keys({"db.ts": "export const db = 1;\n"}, {"vault.ts": NUL_KEY_TS}) == [
        ("IMP101", "vault.ts", 1, "gone")]


def test_a_component_with_a_raw_nul_in_a_string_is_read_as_source():
    """Kiln 66cbe9de1d94 (`--all`): a Svelte component's `${filter}\0${search}` key."""
    component = '<script lang="ts">\n  import { gone } from "./db";\n' \
                '  const key = `${gone}\0${1}`;\n</script>\n\n<p>{key}</p>\n'
    assert diff_keys({"db.ts": "export const db = 1;\n"}, {"dialog.svelte": component}) == [
        ("IMP101", "dialog.svelte", 2, "gone")]


@pytest.mark.parametrize(("path", "data"), [
    ("icon.js", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\xff\xfe"),  # not UTF-8
    ("wide.ts", "export const a = 1;\n".encode("utf-16-le")),  # NUL every other byte
    ("mod.py", b'from db import gone\nKEY = "a\0b"\n')])  # CPython refuses any NUL in source
def test_binary_content_and_a_nul_in_python_are_still_skipped(path, data):
    """Binary bytes under a source name, and a Python file with a NUL, are still skipped."""
    assert diff_keys({"db.py": "x = 1\n"}, {path: data}) == [("IMP301", path, 1, path)]


# sphinx-doc/sphinx: a test imports a module that does not exist inside a `with` whose context
# manager is handed that module's name and puts a stand-in in place for the block
PACKAGE = {"pkg/__init__.py": "", "pkg/app.py": "x = 1\n", "pkg/mocking.py": "def mock(names): ...\n"}
PROVIDED = {
    "mocked-dynamic": "from importlib import import_module\nfrom pkg.mocking import mock\n\n\n"
                      "def test():\n    with mock(['pkg.unknown']):\n"
                      "        mod = import_module('pkg.unknown')\n",
    "sys-modules-patched": "import sys\nfrom unittest import mock\n\n\ndef test():\n"
                           "    with mock.patch.dict(sys.modules, {'pkg.fake': object()}):\n"
                           "        import pkg.fake\n",
    "package-mocked": "import importlib\n\n\ndef test(mock):\n    with mock(['pkg.unknown']):\n"
                      "        importlib.import_module('pkg.unknown.sub')\n",
    "from-import": "def test(mock):\n    with mock(['pkg.unknown']):\n"
                   "        from pkg.unknown import thing\n",
}


@pytest.mark.parametrize("name", PROVIDED)
def test_a_missing_module_a_with_statement_is_handed_by_name_is_its_stand_in(name):
    """sphinx e44a40eb2f81 (`--all`): `with mock(['sphinx.unknown']):
    import_module('sphinx.unknown')` was a missing module; the context manager given the
    module's name puts a stand-in in place (sphinx's autodoc mock, `patch.dict(sys.modules)`)."""
    assert diff_keys(PACKAGE, {"tests/test_mock.py": PROVIDED[name]}) == []


NOT_PROVIDED = {
    "another-module": (("import importlib\n\n\ndef test(mock):\n    with mock(['pkg.other']):\n"
                        "        importlib.import_module('pkg.unknown')\n"), 6),
    "a-name-prefix": (("import importlib\n\n\ndef test(mock):\n    with mock(['pkg.unk']):\n"
                       "        importlib.import_module('pkg.unknown')\n"), 6),
    "named-in-the-body": (("import importlib\n\n\ndef test(cm):\n    with cm():\n"
                           "        print('pkg.unknown')\n"
                           "        importlib.import_module('pkg.unknown')\n"), 7),
    "no-with": ("import importlib\n\n\ndef test():\n    importlib.import_module('pkg.unknown')\n", 5),
}


@pytest.mark.parametrize("name", NOT_PROVIDED)
def test_a_missing_module_no_with_statement_is_handed_is_still_reported(name):
    """Another module's name, a mere prefix of the name, a string in the block rather than
    the context manager's arguments, no `with` at all: the module is still missing."""
    source, line = NOT_PROVIDED[name]
    assert diff_keys(PACKAGE, {"tests/test_mock.py": source}) == [
        ("IMP102", "tests/test_mock.py", line, "pkg.unknown")]


# better-auth/better-auth: a test starts its own Express server (a mock SAML identity provider)
# and the change drops one of its routes: nothing deployed ever called that server
def _server(routes: str, call: str = "") -> str:
    return "const express = require('express')\n\nconst app = express()\n" + routes + \
        "\napp.listen(3000)\n" + call


BOTH_ROUTES = "app.get('/api/items', (req, res) => res.json([]))\n" \
              "app.post('/api/sso/callback/:id', (req, res) => res.json({}))\n"
ONE_ROUTE = "app.get('/api/items', (req, res) => res.json([]))\n"


@pytest.mark.parametrize("path", ["packages/sso/src/saml.test.ts",
                                  "e2e/smoke/test/fixtures/cloudflare/src/index.js"])
def test_a_route_removed_from_a_tests_own_server_is_no_removed_endpoint(path):
    """better-auth c3688ba88edf and 19f75a03ca96: IMP403 warnings, `... was removed; no request
    in this repository calls it, but deployed clients may`, on routes of a test's mock server."""
    result = diff_result({path: _server(BOTH_ROUTES)}, {path: _server(ONE_ROUTE)}, select=("IMP4",))
    assert result.findings == []


def test_a_route_removed_from_an_application_server_is_still_a_warning():
    path = "server/index.js"
    result = diff_result({path: _server(BOTH_ROUTES)}, {path: _server(ONE_ROUTE)}, select=("IMP4",))
    assert [(f["code"], f["line"], f["severity"]) for f in result.findings] == [("IMP403", 5, "warning")]


def test_a_route_removed_from_a_tests_server_that_the_test_still_calls_is_still_an_error():
    """The test's own request still calls the route: the test breaks."""
    path = "src/saml.test.js"
    call = "\nfetch('/api/sso/callback/1', { method: 'POST' })\n"
    result = diff_result({path: _server(BOTH_ROUTES, call)}, {path: _server(ONE_ROUTE, call)},
                         select=("IMP4",))
    assert sorted((f["code"], f["line"], f["severity"]) for f in result.findings) == [
        ("IMP401", 8, "error"), ("IMP403", 5, "error")]


# better-auth/better-auth: `vi.importActual<typeof import("m")>(\n "m",\n)` (vitest's typed
# actual module, its one argument on a line of its own with a trailing comma)
ACTUAL = 'import { gone } from "./m";\n\nconst actual = await vi.importActual<typeof import("./m")>(\n' \
         '\t"./m",\n);\nexport const late = alsoGone;\n'


def test_a_typeof_import_type_argument_before_arguments_with_a_trailing_comma_is_no_syntax_error():
    """better-auth 451aa4b6e57c (`--all`): `packages/passkey/src/passkey.test.ts` had IMP301 (a
    syntax error, the rest read as far as it parses): a tree-sitter-typescript gap; the file is
    read whole, `alsoGone` below it judged."""
    assert diff_keys({"m.ts": "export const m = 1;\n"}, {"a.test.ts": ACTUAL}) == [
        ("IMP101", "a.test.ts", 1, "gone"), ("IMP105", "a.test.ts", 6, "alsoGone")]


def test_a_stray_comma_after_a_typeof_import_type_argument_is_still_a_syntax_error():
    """Two commas in a row are no trailing comma: still reported."""
    broken = 'const a = f<typeof import("./m")>(1, 2,, );\n'
    assert diff_keys({"m.ts": "export const m = 1;\n"}, {"b.ts": broken}) == [("IMP301", "b.ts", 1, "b.ts")]
