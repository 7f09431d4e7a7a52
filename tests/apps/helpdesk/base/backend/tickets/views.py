from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Ticket
from .serializers import CommentSerializer, TicketSerializer
from .services import add_comment, assign_ticket, close_ticket


class TicketViewSet(viewsets.ModelViewSet):
    queryset = Ticket.objects.select_related("assignee").prefetch_related("comments")
    serializer_class = TicketSerializer

    def get_queryset(self):
        queryset = super().get_queryset()
        wanted = self.request.query_params.get("status")
        if wanted:
            queryset = queryset.filter(status=wanted)
        return queryset

    @action(detail=True, methods=["post"])
    def assign(self, request, pk=None):
        ticket = assign_ticket(self.get_object(), request.data["user_id"])
        return Response(TicketSerializer(ticket).data)

    @action(detail=True, methods=["post"])
    def close(self, request, pk=None):
        ticket = close_ticket(self.get_object(), notify=request.data.get("notify", True))
        return Response(TicketSerializer(ticket).data)

    @action(detail=True, methods=["post"])
    def comments(self, request, pk=None):
        comment = add_comment(
            self.get_object(),
            request.user,
            request.data["body"],
            internal=request.data.get("internal", False),
        )
        return Response(CommentSerializer(comment).data, status=status.HTTP_201_CREATED)

    @action(detail=False, methods=["get"])
    def stats(self, request):
        counts = {choice: 0 for choice in Ticket.Status.values}
        for ticket in self.get_queryset():
            counts[ticket.status] += 1
        return Response({"open": counts["open"], "pending": counts["pending"], "closed": counts["closed"]})
