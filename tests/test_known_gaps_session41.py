"""Gaps session 41 left in member reads (benchmarks/RESULTS.md, "Known gaps of session 41"):
TypeScript properties read through instances, members a base class declares, Python receivers
typed `Optional[Cls]`, `Cls | None`, `"Cls"` or narrowed by `isinstance`, constructor and
`declare class` overloads, namespaces merged inside another or dotted; and two precision
calls (page globals for scripts only, a runtime types package's own names). Each expectation
was checked with tsc 5.9.3 (`strict`) or pyright 1.1.414 on the same tree."""

from __future__ import annotations

from conftest import diff_keys
from test_ecosystem_batch21 import REGENERATED, RUNTIME_DECLARED

RESOURCES = ("export class Base {\n  shared(): number { return 1; }\n  baseField = 2;\n}\n"
             "export class Res extends Base {\n  size = 1;\n  get label(): string { return ''; }\n"
             "  constructor(public tag: string) { super(); }\n"
             "  run(): number { return this.size + this.shared(); }\n"
             "  kept(): number { return this.baseField; }\n}\n"
             "export class Sub extends Res {\n  more(): number { return this.size; }\n}\n"
             "export class Loose {\n  [key: string]: unknown;\n  size = 1;\n}\n")
RESOURCE_USE = ("import { Res, Sub, Loose } from './res';\nconst r = new Res('a');\nconst a = r.size;\n"
                "const b = r.label;\nconst c = r.tag;\nr.size = 3;\n"
                "function f(p: Res, q?: Res) {\n  return p.size + (q ? q.size : 0);\n}\n"
                "const s = new Sub('x');\nconst d = s.size;\nconst e = s.shared;\n"
                "const l = new Loose();\nconst g = l.size;\nconst h = s.baseField;\nconst i = r.shared();\n"
                "const j = r?.size;\n")


def test_a_property_removed_from_a_typescript_class_is_dangling_where_an_instance_reads_it():
    """tsc 5.9.3, TS2339 at res.ts 9 (`this.size`, `this.shared()`), 10 (`this.baseField`, of
    the base class), 13 (`this.size` in a subclass) and use.ts 3 (a field), 4 (a getter), 6 (a
    write), 8 (`p: Res`, and `q.size` of an optional parameter narrowed by `q ?`, since session 46), 11
    and 12 (through the subclass `Sub`, a field and a method of the base read, not called), 15
    (a base's field), 16 (a call) and 17 (`r?.size`); nothing through `Loose`'s index signature,
    nor at `r.tag` (a parameter property kept)."""
    head = RESOURCES
    for member in ("  shared(): number { return 1; }\n", "  baseField = 2;\n", "  size = 1;\n",
                   "  get label(): string { return ''; }\n"):
        head = head.replace(member, "\n")
    assert diff_keys({"src/res.ts": RESOURCES, "src/use.ts": RESOURCE_USE}, {"src/res.ts": head}) == [
        ("IMP103", "src/res.ts", 9, "shared"), ("IMP103", "src/res.ts", 9, "size"),
        ("IMP103", "src/res.ts", 10, "baseField"), ("IMP103", "src/res.ts", 13, "size"),
        ("IMP103", "src/use.ts", 3, "size"), ("IMP103", "src/use.ts", 4, "label"),
        ("IMP103", "src/use.ts", 6, "size"), ("IMP103", "src/use.ts", 8, "size"),
        ("IMP103", "src/use.ts", 8, "size"), ("IMP103", "src/use.ts", 11, "size"), ("IMP103", "src/use.ts", 12, "shared"),
        ("IMP103", "src/use.ts", 15, "baseField"), ("IMP103", "src/use.ts", 16, "shared"),
        ("IMP103", "src/use.ts", 17, "size")]


def test_a_property_an_instance_may_still_have_is_not_judged():
    """tsc 5.9.3 reports nothing: an interface merged with the class still declares `size`, a
    `declare module` augments the other class, a field became a getter; a local class of the
    same name is another class."""
    module = ("export class Merged {\n  size = 1;\n}\nexport interface Merged { size: number }\n"
              "export class Aug {\n  size = 1;\n}\n"
              "export class Moved {\n  size = 1;\n  run(): number { return this.size; }\n}\n")
    augment = ("import { Aug } from './res';\ndeclare module './res' {\n  interface Aug { size: number }\n}\n"
               "const x = new Aug();\nexport const a = x.size;\n")
    use = ("import { Merged, Moved } from './res';\nconst m = new Merged();\nconst a = m.size;\n"
           "const v = new Moved();\nconst b = v.size;\n")
    head = module.replace("  size = 1;\n", "\n", 2).replace(
        "  size = 1;\n  run()", "  get size(): number { return 1; }\n  run()")
    base = {"src/res.ts": module, "src/aug.ts": augment, "src/use.ts": use}
    assert diff_keys(base, {"src/res.ts": head}) == []


PY_BASE = "class Base:\n    def shared(self):\n        return 1\n\n    def other(self):\n        return 2\n"
PY_MODELS = ("from pkg.base import Base\n\n\nclass Model(Base):\n    def own(self):\n        return self.shared()\n\n\n"
             "class Redef(Base):\n    def shared(self):\n        return 3\n\n\n"
             "class Dyn(Base):\n    def __getattr__(self, name):\n        return name\n")
PY_USE = ("from typing import Optional, Union\nfrom pkg.models import Model, Redef, Dyn\n\n\n"
          "def run(m: Model, r: Redef, d: Dyn, o: Optional[Model], u: \"Model | None\", s: \"Model\",\n"
          "        v: Union[Model, None], w: Model | None = None):\n"
          "    m.shared()\n    r.shared()\n    d.shared()\n    o.shared()\n    u.shared()\n    s.shared()\n"
          "    v.shared()\n    w.shared()\n    if o is not None:\n        o.shared()\n    if w:\n        w.shared()\n\n\n"
          "def narrow(x, y: object, z):\n    if isinstance(x, Model):\n        x.shared()\n"
          "    if isinstance(y, Model):\n        y.shared()\n    if isinstance(z, (Model, Redef)):\n        z.shared()\n"
          "    if not isinstance(x, Model):\n        return\n    x.other()\n    x.shared()\n"
          "    if isinstance(x, Model):\n        x = Redef()\n        x.shared()\n")


def test_a_method_removed_from_a_python_base_class_breaks_reads_through_optional_and_narrowed_receivers():
    """pyright 1.1.414, reportAttributeAccessIssue ("Cannot access attribute "shared" for class
    "Model"") at models.py:6 (`self.shared()` in the subclass) and use.py 7 (`m: Model`), 10
    (`Optional[Model]`), 11 (`"Model | None"`), 12 (`"Model"`), 13 (`Union[Model, None]`), 14
    (`Model | None = None`), 16 and 18 (the same, narrowed), 23 and 25 (`isinstance(x, Model)`),
    27 (a tuple of classes, the `Model` side) and 31 (after `if not isinstance(...): return`;
    both judged since session 43); nothing through `Redef`, which defines `shared` again, nor `Dyn` (`__getattr__`),
    nor at 34, where the narrowed name is bound again. (pyright's reportOptionalMemberAccess at
    10, 11, 13, 14 is another rule.)"""
    base = {"pkg/__init__.py": "", "pkg/base.py": PY_BASE, "pkg/models.py": PY_MODELS, "pkg/use.py": PY_USE}
    head = {"pkg/base.py": "class Base:\n    def other(self):\n        return 2\n"}
    assert diff_keys(base, head) == [("IMP103", "pkg/models.py", 6, "shared")] + [
        ("IMP103", "pkg/use.py", line, "shared") for line in (7, 10, 11, 12, 13, 14, 16, 18, 23, 25, 27, 31)]


OVERLOADED = ("export class Delay {\n  constructor(a: number);\n  constructor(a: number, b: number);\n"
              "  constructor(a: number, b?: number) {}\n}\n"
              "export declare class Ext {\n  constructor(a: string);\n  constructor(a: string, b: number);\n"
              "  get(k: string): string;\n  get(k: string, f: string): string;\n  put(k: string): void;\n}\n"
              "export class Plain {\n  constructor(a: number, b?: number) {}\n}\n")
OVERLOADED_USE = ("import { Delay, Ext, Plain } from './c';\nconst d1 = new Delay(1);\nconst d2 = new Delay(1, 2);\n"
                  "const e1 = new Ext('a');\nconst e2 = new Ext('a', 2);\ne1.get('k');\ne1.get('k', 'f');\n"
                  "e1.put('k');\nfunction f(x: Ext) { return x.get('k', 'g') + x.put('k'); }\n"
                  "const p = new Plain(1, 2);\n")


def test_a_constructor_or_declared_method_overload_removed_breaks_the_calls_only_it_took():
    """tone's `ReverseDelay` shape. tsc 5.9.3: TS2554 at use.ts 3 (`new Delay(1, 2)`), 5 (`new
    Ext('a', 2)`, a `declare class` left one constructor), 7 and 9 (`get('k', ...)`), TS2339 at
    8 and 9 (`put`, a declared method removed); nothing at the calls a signature left takes."""
    head = OVERLOADED.replace("  constructor(a: number, b: number);\n", "\n") \
        .replace("  constructor(a: string, b: number);\n", "\n") \
        .replace("  get(k: string, f: string): string;\n  put(k: string): void;\n", "\n\n")
    assert diff_keys({"src/c.ts": OVERLOADED, "src/use.ts": OVERLOADED_USE}, {"src/c.ts": head}) == [
        ("IMP103", "src/use.ts", 8, "put"), ("IMP103", "src/use.ts", 9, "put"),
        ("IMP202", "src/use.ts", 3, "Delay"), ("IMP202", "src/use.ts", 5, "Ext"),
        ("IMP202", "src/use.ts", 7, "Ext.get"), ("IMP202", "src/use.ts", 9, "Ext.get")]


MERGED = ("export namespace N {\n  export namespace Twice {\n    export const x = 1;\n"
          "    export namespace Deep { export const p = 1; }\n  }\n"
          "  export namespace Twice {\n    export const y = 2;\n    export namespace Deep { export const q = 2; }\n  }\n"
          "  export namespace Open {\n    export const o = 1;\n  }\n"
          "  export namespace Open {\n    export import z = Other.z;\n  }\n}\n"
          "export namespace Other { export const z = 1; export const w = 2; }\n"
          "export namespace A {\n  export namespace B { export const k = 1; }\n}\n"
          "export namespace A {\n  export namespace B { export const m = 2; }\n}\n"
          "export namespace D.E { export const k = 1; }\nexport namespace D.E { export const m = 2; }\n"
          "export const own = N.Twice.y + A.B.m;\n")
MERGED_USE = ("import { N, A, D } from './n';\nN.Twice.x;\nN.Twice.y;\nN.Twice.Deep.p;\nN.Twice.Deep.q;\n"
              "N.Open.o;\nA.B.k;\nA.B.m;\nD.E.k;\nD.E.m;\n")


def test_a_member_removed_from_a_namespace_merged_inside_another_or_dotted_is_dangling():
    """tsc 5.9.3, TS2339 at n.ts:26 (`N.Twice.y`, `A.B.m`, the module's own reads) and use.ts 3
    (`N.Twice.y`, declared twice in `N`), 5 (`N.Twice.Deep.q`, merged twice over), 6 (`N.Open.o`),
    8 (`A.B.m`, `B` inside `A` declared twice) and 10 (`D.E.m`, `namespace D.E` twice)."""
    head = MERGED.replace("    export const y = 2;\n", "\n").replace("export const q = 2; ", "") \
        .replace("    export const o = 1;\n", "\n").replace("export namespace B { export const m = 2; }",
                                                           "export namespace B { }") \
        .replace("export namespace D.E { export const m = 2; }", "export namespace D.E { }")
    assert diff_keys({"src/n.ts": MERGED, "src/use.ts": MERGED_USE}, {"src/n.ts": head}) == [
        ("IMP103", "src/n.ts", 26, "m"), ("IMP103", "src/n.ts", 26, "y"),
        ("IMP103", "src/use.ts", 3, "y"), ("IMP103", "src/use.ts", 5, "q"), ("IMP103", "src/use.ts", 6, "o"),
        ("IMP103", "src/use.ts", 8, "m"), ("IMP103", "src/use.ts", 10, "m")]


WINDOW_READER = {"static/bootstrap.js": "!function ($) {\n  $.fn.tab = 1;\n}(window.jQuery);\n"}


def test_a_name_scripts_read_from_window_is_no_global_of_a_module_whose_import_of_it_is_removed():
    """realbreaks14 made `jQuery` a page global once a script reads `window.jQuery`: a module
    that drops its import of `jQuery` and still calls it was then quiet. A module takes its
    names from imports (tsc: TS2304 in the TypeScript one); a script still has the page's."""
    for suffix in ("js", "ts"):
        base = {**WINDOW_READER, f"src/lib.{suffix}": "export function jQuery() {}\n",
                f"src/a.{suffix}": "import { jQuery } from './lib';\nexport const a = jQuery();\n",
                "static/form.js": "var jQuery = function () {};\nvar b = jQuery();\n"}
        change = {f"src/a.{suffix}": "export const a = jQuery();\n", "static/form.js": "var b = jQuery();\n"}
        assert diff_keys(base, change) == [("IMP105", f"src/a.{suffix}", 1, "jQuery")]


def test_a_declared_global_removed_is_undefined_where_the_installed_runtime_types_do_not_declare_it():
    """eco21's fix 3 leaves any name the repository only declares unjudged beside a runtime
    types package (@cloudflare/workers-types): its own `env.d.ts` may drop a declaration the
    package makes. Where the revision holds the package installed, its declaration files say
    which: `MY_KV` is not theirs (tsc: TS2304), `WebSocketPair` is. Not installed: quiet."""
    base = {**RUNTIME_DECLARED, "apps/worker/src/env.d.ts": "declare const MY_KV: string;\n",
            "apps/worker/src/kv.ts": "export const k = MY_KV;\n"}
    change = {**REGENERATED, "apps/worker/src/env.d.ts": "export {};\n"}
    installed = {"apps/worker/node_modules/@cloudflare/workers-types/index.d.ts":
                 "declare const WebSocketPair: {\n  new (): { 0: WebSocket; 1: WebSocket };\n};\n"
                 "interface Fetcher {}\n"}
    assert diff_keys({**base, **installed}, change) == [("IMP105", "apps/worker/src/kv.ts", 1, "MY_KV")]
    assert diff_keys(base, change) == []


def test_a_member_removed_from_a_generic_class_breaks_uses_through_a_property_or_parameter_typed_with_it():
    """tone's `Signal._param: Param<TypeName>` (mutations round 18: `Param.rampTo` removed, a
    miss at signal/Signal.ts:217). tsc 5.9.3, TS2339 at s.ts 5 (`this._param.rampTo(1)`,
    `this._param.value`) and 7 (`p: Param<string>`)."""
    module = "export class Param<T> {\n  rampTo(v: T): void {}\n  value = 1;\n}\n"
    use = ("import { Param } from './p';\nexport class Signal {\n  protected _param: Param<number>;\n"
           "  constructor() { this._param = new Param(); }\n"
           "  ramp() { this._param.rampTo(1); return this._param.value; }\n}\n"
           "export function f(p: Param<string>) { return p.value; }\n")
    head = module.replace("  rampTo(v: T): void {}\n  value = 1;\n", "\n\n")
    assert diff_keys({"src/p.ts": module, "src/s.ts": use}, {"src/p.ts": head}) == [
        ("IMP103", "src/s.ts", 5, "rampTo"), ("IMP103", "src/s.ts", 5, "value"), ("IMP103", "src/s.ts", 7, "value")]
