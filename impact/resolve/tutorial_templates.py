"""TutorialKit's lessons: the files of a lesson (`src/content/tutorial/<part>/<chapter>/
<lesson>/_files/`, and its `_solution/`) are laid over a template (`src/templates/<name>/`,
which the lesson's front matter names and which may extend another), and the project runs as
the two together: a relative import in a lesson's file finds what the template holds at the
same place (ngxs/store's tutorials/create-app, whose lessons import `../todo.service` of
`src/templates/ngxs/src/app/todo/`). impact does not read the front matter: every template of
the tutorial is tried."""

from __future__ import annotations

import re
from collections.abc import Iterable

# <project>src/content/tutorial/<...>/_files|_solution/<where in the project>
LESSON_FILE = re.compile(r"^(?P<project>(?:.*/)?)src/content/tutorial/(?P<lesson>(?:[^/]+/)*?)"
                         r"(?P<kind>_files|_solution)/(?P<rest>.+)$")
TEMPLATES = "src/templates"


def template_bases(base: str, dirs: Iterable[str] | frozenset[str]) -> tuple[str, ...]:
    """Where a path a lesson's file names (`base`, no extension yet) lies in what the lesson
    is laid over: for a `_solution/` file its lesson's `_files/` (the solution is shown over
    them), then each template of its tutorial; none when `base` is no lesson file."""
    match = LESSON_FILE.match(base)
    if match is None:
        return ()
    tutorial = f"{match['project']}src/content/tutorial/{match['lesson']}"
    files = (f"{tutorial}_files/{match['rest']}",) if match["kind"] == "_solution" else ()
    templates = match["project"] + TEMPLATES
    if templates not in dirs:
        return files
    prefix = templates + "/"
    names = sorted({d[len(prefix):].partition("/")[0] for d in dirs if d.startswith(prefix)})
    return (*files, *(f"{prefix}{name}/{match['rest']}" for name in names))
