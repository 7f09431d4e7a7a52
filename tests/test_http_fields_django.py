"""IMP402/IMP404 on Django views: the keys of a `JsonResponse({...})` or a DRF
`Response({...})` literal are the fields the view sends; a view whose body impact cannot read
is not judged. On revisions held in memory."""

from __future__ import annotations

from conftest import selected_keys
from test_http_django import BASE, CHAT_URLS

VIEWS = '''\
from django.http import JsonResponse
from rest_framework.decorators import api_view
from rest_framework.response import Response


def message_list(request):
    return JsonResponse({"messages": []})


def message_detail(request, pk):
    return JsonResponse({"id": pk, "body": "hi", "mediaUrl": None})


@api_view(["GET"])
def room_members(request, slug):
    return Response({"members": [], "owner": "ann"}, status=200)


class ThreadViewSet:
    pass
'''
URLS = CHAT_URLS.replace("views.RoomMembers.as_view()", "views.room_members")
READER = '''\
export async function showMessage(id) {
  const response = await fetch(`/api/chat/messages/${id}/`)
  const message = await response.json()
  return `${message.body} ${message.mediaUrl}`
}

export async function owner(slug) {
  const { owner } = await (await fetch(`/api/chat/rooms/${slug}/members/`)).json()
  return owner
}
'''
DJANGO = {**BASE, "chat/views.py": VIEWS, "chat/urls.py": URLS, "static/js/reader.js": READER}


def _keys(change: dict) -> list[tuple]:
    return sorted(selected_keys(DJANGO, change, ("IMP4",)))


def test_a_key_dropped_from_a_json_response_while_the_frontend_reads_it():
    change = {"chat/views.py": VIEWS.replace(', "mediaUrl": None', "")}
    assert _keys(change) == [
        ("IMP402", "static/js/reader.js", 4, "error", "mediaUrl"),
        ("IMP404", "chat/views.py", 11, "error", "mediaUrl")]


def test_a_key_dropped_from_a_drf_response():
    change = {"chat/views.py": VIEWS.replace(', "owner": "ann"', "")}
    assert _keys(change) == [
        ("IMP402", "static/js/reader.js", 8, "error", "owner"),
        ("IMP404", "chat/views.py", 16, "error", "owner")]


def test_bodies_impact_cannot_read_and_keys_nobody_reads_are_not_judged():
    spread = {"chat/views.py": VIEWS.replace('{"id": pk, "body": "hi", "mediaUrl": None}',
                                             '{**serialize(pk), "id": pk}')}
    variable = {"chat/views.py": VIEWS.replace('return Response({"members": [], "owner": "ann"}, status=200)',
                                               'return Response(MembersSerializer(room).data)')}
    unread = {"chat/views.py": VIEWS.replace('{"messages": []}', '{}')}
    for change in (spread, variable, unread):
        assert _keys(change) == []
