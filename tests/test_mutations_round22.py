"""Found by the twenty-second round of seeded mutations against pyright and tsc (tyro, nats-py,
@loopback/repository, objection, eleventy; benchmarks/RESULTS.md, "Seeded mutations, round
22")."""

from __future__ import annotations

from tests.conftest import diff_keys

BARREL = {
    "package.json": '{"name": "repository", "dependencies": {"@loopback/filter": "^5.0.0"}}\n',
    "src/relations/types.ts": "export enum RelationType {\n"
                              "  hasMany = 'hasMany',\n"
                              "  referencesMany = 'referencesMany',\n"
                              "}\n",
    "src/relations/index.ts": "export * from './types';\n",
    "src/index.ts": "export * from '@loopback/filter';\n"
                    "export * from './model';\n"
                    "export * from './relations';\n",
    "src/model.ts": "import {RelationType} from './index';\n"
                    "export function referencesMany() {\n"
                    "  return RelationType.referencesMany;\n"
                    "}\n",
}


def test_an_enum_member_removed_is_missing_through_a_barrel_that_also_stars_a_package():
    """@loopback/repository's `model.ts` imports `RelationType` from its `index.ts`, whose
    `export * from '@loopback/filter'` comes before `export * from './relations'`; with
    `RelationType.referencesMany` removed, tsc reports `RelationType.referencesMany` (TS2551).
    impact took the package's star as one that may provide `RelationType` too, and judged
    nothing read through the barrel. Two stars providing one name give it to neither (tsc
    reports the barrel, TS2308), so the repository's star is the one that does."""
    change = {"src/relations/types.ts": "export enum RelationType {\n  hasMany = 'hasMany',\n}\n"}
    assert diff_keys(BARREL, change) == [("IMP103", "src/model.ts", 3, "referencesMany")]


def test_a_name_no_star_of_the_repository_provides_may_come_from_the_package_a_barrel_stars():
    """The same barrel with `RelationType` gone from the repository: `@loopback/filter` may
    export it, so its import is not reported, nor its members' reads."""
    change = {"src/relations/types.ts": "export enum Other {\n  hasMany = 'hasMany',\n}\n"}
    assert diff_keys(BARREL, change) == []


ELEMENTS = {
    "package.json": '{"name": "repository"}\n',
    "src/type.ts": "export interface Type<T> {\n"
                   "  isInstance(value: unknown): boolean;\n"
                   "  coerce(value: unknown): T;\n"
                   "}\n",
    "src/item.ts": "export class Item {\n  run() { return 1; }\n  stop() { return 2; }\n}\n",
    "src/union.ts": "import {Type} from './type';\n"
                    "import {Item} from './item';\n"
                    "export class UnionType {\n"
                    "  constructor(public itemTypes: Type<any>[]) {}\n"
                    "  isInstance(value: unknown) {\n"
                    "    return this.itemTypes.some(t => t.isInstance(value));\n"
                    "  }\n"
                    "  coerce(value: unknown) {\n"
                    "    for (const type of this.itemTypes) {\n"
                    "      if (type.isInstance(value)) return type.coerce(value);\n"
                    "    }\n"
                    "    for (const key in this.itemTypes) key.isInstance;\n"
                    "  }\n"
                    "}\n"
                    "export function runAll(items: readonly Item[], more: Array<Item>) {\n"
                    "  items.forEach((item) => item.run());\n"
                    "  for (const item of more) item.run();\n"
                    "  items.reduce((total, item) => total.run() + item.run(), 0);\n"
                    "}\n",
}


def test_a_member_removed_is_missing_on_the_elements_of_an_array_declared_with_its_class():
    """@loopback/repository's `UnionType` declares `constructor(public itemTypes: Type<any>[])`
    and reads `this.itemTypes.some(t => t.isInstance(value))` and `for (const type of
    this.itemTypes) type.isInstance(value)`; with `Type.isInstance` removed, tsc reports each
    (TS2339). impact knew the class of a name typed `x: Cls`, not of the elements of an array
    typed `Cls[]`: now `for (const x of xs)` and the first parameter of a callback given to an
    array method (`some`, `forEach`, `map`, ...) are instances of `Cls` where `xs` is a
    property of `this` or a parameter declared `Cls[]`, `readonly Cls[]` or `Array<Cls>`.
    `for (const key in ...)` gives keys, and `reduce` an accumulator first: neither is judged.
    tsc checked on this tree: the same four TS2339."""
    change = {"src/type.ts": "export interface Type<T> {\n  coerce(value: unknown): T;\n}\n",
              "src/item.ts": "export class Item {\n  stop() { return 2; }\n}\n"}
    assert diff_keys(ELEMENTS, change) == [("IMP103", "src/union.ts", 6, "isInstance"),
                                           ("IMP103", "src/union.ts", 10, "isInstance"),
                                           ("IMP103", "src/union.ts", 16, "run"),
                                           ("IMP103", "src/union.ts", 17, "run")]


CLIENT = {
    "nats/__init__.py": "from .aio.client import Client as NATS\n",
    "nats/aio/__init__.py": "",
    "nats/aio/client.py": "class Client:\n"
                          "    def new_inbox(self) -> str:\n        return 'inbox'\n\n"
                          "    def close(self):\n        return None\n",
    "nats/js/__init__.py": "",
    "nats/js/client.py": "from __future__ import annotations\n"
                         "from typing import TYPE_CHECKING\n"
                         "if TYPE_CHECKING:\n"
                         "    from nats import NATS\n\n\n"
                         "class JetStreamContext:\n"
                         "    def __init__(self, conn: NATS) -> None:\n"
                         "        self._nc = conn\n\n"
                         "    def subscribe(self):\n"
                         "        return self._nc.new_inbox()\n\n"
                         "    class _JSI:\n"
                         "        def __init__(self, conn: NATS) -> None:\n"
                         "            self._conn = conn\n\n"
                         "        def reset(self):\n"
                         "            return self._conn.new_inbox()\n",
}


def test_a_method_removed_is_missing_through_a_class_a_package_re_exports_under_another_name():
    """nats-py's `nats/__init__.py` re-exports `from .aio.client import Client as NATS`;
    `nats/js/client.py` imports `from nats import NATS` (under `if TYPE_CHECKING:`) and stores
    `conn: NATS` as `self._nc`; with `Client.new_inbox` removed, pyright reports
    `self._nc.new_inbox()` and `self._conn.new_inbox()` (reportAttributeAccessIssue). impact
    followed `NATS` to `Client`'s definition, then looked for a definition named `NATS` there:
    a class renamed on the way was not resolved. Now the definition at the origin's site is
    taken under its own name."""
    change = {"nats/aio/client.py": "class Client:\n    def close(self):\n        return None\n"}
    assert diff_keys(CLIENT, change) == [("IMP103", "nats/js/client.py", 12, "new_inbox"),
                                         ("IMP103", "nats/js/client.py", 19, "new_inbox")]


def test_a_property_set_to_an_instance_keeps_its_class_beside_properties_of_arrays():
    """`tasks = new TasksService()` beside `items: Item[]` in one class: the field's class is
    the one it is made with (reading the elements' classes kept it so)."""
    base = {"package.json": '{"name": "repository"}\n',
            "src/item.ts": ELEMENTS["src/item.ts"],
            "src/board.ts": "import {Item} from './item';\n"
                            "export class Board {\n"
                            "  tasks = new Item();\n"
                            "  constructor(private items: Item[]) {}\n"
                            "  run() {\n    this.items.forEach(item => item.run());\n"
                            "    return this.tasks.run();\n  }\n"
                            "}\n"}
    change = {"src/item.ts": "export class Item {\n  stop() { return 2; }\n}\n"}
    assert diff_keys(base, change) == [("IMP103", "src/board.ts", 6, "run"),
                                       ("IMP103", "src/board.ts", 7, "run")]
