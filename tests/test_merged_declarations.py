"""A TypeScript namespace merged with a function, a class or an enum (`function fn() {}` and
`namespace fn { export const x = 1 }`) is one value to tsc, with the members of both. Removing
one side breaks only the uses that side served (tsc 5.9.3 on the same files): without the
namespace, `fn.x`, `C.helper`, `E.parse` (TS2339), while `fn.extra` (a property the file
assigns), `C.s` (a static member), `E.A` stay; without the function, class or enum, `fn()`
(TS2349), `new C()` (TS2351) and the side's members (TS2339)."""

from __future__ import annotations

from conftest import diff_keys

MERGED = ("export function fn() { return 1; }\n"
          "fn.extra = 2;\n"
          "export namespace fn { export const x = 1; }\n"
          "export class C { static s = 1; static make() { return new C(); } }\n"
          "export namespace C { export const helper = 2; }\n"
          "export enum E { A, B }\n"
          "export namespace E { export function parse(s: string) { return E.A; } }\n")
NAMESPACES_GONE = ("export function fn() { return 1; }\nfn.extra = 2;\n"
                   "export class C { static s = 1; static make() { return new C(); } }\n"
                   "export enum E { A, B }\n")
SIDES_GONE = ("export namespace fn { export const x = 1; }\n"
              "export namespace C { export const helper = 2; }\n"
              "export namespace E { export function parse(s: string) { return 1; } }\n")
USE = ("import { fn, C, E } from './m';\n"  # 1
       "fn();\nfn.x;\nfn.extra;\nfn.name;\n"  # 2-5
       "new C();\nC.s;\nC.helper;\nC.make();\n"  # 6-9
       "E.A;\nE.parse('a');\n"  # 10-11
       "fn.nope;\nC.nope;\nE.nope;\n")  # 12-14


def test_a_member_of_no_side_of_a_merged_declaration_is_missing():
    # tsc: TS2339 at lines 12-14 only
    assert diff_keys({"src/m.ts": MERGED, "src/use.ts": "\n"}, {"src/use.ts": USE}) == [
        ("IMP103", "src/use.ts", 12, "nope"), ("IMP103", "src/use.ts", 13, "nope"),
        ("IMP103", "src/use.ts", 14, "nope")]


def test_removing_the_namespaces_breaks_only_the_members_they_declared():
    # tsc: TS2339 at lines 3, 8, 11 (and 12-14, as before)
    assert diff_keys({"src/m.ts": MERGED, "src/use.ts": USE}, {"src/m.ts": NAMESPACES_GONE}) == [
        ("IMP103", "src/use.ts", 3, "x"), ("IMP103", "src/use.ts", 8, "helper"),
        ("IMP103", "src/use.ts", 11, "parse")]


def test_removing_the_function_class_and_enum_breaks_calls_construction_and_their_members():
    # tsc: TS2349 at 2, TS2351 at 6, TS2339 at 4, 5, 7, 9, 10 (and 12-14, as before)
    assert diff_keys({"src/m.ts": MERGED, "src/use.ts": USE}, {"src/m.ts": SIDES_GONE}) == [
        ("IMP101", "src/use.ts", 2, "fn"), ("IMP101", "src/use.ts", 6, "C"),
        ("IMP103", "src/use.ts", 4, "extra"), ("IMP103", "src/use.ts", 5, "name"),
        ("IMP103", "src/use.ts", 7, "s"), ("IMP103", "src/use.ts", 9, "make"),
        ("IMP103", "src/use.ts", 10, "A")]


def test_no_finding_where_a_property_assigned_or_a_static_member_replaces_the_namespace():
    change = {"src/m.ts": "export function fn() { return 1; }\nfn.extra = 2;\nfn.x = 1;\n"
                          "export class C { static s = 1; static helper = 2; static make() { return 1; } }\n"
                          "export enum E { A, B }\nexport namespace E { export function parse(s: string) { return 1; } }\n"}
    assert diff_keys({"src/m.ts": MERGED, "src/use.ts": USE}, change) == []


def test_no_finding_where_the_class_left_extends_another_or_the_property_is_computed():
    change = {"src/m.ts": "class B { static helper = 1; }\nconst key = 'x';\n"
                          "export function fn() { return 1; }\nfn.extra = 2;\nfn[key] = 1;\n"
                          "export class C extends B { static s = 1; static make() { return 1; } }\n"
                          "export enum E { A, B }\nexport namespace E { export function parse() {} }\n"}
    assert diff_keys({"src/m.ts": MERGED, "src/use.ts": USE}, change) == []
