"""IMP402/IMP404 on a Flask messaging app whose messages are serialised by `to_dict()`,
read by a plain-JS frontend through a one-level wrapper and a direct fetch — the shape of the
attachments incident (`mediaUrl`), on revisions held in memory."""

from __future__ import annotations

from conftest import diff_result, severity_keys

APP_INIT = '''\
from flask import Flask

from .messages import bp as messages_bp


def create_app():
    app = Flask(__name__)
    app.register_blueprint(messages_bp, url_prefix="/api/messaging")
    return app
'''
MODELS = '''\
from .db import db


class Message(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    conversation_id = db.Column(db.Integer, nullable=False)
    content = db.Column(db.Text)
    media_url = db.Column(db.String(500))

    def to_dict(self):
        return {
            "id": self.id,
            "content": self.content,
            "mediaUrl": self.media_url,
        }
'''
MESSAGES = '''\
from flask import Blueprint, jsonify, request

from .db import db
from .models import Message

bp = Blueprint("messages", __name__)


@bp.get("/conversations/<int:conversation_id>/messages")
def list_messages(conversation_id):
    rows = Message.query.filter_by(conversation_id=conversation_id).order_by(Message.id).all()
    return jsonify([m.to_dict() for m in rows])


@bp.get("/messages/<int:message_id>")
def get_message(message_id):
    message = Message.query.get_or_404(message_id)
    return jsonify(message.to_dict())


@bp.post("/conversations/<int:conversation_id>/messages")
def send_message(conversation_id):
    message = Message(conversation_id=conversation_id, content=request.json["content"])
    db.session.add(message)
    db.session.commit()
    return jsonify({"id": message.id, "status": "sent"}), 201
'''
API_JS = '''\
export async function getMessages(conversationId) {
  const response = await fetch(`/api/messaging/conversations/${conversationId}/messages`)
  return response.json()
}
'''
CHAT_JS = '''\
import { getMessages } from './api.js'

export async function renderConversation(list, conversationId) {
  const messages = await getMessages(conversationId)
  list.innerHTML = messages.map((m) => `<li>${m.content}<img src="${m.mediaUrl}"></li>`).join('')
}

export async function showMessage(panel, id) {
  const response = await fetch(`/api/messaging/messages/${id}`)
  const message = await response.json()
  panel.querySelector('img').src = message.mediaUrl
}

export async function send(conversationId, content) {
  const { status } = await fetch(`/api/messaging/conversations/${conversationId}/messages`, {
    method: 'POST',
    body: JSON.stringify({ content }),
  }).then((r) => r.json())
  return status === 'sent'
}
'''
BASE = {"app/__init__.py": APP_INIT, "app/db.py": "from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n",
        "app/models.py": MODELS, "app/messages.py": MESSAGES,
        "app/static/js/api.js": API_JS, "app/static/js/chat.js": CHAT_JS}
ATTACHMENTS = MODELS.replace('            "mediaUrl": self.media_url,\n',
                             '            "attachments": [{"url": self.media_url}],\n')


def _run(change: dict, base: dict = BASE):
    result = diff_result(base, change, select=("IMP4",))
    assert result.exit_code in (0, 1), result.stderr
    return result


def _keys(result) -> list[tuple]:
    return severity_keys(result.findings)


def test_a_field_dropped_from_to_dict_breaks_every_reader():
    result = _run({"app/models.py": ATTACHMENTS})
    assert result.exit_code == 1
    assert _keys(result) == [
        ("IMP404", "app/models.py", 14, "error", "mediaUrl"),
        ("IMP402", "app/static/js/chat.js", 5, "error", "mediaUrl"),
        ("IMP402", "app/static/js/chat.js", 11, "error", "mediaUrl"),
    ]
    by_line = {(f["code"], f["line"]): f for f in result.findings}
    removed = by_line[("IMP404", 14)]
    assert removed["revision"] == "base"
    assert removed["consumers"] == [{"file": "app/static/js/chat.js", "line": 5},
                                    {"file": "app/static/js/chat.js", "line": 11}]
    # the read through the wrapper `getMessages` is of an item of the array response
    assert by_line[("IMP402", 5)]["origin"] == {"file": "app/models.py", "line": 14}
    assert "an item of the response of `GET /api/messaging/conversations/{…}/messages`" in \
        by_line[("IMP402", 5)]["message"]


def test_the_backend_and_its_frontend_moved_together_warn_for_deployed_frontends():
    """The incident: the frontend here reads `attachments` now, but frontends already
    deployed read `mediaUrl` — a warning naming where it was read, never an error."""
    change = {"app/models.py": ATTACHMENTS,
              "app/static/js/chat.js": CHAT_JS.replace("${m.mediaUrl}", "${m.attachments[0].url}")
              .replace("message.mediaUrl", "message.attachments[0].url")}
    result = _run(change)
    assert result.exit_code == 0
    assert _keys(result) == [("IMP404", "app/models.py", 14, "warning", "mediaUrl")]
    assert result.findings[0]["message"] == (
        "`mediaUrl` is no longer sent by `GET /api/messaging/conversations/<int:conversation_id>"
        "/messages`, `GET /api/messaging/messages/<int:message_id>`; nothing here reads it any "
        "more, but it was read in base (app/static/js/chat.js:5, app/static/js/chat.js:11): "
        "frontends already deployed may still read it")


def test_a_field_nothing_ever_read_is_silent():
    change = {"app/messages.py": MESSAGES.replace('"status": "sent"', '"ok": True')}
    base = {**BASE, "app/static/js/chat.js": CHAT_JS.split("export async function send")[0]}
    assert _keys(_run(change, base)) == []


def test_a_field_read_by_destructuring_a_then_chain():
    change = {"app/messages.py": MESSAGES.replace('"status": "sent"', '"ok": True')}
    assert _keys(_run(change)) == [
        ("IMP404", "app/messages.py", 26, "error", "status"),
        ("IMP402", "app/static/js/chat.js", 15, "error", "status")]


def test_to_dict_moved_to_a_mixin_and_the_attribute_renamed_is_silent():
    """A refactor that sends the same fields: nothing is reported."""
    mixin = ('class MessageSerializer:\n    def to_dict(self):\n        return {\n'
             '            "id": self.id,\n            "content": self.body,\n'
             '            "mediaUrl": self.media_path,\n        }\n')
    models = ("from .db import db\nfrom .serializers import MessageSerializer\n\n\n"
              "class Message(MessageSerializer, db.Model):\n"
              "    id = db.Column(db.Integer, primary_key=True)\n"
              "    conversation_id = db.Column(db.Integer, nullable=False)\n"
              "    body = db.Column(db.Text)\n    media_path = db.Column(db.String(500))\n")
    change = {"app/serializers.py": mixin, "app/models.py": models}
    assert _keys(_run(change)) == []


def test_an_open_body_is_never_judged():
    """A spread (`**`) in head, or a dict built up at run time: the fields are unknown."""
    spread = ATTACHMENTS.replace('        return {\n', '        return {\n            **self.extra(),\n')
    assert _keys(_run({"app/models.py": spread})) == []
    built = MODELS.replace('        return {\n            "id": self.id,',
                           '        data = {\n            "id": self.id,').replace(
        '            "mediaUrl": self.media_url,\n        }\n',
        '        }\n        data["mediaUrl"] = self.media_url\n        return data\n')
    assert _keys(_run({"app/models.py": ATTACHMENTS}, {**BASE, "app/models.py": built})) == []


def test_a_read_of_another_object_with_the_same_field_name_is_not_a_read_of_the_response():
    base = {**BASE, "app/static/js/chat.js": CHAT_JS + '''
export function preview(file) {
  const draft = { mediaUrl: URL.createObjectURL(file) }
  return draft.mediaUrl
}
'''}
    change = {"app/models.py": ATTACHMENTS}
    found = _keys(_run(change, base))
    assert [k[:3] for k in found if k[0] == "IMP402"] == [
        ("IMP402", "app/static/js/chat.js", 5), ("IMP402", "app/static/js/chat.js", 11)]


RACES = '''\
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/api/races/<int:race_id>")
def race(race_id):
    crew = [{"name": "Bo", "role": "trimmer"}]
    return jsonify({
        "name": "Cup",
        "wind": {"knots": 12, "direction": "SW"},
        "standings": [{"boat": 1, "place": 1}, {"boat": 2, "place": 2}],
        "crew": [{"name": c["name"], "role": c["role"]} for c in crew],
        "open": {**CONDITIONS, "tide": "high"},
    })
'''
RACE_JS = '''\
export async function race(id) {
  const data = await (await fetch(`/api/races/${id}`)).json()
  return [data.wind.direction, data.standings[0].place, data.crew[0].role, data.open.swell]
}
'''


def test_fields_inside_dicts_written_in_place_in_a_response_are_judged_where_read():
    base = {"app.py": RACES, "web/race.js": RACE_JS}
    renamed = {"app.py": RACES.replace('"direction": "SW"', '"heading": "SW"').replace(
        '"place": 1}, {"boat": 2, "place": 2}', '"rank": 1}, {"boat": 2, "rank": 2}').replace(
        '"role": c["role"]', '"job": c["role"]')}
    assert [key[:3] for key in _keys(_run(renamed, base))] == [
        ("IMP404", "app.py", 11), ("IMP404", "app.py", 12), ("IMP404", "app.py", 13),
        ("IMP402", "web/race.js", 3), ("IMP402", "web/race.js", 3), ("IMP402", "web/race.js", 3)]
    added = {"app.py": RACES.replace('"direction": "SW"', '"direction": "SW", "gusts": 20')}
    assert _keys(_run(added, base)) == []
    spread = {"app.py": RACES.replace('"tide": "high"', '"tide": "low"')}
    assert _keys(_run(spread, base)) == []  # `**CONDITIONS`: open, `swell` not judged
