from tornado.escape import json_decode
from tornado.web import RequestHandler

from ferry.store import TICKETS, Ticket


def ticket_json(ticket: Ticket) -> dict:
    return {
        "id": ticket.id,
        "crossing_id": ticket.crossing_id,
        "passenger": ticket.passenger,
        "vehicle": ticket.vehicle,
        "boarded": ticket.boarded,
    }


class TicketsHandler(RequestHandler):
    def get(self) -> None:
        self.write({"tickets": [ticket_json(t) for t in TICKETS.values()]})

    def post(self) -> None:
        data = json_decode(self.request.body)
        ticket = Ticket(id=len(TICKETS) + 1, crossing_id=data["crossing_id"],
                        passenger=data["passenger"], vehicle=data.get("vehicle"))
        TICKETS[ticket.id] = ticket
        self.set_status(201)
        self.write(ticket_json(ticket))


class TicketHandler(RequestHandler):
    def delete(self, ticket_id: str) -> None:
        TICKETS.pop(int(ticket_id), None)
        self.set_status(204)


class BoardHandler(RequestHandler):
    def post(self, ticket_id: str) -> None:
        ticket = TICKETS[int(ticket_id)]
        ticket.boarded = True
        self.write(ticket_json(ticket))
