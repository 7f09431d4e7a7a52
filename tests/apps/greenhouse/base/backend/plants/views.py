from django.utils import timezone
from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.response import Response

from .models import Plant, Zone
from .serializers import PlantSerializer, WateringSerializer, ZoneSerializer


class ZoneViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Zone.objects.prefetch_related("plants")
    serializer_class = ZoneSerializer


class PlantViewSet(viewsets.ModelViewSet):
    queryset = Plant.objects.select_related("zone")
    serializer_class = PlantSerializer

    @action(detail=True, methods=["post"])
    def water(self, request, pk=None):
        plant = self.get_object()
        serializer = WateringSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        watering = serializer.save(plant=plant)
        plant.last_watered_at = watering.watered_at
        plant.save(update_fields=["last_watered_at"])
        return Response(WateringSerializer(watering).data, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["get"], url_path="history")
    def waterings(self, request, pk=None):
        waterings = self.get_object().waterings.all()[:20]
        return Response(WateringSerializer(waterings, many=True).data)


@api_view(["GET"])
def dashboard(request):
    now = timezone.now()
    plants = list(Plant.objects.all())
    thirsty = [p for p in plants if p.next_watering() is None or p.next_watering() <= now]
    return Response({"total": len(plants), "thirsty": len(thirsty), "checked_at": now.isoformat()})
