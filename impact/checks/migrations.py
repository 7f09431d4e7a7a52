"""Schema against migrations, found by comparing base with head: IMP501.

A column the change adds to an ORM model class (SQLAlchemy, Django) is reported when the
repository keeps its schema in migrations and none of them adds that column: the code will
read and write a column the database does not have until someone writes the migration.
impact abstains unless it is sure the table is managed by the migrations it reads: no
migrations of that kind in head (none written, or made elsewhere: the folder is not in the
repository), a Django app without its own `migrations/` folder, a table no migration ever
touches (made by `create_all()`, or by migrations impact cannot read), a model class that is
new or renamed in the change, or a migration the change adds or edits whose SQL it cannot
read. A column named in the raw SQL of a migration counts as added. For a table impact
cannot name (a `__tablename__` a base class computes, a mixin), the model counts as made by
the migrations when they add every other column it had, and the new column as added when
one of them adds a column of that name to any table.
"""

from __future__ import annotations

import posixpath
import re

from impact.checks.base import Rule
from impact.checks.context import ChangeContext
from impact.graph import SymbolGraph
from impact.model import ColumnDecl, Finding, MigrationOp

UNMIGRATED_COLUMN = Rule(
    code="IMP501",
    name="unmigrated-column",
    severity="error",
    summary="a column added to an ORM model class (SQLAlchemy `Column`/`mapped_column`, a "
            "Django `models.Field`) in a repository that keeps its schema in migrations (Alembic "
            "`versions/`, Django `migrations/`), with no migration that adds it "
            "(`op.add_column`, `create_table`, `AddField`, `CreateModel`, a rename to it, or raw "
            "SQL naming it); reported at the column.",
    why="every query of the model now selects the column, so the page that loads it fails "
        "(`column comment.parent_comment_id does not exist`) as soon as the code is deployed "
        "to a database no migration has changed — the threaded-replies incident. Type "
        "checkers and tests on a database built from the models (`create_all()`) do not see it.",
    example="# base: class Comment(db.Model): id = db.Column(db.Integer, primary_key=True)\n"
            "# head: parent_comment_id = db.Column(db.Integer, db.ForeignKey('comment.id'))\n"
            "# migrations/versions/ has no op.add_column('comment', ...parent_comment_id...)\n"
            "# IMP501 at app/models.py:9",
    short="a column added to an ORM model with no migration that adds it (where the schema is "
          "kept in migrations)",
    use_instead="generate the migration in the same change (`alembic revision --autogenerate`, "
                "`python manage.py makemigrations`), review it, and deploy it before the code "
                "that reads the column.",
    references=("https://alembic.sqlalchemy.org/en/latest/autogenerate.html",
                "https://docs.djangoproject.com/en/stable/ref/django-admin/#makemigrations"),
)
RULES = (UNMIGRATED_COLUMN,)
KINDS = {"sqlalchemy": "alembic", "django": "django"}


def check(context: ChangeContext) -> list[Finding]:
    """IMP501, for the models of the files the change edited, through the files with ORM
    columns or migrations of each revision (read only when an edited file declares columns:
    a change to no model reads no migration)."""
    facts = context.head.graph.facts
    edited = [path for path in context.changed_modules if path in facts]
    if not any(facts[path].schema.columns and not facts[path].schema.migration for path in edited):
        return []
    return check_change(context.base.schema_graph(), context.head.schema_graph(), edited)


def check_change(base: SymbolGraph, head: SymbolGraph, edited: list[str]) -> list[Finding]:
    migrations = {path: facts.schema for path, facts in head.facts.items() if facts.schema.migration}
    if not migrations or _unreadable_migration_changed(base, head, migrations):
        return []
    before = _columns_by_model(base)
    findings = []
    for path in sorted(edited):
        facts = head.facts[path]
        if facts.schema.migration:
            continue  # a migration's own copy of a model (to migrate data): not the app's
        for column in facts.schema.columns:
            known = before.get((column.orm, column.model, column.table))
            if known is None or column.name in known:
                continue  # a model new or renamed in the change, or a column it had
            operations = _operations_for(column, path, migrations)
            if operations is None or not _managed(column, known, operations):
                continue  # no migrations here for it, or they never touch its table
            if not _added(column, operations):
                findings.append(_finding(column, path, migrations))
    return findings


def _managed(column: ColumnDecl, known: set[str], operations: list[MigrationOp]) -> bool:
    """Whether the model's table is made by these migrations: one of them touches it; for a
    table impact cannot name (a `__tablename__` computed by a base class, a mixin's columns),
    every other column the model had in base (two at least, `id` aside) is added by one."""
    if column.table is not None:
        return any(o.table == column.table for o in operations)
    others = known - {"id"}
    added = {o.column for o in operations if o.kind == "add"}
    return len(others) >= 2 and others <= added


def _columns_by_model(graph: SymbolGraph) -> dict[tuple[str, str, str | None], set[str]]:
    found: dict[tuple[str, str, str | None], set[str]] = {}
    for facts in graph.facts.values():
        for column in () if facts.schema.migration else facts.schema.columns:
            found.setdefault((column.orm, column.model, column.table), set()).add(column.name)
    return found


def _unreadable_migration_changed(base: SymbolGraph, head: SymbolGraph, migrations: dict) -> bool:
    """A migration added or edited by the change does something impact cannot read: it may
    add any column."""
    for path, schema in migrations.items():
        earlier = base.facts.get(path)
        if (earlier is None or earlier.schema != schema) and \
                any(o.kind == "opaque" for o in schema.operations):
            return True
    return False


def _operations_for(column: ColumnDecl, path: str, migrations: dict) -> list[MigrationOp] | None:
    """The operations of the migrations that may apply to the column's table: every Alembic
    revision for SQLAlchemy; for Django, those in the model's app's `migrations/` folder
    (None when it has none: its migrations are elsewhere, or not kept)."""
    kind = KINDS[column.orm]
    if kind == "django":
        app = _django_app(path)
        folder = f"{app}/migrations/" if app else "migrations/"
        chosen = [s for p, s in migrations.items() if s.migration == kind and p.startswith(folder)
                  and "/" not in p[len(folder):]]
    else:
        chosen = [s for s in migrations.values() if s.migration == kind]
    if not chosen:
        return None
    return [o for schema in chosen for o in schema.operations]


def _django_app(path: str) -> str:
    """The app directory of a models module (`chat/models.py`, `chat/models/thread.py`)."""
    directory = posixpath.dirname(path)
    return posixpath.dirname(directory) if posixpath.basename(directory) == "models" else directory


def _added(column: ColumnDecl, operations: list[MigrationOp]) -> bool:
    """Whether a migration adds the column: an operation on its table (or on a table or
    column impact cannot read), or raw SQL that names it."""
    word = re.compile(rf"(?<![\w]){re.escape(column.name.lower())}(?![\w])")
    return any(o.kind == "add" and (column.table is None or o.table in (column.table, None))
               and o.column in (column.name, None) for o in operations) or \
        any(o.kind == "sql" and word.search(o.text) for o in operations)


def _finding(column: ColumnDecl, path: str, migrations: dict) -> Finding:
    folders = sorted({posixpath.dirname(p) for p, s in migrations.items()
                      if s.migration == KINDS[column.orm]})
    where = ", ".join(f"{f}/" for f in folders[:3]) + (" ..." if len(folders) > 3 else "")
    what = "table" if column.orm == "sqlalchemy" else "model"
    table = f"{what} `{column.table}`" if column.table else "its table named by its base class"
    return UNMIGRATED_COLUMN.finding(
        path, column.site, f"{column.table or column.model}.{column.name}",
        f"`{column.name}` was added to `{column.model}` ({table}), and no migration in {where} "
        f"adds {'it' if column.table else 'a column of that name'}: the database will not have "
        f"the column the code now reads")
