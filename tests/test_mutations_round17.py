"""Found by the seventeenth round of seeded mutations against pyright and tsc (anndata,
disnake, @anthropic-ai/sdk, @luma.gl/core; benchmarks/RESULTS.md, "Seeded mutations, round
17"), and the mutation kinds that round added."""

from __future__ import annotations

from tests.conftest import diff_keys

ENUM = "export enum Status {\n  Active = 'active',\n  Closed = 'closed',\n}\n"
READER = "import { Status } from './status';\n\nexport const open = Status.Active;\n"


def test_a_member_removed_from_an_enum_is_dangling_where_it_is_read():
    """`Status.Active` read through an import of the enum, once the enum no longer declares
    `Active`: tsc's TS2339 (Property 'Active' does not exist on type 'typeof Status'), and
    `undefined` at run time."""
    base = {"status.ts": ENUM, "reader.ts": READER}
    change = {"status.ts": "export enum Status {\n  Closed = 'closed',\n}\n"}
    assert diff_keys(base, change) == [("IMP103", "reader.ts", 3, "Active")]


def test_a_member_removed_from_an_enum_a_barrel_re_exports_is_dangling_where_it_is_read():
    base = {"status.ts": ENUM, "index.ts": "export * from './status';\n",
            "reader.ts": READER.replace("./status", "./index")}
    change = {"status.ts": "export enum Status {\n  Closed = 'closed',\n}\n"}
    assert diff_keys(base, change) == [("IMP103", "reader.ts", 3, "Active")]


def test_a_static_member_removed_from_a_class_is_dangling_where_it_is_read():
    base = {"shader.ts": "export class Shader {\n  static create() { return new Shader(); }\n"
                         "  static destroy() {}\n}\n",
            "reader.ts": "import { Shader } from './shader';\n\nexport const s = Shader.create();\n"}
    change = {"shader.ts": "export class Shader {\n  static destroy() {}\n}\n"}
    assert diff_keys(base, change) == [("IMP103", "reader.ts", 3, "create")]


def test_an_enum_member_moved_to_another_declaration_of_the_enum_is_not_judged():
    """Two declarations of one enum merge: the member is still there."""
    base = {"status.ts": ENUM, "reader.ts": READER}
    change = {"status.ts": "export enum Status {\n  Closed = 'closed',\n}\n"
                           "export enum Status {\n  Active = 'active',\n}\n"}
    assert diff_keys(base, change) == []


def test_a_static_member_removed_from_a_class_that_extends_another_is_not_judged():
    """The base class may have it: its static members are the subclass's too."""
    base = {"base.ts": "export class Base {\n  static create() { return 1; }\n}\n",
            "shader.ts": "import { Base } from './base';\n\nexport class Shader extends Base {\n"
                         "  static create() { return 2; }\n}\n",
            "reader.ts": "import { Shader } from './shader';\n\nexport const s = Shader.create();\n"}
    change = {"shader.ts": "import { Base } from './base';\n\nexport class Shader extends Base {\n}\n"}
    assert diff_keys(base, change) == []


def test_an_enum_member_a_namespace_merged_with_the_enum_declares_is_not_judged_here():
    """An enum merged with a namespace is the namespace rule's (IMP103 only when neither has
    the member): here the namespace declares it."""
    base = {"status.ts": ENUM + "export namespace Status {\n  export const Active = 1;\n}\n",
            "reader.ts": READER}
    change = {"status.ts": "export enum Status {\n  Closed = 'closed',\n}\n"
                           "export namespace Status {\n  export const Active = 1;\n}\n"}
    assert diff_keys(base, change) == []


MODEL = ("class Model:\n    @classmethod\n    def create(cls):\n        return cls()\n\n"
         "    def save(self):\n        return None\n")
CALLER = "from models import Model\n\nmodel = Model.create()\n"


def test_a_method_removed_from_a_class_is_dangling_where_it_is_read_through_the_class():
    """`Model.create()` through an import of the class once `create` left it: pyright's
    "Cannot access attribute", AttributeError at run time."""
    base = {"models.py": MODEL, "caller.py": CALLER}
    change = {"models.py": MODEL.replace("    @classmethod\n    def create(cls):\n"
                                         "        return cls()\n\n", "")}
    assert diff_keys(base, change) == [("IMP103", "caller.py", 3, "create")]


def test_a_method_removed_from_a_class_with_a_base_impact_cannot_see_is_not_judged():
    """An override removed leaves the method of the base, here a class of a package."""
    model = "from framework import Base\n\n\n" + MODEL.replace("class Model:", "class Model(Base):")
    base = {"models.py": model, "caller.py": CALLER}
    change = {"models.py": model.replace("    @classmethod\n    def create(cls):\n"
                                         "        return cls()\n\n", "")}
    assert diff_keys(base, change) == []


def test_a_method_moved_to_a_base_class_of_the_repository_is_not_judged():
    base = {"base.py": "class Base:\n    pass\n",
            "models.py": "from base import Base\n\n\n" + MODEL.replace("class Model:", "class Model(Base):"),
            "caller.py": CALLER}
    change = {"base.py": "class Base:\n    @classmethod\n    def create(cls):\n        return cls()\n",
              "models.py": base["models.py"].replace("    @classmethod\n    def create(cls):\n"
                                                     "        return cls()\n\n", "")}
    assert diff_keys(base, change) == []


# ---------------------------------------------------------------- the benchmark's new kinds


def _python_tree(tmp_path, files: dict[str, str]):
    from benchmarks.mutations.python_tree import PythonTree

    for rel, text in files.items():
        (tmp_path / rel).write_text(text)
    return PythonTree(tmp_path)


def _made(tree, kind: str) -> dict[str, str]:
    return {m.summary: m.files for m in (c.build() for c in tree.candidates() if c.kind == kind)}


def test_the_python_signature_kinds_break_the_calls_they_are_drawn_for(tmp_path):
    tree = _python_tree(tmp_path, {
        "a.py": "def f(x, y, z=1):\n    return x\n",
        "b.py": "from a import f\nf(1, 2)\nf(1, y=2)\n"})
    assert list(_made(tree, "make_keyword_only").values()) == [
        {"a.py": "def f(x, *, y, z=1):\n    return x\n"}]
    assert list(_made(tree, "make_positional_only").values()) == [
        {"a.py": "def f(x, y, /, z=1):\n    return x\n"}]
    assert list(_made(tree, "remove_default").values()) == [
        {"a.py": "def f(x, y, z):\n    return x\n"}]


def test_a_python_method_is_removed_only_where_another_file_reads_its_name(tmp_path):
    tree = _python_tree(tmp_path, {
        "a.py": "class C:\n    def read(self):\n        return 1\n\n    def unread(self):\n"
                "        return 2\n",
        "b.py": "from a import C\nC().read()\n"})
    assert list(_made(tree, "remove_member")) == ["a.py: method `C.read` removed"]


def test_the_typescript_member_kinds(tmp_path):
    from benchmarks.mutations.js_tree import JsTree

    (tmp_path / "a.ts").write_text(
        "export enum E {\n  A,\n  B,\n}\nexport interface I {\n  x: number;\n  y: number;\n}\n"
        "export function f(x: string): string;\nexport function f(x: number): number;\n"
        "export function f(x: any) {\n  return x;\n}\n")
    (tmp_path / "b.ts").write_text("import { E, I, f } from './a';\nE.A;\n"
                                   "export const g = (i: I) => i.x;\n")
    tree = JsTree(tmp_path, (".ts",))
    assert list(_made(tree, "remove_enum_member")) == ["a.ts: enum member `E.A` removed"]
    assert list(_made(tree, "remove_member")) == ["a.ts: member `I.x` removed"]
    assert sorted(_made(tree, "remove_overload")) == ["a.ts:f: overload 1 of 2 removed",
                                                      "a.ts:f: overload 2 of 2 removed"]


def test_member_diagnostics_count_for_the_member_kinds_only():
    from benchmarks.mutations.oracle import Diagnostic, counted

    attribute = Diagnostic("b.ts", 3, "TS2339", "Property 'x' does not exist on type 'I'.", "")
    assert counted(attribute, "remove_member") and counted(attribute, "remove_enum_member")
    assert not counted(attribute, "remove_symbol")
    overload = Diagnostic("b.ts", 3, "TS2769", "No overload matches this call.", "")
    assert counted(overload, "remove_overload") and not counted(overload, "remove_member")
