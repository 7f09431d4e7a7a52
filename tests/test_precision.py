"""Patterns from real packages (pytest, networkx, rich, pip, hypothesis, preact, rxjs, trpc, effect,
zod, tanstack) that once gave false findings: each must stay silent even with `--all`."""

from __future__ import annotations

import pytest
from conftest import diff_keys, diff_result

CASES = {
    "class attribute as a parameter default and annotation": {
        "m.py": "class P:\n    CLOSE: int = 1\n    Params = dict\n\n"
                "    def run(self, stdin=CLOSE, p: Params = None):\n        return stdin\n"},
    "global declared, then bound by an import": {
        "m.py": "def setup():\n    global np\n    import json as np\n\n\n"
                "def use():\n    return np.dumps(1)\n"},
    "a name probed with try/except NameError": {
        "m.py": "def is_ipython():\n    try:\n        get_ipython\n    except NameError:\n"
                "        return False\n    return get_ipython() is not None\n"},
    "imports expected to fail under pytest.raises": {
        "pkg/__init__.py": "", "test_m.py": "import pytest\n\n\ndef test():\n"
        "    with pytest.raises(ImportError):\n        from pkg import nothing_here\n"},
    "a compiled extension module and its runtime submodules": {
        "pkg/__init__.py": "", "pkg/_native.cpython-311-x86_64-linux-gnu.so": b"\x7fELF",
        "pkg/use.py": "from pkg._native import version\nfrom pkg._native.sub import thing\n"},
    "submodules a plain module registers at run time (six.moves)": {
        "pkg/__init__.py": "", "pkg/six.py": "moves = None\n",
        "pkg/use.py": "from .six.moves import http_client\nfrom pkg.six.moves.urllib import parse\n"},
    "a module that replaces itself in sys.modules": {
        "pkg/__init__.py": "", "pkg/lexers.py": "import sys\nsys.modules[__name__] = object()\n",
        "pkg/use.py": "from pkg.lexers import PrologLexer\n"},
    "module attributes every module has": {
        "pkg/__init__.py": "", "pkg/use.py": "import pkg\nfrom pkg import __file__ as f\n"
                                             "print(pkg.__file__, pkg.__dict__)\n"},
    "name mangling in a class body": {
        "m.py": "class C:\n    __marker = object()\n\n    def get(self, d=__marker):\n        return d\n"},
    "a named generator function expression": {
        "m.js": "export const gen = function* walk() { yield walk; };\n"},
    "TypeScript mapped, conditional and index-signature types": {
        "m.ts": "export type A = { [key: string]: number };\n"
                "export type M<T> = { [K in keyof T]: T[K] };\n"
                "export type I<T> = T extends Array<infer U> ? U : never;\n"},
    "declaration files with global augmentations": {
        "src/internal.d.ts": "declare global {\n  export interface Component { x: number }\n}\n"
                             "export { PreactContext };\n",
        "src/use.d.ts": "import { Component } from './internal';\nexport declare const c: Component;\n"},
    "typeof probe for a global that may not exist": {
        "m.js": "export const hasDeno = typeof Deno !== 'undefined';\n"},
    # trpc, effect, zod, tanstack: names only ambient declarations (@types, lib.dom) provide
    "a UMD namespace in qualified type names (React.ReactNode), React imported elsewhere": {
        "src/a.tsx": "import * as React from 'react';\nexport const A = React.memo(() => <div/>);\n",
        "src/b.tsx": "export function B(props: { children: React.ReactNode }) {\n"
                     "  return <div>{props.children}</div>;\n}\n"
                     "export type Ctx = React.Context<any> | JSX.Element;\n"},
    "a type another file imports, used in a type position only": {
        "src/a.ts": "import type { ReactNode } from 'react';\nexport type A = ReactNode;\n",
        "src/b.ts": "export type B = ReactNode | null;\n"},
    "runtime globals of Bun, Deno and AWS Lambda": {
        "src/serve.ts": "export const s = Bun.serve({ fetch: () => new Response('') });\n"
                        "export const port = Deno.env.get('PORT');\n"
                        "export const h = awslambda.streamifyResponse(async () => {});\n"
                        "export type Server = typeof Bun;\n"},
    "TypeScript standard library types, one also defined by a module": {
        "src/compat.ts": "export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;\n",
        "src/use.ts": "export type R = ReadonlyArray<Omit<HTMLElement, 'id'>> | PromiseLike<bigint>;\n"},
    "labels of tuple members": {
        "src/t.ts": "export type T<R> = [key: string, value?: number, ...rest: R[]];\n"
                    "export const key = 1;\n"},
    "using and await using declarations": {
        "src/u.ts": "export async function f(open: () => Disposable) {\n"
                    "  using reader = open();\n  await using stream = open();\n"
                    "  return [reader, stream];\n}\n"},
    "infer inside a function type, and parameters a signature's return type names": {
        "src/i.ts": "export type U<T> = T extends (...a: any[]) => infer R ? Awaited<R> : T;\n"
                    "export type V<T> = T extends (k: infer I) => void ? I : never;\n"
                    "export interface M { get<K>(key: K): Array<typeof key>; }\n"},
    "a global declared in a module that also exports the name": {
        "src/logger.ts": "export interface Logger { info(m: string): void }\n"
                         "export const logger: Logger = console;\n",
        "src/global.d.ts": "import type { Logger } from './logger';\n"
                           "declare global {\n  var logger: Logger;\n}\n",
        "src/app.ts": "export const log = () => logger.info('x');\n"},
}


@pytest.mark.parametrize("name", CASES)
def test_no_false_finding(name):
    result = diff_result({"README.md": "x\n"}, CASES[name], show_all=True)
    assert result.findings == [], result.findings


# Changes that break nothing, where a rule comparing base with head once saw a break.
CLEAN_CHANGES = {
    # django/contrib/auth/__init__.py imports AnonymousUser only inside functions: not its API
    "a package __init__ importing a name only inside a function": (
        {"auth/__init__.py": "def get_user():\n    from .models import AnonymousUser\n"
                             "    return AnonymousUser()\n",
         "auth/models.py": "class AnonymousUser:\n    pass\n"},
        {"auth/models.py": "class AnonymousUser:\n    pass\n\n\ndef added():\n    pass\n"}),
    # three.js: Triangle.getNormal(a, b, c, target) static beside getNormal(target)
    "a static and an instance method of the same name": (
        {"tri.js": "export class Triangle {\n  static getNormal(a, b, c, target) { return target; }\n"
                   "  getNormal(target) { return Triangle.getNormal(1, 2, 3, target); }\n}\n",
         "use.js": "import { Triangle } from './tri.js';\nconst t = new Triangle();\n"
                   "t.getNormal({});\nTriangle.getNormal(1, 2, 3, {});\n"},
        {"tri.js": "export class Triangle {\n  static getNormal(a, b, c, target) { return target; }\n"
                   "  getNormal(target) { return Triangle.getNormal(1, 2, 3, target); }\n}\n"
                   "export const added = 1;\n"}),
}


@pytest.mark.parametrize("name", CLEAN_CHANGES)
def test_no_false_finding_on_a_clean_change(name):
    base, change = CLEAN_CHANGES[name]
    result = diff_result(base, change)
    assert result.findings == [], result.findings


# What must still be reported: a name the change left unbound, or one the repository knows
UNBOUND_BY_THE_CHANGE = {
    "namespace import removed, value use left": (
        {"src/a.tsx": "import * as React from 'react';\nexport const n = React.useId();\n"},
        {"src/a.tsx": "export const n = React.useId();\n"}, ("IMP105", "src/a.tsx", 1, "React")),
    "type import from a package removed, type use left": (
        {"src/a.ts": "import type { ReactNode } from 'react';\nexport type A = ReactNode;\n"},
        {"src/a.ts": "export type A = ReactNode;\n"}, ("IMP105", "src/a.ts", 1, "ReactNode")),
    "new code calls a repository function it never imported": (
        {"src/money.js": "export function formatMoney(x) { return x; }\n", "src/app.js": "export {};\n"},
        {"src/app.js": "export const total = formatMoney(1);\n"},
        ("IMP105", "src/app.js", 1, "formatMoney")),
    "new code uses a name its file binds only in another function": (
        {"src/f.js": "export function a() { const result = 1; return result; }\n"},
        {"src/f.js": "export function a() { const result = 1; return result; }\n"
                     "export function b() { return result; }\n"}, ("IMP105", "src/f.js", 2, "result")),
    "a parameter of an interface method is not a name of its module": (
        {"src/api.ts": "export interface Api { get(key: string): number }\nexport const k = 1;\n"},
        {"src/api.ts": "export interface Api { get(key: string): number }\nexport const k = key;\n"},
        ("IMP105", "src/api.ts", 2, "key")),
    "a global declaration removed": (
        {"src/global.d.ts": "export {};\ndeclare global {\n  var logger: { info(m: string): void };\n}\n",
         "src/app.ts": "export const log = () => logger.info('x');\n"},
        {"src/global.d.ts": None}, ("IMP105", "src/app.ts", 1, "logger")),
}


@pytest.mark.parametrize("name", UNBOUND_BY_THE_CHANGE)
def test_unbound_by_the_change_is_still_reported(name):
    base, change, expected = UNBOUND_BY_THE_CHANGE[name]
    assert expected in diff_keys(base, change)


def test_new_use_of_a_global_a_dependency_declares_is_not_judged():
    base = {"package.json": '{"name": "s", "devDependencies": {"@types/bun": "1"}}\n',
            "src/serve.ts": "export {};\n"}
    change = {"src/serve.ts": "export const s = Bun.serve({});\nexport type S = JSX.Element;\n"}
    assert diff_keys(base, change) == []
