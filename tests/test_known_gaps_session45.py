"""Gaps session 45 left in member uses and calls (benchmarks/RESULTS.md, "Known gaps of
session 45"): overrides removed, joins after `try`/`with`/loops/`if` without `else`,
attributes assigned two classes, TypeScript interfaces extending library types and nullable
parameters. Each expectation was checked with pyright 1.1.414 or tsc 5.9.3 (`strict`,
`moduleResolution: bundler`) on the same tree."""

from __future__ import annotations

from conftest import diff_keys

PY_SHAPES = '''import abc


class Element(abc.ABC):
    @abc.abstractmethod
    def render(self, width: int) -> list[str]: ...

    def describe(self, *, verbose: bool) -> str:
        return ""


class Text(Element):
    def render(self, width: int | None = None) -> list[str]:
        return []

    def describe(self, *, verbose: bool = False, color: str = "") -> str:
        return ""


class Bold(Text):
    pass


class Mixin:
    def render(self) -> list[str]:
        return []


class Both(Text, Mixin):
    pass


class Shadowed(Element):
    def __init__(self) -> None:
        self.render = lambda width=0: []

    def render(self, width: int = 0) -> list[str]:
        return []
'''
PY_SHAPES_USE = '''from pkg.shapes import Bold, Both, Shadowed, Text


def use(t: Text, b: Bold):
    Text().render()
    Text().render(3)
    Text().describe(color="red")
    Text().describe(verbose=True)
    x = Text()
    x.render()
    t.render()
    b.render()
    Bold().render()
    Both().render()
    Shadowed().render()
'''
TEXT_OVERRIDES = '''    def render(self, width: int | None = None) -> list[str]:
        return []

    def describe(self, *, verbose: bool = False, color: str = "") -> str:
        return ""
'''
SHADOWED_METHOD = '''    def render(self, width: int = 0) -> list[str]:
        return []
'''


def test_a_method_override_removed_breaks_calls_that_do_not_fit_the_bases_method():
    """pyright 1.1.414 checks a call against the method it now reaches, the base's (abstract
    or not): `Text.render(width=None)` and `Text.describe(*, verbose=False, color="")` removed,
    reportCallIssue at 5 (width missing), 7 (verbose missing, no parameter `color`), 10, 11
    (a parameter `t: Text`), 12, 13 (`Bold(Text)`, which never overrode it); quiet at 6 and 8,
    which fit. pyright also at 14 (`Both(Text, Mixin)`: impact does not follow a method
    through several bases) and 15 (`Shadowed`, whose `self.render = ...` impact reads as
    shadowing the method): not judged."""
    head = PY_SHAPES.replace(TEXT_OVERRIDES, "    pass\n").replace(SHADOWED_METHOD, "")
    found = diff_keys({"pkg/__init__.py": "", "pkg/shapes.py": PY_SHAPES, "pkg/use.py": PY_SHAPES_USE},
                      {"pkg/shapes.py": head})
    assert [k for k in found if k[1] == "pkg/use.py"] == [
        ("IMP202", "pkg/use.py", line, name) for line, name in
        ((5, "Text.render"), (7, "Text.describe"), (10, "Text.render"), (11, "Text.render"),
         (12, "Text.render"), (13, "Text.render"))]


TS_SHAPES = ("export abstract class Element {\n  abstract render(width: number): string[];\n}\n\n"
             "export class Text extends Element {\n  render(width?: number): string[] {\n"
             "    return [String(width)];\n  }\n}\n")
TS_SHAPES_USE = ('import { Text } from "./shapes";\n\nexport function use(t: Text): void {\n'
                 "  new Text().render();\n  t.render();\n  t.render(3);\n}\n")


def test_a_typescript_method_override_removed_breaks_calls_that_do_not_fit_the_bases_method():
    """tsc 5.9.3: TS2554 (expected 1 argument) at use.ts 4 and 5 once `Text.render(width?)` is
    removed and `Element.render(width)` (abstract) is left; quiet at 6, which fits."""
    head = TS_SHAPES.replace("  render(width?: number): string[] {\n    return [String(width)];\n  }\n", "")
    found = diff_keys({"src/shapes.ts": TS_SHAPES, "src/use.ts": TS_SHAPES_USE}, {"src/shapes.ts": head})
    assert [k for k in found if k[1] == "src/use.ts"] == [
        ("IMP202", "src/use.ts", 4, "Text.render"), ("IMP202", "src/use.ts", 5, "Text.render")]


PY_JOINED = ("class A:\n    def shared(self):\n        return 2\n\n    def both(self):\n        return 3\n\n\n"
             "class B:\n    def shared(self):\n        return 4\n\n    def both(self):\n        return 5\n")
PY_FLOWS = """from pkg.models import A, B


def load() -> None: ...


def tried():
    x = A()
    try:
        x = B()
    except ValueError:
        pass
    x.shared()


def tried_both():
    y = A()
    try:
        load()
        y = B()
    except ValueError:
        y = A()
    y.shared()


def within(c: bool):
    z = A()
    with open("f") as f:
        z = B()
    z.shared()


def looped(items: list[int]):
    w = A()
    for _ in items:
        w = B()
    w.shared()


def while_looped(c: bool):
    v = A()
    while c:
        v = B()
    v.shared()


def without_else(c: bool):
    u = A()
    if c:
        u = B()
    u.shared()


def nested(c: bool, d: bool):
    t = A()
    if c:
        if d:
            t = B()
    t.shared()


def inside_branch(c: bool, d: bool):
    s = B()
    if c:
        s = A()
        if d:
            s.shared()


def exits(c: bool):
    r = A()
    if c:
        r = B()
        return
    r.shared()


def raised():
    q = A()
    try:
        q = B()
    except ValueError:
        raise
    q.shared()


def in_except():
    p = A()
    try:
        p = B()
    except ValueError:
        p.shared()


def with_finally():
    o = A()
    try:
        o = B()
    finally:
        print()
    o.shared()


def loop_variable(items: list[B]):
    n = A()
    for n in items:
        pass
    n.shared()


def infinite():
    m = A()
    while True:
        m = B()
        if m:
            break
    m.shared()


def straight_after_with():
    k = A()
    with open("f"):
        k = B()
        k.shared()


def stopped(c: bool):
    j = A()
    if c:
        j = B()
    else:
        return
    j.shared()


def logged(c: bool):
    i = A()
    if c:
        i = B()
        print("b")
    i.shared()


def broken(items: list[int]):
    h = A()
    for _ in items:
        h = B()
        if h:
            break
        h = A()
    h.shared()
"""
A_SHARED = "class A:\n    def shared(self):\n        return 2\n\n"
B_SHARED = "class B:\n    def shared(self):\n        return 4\n\n"


def _flows(removed: str) -> list[tuple]:
    head = PY_JOINED.replace(removed, removed.split("\n")[0] + "\n", 1)
    return diff_keys({"pkg/__init__.py": "", "pkg/models.py": PY_JOINED, "pkg/use.py": PY_FLOWS},
                     {"pkg/models.py": head})


def test_joins_after_try_with_loops_and_an_if_without_else():
    """pyright 1.1.414 joins what a `try` and its handler leave (13, 23), a loop and the
    binding before it (37 `for`, 44 `while`), the branch of an `if` without `else` and the
    binding before (51, 59 nested); a `with` leaves its body's (30, `B` only); a branch or a
    handler that stops leaves nothing (75 `return`, 84 `raise`, 133 an `else: return`).
    `A.shared` removed: reportAttributeAccessIssue at 13, 23, 37, 44, 51, 59, 67 (straight
    on), 75, 141 (`A` of `A | B`, the branch ending with a call left out: it might never
    return), and 92 (in the handler), 108 (a loop variable), 151 (`if h:` may narrow `h`): not
    judged. `B.shared` removed: 13, 23, 30, 37, 44, 51, 59, 84, 124, 133, and 101 (a `finally`
    ending with a call), 108, 117 (`while True` with `break`), 141, 151: not judged. Quiet
    where pyright is: 30, 84, 101, 117, 124, 133 for `A`; 67, 75, 92 for `B`."""
    assert _flows(A_SHARED) == [("IMP103", "pkg/use.py", line, "shared")
                                for line in (13, 23, 37, 44, 51, 59, 67, 75, 141)]
    assert _flows(B_SHARED) == [("IMP103", "pkg/use.py", line, "shared")
                                for line in (13, 23, 30, 37, 44, 51, 59, 84, 124, 133)]


PY_HOLDER = """from pkg.models import A, B


class Holder:
    def __init__(self) -> None:
        self.x = A()
        self.y = A()
        self.z = A()
        self.w: A = A()

    def reset(self) -> None:
        self.x = B()
        self.x.shared()
        self.y = B()
        self.z = None

    def use(self) -> None:
        self.x.shared()
        self.x.both()
        if isinstance(self.x, B):
            return
        self.x.shared()

    def other(self) -> None:
        self.y.shared()
        self.w.shared()
        s = self.x
        s.shared()


class Based(Holder):
    def again(self) -> None:
        self.x.shared()


def outside(h: Holder) -> None:
    h.x.shared()
    k = Holder()
    k.x.shared()
    k.x = B()
    k.x.shared()
"""


def _held(removed: str) -> list[tuple]:
    head = PY_JOINED.replace(removed, removed.split("\n")[0] + "\n", 1)
    return diff_keys({"pkg/__init__.py": "", "pkg/models.py": PY_JOINED, "pkg/holder.py": PY_HOLDER},
                     {"pkg/models.py": head})


def test_an_attribute_assigned_two_classes_in_different_methods_is_their_join():
    """pyright 1.1.414 declares `self.x = A()` in `__init__` and `self.x = B()` in `reset` as
    `A | B`, read in any method (25, `self.y`), bound (28, `s = self.x`) or through an
    instance (37, a parameter `h: Holder`); narrowed where the function assigns it (13, 41:
    `B` only) or tests it (22). `A.shared` removed: reportAttributeAccessIssue at 25, 26
    (`self.w: A`, annotated), 28, 37, and 18, 22 (a method narrowing `self.x` with
    `isinstance`), 33 (a subclass's `self.x`), 39 (a function that assigns `k.x` later): not
    judged. `B.shared` removed: 25, 28, 37, and 13, 18, 33, 39, 41 not judged. Quiet where
    pyright is: 26 for `B`, 41 for `A`."""
    assert [k for k in _held(A_SHARED) if k[1] == "pkg/holder.py"] == [
        ("IMP103", "pkg/holder.py", line, "shared") for line in (25, 26, 28, 37)]
    assert [k for k in _held(B_SHARED) if k[1] == "pkg/holder.py"] == [
        ("IMP103", "pkg/holder.py", line, "shared") for line in (25, 28, 37)]


TS_MODEL = """export class Item {
  m(): number {
    return 1;
  }
  kept(): number {
    return 2;
  }
}

export interface Row {
  id: number;
}

export interface Rows extends Array<Row> {
  total(): number;
  kept(): number;
}

export interface Listed extends ArrayLike<Row> {
  first(): Row;
}

export interface Registry extends Map<string, Row> {
  lookup(key: string): Row;
}

export interface Grid extends ReadonlyArray<Row> {
  width(): number;
}
"""
TS_USE = """import { Item, Rows, Listed, Registry, Grid } from "./model";

export function nullable(a: Item | null, b?: Item, c: Item | undefined = undefined) {
  a.m();
  b.m();
  c.m();
  a.kept();
}

export function lists(rows: Rows, listed: Listed, registry: Registry, grid: Grid) {
  rows.total();
  rows.kept();
  listed.first();
  registry.lookup("k");
  grid.width();
  rows.map((r) => r.id);
}
"""
TS_PROP = """import { Item } from "./model";

export class Holder {
  maybe: Item | null = null;
  later?: Item;
  constructor(private given: Item | undefined) {}

  run(): void {
    this.maybe.m();
    this.later.m();
    this.given.m();
    this.maybe.kept();
  }
}
"""
TS_REMOVED = ("  m(): number {\n    return 1;\n  }\n", "  total(): number;\n", "  first(): Row;\n",
              "  lookup(key: string): Row;\n", "  width(): number;\n")
TS_AUGMENT = "export {};\n\ndeclare global {\n  interface Array<T> {\n    total(): number;\n  }\n}\n"


def test_typescript_interfaces_extending_library_types_and_nullables_read_plainly():
    """tsc 5.9.3, strict or not, TS2339 at use.ts 4, 5, 6 (`a.m()` of parameters `Item |
    null`, `b?: Item`, `Item | undefined` read without `?.` or `!`: with strictNullChecks
    TS18047/TS18048 there before and after, and TS2339 after), 11 (`Rows extends Array<Row>`),
    13 (`ArrayLike<Row>`), 14 (`Map<string, Row>`), 15 (`ReadonlyArray<Row>`), prop.ts 9 and 10
    (properties `Item | null`, `later?: Item`), and 11 (a parameter property `Item | undefined`:
    not judged). With a `declare global` adding `total` to `Array`, quiet at 11 (tsc too)."""
    head = TS_MODEL
    for member in TS_REMOVED:
        head = head.replace(member, "", 1)
    base = {"src/model.ts": TS_MODEL, "src/use.ts": TS_USE, "src/prop.ts": TS_PROP}
    assert diff_keys(base, {"src/model.ts": head}) == [
        ("IMP103", "src/prop.ts", 9, "m"), ("IMP103", "src/prop.ts", 10, "m"),
        ("IMP103", "src/use.ts", 4, "m"), ("IMP103", "src/use.ts", 5, "m"), ("IMP103", "src/use.ts", 6, "m"),
        ("IMP103", "src/use.ts", 11, "total"), ("IMP103", "src/use.ts", 13, "first"),
        ("IMP103", "src/use.ts", 14, "lookup"), ("IMP103", "src/use.ts", 15, "width")]
    augmented = diff_keys({**base, "src/augment.ts": TS_AUGMENT},
                          {"src/model.ts": TS_MODEL.replace("  total(): number;\n", "", 1)})
    assert augmented == []


TS_GENERIC_MODELS = """export class Item {
  m(): number {
    return 1;
  }
  kept(): number {
    return 2;
  }
}

export class Repo {
  get<T extends Item>(): T {
    return new Item() as T;
  }
  pick<T extends Item>(x: T): T {
    return x;
  }
  later<T extends Item>(): Promise<T> {
    return Promise.resolve(new Item() as T);
  }
  fallback<T extends object = Item>(): T {
    return new Item() as T;
  }
}

export class Factory {
  async loose() {
    return new Item();
  }
  made() {
    if (Math.random() > 0.5) {
      return new Item();
    }
    return new Item();
  }
  mixed() {
    if (Math.random() > 0.5) {
      return new Item();
    }
    return null;
  }
  arrow = () => new Item();
}
"""
TS_GENERIC_SERVICE = """import { Factory, Item, Repo } from "./models";

export class Service {
  constructor(private repo: Repo) {}

  async run(item: Item): Promise<void> {
    const a = this.repo.get();
    a.m();
    const b = this.repo.pick(item);
    b.m();
    const c = await this.repo.later();
    c.m();
    const d = this.repo.get<Item>();
    d.m();
    const e = this.repo.fallback();
    e.kept();
  }
}

export function loose(repo: Repo): void {
  const f = repo.get();
  f.m();
}

export async function inferred(f: Factory): Promise<void> {
  const a = await f.loose();
  a.m();
  const b = f.made();
  b.m();
  const c = f.mixed();
  c?.m();
}
"""


def test_generic_and_inferred_returns_give_the_class_tsc_gives():
    """tsc 5.9.3 types a call without type arguments of `get<T extends Item>(): T` as `Item`,
    and infers `Item` for a method every `return` of which is `new Item()`: TS2339 at
    service.ts 8 (`this.repo.get()`), 12 (`await this.repo.later()`, `Promise<T>`), 22
    (`repo.get()` of a parameter `repo: Repo`), 27 (`await f.loose()`, async, inferred), 29
    (`f.made()`, two returns); and at 10 (`pick<T extends Item>(x: T)`, `T` inferred from the
    argument), 14 (`get<Item>()`, a type argument), 31 (`mixed()`, `Item | null`): not judged.
    Quiet at 16 (`fallback<T extends object = Item>()`, `kept`)."""
    head = TS_GENERIC_MODELS.replace("  m(): number {\n    return 1;\n  }\n", "", 1)
    found = diff_keys({"src/models.ts": TS_GENERIC_MODELS, "src/service.ts": TS_GENERIC_SERVICE},
                      {"src/models.ts": head})
    assert [k for k in found if k[1] == "src/service.ts"] == [
        ("IMP103", "src/service.ts", line, "m") for line in (8, 12, 22, 27, 29)]


TS_ALIAS_AND_NAMESPACE = """type SyncInfo = {
  cells: number[];
  uris: Set<string>;
};

namespace SyncInfo {
  export function create(cells: number[]): SyncInfo {
    return { cells, uris: new Set() };
  }
}

export class Sync {
  open(syncInfo: SyncInfo | undefined = SyncInfo.create([])): number {
    return syncInfo.cells.length + SyncInfo.create([1]).uris.size;
  }
}
"""


def test_a_type_alias_beside_a_namespace_keeps_its_members_known():
    """vscode-languageserver-node's `type SyncInfo = {...}` and `namespace SyncInfo { export
    function create(...) }`: the namespace is a value and adds nothing to the type. tsc 5.9.3,
    `cells` removed: TS2339 at 14 (`syncInfo.cells` of a parameter `SyncInfo | undefined`),
    and TS2353 at 8 (an object literal: not judged)."""
    head = TS_ALIAS_AND_NAMESPACE.replace("  cells: number[];\n", "\n", 1)
    assert diff_keys({"src/a.ts": TS_ALIAS_AND_NAMESPACE}, {"src/a.ts": head}) == [
        ("IMP103", "src/a.ts", 14, "cells")]
