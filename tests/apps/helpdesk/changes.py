"""helpdesk: Django REST framework backend, React (Vite, TypeScript) frontend with an axios
instance (`baseURL: '/api'`) behind a typed API module."""

VIEWS = "backend/tickets/views.py"
TICKETS_API = "frontend/src/api/tickets.ts"

CHANGES = {
    # The `close` action became `resolve`; the frontend still posts to /tickets/{id}/close/.
    "close-action-renamed": [
        ("edit", VIEWS, "    def close(self, request, pk=None):", "    def resolve(self, request, pk=None):"),
    ],
    # A model field with no migration: every ticket query selects a column the table lacks.
    "priority-without-migration": [
        ("edit", "backend/tickets/models.py",
         "    requester_email = models.EmailField()\n",
         ("    requester_email = models.EmailField()\n"
          "    priority = models.PositiveSmallIntegerField(default=3)\n")),
    ],
    # The stats action renamed a key of its body; StatsBar still shows `stats.pending`.
    "stats-key-renamed": [
        ("edit", VIEWS, '"pending": counts["pending"]', '"waiting": counts["pending"]'),
    ],
    # assign_ticket() takes who assigned it; the view still calls it with two arguments.
    "assign-signature-changed": [
        ("edit", "backend/tickets/services.py",
         "def assign_ticket(ticket: Ticket, user_id: int) -> Ticket:",
         "def assign_ticket(ticket: Ticket, user_id: int, assigned_by) -> Ticket:"),
    ],
    # formatDate renamed to formatDateTime; TicketDetail updated, TicketList forgotten.
    "format-date-renamed": [
        ("edit", "frontend/src/utils/format.ts", "export function formatDate(", "export function formatDateTime("),
        ("edit", "frontend/src/components/TicketDetail.tsx", "import { formatDate }", "import { formatDateTime }"),
        ("edit", "frontend/src/components/TicketDetail.tsx", "{formatDate(comment.created_at)}",
         "{formatDateTime(comment.created_at)}"),
    ],
    # Refactor: the action and its client renamed together.
    "refactor-close-to-resolve": [
        ("edit", VIEWS, "    def close(self, request, pk=None):", "    def resolve(self, request, pk=None):"),
        ("edit", TICKETS_API, "`/tickets/${id}/close/`", "`/tickets/${id}/resolve/`"),
    ],
    # Refactor: a helper renamed with its one caller.
    "refactor-summary-renamed": [
        ("edit", "backend/tickets/services.py", "message=ticket_summary(ticket)", "message=summarize(ticket)"),
        ("edit", "backend/tickets/services.py", "def ticket_summary(ticket: Ticket)", "def summarize(ticket: Ticket)"),
    ],
}
