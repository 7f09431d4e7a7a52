"""IMP103 on class attributes: a column that left a model class while other modules still
read it through the class (`Comment.parent_comment_id`, the threaded-replies incident), and
every case where something may still provide it (abstain), on revisions held in memory."""

from __future__ import annotations

from conftest import diff_keys, diff_result

MODELS = '''\
from app.db import db


class Comment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    chat_id = db.Column(db.Integer, db.ForeignKey("chat.id"), nullable=False)
    parent_comment_id = db.Column(db.Integer, db.ForeignKey("comment.id"), nullable=True)
    body = db.Column(db.Text, nullable=False)

    def to_dict(self):
        return {"id": self.id, "body": self.body}
'''
CHAT = '''\
from app.models.chat import Comment


def top_level_comments(chat_id):
    return Comment.query.filter(
        Comment.chat_id == chat_id,
        Comment.parent_comment_id.is_(None),
    ).all()
'''
REPORTS = '''\
from app.models import chat


def reply_column():
    return chat.Comment.parent_comment_id
'''
BASE = {"app/__init__.py": "", "app/db.py": "db = object()\n", "app/models/__init__.py": "",
        "app/models/chat.py": MODELS, "app/chat.py": CHAT, "app/reports.py": REPORTS}
WITHOUT_COLUMN = MODELS.replace(
    '    parent_comment_id = db.Column(db.Integer, db.ForeignKey("comment.id"), nullable=True)\n', "")


def test_a_column_removed_from_a_model_breaks_reads_through_the_class():
    result = diff_result(BASE, {"app/models/chat.py": WITHOUT_COLUMN})
    assert result.exit_code == 1
    assert [(f["code"], f["file"], f["line"], f["symbol"]) for f in result.findings] == [
        ("IMP103", "app/chat.py", 7, "parent_comment_id"),
        ("IMP103", "app/reports.py", 5, "parent_comment_id")]
    first = result.findings[0]
    assert first["origin"] == {"file": "app/models/chat.py", "line": 7}
    assert first["message"] == ("`Comment.parent_comment_id`: class `Comment` (app/models/chat.py) "
                                "no longer defines `parent_comment_id` (defined at "
                                "app/models/chat.py:7 in base)")


def test_the_column_removed_with_its_readers_is_silent():
    change = {"app/models/chat.py": WITHOUT_COLUMN,
              "app/chat.py": CHAT.replace("        Comment.parent_comment_id.is_(None),\n", ""),
              "app/reports.py": None}
    assert diff_keys(BASE, change) == []


def test_an_attribute_moved_to_a_base_class_here_is_inherited():
    change = {"app/models/chat.py": WITHOUT_COLUMN.replace(
        "class Comment(db.Model):",
        'class Threaded:\n    parent_comment_id = db.Column(db.Integer, nullable=True)\n\n\n'
        'class Comment(Threaded, db.Model):')}
    assert diff_keys(BASE, change) == []


def test_dynamic_attributes_are_not_judged():
    """A metaclass, `__getattr__`, or a module setting attributes on the class: abstain."""
    for change in (
            {"app/models/chat.py": WITHOUT_COLUMN.replace("class Comment(db.Model):",
                                                          "class Comment(db.Model, metaclass=Columns):")},
            {"app/models/chat.py": WITHOUT_COLUMN.replace(
                "    def to_dict(self):", "    def __getattr__(self, name):\n        return None\n\n"
                                          "    def to_dict(self):")},
            {"app/models/chat.py": WITHOUT_COLUMN,
             "app/models/__init__.py": 'from .chat import Comment\n\nsetattr(Comment, "parent_comment_id", None)\n'},
            {"app/models/chat.py": WITHOUT_COLUMN + "\n\nComment.parent_comment_id = None\n"}):
        assert [k for k in diff_keys(BASE, change) if k[0] == "IMP103"] == [], change


def test_removed_methods_and_framework_attributes_are_left_alone():
    """A method read through the class is IMP201's (removed public API); `id` may come from
    the ORM base class impact cannot see into."""
    base = {**BASE, "app/chat.py": CHAT + "\n\nserialise = Comment.to_dict\nprimary = Comment.id\n"}
    change = {"app/models/chat.py": MODELS.replace(
        '    def to_dict(self):\n        return {"id": self.id, "body": self.body}\n', "").replace(
        "    id = db.Column(db.Integer, primary_key=True)\n", "")}
    assert [k for k in diff_keys(base, change) if k[0] == "IMP103"] == []


def test_an_attribute_that_never_existed_is_not_a_change():
    base = {**BASE, "app/chat.py": CHAT + "\n\nlegacy = Comment.thread_id\n"}
    change = {"app/models/chat.py": WITHOUT_COLUMN}
    assert [k[:3] for k in diff_keys(base, change) if k[0] == "IMP103"] == [
        ("IMP103", "app/chat.py", 7), ("IMP103", "app/reports.py", 5)]
