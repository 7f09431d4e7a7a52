"""The command line: thin; it parses arguments, runs the pipeline and picks a reporter."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from impact import __version__, cache, dependents, github
from impact.checks import RULES
from impact.diff import DiffResult, Options, diff
from impact.report import (
    github_report,
    json_report,
    markdown_report,
    sarif_report,
    text_report,
    vscode_report,
)
from impact.revisions import resolve_snapshots
from impact.snapshot import WORKTREE, ImpactError, Repository

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="What does this diff break? Dangling imports, exports and names, and broken public "
         "API, for Python and JavaScript/TypeScript.",
)


class Format(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"
    github = "github"
    vscode = "vscode"


PLAIN_REPORTERS = {Format.json: json_report, Format.sarif: sarif_report, Format.github: github_report,
                   Format.vscode: vscode_report}


class State:
    repo_path: Path = Path(".")
    cache_dir: Path | None = None  # None: no cache

    @classmethod
    def options(cls, **values) -> Options:
        return Options(cache_dir=cls.cache_dir, **values)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"impact {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    repo: Path = typer.Option(Path("."), "--repo", "-C", help="Run as if started in this directory."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the facts cache."),
    cache_dir: Path = typer.Option(None, "--cache-dir", help="Where the facts cache lives "
                                   "(default: $IMPACT_CACHE_DIR or $XDG_CACHE_HOME/impact)."),
) -> None:
    State.repo_path = repo
    State.cache_dir = None if no_cache else (cache_dir or cache.default_directory())


def fail(message: str) -> None:
    typer.echo(f"impact: error: {message}", err=True)
    raise typer.Exit(2)


def plan_fixes(result: DiffResult):
    """`impact.fix` brings libcst, slow to import: loaded only when fixes are wanted."""
    from impact.fix import plan_fixes as plan

    return plan(result)


def run_diff(revisions: list[str] | None, staged: bool, options: Options
             ) -> tuple[Repository, DiffResult]:
    """The pipeline, with every failure turned into one line and exit status 2."""
    try:
        repo = Repository(State.repo_path)
        base, head = resolve_snapshots(repo, revisions or [], staged)
        result = diff(base, head, options)
    except ImpactError as error:
        fail(str(error))
    except Exception as error:  # a bug in impact: one line, unless debugging
        if os.environ.get("IMPACT_DEBUG"):
            raise
        fail(f"internal error: {type(error).__name__}: {error} (set IMPACT_DEBUG=1 for details)")
    for warning in result.warnings:
        typer.echo(f"impact: warning: {warning}", err=True)
    return repo, result


@app.command("diff")
def diff_command(
    revisions: list[str] = typer.Argument(None, help="BASE [HEAD], or A..B, or A...B (merge "
                                                     "base). Default: HEAD vs the working tree."),
    staged: bool = typer.Option(False, "--staged", help="Compare HEAD with the index."),
    output_format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    show_all: bool = typer.Option(False, "--all", help="Show every finding in head, not only "
                                                       "the ones the change introduces."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on any finding, warnings too."),
    repo_url: str = typer.Option(None, "--repo-url", help="Markdown: link files under this "
                                 "repository URL (default: from GITHUB_SERVER_URL/GITHUB_REPOSITORY)."),
    sha: str = typer.Option(None, "--sha", help="Markdown: the head commit to link to "
                                                "(default: GITHUB_SHA)."),
) -> None:
    """Report what the change from BASE to HEAD breaks."""
    _, result = run_diff(revisions, staged, State.options(show_all=show_all))
    if output_format in PLAIN_REPORTERS:
        sys.stdout.write(PLAIN_REPORTERS[output_format].render(result))
    elif output_format is Format.markdown:
        links = markdown_report.Links.from_environment(repo_url, sha or result.head.snapshot.commit)
        sys.stdout.write(markdown_report.render(result, plan_fixes(result), links))
    else:
        text_report.render(result, Console(highlight=False))
    errors = any(f.severity == "error" for f in result.findings)
    raise typer.Exit(1 if errors or (strict and result.findings) else 0)


@app.command("fix")
def fix_command(
    revisions: list[str] = typer.Argument(None, help="BASE [HEAD] as for `impact diff`. "
                                                     "Default: HEAD vs the working tree."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the edits as a unified diff "
                                                          "instead of making them."),
) -> None:
    """Point imports of moved or renamed symbols at their new place."""
    repo, result = run_diff(revisions, False, State.options())
    head = result.head.snapshot
    fixes = plan_fixes(result)
    if not fixes:
        typer.echo("Nothing to fix: no import names a moved or renamed symbol at its old place.")
        return
    if dry_run:
        for fix in fixes:
            sys.stdout.write(fix.unified_diff())
        return
    if head.label != WORKTREE:
        fail("fix edits the working tree: compare against it (no HEAD revision), or use --dry-run")
    for fix in fixes:
        (repo.root / fix.path).write_text(fix.after, encoding="utf-8", newline="")
        typer.echo(f"fixed {fix.path}")


@app.command("comment")
def comment_command(
    base: str = typer.Option(None, "--base", help="Base revision (default: the pull request's "
                                                  "base sha from GITHUB_EVENT_PATH)."),
    head: str = typer.Option("HEAD", "--head", help="Head revision."),
    api_url: str = typer.Option(None, "--api-url", help="GitHub API URL (default: "
                                                        "GITHUB_API_URL or api.github.com)."),
    repository: str = typer.Option(None, "--repository", help="owner/name (default: "
                                                              "GITHUB_REPOSITORY)."),
    number: int = typer.Option(None, "--pr", help="Pull request number (default: from "
                                                  "GITHUB_EVENT_PATH)."),
    output: Path = typer.Option(None, "--output", "-o", help="Also write the report here."),
) -> None:
    """Post (or update) one sticky pull-request comment with the markdown report.

    The token comes from GITHUB_TOKEN; it is never printed."""
    try:
        pr = github.pull_request(api_url, repository, number)
    except ImpactError as error:
        fail(str(error))
    base = base or pr.base_sha
    if not base:
        fail("impact comment needs --base or a pull request event in GITHUB_EVENT_PATH")
    _, result = run_diff([base, head], False, State.options())
    links = markdown_report.Links.from_environment(None, result.head.snapshot.commit)
    body = markdown_report.render(result, plan_fixes(result), links)
    if output is not None:
        output.write_text(body, encoding="utf-8")
    else:
        sys.stdout.write(body)
    try:
        action = github.upsert_comment(pr, body)
    except ImpactError as error:
        fail(str(error))
    typer.echo(f"impact: {action} the comment on pull request #{pr.number}", err=True)
    raise typer.Exit(1 if any(f.severity == "error" for f in result.findings) else 0)


class GraphFormat(str, Enum):
    dot = "dot"
    json = "json"
    graphml = "graphml"


@app.command("graph")
def graph_command(
    revision: str = typer.Argument(None, help="A revision; default: the working tree."),
    output_format: GraphFormat = typer.Option(GraphFormat.dot, "--format", "-f"),
    symbols: bool = typer.Option(False, "--symbols", help="Include imported symbols, not only modules."),
    path: str = typer.Option(None, "--path", help="Only modules under this path prefix."),
) -> None:
    """Write the module graph (and, with --symbols, the symbol graph)."""
    snapshot = _snapshot(revision)
    sys.stdout.write(dependents.export_graph(dependents.load(snapshot, State.options()).graph,
                                             output_format.value, symbols, path))


@app.command("affected")
def affected_command(
    revisions: list[str] = typer.Argument(None, help="BASE [HEAD] as for `impact diff`."),
    tests: bool = typer.Option(False, "--tests", help="Print only the test files among them."),
) -> None:
    """Print the changed modules and every module that depends on them, one per line."""
    _, result = run_diff(revisions, False, State.options())
    modules = dependents.affected_modules(result.base, result.head)
    for module in modules:
        if not tests or dependents.is_test_file(module):
            typer.echo(module)


def _snapshot(revision: str | None):
    try:
        repo = Repository(State.repo_path)
        return repo.tree_snapshot(revision) if revision else repo.worktree_snapshot()
    except ImpactError as error:
        fail(str(error))


cache_app = typer.Typer(help="The facts cache: `impact cache info`, `impact cache clear`.",
                        no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info() -> None:
    """Where the facts cache is, and how big."""
    facts_cache = cache.FactsCache(State.cache_dir or cache.default_directory())
    info = facts_cache.info()
    facts_cache.close()
    typer.echo(f"path: {info['path']}\nentries: {info['entries']}\nsize: {info['bytes']:,} bytes\n"
               f"extractor: {info['extractor']}")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every entry of the facts cache."""
    facts_cache = cache.FactsCache(State.cache_dir or cache.default_directory())
    facts_cache.clear()
    facts_cache.close()
    typer.echo(f"cleared {facts_cache.path}")


@app.command("rules")
def rules_command(code: str = typer.Argument(None, help="A finding code, e.g. IMP101.")) -> None:
    """Explain the finding codes: what each catches, why it matters, an example."""
    if code is None:
        for rule in RULES.values():
            typer.echo(f"{rule.code}  {rule.name:<20} {rule.severity:<8} {rule.summary}")
        return
    rule = RULES.get(code.upper())
    if rule is None:
        fail(f"unknown finding code '{code}' (see `impact rules`)")
    typer.echo(rule.explain())


def main() -> None:
    app()
