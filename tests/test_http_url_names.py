"""URLs built from endpoint names (IMP408): Flask's `url_for` in views and Jinja templates,
Django's `reverse`/`redirect`/`{% url %}`, judged against the names the routes have in
each revision. The rule cases run in memory (conftest.diff_findings); one runs the CLI on a
real repository, scoped and full."""

from __future__ import annotations

from conftest import diff_findings, run_impact

BLUEPRINT = '''\
from flask import Blueprint

chat = Blueprint("chat", __name__, url_prefix="/chats")
'''
VIEWS = '''\
from flask import redirect, url_for

from chat import chat


@chat.route("/<int:id>/comments", methods=["POST"])
def add_comment(id):
    return redirect(url_for("chat.show", id=id))


@chat.route("/<int:id>")
def show(id):
    return "x"
'''
APP = '''\
from flask import Flask

from chat import chat

app = Flask(__name__)
app.register_blueprint(chat)


@app.route("/")
def index():
    return "hi"


app.add_url_rule("/about", "about_page", lambda: "about")
'''
PAGE = '''\
<form action="{{ url_for('chat.add_comment', id=c.id) }}" method="post"></form>
<a href="{{ url_for('index') }}">home</a>
<a href="{{ url_for('.show', id=1) }}">x</a>
<a href="{{ url_for('about_page') }}">about</a>
<img src="{{ url_for('static', filename='x.png') }}">
'''
FLASK = {"chat/__init__.py": BLUEPRINT, "chat/views.py": VIEWS, "app.py": APP,
         "templates/chat.html": PAGE}


def keys(findings: list[dict]) -> list[tuple]:
    return sorted((f["code"], f["file"], f["line"], f["symbol"]) for f in findings
                  if f["code"] == "IMP408")


def test_a_renamed_flask_view_is_reported_where_its_name_builds_a_url():
    head = {"chat/views.py": VIEWS.replace("def add_comment", "def post_comment")}
    findings = diff_findings(FLASK, head)
    assert keys(findings) == [("IMP408", "templates/chat.html", 1, "chat.add_comment")]
    found = next(f for f in findings if f["code"] == "IMP408")
    assert found["severity"] == "error" and found["column"] == 27
    assert "BuildError" in found["message"] and "chat/views.py:6" in found["message"]
    assert found["origin"] == {"file": "chat/views.py", "line": 6}


def test_app_routes_blueprint_routes_relative_names_and_add_url_rule_endpoints():
    head = {"chat/views.py": VIEWS.replace("def show", "def display"),
            "app.py": APP.replace("def index", "def home").replace('"about_page"', '"about"')}
    assert keys(diff_findings(FLASK, head)) == [
        ("IMP408", "chat/views.py", 8, "chat.show"),
        ("IMP408", "templates/chat.html", 2, "index"),
        ("IMP408", "templates/chat.html", 3, ".show"),
        ("IMP408", "templates/chat.html", 4, "about_page"),
    ]


def test_a_name_a_route_still_has_is_no_finding():
    # the function renamed but its endpoint kept; the blueprint's name kept under a new variable
    head = {"chat/views.py": VIEWS.replace('@chat.route("/<int:id>")\ndef show',
                                           '@chat.route("/<int:id>", endpoint="show")\ndef display'),
            "chat/__init__.py": BLUEPRINT + "comments = chat\n"}
    assert keys(diff_findings(FLASK, head)) == []
    # a blueprint renamed in the call and in every name that builds its URLs
    renamed = {"chat/__init__.py": BLUEPRINT.replace('Blueprint("chat"', 'Blueprint("talk"'),
               "chat/views.py": VIEWS.replace('"chat.show"', '"talk.show"'),
               "templates/chat.html": PAGE.replace("chat.add_comment", "talk.add_comment")}
    assert keys(diff_findings(FLASK, renamed)) == []


def test_a_blueprint_renamed_leaves_its_qualified_names_behind():
    head = {"chat/__init__.py": BLUEPRINT.replace('Blueprint("chat"', 'Blueprint("talk"')}
    assert keys(diff_findings(FLASK, head)) == [
        ("IMP408", "chat/views.py", 8, "chat.show"),
        ("IMP408", "templates/chat.html", 1, "chat.add_comment"),
    ]


def test_impact_abstains_where_head_may_still_have_the_name():
    # the blueprint's name is no literal in head: its routes may have any namespace
    dynamic = {"chat/__init__.py": BLUEPRINT.replace('Blueprint("chat"', "Blueprint(NAME") +
               "NAME = 'chat'\n",
               "chat/views.py": VIEWS}
    assert keys(diff_findings(FLASK, dynamic)) == []
    # the route moved to a router impact cannot find
    moved = {"chat/views.py": VIEWS.replace("from chat import chat", "from plugins import chat")
             .replace("def add_comment", "def add_comment")}
    assert keys(diff_findings(FLASK, moved)) == []
    # a name that no route had in base (a plugin's, `static`) is never judged
    assert keys(diff_findings(FLASK, {"templates/chat.html": PAGE + "{{ url_for('admin.index') }}\n"})) == []


def test_url_for_not_imported_from_flask_is_not_read():
    own = VIEWS.replace("from flask import redirect, url_for", "from flask import redirect\n"
                        "from helpers import url_for")
    base = {**FLASK, "chat/views.py": own, "templates/chat.html": "<p>no names</p>\n"}
    head = {"chat/views.py": own.replace("def show", "def display")}
    assert keys(diff_findings(base, head)) == []


URLS = '''\
from django.urls import include, path

from . import views

app_name = "polls"
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.DetailView.as_view(), name="detail"),
    path("<int:pk>/results/", views.results, name="results"),
]
'''
DJANGO_VIEWS = '''\
from django.shortcuts import redirect
from django.urls import reverse


def index(request):
    return redirect("polls:results", pk=1)


def results(request, pk):
    return reverse("polls:detail", args=(pk,))


def elsewhere(request):
    return redirect("/polls/")


class DetailView:
    pass
'''
TEMPLATE = '''\
<a href="{% url 'polls:detail' question.id %}">x</a>
<a href="{% url 'polls:results' question.id as link %}">{{ link }}</a>
{% url "polls:index" %}
'''
DJANGO = {"polls/urls.py": URLS, "polls/views.py": DJANGO_VIEWS,
          "site/urls.py": 'from django.urls import include, path\n\n'
                          'urlpatterns = [path("polls/", include("polls.urls"))]\n',
          "templates/polls/index.html": TEMPLATE}


def test_django_names_under_app_name_in_reverse_redirect_and_url_tags():
    head = {"polls/urls.py": URLS.replace('name="detail"', 'name="question-detail"')
            .replace('name="results"', 'name="poll-results"').replace('name="index"', 'name="home"')}
    findings = diff_findings(DJANGO, head)
    assert keys(findings) == [
        ("IMP408", "polls/views.py", 6, "polls:results"),
        ("IMP408", "polls/views.py", 10, "polls:detail"),
        ("IMP408", "templates/polls/index.html", 1, "polls:detail"),
        ("IMP408", "templates/polls/index.html", 3, "polls:index"),
    ]  # `{% url ... as link %}` is silent when there is no such name; "/polls/" is a URL
    assert all("NoReverseMatch" in f["message"] for f in findings if f["code"] == "IMP408")


def test_django_names_kept_moved_or_made_by_a_drf_router_are_no_finding():
    moved = {"polls/urls.py": URLS.replace('    path("<int:pk>/results/", views.results, name="results"),\n', ""),
             "polls/more_urls.py": 'from django.urls import path\n\nfrom . import views\n\n'
                                   'app_name = "polls"\nurlpatterns = [path("r/", views.results, '
                                   'name="results")]\n'}
    assert keys(diff_findings(DJANGO, moved)) == []
    base = {**DJANGO, "polls/views.py": DJANGO_VIEWS + '\n\ndef listing(request):\n'
            '    return reverse("polls:question-list")\n',
            "polls/urls.py": URLS.replace(
                '    path("", views.index, name="index"),\n',
                '    path("", views.index, name="index"),\n'
                '    path("q/", views.index, name="question-list"),\n')}
    drf = {"polls/urls.py": URLS.replace('from . import views\n', 'from rest_framework.routers '
                                         'import DefaultRouter\n\nfrom . import views\n\n'
                                         'router = DefaultRouter()\n'
                                         'router.register("q", views.QuestionViewSet, '
                                         'basename="question")\n')}
    assert keys(diff_findings(base, drf)) == []  # `question-list` is the router's now
    assert keys(diff_findings(base, {"polls/urls.py": URLS})) == [
        ("IMP408", "polls/views.py", 22, "polls:question-list")]  # without the router: gone


def test_the_cli_on_a_real_repository_scoped_and_full(repo_factory):
    repo = repo_factory([FLASK, {"chat/views.py": VIEWS.replace("def add_comment", "def post_comment")}])
    scoped = run_impact(repo, "diff", "HEAD~1", "HEAD", "--format", "json")
    full = run_impact(repo, "--full-scan", "diff", "HEAD~1", "HEAD", "--format", "json")
    assert scoped.exit_code == full.exit_code == 1
    assert scoped.json == full.json
    assert keys(scoped.findings) == [("IMP408", "templates/chat.html", 1, "chat.add_comment")]


def test_an_unclosed_url_tag_ends_at_the_next_tag_not_at_the_end_of_the_file():
    """`{% url 'a' ` never closed, repeated through a file, was scanned to the end from each
    one (quadratic); a tag's rest now stops at its first `%`, so the next tag is read."""
    from impact.http.url_names import template_refs

    refs = template_refs(b"{% url 'gone' \n" * 3 + b"{% url 'polls:detail' q.id %}\n")
    assert [(r.name, r.site.line) for r in refs] == [("polls:detail", 4)]
    assert template_refs(b"{% url 'a' " * 2000) == ()
