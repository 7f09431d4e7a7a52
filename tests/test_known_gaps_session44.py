"""Gaps session 44 left in member uses (benchmarks/RESULTS.md, "Known gaps of session 44"):
joins of two classes, declared returns of nested functions and decorated methods, interfaces
extending interfaces, awaited methods and optional chains. Each expectation was checked with
pyright 1.1.414 or tsc 5.9.3 (`strict`, `moduleResolution: bundler`) on the same tree."""

from __future__ import annotations

from conftest import diff_keys

PY_JOINED = ("class A:\n    def only_a(self):\n        return 1\n\n"
             "    def shared(self):\n        return 2\n\n"
             "    def both(self):\n        return 3\n\n\n"
             "class B:\n    def shared(self):\n        return 4\n\n    def both(self):\n        return 5\n")
PY_JOIN_USE = '''from pkg.models import A, B


def conditional(c: bool):
    x = A() if c else B()
    x.shared()
    x.both()


def branches(c: bool, d: bool):
    if c:
        y = A()
    elif d:
        y = B()
    else:
        y = A()
    y.shared()
    y.both()


def sequential():
    z = B()
    z.both()
    z = A()
    z.shared()


def without_else(c: bool):
    u = A()
    if c:
        u = B()
    u.shared()


def unknown(c: bool, other):
    t = A() if c else other
    t.shared()
    s = A() if c else None
    if s is not None:
        s.shared()


def narrowed(c: bool):
    w = A() if c else B()
    if isinstance(w, B):
        return
    w.shared()


def nested_binding(c: bool, d: bool):
    if c:
        v = A()
    else:
        v = B()
        if d:
            v = A()
    v.shared()


def loop(c: bool):
    r = A()
    for _ in range(3):
        r.shared()
        r = B()


def unpacked(c: bool):
    q = A()
    q.shared()
    q, _ = B(), 1
    q.shared()


def captured(c: bool):
    p = A() if c else B()

    def inner():
        return p.shared()
    return inner
'''
A_SHARED = "    def shared(self):\n        return 2\n\n"
B_SHARED = "    def shared(self):\n        return 4\n\n"


def _joined(removed: tuple[str, ...]) -> list[tuple]:
    head = PY_JOINED
    for member in removed:
        head = head.replace(member, "", 1)
    return diff_keys({"pkg/__init__.py": "", "pkg/models.py": PY_JOINED, "pkg/use.py": PY_JOIN_USE},
                     {"pkg/models.py": head})


def test_a_member_removed_from_one_class_of_a_join_breaks_uses_of_the_union():
    """pyright 1.1.414 reports a member the union `A | B` lacks on either side
    (reportAttributeAccessIssue for the class that lacks it). `A.shared` removed: 6 (the
    conditional expression), 17 (the three branches of an `if`/`elif`/`else`), 25 (`z = A()`
    after `z = B()`, straight on), 69 (`q = A()` before `q, _ = B(), 1`), 78 (a name bound once
    to the join, read in a nested function), and since session 46 32 (an `if` without `else`)
    and 57 (a branch binding again in a nested block); pyright also at 37 (`A | Unknown`), 40
    (`is not None`), 47 (`isinstance(w, B)` then `return`), 63 (a later binding in the loop):
    not judged (quiet)."""
    assert _joined((A_SHARED,)) == [("IMP103", "pkg/use.py", line, "shared")
                                    for line in (6, 17, 25, 32, 57, 69, 78)]


def test_a_member_removed_from_the_other_class_of_a_join_or_from_both():
    """`B.shared` removed: pyright at 6, 17, 32, 57, 78 (and 63, 71: not judged); removed from
    both classes: both sides at 6, 17, 32, 57, 78, the single class at 25 and 69."""
    assert _joined((B_SHARED,)) == [("IMP103", "pkg/use.py", line, "shared") for line in (6, 17, 32, 57, 78)]
    both = _joined((A_SHARED, B_SHARED))
    assert sorted(set(both)) == [("IMP103", "pkg/use.py", line, "shared")
                                 for line in (6, 17, 25, 32, 57, 69, 78)]
    assert len(both) == 12  # 6, 17, 32, 57 and 78 once for each class


PY_MODEL = "class Model:\n    def shared(self):\n        return 1\n\n    def kept(self):\n        return 2\n"
PY_OWN_CACHE = "def cache(function):\n    return function\n"
PY_OTHER = ("from pkg.caching import cache\nfrom pkg.models import Model\n\n\n@cache\n"
            "def made() -> Model:\n    return Model()\n\n\nmade().shared()\n")
PY_DECLARED = '''import functools
from functools import cache, lru_cache

from pkg.models import Model


def deco(f):
    return f


class Factory:
    @staticmethod
    def static() -> Model:
        return Model()

    @classmethod
    def klass(cls) -> "Model":
        return Model()

    @functools.cache
    def cached(self) -> Model:
        return Model()

    @lru_cache(maxsize=None)
    def lru(self) -> Model:
        return Model()

    @property
    def prop(self) -> Model:
        return Model()

    @functools.cached_property
    def cprop(self) -> Model:
        return Model()

    @deco
    def decorated(self) -> Model:
        return Model()

    def use(self):
        a = self.cached()
        a.shared()
        self.lru().shared()
        self.prop.shared()
        b = self.prop
        b.shared()
        self.cprop.shared()
        self.decorated().shared()
        return a


@cache
def settings() -> Model:
    return Model()


def outer():
    def instantiate() -> "Model":
        return Model()

    async def later() -> Model:
        return Model()

    c = instantiate()
    c.shared()
    instantiate().shared()
    f = Factory()
    f.prop.shared()
    settings().shared()
    s = settings()
    s.shared()
    Factory.static().shared()
    return c, later


def typed(f: Factory):
    f.prop.shared()
    return f.cached().shared()


class Loose:
    @property
    def maybe(self) -> Model | None:
        return None

    @property
    def untyped(self):
        return Model()

    def go(self):
        self.maybe.shared()
        return self.untyped.shared()


def more():
    from pkg.caching import cache as own_cache

    @own_cache
    def mine() -> Model:
        return Model()

    async def later() -> Model:
        return Model()

    async def run():
        (await later()).shared()
        pending = later()
        return pending

    def rebound() -> Model:
        return Model()

    rebound = deco(rebound)
    mine().shared()
    rebound().shared()
    return run
'''


def test_a_method_removed_breaks_uses_through_decorated_methods_properties_and_nested_functions():
    """pyright 1.1.414, reportAttributeAccessIssue at use.py 42 (`a = self.cached()`,
    `@functools.cache`), 43 (`self.lru().shared()`, `@lru_cache(maxsize=None)`), 44 and 46 (a
    `@property` declaring `-> Model`), 47 (`@functools.cached_property`), 65 and 66 (a function
    nested in another, `-> "Model"`: invoke's collection.py `instantiate`), 68 and 77 (a property
    of an instance), 69 and 71 (`@cache` from functools), 72 (a staticmethod), 106 (`await` of
    a nested async function). pyright also at 48, 114, 115 and other.py 10 (decorators of the
    repository, whose results pyright infers: not judged), 78 (`f.cached()` of a parameter: a
    method's result through a parameter, not followed), 91 (a property `-> Model | None`) and
    92 (an unannotated property, inferred): quiet."""
    files = {"pkg/__init__.py": "", "pkg/models.py": PY_MODEL, "pkg/caching.py": PY_OWN_CACHE,
             "pkg/use.py": PY_DECLARED, "pkg/other.py": PY_OTHER}
    head = PY_MODEL.replace("    def shared(self):\n        return 1\n\n", "")
    assert diff_keys(files, {"pkg/models.py": head}) == [
        ("IMP103", "pkg/use.py", line, "shared")
        for line in (42, 43, 44, 46, 47, 65, 66, 68, 69, 71, 72, 77, 106)]


TS_SHAPES = ("export interface Base {\n  m(): number;\n  kept(): number;\n}\n"
             "export interface Mid extends Base {\n  mid(): number;\n}\n"
             "export interface Leaf extends Mid {\n  leaf: number;\n}\n"
             "export interface Generic<T> extends Base {\n  value: T;\n}\n"
             "export class Impl implements Mid {\n  m(): number { return 1; }\n"
             "  kept(): number { return 2; }\n"
             "  mid(): number { return 3; }\n}\n"
             "export interface Open extends Base {\n  [key: string]: unknown;\n}\n"
             "export interface Outer extends Array<number> {\n  extra: number;\n}\n")
TS_SHAPE_USES = ("import { Mid, Leaf, Generic, Impl, Open, Base } from './shapes';\n"
                 "export function f(a: Mid, b: Leaf, c: Generic<string>, d: Impl, e: Open, g: Base): void {\n"
                 "  a.m();\n  b.m();\n  c.m();\n  d.m();\n  e.m;\n  g.m();\n  a.kept();\n}\n"
                 "export class Holder {\n  private mid: Mid | null = null;\n"
                 "  go(): void {\n    this.mid!.m();\n"
                 "  }\n}\nexport const pick = ({ m, kept }: Mid): number => m() + kept();\n")


def test_a_member_removed_from_an_interface_breaks_uses_through_the_interfaces_extending_it():
    """tsc 5.9.3, TS2339 at use.ts 3 (`a: Mid`, `Mid extends Base`), 4 (two levels), 5
    (`Generic<T> extends Base`), 8 (`Base` itself), 14 (`this.mid!` of a class), 17 (a
    destructuring of `Mid`). Quiet at 6 (`Impl implements Mid` declares `m` itself), 7 (an
    index signature), 9 (`kept`). With `m` moved from `Base` to `Mid`: 5 and 8 only."""
    base = {"src/shapes.ts": TS_SHAPES, "src/use.ts": TS_SHAPE_USES}
    head = TS_SHAPES.replace("  m(): number;\n", "", 1)
    assert diff_keys(base, {"src/shapes.ts": head}) == [
        ("IMP103", "src/use.ts", line, "m") for line in (3, 4, 5, 8, 14, 17)]
    moved = head.replace("  mid(): number;\n", "  mid(): number;\n  m(): number;\n", 1)
    assert diff_keys(base, {"src/shapes.ts": moved}) == [
        ("IMP103", "src/use.ts", line, "m") for line in (5, 8)]


TS_REPO = """export class Item {
  m(): number { return 1; }
  kept(): number { return 2; }
}
export class Repo {
  async find(): Promise<Item> { return new Item(); }
  load(): Promise<Item> { return Promise.resolve(new Item()); }
  make(): Item { return new Item(); }
  async loose() { return new Item(); }
  pick<T>(x: T): Item { return new Item(); }
}
export interface TreeState {
  collection: Item;
}
"""
TS_SERVICE = """import { Item, Repo, TreeState } from './models';
export class Service {
  private repo: Repo = new Repo();
  private state: TreeState | null = null;
  private maybe: Item | null = null;
  private other: Item | undefined;
  async go(): Promise<void> {
    const c = await this.repo.find();
    c.m();
    const d = await this.repo.load();
    d.m();
    const e = this.repo.make();
    e.m();
    (await this.repo.find()).m();
    const f = await this.repo.loose();
    f.m();
    const g = this.repo.find();
    void g;
    const h = this.repo.pick(1);
    h.m();
    const k = await this.own();
    k.m();
    c.kept();
  }
  async own(): Promise<Item> { return new Item(); }
  chains(): void {
    this.state?.collection.m();
    this.maybe?.m();
    this.other?.m();
    this.state?.collection?.m();
  }
}
export function params(x?: Item, y: Item | undefined = undefined, z: Item | null = null): void {
  x?.m();
  y!.m();
  z?.m();
  y.kept();
}
export async function locals(repo: Repo, maybe?: Repo): Promise<void> {
  const c = await repo.find();
  c.m();
  const r = new Repo();
  const e = r.make();
  e.m();
  const p = repo.find();
  void p;
  const q = await maybe?.find();
  void q;
}
"""


def test_a_method_removed_breaks_typescript_uses_through_awaited_methods_and_optional_chains():
    """tsc 5.9.3, TS2339 at service.ts 9 (`await this.repo.find()`, `async find():
    Promise<Item>` of a property's class), 11 (not async, `): Promise<Item>`), 13 (`): Item`),
    14 (`(await this.repo.find()).m()`), 22 (`await this.own()`, a method of the class itself),
    27 (`this.state?.collection.m()`, `state: TreeState | null`), 28 and 29 (`this.maybe?.m()`,
    `Item | null`, `Item | undefined`), 30 (`?.` twice), 34 to 36 (`x?.m()`, `y!.m()`, `z?.m()` of
    parameters `x?: Item`, `Item | undefined`, `Item | null`), and since session 46 16 (`async
    loose()`, inferred from `return new Item()`) and 20 (a generic method declaring `): Item`).
    Quiet at 18 (`this.repo.find()` not awaited), 23 (`kept`) and 37 (TS18048 `y.kept()`, possibly undefined, before and after). 41 and 44:
    `await repo.find()` of a parameter `repo: Repo`, `r.make()` of `r = new Repo()`."""
    head = TS_REPO.replace("  m(): number { return 1; }\n", "", 1)
    assert diff_keys({"src/models.ts": TS_REPO, "src/service.ts": TS_SERVICE}, {"src/models.ts": head}) == [
        ("IMP103", "src/service.ts", line, "m")
        for line in (9, 11, 13, 14, 16, 20, 22, 27, 28, 29, 30, 34, 35, 36, 41, 44)]


def test_an_interface_extending_the_librarys_iterable_keeps_its_named_members_known():
    """react-aria-components' `TreeCollection<T> extends Iterable<Node<T>>`: `Iterable` and
    `AsyncIterable` add only members keyed by symbols. tsc 5.9.3, TS2339 at use.ts 3, 4, 5;
    impact 3, 4 and since session 46 5 (`ArrayLike<number>`: `length` and a number index)."""
    coll = ("export interface Coll<T> extends Iterable<T> {\n  getKey(key: string): string;\n"
            "  size: number;\n}\nexport interface Many<T> extends Iterable<T>, AsyncIterable<T> {\n"
            "  getKey(key: string): string;\n}\n"
            "export interface Listed extends ArrayLike<number> {\n  getKey(key: string): string;\n}\n")
    use = ("import { Coll, Many, Listed } from './coll';\n"
           "export function f(c: Coll<number>, m: Many<string>, l: Listed): number {\n"
           "  c.getKey('a');\n  m.getKey('b');\n  l.getKey('c');\n  return c.size;\n}\n")
    head = coll.replace("  getKey(key: string): string;\n", "")
    assert diff_keys({"src/coll.ts": coll, "src/use.ts": use}, {"src/coll.ts": head}) == [
        ("IMP103", "src/use.ts", line, "getKey") for line in (3, 4, 5)]
