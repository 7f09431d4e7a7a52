"""The `impact` command and `python -m impact`.

`impact --version` is answered here, before the command line is imported: typer, click and
the analysis take several times longer to import than Python takes to start. For `impact
diff`, the git commands it will most likely run are started first, to run while the rest
is imported (impact/git_ahead.py), and a plain `impact diff` is read without typer
(impact/plain_diff.py). Everything else goes to impact.cli.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from impact import __version__

        print(f"impact {__version__}")
        return
    from impact.git_ahead import start_for_diff

    start_for_diff(sys.argv[1:])
    from impact.plain_diff import run

    if run(sys.argv[1:]):  # a plain `impact diff`, read without typer
        return
    from impact.cli import main as command_line

    command_line()


if __name__ == "__main__":
    main()
