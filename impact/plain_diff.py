"""A plain `impact diff` command line, read without typer.

Importing typer (and the click it carries) takes a tenth of a warm `impact diff`, for a
command line that is nearly always the same few options. impact/__main__.py hands the words
here first: when every word is one of `impact diff`'s own options or a revision, they are
read here, and impact.commands runs the diff as the typer command would; anything else (help,
completion, another command, a value typer would refuse, a short-option cluster such as
`-qv`) is left to impact/cli.py, which says what is wrong. tests/test_plain_diff.py checks
that both readings give the diff the same options.
"""

from __future__ import annotations

from pathlib import Path

# (global) options of `impact` before the subcommand, and those `impact diff` takes again
GLOBAL_FLAGS = {"--no-cache": "no_cache", "--full-scan": "full_scan"}
GLOBAL_VALUES = {"--repo": "repo", "-C": "repo", "--cache-dir": "cache_dir", "--jobs": "jobs",
                 "-j": "jobs"}
REPEATED_GLOBAL_FLAGS = {"--no-cache": "no_cache"}  # after `diff`: all but --full-scan
DIFF_FLAGS = {"--staged": "staged", "--all": "show_all", "--strict": "strict",
              "--exit-zero": "exit_zero", "--statistics": "statistics", "--quiet": "quiet",
              "-q": "quiet", "--verbose": "verbose", "-v": "verbose"}
DIFF_VALUES = {"--format": "output_format", "-f": "output_format", "--output-format": "output_format",
               "--output-file": "output_file", "-o": "output_file", "--path-base": "path_base",
               "--repo-url": "repo_url", "--sha": "sha", "--config": "config"}
DIFF_LISTS = {"--select": "select", "--ignore": "ignore", "--exclude": "exclude"}
PATH_VALUES = ("repo", "cache_dir", "output_file", "config")


class NotPlain(Exception):
    """Words this reader leaves to typer."""


def read(words: list[str]) -> tuple[dict, dict, dict] | None:
    """(options before `diff`, options `diff` takes again, the diff's own options), or None
    when the words are not a plain `impact diff`."""
    try:
        return _read(words)
    except NotPlain:
        return None


def _read(words: list[str]) -> tuple[dict, dict, dict]:
    before: dict = {}
    rest = iter(words)
    for word in rest:
        if word == "diff":
            break
        _option(word, rest, before, GLOBAL_FLAGS, GLOBAL_VALUES, {})
    else:
        raise NotPlain
    again: dict = {}
    own: dict = {"revisions": []}
    for word in rest:
        if not word.startswith("-"):
            own["revisions"].append(word)
        elif _name(word) in REPEATED_GLOBAL_FLAGS or _name(word) in GLOBAL_VALUES:
            _option(word, rest, again, REPEATED_GLOBAL_FLAGS, GLOBAL_VALUES, {})
        else:
            _option(word, rest, own, DIFF_FLAGS, DIFF_VALUES, DIFF_LISTS)
    return _checked(before), _checked(again), _checked(own)


def _name(word: str) -> str:
    return word.partition("=")[0] if word.startswith("--") else word


def _option(word: str, rest, into: dict, flags: dict, values: dict, lists: dict) -> None:
    name, equals, value = word.partition("=") if word.startswith("--") else (word, "", "")
    if name in flags and not equals:
        into[flags[name]] = True
    elif name in values or name in lists:
        if not equals:
            value = next(rest, None)
            if value is None or value.startswith("-"):
                raise NotPlain  # typer says what is missing
        if name in lists:
            into.setdefault(lists[name], []).append(value)
        else:
            into[values[name]] = value
    else:
        raise NotPlain  # help, completion, a cluster, another command's option, `--`


def _checked(options: dict) -> dict:
    """The values typed as typer types them; NotPlain for one typer would refuse."""
    from impact.commands import PathBase
    from impact.report import FORMATS

    for key in PATH_VALUES:
        if key in options:
            options[key] = Path(options[key])
    if "jobs" in options:
        jobs = options["jobs"]
        if not jobs.isascii() or not jobs.isdigit():
            raise NotPlain
        options["jobs"] = int(jobs)
    if options.get("output_format", "text") not in FORMATS:
        raise NotPlain
    if options.get("path_base", PathBase.cwd.value) not in {base.value for base in PathBase}:
        raise NotPlain
    return options


def run(words: list[str]) -> bool:
    """Run a plain `impact diff` (exiting with its status); False when the words are not one."""
    found = read(words)
    if found is None:
        return False
    from impact import commands

    before, again, own = found
    commands.guarded(lambda: _diff(commands, before, again, own))
    return True


def _diff(commands, before: dict, again: dict, own: dict) -> None:
    commands.set_global_options(before.get("repo", Path(".")), before.get("no_cache", False),
                                before.get("cache_dir"), before.get("full_scan", False),
                                before.get("jobs", 0))
    commands.apply_global_options(again.get("repo"), again.get("no_cache", False),
                                  again.get("cache_dir"), again.get("jobs"))
    path_base = own.pop("path_base", None)
    raise SystemExit(commands.diff(commands.DiffAsked(
        revisions=tuple(own.pop("revisions")),
        path_base=commands.PathBase(path_base) if path_base else None,
        **{key: tuple(value) if isinstance(value, list) else value for key, value in own.items()})))
