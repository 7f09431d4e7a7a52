from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import CutOrder, Log
from .serializers import CutOrderSerializer, LogSerializer


class LogViewSet(viewsets.ModelViewSet):
    queryset = Log.objects.order_by("felled_on")
    serializer_class = LogSerializer

    @action(detail=True, methods=["post"], url_path="mill")
    def mill(self, request, pk=None):
        log = self.get_object()
        log.milled = True
        log.save(update_fields=["milled"])
        return Response(LogSerializer(log).data)

    @action(detail=False, methods=["get"])
    def seasoned(self, request):
        logs = self.get_queryset().filter(milled=False, felled_on__year__lt=2026)
        return Response(LogSerializer(logs, many=True).data)


class CutOrderViewSet(viewsets.ModelViewSet):
    queryset = CutOrder.objects.select_related("log")
    serializer_class = CutOrderSerializer
