from django.contrib import admin

from .models import Comment, Ticket


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ("id", "subject", "status", "assignee", "created_at")
    list_filter = ("status",)
    search_fields = ("subject", "requester_email")


admin.site.register(Comment)
