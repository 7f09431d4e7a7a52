"""A server-rendered Flask app whose static JavaScript calls it with jQuery — `$.get`,
`$.getJSON`, `$.post`, `$.ajax({ url, type })` — the page's global `$`, or `$` imported from
'jquery'; a `$` the module binds itself (cheerio's `const $ = load(html)`) is not jQuery.
The cases run in memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

APP = '''\
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/api/rooms")
def rooms():
    return jsonify([])


@app.get("/api/rooms/<int:room_id>/messages")
def messages(room_id):
    return jsonify([])


@app.post("/api/rooms/<int:room_id>/messages")
def post_message(room_id):
    return jsonify({"ok": True})


@app.delete("/api/rooms/<int:room_id>")
def close_room(room_id):
    return jsonify({"ok": True})
'''
CHAT_JS = '''\
function loadRooms() {
  $.getJSON('/api/rooms', function (rooms) { render(rooms); });
}

function loadMessages(id) {
  return $.get('/api/rooms/' + id + '/messages');
}

function send(id, text) {
  $.post('/api/rooms/' + id + '/messages', { text: text });
}

function closeRoom(id) {
  jQuery.ajax({ url: '/api/rooms/' + id, type: 'DELETE' });
}
'''
BASE = {"app.py": APP, "static/js/chat.js": CHAT_JS}
POST = '''

@app.post("/api/rooms/<int:room_id>/messages")
def post_message(room_id):
    return jsonify({"ok": True})
'''


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    """(code, file, line, severity) of each finding."""
    return sorted(k[:4] for k in selected_keys(base, change, ("IMP4",)))


def test_jquery_calls_are_requests_with_their_methods():
    keys = _keys({"app.py": APP.replace(POST, "")})
    assert ("IMP401", "static/js/chat.js", 10, "error") in keys  # $.post
    assert ("IMP403", "app.py", 16, "error") in keys
    assert [k for k in keys if k[1] == "static/js/chat.js"] == [("IMP401", "static/js/chat.js", 10,
                                                                 "error")]  # GET still served


def test_ajax_takes_its_method_from_type_and_get_json_is_a_get():
    keys = _keys({"app.py": APP.replace('@app.delete("/api/rooms/<int:room_id>")',
                                        '@app.patch("/api/rooms/<int:room_id>")')
                  .replace('@app.get("/api/rooms")\n', '@app.get("/api/room-list")\n')})
    assert ("IMP401", "static/js/chat.js", 14, "error") in keys  # type: 'DELETE'
    assert ("IMP401", "static/js/chat.js", 2, "error") in keys  # getJSON


def test_jquery_imported_from_its_package_counts_and_a_local_dollar_does_not():
    imported = "import $ from 'jquery';\nimport jQuery from 'jquery';\n\n" + CHAT_JS
    keys = _keys({"app.py": APP.replace(POST, "")}, {**BASE, "static/js/chat.js": imported})
    assert ("IMP401", "static/js/chat.js", 13, "error") in keys
    local = "const $ = require('cheerio').load('<p></p>');\nconst jQuery = $;\n\n" + CHAT_JS
    keys = _keys({"app.py": APP.replace(POST, "")}, {**BASE, "static/js/chat.js": local})
    assert [k for k in keys if k[0] == "IMP401"] == []
