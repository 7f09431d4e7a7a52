"""The command line, thin: it parses options, calls the pipeline (impact/pipeline.py) and
writes what impact/reporting.py renders."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from impact import __version__, commands
from impact.commands import (
    DiffAsked,
    PathBase,
    State,
    apply_global_options,
    fail,
    guarded,
    run_diff,
    set_global_options,
    warn,
)
from impact.report import FORMATS
from impact.report.printable import printable, printable_lines
from impact.report_model import Display
from impact.snapshot import WORKTREE, ImpactError, Repository

# The pipeline, rich and the GitHub client are imported by the commands that use them (a
# format's module only when it renders), so that `impact diff --format json` loads no more
# than it needs (see "Start-up" in benchmarks/RESULTS.md); `impact --version` is answered by
# impact/__main__.py alone.

app = typer.Typer(
    add_completion=True,  # --install-completion, --show-completion (for the shell it runs in)
    rich_markup_mode=None,  # plain help, as click prints it: `[tool.impact]` stays literal
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="What does this diff break? Dangling imports, exports and names, and broken public "
         "API, for Python and JavaScript/TypeScript.",
)


Format = Enum("Format", {name: name for name in FORMATS}, type=str)  # the registry's formats


def choices(options: type[Enum]) -> str:
    """An option's metavar that lists its values, `[text|json]`, as click writes choices."""
    return "[" + "|".join(option.value for option in options) + "]"


# Options shared by the commands that run the analysis (lists: repeat them or separate by commas).
CONFIG = typer.Option(None, "--config", metavar="FILE", help="Read [tool.impact] (or "
                      "impact.toml's keys) from this file instead of the repository's "
                      "pyproject.toml/impact.toml.")
SELECT = typer.Option(None, "--select", metavar="CODES", help="Finding codes or prefixes to "
                      "report (replaces the configured select and ignore), e.g. IMP1,IMP201.")
IGNORE = typer.Option(None, "--ignore", metavar="CODES", help="Finding codes or prefixes not to "
                      "report (added to the configured ignore), e.g. IMP105.")
EXCLUDE = typer.Option(None, "--exclude", metavar="PATTERN", help="gitignore-style patterns of "
                       "files to report nothing in (added to the configured exclude), e.g. 'legacy/'.")


# BASE [HEAD] of `diff`, `fix` and `affected`, explained in each command's help text (an
# argument's own help would show typer's `<list[str]>` beside it).
REVISIONS = typer.Argument(None, metavar="BASE [HEAD]", hidden=True)

# The global options, accepted after a subcommand too (`impact diff -C repo --no-cache`).
REPO = typer.Option(None, "--repo", "-C", metavar="DIR", help="Run as if started in this directory.")
NO_CACHE = typer.Option(False, "--no-cache", help="Do not read or write the facts cache.")
CACHE_DIR = typer.Option(None, "--cache-dir", metavar="DIR", help="Where the facts cache lives "
                         "(default: $IMPACT_CACHE_DIR or $XDG_CACHE_HOME/impact).")
JOBS = typer.Option(None, "--jobs", "-j", metavar="N", min=0, help="Processes that extract "
                    "facts of files not in the cache (0: one per core; 1: no pool).")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"impact {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    repo: Path = typer.Option(Path("."), "--repo", "-C", metavar="DIR",
                              help="Run as if started in this directory."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the facts cache."),
    cache_dir: Path = typer.Option(None, "--cache-dir", metavar="DIR", help="Where the facts cache lives "
                                   "(default: $IMPACT_CACHE_DIR or $XDG_CACHE_HOME/impact)."),
    full_scan: bool = typer.Option(False, "--full-scan", help="Check every file, not only the "
                                   "files the change can affect (slower; the same findings)."),
    jobs: int = typer.Option(0, "--jobs", "-j", metavar="N", min=0, help="Processes that extract "
                             "facts of files not in the cache (default 0: one per core; 1: no pool)."),
) -> None:
    set_global_options(repo, no_cache, cache_dir, full_scan, jobs)


@app.command("diff")
def diff_command(
    revisions: list[str] = REVISIONS,
    staged: bool = typer.Option(False, "--staged", help="Compare HEAD with the index."),
    output_format: Format = typer.Option(Format.text, "--format", "-f", "--output-format",
                                         metavar=choices(Format), help="Output format."),
    output_file: Path = typer.Option(None, "--output-file", "-o", metavar="FILE", help="Write the report to "
                                     "this file instead of standard output."),
    show_all: bool = typer.Option(False, "--all", help="Show every finding in head, not only "
                                                       "the ones the change introduces."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on any finding, warnings too."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when there are "
                                   "findings (2 still means impact could not run)."),
    statistics: bool = typer.Option(False, "--statistics", help="Print the number of findings "
                                    "of each code instead of the findings."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print the findings and nothing "
                               "else (no warnings or hints on standard error)."),
    path_base: PathBase = typer.Option(None, "--path-base", metavar=choices(PathBase),
                                       help="Paths relative to the current directory (cwd, the "
                                       "default) or to the repository root (repo); text and "
                                       "vscode only: the other formats are always relative to "
                                       "the repository root."),
    repo_url: str = typer.Option(None, "--repo-url", metavar="URL", help="Markdown: link files under this "
                                 "repository URL (default: from GITHUB_SERVER_URL/GITHUB_REPOSITORY)."),
    sha: str = typer.Option(None, "--sha", metavar="SHA", help="Markdown: the head commit to link to "
                                                "(default: GITHUB_SHA)."),
    config: Path = CONFIG,
    select: list[str] = SELECT,
    ignore: list[str] = IGNORE,
    exclude: list[str] = EXCLUDE,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Say on stderr what impact "
                                 "detected and which configuration it used, and every warning."),
    repo: Path = REPO,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    jobs: int = JOBS,
) -> None:
    """Report what the change from BASE to HEAD breaks.

    BASE and HEAD are revisions (default: HEAD and the working tree); also BASE..HEAD, and
    BASE...HEAD for the merge base of the two against HEAD (a pull request)."""
    apply_global_options(repo, no_cache, cache_dir, jobs)
    raise typer.Exit(commands.diff(DiffAsked(
        tuple(revisions or ()), staged, output_format.value, output_file, show_all, strict,
        exit_zero, statistics, quiet, path_base, repo_url, sha, config, tuple(select or ()),
        tuple(ignore or ()), tuple(exclude or ()), verbose)))


@app.command("fix", short_help="Point imports of moved or renamed symbols at their new place.")
def fix_command(
    revisions: list[str] = REVISIONS,
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the edits as a unified diff "
                                                          "instead of making them."),
    check: bool = typer.Option(False, "--check", help="As --dry-run, and exit 1 when there "
                               "are edits to make (0 when none), like `ruff --diff`."),
    config: Path = CONFIG,
    exclude: list[str] = EXCLUDE,
    repo: Path = REPO,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    jobs: int = JOBS,
) -> None:
    """Point imports of moved or renamed symbols at their new place (not in excluded files).

    BASE [HEAD] as for `impact diff` (default: HEAD and the working tree)."""
    apply_global_options(repo, no_cache, cache_dir, jobs)
    dry_run = dry_run or check
    repo, result = run_diff(revisions, False, State.options(
        overrides=State.overrides(config, exclude=exclude)))
    head = result.head.snapshot
    from impact.reporting import plan_fixes

    fixes = plan_fixes(result)
    if not fixes:
        typer.echo("Nothing to fix: no import names a moved or renamed symbol at its old place.")
        return
    if head.label != WORKTREE and not dry_run:
        fail("fix edits the working tree: compare against it (no HEAD revision), or use --dry-run")
    if not write_fixes(repo, fixes, dry_run, on_disk=head.label == WORKTREE):
        raise typer.Exit(2)
    if check:
        raise typer.Exit(1)


def write_fixes(repo: Repository, fixes: list, dry_run: bool, on_disk: bool) -> bool:
    """Write each fix (with `dry_run`, print it as a diff instead) unless `impact.fix` refuses
    its file, which is then one error line; whether none was refused. Files of a revision
    other than the working tree (`on_disk` False) are only printed."""
    from impact.fix import Written, write_fix

    refused = 0
    for fix in fixes:
        written = write_fix(repo.root, repo.worktree_path(fix.path).relative_to(repo.root), fix,
                            dry_run) if on_disk else Written(fix.path)
        if written.refused:
            refused += 1
            typer.echo(f"impact: error: {printable(written.refused)}", err=True)
            continue
        if written.other_links:
            typer.echo(f"impact: warning: {printable(fix.path)} has {written.other_links} other hard "
                       "link(s): fix writes a new file, and they keep the old text", err=True)
        if dry_run:
            sys.stdout.write(printable_lines(fix.unified_diff()))
        else:
            typer.echo(f"fixed {printable(fix.path)}")
    return refused == 0


@app.command("init", short_help="Write a starter [tool.impact] from what impact detects.")
def init_command(
    dry_run: bool = typer.Option(False, "--dry-run", "--stdout", help="Print the configuration "
                                 "instead of writing it."),
    force: bool = typer.Option(False, "--force", help="Replace an existing [tool.impact] / impact.toml."),
) -> None:
    """Write a commented starter [tool.impact] (pyproject.toml, else impact.toml) from what impact
    detects. The one command that writes into the repository: its working tree, on purpose."""
    from impact.init import plan_init  # tomlkit: loaded only by this command

    try:
        repo = Repository(State.repo_path)
        from impact import detect

        plan = plan_init(repo.root, detect.detect_snapshot(repo.worktree_snapshot()), force)
    except ImpactError as error:
        fail(str(error))
    if dry_run:
        sys.stdout.write(plan.section)
        return
    plan.path.write_text(plan.text, encoding="utf-8", newline="")
    typer.echo(f"impact: wrote the starter configuration to {plan.path.name}", err=True)


# impact.github's DEFAULT_TIMEOUT and TIMEOUT_VARIABLE, written out so that importing the command
# line does not import the HTTP client (tests/test_startup.py checks they agree)
GITHUB_TIMEOUT = 30.0
GITHUB_TIMEOUT_VARIABLE = "IMPACT_GITHUB_TIMEOUT"


@app.command("comment", short_help="Post or update the pull request's impact comment.")
def comment_command(
    base: str = typer.Option(None, "--base", metavar="REV", help="Base revision (default: the pull request's "
                                                  "base sha from GITHUB_EVENT_PATH)."),
    head: str = typer.Option("HEAD", "--head", metavar="REV", help="Head revision."),
    api_url: str = typer.Option(None, "--api-url", metavar="URL", help="GitHub API URL (default: "
                                                        "GITHUB_API_URL or api.github.com)."),
    repository: str = typer.Option(None, "--repository", metavar="OWNER/NAME", help="owner/name (default: "
                                                              "GITHUB_REPOSITORY)."),
    number: int = typer.Option(None, "--pr", metavar="NUMBER", help="Pull request number (default: from "
                                                  "GITHUB_EVENT_PATH)."),
    output: Path = typer.Option(None, "--output", "-o", metavar="FILE", help="Also write the report here."),
    timeout: float = typer.Option(GITHUB_TIMEOUT, "--timeout", metavar="SECONDS", min=0.001,
                                  envvar=GITHUB_TIMEOUT_VARIABLE, help="Seconds each GitHub API "
                                  "request may take, from connecting to the last byte."),
    config: Path = CONFIG,
    select: list[str] = SELECT,
    ignore: list[str] = IGNORE,
    exclude: list[str] = EXCLUDE,
    repo: Path = REPO,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    jobs: int = JOBS,
) -> None:
    """Post (or update) one sticky pull-request comment with the markdown report.

    The token comes from GITHUB_TOKEN; it is never printed. Only a comment the token's user
    wrote is updated. A pull request where nothing is found gets no comment, unless it already
    has one: that is updated to say so."""
    apply_global_options(repo, no_cache, cache_dir, jobs)
    try:
        from impact import github

        pr = github.pull_request(api_url, repository, number, base)
    except ImpactError as error:
        fail(str(error))
    _, result = run_diff([pr.base_sha, head], False, State.options(
        overrides=State.overrides(config, select, ignore, exclude)))
    from impact.reporting import links_from_environment, rendered

    display = Display(links=links_from_environment(None, result.head.snapshot.commit))
    body = rendered("markdown", result, display)
    if output is not None:
        output.write_text(body, encoding="utf-8")
    else:
        sys.stdout.write(body)
    try:
        from impact import github

        action = github.upsert_comment(pr, body, timeout, clean=not result.findings)
    except ImpactError as error:
        fail(str(error))
    if action == "skipped":
        typer.echo(f"impact: nothing found, and pull request #{pr.number} has no impact comment "
                   "to update: none posted", err=True)
    else:
        typer.echo(f"impact: {action} the comment on pull request #{pr.number}", err=True)
    raise typer.Exit(1 if any(f.severity == "error" for f in result.findings) else 0)


class GraphFormat(str, Enum):
    dot = "dot"
    json = "json"
    graphml = "graphml"


@app.command("graph", short_help="Write the module graph (dot, json, graphml).")
def graph_command(
    revision: str = typer.Argument(None, metavar="REVISION", hidden=True),
    output_format: GraphFormat = typer.Option(GraphFormat.dot, "--format", "-f",
                                              metavar=choices(GraphFormat), help="Output format."),
    symbols: bool = typer.Option(False, "--symbols", help="Include imported symbols, not only modules."),
    path: str = typer.Option(None, "--path", metavar="PREFIX", help="Only modules under this path prefix."),
    repo: Path = REPO,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    jobs: int = JOBS,
) -> None:
    """Write the module graph (and, with --symbols, the symbol graph) of REVISION (default:
    the working tree)."""
    apply_global_options(repo, no_cache, cache_dir, jobs)
    snapshot = _snapshot(revision)
    from impact import dependents
    from impact.pipeline import load, unread_warnings

    graph = load(snapshot, State.options()).graph
    for warning in unread_warnings(snapshot):
        typer.echo(f"impact: warning: {warning}", err=True)
    sys.stdout.write(dependents.export_graph(graph, output_format.value, symbols, path))


class RoutesFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("routes", short_help="List the HTTP operations served and the requests calling them.")
def routes_command(
    revision: str = typer.Argument(None, help="A revision; default: the working tree."),
    output_format: RoutesFormat = typer.Option(RoutesFormat.text, "--format", "-f"),
    repo: Path = REPO,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    jobs: int = JOBS,
) -> None:
    """List the HTTP operations served (method, path, handler file:line, the fields sent)
    and the requests in the repository that call them, as the IMP4xx rules see them."""
    from impact.http.listing import route_listing
    from impact.report import routes_report

    apply_global_options(repo, no_cache, cache_dir, jobs)
    snapshot = _snapshot(revision)
    from impact.pipeline import load, unread_warnings

    graph = load(snapshot, State.options()).graph
    for warning in unread_warnings(snapshot):
        warn(warning)
    listing = route_listing(graph)
    sys.stdout.write(routes_report.FORMATS[output_format.value](listing))


@app.command("affected", short_help="Print the changed modules and the modules that depend on them.")
def affected_command(
    revisions: list[str] = REVISIONS,
    tests: bool = typer.Option(False, "--tests", help="Print only the test files among them."),
    repo: Path = REPO,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    jobs: int = JOBS,
) -> None:
    """Print the changed modules and every module that depends on them, one per line.

    BASE [HEAD] as for `impact diff` (default: HEAD and the working tree)."""
    apply_global_options(repo, no_cache, cache_dir, jobs)
    _, result = run_diff(revisions, False, State.options())
    from impact import dependents
    from impact.pipeline import dependents_of_change

    for module in dependents_of_change(result):
        if not tests or dependents.is_test_file(module):
            typer.echo(printable(module))


def _snapshot(revision: str | None):
    try:
        repo = Repository(State.repo_path)
        return repo.tree_snapshot(revision) if revision else repo.worktree_snapshot()
    except ImpactError as error:
        fail(str(error))


cache_app = typer.Typer(help="The facts cache: `impact cache info`, `impact cache clear`.",
                        no_args_is_help=True, rich_markup_mode=None)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Where the facts cache is, and how big."""
    from impact import cache

    facts_cache = cache.FactsCache(State.cache_dir or cache.default_directory())
    info = facts_cache.info()
    facts_cache.close()
    typer.echo(f"path: {info['path']}\nentries: {info['entries']}\nsize: {info['bytes']:,} bytes\n"
               f"extractor: {info['extractor']}")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every entry of the facts cache."""
    from impact import cache

    facts_cache = cache.FactsCache(State.cache_dir or cache.default_directory())
    facts_cache.clear()
    facts_cache.close()
    typer.echo(f"cleared {facts_cache.path}")


class RulesFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


@app.command("rules", short_help="Explain the finding codes.")
def rules_command(
    rule: str = typer.Argument(None, metavar="RULE", hidden=True),
    show_all: bool = typer.Option(False, "--all", help="Explain every rule in full."),
    output_format: RulesFormat = typer.Option(RulesFormat.text, "--format", "-f",
                                              "--output-format", metavar=choices(RulesFormat),
                                              help="Output format."),
) -> None:
    """Explain the finding codes: what each catches, why it matters, an example.

    RULE is a finding code or rule name (IMP101, dangling-import): explain that one."""
    from impact.reporting import rules_document, rules_named

    rules = rules_named(rule)
    if not rules:
        fail(f"unknown finding code or rule name '{rule}' (see `impact rules`)")
    sys.stdout.write(rules_document(rules, output_format.value, explained=rule is not None or show_all))


def main() -> None:
    """The command line; SIGINT, SIGTERM and running out of memory end it with one line."""
    guarded(lambda: app(prog_name="impact"))  # also under `python -m impact`: completion names `impact`
