"""impact as a library: compare two revisions given as data, no git and no command line.

    from impact.api import diff_files
    result = diff_files({"a.py": "def f(): ...\n", "b.py": "from a import f\n"},
                        {"a.py": "def g(): ...\n"})
    [(f.code, f.file, f.line) for f in result.findings]  # [("IMP101", "b.py", 1), ...]

The same pipeline as `impact diff`, with every file of both revisions held in memory.
"""

from __future__ import annotations

from pathlib import Path

from impact.config import Overrides
from impact.memory import Files, revisions
from impact.pipeline import DiffResult, Options, run


def diff_files(base: Files, change: Files, *, whole_repository: bool = False,
               public: tuple[str, ...] | None = None, select: tuple[str, ...] | None = None,
               show_all: bool = False, strict: bool = False, cache_dir: Path | None = None
               ) -> DiffResult:
    """What `change` (path -> new content, None deleting) breaks in `base` (path -> content);
    `select`, the codes or prefixes reported (`--select`); `show_all`, every finding of head
    (`--all`); `strict`, also the suppressions that suppress nothing (`--strict`); `cache_dir`,
    a facts cache to read and fill (`--cache-dir`; default: none)."""
    base_snapshot, head_snapshot = revisions(base, change)
    options = Options(jobs=1, whole_repository=whole_repository, public=public, show_all=show_all,
                      strict=strict, overrides=Overrides.from_flags(select=select),
                      cache_dir=cache_dir)
    return run(base_snapshot, head_snapshot, options)
