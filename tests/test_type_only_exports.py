"""A TypeScript barrel that turns a re-export type-only (`export * from` to `export type * from`,
`export { X } from` to `export type { X } from`): a consumer that uses the name as a value
(`new X()`, `X()`, `X.y`) is rejected by tsc (TS1361/TS1362 "cannot be used as a value because
it was exported using 'export type'"; TS2339 for `ns.X` through a namespace import), while type
uses (`let a: X`, `typeof X.y` in a type, `import type`) stay fine."""

from __future__ import annotations

from conftest import diff_keys

MODULE = {"src/m.ts": "export class Foo { static y = 1 }\nexport function bar() { return 1 }\n"}
CONSUMER = ("import { Foo, bar } from './barrel';\n"  # 1
            "import * as ns from './barrel';\n"  # 2
            "let a: Foo;\n"  # 3
            "type Q = typeof Foo.y;\n"  # 4
            "type R = typeof ns.Foo;\n"  # 5
            "new Foo();\n"  # 6
            "bar();\n"  # 7
            "Foo.y;\n"  # 8
            "new ns.Foo();\n"  # 9
            "function shadowed(Foo: number) { return Foo.toFixed(); }\n")  # 10
TYPES_ONLY = "import type { Foo } from './barrel';\nlet a: Foo;\ntype Q = typeof Foo.y;\n"
VALUE_USES = [("IMP101", "src/use.ts", 6, "Foo"), ("IMP101", "src/use.ts", 7, "bar"),
              ("IMP101", "src/use.ts", 8, "Foo"), ("IMP103", "src/use.ts", 9, "Foo")]


def test_export_star_made_type_only_breaks_each_value_use():
    base = {**MODULE, "src/barrel.ts": "export * from './m';\n", "src/use.ts": CONSUMER,
            "src/types.ts": TYPES_ONLY}
    assert diff_keys(base, {"src/barrel.ts": "export type * from './m';\n"}) == VALUE_USES


def test_named_reexport_made_type_only_breaks_each_value_use():
    base = {**MODULE, "src/barrel.ts": "export { Foo, bar } from './m';\n", "src/use.ts": CONSUMER,
            "src/types.ts": TYPES_ONLY}
    assert diff_keys(base, {"src/barrel.ts": "export type { Foo, bar } from './m';\n"}) == VALUE_USES


def test_an_import_type_on_the_way_makes_the_name_a_type_for_every_consumer():
    # a.ts takes Foo with `import type` and exports it; the barrel re-exports a.ts (TS1361)
    base = {**MODULE, "src/a.ts": "import { Foo } from './m';\nexport { Foo };\n",
            "src/barrel.ts": "export * from './a';\n",
            "src/use.ts": "import { Foo } from './barrel';\nlet a: Foo;\nnew Foo();\n"}
    change = {"src/a.ts": "import type { Foo } from './m';\nexport { Foo };\n"}
    assert diff_keys(base, change) == [("IMP101", "src/use.ts", 3, "Foo")]


def test_no_finding_where_another_star_may_provide_the_name_or_the_consumer_is_javascript():
    base = {**MODULE, "src/n.ts": "export class Foo {}\n", "src/other.js": "export const x = 1;\n",
            "src/barrel.ts": "export * from './m';\nexport * from './n';\n",
            "src/use.ts": "import { Foo } from './barrel';\nnew Foo();\n",
            "src/named.ts": "export * from './m';\n",
            "src/use.js": "import { bar } from './named';\nbar();\n"}
    change = {"src/barrel.ts": "export type * from './m';\nexport * from './n';\n",
              "src/named.ts": "export type * from './m';\n"}
    assert diff_keys(base, change) == []


def test_no_finding_where_the_name_declares_no_value_or_comes_from_a_package():
    # tsc takes the value from further out (the global `Request`) when the declaration the
    # chain reaches is a type only; a package's declaration is not known
    base = {"src/m.ts": "export interface Request { url: string }\n",
            "src/barrel.ts": "export * from './m';\n",
            "src/use.ts": "import { Request } from './barrel';\nimport type { Response } from 'express';\n"
                          "let r: Request;\n"}
    change = {"src/barrel.ts": "export type * from './m';\n",
              "src/use.ts": base["src/use.ts"] + "new Request('http://x');\nnew Response();\n"}
    assert diff_keys(base, change) == []


def test_a_consumer_import_type_of_a_class_breaks_its_value_uses():
    base = {**MODULE, "src/use.ts": "import { Foo } from './m';\nnew Foo();\n"}
    change = {"src/use.ts": "import type { Foo } from './m';\nnew Foo();\n"}
    assert diff_keys(base, change) == [("IMP101", "src/use.ts", 2, "Foo")]


BARE_READS = ("import { Foo, bar } from './barrel';\n"  # 1
              "const x = Foo;\n"  # 2
              "keep(bar, [Foo], { Foo });\n"  # 3
              "function keep<T>(...a: unknown[]) { return a; }\n"  # 4
              "class A extends Foo {}\n"  # 5
              "const isFoo = (v: unknown) => v instanceof Foo;\n"  # 6
              "const { y } = Foo;\n"  # 7
              "export { Foo };\n"  # 8
              "export default bar;\n"  # 9
              "let a: Foo;\n"  # 10
              "let b: typeof Foo;\n"  # 11
              "type K = keyof typeof Foo;\n"  # 12
              "function isA(v: unknown): v is Foo { return !!v; }\n"  # 13
              "const c = keep<Foo>(1);\n"  # 14
              "function shadow(Foo: number) { return Foo; }\n")  # 15
COMPONENT = "import { Foo } from './barrel';\nconst e = <Foo />;\nconst f = <foo />;\n"


def test_a_bare_value_read_of_a_name_made_type_only_is_broken_and_a_type_is_not():
    # tsc 5.9.3: TS1362 at lines 2, 3 (twice), 5, 6, 7 of use.ts and line 2 of view.tsx;
    # nothing at `export { Foo }`, `export default bar`, types, a parameter that shadows it
    base = {**MODULE, "src/barrel.ts": "export * from './m';\n", "src/use.ts": BARE_READS,
            "src/view.tsx": COMPONENT}
    assert diff_keys(base, {"src/barrel.ts": "export type * from './m';\n"}) == [
        ("IMP101", "src/use.ts", 2, "Foo"), ("IMP101", "src/use.ts", 3, "Foo"),
        ("IMP101", "src/use.ts", 3, "Foo"), ("IMP101", "src/use.ts", 3, "bar"),
        ("IMP101", "src/use.ts", 5, "Foo"), ("IMP101", "src/use.ts", 6, "Foo"),
        ("IMP101", "src/use.ts", 7, "Foo"), ("IMP101", "src/view.tsx", 2, "Foo")]


def test_a_bare_value_read_through_the_consumer_s_own_import_type():
    base = {**MODULE, "src/use.ts": "import { Foo } from './m';\nexport const made = [Foo];\n"}
    change = {"src/use.ts": "import type { Foo } from './m';\nexport const made = [Foo];\n"}
    assert diff_keys(base, change) == [("IMP101", "src/use.ts", 2, "Foo")]


def test_no_finding_at_a_read_in_a_type_an_instantiation_or_a_computed_key():
    # typescript-sdk's `[PROTOCOL_VERSION_META_KEY]: string` in a type literal after `import
    # type`, homarr's `ReturnType<typeof useI18n<never>>`: tsc is clean (checker reads only)
    base = {"src/m.ts": "export const KEY = 'k';\nexport function useI18n<T>() { return 1; }\n",
            "src/use.ts": "import { KEY, useI18n } from './m';\n"}
    change = {"src/use.ts": "import type { KEY, useI18n } from './m';\n"
                            "export type E = { [KEY]: string; a: { [KEY]?: 1 } & {} };\n"
                            "export type F = ReturnType<typeof useI18n<never>>;\n"
                            "export const g = {} as { [KEY]: number };\n"
                            "export interface I { [KEY]: string }\n"}
    assert diff_keys(base, change) == []


def test_no_finding_at_a_member_of_a_type_only_namespace_in_a_computed_key_of_a_type():
    # Effect's `[Unify.typeSymbol]?: unknown` in an interface, after `import type * as Unify`
    # of a module declaring `typeSymbol` as a constant and a type (tsc is clean)
    unify = "export declare const typeSymbol: unique symbol;\nexport type typeSymbol = typeof typeSymbol;\n"
    base = {"src/unify.ts": unify, "src/use.ts": "import * as Unify from './unify';\n"}
    change = {"src/use.ts": "import type * as Unify from './unify';\n"
                            "export interface C { [Unify.typeSymbol]?: unknown }\n"
                            "export type D<A extends { [Unify.typeSymbol]?: any }> = A[Unify.typeSymbol];\n"}
    assert diff_keys(base, change) == []
