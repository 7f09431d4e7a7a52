"""Gaps session 40 left in member reads (benchmarks/RESULTS.md, "Known gaps of session 40"):
enum and static members read in their own file, members read through instances of a class
whose type is certain, ... Each expectation was checked with tsc 5.9.3 (`strict`) or pyright
1.1.414 on the same tree."""

from __future__ import annotations

from conftest import diff_keys

OWN_FILE = ("export enum Status {\n  OK = 0,\n  CANCEL = 1,\n}\n"
            "export const s = Status.OK;\n"
            "export function f() { return Status.OK; }\n"
            "export class Texture {\n  static normalize(x: number) { return x; }\n  static KEEP = 1;\n"
            "  make() { return Texture.normalize(1) + Texture.KEEP; }\n}\n"
            "export class Sub extends Texture {}\n"
            "const t = Sub.normalize(2);\n"
            "function local() { const Status = { OK: 1 }; return Status.OK; }\n")


def test_an_enum_or_static_member_removed_is_dangling_where_its_own_module_reads_it():
    """tsc: TS2339 at e.ts 5, 6 (`Status.OK`), 10 (`Texture.normalize`) and 13
    (`Sub.normalize`, through a subclass: not judged, Sub extends another class); nothing at
    line 14, where a local `Status` shadows the enum. A script's enum (no import or export) is
    global and merges with other scripts' of its name: not judged (tsc reports `G.A`)."""
    base = {"src/e.ts": OWN_FILE, "src/script.ts": "enum G { A, B }\nconst g = G.A;\n"}
    change = {"src/e.ts": OWN_FILE.replace("  OK = 0,\n", "\n").replace(
        "  static normalize(x: number) { return x; }\n", "\n"),
              "src/script.ts": "enum G { B }\nconst g = G.A;\n"}
    assert diff_keys(base, change) == [("IMP103", "src/e.ts", 5, "OK"), ("IMP103", "src/e.ts", 6, "OK"),
                                       ("IMP103", "src/e.ts", 10, "normalize")]



MODELS = ("class Base:\n    def shared(self):\n        return 1\n\n\n"
          "class Model(Base):\n    kind = \"m\"\n\n    def __init__(self):\n        self.data = {}\n\n"
          "    def save(self):\n        return self.validate()\n\n"
          "    def validate(self):\n        return True\n\n"
          "    def helper(self):\n        return 2\n\n\n"
          "class Open:\n    def go(self):\n        return 1\n\n"
          "    def __getattr__(self, name):\n        return name\n")
USE = ("from pkg.models import Model, Open\nfrom pkg import models\n\n\n"
       "def run(m: Model, o: Open, n: \"Model\"):\n    m.validate()\n    m.shared()\n    o.go()\n"
       "    n.validate()\n\n\n"
       "def make():\n    x = models.Model()\n    x.helper()\n    y = Open()\n    y.go()\n    return x\n\n\n"
       "class Sub(Model):\n    def later(self):\n        return self.helper()\n")


def test_a_method_removed_from_a_python_class_is_dangling_where_an_instance_of_certain_class_calls_it():
    """pyright 1.1.414 ("Cannot access attribute") at models.py:13 (`self.validate()`),
    use.py:6 (`m: Model`), 7 (`shared`, removed from the base class), 9 (`n: "Model"`, a string
    annotation: read since session 42), 14 (`x = models.Model()`) and 22 (`self.helper()` in a
    subclass); nothing through `Open`, whose `__getattr__` answers any name."""
    removed = ("    def validate(self):\n        return True\n", "    def helper(self):\n        return 2\n",
               "    def go(self):\n        return 1\n")
    head = MODELS.replace("    def shared(self):\n        return 1\n", "    pass\n\n")
    for method in removed:
        head = head.replace(method, "\n" * method.count("\n"))
    base = {"pkg/models.py": MODELS, "pkg/use.py": USE}
    assert diff_keys(base, {"pkg/models.py": head}) == [
        ("IMP103", "pkg/models.py", 13, "validate"), ("IMP103", "pkg/use.py", 6, "validate"),
        ("IMP103", "pkg/use.py", 7, "shared"), ("IMP103", "pkg/use.py", 9, "validate"),
        ("IMP103", "pkg/use.py", 14, "helper"),
        ("IMP103", "pkg/use.py", 22, "helper")]


def test_a_method_an_instance_may_still_have_is_not_judged():
    """Quiet where the instance may have the name otherwise: the class's body assigns it
    (`self.helper = ...`), a base impact cannot see may define it (pyright: no error at lines 5
    and 6). Quiet too, where pyright reports (its own inference): through a `__new__` that may
    return another object (lines 7 and 9), and a name bound again (`for x in ...`, line 13).
    Line 15 (`y.helper()`, an instance of `Model`) is the one broken call impact reports."""
    models = ("from somewhere import Thing\n\n\n"
              "class Kept:\n    def __init__(self):\n        self.data = {}\n\n"
              "    def helper(self):\n        return 2\n\n\n"
              "class Model:\n    def helper(self):\n        return 2\n\n\n"
              "class Seen(Thing):\n    def helper(self):\n        return 2\n\n\n"
              "class Made:\n    def __new__(cls):\n        return object()\n\n"
              "    def helper(self):\n        return 2\n")
    use = ("from pkg.models import Kept, Made, Model, Seen\n\n\n"
           "def run(k: Kept, s: Seen):\n    k.helper()\n    s.helper()\n    Made().helper()\n"
           "    made = Made()\n    made.helper()\n    x = Model()\n    for x in []:\n        pass\n"
           "    x.helper()\n    y = Model()\n    y.helper()\n")
    head = models.replace("        self.data = {}\n", "        self.helper = lambda: 2\n") \
        .replace("    def helper(self):\n        return 2\n", "    pass\n")
    assert diff_keys({"pkg/models.py": models, "pkg/use.py": use}, {"pkg/models.py": head}) == [
        ("IMP103", "pkg/use.py", 15, "helper")]


RESOURCES = ("export abstract class Resource {\n  destroy(): void {}\n  keep(): void {}\n}\n"
             "export class Buffer extends Resource {\n  write(): void { this.destroy(); }\n}\n"
             "export class Loose {\n  [key: string]: unknown;\n  go(): void {}\n}\n"
             "export class Merged {\n  m(): void {}\n}\n"
             "export interface Merged { m(): void }\n")
RESOURCE_USE = ("import { Buffer, Loose, Merged } from './res';\nconst b = new Buffer();\nb.destroy();\n"
                "b.write();\nexport class Holder {\n  constructor(private readonly buf: Buffer) {}\n"
                "  run() { this.buf.destroy(); }\n}\nfunction f() {\n  const l = new Loose();\n  l.go();\n"
                "  const m = new Merged();\n  m.m();\n}\n")


def test_a_method_removed_from_a_typescript_class_is_dangling_where_an_instance_of_certain_class_calls_it():
    """luma.gl's `Resource.destroy` shape. tsc 5.9.3: TS2339 at res.ts:6 (`this.destroy()` in a
    subclass), use.ts:3 (`new Buffer()`) and use.ts:7 (a parameter property typed `Buffer`);
    TS18046 at use.ts:11 (`l.go()`, `unknown` through the index signature: not judged);
    nothing at use.ts:13 (an interface merged with the class still declares `m`)."""
    head = RESOURCES
    for method in ("  destroy(): void {}\n", "  go(): void {}\n", "  m(): void {}\n"):
        head = head.replace(method, "\n")
    assert diff_keys({"src/res.ts": RESOURCES, "src/use.ts": RESOURCE_USE}, {"src/res.ts": head}) == [
        ("IMP103", "src/res.ts", 6, "destroy"), ("IMP103", "src/use.ts", 3, "destroy"),
        ("IMP103", "src/use.ts", 7, "destroy")]



QUALIFIED_MODULE = ("export interface Kept { a: number }\nexport interface Gone { b: number }\n"
                    "export type Alias = string;\nexport namespace NS {\n  export interface Inner { c: number }\n"
                    "  export type Dropped = number;\n  export namespace Deep {\n"
                    "    export interface D { d: number }\n    export interface E { e: number }\n  }\n}\n"
                    "export enum Status { OK = 0, BAD = 1 }\n")
QUALIFIED_USE = ("import * as A from './m';\nimport { NS, Status } from './m';\nimport type * as TA from './m';\n"
                 "let k: A.Kept;\nlet g: A.Gone;\nlet h: TA.Alias;\nlet i: NS.Inner;\nlet d: NS.Dropped;\n"
                 "let e: A.NS.Dropped;\nlet f: NS.Deep.E;\nlet s: Status.BAD;\n"
                 "function q(x: Array<A.Gone>): A.Gone[] { return []; }\n")
QUALIFIED_OWN = ("export namespace Own {\n  export interface X { x: number }\n  export interface Y { y: number }\n}\n"
                 "let y: Own.Y;\n")


def test_a_qualified_type_name_whose_member_is_gone_is_dangling():
    """tsc 5.9.3, TS2694 ("Namespace ... has no exported member"): use.ts 5 and 6 (`import * as
    A`, `import type * as TA`), 8 (`NS.Dropped`), 9 (`A.NS.Dropped`), 10 (`NS.Deep.E`), 11 (the
    enum member type `Status.BAD`), 12 (twice, in a type argument and a return type), and
    own.ts:5 (the module's own namespace)."""
    head = {"src/m.ts": QUALIFIED_MODULE.replace("export interface Gone { b: number }\n", "\n")
            .replace("export type Alias = string;\n", "\n").replace("  export type Dropped = number;\n", "\n")
            .replace("    export interface E { e: number }\n", "\n").replace(", BAD = 1", ""),
            "src/own.ts": QUALIFIED_OWN.replace("  export interface Y { y: number }\n", "\n")}
    base = {"src/m.ts": QUALIFIED_MODULE, "src/use.ts": QUALIFIED_USE, "src/own.ts": QUALIFIED_OWN}
    assert diff_keys(base, head) == [
        ("IMP103", "src/own.ts", 5, "Y"), ("IMP103", "src/use.ts", 5, "Gone"), ("IMP103", "src/use.ts", 6, "Alias"),
        ("IMP103", "src/use.ts", 8, "Dropped"), ("IMP103", "src/use.ts", 9, "Dropped"),
        ("IMP103", "src/use.ts", 10, "E"), ("IMP103", "src/use.ts", 11, "BAD"),
        ("IMP103", "src/use.ts", 12, "Gone"), ("IMP103", "src/use.ts", 12, "Gone")]


def test_a_class_that_sets_attributes_by_names_it_does_not_write_may_still_have_the_method():
    """anndata's `AnnData` sets `setattr(self, f"_{attr}", value)`: only names starting with `_`,
    so `adata.var_names_make_unique()` breaks when the method goes (pyright at lines 5 and 6, the
    same for `Any`: pyright does not read `setattr`; impact stays quiet there, where the name
    set is not written). A docstring's "vars (columns)" is no call of `vars`."""
    models = ("class Data:\n    \"\"\"Sliced along the vars (columns) axis.\"\"\"\n\n"
              "    def set(self, attr, value):\n        setattr(self, f\"_{attr}\", value)\n\n"
              "    def unique(self):\n        pass\n\n\n"
              "class Any:\n    def set(self, attr, value):\n        setattr(self, attr, value)\n\n"
              "    def unique(self):\n        pass\n")
    use = "from pkg.models import Any, Data\n\n\ndef run(d: Data, a: Any):\n    d.unique()\n    a.unique()\n"
    head = models.replace("    def unique(self):\n        pass\n", "")
    assert diff_keys({"pkg/models.py": models, "pkg/use.py": use}, {"pkg/models.py": head}) == [
        ("IMP103", "pkg/use.py", 5, "unique")]


def test_a_property_removed_from_a_python_class_is_dangling_where_an_instance_reads_it():
    """anndata's `AnnCollection.obsm` read as `self.obsm` in the class's own method. pyright:
    "Cannot access attribute" at models.py:8 and use.py 5 and 6 (reads, not calls); it reports
    the assignment (use.py:10) and the `del` (11) too, where impact stays quiet (no read)."""
    models = ("class Collection:\n    @property\n    def obsm(self):\n        return {}\n\n"
              "    def keys(self):\n        return list(self.obsm)\n")
    use = ("from pkg.models import Collection\n\n\ndef run(c: Collection):\n    c.obsm\n"
           "    return len(c.obsm)\n\n\ndef other(c: Collection):\n    c.obsm = 1\n    del c.obsm\n")
    head = models.replace("    @property\n    def obsm(self):\n        return {}\n\n", "\n\n\n\n\n")
    assert diff_keys({"pkg/models.py": models, "pkg/use.py": use}, {"pkg/models.py": head}) == [
        ("IMP103", "pkg/models.py", 8, "obsm"), ("IMP103", "pkg/use.py", 5, "obsm"),
        ("IMP103", "pkg/use.py", 6, "obsm")]


MERGED = ("export namespace A {\n  export const a = 1;\n"
          "  export namespace Inner { export const i = 1; export const j = 2; }\n}\n"
          "export namespace A {\n  export const b = 2;\n  export namespace Twice { export const x = 1; }\n}\n"
          "export namespace A {\n  export namespace Twice { export const y = 2; }\n}\n"
          "const own = A.b;\n")
MERGED_USE = "import { A } from './ns';\nA.a;\nA.b;\nA.Inner.j;\nA.Twice.x;\nA.Twice.y;\n"


def test_a_member_removed_from_a_namespace_declared_twice_in_a_module_is_dangling():
    """tsc 5.9.3, TS2339: ns.ts:12 (the module's own read), use.ts 3 (`A.b`), 4 (`A.Inner.j`, a
    namespace nested in one of the declarations) and 6 (`A.Twice.y`: `Twice`, declared in two,
    is declared in one only once the third declaration goes)."""
    head = MERGED.replace("  export const b = 2;\n", "\n").replace(" export const j = 2;", "") \
        .replace("  export namespace Twice { export const y = 2; }\n", "\n")
    assert diff_keys({"src/ns.ts": MERGED, "src/use.ts": MERGED_USE}, {"src/ns.ts": head}) == [
        ("IMP103", "src/ns.ts", 12, "b"), ("IMP103", "src/use.ts", 3, "b"), ("IMP103", "src/use.ts", 4, "j"),
        ("IMP103", "src/use.ts", 6, "y")]


def test_a_member_removed_from_a_global_namespace_that_scripts_declare_is_dangling():
    """Scripts (no import or export) merge their `namespace G` into one global. tsc 5.9.3,
    TS2339: g2.ts:4 (`G.r`, its own declaration's member) and g2.ts:5 (`G.p`, declared in
    g1.ts); nothing at g1.ts:5. A global a module's `declare global` also declares is not
    judged (its members are not read): quiet at g3.ts."""
    g1 = "namespace G {\n  export const p = 1;\n  export const q = 2;\n}\nconst gq = G.q;\n"
    g2 = "namespace G {\n  export const r = 3;\n}\nconst gr = G.r;\nconst gp = G.p;\n"
    g3 = "namespace H {\n  export const h = 1;\n}\nconst hh = H.h;\n"
    module = "export {};\ndeclare global {\n  namespace H {\n    const k: number;\n  }\n}\n"
    base = {"src/g1.ts": g1, "src/g2.ts": g2, "src/g3.ts": g3, "src/global.ts": module}
    head = {"src/g1.ts": g1.replace("  export const p = 1;\n", "\n"),
            "src/g2.ts": g2.replace("  export const r = 3;\n", "\n"),
            "src/g3.ts": g3.replace("  export const h = 1;\n", "\n")}
    assert diff_keys(base, head) == [("IMP103", "src/g2.ts", 4, "r"), ("IMP103", "src/g2.ts", 5, "p")]
    # g2.ts unchanged: checked all the same, as a script declaring the namespace g1.ts changed
    assert diff_keys(base, {"src/g1.ts": head["src/g1.ts"]}) == [("IMP103", "src/g2.ts", 5, "p")]


OVERLOADED = ("export function pick(a: string): string;\nexport function pick(a: string, b: number): string;\n"
              "export function pick(a: string, b?: number): string { return a + (b ?? 0); }\n"
              "export class Store {\n  get(key: string): string;\n  get(key: string, fallback: string): string;\n"
              "  get(key: string, fallback?: string): string { return fallback ?? key; }\n"
              "  put(v: number): void;\n  put(v: string): void;\n  put(v: number | string): void {}\n}\n")
OVERLOADED_USE = ("import { pick, Store } from './lib';\npick('a');\npick('a', 1);\nconst s = new Store();\n"
                  "s.get('k');\ns.get('k', 'f');\ns.put(1);\ns.put('x');\nexport class User {\n"
                  "  constructor(private readonly store: Store) {}\n  run() { return this.store.get('k', 'f'); }\n}\n")


def test_a_call_only_a_removed_overload_took_by_its_argument_count_breaks():
    """anthropic-sdk's `download` shape. tsc 5.9.3: TS2554 at use.ts 3 (`pick('a', 1)`), 6
    (`s.get('k', 'f')`) and 11 (through a parameter property typed `Store`); TS2345 at use.ts:8
    (`s.put('x')`: the overload left takes one argument, of another type; impact does not read
    types: quiet)."""
    head = OVERLOADED.replace("export function pick(a: string, b: number): string;\n", "\n") \
        .replace("  get(key: string, fallback: string): string;\n", "\n").replace("  put(v: string): void;\n", "\n")
    assert diff_keys({"src/lib.ts": OVERLOADED, "src/use.ts": OVERLOADED_USE}, {"src/lib.ts": head}) == [
        ("IMP202", "src/use.ts", 3, "pick"), ("IMP202", "src/use.ts", 6, "Store.get"),
        ("IMP202", "src/use.ts", 11, "Store.get")]


def test_a_well_known_symbol_member_leaves_a_class_s_other_members_known():
    """luma.gl's `Resource` declares `get [Symbol.toStringTag]()`: no name reaches it, so
    `this.destroy()` is judged once `destroy` goes (tsc 5.9.3: TS2339 at lines 4 and 9); a
    member whose name is computed otherwise (`['dyn' + 1]()`) may be any name: quiet at 9."""
    classes = ("export class Res {\n  get [Symbol.toStringTag](): string { return 'r'; }\n  destroy(): void {}\n"
               "  close(): void { this.destroy(); }\n}\nexport class Keyed {\n  ['dyn' + 1](): void {}\n"
               "  destroy(): void {}\n  close(): void { this.destroy(); }\n}\n")
    head = classes.replace("  destroy(): void {}\n", "\n")
    assert diff_keys({"src/a.ts": classes}, {"src/a.ts": head}) == [("IMP103", "src/a.ts", 4, "destroy")]


def test_a_method_removed_from_a_typescript_class_breaks_calls_on_a_parameter_typed_with_it():
    """tsc 5.9.3: TS2339 at use.ts 2 (`b: Buffer`), 3 (`b?: Buffer`), 4 (assigned again) and 5
    (an arrow function's parameter). impact: 2, 3 (an optional parameter read through `?.`,
    since session 45) and 5; quiet where the function assigns it (it may then hold a
    subclass's instance, as tsc narrows it)."""
    use = ("import { Buffer } from './res';\nexport function free(b: Buffer) { b.destroy(); }\n"
           "export function maybe(b?: Buffer) { b?.destroy(); }\n"
           "export function again(b: Buffer) { b = new Buffer(); b.destroy(); }\n"
           "export const arrow = (b: Buffer) => b.destroy();\n")
    base = {"src/res.ts": "export class Buffer {\n  destroy(): void {}\n}\n", "src/use.ts": use}
    assert diff_keys(base, {"src/res.ts": "export class Buffer {\n\n}\n"}) == [
        ("IMP103", "src/use.ts", 2, "destroy"), ("IMP103", "src/use.ts", 3, "destroy"),
        ("IMP103", "src/use.ts", 5, "destroy")]


def test_a_method_removed_from_a_class_breaks_calls_through_an_attribute_typed_with_it():
    """disnake's `self.http.get_default_soundboard_sounds()`. pyright 1.1.414: "Cannot access
    attribute" at client.py 16 (`self.http: HTTPClient = ...`), 17 (`self.made =
    HTTPClient()`), 18 (`twice`, assigned an `Other` too: pyright reports the union's
    `HTTPClient`; impact since session 46) and 19 (`cache: HTTPClient` in the class body)."""
    http = ("class HTTPClient:\n    def get(self):\n        return 1\n\n    def sounds(self):\n        return 2\n\n\n"
            "class Other:\n    def sounds(self):\n        return 3\n")
    client = ("from pkg.http import HTTPClient, Other\n\n\nclass Client:\n    cache: HTTPClient\n\n"
              "    def __init__(self):\n        self.http: HTTPClient = HTTPClient()\n"
              "        self.made = HTTPClient()\n        self.twice = HTTPClient()\n\n"
              "    def reset(self):\n        self.twice = Other()\n\n    def run(self):\n"
              "        self.http.sounds()\n        self.made.sounds()\n        self.twice.sounds()\n"
              "        return self.cache.sounds()\n")
    head = http.replace("    def sounds(self):\n        return 2\n", "\n\n", 1)
    assert diff_keys({"pkg/http.py": http, "pkg/client.py": client}, {"pkg/http.py": head}) == [
        ("IMP103", "pkg/client.py", 16, "sounds"), ("IMP103", "pkg/client.py", 17, "sounds"),
        ("IMP103", "pkg/client.py", 18, "sounds"), ("IMP103", "pkg/client.py", 19, "sounds")]


def test_a_python_class_attribute_enum_member_or_method_removed_is_dangling_where_its_module_reads_it():
    """pyright 1.1.414, "Cannot access attribute": m.py 17 (`Color.RED`), 18 (`Limits.MAX`), 19
    (`Limits.make()`); at 24 it reports `MAX` of a local `object` (in base too: no finding)."""
    module = ("from enum import Enum\n\n\nclass Color(Enum):\n    RED = 1\n    BLUE = 2\n\n\n"
              "class Limits:\n    MAX = 10\n\n    @classmethod\n    def make(cls):\n        return cls()\n\n\n"
              "FAVOURITE = Color.RED\nTOP = Limits.MAX\nmade = Limits.make()\n\n\n"
              "def shadow():\n    Limits = object()\n    return Limits.MAX\n")
    head = module.replace("    RED = 1\n", "\n").replace("    MAX = 10\n", "\n") \
        .replace("    def make(cls):\n", "    def _unused(cls):\n")
    assert diff_keys({"pkg/m.py": module}, {"pkg/m.py": head}) == [
        ("IMP103", "pkg/m.py", 17, "RED"), ("IMP103", "pkg/m.py", 18, "MAX"), ("IMP103", "pkg/m.py", 19, "make")]
