"""Classes of input the tenth batch of unseen repositories (benchmarks/RESULTS.md, "Ecosystem
check: tenth batch") showed impact getting wrong, each as a small repository: the input that
gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_keys

# mne-tools/mne-python: vulture's allowlist names what vulture should take as used, each name a
# bare expression; the file is data vulture parses, never imported nor run
ALLOWLIST = "numba_conditional\n_.multi_class\n\n# Called by Qt\neventFilter\n"


@pytest.mark.parametrize("path", ["tools/vulture_allowlist.py", ".vulture_whitelist.py",
                                  "whitelist_vulture.py", "scripts/Vulture-Whitelist.py"])
def test_names_a_vulture_allowlist_lists_are_no_undefined_names(path):
    """mne-python 87d6459c00e0: `eventFilter` added to tools/vulture_allowlist.py was an
    undefined name; vulture only parses the file (its README's whitelists)."""
    assert diff_keys({}, {path: ALLOWLIST}) == []


@pytest.mark.parametrize("path", ["tools/allowlist.py", "vulture_checks.py", "whitelist.py"])
def test_a_module_not_named_as_a_vulture_allowlist_still_reports_undefined_names(path):
    """A name that says only allowlist, or only vulture, is no vulture allowlist."""
    assert diff_keys({}, {path: "eventFilter\n"}) == [("IMP105", path, 1, "eventFilter")]


# parse-community/parse-server: src/Auth.js opens with ES imports and ends with `module.exports =
# { Auth, master, ... }`; Babel compiles it to CommonJS with no `__esModule` mark (it has no ES
# export), so `import auth from './Auth'` is that object
AUTH_IMPORTS = "import { logger } from './logger';\n\nfunction Auth() {}\n\n"
LOGGER = {"src/logger.js": "export const logger = console;\n"}
MIDDLEWARE = {"src/middlewares.js": "import auth from './Auth';\n\nauth.master();\n"}


@pytest.mark.parametrize("exports", ["module.exports = { Auth };\n", "exports.Auth = Auth;\n",
                                     "module.exports.Auth = Auth;\n"])
def test_a_module_with_es_imports_and_only_commonjs_exports_has_a_default(exports):
    """parse-server 7ea2a2953e92 (`--all`): `import auth from './Auth'` in five routers was
    "has no default export" because Auth.js also has ES imports."""
    base = {**LOGGER, "src/Auth.js": AUTH_IMPORTS + exports}
    assert diff_keys(base, MIDDLEWARE) == []


@pytest.mark.parametrize("exports", ["export { Auth };\n",
                                     "export const x = 1;\nmodule.exports = { Auth };\n"])
def test_a_module_with_an_es_export_still_has_no_default_it_does_not_declare(exports):
    """An ES export makes the compiled module an ES module (`__esModule`): no default then."""
    base = {**LOGGER, "src/Auth.js": AUTH_IMPORTS + exports}
    assert diff_keys(base, MIDDLEWARE) == [("IMP101", "src/middlewares.js", 1, "default")]


# facebook/lexical: a JavaScript module's JSDoc `@typedef` (and `@callback`) declares a type
# tsc exports from it; TypeScript files import those types
PACKAGE_METADATA = """/**
 * @typedef {Object} ModuleExportEntry
 * @property {string} name
 */
/**
 * @typedef {readonly [string, { import: string }]} NpmModuleExportEntry
 * @callback Visit
 * @param {ModuleExportEntry} entry
 */
export class PackageMetadata {}

function local() {
  /** @typedef {number} Inner */
  return 1;
}
"""
RULES = "/** @typedef {Partial<{a: 1}>} RulesOfLexicalOptions */\nmodule.exports.rules = {};\n"
TYPED_IMPORTS = "import type { ModuleExportEntry, NpmModuleExportEntry, Visit, PackageMetadata } " \
                "from '../shared/PackageMetadata.mjs';\n" \
                "export type { RulesOfLexicalOptions } from '../rules/rules.js';\n"


def test_the_jsdoc_typedefs_of_a_javascript_module_are_exported_types():
    """lexical 5d5102235132 (`--all`): `ModuleExportEntry` imported from
    scripts/shared/PackageMetadata.mjs and `RulesOfLexicalOptions` re-exported from a CommonJS
    rule were "does not export it"; tsc exports a module's top-level JSDoc typedefs."""
    base = {"scripts/shared/PackageMetadata.mjs": PACKAGE_METADATA, "scripts/rules/rules.js": RULES}
    assert diff_keys(base, {"scripts/vite/resolve.ts": TYPED_IMPORTS}) == []


@pytest.mark.parametrize("name", ["Inner", "Gone"])
def test_a_type_no_top_level_typedef_of_the_module_declares_is_still_not_exported(name):
    """A typedef inside a function is that function's; a name no typedef declares is missing."""
    base = {"scripts/shared/PackageMetadata.mjs": PACKAGE_METADATA}
    importer = f"import type {{ {name} }} from '../shared/PackageMetadata.mjs';\n"
    assert diff_keys(base, {"scripts/vite/resolve.ts": importer}) == [
        ("IMP101", "scripts/vite/resolve.ts", 1, name)]


# parse-community/parse-server: the tests require the Babel build, `lib/` (package.json's main,
# `lib/` in .gitignore), both as `require('../lib/Config')` and as the directory `require('../lib')`
BUILD_IGNORED = {".gitignore": "lib/\nlogs\n", "src/index.js": "module.exports = {};\n",
                 "package.json": '{"name": "parse-server", "main": "lib/index.js"}\n'}


@pytest.mark.parametrize("spec", ["../lib", "../lib/", "../lib/Config"])
def test_a_relative_require_of_a_directory_gitignore_leaves_out_is_not_checked(spec):
    """parse-server 7ea2a2953e92 (`--all`): `require('../lib')` in spec/PushWorker.spec.js was
    "cannot resolve": the directory is build output git ignores, as `../lib/Config` was."""
    change = {"spec/PushWorker.spec.js": f"const PushWorker = require('{spec}').PushWorker;\n"}
    assert diff_keys(BUILD_IGNORED, change) == []


@pytest.mark.parametrize("spec", ["../logs", "../build", "../src/gone"])
def test_a_relative_require_of_a_directory_git_does_not_ignore_is_still_missing(spec):
    """`logs` ignores a file or directory of that name too; `build` and `src/gone` nothing."""
    change = {"spec/a.spec.js": f"require('{spec}');\n"}
    expected = [] if spec == "../logs" else [("IMP102", "spec/a.spec.js", 1, spec)]
    assert diff_keys(BUILD_IGNORED, change) == expected


# parse-community/parse-server: spec/helper.js reads an optional local file
#   try { testExclusionList = require('./testExclusionList.json'); }
#   catch (error) { if (error.code !== 'MODULE_NOT_FOUND') throw error; }
PRELUDE = "const x = 1;\nfunction use() {}\nfunction setup() {}\nfunction log() {}\n" \
          "function done() {}\n"
OPTIONAL_REQUIRES = {
    "assigned": "let list = [];\ntry {\n  list = require('./local.json');\n} catch (e) {}\n",
    "declared": "try {\n  const { x } = require('./local');\n  use(x);\n} catch {\n  use(null);\n}\n",
    "after a require": "try {\n  require('./a');\n  require('./local');\n} catch (e) {}\n",
    "module not found": "try {\n  setup();\n  require('./local.json');\n} catch (error) {\n"
                        "  if (error.code !== 'MODULE_NOT_FOUND') throw error;\n}\n",
    "dynamic": "async function f() {\n  try {\n    return await import('./local.js');\n"
               "  } catch {\n    return null;\n  }\n}\n",
}


@pytest.mark.parametrize("source", OPTIONAL_REQUIRES.values(), ids=OPTIONAL_REQUIRES)
def test_a_require_a_catch_is_there_for_is_no_missing_module(source):
    """parse-server 7ea2a2953e92 (`--all`): the optional `./testExclusionList.json` was "cannot
    resolve"; Node throws MODULE_NOT_FOUND and the catch handles it."""
    assert diff_keys({"spec/a.js": ""}, {"spec/helper.js": PRELUDE + source}) == []


UNGUARDED_REQUIRES = {
    "after other work": "try {\n  setup();\n  require('./local');\n} catch (e) {\n  log(e);\n}\n",
    "in an if": "try {\n  if (x) {\n    require('./local');\n  }\n} catch (e) {}\n",
    "in a function": "try {\n  const f = () => require('./local');\n} catch (e) {}\n",
    "in the catch": "try {\n  require('./a');\n} catch (e) {\n  require('./local');\n}\n",
    "try finally": "try {\n  require('./local');\n} finally {\n  done();\n}\n",
}


@pytest.mark.parametrize("source", UNGUARDED_REQUIRES.values(), ids=UNGUARDED_REQUIRES)
def test_a_require_no_catch_is_there_for_is_still_a_missing_module(source):
    """A require further down a block of other work, one that runs later, or one outside the
    try body, is not what the catch is for: a missing module there is a bug."""
    source = PRELUDE + source
    assert diff_keys({"spec/a.js": ""}, {"spec/helper.js": source}) == [
        ("IMP102", "spec/helper.js", source[:source.index("./local")].count("\n") + 1,
         "./local")]


def test_a_require_whose_catch_always_throws_is_still_a_missing_module():
    """`catch (e) { throw new Error('install it') }`: the module is required after all."""
    source = PRELUDE + "try {\n  require('./local');\n} catch (e) {\n  throw new Error('no');\n}\n"
    assert diff_keys({"spec/a.js": ""}, {"spec/helper.js": source}) == [
        ("IMP102", "spec/helper.js", 7, "./local")]


# mne-tools/mne-python: a 105-line .gitignore of `*.fif`, `*.npy`, ... lines, asked about every
# module a name imported from a package could be (`mne/utils/verbose.py`): each `*.ext` line
# now rules a name out by its end before the wildmatch runs; the verdicts are git's
@pytest.mark.parametrize(("path", "ignored"), [
    ("mne/data/raw.fif", True), ("mne/utils/verbose.py", False), ("a.fif.gz", True),
    ("src/x.c", True), ("src/x.cc", False), ("notes~", True), ("star*", True), ("star", False),
    ("data.tar.xz", True), ("keep.fif", False), ("deep/dir/keep.fif", False)])
def test_suffix_patterns_of_a_gitignore_decide_as_git_does(path, ignored):
    from impact.resolve.ignored import IgnoredPaths

    lines = ["*.fif", "*.fif.gz", "*.[ch]", "*~", "star\\*", "*.tar.*", "!keep.fif"]
    assert IgnoredPaths.from_lines(lines).ignores(path) is ignored
