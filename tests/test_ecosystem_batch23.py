"""Classes of input the twenty-third batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-third batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

import pytest
from conftest import diff_keys

from impact.lang.syntax_errors import blank_function_type_arguments

# DSpace/dspace-angular src/app/core/shared/operators.ts: an Angular injection token typed with
# a generic function type, the first of the `new` expression's type arguments
TOKENS = {
    "src/operators.ts": (
        "import { InjectionToken } from '@angular/core';\n"
        "import { Observable } from 'rxjs';\n\n"
        "export const debounceTime = <T>(ms: number) => (source: Observable<T>) => source;\n\n"
        "export const DEBOUNCE = new InjectionToken<<T>(ms: number) => (source: Observable<T>)"
        " => Observable<T>>('debounceTime', {\n"
        "  providedIn: 'root',\n  factory: () => debounceTime,\n});\n\n"
        "export const LINKS = new InjectionToken<<T extends object>(source: T, name: keyof T)"
        " => T>('links', {\n  providedIn: 'root',\n  factory: () => (s: any) => s,\n});\n"),
    "package.json": '{"name": "app", "dependencies": {"@angular/core": "^20", "rxjs": "^7"}}\n',
}


def test_type_arguments_that_begin_with_a_generic_function_type_are_no_syntax_error():
    """dspace-angular (`--all` at its head): IMP105 "`T` is not defined" in
    src/app/core/shared/operators.ts and authorized.operators.ts, and IMP301 in
    build-decorators.ts: tree-sitter-typescript takes the `<<` of `InjectionToken<<T>(...)` for
    a shift."""
    assert diff_keys({}, TOKENS) == []


def test_type_arguments_read_as_a_shift_without_a_syntax_error_are_read_as_types():
    """operators.ts alone: tree-sitter reads `new InjectionToken<<T>(ms: number) => ...>(...)`
    without a syntax error, as `new InjectionToken << T > ...`."""
    alone = {"src/operators.ts": TOKENS["src/operators.ts"].split("\nexport const LINKS")[0]}
    assert "extends" not in alone["src/operators.ts"]
    assert diff_keys({}, alone) == []


def test_a_shift_compared_with_a_call_is_left_as_written():
    source = b"const flags = 1<<bits>(limit);\nconst mask = a<<T>(b) => b;\n"
    assert blank_function_type_arguments(source) == source


def test_a_type_parameter_used_outside_its_function_type_is_still_undefined():
    leaking = {**TOKENS, "src/leak.ts": "export const size = (x: number) => x + T;\n"}
    assert diff_keys({}, leaking) == [("IMP105", "src/leak.ts", 1, "T")]


# rafalp/Misago misago/static/misago/admin/momentjs/: moment's locale files copied where Django
# serves them, each in the UMD wrapper moment ships; a page loads one by a script tag after the
# moment bundle, so the wrapper's CommonJS branch (`require('../moment')`) never runs
UMD_LOCALE = (
    "//! moment.js locale configuration\n\n"
    ";(function (global, factory) {\n"
    "   typeof exports === 'object' && typeof module !== 'undefined'\n"
    "       && typeof require === 'function' ? factory(require('../moment')) :\n"
    "   typeof define === 'function' && define.amd ? define(['../moment'], factory) :\n"
    "   factory(global.moment)\n"
    "}(this, (function (moment) { 'use strict';\n"
    "    return moment.defineLocale('af', {});\n"
    "})));\n")
SERVED = "forum/static/forum/admin/momentjs/af.js"


def test_a_umd_library_in_a_served_directory_is_not_checked():
    """Misago (`--all` at its head): 127 IMP102 "cannot resolve '../moment'", one per locale."""
    assert diff_keys({}, {SERVED: UMD_LOCALE}) == []


def test_a_umd_library_outside_a_served_directory_is_still_checked():
    """A package's own UMD module (moment's `locale/af.js` beside `moment.js`) is required through
    its CommonJS branch: the module it requires must be there."""
    assert diff_keys({}, {"locale/af.js": UMD_LOCALE}) == [("IMP102", "locale/af.js", 5, "../moment")]


def test_a_script_in_a_served_directory_without_a_umd_wrapper_is_still_checked():
    module = "import { defineLocale } from '../moment.js';\n\ndefineLocale('af', {});\n"
    assert diff_keys({}, {SERVED: module}) == [("IMP102", SERVED, 1, "../moment.js")]


# kobotoolbox/kpi jsapp/xlform/src/: a module decaffeinated to JavaScript that still requires its
# neighbours written in CoffeeScript, which webpack compiles (coffee-loader; `resolve.extensions`
# lists `.coffee`)
DECAFFEINATED = {
    "jsapp/xlform/src/view.templates.coffee": "module.exports = {row: -> '<div/>'}\n",
    "jsapp/xlform/src/view.js": "const $viewTemplates = require('./view.templates')\n\n"
                                "module.exports = { templates: $viewTemplates }\n",
}


def test_a_module_compiled_from_coffeescript_beside_it_is_not_missing():
    """kpi (`--all` at its head): IMP102 "cannot resolve './view.templates'" in
    jsapp/xlform/src/view.js, beside view.templates.coffee."""
    assert diff_keys({}, DECAFFEINATED) == []


def test_a_module_without_its_coffeescript_source_is_still_missing():
    renamed = {path.replace("view.templates.coffee", "view.templates.md"): text
               for path, text in DECAFFEINATED.items()}
    assert diff_keys({}, renamed) == [("IMP102", "jsapp/xlform/src/view.js", 1, "./view.templates")]


# dlt-hub/dlt tests/reflection/module_cases/ and tests/common/reflection/cases/modules/: modules
# broken on purpose, which the tests import by name to see the importer under test report it;
# pyproject.toml's `[tool.mypy] exclude` lists both directories
BROKEN = "def f():\n    n += x\n"
MYPY_EXCLUDING = ('[project]\nname = "dlt"\n\n[tool.mypy]\nexclude = [\n'
                  '    "tests/reflection/module_cases/",\n    "tests/common/reflection/cases/modules/",\n]\n')


@pytest.mark.parametrize("config, path", [
    (MYPY_EXCLUDING, "tests/common/reflection/cases/modules/broken_mod.py"),
    (MYPY_EXCLUDING, "tests/reflection/module_cases/broken_mod.py"),
    ('[tool.mypy]\nexclude = "^tests/reflection/module_cases/"\n', "tests/reflection/module_cases/x.py"),
])
def test_test_cases_the_type_checker_excludes_are_not_checked(config, path):
    """dlt (`--all` at its head): IMP105 "`x` is not defined" in broken_mod.py (only mypy
    excludes it) and `h`, `ddde` in module_cases/syntax_error.py."""
    assert diff_keys({"pyproject.toml": config}, {path: BROKEN}) == []


@pytest.mark.parametrize("config, path", [
    (MYPY_EXCLUDING, "tests/common/reflection/modules/broken_mod.py"),  # not named as test data
    ('[tool.mypy]\nexclude = ["^docs/"]\n', "tests/reflection/module_cases/broken_mod.py"),
    ("[tool.ruff]\n", "tests/reflection/module_cases/broken_mod.py"),  # no mypy section
])
def test_test_cases_the_type_checker_reads_are_still_checked(config, path):
    assert diff_keys({"pyproject.toml": config}, {path: BROKEN}) == [("IMP105", path, 2, "x")]


def test_a_mypy_ini_is_read_before_pyproject():
    files = {"pyproject.toml": MYPY_EXCLUDING, "mypy.ini": "[mypy]\nstrict = True\n"}
    path = "tests/reflection/module_cases/broken_mod.py"
    assert diff_keys(files, {path: BROKEN}) == [("IMP105", path, 2, "x")]
