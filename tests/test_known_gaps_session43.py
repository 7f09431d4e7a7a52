"""Gaps session 43 left in member uses (benchmarks/RESULTS.md, "Known gaps of session 43"):
receivers typed by an attribute or property a base class of another module declares, whose
class's members may come from its own bases in other modules; declared return types of async
functions, methods, getters and arrow functions; narrowing joined with a construction; chains
of typed members. Each expectation was checked with tsc 5.9.3 (`strict`, `moduleResolution:
bundler`) or pyright 1.1.414 on the same tree."""

from __future__ import annotations

from conftest import diff_keys

PY_READER = ("class StreamReader:\n    def read_to_eof(self):\n        return b\"\"\n\n"
             "    def kept(self):\n        return 1\n\n\n"
             "class Other:\n    def read_to_eof(self):\n        return b\"\"\n")
PY_PROTOCOL = ("from pkg.models import StreamReader, Other\n\n\n"
               "class Protocol:\n    annotated: StreamReader\n\n"
               "    def __init__(self, given: StreamReader, loose=None):\n"
               "        self.reader = StreamReader()\n        self.stored = given\n"
               "        self.annotated = StreamReader()\n        self.twice = StreamReader()\n"
               "        self.loose = loose\n\n"
               "    def reset(self):\n        self.twice = Other()\n\n\n"
               "class Overriding(Protocol):\n    def __init__(self):\n"
               "        super().__init__(StreamReader())\n        self.reader = Other()\n")
PY_CLIENT = ("from pkg.base import Protocol, Overriding\n\nfrom pkg.models import Other\n\n\n"
             "class ClientProtocol(Protocol):\n    def go(self):\n"
             "        self.reader.read_to_eof()\n        self.reader.kept()\n"
             "        data = self.reader.read_to_eof\n        self.stored.read_to_eof()\n"
             "        self.annotated.read_to_eof()\n        self.twice.read_to_eof()\n"
             "        self.loose.read_to_eof()\n        return data\n\n\n"
             "class Deeper(ClientProtocol):\n    def go(self):\n        return self.reader.read_to_eof()\n\n\n"
             "class Mine(Overriding):\n    def go(self):\n        return self.reader.read_to_eof()\n\n\n"
             "class Dotted(Protocol):\n    def go(self):\n        return self.reader.read_to_eof()\n\n\n"
             "class Shadows(Protocol):\n    @property\n    def reader(self):\n        return Other()\n\n"
             "    def go(self):\n        return self.reader.read_to_eof()\n\n\n"
             "def use(client: ClientProtocol):\n    client.reader.read_to_eof()\n"
             "    made = ClientProtocol(None)\n    return made.reader.read_to_eof()\n")


def test_a_method_removed_breaks_uses_through_an_attribute_a_base_class_of_another_module_assigns():
    """pyright 1.1.414, reportAttributeAccessIssue at client.py 8, 10, 11 (`self.stored`, a
    stored annotated parameter), 12 (annotated in the body), 20 (two bases up), 30, 43 (an
    annotated parameter's attribute), 45 (a new instance's); and at 13, `self.twice`, assigned
    `StreamReader()` and `Other()` (pyright joins them and reports the first: not judged, the
    class is not certain). Quiet at 9 (`kept`), 14 (`loose`, unannotated), 25 (`Overriding`
    assigns `Other()` to `reader`, which has the method), 39 (a property of the subclass).
    The base is named `Protocol` as websockets' is: a class of the repository, not typing's."""
    head = PY_READER.replace("    def read_to_eof(self):\n        return b\"\"\n\n    def kept",
                             "    def kept", 1)
    assert diff_keys({"pkg/__init__.py": "", "pkg/models.py": PY_READER, "pkg/base.py": PY_PROTOCOL,
                      "pkg/client.py": PY_CLIENT}, {"pkg/models.py": head}) == [
        ("IMP103", "pkg/client.py", line, "read_to_eof") for line in (8, 10, 11, 12, 20, 30, 43, 45)]


TS_CORE = ("export abstract class APIClient {\n  post(path: string): string { return path; }\n"
           "  get(path: string): string { return path; }\n}\n")
TS_INDEX = ("import * as Core from './core';\nimport * as API from './resources/index';\n"
            "export class Mux extends Core.APIClient {\n  files: API.Files = new API.Files(this);\n}\n"
            "export namespace Mux {\n  export import Files = API.Files;\n}\nexport default Mux;\n")
TS_RESOURCE = ("import type { Mux } from './index';\nexport class APIResource {\n  protected _client: Mux;\n"
               "  constructor(client: Mux) {\n    this._client = client;\n  }\n}\n")
TS_FILES = ("import { APIResource } from '../resource';\nexport class Files extends APIResource {\n"
            "  create(): string {\n    return this._client.post('/x');\n  }\n"
            "  list(): string {\n    return this._client.get('/x');\n  }\n}\n")


def test_a_method_removed_from_a_base_breaks_calls_through_a_property_a_base_of_another_file_declares():
    """tsc 5.9.3, TS2339 at resources/files.ts 4: `this._client.post` where `_client: Mux` is
    declared by the base `APIResource` (resource.ts), `Mux` (merged with a namespace, which
    adds statics only) extends `APIClient` (core.ts), which lost `post`. files.ts imports
    neither core.ts nor index.ts: the change reaches it through the property's class."""
    assert diff_keys({"src/core.ts": TS_CORE, "src/index.ts": TS_INDEX, "src/resource.ts": TS_RESOURCE,
                      "src/resources/files.ts": TS_FILES,
                      "src/resources/index.ts": "export { Files } from './files';\n"},
                     {"src/core.ts": TS_CORE.replace("  post(path: string): string { return path; }\n", "")}
                     ) == [("IMP103", "src/resources/files.ts", 4, "post")]


PY_MODEL = "class Model:\n    def shared(self):\n        return 1\n\n    def kept(self):\n        return 2\n"
PY_MAKERS = ("import functools\nfrom pkg.models import Model\n\n\nasync def later() -> Model:\n"
              "    return Model()\n\n\nasync def unannotated():\n    return Model()\n\n\n"
              "class Factory:\n    def make(self) -> Model:\n        return Model()\n\n"
              "    @classmethod\n    def create(cls) -> \"Factory\":\n        return cls()\n\n"
              "    @staticmethod\n    def build() -> Model:\n        return Model()\n\n"
              "    @functools.cache\n    def cached(self) -> Model:\n        return Model()\n\n"
              "    def shared(self):\n        return 0\n\n    def inside(self):\n"
              "        m = self.make()\n        m.shared()\n        f = Factory.create()\n"
              "        return f.make()\n\n\nclass Collection:\n    @classmethod\n"
              "    def from_module(cls) -> \"Collection\":\n        return cls()\n\n"
              "    def shared(self):\n        return 1\n")
PY_MADE_USES = ("from pkg.make import later, unannotated, Factory, Collection\nfrom pkg import make\n\n"
              "\nasync def go():\n    a = await later()\n    a.shared()\n"
              "    b = await unannotated()\n    b.shared()\n    c = await make.later()\n"
              "    c.shared()\n    (await later()).shared()\n\n\ndef sync():\n    f = Factory()\n"
              "    m = f.make()\n    m.shared()\n    s = Factory.build()\n    s.shared()\n"
              "    k = f.cached()\n    k.shared()\n    coll = Collection.from_module()\n"
              "    coll.shared()\n    Factory().make().shared()\n    Factory.build().kept()\n\n\n"
              "def not_awaited():\n    n = later()\n    return n.shared\n")


def test_a_method_removed_breaks_uses_through_awaited_functions_and_methods_declaring_the_class():
    """pyright 1.1.414, reportAttributeAccessIssue at make.py 34 (`m = self.make()`, `def
    make(self) -> Model`) and use.py 7 (`a = await later()`, `async def later() -> Model`), 11
    (`await make.later()`), 12 (`(await later()).shared()`), 18 (`m = f.make()` with `f =
    Factory()`), 20 (a staticmethod's), 22 (a method decorated with `functools.cache`, judged
    since session 45), 25 (`Factory().make().shared()`); and at 9, whose type pyright infers
    (an unannotated async function): not judged. Quiet at 26 (`kept`) and at 31, `later()` not awaited
    (a coroutine, which pyright reports before and after). With `Collection.shared` removed
    instead: 24, `coll = Collection.from_module()`, a classmethod declaring `-> "Collection"`."""
    base = {"pkg/__init__.py": "", "pkg/models.py": PY_MODEL, "pkg/make.py": PY_MAKERS, "pkg/use.py": PY_MADE_USES}
    head = PY_MODEL.replace("    def shared(self):\n        return 1\n\n", "")
    assert diff_keys(base, {"pkg/models.py": head}) == [("IMP103", "pkg/make.py", 34, "shared")] + [
        ("IMP103", "pkg/use.py", line, "shared") for line in (7, 11, 12, 18, 20, 22, 25)]
    head = PY_MAKERS.replace("        return cls()\n\n    def shared(self):\n        return 1\n", "        return cls()\n")
    assert diff_keys(base, {"pkg/make.py": head}) == [("IMP103", "pkg/use.py", 24, "shared")]


TS_SVC = "export class Svc {\n  run(): number { return 1; }\n  kept(): number { return 2; }\n}\n"
TS_MAKERS = ("import { Svc } from './svc';\n"
              "export async function later(): Promise<Svc> { return new Svc(); }\n"
              "export function promised(): Promise<Svc> { return Promise.resolve(new Svc()); }\n"
              "export async function inferred() { return new Svc(); }\n"
              "export const arrow = (): Svc => new Svc();\n"
              "export const asyncArrow = async (): Promise<Svc> => new Svc();\n"
              "export let loose = (): Svc => new Svc();\n"
              "export const expr = function (): Svc { return new Svc(); };\nexport class Holder {\n"
              "  private _svc = new Svc();\n  get svc(): Svc { return this._svc; }\n"
              "  set svc(v: Svc) { this._svc = v; }\n  get untyped() { return this._svc; }\n"
              "  use(): number { return this.svc.run() + this.untyped.run(); }\n}\n")
TS_SUB = ("import { Holder } from './make';\nexport class Sub extends Holder {\n"
              "  go(): number { return this.svc.run(); }\n}\n")
TS_MADE_USES = ("import { later, promised, inferred, arrow, asyncArrow, loose, expr } from './make';\n"
              "async function f() {\n  const a = await later();\n  a.run();\n"
              "  const b = await promised();\n  b.run();\n  const c = await inferred();\n  c.run();\n"
              "  const d = arrow();\n  d.run();\n  const e = await asyncArrow();\n  e.run();\n"
              "  (await later()).run();\n  const g = loose();\n  g.run();\n  const h = expr();\n"
              "  h.run();\n  arrow().run();\n  const k = await later();\n  k.kept();\n}\nexport { f };\n")


def test_a_method_removed_breaks_typescript_uses_through_promises_arrow_functions_and_getters():
    """tsc 5.9.3, TS2339 at make.ts 14 (`this.svc.run()`, `get svc(): Svc` beside its setter),
    sub.ts 3 (the getter of a base class in another file), use.ts 4 (`await later()`, `async
    ...: Promise<Svc>`), 6 (not async, `): Promise<Svc>`), 10 (`const arrow = (): Svc =>`), 12
    (an async arrow function), 13 (`(await later()).run()`), 15 (`let`: its type is the arrow
    function's), 17 (a function expression), 18 (`arrow().run()`), 8 (`async function
    inferred()` returning `new Svc()`, session 46); and at make.ts 14's `this.untyped.run()`,
    a getter whose type tsc infers from a property: not judged. Quiet at 20 (`kept`)."""
    head = TS_SVC.replace("  run(): number { return 1; }\n", "")
    assert diff_keys({"src/svc.ts": TS_SVC, "src/make.ts": TS_MAKERS, "src/sub.ts": TS_SUB,
                      "src/use.ts": TS_MADE_USES}, {"src/svc.ts": head}) == [
        ("IMP103", "src/make.ts", 14, "run"), ("IMP103", "src/sub.ts", 3, "run")] + [
        ("IMP103", "src/use.ts", line, "run") for line in (4, 6, 8, 10, 12, 13, 15, 17, 18)]


PY_ARGUMENT = ("class Argument:\n    def __init__(self, *names):\n        self.names = names\n\n"
               "    def nicknames(self):\n        return self.names[1:]\n\n    def kept(self):\n"
               "        return 1\n\n\nclass Other:\n    def nicknames(self):\n        return ()\n")
PY_JOINED = ("from pkg.models import Argument, Other\n\n\ndef add(*args):\n"
               "    if len(args) == 1 and isinstance(args[0], Argument):\n        arg = args[0]\n"
               "    else:\n        arg = Argument(*args)\n    arg.nicknames()\n    arg.kept()\n\n\n"
               "def ternary(*args):\n"
               "    arg = args[0] if isinstance(args[0], Argument) else Argument(*args)\n"
               "    return arg.nicknames()\n\n\ndef negated(x):\n"
               "    arg = Argument(x) if not isinstance(x, Argument) else x\n    return arg.nicknames()\n"
               "\n\ndef both(flag):\n    if flag:\n        made = Argument(\"a\")\n    else:\n"
               "        made = Argument(\"b\")\n    return made.nicknames()\n\n\ndef differ(flag):\n"
               "    if flag:\n        made = Argument(\"a\")\n    else:\n        made = Other()\n"
               "    return made.nicknames()\n\n\ndef unknown(x, flag):\n    if flag:\n"
               "        made = Argument(\"a\")\n    else:\n        made = x\n    return made.nicknames()\n"
               "\n\ndef orred(x):\n    if isinstance(x, Argument) or x is None:\n        arg = x\n"
               "    else:\n        arg = Argument(x)\n    return arg.nicknames()\n\n\ndef rebound(x, y):\n"
               "    if isinstance(x, Argument):\n        x = y\n        arg = x\n    else:\n"
               "        arg = Argument(x)\n    return arg.nicknames()\n")


def test_a_method_removed_breaks_uses_of_a_name_every_branch_makes_an_instance_of_one_class():
    """pyright 1.1.414, reportAttributeAccessIssue at use.py 9 (`arg = args[0]` under `len(args)
    == 1 and isinstance(args[0], Argument)`, `arg = Argument(*args)` in the `else:`, invoke's
    parser/context.py), 15 (`args[0] if isinstance(args[0], Argument) else Argument(*args)`), 20
    (`not isinstance`), 28 (`Argument(...)` in both branches), 36 (`Argument | Other`, judged
    since session 45: tests/test_known_gaps_session44.py); and at 44 (`Argument` or a
    parameter), 52 (`isinstance(...) or x is None`), 61 (`x` bound again before `arg = x`),
    where a branch gives a class not known: not judged. Quiet at 10 (`kept`)."""
    head = PY_ARGUMENT.replace("    def nicknames(self):\n        return self.names[1:]\n\n", "")
    assert diff_keys({"pkg/__init__.py": "", "pkg/models.py": PY_ARGUMENT, "pkg/use.py": PY_JOINED},
                     {"pkg/models.py": head}) == [
        ("IMP103", "pkg/use.py", line, "nicknames") for line in (9, 15, 20, 28, 36)]


TS_COLLECTION = ("export class TreeCollection<T> {\n  items: T[] = [];\n"
               "  getKeyBefore(key: string): string | null { return key; }\n"
               "  kept(): number { return 1; }\n}\nexport interface TreeState<T> {\n"
               "  collection: TreeCollection<T>;\n  expandedKeys: Set<string>;\n}\n"
               "export interface Shape {\n  getKeyBefore(key: string): string | null;\n  size: number;\n"
               "}\nexport class Holder<T> {\n  collection: TreeCollection<T> = new TreeCollection<T>();\n"
               "}\n")
TS_DELEGATE = ("import { TreeCollection, TreeState, Shape, Holder } from './coll';\n"
               "export class Delegate<T> {\n  private state: TreeState<T> | null = null;\n"
               "  private holder: Holder<T> | null = null;\n"
               "  private direct: Holder<T> = new Holder<T>();\n  private shape: Shape | null = null;\n"
               "  go(key: string): void {\n    this.state!.collection.getKeyBefore(key);\n"
               "    this.holder!.collection.getKeyBefore(key);\n"
               "    this.direct.collection.getKeyBefore(key);\n    this.direct.collection.kept();\n"
               "    this.shape!.getKeyBefore(key);\n  }\n}\n"
               "export function f(s: TreeState<string>, c: TreeCollection<string>, sh: Shape): void {\n"
               "  s.collection.getKeyBefore('x');\n  c.getKeyBefore('x');\n  sh.getKeyBefore('x');\n}\n"
               "export interface Ext extends Shape { more: number }\n"
               "export interface Opt { shape?: Shape; later: Shape | undefined }\n"
               "export type Alias = { getKeyBefore(key: string): string | null; size: number };\n"
               "export function g(e: Ext, o: Opt, a: Alias, d: Delegate<string>): void {\n"
               "  e.getKeyBefore('x');\n  o.shape?.getKeyBefore('x');\n  o.later!.getKeyBefore('x');\n"
               "  a.getKeyBefore('x');\n"
               "  const local: Shape = { getKeyBefore: (k: string) => k, size: 1 };\n"
               "  local.getKeyBefore('x');\n}\n")


def test_a_member_removed_breaks_uses_through_chains_of_typed_members_and_interface_receivers():
    """tsc 5.9.3, TS2339 at delegate.ts 8 (`this.state!.collection.getKeyBefore(...)`, `state:
    TreeState<T> | null` through `!`, then the interface member `collection:
    TreeCollection<T>`: react-aria-components' TreeDropTargetDelegate.ts), 9 and 10 (a class's
    property through a property), 12 (`this.shape!`, an interface), 16 (a parameter's interface
    member), 17, 18 and 24 (`Ext extends Shape`). With only the interface `Shape`'s
    `getKeyBefore` and the type alias `Alias`'s removed: 12, 18, 24 (`Ext extends Shape`: an
    interface extending another, judged since session 45) and 27, and at 25 (`?.` of an
    optional property), 26 (`Shape | undefined`, a property of an interface), 28 (TS2353, an
    object literal), 29 (a declarator annotated with the type): not judged."""
    head = TS_COLLECTION.replace("  getKeyBefore(key: string): string | null { return key; }\n", "", 1)
    head = head.replace("  getKeyBefore(key: string): string | null;\n", "", 1)
    base = {"src/coll.ts": TS_COLLECTION, "src/delegate.ts": TS_DELEGATE}
    assert diff_keys(base, {"src/coll.ts": head}) == [
        ("IMP103", "src/delegate.ts", line, "getKeyBefore") for line in (8, 9, 10, 12, 16, 17, 18, 24)]
    alias = "export type Alias = { getKeyBefore(key: string): string | null; size: number };"
    assert diff_keys(base, {"src/coll.ts": TS_COLLECTION.replace("  getKeyBefore(key: string): string | null;\n", ""),
                            "src/delegate.ts": TS_DELEGATE.replace(alias, "export type Alias = { size: number };")}
                     ) == [("IMP103", "src/delegate.ts", line, "getKeyBefore") for line in (12, 18, 24, 27)]


def test_a_base_class_of_the_repository_named_like_typings_protocol_gives_its_constructor():
    """pyright 1.1.414: `ClientProtocol(1)` fits `Protocol.__init__(self, side)`, the base of
    the repository named `Protocol` (websockets' sans-I/O base), and `ClientProtocol(1, 2)` is
    reportCallIssue at 9. Before, a base written `Protocol` was taken for typing's and the class
    was called as object's: a false IMP202 at 5."""
    base = {"pkg/__init__.py": "",
            "pkg/base.py": "class Protocol:\n    def __init__(self, side):\n        self.side = side\n",
            "pkg/client.py": "from pkg.base import Protocol\n\n\nclass ClientProtocol(Protocol):\n    pass\n",
            "pkg/use.py": "from pkg.client import ClientProtocol\n\n\ndef run():\n    return 1\n"}
    use = ("from pkg.client import ClientProtocol\n\n\ndef run():\n    return ClientProtocol(1)\n\n\n"
           "def extra():\n    return ClientProtocol(1, 2)\n")
    assert diff_keys(base, {"pkg/use.py": use}) == [("IMP202", "pkg/use.py", 9, "ClientProtocol")]
