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


SERIALIZERS = '''\
def message_to_dict(message):
    return {"id": message.pk, "body": message.body, "mediaUrl": message.media_url}


def maybe_dict(message):
    if message is None:
        return None
    return {"id": message.pk, "mediaUrl": message.media_url}
'''
SERIALIZED_VIEWS = VIEWS.replace(
    "from rest_framework.response import Response\n",
    "from rest_framework.response import Response\n\n"
    "from chat.serializers import maybe_dict, message_to_dict\n",
).replace('return JsonResponse({"id": pk, "body": "hi", "mediaUrl": None})',
          "return JsonResponse(message_to_dict(Message.objects.get(pk=pk)))")
SERIALIZED = {**DJANGO, "chat/serializers.py": SERIALIZERS, "chat/views.py": SERIALIZED_VIEWS}
LIST_READER = '''\
export async function firstMedia() {
  const messages = await (await fetch('/api/chat/messages/')).json()
  return messages[0].mediaUrl
}
'''


def test_a_key_dropped_from_what_a_serializer_function_returns_to_a_json_response():
    """`JsonResponse(message_to_dict(m))`: the dict the module-level function (imported from
    another module) returns is what the view sends."""
    change = {"chat/serializers.py": SERIALIZERS.replace(
        ', "body": message.body, "mediaUrl": message.media_url}', ', "body": message.body}')}
    assert sorted(selected_keys(SERIALIZED, change, ("IMP4",))) == [
        ("IMP402", "static/js/reader.js", 4, "error", "mediaUrl"),
        ("IMP404", "chat/serializers.py", 2, "error", "mediaUrl")]


def test_a_serializer_function_called_for_each_item_of_a_list():
    base = {**SERIALIZED, "static/js/list.js": LIST_READER, "chat/views.py": SERIALIZED_VIEWS.replace(
        'return JsonResponse({"messages": []})',
        "return JsonResponse([message_to_dict(m) for m in Message.objects.all()], safe=False)")}
    change = {"chat/serializers.py": SERIALIZERS.replace(
        ', "body": message.body, "mediaUrl": message.media_url}', ', "body": message.body}')}
    assert ("IMP402", "static/js/list.js", 3, "error", "mediaUrl") in selected_keys(base, change, ("IMP4",))


def test_functions_that_may_return_something_else_than_a_dict_literal_are_not_read_as_serializers():
    """A function that may return None, a call of a function that is not a serializer, a
    method: the body stays unknown, and nothing is judged."""
    for call in ("maybe_dict(Message.objects.get(pk=pk))", "build(pk)", "self.serialize(pk)"):
        base = {**SERIALIZED, "chat/views.py": SERIALIZED_VIEWS.replace(
            "message_to_dict(Message.objects.get(pk=pk))", call)}
        change = {"chat/serializers.py": SERIALIZERS.replace('"mediaUrl": message.media_url}', "}")}
        assert selected_keys(base, change, ("IMP4",)) == [], call


def test_a_key_dropped_from_a_serializer_functions_dict_held_by_a_json_responses_key():
    """`JsonResponse({"messages": [message_to_dict(m) for m in ...]})`: each item of the
    `messages` list is that function's dict (and `"latest": message_to_dict(m)` is one)."""
    views = SERIALIZED_VIEWS.replace(
        'return JsonResponse({"messages": []})',
        'return JsonResponse({"messages": [message_to_dict(m) for m in Message.objects.all()], '
        '"latest": message_to_dict(Message.objects.last())})')
    reader = ("export async function media() {\n"
              "  const data = await (await fetch('/api/chat/messages/')).json()\n"
              "  return [data.messages[0].mediaUrl, data.latest.mediaUrl]\n}\n")
    base = {**SERIALIZED, "chat/views.py": views, "static/js/list.js": reader}
    change = {"chat/serializers.py": SERIALIZERS.replace(
        ', "body": message.body, "mediaUrl": message.media_url}', ', "body": message.body}')}
    keys = selected_keys(base, change, ("IMP4",))
    assert [k for k in keys if k[1] == "static/js/list.js"] == [
        ("IMP402", "static/js/list.js", 3, "error", "mediaUrl"),
        ("IMP402", "static/js/list.js", 3, "error", "mediaUrl")]
    other = views.replace("[message_to_dict(m) for m in Message.objects.all()]",
                          "[m.pk for m in Message.objects.all()]").replace(
        '"latest": message_to_dict(Message.objects.last())', '"latest": build(Message.objects.last())')
    keys = selected_keys({**base, "chat/views.py": other}, change, ("IMP4",))
    assert [k for k in keys if k[1] == "static/js/list.js"] == []
