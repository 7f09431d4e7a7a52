"""Patterns from real packages (pytest, networkx, rich, pip, hypothesis, preact, rxjs) that
once gave false findings: each must stay silent even with `--all`."""

from __future__ import annotations

import pytest
from conftest import run_impact

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
}


@pytest.mark.parametrize("name", CASES)
def test_no_false_finding(repo_factory, name):
    repo = repo_factory([{"README.md": "x\n"}, CASES[name]])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--all", "--format", "json")
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
def test_no_false_finding_on_a_clean_change(repo_factory, name):
    base, change = CLEAN_CHANGES[name]
    repo = repo_factory([base, change])
    result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    assert result.findings == [], result.findings
