"""The `impact` command and `python -m impact`.

`impact --version` is answered here, before the command line is imported: typer, click and
the analysis take several times longer to import than Python takes to start. Everything
else goes to impact.cli.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from impact import __version__

        print(f"impact {__version__}")
        return
    from impact.cli import main as command_line

    command_line()


if __name__ == "__main__":
    main()
