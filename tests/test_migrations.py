"""IMP501 unmigrated-column: a column added to an ORM model with no migration that adds it,
where the repository keeps its schema in migrations (the threaded-replies incident). Flask-
SQLAlchemy with Alembic, SQLAlchemy 2.0 `mapped_column`, and Django, on revisions held in
memory (the warm run through the cache, on a real git repository and the real CLI)."""

from __future__ import annotations

from conftest import facts_read, run_impact, selected_keys

MODELS = '''\
from app import db


class Comment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    chat_id = db.Column(db.Integer, db.ForeignKey("chat.id"), nullable=False)
    body = db.Column(db.Text, nullable=False)
'''
WITH_PARENT = MODELS + '''\
    parent_comment_id = db.Column(db.Integer, db.ForeignKey("comment.id"), nullable=True)
    replies = db.relationship("Comment")
'''
INITIAL = '''\
"""initial"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None


def upgrade():
    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("chat_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
    )


def downgrade():
    op.drop_table("comment")
'''
ADD_PARENT = '''\
"""add parent_comment_id to comment"""
from alembic import op
import sqlalchemy as sa

revision = "9f1a2b3c4d5e"
down_revision = "0001"


def upgrade():
{body}


def downgrade():
    op.drop_column("comment", "parent_comment_id")
'''
FLASK = {"app/__init__.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n",
         "app/models.py": MODELS, "migrations/env.py": "from alembic import context\n",
         "migrations/versions/0001_initial.py": INITIAL}
MIGRATION = "migrations/versions/9f1a2b3c4d5e_add_parent_comment_id.py"


def _keys(base: dict, change: dict) -> list[tuple]:
    return selected_keys(base, change, ("IMP5",))


def test_a_column_added_to_a_model_without_its_migration():
    assert _keys(FLASK, {"app/models.py": WITH_PARENT}) == [
        ("IMP501", "app/models.py", 8, "error", "comment.parent_comment_id")]


def test_a_column_added_only_in_a_downgrade_or_to_another_table_is_still_unmigrated():
    downgrade = ADD_PARENT.format(body='    op.drop_column("comment", "legacy")').replace(
        'op.drop_column("comment", "parent_comment_id")',
        'op.add_column("comment", sa.Column("parent_comment_id", sa.Integer()))')
    other = ADD_PARENT.format(body='    op.add_column("chat", sa.Column("parent_comment_id", sa.Integer()))')
    for migration in (downgrade, other):
        change = {"app/models.py": WITH_PARENT, MIGRATION: migration}
        assert [k[:3] for k in _keys(FLASK, change)] == [("IMP501", "app/models.py", 8)]


def test_a_column_added_with_its_migration_in_any_form_is_silent():
    bodies = [
        '    op.add_column("comment", sa.Column("parent_comment_id", sa.Integer(), nullable=True))',
        ('    with op.batch_alter_table("comment") as batch_op:\n'
         '        batch_op.add_column(sa.Column("parent_comment_id", sa.Integer()))'),
        '    op.execute("ALTER TABLE comment ADD COLUMN parent_comment_id INTEGER")',
        '    op.execute(build_statement())',  # edited here and unreadable: may add anything
        '    op.add_column(TABLE, sa.Column("parent_comment_id", sa.Integer()))',  # a table it cannot read
        '    _add_parent()\n\n\ndef _add_parent():\n    op.add_column("comment", sa.Column("parent_comment_id", sa.Integer()))',
        ('    with op.batch_alter_table("comment") as batch_op:\n'
         '        batch_op.add_column(sa.Column("parent_comment_id", sa.Integer()))\n'
         '    with op.batch_alter_table("chat") as batch_op:\n'
         '        batch_op.add_column(sa.Column("topic", sa.String()))'),
    ]
    for body in bodies:
        change = {"app/models.py": WITH_PARENT, MIGRATION: ADD_PARENT.format(body=body)}
        assert _keys(FLASK, change) == [], body


def test_without_migrations_for_the_table_impact_abstains():
    no_setup = {p: c for p, c in FLASK.items() if not p.startswith("migrations/")}
    other_tables = {**FLASK, "migrations/versions/0001_initial.py": INITIAL.replace('"comment"', '"audit"')}
    for base in (no_setup, other_tables):
        assert _keys(base, {"app/models.py": WITH_PARENT}) == []


def test_a_new_model_or_an_old_column_moved_is_not_judged():
    new_model = MODELS + '\n\nclass Reaction(db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n'
    assert _keys(FLASK, {"app/models.py": new_model}) == []
    renamed_attribute = MODELS.replace('    body = db.Column(db.Text, nullable=False)',
                                       '    text = db.Column("body", db.Text, nullable=False)')
    assert _keys(FLASK, {"app/models.py": renamed_attribute}) == []


SQLALCHEMY_2 = '''\
from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Thread(Base):
    __tablename__ = "threads"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
'''


def test_sqlalchemy_2_mapped_columns():
    base = {"db/models.py": SQLALCHEMY_2, "alembic/env.py": "",
            "alembic/versions/a1_threads.py": INITIAL.replace('"comment"', '"threads"')}
    added = SQLALCHEMY_2 + "    pinned: Mapped[bool] = mapped_column(default=False)\n" \
        "    summary: Mapped[Optional[str]]\n    owner_id = mapped_column(\"owner\", ForeignKey(\"users.id\"))\n"
    assert [k[2:] for k in _keys(base, {"db/models.py": added})] == [
        (14, "error", "threads.pinned"), (15, "error", "threads.summary"), (16, "error", "threads.owner")]


DJANGO_MODELS = '''\
from django.db import models


class Thread(models.Model):
    title = models.CharField(max_length=200)
'''
DJANGO_INITIAL = '''\
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name="Thread",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("title", models.CharField(max_length=200)),
            ],
        ),
    ]
'''
DJANGO_ADD = '''\
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("forum", "0001_initial")]
    operations = [
        migrations.AddField(model_name="thread", name="pinned", field=models.BooleanField(default=False)),
    ]
'''
DJANGO = {"forum/__init__.py": "", "forum/models.py": DJANGO_MODELS, "forum/migrations/__init__.py": "",
          "forum/migrations/0001_initial.py": DJANGO_INITIAL}


def test_a_django_field_added_without_makemigrations():
    added = {"forum/models.py": DJANGO_MODELS + "    pinned = models.BooleanField(default=False)\n"}
    assert _keys(DJANGO, added) == [("IMP501", "forum/models.py", 6, "error", "thread.pinned")]
    migrated = {**added, "forum/migrations/0002_thread_pinned.py": DJANGO_ADD}
    assert _keys(DJANGO, migrated) == []
    elsewhere = {**DJANGO, "forum/migrations/0001_initial.py": None, "forum/migrations/__init__.py": None,
                 "other/migrations/0001_initial.py": DJANGO_INITIAL}
    assert _keys(elsewhere, added) == []


def test_impact_rules_explains_imp501():
    from typer.testing import CliRunner

    from impact.cli import app
    result = CliRunner().invoke(app, ["rules", "IMP501"])
    assert result.exit_code == 0
    assert "unmigrated-column" in result.stdout and "makemigrations" in result.stdout


COMPUTED_TABLE = '''\
from sqlalchemy import Column, Integer, String

from app.database import Base


class Incident(Base):
    id = Column(Integer, primary_key=True)
    title = Column(String)
    status = Column(String)
'''


def test_a_table_named_by_a_base_class_is_judged_by_its_columns():
    """`__tablename__` computed by the declarative base: the model is migrated when the
    migrations add every column it had; then only a column of that name anywhere covers it."""
    migration = INITIAL.replace('"comment"', '"incident"').replace('"chat_id"', '"title"') \
        .replace('"body"', '"status"')
    base = {"app/models.py": COMPUTED_TABLE, "alembic/versions/0001_initial.py": migration}
    added = {"app/models.py": COMPUTED_TABLE + "    severity = Column(String)\n"}
    assert _keys(base, added) == [("IMP501", "app/models.py", 10, "error", "Incident.severity")]
    migrated = {**added, "alembic/versions/0002.py": ADD_PARENT.format(
        body='    op.add_column("incident", sa.Column("severity", sa.String()))')}
    assert _keys(base, migrated) == []
    unmanaged = {**base, "alembic/versions/0001_initial.py": migration.replace('"status"', '"state"')}
    assert _keys(unmanaged, added) == []


def test_a_migration_with_its_own_copy_of_the_model_is_not_a_model():
    """Migrations that move data declare the model as it is at that revision; that copy
    is not the application's model, so its columns are not judged."""
    copy = ADD_PARENT.format(body='    op.add_column("comment", sa.Column("parent_comment_id", sa.Integer()))') \
        + "\n\nclass Comment(Base):\n    __tablename__ = \"comment\"\n    id = sa.Column(sa.Integer)\n" \
        "    parent_comment_id = sa.Column(sa.Integer)\n    edited = sa.Column(sa.Boolean)\n"
    assert _keys(FLASK, {"app/models.py": WITH_PARENT, MIGRATION: copy}) == []


def test_a_warm_run_through_the_revision_index_judges_as_a_full_scan(repo_factory):
    """A warm run reads only the files its index lists as models or migrations: the same
    findings as a cold full scan, with the migration in an untouched file or missing."""
    with_migration = {MIGRATION: ADD_PARENT.format(
        body='    op.add_column("comment", sa.Column("parent_comment_id", sa.Integer()))')}
    for extra, expected in (({}, [("IMP501", "app/models.py", 8)]), (with_migration, [])):
        repo = repo_factory([{**FLASK, **extra, "app/views.py": "X = 1\n"},
                             {"app/views.py": "X = 2\n"}, {"app/models.py": WITH_PARENT}])
        run_impact(repo, "diff", "HEAD~2", "HEAD~1", "--format", "json")  # fills the cache
        warm = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json", "--select", "IMP5")
        full = run_impact(repo, "--no-cache", "--full-scan", "diff", "HEAD~1", "HEAD",
                          "--format", "json", "--select", "IMP5")
        assert [(f["code"], f["file"], f["line"]) for f in warm.findings] == expected
        assert warm.json == full.json


def test_a_warm_run_that_edits_no_model_reads_no_model_or_migration(repo_factory, tmp_path, monkeypatch):
    repo = repo_factory([{**FLASK, "app/views.py": "X = 1\n"}, {"app/views.py": "X = 2\n"}])
    cache_dir = str(tmp_path / "cache")
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD~1", "HEAD")  # fills the cache
    (repo / "app" / "views.py").write_text("X = 3\n")
    read = facts_read(monkeypatch)
    run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json")
    assert not {path for path in read if path.startswith("migrations/") or path == "app/models.py"}
    monkeypatch.undo()
    (repo / "app" / "models.py").write_text(WITH_PARENT)  # a model edited: its migrations are read
    read = facts_read(monkeypatch)
    warm = run_impact(repo, "--cache-dir", cache_dir, "diff", "HEAD", "--format", "json", "--select", "IMP5")
    assert "migrations/versions/0001_initial.py" in read
    assert [(f["code"], f["file"]) for f in warm.findings] == [("IMP501", "app/models.py")]
