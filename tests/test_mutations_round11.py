"""Found by the eleventh round of seeded mutations against pyright and tsc (prompt-toolkit,
astroid, lib0, @grpc/grpc-js; benchmarks/RESULTS.md, "Seeded mutations, round 11")."""

from __future__ import annotations

from conftest import diff_keys, diff_result

KEY_BINDINGS = "class KeyBindings:\n    pass\n"
PROCESSOR = "from .key_bindings import KeyBindings\n\n\nclass KeyPressEvent:\n    pass\n"


def _errors(base: dict, change: dict) -> list[tuple]:
    findings = diff_result(base, change, whole_repository=True).findings
    return sorted((f["code"], f["file"], f["line"]) for f in findings
                  if f["severity"] == "error" and f["code"] != "IMP201")


def test_python_a_type_checking_import_of_a_plain_module_s_submodule_was_never_resolved():
    """prompt-toolkit's `key_binding/vi_state.py`: `if TYPE_CHECKING: from
    .key_bindings.vi import TextObject`, where `key_bindings.py` is a plain module. A plain
    module may register submodules at run time (six.moves), so a run-time import of one is
    not judged; but a checker never runs that code: pyright reports the import unresolved in
    both revisions, and deleting `key_bindings.py` breaks nothing more there (checked with
    pyright 1.1.414). Only the run-time imports of the deleted module are new."""
    base = {"pkg/__init__.py": "", "pkg/key_bindings.py": KEY_BINDINGS,
            "pkg/key_processor.py": PROCESSOR,
            "pkg/vi_state.py": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                               "    from .key_bindings.vi import TextObject\n"}
    assert _errors(base, {"pkg/key_bindings.py": None}) == [
        ("IMP102", "pkg/key_processor.py", 1)]


def test_python_a_run_time_import_of_a_plain_module_s_submodule_stays_unjudged():
    """The same import at run time: the plain module may have registered the submodule in
    `sys.modules` (six.moves), and once it is deleted the import fails whatever it did."""
    base = {"pkg/__init__.py": "", "pkg/key_bindings.py": KEY_BINDINGS,
            "pkg/key_processor.py": PROCESSOR,
            "pkg/vi_state.py": "from .key_bindings.vi import TextObject\n"}
    assert ("IMP102", "pkg/vi_state.py", 1) in _errors(base, {"pkg/key_bindings.py": None})


EVERY = ("/**\n * @param {Array<any>} arr\n * @param {function(any):boolean} f\n */\n"
         "export const every = (arr, f) => arr.every(f)\n")
EVERY_WITHOUT_F = "/**\n * @param {Array<any>} arr\n */\nexport const every = (arr) => arr.length > 0\n"


def _schema(mark: str) -> str:
    return ("import * as arr from './array.js'\n\n"
            f"export const check = (v, o) => {{\n{mark}  return arr.every(v, c => c(o))\n}}\n")


def test_javascript_a_call_under_ts_ignore_is_not_judged_as_tsc_does_not():
    """lib0's `schema.js`: `// @ts-ignore` above `return arr.every(this.v, check => ...)`.
    Once `array.js`'s `every` drops its last parameter, the call passes one argument too
    many, and tsc says nothing: `@ts-ignore` silences every error of its next line, TS2554
    among them (checked with tsc 5.9.3, allowJs/checkJs). Without the comment it reports it."""
    change = {"array.js": EVERY_WITHOUT_F}
    silenced = {"array.js": EVERY, "schema.js": _schema("  // @ts-ignore\n")}
    expected = {"array.js": EVERY, "schema.js": _schema("  // @ts-expect-error\n")}
    plain = {"array.js": EVERY, "schema.js": _schema("")}
    assert _calls(silenced, change) == _calls(expected, change) == []
    assert _calls(plain, change) == [("IMP202", "schema.js", 4)]


def _calls(base: dict, change: dict) -> list[tuple]:
    return [(f["code"], f["file"], f["line"]) for f in diff_result(base, change).findings
            if f["code"] == "IMP202" and f["file"] != "array.js"]


BASES = "class Generator:\n    _proxied = None\n"


def test_python_the_object_of_an_attribute_assignment_is_read_from_the_module():
    """astroid's `raw_building.py`: `from astroid import bases`, then in a function
    `bases.Generator._proxied = t` and `builder.object_build(bases.Generator._proxied, ...)`.
    Once `bases.py` renames `Generator`, pyright reports both lines ("Generator" is not a known
    attribute of module): assigning `_proxied` reads `bases.Generator` first, and setting
    `X._proxied` makes only that attribute the file's own, not `bases.Generator`."""
    base = {"pkg/__init__.py": "", "pkg/bases.py": BASES,
            "pkg/raw.py": "from pkg import bases\n\n\ndef setup(t):\n"
                          "    bases.Generator._proxied = t\n"
                          "    print(bases.Generator._proxied)\n"}
    change = {"pkg/bases.py": BASES.replace("Generator", "Generator2")}
    assert diff_keys(base, change) == [("IMP103", "pkg/raw.py", 5, "Generator"),
                                       ("IMP103", "pkg/raw.py", 6, "Generator")]


def test_python_an_attribute_the_file_sets_on_a_module_stays_its_own():
    """`bases.Generator = Fake` makes `bases.Generator` the file's own: its later reads and
    the attributes set on it are not judged against `bases.py`."""
    base = {"pkg/__init__.py": "", "pkg/bases.py": BASES,
            "pkg/raw.py": "from pkg import bases\n\n\ndef setup(t):\n"
                          "    bases.Generator = type('Fake', (), {})\n"
                          "    bases.Generator._proxied = t\n"
                          "    print(bases.Generator._proxied)\n"}
    change = {"pkg/bases.py": BASES.replace("Generator", "Generator2")}
    assert diff_keys(base, change) == []
