import asyncio

import tornado.web

from ferry.crossings import CrossingHandler, CrossingsHandler
from ferry.tickets import BoardHandler, TicketHandler, TicketsHandler


def make_app() -> tornado.web.Application:
    return tornado.web.Application([
        (r"/api/crossings", CrossingsHandler),
        (r"/api/crossings/([0-9]+)", CrossingHandler),
        (r"/api/tickets", TicketsHandler),
        (r"/api/tickets/(?P<ticket_id>[0-9]+)", TicketHandler),
        tornado.web.url(r"/api/tickets/([0-9]+)/board", BoardHandler, name="board"),
    ])


async def main() -> None:
    make_app().listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
