"""Gaps session 42 left in member uses (benchmarks/RESULTS.md, "Known gaps of session 42"):
TypeScript `new Cls().m()` without a variable, receivers typed by a function's declared return
type (Python and TypeScript), Python narrowing by a tuple of classes and after an early exit.
Each expectation was checked with tsc 5.9.3 (`strict`, `moduleResolution: bundler`) or pyright
1.1.414 on the same tree."""

from __future__ import annotations

from conftest import diff_keys, diff_result

BASE_CLASS = "export class A {\n  shared(): number { return 1; }\n  baseField = 2;\n  kept = 1;\n}\n"
SUBCLASSES = ("import { A } from './a';\nexport class B extends A {\n"
              "  own(): number { return this.shared() + this.baseField; }\n}\nexport class C extends B {}\n")
INSTANCE_USES = ("import { B, C } from './b';\nimport { A } from './a';\nconst b = new B();\nb.shared();\n"
                 "const x = b.baseField;\nnew B().shared();\nconst y = new A().baseField;\nconst c = new C();\n"
                 "c.shared();\nfunction f(p: B) { return p.shared(); }\nconst z = new B().kept;\n"
                 "const w = (new C()).shared;\nconst v = new (class extends A {})().shared();\n")


def test_a_member_of_a_base_class_in_another_file_is_dangling_where_a_new_instance_uses_it_directly():
    """tsc 5.9.3, TS2339 at b.ts 3 (twice, `this.` of a base in another file) and use.ts 4, 5,
    6 (`new B().shared()`), 7 (`new A().baseField`), 9, 10 and 12 (`(new C()).shared`); nothing
    at `new B().kept`, kept; the class expression at 13 is no class of the repository's
    (tsc reports it too: not judged, quiet)."""
    head = BASE_CLASS.replace("  shared(): number { return 1; }\n  baseField = 2;\n", "\n\n")
    assert diff_keys({"src/a.ts": BASE_CLASS, "src/b.ts": SUBCLASSES, "src/use.ts": INSTANCE_USES},
                     {"src/a.ts": head}) == [
        ("IMP103", "src/b.ts", 3, "baseField"), ("IMP103", "src/b.ts", 3, "shared"),
        ("IMP103", "src/use.ts", 4, "shared"), ("IMP103", "src/use.ts", 5, "baseField"),
        ("IMP103", "src/use.ts", 6, "shared"), ("IMP103", "src/use.ts", 7, "baseField"),
        ("IMP103", "src/use.ts", 9, "shared"), ("IMP103", "src/use.ts", 10, "shared"),
        ("IMP103", "src/use.ts", 12, "shared")]


SERVICE = ("export class Svc {\n  run(): number { return 1; }\n  kept(): number { return 2; }\n}\n"
           "export interface Like { run(): number }\n")
MAKERS = ("import { Svc, Like } from './svc';\nimport * as svc from './svc';\n"
          "export function make(): Svc { return new Svc(); }\n"
          "export function makeNs(): svc.Svc { return new Svc(); }\n"
          "export function inferred() { return new Svc(); }\n"
          "export function gen<T>(t: T): T { return t; }\n"
          "export async function later(): Promise<Svc> { return new Svc(); }\n"
          "export function like(): Like { return new Svc(); }\n"
          "export function over(a: string): Svc;\nexport function over(a: number): Svc;\n"
          "export function over(a: unknown): Svc { return new Svc(); }\n"
          "export const arrow = (): Svc => new Svc();\n")
MADE_USES = ("import { make, makeNs, inferred, gen, later, like, over, arrow } from './make';\n"
             "import { Svc } from './svc';\n"
             "const a = make();\na.run();\nconst b = makeNs();\nb.run();\nconst c = inferred();\nc.run();\n"
             "const d = gen(new Svc());\nd.run();\nasync function f() { const e = await later(); e.run(); }\n"
             "const g = like();\ng.run();\nconst h = over('x');\nh.run();\nconst i = arrow();\ni.run();\n"
             "make().run();\nconst j: { run?: () => number } = make();\nj.run?.();\nconst k = make().kept();\n")


def test_a_method_removed_breaks_typescript_uses_through_a_function_declaring_it_returns_the_class():
    """tsc 5.9.3, TS2339 at use.ts 4 (`const a = make()`, `function make(): Svc`), 6 (`):
    svc.Svc`), 11 (`await later()` of `): Promise<Svc>`, session 44), 17 (an arrow function
    `(): Svc =>` held by a variable, session 44), 18 (`make().run()`), 8 (an unannotated
    function returning `new Svc()`, session 46); and at 10 and 15, whose types tsc works out (a
    generic function, overloads): not judged. Quiet at 20 (`j` annotated with another type; tsc
    reports its declaration, TS2559)
    and at 21 (`kept`), and at make.ts 8 (`Like`: an interface, TS2741 at the return)."""
    head = SERVICE.replace("  run(): number { return 1; }\n", "\n")
    assert diff_keys({"src/svc.ts": SERVICE, "src/make.ts": MAKERS, "src/use.ts": MADE_USES},
                     {"src/svc.ts": head}) == [
        ("IMP103", "src/use.ts", 4, "run"), ("IMP103", "src/use.ts", 6, "run"),
        ("IMP103", "src/use.ts", 8, "run"), ("IMP103", "src/use.ts", 11, "run"),
        ("IMP103", "src/use.ts", 17, "run"), ("IMP103", "src/use.ts", 18, "run")]


PY_MODEL = "class Model:\n    def shared(self):\n        return 1\n\n    def kept(self):\n        return 2\n"
PY_MAKERS = ("from typing import Optional, Iterator\nimport functools\nfrom pkg.models import Model\n"
             "from pkg import models\n\n\n"
             "def make() -> Model:\n    return Model()\n\n\n"
             "def quoted() -> \"Model\":\n    return Model()\n\n\n"
             "def maybe() -> Optional[Model]:\n    return None\n\n\n"
             "def dotted() -> models.Model:\n    return Model()\n\n\n"
             "def inferred():\n    return Model()\n\n\n"
             "@functools.lru_cache\ndef cached() -> Model:\n    return Model()\n\n\n"
             "async def later() -> Model:\n    return Model()\n\n\n"
             "def gen() -> Iterator[Model]:\n    yield Model()\n\n\n"
             "def orn() -> Model | None:\n    return None\n")
PY_MADE_USES = ("from pkg.make import make, quoted, maybe, dotted, inferred, cached, later, orn\n"
                "from pkg import make as mk\n\n\n"
                "def run():\n    a = make()\n    a.shared()\n    b = quoted()\n    b.shared()\n    c = maybe()\n"
                "    c.shared()\n    d = dotted()\n    d.shared()\n    e = inferred()\n    e.shared()\n"
                "    f = cached()\n    f.shared()\n    g = mk.make()\n    g.shared()\n    h = orn()\n    if h:\n"
                "        h.shared()\n    i = make()\n    i.kept()\n    x = a.shared\n\n\n"
                "async def run2():\n    j = await later()\n    j.shared()\n")


def test_a_method_removed_breaks_python_uses_through_a_function_declaring_it_returns_the_class():
    """pyright 1.1.414, reportAttributeAccessIssue at use.py 7 (`-> Model`), 9 (`-> "Model"`),
    11 (`-> Optional[Model]`, with reportOptionalMemberAccess), 13 (`-> models.Model`), 17 (one
    decorated with `functools.lru_cache`, session 45), 19 (`mk.make()`), 22 (`-> Model | None`,
    narrowed by `if h:`), 25 (a read) and 30 (`await later()` of an `async def later() ->
    Model`, session 44); and at 15, whose type pyright infers (an unannotated function): not
    judged. Quiet at 24 (`kept`)."""
    head = PY_MODEL.replace("    def shared(self):\n        return 1\n\n", "")
    base = {"pkg/__init__.py": "", "pkg/models.py": PY_MODEL, "pkg/make.py": PY_MAKERS, "pkg/use.py": PY_MADE_USES}
    assert diff_keys(base, {"pkg/models.py": head}) == [
        ("IMP103", "pkg/use.py", line, "shared") for line in (7, 9, 11, 13, 17, 19, 22, 25, 30)]


PY_BASE = "class Base:\n    def shared(self):\n        return 1\n\n    def other(self):\n        return 2\n"
PY_MODELS = ("from pkg.base import Base\n\n\nclass Model(Base):\n    pass\n\n\n"
             "class Redef(Base):\n    def shared(self):\n        return 3\n\n\nclass Plain:\n    def shared(self):\n"
             "        return 4\n")
PY_NARROWED = ("from pkg.models import Model, Redef, Plain\n\n\n"
               "def tup(z, w):\n    if isinstance(z, (Model, Redef)):\n        z.shared()\n        z.other()\n"
               "    if isinstance(w, (Redef, Plain)):\n        w.shared()\n\n\n"
               "def early(x, y, v):\n    if not isinstance(x, Model):\n        return\n    x.other()\n    x.shared()\n"
               "    if not isinstance(y, Model):\n        raise TypeError(y)\n    y.shared()\n"
               "    if not isinstance(v, Model):\n        print(v)\n    v.shared()\n\n\n"
               "def loop(items):\n    for it in items:\n        if not isinstance(it, Model):\n            continue\n"
               "        it.shared()\n\n\n"
               "def rebound(x):\n    if not isinstance(x, Model):\n        return\n    x.shared()\n    x = Redef()\n"
               "    x.shared()\n\n\n"
               "def other_else(x):\n    if not isinstance(x, Model):\n        return\n    else:\n        pass\n"
               "    x.shared()\n\n\n"
               "def tuple_early(x):\n    if not isinstance(x, (Model, Redef)):\n        return\n    x.shared()\n\n\n"
               "def nested(x, flag):\n    if flag:\n        if not isinstance(x, Model):\n            return\n"
               "        x.shared()\n    x.shared()\n")


def test_a_method_removed_from_a_base_breaks_uses_narrowed_by_a_tuple_of_classes_or_after_an_early_exit():
    """pyright 1.1.414, reportAttributeAccessIssue ("Cannot access attribute "shared" for class
    "Model"") at use.py 6 (`isinstance(z, (Model, Redef))`: the `Model` side), 16 (after `if
    not isinstance(x, Model): return`), 19 (`raise`), 29 (`continue`), 35 (before `x =
    Redef()`; quiet at 37 after it), 45 (the `if` has an `else:`), 51 (a tuple, after an exit),
    58 (in the block the `if` is in); quiet at 9 (`Redef` and `Plain` both have it). pyright also
    reports 22 and 59, where an unannotated parameter is `Model` on one path and unknown on the
    other (`Model | Unknown`): not judged (the receiver's class is not certain)."""
    base = {"pkg/__init__.py": "", "pkg/base.py": PY_BASE, "pkg/models.py": PY_MODELS, "pkg/use.py": PY_NARROWED}
    head = PY_BASE.replace("    def shared(self):\n        return 1\n\n", "")
    assert diff_keys(base, {"pkg/base.py": head}) == [
        ("IMP103", "pkg/use.py", line, "shared") for line in (6, 16, 19, 29, 35, 45, 51, 58)]


CORE_MANIFEST = ('{"name": "@acme/core", "version": "1.0.0", "main": "dist/index.js", "types": "dist/index.d.ts",\n'
                 ' "exports": {".": {"types": "./dist/index.d.ts", "import": "./dist/index.mjs"},\n'
                 '             "./utils": {"types": "./dist/utils.d.ts"}},\n'
                 ' "typesVersions": {"*": {"utils": ["dist/utils.d.ts"], "lib/*": ["src/*"]}}}\n')
PROJECT = ('{"compilerOptions": {"strict": true, "noEmit": true, "module": "esnext", "moduleResolution": "%s",'
           ' "target": "es2022", "skipLibCheck": true}, "include": ["src"]}\n')
DEEP_IMPORTS = ("import { Span } from '@acme/core/src/spans';\nimport { Nope } from '@acme/core/src/spans';\n"
                "import { kept } from '@acme/core/src/gone';\nexport const s: Span | null = null;\n"
                "export const k = kept;\nexport type N = Nope;\n"
                "import { Span as S2 } from '@acme/core/dist/spans';\nexport type T2 = S2;\n"
                "import { u } from '@acme/core/utils';\nexport const uu = u;\n"
                "import { Span as S3, Nope as N3 } from '@acme/core/lib/spans';\nexport type A = S3 | N3;\n")


def test_deep_imports_past_exports_are_read_as_tsc_reads_them_under_node10_resolution():
    """A package's subpath its `exports` does not give, imported from two projects (tsc 5.9.3,
    node_modules/@acme/core linked to packages/core, dist/ not built). `"moduleResolution":
    "node"` (app): tsc leaves `exports` aside and reads the subpath as a path in the package
    or through its `typesVersions`: TS2305 at 2 (`Nope`, spans.ts has no such export) and 11
    (`lib/*` of `typesVersions` to `src/*`), TS2307 at 3 (no such file); `dist/spans` is build
    output, not in the revision (tsc finds it once built): not checked, quiet. `"bundler"` (web):
    TS2307 at 1, 2, 3, 7 and 11, as before (openai-agents-js' `@openai/agents-core/dist/tracing/
    spans` under its root's `"moduleResolution": "node"` was IMP102 before)."""
    base = {"package.json": '{"name": "root", "private": true, "workspaces": ["packages/*"]}\n',
            "packages/core/package.json": CORE_MANIFEST,
            "packages/core/src/spans.ts": "export type Span = { id: string };\nexport const kept = 1;\n",
            "packages/core/src/index.ts": 'export * from "./spans";\n',
            "packages/core/src/utils.ts": "export const u = 1;\n",
            "packages/app/tsconfig.json": PROJECT % "node", "packages/web/tsconfig.json": PROJECT % "bundler"}
    change = {"packages/app/src/deep.ts": DEEP_IMPORTS, "packages/web/src/deep.ts": DEEP_IMPORTS}
    assert diff_keys(base, change) == [
        ("IMP101", "packages/app/src/deep.ts", 2, "Nope"), ("IMP101", "packages/app/src/deep.ts", 11, "Nope"),
        ("IMP102", "packages/app/src/deep.ts", 3, "@acme/core/src/gone")] + [
        ("IMP102", "packages/web/src/deep.ts", line, spec) for line, spec in (
            (1, "@acme/core/src/spans"), (2, "@acme/core/src/spans"), (3, "@acme/core/src/gone"),
            (7, "@acme/core/dist/spans"), (11, "@acme/core/lib/spans"))]


FRAGMENT = ("from ninja import Schema\n\n\nclass Item(Schema):\n    name: str\n\n\n"
            "@api.post(\"/items\")\ndef create(request, item: Item):\n    return item\n")


def test_a_name_some_module_adds_to_the_builtins_is_no_undefined_name():
    """django-ninja's tests import its docs snippets inside `with patch("builtins.api", api,
    create=True):` (tests/test_docs/test_body.py): the snippets' `api` is a builtin when they
    run (20 IMP105 with `--all` at its head before). The same for `builtins.x = ...`,
    `setattr(builtins, "y", ...)` and `gettext.install()` (`_`). Other free names stay IMP105
    (pyright reports each: it does not follow what is added to the builtins at run time)."""
    base = {"pkg/__init__.py": "", "docs/__init__.py": "", "docs/src/__init__.py": "", "tests/__init__.py": ""}
    change = {"docs/src/code01.py": FRAGMENT + "print(_('x'), shown, other)\n",
              "tests/test_docs.py": ("import builtins\nimport gettext\nfrom unittest.mock import patch\n\n\n"
                                     "def test_examples():\n    gettext.install('app')\n"
                                     "    builtins.shown = print\n    setattr(builtins, 'helper', len)\n"
                                     "    with patch(\"builtins.api\", object(), create=True):\n"
                                     "        import docs.src.code01  # noqa: F401\n"),
              "pkg/free.py": "def f():\n    return api, helper, missing\n"}
    assert diff_keys(base, change) == [("IMP105", "docs/src/code01.py", 11, "other"),
                                       ("IMP105", "pkg/free.py", 2, "missing")]


PY_MADE_DIRECTLY = ("from pkg.models import Model, Redef\nfrom pkg import models\nfrom pkg.make import make, inferred\n\n"
                    "Model().shared()\nx = Model().shared\nmodels.Model().shared()\nRedef().shared()\nmake().shared()\n"
                    "inferred().shared()\nModel().other()\n")


def test_a_method_removed_from_a_python_class_is_missing_where_a_new_instance_uses_it_directly():
    """pyright 1.1.414, reportAttributeAccessIssue at made.py 5 (`Model().shared()`), 6 (a
    read), 7 (`models.Model()`), 9 (`make()`, `-> Model`) and 10 (`inferred()`: an unannotated
    function, not judged); quiet at 8 (`Redef` defines it again) and 11 (`other`, kept)."""
    base = {"pkg/__init__.py": "", "pkg/base.py": PY_BASE, "pkg/models.py": PY_MODELS,
            "pkg/make.py": ("from pkg.models import Model\n\n\ndef make() -> Model:\n    return Model()\n\n\n"
                            "def inferred():\n    return Model()\n"),
            "pkg/made.py": PY_MADE_DIRECTLY}
    head = PY_BASE.replace("    def shared(self):\n        return 1\n\n", "")
    assert diff_keys(base, {"pkg/base.py": head}) == [
        ("IMP103", "pkg/made.py", line, "shared") for line in (5, 6, 7, 9)]


def test_a_name_taken_out_of_the_builtins_is_undefined_where_an_unchanged_module_uses_it():
    """The names modules add to the builtins are in each revision's index: a change that takes
    one away reaches the modules that use it unbound (every file is checked then), as a full
    scan does, and a change elsewhere does not read every file for them."""
    base = {"pkg/__init__.py": "", "pkg/use.py": "def f():\n    return api\n",
            "tests/conftest.py": "import builtins\n\nbuiltins.api = object()\n"}
    change = {"tests/conftest.py": "import builtins\n"}
    scoped, full = diff_result(base, change), diff_result(base, change, whole_repository=True)
    assert scoped.json == full.json
    assert [(f["code"], f["file"]) for f in scoped.json["findings"]] == [("IMP105", "pkg/use.py")]
