"""Requests in the inline scripts of HTML pages and server-side templates (a Flask app's
Jinja templates): read as client calls, with template syntax in a script (`{{ x }}`,
`{% if %}`) never judged as JavaScript; nothing else of a page is (no import, name or
syntax finding). The cases run in memory (conftest.diff_findings)."""

from __future__ import annotations

from conftest import diff_findings

APP = '''\
from flask import Flask, jsonify, render_template

app = Flask(__name__)


@app.get("/chat/<int:chat_id>")
def chat(chat_id):
    return render_template("chat/view.html", chat_id=chat_id)


@app.post("/api/chats/<int:chat_id>/messages")
def send(chat_id):
    return jsonify({"ok": True})


@app.get("/api/chats/<int:chat_id>/messages")
def messages(chat_id):
    return jsonify([])
'''
VIEW = '''\
{% extends "base.html" %}
{% block content %}
<div id="messages" data-chat="{{ chat_id }}"></div>
<script>
  const chatId = document.getElementById('messages').dataset.chat;
  {% if current_user.is_admin %}
  const admin = true;
  {% endif %}
  async function load() {
    const res = await fetch(`/api/chats/${chatId}/messages`);
    render(await res.json());
  }
  function send(text) {
    return fetch('/api/chats/' + chatId + '/messages', { method: 'POST', body: text });
  }
  const poll = "{{ url_for('messages', chat_id=chat_id) }}";
</script>
<script src="{{ url_for('static', filename='chat.js') }}"></script>
{% endblock %}
'''
BASE = {"app.py": APP, "templates/chat/view.html": VIEW}
POST = '''@app.post("/api/chats/<int:chat_id>/messages")
def send(chat_id):
    return jsonify({"ok": True})


'''


def _keys(findings: list[dict]) -> list[tuple]:
    return sorted((f["code"], f["file"], f["line"], f["severity"]) for f in findings)


def test_a_removed_route_is_reported_at_the_templates_inline_request():
    assert _keys(diff_findings(BASE, {"app.py": APP.replace(POST, "")})) == [
        ("IMP401", "templates/chat/view.html", 14, "error"), ("IMP403", "app.py", 11, "error")]


def test_template_syntax_and_what_else_a_page_says_give_no_finding():
    edited = VIEW.replace("const admin = true;", "const admin = undefinedThing(); import x from './y';")
    assert diff_findings(BASE, {"templates/chat/view.html": edited}) == []
    plain = "<html><body><p>no script</p></body></html>\n"
    assert diff_findings({**BASE, "static/about.html": plain}, {"static/about.html": plain + "\n"}) == []
