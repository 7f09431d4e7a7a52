"""Found by the sixth round of seeded mutations against pyright and tsc (fastapi, trio, preact,
@trpc/server; benchmarks/RESULTS.md, "unseen corpora, sixth round")."""

from __future__ import annotations

from conftest import diff_findings, severity_keys

GRAMMAR = ('from typing import TYPE_CHECKING, Annotated, Literal, TypeVar, cast\n'
           'import typing\n\n'
           'if TYPE_CHECKING:\n'
           '    from pkg.other import Other\n\n'
           '_P = TypeVar("_P", bound="Grammar")\n\n\n'
           'class Grammar:\n'
           '    parent: "Grammar | None" = None\n\n'
           '    def copy(self: _P, other: "Other") -> "list[Grammar]":\n'
           '        return [cast("Grammar", self)]\n\n\n'
           'def kinds(k: Literal["Grammar"], a: Annotated[int, "Grammar"], s="Grammar") -> None:\n'
           '    pass\n\n\n'
           'def known(x: "Unknown", y: typing.Literal["Gone"]) -> "Grammar":\n'
           '    return x\n\n\n'
           'ffi = typing.cast(typing.Any, None)\n'
           'handle = ffi.cast("Grammar", -1)  # cffi\'s cast takes a C type\n')


def test_python_names_in_string_type_expressions_are_uses():
    """black's `_P = TypeVar("_P", bound="Grammar")`: a type written as a string (an annotation,
    a part of one, a TypeVar's bound, `cast`'s first argument) names what pyright resolves where
    it stands, so renaming `Grammar` or removing the import of `Other` leaves names pyright
    reports (reportUndefinedVariable). Nothing evaluates them at run time: a warning. Strings
    that are values (`Literal["Grammar"]`, `Annotated` metadata, a default, the C type of cffi's
    `ffi.cast`) are not types, and a
    name that was already unbound in base (`"Unknown"`) is no new finding."""
    base = {"pkg/__init__.py": "", "pkg/other.py": "class Other:\n    pass\n",
            "pkg/grammar.py": GRAMMAR}
    renamed = {"pkg/grammar.py": GRAMMAR.replace("class Grammar:", "class Syntax:")}
    findings = [f for f in diff_findings(base, renamed) if f["code"] != "IMP201"]
    assert [(code, file, line, severity, symbol) for code, file, line, severity, symbol
            in severity_keys(findings)] == [
        ("IMP105", "pkg/grammar.py", 7, "warning", "Grammar"),
        ("IMP105", "pkg/grammar.py", 11, "warning", "Grammar"),
        ("IMP105", "pkg/grammar.py", 13, "warning", "Grammar"),
        ("IMP105", "pkg/grammar.py", 14, "warning", "Grammar"),
        ("IMP105", "pkg/grammar.py", 21, "warning", "Grammar"),
    ]
    assert findings[0]["column"] == len('_P = TypeVar("_P", bound="') + 1
    assert "type written as a string" in findings[0]["message"]
    without_import = {"pkg/grammar.py": GRAMMAR.replace(
        "if TYPE_CHECKING:\n    from pkg.other import Other\n", "")}
    assert [(f["code"], f["line"], f["symbol"]) for f in diff_findings(base, without_import)] \
        == [("IMP105", 11, "Other")]


def test_the_mutation_generator_breaks_default_exported_javascript_functions(tmp_path):
    """lodash-es: each module declares one function, `export default`s it and is
    default-imported. The generator made none of the named-export kinds of them, and no call
    change through a default import; now it does, the module's name among the terms (a
    default import may call the function anything)."""
    from benchmarks.mutations.js_tree import JsTree

    (tmp_path / "_baseFlat.js").write_text(
        "function baseFlat(array, depth) {\n  return array.flat(depth);\n}\n\n"
        "export default baseFlat;\n")
    (tmp_path / "flatten.js").write_text(
        "import flat from './_baseFlat.js';\n\n"
        "export default function flatten(array) {\n  return flat(array, 1);\n}\n")
    (tmp_path / "lodash.js").write_text(
        "import flatten from './flatten.js';\n\nexport { flatten };\n")
    tree = JsTree(tmp_path, (".js",))
    made = {(c.kind, c.key): c.build() for c in tree.candidates()
            if c.kind not in ("add_unused_function", "add_optional_param", "delete_module",
                              "rename_local", "reorder_definitions")}
    assert sorted(made) == [
        ("add_required_param", "_baseFlat.js:baseFlat"),
        ("drop_export", "_baseFlat.js:baseFlat"),
        ("drop_export", "flatten.js:flatten"),
        ("remove_passed_param", "_baseFlat.js:baseFlat"),
        ("remove_symbol", "_baseFlat.js:baseFlat"),
        ("remove_symbol", "flatten.js:flatten"),
        ("rename_definition", "_baseFlat.js:baseFlat"),
        ("rename_definition", "flatten.js:flatten"),
    ]
    removed = made[("remove_symbol", "_baseFlat.js:baseFlat")]
    assert removed.files == {"_baseFlat.js": "\n"} and removed.terms == ("baseFlat", "_baseFlat")
    assert made[("drop_export", "_baseFlat.js:baseFlat")].files["_baseFlat.js"] == \
        "function baseFlat(array, depth) {\n  return array.flat(depth);\n}\n\n"
    assert made[("drop_export", "flatten.js:flatten")].files["flatten.js"].startswith(
        "import flat from './_baseFlat.js';\n\nfunction flatten(array) {")
    assert made[("remove_symbol", "flatten.js:flatten")].files["flatten.js"] == \
        "import flat from './_baseFlat.js';\n\n"
    assert made[("add_required_param", "_baseFlat.js:baseFlat")].files["_baseFlat.js"] \
        .startswith("function baseFlat(extraRequired, array, depth)")


def test_python_lazy_module_still_fails_at_an_import_that_raises_while_it_loads():
    """trio's `socket.py` binds names with `globals().update(...)` (so it may provide any
    name), then re-exports `from ._socket import socket as socket`. Once `_socket` no longer
    has `socket` that import raises while the module loads, so `from trio.socket import
    socket` raises too, and pyright reports it (reportAttributeAccessIssue "unknown import
    symbol"). A name such a module provides only dynamically, or through an import a
    `try/except ImportError` saves, is not judged; nor a consumer of a module with a
    `__getattr__`, which pyright takes as providing the name (so do the earlier rules)."""
    impl = "def socket():\n    pass\n\n\ndef other():\n    pass\n"
    lazy = ("import socket as _std\n\n"
            "globals().update({n: getattr(_std, n) for n in _std.__all__ if n.isupper()})\n\n"
            "from ._impl import other as other, socket as socket\n\n"
            "try:\n    from ._impl import fromshare as fromshare\nexcept ImportError:\n    pass\n")
    getattr_module = ("from ._impl import socket as socket\n\n\n"
                      "def __getattr__(name):\n    return name\n")
    base = {"pkg/__init__.py": "", "pkg/_impl.py": impl, "pkg/sock.py": lazy,
            "pkg/lazy.py": getattr_module,
            "app.py": "from pkg.sock import AF_INET, fromshare, other, socket\n"
                      "from pkg.lazy import socket as s2, anything\n"}
    renamed = {"pkg/_impl.py": impl.replace("def socket", "def socket_renamed")}
    findings = [(f["code"], f["file"], f["line"], f["severity"]) for f
                in diff_findings(base, renamed) if f["code"] != "IMP201"]
    assert sorted(findings) == [
        ("IMP101", "app.py", 1, "error"),  # `socket` through pkg.sock
        ("IMP101", "pkg/lazy.py", 1, "error"),
        ("IMP101", "pkg/sock.py", 5, "error"),
    ]
    app = [f for f in diff_findings(base, renamed) if f["file"] == "app.py"]
    assert {f["symbol"] for f in app} == {"socket"}
    assert all("re-exported by" in f["message"] for f in app)


def test_the_swap_control_moves_each_function_with_its_jsdoc(tmp_path):
    """preact's `compat/src/util.js`: swapping `assign` and `shallowDiffers` without their
    JSDoc blocks left `assign`'s `/** @type {O & P} */` under `shallowDiffers`'s comment, with
    no `@template O`: tsc reported TS2304 on a control, which must break nothing."""
    from benchmarks.mutations.js_tree import JsTree

    source = ("/**\n * @template O\n * @param {O} obj\n */\nexport function assign(obj) {\n"
              "  return /** @type {O} */ (obj);\n}\n\n"
              "/** @param {object} a */\nexport function shallowDiffers(a) {\n  return !a;\n}\n")
    (tmp_path / "util.js").write_text(source)
    swaps = [c.build() for c in JsTree(tmp_path, (".js",)).candidates()
             if c.kind == "reorder_definitions"]
    swapped = ("/** @param {object} a */\nexport function shallowDiffers(a) {\n  return !a;\n}\n\n"
               "/**\n * @template O\n * @param {O} obj\n */\nexport function assign(obj) {\n"
               "  return /** @type {O} */ (obj);\n}\n")
    assert [m.files["util.js"] for m in swaps] == [swapped]


def test_a_local_named_exports_does_not_make_an_es_module_commonjs():
    """preact's `compat/src/suspense.js` is an ES module whose `lazy` says
    `prom.then(exports => { component = exports.default || exports; })`: impact took that
    callback's parameter for CommonJS's `exports`, so the module's exports could be anything
    and renaming `lazy` or dropping `export` from `Suspense` broke no import of them (tsc:
    TS2305/TS2724 at `import { Suspense, lazy } from './suspense'`). A `module` or `exports`
    some scope binds is not CommonJS's; the real ones still are."""
    suspense = ("export function Suspense() {}\n\n"
                "export function lazy(loader) {\n"
                "  let component;\n"
                "  loader().then(exports => {\n    component = exports.default || exports;\n  });\n"
                "  return function Lazy(module) {\n    return module.exports || component;\n  };\n"
                "}\n")
    base = {"suspense.js": suspense,
            "index.js": "import { Suspense, lazy } from './suspense';\n\nexport { Suspense, lazy };\n",
            "legacy.js": "exports.helper = function () {};\n",
            "uses_legacy.js": "import { helper } from './legacy';\n\nhelper();\n"}
    renamed = {"suspense.js": suspense.replace("function lazy(", "function lazyRenamed(")}
    assert [(f["code"], f["file"], f["line"], f["symbol"]) for f in diff_findings(base, renamed)
            if f["code"] != "IMP201"] == [("IMP101", "index.js", 1, "lazy")]
    unexported = {"suspense.js": suspense.replace("export function Suspense", "function Suspense")}
    assert [(f["code"], f["file"], f["symbol"]) for f in diff_findings(base, unexported)
            if f["code"] != "IMP201"] == [("IMP101", "index.js", "Suspense")]
    # a CommonJS module's exports are still read as such
    gone = {"legacy.js": "exports.other = function () {};\n"}
    assert [(f["code"], f["file"]) for f in diff_findings(base, gone)
            if f["code"] != "IMP201"] == [("IMP101", "uses_legacy.js")]
