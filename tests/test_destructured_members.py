"""A member removed from an interface (or an object type alias) breaks an object pattern that
takes it from a value annotated with the type: `({ parseValue }: Options) =>` (radix-themes'
`getResponsiveClassNames`), `const { a }: Options = x`: tsc's TS2339, "Property 'parseValue'
does not exist on type 'Options'". Judged only where tsc knows every member of the type: an
interface extending nothing (patternfly's `DrawerSectionProps extends React.HTMLProps<...>`
still has `className` through React's types), without index, call or construct signatures,
declared once, in a module no `declare module` augments."""

from __future__ import annotations

import pytest
from conftest import diff_keys

TYPES = "export interface Options {\n  a?: string;\n  parseValue?: (v: string) => string;\n}\n"
BASE = {
    "package.json": '{"name": "x", "type": "module"}',
    "src/types.ts": TYPES,
    "src/f.ts": "import type { Options } from './types';\n\n"
                "export function f({ a, parseValue = (v) => v }: Options): string {\n"
                "  return parseValue(a ?? '');\n}\n\n"
                "export function g(o: Options) {\n  const { parseValue: p }: Options = o;\n  return p;\n}\n",
    "src/comp.tsx": "interface LocalProps {\n  title: string;\n  size?: number;\n}\n\n"
                    "type Alias = { label: string; 'data-id'?: string };\n\n"
                    "export const C = ({ title, size: s = 1 }: LocalProps) => <div>{title}{s}</div>;\n"
                    "export const D = ({ label, 'data-id': id, ...rest }: Alias) => <i id={id}>{label}</i>;\n",
}


def test_a_member_removed_from_an_imported_interface_breaks_the_patterns_that_take_it():
    change = {"src/types.ts": "export interface Options {\n  a?: string;\n}\n"}
    assert diff_keys(BASE, change) == [("IMP103", "src/f.ts", 3, "parseValue"),
                                       ("IMP103", "src/f.ts", 8, "parseValue")]


def test_a_member_removed_from_a_local_interface_or_an_object_type_alias_breaks_its_patterns():
    comp = BASE["src/comp.tsx"].replace("  size?: number;\n", "").replace(" 'data-id'?: string ", " ")
    assert diff_keys(BASE, {"src/comp.tsx": comp}) == [("IMP103", "src/comp.tsx", 7, "size"),
                                                       ("IMP103", "src/comp.tsx", 8, "data-id")]


GUARDS = {
    "the interface extends another": "export interface Options extends Base {\n  a?: string;\n}\n"
                                     "interface Base {\n  parseValue?: (v: string) => string;\n}\n",
    "an index signature": "export interface Options {\n  a?: string;\n  [key: string]: unknown;\n}\n",
    "declared twice": "export interface Options {\n  a?: string;\n}\n"
                      "export interface Options {\n  parseValue?: (v: string) => string;\n}\n",
    "the member kept as a method": "export interface Options {\n  a?: string;\n"
                                   "  parseValue?(v: string): string;\n}\n",
}


@pytest.mark.parametrize("name", GUARDS)
def test_a_type_tsc_may_find_the_member_on_is_not_judged(name):
    assert diff_keys(BASE, {"src/types.ts": GUARDS[name]}) == []


def test_a_type_parameter_of_the_same_name_is_not_the_module_s_type():
    base = {**BASE, "src/h.ts": "interface Options {\n  a?: string;\n  b?: string;\n}\n\n"
                                "export function h<Options extends { b?: string }>({ b }: Options) {\n"
                                "  return b;\n}\n"}
    change = {"src/h.ts": base["src/h.ts"].replace("  b?: string;\n}\n\nexport", "}\n\nexport")}
    assert diff_keys(base, change) == []
