"""Found by the eighteenth round of seeded mutations against pyright and tsc (urwid, pyglet,
@radix-ui/themes, @patternfly/react-core; benchmarks/RESULTS.md, "Seeded mutations, round 18")."""

from __future__ import annotations

import subprocess


def test_the_tsc_oracle_reads_jsx(tmp_path):
    """Without a `jsx` option tsc gave patternfly TS2305 "has no exported member" for names its
    `.tsx` barrels do export, differently after any edit: noise in every kind, controls too."""
    from benchmarks.mutations.oracle import Tsc

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    settings = Tsc(tmp_path / "bin", tmp_path).settings(["src/a.tsx"])
    assert settings["compilerOptions"]["jsx"] == "preserve"
    assert settings["files"] == ["src/a.tsx"]


NOCHECK_BASE = {
    "package.json": '{"name": "x", "type": "module"}',
    "src/utils/getBasePlacement.ts": "export default function getBasePlacement(placement: string) {\n"
                                     "  return placement.split('-')[0];\n}\n",
    "src/modifiers/arrow.ts": "/**\n * vendored from popper\n */\n// @ts-nocheck\n"
                              "import getBasePlacement from '../utils/getBasePlacement';\n\n"
                              "export const arrow = (p: string) => getBasePlacement(p);\n",
    "src/modifiers/late.ts": "import getBasePlacement from '../utils/getBasePlacement';\n"
                             "// @ts-nocheck\nexport const late = (p: string) => getBasePlacement(p);\n",
    "src/modifiers/flip.ts": "import getBasePlacement from '../utils/getBasePlacement';\n\n"
                             "export const flip = (p: string) => getBasePlacement(p);\n",
}


def test_a_file_whose_header_says_ts_nocheck_is_not_judged_as_tsc_checks_nothing_there():
    """patternfly's vendored popper: every module of `helpers/Popper/thirdparty/` opens with
    `// @ts-nocheck`, and tsc reports no error of those files (TS2554 among them); a
    `@ts-nocheck` after the first statement is no directive to tsc (checked with tsc 5.9.3).
    The change adds a required first parameter."""
    from tests.conftest import diff_keys

    change = {"src/utils/getBasePlacement.ts": "export default function getBasePlacement(\n"
                                               "  extra: number, placement: string) {\n"
                                               "  return placement.split('-')[extra];\n}\n"}
    assert diff_keys(NOCHECK_BASE, change) == [("IMP202", "src/modifiers/flip.ts", 3, "getBasePlacement"),
                                               ("IMP202", "src/modifiers/late.ts", 3, "getBasePlacement")]


def test_a_ts_nocheck_file_still_has_its_imports_judged():
    """`@ts-nocheck` stops tsc's checking, not the bundler's linking: a module the file
    imports that is gone fails the build (IMP102), and so does a name it no longer exports
    (IMP101)."""
    from tests.conftest import diff_keys

    gone = {"src/utils/getBasePlacement.ts": None}
    assert ("IMP102", "src/modifiers/arrow.ts", 5, "../utils/getBasePlacement") in diff_keys(NOCHECK_BASE, gone)
    renamed = {"src/utils/getBasePlacement.ts": "export function basePlacement(placement: string) {\n"
                                                "  return placement.split('-')[0];\n}\n"}
    assert ("IMP101", "src/modifiers/arrow.ts", 5, "default") in diff_keys(NOCHECK_BASE, renamed)
