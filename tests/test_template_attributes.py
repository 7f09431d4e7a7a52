"""IMP406: a Jinja or Django template reads an attribute of a model class that the change
removed: followed from the values a view renders the template with (impact.http.renders)
through loops and relationships. The cases run in memory (conftest.diff_findings)."""

from __future__ import annotations

import pytest
from conftest import diff_findings, run_impact, severity_keys

MODELS = '''\
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Chat(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String)
    comments = db.relationship("Comment", backref="chat")


class Comment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    chat_id = db.Column(db.Integer, db.ForeignKey("chat.id"))
    body = db.Column(db.Text)
    parent_comment_id = db.Column(db.Integer)

    @property
    def excerpt(self):
        return self.body[:40]
'''
VIEWS = '''\
from flask import Blueprint, render_template

from app.models import Chat, Comment, db

bp = Blueprint("chat", __name__)


@bp.get("/chats/<int:chat_id>")
def view(chat_id):
    chat = db.get_or_404(Chat, chat_id)
    comments = Comment.query.filter_by(chat_id=chat_id).order_by(Comment.id).all()
    return render_template("chat/view.html", chat=chat, comments=comments)
'''
TEMPLATE = '''\
{% extends "base.html" %}
{% block content %}
<h1>{{ chat.title }}</h1>
{% for c in comments %}
  <li data-parent="{{ c.parent_comment_id }}">{{ c.body }}</li>
  {% if c.parent_comment_id %}<a href="#c{{ c.parent_comment_id.real }}">reply</a>{% endif %}
  <p>{{ c.excerpt.upper() }}</p>
{% endfor %}
{% for c in chat.comments %}<span>{{ c.parent_comment_id.real }}</span>{% endfor %}
{% endblock %}
'''
BASE = {"app/__init__.py": "", "app/models.py": MODELS, "app/views.py": VIEWS,
        "app/templates/chat/view.html": TEMPLATE}
PARENT = "    parent_comment_id = db.Column(db.Integer)\n"


def _keys(findings: list[dict]) -> list[tuple]:
    return sorted((f["code"], f["file"], f["line"], f["severity"]) for f in findings
                  if f["code"] == "IMP406")


def test_a_removed_column_is_reported_at_each_template_read_of_it():
    findings = diff_findings(BASE, {"app/models.py": MODELS.replace(PARENT, "")})
    template = "app/templates/chat/view.html"
    assert _keys(findings) == [
        ("IMP406", template, 5, "warning"),  # a plain read renders as empty
        ("IMP406", template, 6, "warning"),  # tested by the `if` first: never read from
        ("IMP406", template, 6, "warning"),
        ("IMP406", template, 9, "error"),  # through the relationship, read from: UndefinedError
    ]
    error = next(f for f in findings if f["severity"] == "error")
    assert "class `Comment` (app/models.py) no longer defines `parent_comment_id`" in error["message"]
    assert error["origin"]["file"] == "app/models.py" and error["origin"]["line"] == 16


def test_a_removed_property_called_in_a_jinja_template_is_an_error():
    without = MODELS.replace('''
    @property
    def excerpt(self):
        return self.body[:40]
''', "")
    assert _keys(diff_findings(BASE, {"app/models.py": without})) == [
        ("IMP406", "app/templates/chat/view.html", 7, "error")]


def test_reads_the_template_guards_or_cannot_follow_are_silent():
    guarded = TEMPLATE.replace("{% extends \"base.html\" %}\n", "").replace(
        "{{ c.parent_comment_id }}", "{{ c.parent_comment_id|default('') }}").replace(
        "{% if c.parent_comment_id %}", "{% if c.parent_comment_id is defined %}").replace(
        "{{ c.parent_comment_id.real }}</span>", "{{ c.body }}</span>")
    assert _keys(diff_findings({**BASE, "app/templates/chat/view.html": guarded},
                               {"app/models.py": MODELS.replace(PARENT, "")})) == []
    unknown = VIEWS.replace("comments = Comment.query.filter_by(chat_id=chat_id).order_by(Comment.id).all()",
                            "comments = load_comments(chat_id)").replace(
        "chat = db.get_or_404(Chat, chat_id)", "chat = Chat.query.with_entities(Chat.id).first()")
    assert _keys(diff_findings({**BASE, "app/views.py": unknown},
                               {"app/models.py": MODELS.replace(PARENT, "")})) == []
    rebound = TEMPLATE.replace("{% block content %}", "{% block content %}{% set comments = [] %}").replace(
        "{% for c in chat.comments %}", "{% for c in chat.comments|sort %}")
    assert _keys(diff_findings({**BASE, "app/templates/chat/view.html": rebound},
                               {"app/models.py": MODELS.replace(PARENT, "")})) == []


def test_an_attribute_a_class_still_has_another_way_is_no_finding():
    mixin = "class Threaded:\n    parent_comment_id = db.Column(db.Integer)\n\n\n"
    moved = MODELS.replace(PARENT, "").replace("class Comment(db.Model):",
                                               mixin + "class Comment(Threaded, db.Model):")
    assert _keys(diff_findings(BASE, {"app/models.py": moved})) == []
    external = MODELS.replace(PARENT, "").replace("class Comment(db.Model):",
                                                  "class Comment(Threaded, db.Model):")
    assert _keys(diff_findings(BASE, {"app/models.py": "from threads import Threaded\n" + external})) == []
    backref = MODELS.replace(PARENT, "").replace('backref="chat"', 'backref="parent_comment_id"')
    assert _keys(diff_findings(BASE, {"app/models.py": backref})) == []
    # the template changed with the model: nothing left to report
    edited = TEMPLATE.replace("parent_comment_id", "body")
    assert _keys(diff_findings(BASE, {"app/models.py": MODELS.replace(PARENT, ""),
                                      "app/templates/chat/view.html": edited})) == []


def test_a_template_name_several_files_may_have_is_not_judged():
    other = {"themes/admin/templates/chat/view.html": TEMPLATE}
    assert _keys(diff_findings({**BASE, **other}, {"app/models.py": MODELS.replace(PARENT, "")})) == []


PARTIAL = "app/templates/chat/_comment.html"
LAYOUT = "app/templates/layout.html"


def _included(template: str, partial: str, layout: str = "<title>{{ chat.title }}</title>\n") -> dict:
    return {**BASE, "app/templates/chat/view.html": template, PARTIAL: partial, LAYOUT: layout}


def test_a_template_included_in_a_loop_reads_what_the_loop_variable_stands_for():
    """`{% include %}` passes the values and the loops open at that point (Jinja); the
    finding is at the partial's line, and says which template renders it."""
    view = ('{% extends "layout.html" %}\n{% block content %}\n{% for c in comments %}\n'
            '  {% include "chat/_comment.html" %}\n{% endfor %}\n{% endblock %}\n')
    partial = "<li>{{ c.body }}</li>\n<a>{{ c.parent_comment_id.real }}</a>\n"
    findings = diff_findings(_included(view, partial), {"app/models.py": MODELS.replace(PARENT, "")})
    assert _keys(findings) == [("IMP406", PARTIAL, 2, "error")]
    message = next(f["message"] for f in findings if f["code"] == "IMP406")
    assert message.startswith("`(an item of comments).parent_comment_id`: class `Comment`")
    assert message.endswith("renders `chat/view.html`, which renders this template inside it")


def test_a_layout_a_template_extends_reads_the_values_of_its_renderer():
    view = '{% extends "layout.html" %}\n{% block content %}{% endblock %}\n'
    layout = "<h1>{{ chat.title }}</h1>\n<p>{{ chat.title.upper() }}</p>\n"
    title = "    title = db.Column(db.String)\n"
    findings = diff_findings(_included(view, "", layout), {"app/models.py": MODELS.replace(title, "")})
    assert _keys(findings) == [("IMP406", LAYOUT, 1, "warning"), ("IMP406", LAYOUT, 2, "error")]


def test_what_an_include_does_not_pass_is_not_followed():
    """`without context` passes nothing; Django's `with x=y only` passes only x; a name the
    including template binds itself (`set`) is not its renderer's value; includes that
    include each other end."""
    removed = {"app/models.py": MODELS.replace(PARENT, "")}
    partial = "{{ c.parent_comment_id.real }} {{ comments.parent_comment_id.real }}\n"
    for view in ('{% for c in comments %}{% include "chat/_comment.html" without context %}{% endfor %}',
                 '{% for c in comments %}{% include "chat/_comment.html" with x=c only %}{% endfor %}',
                 '{% set c = comments[0] %}{% include "chat/_comment.html" %}',
                 '{% for x in comments %}{% include "chat/_comment.html" with c="a=b" %}{% endfor %}',
                 '{% for x in comments %}{% include "chat/_comment.html" with c=x|first %}{% endfor %}'):
        assert _keys(diff_findings(_included(view, partial), removed)) == [], view
    looping = '{% include "chat/view.html" %}{% for c in comments %}{{ c.parent_comment_id.real }}{% endfor %}\n'
    view = '{% include "chat/_comment.html" %}\n'
    assert _keys(diff_findings(_included(view, looping), removed)) == [("IMP406", PARTIAL, 1, "error")]


MACROS = "app/templates/_macros.html"
COMMENT_MACRO = ("{% macro render_comment(comment, full=false) %}\n<li>{{ comment.body }}</li>\n"
                 "<a>{{ comment.parent_comment_id.real }}</a>\n{% endmacro %}\n")


def test_a_macro_reads_the_values_each_call_passes_it():
    """A Jinja macro's reads of a parameter are reads of what a call passes it: imported by
    name or through a module alias, by position or keyword, or defined in the template that
    calls it; reported at the macro's line."""
    removed = {"app/models.py": MODELS.replace(PARENT, "")}
    calls = (('{% from "_macros.html" import render_comment %}{% for c in comments %}'
             '{{ render_comment(c) }}{% endfor %}\n'),
             ('{% from "_macros.html" import render_comment as show with context %}'
             '{% for c in chat.comments %}{{ show(c, full=true) }}{% endfor %}\n'),
             ('{% import "_macros.html" as m %}{% for c in comments %}'
             '{% call m.render_comment(full=true, comment=c) %}x{% endcall %}{% endfor %}\n'))
    for view in calls:
        files = {**_included(view, ""), MACROS: COMMENT_MACRO}
        assert _keys(diff_findings(files, removed)) == [("IMP406", MACROS, 3, "error")], view
    here = (COMMENT_MACRO + '{% for c in comments %}{{ render_comment(c) }}{% endfor %}\n')
    assert _keys(diff_findings(_included(here, ""), removed)) == \
        [("IMP406", "app/templates/chat/view.html", 3, "error")]


def test_a_macro_call_passes_only_its_arguments():
    """What the call does not pass as a dotted name (a literal, a filtered value), another
    macro's parameter, and a macro the template does not import are not followed."""
    removed = {"app/models.py": MODELS.replace(PARENT, "")}
    two = COMMENT_MACRO + "{% macro other(comment) %}{{ comment.parent_comment_id.real }}{% endmacro %}\n"
    for view in (('{% from "_macros.html" import render_comment %}'
                 '{% for c in comments %}{{ render_comment(c|first) }}{% endfor %}'),
                 '{% from "_macros.html" import render_comment %}{{ render_comment("c") }}',
                 ('{% from "_macros.html" import other %}{{ other(comments) }}'
                 '{% for c in comments %}{{ render_comment(c) }}{% endfor %}')):
        files = {**_included(view, ""), MACROS: two}
        assert _keys(diff_findings(files, removed)) == [], view


DJANGO_MODELS = '''\
from django.db import models


class Question(models.Model):
    text = models.CharField(max_length=200)
    published = models.DateTimeField()


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE)
    label = models.CharField(max_length=200)
    votes = models.IntegerField(default=0)
'''
DJANGO_VIEWS = '''\
from django.shortcuts import get_object_or_404, render

from polls.models import Choice, Question


def detail(request, pk):
    question = get_object_or_404(Question, pk=pk)
    context = {"question": question}
    context["choices"] = Choice.objects.filter(question=question)
    return render(request, "polls/detail.html", context)
'''
DJANGO_TEMPLATE = '''\
<h1>{{ question.text }} {{ question.published|date:"Y" }}</h1>
{% for choice in choices %}
  <li>{{ choice.label }}: {{ choice.votes }} ({{ choice.question.published }})</li>
{% endfor %}
'''
DJANGO = {"polls/__init__.py": "", "polls/models.py": DJANGO_MODELS, "polls/views.py": DJANGO_VIEWS,
          "polls/templates/polls/detail.html": DJANGO_TEMPLATE}


def test_a_django_template_read_of_a_removed_field_is_a_warning():
    removed = DJANGO_MODELS.replace("    published = models.DateTimeField()\n", "")
    assert _keys(diff_findings(DJANGO, {"polls/models.py": removed})) == [
        ("IMP406", "polls/templates/polls/detail.html", 1, "warning"),
        ("IMP406", "polls/templates/polls/detail.html", 3, "warning")]
    votes = DJANGO_MODELS.replace("    votes = models.IntegerField(default=0)\n", "")
    assert _keys(diff_findings(DJANGO, {"polls/models.py": votes})) == [
        ("IMP406", "polls/templates/polls/detail.html", 3, "warning")]


INCIDENT_MODELS = '''\
from datetime import datetime

from ..extensions import db


class Chat(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(120), nullable=False)


class Comment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    chat_id = db.Column(db.Integer, db.ForeignKey("chat.id"), nullable=False)
    body = db.Column(db.Text, nullable=False)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)
    parent_comment_id = db.Column(db.Integer, db.ForeignKey("comment.id"), nullable=True)

    replies = db.relationship("Comment", backref=db.backref("parent", remote_side=[id]))
'''
INCIDENT_ROUTES = '''\
from flask import Blueprint, render_template, request

from ..extensions import db
from ..models.chat import Chat, Comment

chat_bp = Blueprint("chat", __name__)


@chat_bp.route("/chat/<int:chat_id>")
def view(chat_id):
    chat = Chat.query.get_or_404(chat_id)
    comments = Comment.query.filter_by(chat_id=chat.id).order_by(Comment.created_at).all()
    return render_template("chat/view.html", chat=chat, comments=comments)


@chat_bp.post("/chat/<int:chat_id>/comment")
def comment(chat_id):
    db.session.add(Comment(chat_id=chat_id, body=request.form["body"]))
    db.session.commit()
    return "", 204
'''
INCIDENT_TEMPLATE = '''\
{% extends "base.html" %}
{% block content %}
<h1>{{ chat.title }}</h1>
<ul id="comments">
{% for comment in comments if not comment.parent_comment_id %}
  <li id="c{{ comment.id }}">
    {{ comment.body }}
    <ul class="replies">
    {% for reply in comment.replies %}
      <li data-parent="{{ reply.parent_comment_id.real }}">{{ reply.body }}</li>
    {% endfor %}
    </ul>
  </li>
{% endfor %}
</ul>
{% endblock %}
'''
INCIDENT = {"src/__init__.py": "",
            "src/extensions.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n",
            "src/models/__init__.py": "", "src/models/chat.py": INCIDENT_MODELS,
            "src/app/__init__.py": "", "src/app/chat.py": INCIDENT_ROUTES,
            "templates/base.html": "<html><body>{% block content %}{% endblock %}</body></html>\n",
            "templates/chat/view.html": INCIDENT_TEMPLATE}


def test_the_threaded_replies_rollback_through_git_and_the_cli(repo_factory):
    """The model rolled back (no `parent_comment_id`, no `replies`) while the chat view's
    template still reads them: the loop's filter reads as empty (a warning), and the replies
    loop goes over nothing (a warning; what it reads from each reply is not followed: head
    has no `replies` to follow)."""
    column = '    parent_comment_id = db.Column(db.Integer, db.ForeignKey("comment.id"), nullable=True)\n'
    relationship = ('\n    replies = db.relationship("Comment", '
                    'backref=db.backref("parent", remote_side=[id]))\n')
    rolled_back = INCIDENT_MODELS.replace(column, "").replace(relationship, "")
    repo = repo_factory([INCIDENT, {"src/models/chat.py": rolled_back}])
    expected = [("IMP406", "templates/chat/view.html", 5, "warning", "parent_comment_id"),
                ("IMP406", "templates/chat/view.html", 9, "warning", "replies")]
    for _run in ("cold", "warm"):  # the second run reads the facts cache
        result = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
        assert sorted(severity_keys(result.findings)) == expected, result.stdout + result.stderr
        assert result.exit_code == 0


def test_a_django_generic_views_object_and_list_are_followed():
    views = '''\
from django.views.generic import DetailView, ListView

from polls.models import Choice, Question


class QuestionDetail(DetailView):
    model = Question
    template_name = "polls/question.html"


class ChoiceList(ListView):
    queryset = Choice.objects.filter(votes__gt=0)
    template_name = "polls/choices.html"
    context_object_name = "choices"
'''
    question = "<h1>{{ question.text }}</h1><p>{{ object.published }}</p>\n"
    choices = ("{% for c in object_list %}{{ c.votes }}{% endfor %}\n"
               "{% for c in choices %}{{ c.votes }}{% endfor %}\n")
    files = {**DJANGO, "polls/views.py": views, "polls/templates/polls/question.html": question,
             "polls/templates/polls/choices.html": choices}
    removed = DJANGO_MODELS.replace("    published = models.DateTimeField()\n", "").replace(
        "    votes = models.IntegerField(default=0)\n", "")
    assert _keys(diff_findings(files, {"polls/models.py": removed})) == [
        ("IMP406", "polls/templates/polls/choices.html", 1, "warning"),
        ("IMP406", "polls/templates/polls/choices.html", 2, "warning"),
        ("IMP406", "polls/templates/polls/question.html", 1, "warning")]


def test_sqlalchemy_2_selects_and_mapped_relationships_are_followed():
    models = '''\
from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str]
    posts: Mapped[list["Post"]] = relationship(back_populates="author")


class Post(Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    title: Mapped[str] = mapped_column()
    author: Mapped["Author"] = relationship(back_populates="posts")
'''
    views = '''\
from flask import Flask, render_template
from sqlalchemy import select

from blog.db import db
from blog.models import Author, Post

app = Flask(__name__)


@app.get("/<handle>")
def author(handle):
    author = db.one_or_404(select(Author).filter_by(handle=handle))
    latest = db.session.scalars(select(Post).order_by(Post.id.desc()).limit(5)).all()
    return render_template("author.html", author=author, latest=latest)
'''
    template = '''\
{% for post in author.posts %}<li>{{ post.title.title() }}</li>{% endfor %}
{% for post in latest %}<li>{{ post.title }} by {{ post.author.handle }}</li>{% endfor %}
'''
    files = {"blog/__init__.py": "", "blog/db.py": "db = None\n", "blog/models.py": models,
             "blog/views.py": views, "blog/templates/author.html": template}
    removed = models.replace("    title: Mapped[str] = mapped_column()\n", "").replace(
        "    handle: Mapped[str]\n", "    nickname: Mapped[str]\n")
    assert _keys(diff_findings(files, {"blog/models.py": removed})) == [
        ("IMP406", "blog/templates/author.html", 1, "error"),  # `.title()` of the gone column
        ("IMP406", "blog/templates/author.html", 2, "warning"),
        ("IMP406", "blog/templates/author.html", 2, "warning")]


def test_values_from_the_modules_annotated_helpers_are_followed():
    views = '''\
from django.shortcuts import get_object_or_404, render

from polls.models import Choice, Question


def _question_for(request, pk) -> tuple[Question, bool]:
    return get_object_or_404(Question, pk=pk), request.user.is_staff


def _choices(question) -> list[Choice]:
    return list(Choice.objects.filter(question=question))


def detail(request, pk):
    question, staff = _question_for(request, pk)
    question.seen_by_staff = staff
    return render(request, "polls/detail.html", {"question": question, "choices": _choices(question)})
'''
    removed = DJANGO_MODELS.replace("    published = models.DateTimeField()\n", "").replace(
        "    votes = models.IntegerField(default=0)\n", "")
    assert _keys(diff_findings({**DJANGO, "polls/views.py": views}, {"polls/models.py": removed})) == [
        ("IMP406", "polls/templates/polls/detail.html", 1, "warning"),
        ("IMP406", "polls/templates/polls/detail.html", 3, "warning"),
        ("IMP406", "polls/templates/polls/detail.html", 3, "warning")]
    unannotated = views.replace(" -> tuple[Question, bool]", "").replace(" -> list[Choice]", "")
    assert _keys(diff_findings({**DJANGO, "polls/views.py": unannotated}, {"polls/models.py": removed})) == []


def test_macro_calls_left_open_or_nested_deep_pass_what_they_close_on():
    """Each call's arguments are found from one pass over the tag (hostile input: thousands of
    calls left open, or nested, stay linear)."""
    from impact.http.template_reads import reads_and_uses

    defined = '{% from "_macros.html" import show %}'
    _reads, uses, _macros = reads_and_uses((defined + "{{ show(c" + " show(c" * 5000 + " }}").encode())
    assert len(uses) == 5001 and all(use.bindings == () for use in uses)
    nested = defined + "{{ " + "show(c, " * 3000 + "x" + ")" * 3000 + " }}"
    _reads, uses, _macros = reads_and_uses(nested.encode())
    assert len(uses) == 3000 and [b.value for b in uses[-1].bindings] == ["c", "x"]
    _reads, uses, _macros = reads_and_uses((defined + "{{ show(c.author, [1, 2], x=d) }}").encode())
    assert [(b.name, b.value, b.steps) for b in uses[0].bindings] == \
        [("0", "c", ("author",)), ("x", "d", ())]


def test_names_the_template_binds_itself_are_not_the_values_it_is_rendered_with():
    """`{% from "m.html" import x %}` (its template name a string) and `{% set a, b = ... %}`
    bind names: reads through them are not reads of what the view passes."""
    from impact.http.template_reads import reads_and_uses

    source = ('{% from "_macros.html" import comment, other as o with context %}\n'
              '{% set a, b = pair %}{{ comment.body }} {{ o.x }} {{ a.y }} {{ chat.title }}\n')
    reads, _uses, _macros = reads_and_uses(source.encode())
    assert [(read.name, read.steps) for read in reads] == [("chat", ("title",))]


RENDERING = '''\
from flask import g, render_template
from flask_themes2 import render_theme_template


def themed_render(template_name, **kwargs):
    return render_theme_template(g.theme, template_name, _fallback=False, **kwargs)


def render_title_template(*args, **kwargs):
    return themed_render(args[0], instance="library", **kwargs)


def render_page(template, **context):
    return render_template(template, user=g.get("user"), **context)


def render_title(*args, **kwargs):
    return render_template(args[0], title="Chat", **kwargs)


def render_fixed(template, **context):
    return render_template("chat/other.html", **context)
'''


@pytest.mark.parametrize(("wrapper", "found"), [
    ("render_page", True), ("render_title", True), ("render_title_template", True),
    ("render_fixed", False), ("undefined_here", False)])
def test_a_view_rendering_through_a_wrapper_of_the_renderer_is_followed(wrapper, found):
    """calibre-web renders its pages through `render_title_template(*args, **kwargs)`, which
    gives `themed_render(args[0], ..., **kwargs)`, which gives flask_themes2's
    `render_theme_template` the template: a function of the repository that gives a renderer
    the template its parameter names and its keyword arguments renders that template with
    the values its callers pass."""
    views = VIEWS.replace("from flask import Blueprint, render_template\n",
                          f"from flask import Blueprint\n\nfrom app.rendering import {wrapper}\n")
    views = views.replace('render_template("chat/view.html"', f'{wrapper}("chat/view.html"')
    base = {**BASE, "app/views.py": views, "app/rendering.py": RENDERING}
    keys = _keys(diff_findings(base, {"app/models.py": MODELS.replace(PARENT, "")}))
    assert (keys == _keys(diff_findings(BASE, {"app/models.py": MODELS.replace(PARENT, "")}))) is found
    assert bool(keys) is found


def test_a_wrapper_of_the_renderer_in_the_views_own_module_is_followed():
    views = VIEWS.replace('render_template("chat/view.html"', 'render_page("chat/view.html"')
    views += "\n\ndef render_page(template, **context):\n    return render_template(template, **context)\n"
    base = {**BASE, "app/views.py": views}
    assert _keys(diff_findings(base, {"app/models.py": MODELS.replace(PARENT, "")})) == \
        _keys(diff_findings(BASE, {"app/models.py": MODELS.replace(PARENT, "")})) != []
