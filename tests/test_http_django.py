"""IMP401/IMP403 on a Django project (ROOT_URLCONF, `path`/`re_path`/`include`, a DRF
router) with a plain-JS frontend calling it, on revisions held in memory (`impact routes`
through the real CLI on a real git repository)."""

from __future__ import annotations

from conftest import run_impact, selected_keys

SETTINGS = '''\
SECRET_KEY = "dev"
INSTALLED_APPS = ["rest_framework", "chat"]
ROOT_URLCONF = "config.urls"
'''
ROOT_URLS = '''\
from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from chat.views import ThreadViewSet

router = DefaultRouter()
router.register(r"threads", ThreadViewSet, basename="thread")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/chat/", include("chat.urls")),
    path("api/", include(router.urls)),
]
'''
CHAT_URLS = '''\
from django.urls import path, re_path

from . import views

urlpatterns = [
    path("messages/", views.message_list, name="message-list"),
    path("messages/<int:pk>/", views.message_detail, name="message-detail"),
    re_path(r"^rooms/(?P<slug>[-\\w]+)/members/$", views.RoomMembers.as_view()),
]
'''
VIEWS = '''\
from django.http import JsonResponse
from django.views import View
from rest_framework import viewsets


def message_list(request):
    return JsonResponse({"messages": []})


def message_detail(request, pk):
    return JsonResponse({"id": pk})


class RoomMembers(View):
    def get(self, request, slug):
        return JsonResponse({"members": []})


class ThreadViewSet(viewsets.ModelViewSet):
    pass
'''
APP_JS = '''\
export async function message(id) {
  const response = await fetch(`/api/chat/messages/${id}/`)
  return response.json()
}

export const members = (slug) => fetch(`/api/chat/rooms/${slug}/members/`)

export const thread = (id) => fetch(`/api/threads/${id}/`, { method: 'PATCH', body: '{}' })

export const threads = () => fetch('/api/threads/')
'''
BASE = {"manage.py": "import os\n", "config/__init__.py": "", "config/settings.py": SETTINGS,
        "config/urls.py": ROOT_URLS, "chat/__init__.py": "", "chat/urls.py": CHAT_URLS,
        "chat/views.py": VIEWS, "static/js/app.js": APP_JS}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return selected_keys(base, change, ("IMP4",))


def test_a_path_removed_from_an_included_urlconf():
    change = {"chat/urls.py": CHAT_URLS.replace(
        '    path("messages/<int:pk>/", views.message_detail, name="message-detail"),\n', "")}
    assert _keys(change) == [
        ("IMP403", "chat/urls.py", 7, "error", "ANY /api/chat/messages/<int:pk>"),
        ("IMP401", "static/js/app.js", 2, "error", "GET /api/chat/messages/{param}")]


def test_an_include_prefix_changed_without_the_frontend():
    change = {"config/urls.py": ROOT_URLS.replace('"api/chat/"', '"api/conversations/"')}
    assert sorted(k[:3] for k in _keys(change) if k[0] == "IMP401") == [
        ("IMP401", "static/js/app.js", 2), ("IMP401", "static/js/app.js", 6)]


def test_a_drf_registration_removed_while_the_frontend_calls_it():
    """One registration serves the list and the detail route: one IMP403 for it."""
    change = {"config/urls.py": ROOT_URLS.replace(
        'router.register(r"threads", ThreadViewSet, basename="thread")\n', "")}
    assert sorted(k[:4] for k in _keys(change)) == [
        ("IMP401", "static/js/app.js", 8, "error"), ("IMP401", "static/js/app.js", 10, "error"),
        ("IMP403", "config/urls.py", 8, "error")]


def test_a_re_path_route_renamed_with_its_caller_is_silent():
    change = {"chat/urls.py": CHAT_URLS.replace("members/$", "people/$"),
              "static/js/app.js": APP_JS.replace("/members/", "/people/")}
    assert _keys(change) == []


def test_without_root_urlconf_the_urlconfs_are_not_placed():
    base = {**BASE, "config/settings.py": SETTINGS.replace('ROOT_URLCONF = "config.urls"\n', "")}
    change = {"chat/urls.py": CHAT_URLS.replace(
        '    path("messages/<int:pk>/", views.message_detail, name="message-detail"),\n', "")}
    assert _keys(change, base) == []


def test_a_regex_route_impact_cannot_read_may_serve_anything_under_its_prefix():
    change = {"chat/urls.py": CHAT_URLS.replace(
        '    path("messages/<int:pk>/", views.message_detail, name="message-detail"),\n',
        '    re_path(r"^messages/(?P<rest>.+)$", views.message_detail),\n')}
    assert [k for k in _keys(change) if k[0] == "IMP401"] == []


def test_routes_lists_the_django_operations_and_not_other_registries(repo_factory):
    admin = "from django.contrib import admin\n\nfrom .models import Message\n\nadmin.site.register(Message)\n"
    repo = repo_factory([{**BASE, "chat/admin.py": admin}])
    result = run_impact(repo, "routes", "--format", "json")
    assert result.exit_code == 0, result.stderr
    import json
    routes = json.loads(result.stdout)["routes"]
    assert [(r["path"], r["file"], r["line"], r["handler"], len(r["callers"])) for r in routes] == [
        ("/api/chat/messages", "chat/urls.py", 6, "views.message_list", 0),
        ("/api/chat/messages/<int:pk>", "chat/urls.py", 7, "views.message_detail", 1),
        ("/api/chat/rooms/<slug>/members", "chat/urls.py", 8, "views.RoomMembers", 1),
        ("/api/threads", "config/urls.py", 8, "ThreadViewSet", 1),
        ("/api/threads/{pk}", "config/urls.py", 8, "ThreadViewSet", 1),
        ("/admin/<path:rest>", "config/urls.py", 11, "admin.site.urls", 0)]
