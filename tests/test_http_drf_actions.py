"""DRF extra actions (`@action(detail=..., methods=[...], url_path=...)`) on a ViewSet
registered with a router: served at `{prefix}/{url_path}` and `{prefix}/{pk}/{url_path}`,
on revisions held in memory (`impact routes` through the real CLI on a real git repository)."""

from __future__ import annotations

import json

from conftest import run_impact, selected_keys
from test_http_django import BASE, VIEWS

ACTIONS = VIEWS.replace('''class ThreadViewSet(viewsets.ModelViewSet):
    pass
''', '''class ThreadViewSet(viewsets.ModelViewSet):
    @action(detail=True, methods=["post"], url_path="close")
    def close_thread(self, request, pk=None):
        return Response({"closed": True})

    @action(detail=False)
    def recent(self, request):
        return Response([])
''').replace("from rest_framework import viewsets\n",
             "from rest_framework import viewsets\nfrom rest_framework.decorators import action\n"
             "from rest_framework.response import Response\n")
CLIENT = '''\
export const closeThread = (id) => fetch(`/api/threads/${id}/close/`, { method: 'POST' })

export const recentThreads = () => fetch('/api/threads/recent/')
'''
WITH_ACTIONS = {**BASE, "chat/views.py": ACTIONS, "static/js/threads.js": CLIENT}


def _keys(change: dict, base: dict = WITH_ACTIONS) -> list[tuple]:
    return sorted(selected_keys(base, change, ("IMP4",)))


def test_a_detail_action_removed_while_the_frontend_calls_it():
    change = {"chat/views.py": ACTIONS.replace(
        '''    @action(detail=True, methods=["post"], url_path="close")
    def close_thread(self, request, pk=None):
        return Response({"closed": True})

''', "")}
    assert _keys(change) == [
        ("IMP401", "static/js/threads.js", 1, "error", "POST /api/threads/{param}/close"),
        ("IMP403", "chat/views.py", 22, "error", "POST /api/threads/{pk}/close")]


def test_a_detail_action_whose_method_changed():
    method = {"chat/views.py": ACTIONS.replace('methods=["post"]', 'methods=["put"]')}
    assert [k[:3] for k in _keys(method)] == [
        ("IMP401", "static/js/threads.js", 1), ("IMP403", "chat/views.py", 22)]


def test_a_list_action_renamed_is_not_judged_as_the_detail_route_may_serve_it():
    """`GET /api/threads/recent/` reaches the detail route (`pk="recent"`) once the list action
    is gone: the router answers it, so neither rule reports it."""
    renamed = {"chat/views.py": ACTIONS.replace("    @action(detail=False)\n",
                                                 '    @action(detail=False, url_path="latest")\n')}
    assert _keys(renamed) == []


def test_an_action_renamed_with_its_caller_is_silent_and_routes_lists_actions(repo_factory):
    change = {"chat/views.py": ACTIONS.replace('url_path="close"', 'url_path="archive"'),
              "static/js/threads.js": CLIENT.replace("/close/", "/archive/")}
    assert _keys(change) == []
    repo = repo_factory([WITH_ACTIONS])
    result = run_impact(repo, "routes", "--format", "json")
    routes = [(r["methods"], r["path"], r["file"], r["line"], len(r["callers"]))
              for r in json.loads(result.stdout)["routes"] if "ThreadViewSet." in r["handler"]]
    assert routes == [(["POST"], "/api/threads/{pk}/close", "chat/views.py", 22, 1),
                      (["GET"], "/api/threads/recent", "chat/views.py", 26, 1)]


def test_a_viewset_with_a_base_impact_cannot_read_may_serve_any_action():
    """The action moved into a mixin of the project's own: the registration may still serve it."""
    mixin = ACTIONS.replace("class ThreadViewSet(viewsets.ModelViewSet):",
                            "class ThreadViewSet(ClosingMixin, viewsets.ModelViewSet):")
    mixin = mixin.replace('''    @action(detail=True, methods=["post"], url_path="close")
    def close_thread(self, request, pk=None):
        return Response({"closed": True})

''', "").replace("from rest_framework import viewsets\n",
                 "from rest_framework import viewsets\n\nfrom chat.mixins import ClosingMixin\n")
    assert [k for k in _keys({"chat/views.py": mixin}) if k[0] == "IMP401"] == []


def test_the_body_an_action_returns_is_its_response():
    """`return Response({"closed": True})` in an action method: the fields it sends."""
    client = CLIENT.replace(
        "export const closeThread = (id) => fetch(`/api/threads/${id}/close/`, { method: 'POST' })\n",
        "export async function closeThread(id) {\n"
        "  const res = await fetch(`/api/threads/${id}/close/`, { method: 'POST' })\n"
        "  const data = await res.json()\n  return data.closed\n}\n")
    base = {**WITH_ACTIONS, "static/js/threads.js": client}
    change = {"chat/views.py": ACTIONS.replace('Response({"closed": True})', 'Response({"done": True})')}
    assert _keys(change, base) == [
        ("IMP402", "static/js/threads.js", 4, "error", "closed"),
        ("IMP404", "chat/views.py", 24, "error", "closed")]
