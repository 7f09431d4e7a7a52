"""IMP401/IMP403 on a Flask app (blueprints, url_prefix, register_blueprint) with a plain-JS
frontend calling it through fetch, on revisions held in memory."""

from __future__ import annotations

from conftest import diff_result

APP_INIT = '''\
from flask import Flask

from . import auth
from .chat import bp as chat_bp


def create_app():
    app = Flask(__name__)
    app.register_blueprint(chat_bp, url_prefix="/api/chats")
    app.register_blueprint(auth.bp)
    return app
'''
CHAT = '''\
from flask import Blueprint, jsonify, request

bp = Blueprint("chat", __name__, url_prefix="/ignored-when-registered-with-a-prefix")


@bp.get("/")
def list_chats():
    return jsonify([])


@bp.route("/<int:chat_id>/messages", methods=["GET", "POST"])
def messages(chat_id):
    if request.method == "POST":
        return jsonify({"id": 1}), 201
    return jsonify([])


@bp.delete("/<int:chat_id>")
def delete_chat(chat_id):
    return "", 204
'''
AUTH = '''\
from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix="/auth")


def login():
    return {"token": "t"}


bp.add_url_rule("/login", view_func=login, methods=["POST"])
'''
CHAT_JS = '''\
const API = '/api'

export async function loadMessages(chatId) {
  const response = await fetch(`${API}/chats/${chatId}/messages`)
  return response.json()
}

export async function sendMessage(chatId, body) {
  const response = await fetch(`/api/chats/${chatId}/messages`, {
    method: 'POST',
    body: JSON.stringify({ body }),
  })
  return response.json()
}

export function removeChat(chatId) {
  return fetch('/api/chats/' + chatId, { method: 'DELETE' })
}

export function login(form) {
  return fetch('/auth/login', { method: 'POST', body: new FormData(form) })
}

export function starGist(id) {
  return fetch(`https://api.github.com/gists/${id}/star`, { method: 'PUT' })
}

export const listChats = () => fetch('/api/chats/').then((response) => response.json())
'''
BASE = {"app/__init__.py": APP_INIT, "app/chat.py": CHAT, "app/auth.py": AUTH,
        "app/static/js/chat.js": CHAT_JS}


def _findings(change: dict) -> list[tuple]:
    result = diff_result(BASE, change)
    assert result.exit_code in (0, 1), result.stderr
    return [(f["code"], f["file"], f["line"], f["severity"], f["revision"]) for f in result.findings
            if f["code"] != "IMP201"]  # removed Python functions: tested elsewhere


def test_a_method_removed_from_a_route_is_reported_at_the_call_and_the_route():
    change = {"app/chat.py": CHAT.replace('methods=["GET", "POST"]', 'methods=["GET"]')}
    result = diff_result(BASE, change)
    assert result.exit_code == 1
    found = {(f["code"], f["file"], f["line"], f["symbol"]): f for f in result.findings}
    assert set(found) == {
        ("IMP401", "app/static/js/chat.js", 9, "POST /api/chats/{param}/messages"),
        ("IMP403", "app/chat.py", 11, "POST /api/chats/<int:chat_id>/messages"),
    }
    unserved = found[("IMP401", "app/static/js/chat.js", 9, "POST /api/chats/{param}/messages")]
    assert unserved["origin"] == {"file": "app/chat.py", "line": 11}
    removed = found[("IMP403", "app/chat.py", 11, "POST /api/chats/<int:chat_id>/messages")]
    assert removed["severity"] == "error" and removed["revision"] == "base"
    assert removed["consumers"] == [{"file": "app/static/js/chat.js", "line": 9}]


def test_a_registration_prefix_changed_without_the_frontend_breaks_every_call():
    change = {"app/__init__.py": APP_INIT.replace('url_prefix="/api/chats"', 'url_prefix="/api/rooms"')}
    found = _findings(change)
    assert sorted(f[:3] for f in found if f[0] == "IMP401") == [
        ("IMP401", "app/static/js/chat.js", 4), ("IMP401", "app/static/js/chat.js", 9),
        ("IMP401", "app/static/js/chat.js", 17), ("IMP401", "app/static/js/chat.js", 28)]
    assert sorted(f for f in found if f[0] == "IMP403") == [
        ("IMP403", "app/chat.py", 6, "error", "base"), ("IMP403", "app/chat.py", 11, "error", "base"),
        ("IMP403", "app/chat.py", 11, "error", "base"), ("IMP403", "app/chat.py", 18, "error", "base")]


def test_a_route_nothing_here_calls_is_a_warning_when_removed():
    base = {**BASE, "app/static/js/chat.js": CHAT_JS.replace("export const listChats", "// listChats")}
    change = {"app/chat.py": CHAT.replace('@bp.get("/")\ndef list_chats():\n    return jsonify([])\n\n\n', "")}
    result = diff_result(base, change, select=("IMP4",))
    assert result.exit_code == 0
    assert [(f["code"], f["file"], f["line"], f["severity"], f["message"]) for f in result.findings] == [
        ("IMP403", "app/chat.py", 6, "warning",
         "`GET /api/chats` was removed; no request in this repository calls it, but deployed clients may")]


def test_add_url_rule_route_removed_while_the_login_form_posts_to_it():
    change = {"app/auth.py": AUTH.replace('bp.add_url_rule("/login", view_func=login, methods=["POST"])\n', "")}
    assert [f[:3] for f in _findings(change)] == [
        ("IMP403", "app/auth.py", 10), ("IMP401", "app/static/js/chat.js", 21)]


def test_prefix_renamed_together_with_the_frontend_is_silent():
    change = {"app/__init__.py": APP_INIT.replace('url_prefix="/api/chats"', 'url_prefix="/api/rooms"'),
              "app/static/js/chat.js": CHAT_JS.replace("/chats/", "/rooms/"),
              }
    assert _findings(change) == []


def test_route_moved_to_another_blueprint_at_the_same_url_is_silent():
    change = {"app/chat.py": CHAT.replace('@bp.delete("/<int:chat_id>")\ndef delete_chat(chat_id):\n'
                                          '    return "", 204\n', ""),
              "app/admin.py": 'from flask import Blueprint\n\nbp = Blueprint("admin", __name__, '
                              'url_prefix="/api")\n\n\n@bp.route("/chats/<chat_id>", methods=["DELETE"])\n'
                              'def delete_chat(chat_id):\n    return "", 204\n',
              "app/__init__.py": APP_INIT.replace("from . import auth", "from . import admin, auth")
              .replace("    return app", "    app.register_blueprint(admin.bp)\n    return app")}
    assert _findings(change) == []


def test_feature_removed_with_every_caller_and_a_new_route_are_silent():
    change = {"app/chat.py": CHAT.replace('@bp.delete("/<int:chat_id>")\ndef delete_chat(chat_id):\n'
                                          '    return "", 204\n', '@bp.get("/search")\ndef search():\n'
                                                                  '    return jsonify([])\n'),
              "app/static/js/chat.js": CHAT_JS.replace(
                  "export function removeChat(chatId) {\n  return fetch('/api/chats/' + chatId, "
                  "{ method: 'DELETE' })\n}\n\n", "")}
    assert _findings(change) == []


def test_external_and_dynamic_calls_are_never_judged():
    base = dict(BASE)
    base["app/static/js/other.js"] = ("export const go = (url) => fetch(url, { method: 'POST' })\n"
                                      "export const hook = () => fetch(`${window.HOOK_URL}/auth/login`)\n")
    change = {"app/auth.py": AUTH.replace("/login", "/sign-in"),
              "app/static/js/chat.js": CHAT_JS.replace("/auth/login", "/auth/sign-in")}
    result = diff_result(base, change)
    assert result.exit_code == 0 and result.findings == []
