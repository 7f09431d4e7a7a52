import tornado.web

from ferry.store import CROSSINGS, Crossing


def crossing_json(crossing: Crossing) -> dict:
    return {"id": crossing.id, "port": crossing.port, "departs": crossing.departs,
            "seats_left": crossing.seats_left}


class CrossingsHandler(tornado.web.RequestHandler):
    def get(self) -> None:
        self.write({"crossings": [crossing_json(c) for c in CROSSINGS.values()]})


class CrossingHandler(tornado.web.RequestHandler):
    def get(self, crossing_id: str) -> None:
        crossing = CROSSINGS.get(int(crossing_id))
        if crossing is None:
            raise tornado.web.HTTPError(404)
        self.write(crossing_json(crossing))
