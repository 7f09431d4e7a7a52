from rest_framework import serializers

from .models import Comment, Ticket


class CommentSerializer(serializers.ModelSerializer):
    author_name = serializers.CharField(source="author.get_full_name", read_only=True)

    class Meta:
        model = Comment
        fields = ["id", "body", "internal", "author_name", "created_at"]


class TicketSerializer(serializers.ModelSerializer):
    comments = CommentSerializer(many=True, read_only=True)

    class Meta:
        model = Ticket
        fields = [
            "id",
            "subject",
            "body",
            "status",
            "requester_email",
            "assignee",
            "comments",
            "created_at",
        ]
        read_only_fields = ["status", "created_at"]
