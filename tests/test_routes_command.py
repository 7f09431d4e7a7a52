"""`impact routes`: served operations with their handler, the name URLs are built from
(Flask's `blueprint.view`), the fields they send and their in-repo callers, as text and JSON,
through the real CLI on a real git repository."""

from __future__ import annotations

import json

from conftest import run_impact
from test_http_fields_express import BASE as EXPRESS
from test_http_fields_flask import BASE as FLASK


def test_routes_lists_operations_fields_and_callers_as_text(repo_factory):
    base = {**FLASK, "app/static/js/extra.js": "export const gone = () => fetch('/api/messaging/gone')\n"
                                                "export const dm = (u) => fetch(`/api/messaging/messages/${u}x`)\n"}
    repo = repo_factory([base])
    result = run_impact(repo, "routes", "HEAD")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "GET /api/messaging/conversations/<int:conversation_id>/messages  app/messages.py:9 list_messages"
        "  (named messages.list_messages)\n"
        "    sends: [].content, [].id, [].mediaUrl\n"
        "    called by app/static/js/api.js:2  GET /api/messaging/conversations/{…}/messages\n"
        "GET /api/messaging/messages/<int:message_id>  app/messages.py:15 get_message"
        "  (named messages.get_message)\n"
        "    sends: content, id, mediaUrl\n"
        "    called by app/static/js/chat.js:9  GET /api/messaging/messages/{…}\n"
        "    called by app/static/js/extra.js:2  GET /api/messaging/messages/…x"
        " (URL built at run time: may call it)\n"
        "POST /api/messaging/conversations/<int:conversation_id>/messages  app/messages.py:21 send_message"
        "  (named messages.send_message)\n"
        "    sends: id, status\n"
        "    called by app/static/js/chat.js:15  POST /api/messaging/conversations/{…}/messages\n"
        "requests no route here serves:\n"
        "    app/static/js/extra.js:1  GET /api/messaging/gone\n")


def test_routes_as_json_with_named_handlers_in_other_modules(repo_factory):
    repo = repo_factory([EXPRESS])
    result = run_impact(repo, "routes", "--format", "json")
    assert result.exit_code == 0, result.stderr
    routes = json.loads(result.stdout)["routes"]
    assert [(r["methods"], r["path"], r["file"], r["line"], r["handler"], r["sends"]) for r in routes] == [
        (["GET"], "/api/tickets", "server/routes/tickets.js", 8, "list", ["[].assignee", "[].id", "[].subject"]),
        (["GET"], "/api/tickets/:id", "server/routes/tickets.js", 10, "",
         ["assignee", "error", "id", "status", "subject"])]
    assert routes[0]["callers"] == [{"file": "web/src/tickets.js", "line": 4, "method": "GET",
                                     "url": "/api/tickets", "exact": True}]
    assert [r["name"] for r in routes] == [None, None]  # Express routes have no names


def test_routes_as_json_name_django_routes_under_their_app_name(repo_factory):
    urls = ('from django.urls import path\n\nfrom . import views\n\napp_name = "polls"\n'
            'urlpatterns = [path("<int:pk>/", views.detail, name="detail"), path("x/", views.x)]\n')
    repo = repo_factory([{"polls/urls.py": urls, "polls/views.py": "def detail(r, pk): pass\n\n\ndef x(r): pass\n"}])
    routes = json.loads(run_impact(repo, "routes", "--format", "json").stdout)["routes"]
    assert [(r["handler"], r["name"]) for r in routes] == [("views.detail", "polls:detail"), ("views.x", None)]


def test_routes_of_an_unknown_revision_is_a_one_line_error(repo_factory):
    repo = repo_factory([EXPRESS])
    result = run_impact(repo, "routes", "no-such-revision")
    assert result.exit_code == 2
    assert result.stderr.startswith("impact: error: ") and result.stderr.count("\n") == 1


def test_routes_text_never_prints_control_characters_from_the_code(repo_factory):
    app = 'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get("/x\x1b[2J")\ndef x():\n    return {"a": 1}\n'
    repo = repo_factory([{"app.py": app}])
    result = run_impact(repo, "routes", "HEAD")
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "/x\\x1b[2J" in result.stdout
