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
