"""What DRF serializers send (IMP402/IMP404): a `ModelSerializer`'s `Meta.fields` list (a field
declared with `source=` is sent by its own name), a `Serializer`'s declared fields without the
`write_only` ones; `Response(S(obj).data)` in an action or an `@api_view`, and a ViewSet's
`serializer_class` for its list (a list of them, unless paginated) and detail routes. An
`"__all__"` list and a paginated list are not judged. In memory (conftest.selected_keys)."""

from __future__ import annotations

from conftest import selected_keys

SETTINGS = '''\
INSTALLED_APPS = ["rest_framework", "plants"]
ROOT_URLCONF = "config.urls"
'''
URLS = '''\
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from plants.views import PlantViewSet, ZoneViewSet

router = DefaultRouter()
router.register("plants", PlantViewSet)
router.register("zones", ZoneViewSet)

urlpatterns = [path("api/", include(router.urls))]
'''
SERIALIZERS = '''\
from rest_framework import serializers

from .models import Plant, Watering, Zone


class WateringSerializer(serializers.ModelSerializer):
    amount = serializers.IntegerField(source="amount_ml")
    token = serializers.CharField(write_only=True)

    class Meta:
        model = Watering
        fields = ["id", "amount", "token"]


class PlantSerializer(serializers.ModelSerializer):
    zone_name = serializers.CharField(source="zone.name", read_only=True)

    class Meta:
        model = Plant
        fields = ["id", "name", "zone_name"]


class ZoneSerializer(serializers.ModelSerializer):
    class Meta:
        model = Zone
        fields = "__all__"
'''
VIEWS = '''\
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Plant, Zone
from .serializers import PlantSerializer, WateringSerializer, ZoneSerializer


class PlantViewSet(viewsets.ModelViewSet):
    queryset = Plant.objects.all()
    serializer_class = PlantSerializer

    @action(detail=True, methods=["post"])
    def water(self, request, pk=None):
        serializer = WateringSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save(plant=self.get_object())
        return Response(serializer.data, status=201)

    @action(detail=False)
    def thirsty(self, request):
        return Response({"count": 3, "names": []})


class ZoneViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Zone.objects.all()
    serializer_class = ZoneSerializer
'''
CLIENT = '''\
export async function plantNames() {
  const plants = await fetch('/api/plants/').then((r) => r.json())
  return plants.map((p) => `${p.name} in ${p.zone_name}`)
}

export async function plant(id) {
  const found = await fetch(`/api/plants/${id}/`).then((r) => r.json())
  return found.zone_name
}

export async function water(id) {
  const watering = await fetch(`/api/plants/${id}/water/`, { method: 'POST' }).then((r) => r.json())
  return [watering.amount, watering.token]
}

export async function zones() {
  const all = await fetch('/api/zones/').then((r) => r.json())
  return all.map((z) => z.name)
}

export async function thirsty() {
  const { count } = await fetch('/api/plants/thirsty/').then((r) => r.json())
  return count
}
'''
BASE = {"config/__init__.py": "", "config/settings.py": SETTINGS, "config/urls.py": URLS,
        "plants/__init__.py": "", "plants/models.py": "", "plants/serializers.py": SERIALIZERS,
        "plants/views.py": VIEWS, "web/plants.js": CLIENT}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return sorted(k[:4] for k in selected_keys(base, change, ("IMP402", "IMP404")))


def test_a_field_of_the_viewsets_serializer_renamed_breaks_the_list_and_detail_reads():
    renamed = {"plants/serializers.py": SERIALIZERS.replace("    zone_name = ", "    zone_label = ")
               .replace('"zone_name"]', '"zone_label"]')}
    assert _keys(renamed) == [("IMP402", "web/plants.js", 3, "error"),
                              ("IMP402", "web/plants.js", 8, "error"),
                              ("IMP404", "plants/serializers.py", 16, "error")]


def test_a_field_declared_with_source_is_sent_by_its_own_name():
    dropped = {"plants/serializers.py": SERIALIZERS.replace(
        '    amount = serializers.IntegerField(source="amount_ml")\n', "").replace('"amount",', '"amount_ml",')}
    assert _keys(dropped) == [("IMP402", "web/plants.js", 13, "error"),
                              ("IMP404", "plants/serializers.py", 7, "error")]


def test_a_write_only_field_is_never_sent_and_an_all_fields_list_is_not_judged():
    """`watering.token` reads a field that was never sent: nothing changes for it; the zones'
    `"__all__"` names the model's fields, which are not read here."""
    assert _keys({"plants/serializers.py": SERIALIZERS.replace('"id", "amount", "token"', '"id", "amount"')}) == []
    assert _keys({"plants/serializers.py": SERIALIZERS + "\n# touched\n"}) == []


def test_a_paginated_list_is_not_judged_but_its_detail_is():
    paginated = {**BASE, "config/settings.py": SETTINGS + 'REST_FRAMEWORK = {"DEFAULT_PAGINATION_CLASS": '
                 '"rest_framework.pagination.PageNumberPagination", "PAGE_SIZE": 20}\n'}
    renamed = {"plants/serializers.py": SERIALIZERS.replace("    zone_name = ", "    zone_label = ")
               .replace('"zone_name"]', '"zone_label"]')}
    assert _keys(renamed, paginated) == [("IMP402", "web/plants.js", 8, "error"),
                                         ("IMP404", "plants/serializers.py", 16, "error")]


def test_a_list_action_is_not_judged_as_the_detail_route_of_its_pattern():
    """The list action `plants/thirsty/` is more specific than `plants/{pk}/` for a request
    to it, but the detail route still serves its pattern: a key gone from the action's body
    is no field gone from the serializer's."""
    renamed = {"plants/views.py": VIEWS.replace('"count": 3', '"total": 3')}
    assert _keys(renamed) == [("IMP402", "web/plants.js", 22, "error"),
                              ("IMP404", "plants/views.py", 22, "error")]


GENERIC_URLS = '''\
from django.urls import path

from plants import views

urlpatterns = [
    path("api/plants/", views.PlantList.as_view()),
    path("api/plants/<int:pk>/", views.PlantDetail.as_view()),
    path("api/zones/", views.ZoneList.as_view()),
]
'''
GENERIC_VIEWS = '''\
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Plant, Zone
from .serializers import PlantSerializer, WateringSerializer


class PlantList(generics.ListCreateAPIView):
    queryset = Plant.objects.all()
    serializer_class = PlantSerializer


class PlantDetail(generics.RetrieveUpdateDestroyAPIView):
    queryset = Plant.objects.all()
    serializer_class = PlantSerializer


class ZoneList(APIView):
    def get(self, request):
        serializer = WateringSerializer(Zone.objects.all(), many=True)
        return Response(serializer.data)
'''
GENERIC_CLIENT = CLIENT.split("export async function water", 1)[0] + '''\
export async function zoneAmounts() {
  const zones = await fetch('/api/zones/').then((r) => r.json())
  return zones.map((z) => z.amount)
}

export const addZone = () => fetch('/api/zones/', { method: 'POST' })
'''
GENERIC = {**BASE, "config/urls.py": GENERIC_URLS, "plants/views.py": GENERIC_VIEWS,
           "web/plants.js": GENERIC_CLIENT}


def test_generic_views_send_their_serializer_and_an_api_view_what_its_methods_return():
    """`ListCreateAPIView` sends a list of its `serializer_class`, `RetrieveUpdateDestroyAPIView`
    one; an `APIView` serves the methods it defines (others are 405), each sending what it
    returns."""
    renamed = {"plants/serializers.py": SERIALIZERS.replace("    zone_name = ", "    zone_label = ")
               .replace('"zone_name"]', '"zone_label"]')}
    assert _keys(renamed, GENERIC) == [("IMP402", "web/plants.js", 3, "error"),
                                       ("IMP402", "web/plants.js", 8, "error"),
                                       ("IMP404", "plants/serializers.py", 16, "error")]
    dropped = {"plants/serializers.py": SERIALIZERS.replace('"id", "amount", "token"', '"id", "token"')}
    assert _keys(dropped, GENERIC) == [("IMP402", "web/plants.js", 13, "error"),
                                       ("IMP404", "plants/serializers.py", 7, "error")]
    assert sorted(k[:4] for k in selected_keys(GENERIC, {"web/plants.js": GENERIC_CLIENT + "\n"},
                                               ("IMP401",), )) == []


def test_a_renderer_of_its_own_may_reshape_what_a_view_returns():
    """`renderer_classes = [ProfileJSONRenderer]` (or the settings' `DEFAULT_RENDERER_CLASSES`)
    may send `{"profile": data}`: what the view's serializer sends is not judged."""
    renamed = {"plants/serializers.py": SERIALIZERS.replace("    zone_name = ", "    zone_label = ")
               .replace('"zone_name"]', '"zone_label"]')}
    own = GENERIC_VIEWS.replace("    serializer_class = PlantSerializer\n",
                                "    serializer_class = PlantSerializer\n"
                                "    renderer_classes = [PlantRenderer]\n")
    assert _keys(renamed, {**GENERIC, "plants/views.py": own}) == []
    settings = SETTINGS + 'REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["api.renderers.Wrapped"]}\n'
    assert _keys(renamed, {**GENERIC, "config/settings.py": settings}) == []
    plain = SETTINGS + ('REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": '
                        '["rest_framework.renderers.JSONRenderer"]}\n')
    assert len(_keys(renamed, {**GENERIC, "config/settings.py": plain})) == 3


FUNCTION_URLS = '''\
from django.urls import path

from plants import views

urlpatterns = [
    path("api/summary/", views.summary),
    path("api/plants/<int:pk>/water/", views.water),
    path("api/zones/", views.zones),
]
'''
FUNCTION_VIEWS = '''\
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["GET"])
def summary(request):
    return Response({"total": 3})


@require_POST
def water(request, pk):
    return JsonResponse({"ok": True})


@api_view(http_method_names=["GET", "PUT"])
def zones(request):
    return Response([])
'''
FUNCTION_CLIENT = '''\
export const summary = () => fetch('/api/summary/').then((r) => r.json())
export const water = (id) => fetch(`/api/plants/${id}/water/`, { method: 'POST' })
export const zones = () => fetch('/api/zones/', { method: 'PUT' })
'''


def test_a_function_view_serves_the_methods_its_decorators_allow():
    """`@api_view(["GET"])`, `@require_POST`, `@api_view(http_method_names=[...])`: the other
    methods are 405, so a method changed there breaks the request that still sends the old."""
    base = {**BASE, "config/urls.py": FUNCTION_URLS, "plants/views.py": FUNCTION_VIEWS,
            "web/plants.js": FUNCTION_CLIENT}
    changed = {"plants/views.py": FUNCTION_VIEWS.replace('@api_view(["GET"])', '@api_view(["POST"])')
               .replace("@require_POST", "@require_GET").replace("import require_POST", "import require_GET")
               .replace('["GET", "PUT"]', '["GET", "PATCH"]')}
    assert sorted(k[:4] for k in selected_keys(base, changed, ("IMP401",))) == [
        ("IMP401", "web/plants.js", 1, "error"), ("IMP401", "web/plants.js", 2, "error"),
        ("IMP401", "web/plants.js", 3, "error")]
