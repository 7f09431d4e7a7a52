"""Python test clients are in-repo callers: `client.post("/auth/login")` through a Flask
`app.test_client()` fixture, FastAPI `TestClient(app)`, Django's `self.client`. A route removed
while only tests call it is reported (IMP403 with the tests as callers, IMP401 at each test
call); other Python code and other receivers are not read. Revisions held in memory."""

from __future__ import annotations

from conftest import diff_result
from test_http_django import BASE as DJANGO
from test_http_django import CHAT_URLS
from test_http_fastapi_nextjs import FASTAPI, THREADS
from test_http_flask import APP_INIT, AUTH, CHAT

FLASK_TEST = '''\
import pytest

from app import create_app


@pytest.fixture
def client():
    return create_app().test_client()


def test_login(client):
    assert client.post("/auth/login").status_code == 200


def test_chats():
    with create_app().test_client() as c:
        assert c.get("/api/chats/").status_code == 200
'''
NO_LOGIN = AUTH.replace('bp.add_url_rule("/login", view_func=login, methods=["POST"])\n', "")
FLASK = {"app/__init__.py": APP_INIT, "app/chat.py": CHAT, "app/auth.py": AUTH,
         "tests/test_api.py": FLASK_TEST}
FASTAPI_TEST = '''\
from fastapi.testclient import TestClient

from app.main import app


def test_thread():
    thread_id = 3
    response = TestClient(app).get(f"/api/threads/{thread_id}")
    assert response.json()["title"]
'''
DJANGO_TESTS = '''\
from django.test import TestCase


class MessageTests(TestCase):
    def test_detail(self):
        self.assertEqual(self.client.get("/api/chat/messages/1/").status_code, 200)
'''
NOT_CLIENTS = '''\
import httpx
import requests


def sync(client, cache):
    client.post("/auth/login")
    cache.get("/auth/login")


def test_remote():
    client = httpx.Client(base_url="https://auth.example.com")
    client.post("/auth/login")
    session = requests.Session()
    session.post("/auth/login")
'''


def _keys(base: dict, change: dict) -> list[tuple]:
    result = diff_result(base, change, select=("IMP4",))
    assert result.exit_code in (0, 1), result.stderr
    return sorted((f["code"], f["file"], f["line"], f["severity"], len(f.get("consumers") or ()))
                  for f in result.findings)


def test_a_flask_route_only_tests_call_is_reported_with_its_test_callers():
    change = {"app/auth.py": NO_LOGIN}
    assert _keys(FLASK, change) == [
        ("IMP401", "tests/test_api.py", 12, "error", 0),
        ("IMP403", "app/auth.py", 10, "error", 1)]
    result = diff_result(FLASK, change, select=("IMP403",))
    assert [f["message"] for f in result.findings] == [
        "`POST /auth/login` was removed; 1 request(s) in head still call it (1 in tests)"]
    listing = {"app/chat.py": CHAT.replace('@bp.get("/")', '@bp.get("/all")')}
    assert _keys(FLASK, listing) == [
        ("IMP401", "tests/test_api.py", 17, "error", 0),
        ("IMP403", "app/chat.py", 6, "error", 1)]


def test_fastapi_test_client_and_django_test_client():
    fastapi = {**FASTAPI, "backend/tests/test_threads.py": FASTAPI_TEST}
    renamed = {"backend/app/routers/threads.py": THREADS.replace('"/{thread_id}"', '"/{thread_id}/detail"')}
    assert [k for k in _keys(fastapi, renamed) if k[1].startswith("backend/tests")] == [
        ("IMP401", "backend/tests/test_threads.py", 8, "error", 0)]
    django = {**DJANGO, "chat/tests.py": DJANGO_TESTS, "static/js/app.js": "export {}\n"}
    removed = {"chat/urls.py": CHAT_URLS.replace(
        '    path("messages/<int:pk>/", views.message_detail, name="message-detail"),\n', "")}
    assert _keys(django, removed) == [
        ("IMP401", "chat/tests.py", 6, "error", 0), ("IMP403", "chat/urls.py", 7, "error", 1)]


def test_test_callers_removed_with_the_route_and_other_python_code_are_silent():
    change = {"app/auth.py": NO_LOGIN,
              "tests/test_api.py": FLASK_TEST.replace(
                  '\n\ndef test_login(client):\n    assert client.post("/auth/login").status_code == 200\n', "")}
    assert _keys(FLASK, change) == []
    base = {**FLASK, "tests/test_api.py": "", "app/sync.py": NOT_CLIENTS,
            "tests/test_cache.py": NOT_CLIENTS.replace("    client.post(\"/auth/login\")\n    cache", "    cache")}
    removed = {"app/auth.py": NO_LOGIN}
    assert _keys(base, removed) == [("IMP403", "app/auth.py", 10, "warning", 0)]
