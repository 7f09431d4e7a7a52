import cherrypy

from granary.moisture import drying_hours
from granary.store import BINS


def bin_json(grain_bin):
    return {
        "id": grain_bin["id"],
        "grain": grain_bin["grain"],
        "fillTonnes": grain_bin["fill"],
        "moisture": grain_bin["moisture"],
        "dryingHours": drying_hours(grain_bin["moisture"], grain_bin["fill"]),
    }


class Bins:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self):
        return [bin_json(grain_bin) for grain_bin in BINS.values()]

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def show(self, bin_id):
        return bin_json(BINS[int(bin_id)])

    @cherrypy.expose
    @cherrypy.tools.allow(methods=["POST"])
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def aerate(self, bin_id):
        points = cherrypy.request.json["points"]
        grain_bin = BINS[int(bin_id)]
        grain_bin["moisture"] = round(grain_bin["moisture"] - points, 1)
        return bin_json(grain_bin)
