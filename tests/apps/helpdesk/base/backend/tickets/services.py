from django.contrib.auth import get_user_model
from django.core.mail import send_mail

from .models import Comment, Ticket


def assign_ticket(ticket: Ticket, user_id: int) -> Ticket:
    ticket.assignee = get_user_model().objects.get(pk=user_id)
    ticket.status = Ticket.Status.PENDING
    ticket.save(update_fields=["assignee", "status", "updated_at"])
    return ticket


def close_ticket(ticket: Ticket, *, notify: bool = True) -> Ticket:
    ticket.status = Ticket.Status.CLOSED
    ticket.save(update_fields=["status", "updated_at"])
    if notify:
        send_mail(
            subject=f"Ticket #{ticket.pk} closed",
            message=ticket_summary(ticket),
            from_email=None,
            recipient_list=[ticket.requester_email],
        )
    return ticket


def add_comment(ticket: Ticket, author, body: str, internal: bool = False) -> Comment:
    return Comment.objects.create(ticket=ticket, author=author, body=body, internal=internal)


def ticket_summary(ticket: Ticket) -> str:
    return f"{ticket.subject} ({ticket.get_status_display()})"
