import datetime

import cherrypy

from granary.store import BINS, DELIVERIES


def delivery_json(delivery):
    return {
        "id": delivery["id"],
        "binId": delivery["bin_id"],
        "tonnes": delivery["tonnes"],
        "haulier": delivery["haulier"],
        "arrived": delivery["arrived"].isoformat(),
    }


class Deliveries:
    _cp_config = {"tools.json_out.on": True}

    @cherrypy.expose
    def index(self):
        return [delivery_json(delivery) for delivery in DELIVERIES]

    @cherrypy.expose
    @cherrypy.tools.allow(methods=["POST"])
    @cherrypy.tools.json_in()
    def book(self):
        data = cherrypy.request.json
        delivery = {
            "id": len(DELIVERIES) + 1,
            "bin_id": data["binId"],
            "tonnes": data["tonnes"],
            "haulier": data.get("haulier", "own truck"),
            "arrived": datetime.datetime.now(),
        }
        BINS[delivery["bin_id"]]["fill"] += delivery["tonnes"]
        DELIVERIES.append(delivery)
        return delivery_json(delivery)
