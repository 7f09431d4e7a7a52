"""TypeScript's import assignments of a module, `import x = require('./m')` and `export import
x = require('./m')` (read by tree-sitter-typescript only without `export`): the import binds
the module, so a member removed from it breaks `x.g` (tsc 5.9.3, `module: commonjs`: TS2339)
and a module deleted breaks the import (TS2307), both forms; the exported form is an export of
`x` too, and not a syntax error."""

from __future__ import annotations

from conftest import diff_keys

from impact.lang.javascript import extract

MODULE = "export function f() { return 1; }\nexport function g() { return 2; }\n"
ASSIGNS = "import x = require('./m');\nexport import y = require('./m');\nx.f();\nx.g();\n"
CONSUMER = "import { y } from './a';\ny.f();\n"


def test_an_exported_import_assignment_is_an_import_and_an_export():
    facts = extract("src/a.ts", ASSIGNS.encode())
    assert [(i.local, i.source, i.kind) for i in facts.imports] == [("x", "./m", "require"),
                                                                    ("y", "./m", "require")]
    assert [(e.name, e.local) for e in facts.exports] == [("y", "y")]
    assert facts.problems == ()


def test_a_member_removed_from_a_module_an_import_assignment_binds():
    base = {"src/m.ts": MODULE, "src/a.ts": ASSIGNS, "src/use.ts": CONSUMER}
    assert diff_keys(base, {"src/m.ts": "export function f() { return 1; }\n"}) == [
        ("IMP103", "src/a.ts", 4, "g")]


def test_a_module_deleted_breaks_both_forms_of_import_assignment():
    base = {"src/m.ts": MODULE, "src/a.ts": ASSIGNS}
    assert diff_keys(base, {"src/m.ts": None}) == [("IMP102", "src/a.ts", 1, "./m"),
                                                   ("IMP102", "src/a.ts", 2, "./m")]


def test_an_exported_import_assignment_removed_breaks_its_importers():
    base = {"src/m.ts": MODULE, "src/a.ts": ASSIGNS, "src/use.ts": CONSUMER}
    change = {"src/a.ts": ASSIGNS.replace("export import y = require('./m');\n", "")}
    assert diff_keys(base, change) == [("IMP101", "src/use.ts", 1, "y")]


def test_a_member_removed_from_a_module_another_module_exports_as_a_name():
    # tsc: TS2339 at `y.g()` (`export import y = require`), at `z.g()` (`import * as x` then
    # `export { x as z }`) and through a re-export of `y` (`export { y } from './a'`)
    base = {"src/m.ts": MODULE, "src/a.ts": ASSIGNS, "src/b.ts": "export { y } from './a';\n",
            "src/c.ts": "import * as x from './m';\nexport { x as z };\n",
            "src/use.ts": "import { y } from './a';\nimport { y as w } from './b';\nimport { z } from './c';\n"
                          "y.f();\ny.g();\nw.g();\nz.g();\n"}
    assert diff_keys(base, {"src/m.ts": "export function f() { return 1; }\n"}) == [
        ("IMP103", "src/a.ts", 4, "g"), ("IMP103", "src/use.ts", 5, "g"),
        ("IMP103", "src/use.ts", 6, "g"), ("IMP103", "src/use.ts", 7, "g")]


def test_a_member_removed_from_a_module_read_through_two_attributes():
    # tsc: TS2339 at `a.y.g()` (`import a = require('./a')` of a module that exports m as `y`),
    # `b.z.g()` (`export * as z`), `b.y.g.h`; `b.k.g` is an object's property, not judged
    base = {"src/m.ts": MODULE,
            "src/a.ts": "export import y = require('./m');\nexport * as z from './m';\n"
                        "export const k = { g: 1 };\n",
            "src/use.ts": "import a = require('./a');\nimport * as b from './a';\n"
                          "a.y.f();\na.y.g();\nb.z.g();\nb.k.g;\nb.y.g.h;\n"}
    assert diff_keys(base, {"src/m.ts": "export function f() { return 1; }\n"}) == [
        ("IMP103", "src/use.ts", 4, "g"), ("IMP103", "src/use.ts", 5, "g"),
        ("IMP103", "src/use.ts", 7, "g")]


TYPE_ASSIGNS = "import type x = require('./m');\nexport import type y = require('./m');\nlet n: typeof x.g;\n"


def test_a_type_only_import_assignment_is_read_in_both_forms():
    """`export import type y = require('./m')` (tsc 5.9.3 reads it; tree-sitter-typescript does
    not): a type-only import and export of `y`, no export named `type`; with m deleted tsc
    reports TS2307 at both lines, and with the export removed TS2305 at its importer."""
    facts = extract("src/a.ts", TYPE_ASSIGNS.encode())
    assert [(i.local, i.kind, i.type_only) for i in facts.imports] == [("x", "require", True),
                                                                       ("y", "require", True)]
    assert [(e.name, e.type_only) for e in facts.exports] == [("y", True)]
    assert facts.problems == ()
    base = {"src/m.ts": MODULE, "src/a.ts": TYPE_ASSIGNS, "src/use.ts": "import { y } from './a';\n"}
    assert diff_keys(base, {"src/m.ts": None}) == [("IMP102", "src/a.ts", 1, "./m"),
                                                   ("IMP102", "src/a.ts", 2, "./m")]
    removed = {"src/a.ts": TYPE_ASSIGNS.replace("export import type y = require('./m');\n", "")}
    assert diff_keys(base, removed) == [("IMP101", "src/use.ts", 1, "y")]
