"""A member removed from a TypeScript namespace (`export namespace N { export function f() }`,
`declare namespace D { ... }`) while a consumer that imports the namespace uses `N.f`: tsc's
TS2339 ("Property 'f' does not exist on type 'typeof N'"), IMP103 at each use. A namespace
whose module a `declare module` augments may have members impact does not see: not judged
(one merged with a function, a class or an enum is: tests/test_merged_declarations.py)."""

from __future__ import annotations

from conftest import diff_keys

NAMESPACES = ("export namespace N {\n  export function f() { return 1 }\n  export function g() { return 2 }\n"
              "  export const k = 1\n}\n"
              "export declare namespace D { function h(): void; const z: number }\n")
CONSUMER = "import { N, D } from './barrel';\nN.f();\nN.g();\ntype T = typeof N.k;\nD.h();\nD.z;\n"


def test_a_member_removed_from_a_namespace_breaks_each_use_through_a_barrel():
    base = {"src/n.ts": NAMESPACES, "src/barrel.ts": "export * from './n';\n", "src/use.ts": CONSUMER}
    change = {"src/n.ts": NAMESPACES.replace("  export function g() { return 2 }\n", "")
                                     .replace("  export const k = 1\n", "")
                                     .replace("function h(): void; ", "")}
    assert diff_keys(base, change) == [("IMP103", "src/use.ts", 3, "g"), ("IMP103", "src/use.ts", 4, "k"),
                                       ("IMP103", "src/use.ts", 5, "h")]


def test_a_namespace_merged_with_a_function_is_judged_and_an_augmented_one_is_not():
    # tsc: TS2339 at `N.b` of the merged value (tests/test_merged_declarations.py), none at `M.b`
    merged = "export function N() {}\nexport namespace N {\n  export const a = 1\n  export const b = 2\n}\n"
    base = {"src/n.ts": merged, "src/use.ts": "import { N } from './n';\nN.a;\nN.b;\n",
            "src/m.ts": "export namespace M {\n  export const a = 1\n  export const b = 2\n}\n",
            "src/aug.ts": "export {};\ndeclare module './m' {\n  namespace M {\n    const b: number\n  }\n}\n",
            "src/use_m.ts": "import { M } from './m';\nM.a;\nM.b;\n"}
    change = {"src/n.ts": merged.replace("  export const b = 2\n", ""),
              "src/m.ts": base["src/m.ts"].replace("  export const b = 2\n", "")}
    assert diff_keys(base, change) == [("IMP103", "src/use.ts", 3, "b")]


def test_a_member_no_longer_exported_is_gone_but_a_declaration_file_exports_every_declaration():
    # in a `.ts` namespace only what the body exports is a member; in a declaration file (an
    # ambient context) every declaration is one, exported or not (tsc: no error at `T.f`, `T.Inner`)
    base = {"src/n.ts": "export namespace N {\n  export const k = 1\n}\n",
            "src/t.d.ts": "export namespace T {\n  const k: number;\n  function f(): void;\n"
                          "  namespace Inner { const q: number }\n}\n",
            "src/use.ts": "import { N } from './n';\nimport { T } from './t';\nN.k;\n"}
    change = {"src/n.ts": "export namespace N {\n  const k = 1\n}\n",
              "src/use.ts": base["src/use.ts"] + "T.f();\nT.Inner;\nT.k;\n"}
    assert diff_keys(base, change) == [("IMP103", "src/use.ts", 3, "k")]


def test_a_member_removed_from_a_namespace_read_through_a_whole_module_or_a_default_import():
    """tsc 5.9.3: TS2339 at `m.N.g()` (`import * as m`), `Def.g()` (`export default N`) and
    `N.g()`; `m.N.f()`, `m.other.g` (not a namespace: a module's variable) are not judged."""
    module = NAMESPACES + "export default N;\nexport const other = { g: 1 };\n"
    use = ("import * as m from './n';\nimport Def from './n';\nimport { N } from './n';\n"
           "m.N.f();\nm.N.g();\nDef.g();\nN.g();\nm.other.g;\n")
    base = {"src/n.ts": module, "src/use.ts": use}
    change = {"src/n.ts": module.replace("  export function g() { return 2 }\n", "")}
    assert diff_keys(base, change) == [("IMP103", "src/use.ts", 5, "g"), ("IMP103", "src/use.ts", 6, "g"),
                                       ("IMP103", "src/use.ts", 7, "g")]


def test_a_member_removed_from_a_namespace_breaks_the_declaring_module_s_own_reads():
    """puppeteer's `CDPSessionEvent` shape: tsc 5.9.3 TS2339 at the module's own reads of the
    removed `Swapped`, in a computed key of an interface and in a method, beside the
    importer's. A script's namespace (no import or export) is global, merged with other
    scripts' namespaces of its name: judged with every script's declarations merged (tsc
    reports `G.b`; tests/test_known_gaps_session40.py)."""
    module = ("export namespace Ev {\n  export const Gone = Symbol('a');\n  export const Kept = Symbol('b');\n}\n"
              "export interface Events {\n  [Ev.Gone]: number;\n  [Ev.Kept]: string;\n}\n"
              "export class Session {\n  on(e: symbol): void {}\n  swap(): void { this.on(Ev.Gone); }\n}\n")
    script = "namespace G {\n  export const a = 1;\n  export const b = 2;\n}\nconst x = G.b;\n"
    base = {"src/session.ts": module, "src/page.ts": "import { Ev } from './session';\nexport const e = Ev.Gone;\n",
            "src/script.ts": script}
    change = {"src/session.ts": module.replace("  export const Gone = Symbol('a');\n", ""),
              "src/script.ts": script.replace("  export const b = 2;\n", "")}
    assert diff_keys(base, change) == [("IMP103", "src/page.ts", 2, "Gone"), ("IMP103", "src/script.ts", 4, "b"),
                                       ("IMP103", "src/session.ts", 5, "Gone"),
                                       ("IMP103", "src/session.ts", 10, "Gone")]


NESTED = ("export namespace N {\n  export namespace Inner {\n    export const c = 1;\n    export const d = 2;\n"
          "    export namespace Deep {\n      export const e = 1;\n      export const f = 2;\n    }\n  }\n"
          "  export namespace Twice {\n    export const x = 1;\n  }\n"
          "  export namespace Twice {\n    export const y = 2;\n  }\n}\n")


def test_a_member_removed_from_a_nested_namespace_breaks_its_reads():
    """tsc 5.9.3: TS2339 at `N.Inner.d` ("on type 'typeof Inner'"), `N.Inner.Deep.f` and
    `N.Twice.y` once `d`, `f` and `y` are removed; none at `N.Inner.c`, `N.Inner.toString()`,
    `N.Inner.Deep.e`. `Twice`, declared twice, is judged merged (since session 42)."""
    use = ("import { N } from './n';\nN.Inner.c;\nN.Inner.d;\nN.Twice.x;\nN.Twice.y;\nN.Inner.toString();\n"
           "N.Inner.Deep.e;\nN.Inner.Deep.f;\n")
    change = {"src/n.ts": NESTED.replace("    export const d = 2;\n", "").replace("      export const f = 2;\n", "")
                                .replace("    export const y = 2;\n", "")}
    assert diff_keys({"src/n.ts": NESTED, "src/use.ts": use}, change) == [
        ("IMP103", "src/use.ts", 3, "d"), ("IMP103", "src/use.ts", 5, "y"), ("IMP103", "src/use.ts", 8, "f")]


def test_a_dotted_namespace_declaration_exports_its_first_name():
    """`export namespace A.B { }` declares and exports `A` (tsc 5.9.3: `import { A }` of it,
    also through `export *`, is fine); it was no export, and a new import of `A` was IMP101."""
    module = ("export namespace A.B {\n  export const e = 5;\n}\nexport namespace A.C {\n  export const g = 1;\n}\n"
              "export namespace Q.R.S {\n  export const h = 1;\n}\nexport const k = A.B.e + Q.R.S.h;\n")
    base = {"src/ns.ts": module, "src/barrel.ts": "export * from './ns';\n", "src/use.ts": "export {};\n"}
    change = {"src/use.ts": "import { A, Q } from './barrel';\nexport const r = [A.B.e, A.C.g, Q.R.S.h];\n"}
    assert diff_keys(base, change) == []


def test_a_member_removed_from_a_dotted_namespace_breaks_its_reads():
    """tsc 5.9.3: TS2339 at `Q.R.S.h` ("on type 'typeof S'") and `m.Q.R.S.h` once `h` is
    removed; none at `Q.R.S.i`. `A`, declared by two dotted declarations (merged), is not judged."""
    module = "export namespace Q.R.S {\n  export const h = 1;\n  export const i = 2;\n}\n"
    use = "import * as m from './ns';\nimport { Q } from './ns';\nQ.R.S.h;\nm.Q.R.S.h;\nQ.R.S.i;\n"
    change = {"src/ns.ts": module.replace("  export const h = 1;\n", "")}
    assert diff_keys({"src/ns.ts": module, "src/use.ts": use}, change) == [
        ("IMP103", "src/use.ts", 3, "h"), ("IMP103", "src/use.ts", 4, "h")]
