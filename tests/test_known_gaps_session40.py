"""Gaps session 40 left in member reads (benchmarks/RESULTS.md, "Known gaps of session 40"):
enum and static members read in their own file, members read through instances of a class
whose type is certain, ... Each expectation was checked with tsc 5.9.3 (`strict`) or pyright
1.1.414 on the same tree."""

from __future__ import annotations

from conftest import diff_keys

OWN_FILE = ("export enum Status {\n  OK = 0,\n  CANCEL = 1,\n}\n"
            "export const s = Status.OK;\n"
            "export function f() { return Status.OK; }\n"
            "export class Texture {\n  static normalize(x: number) { return x; }\n  static KEEP = 1;\n"
            "  make() { return Texture.normalize(1) + Texture.KEEP; }\n}\n"
            "export class Sub extends Texture {}\n"
            "const t = Sub.normalize(2);\n"
            "function local() { const Status = { OK: 1 }; return Status.OK; }\n")


def test_an_enum_or_static_member_removed_is_dangling_where_its_own_module_reads_it():
    """tsc: TS2339 at e.ts 5, 6 (`Status.OK`), 10 (`Texture.normalize`) and 13
    (`Sub.normalize`, through a subclass: not judged, Sub extends another class); nothing at
    line 14, where a local `Status` shadows the enum. A script's enum (no import or export) is
    global and merges with other scripts' of its name: not judged (tsc reports `G.A`)."""
    base = {"src/e.ts": OWN_FILE, "src/script.ts": "enum G { A, B }\nconst g = G.A;\n"}
    change = {"src/e.ts": OWN_FILE.replace("  OK = 0,\n", "\n").replace(
        "  static normalize(x: number) { return x; }\n", "\n"),
              "src/script.ts": "enum G { B }\nconst g = G.A;\n"}
    assert diff_keys(base, change) == [("IMP103", "src/e.ts", 5, "OK"), ("IMP103", "src/e.ts", 6, "OK"),
                                       ("IMP103", "src/e.ts", 10, "normalize")]
