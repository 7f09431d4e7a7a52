import cherrypy

from rookery.store import RINGS
from rookery.wing import wing_index


def ring_json(ring):
    return {
        "id": ring["id"],
        "code": ring["code"],
        "species": ring["species"],
        "wingMm": ring["wing"],
        "wingIndex": wing_index(ring["wing"], ring["mass"]),
        "ringer": ring["ringer"],
    }


@cherrypy.popargs("ring_id")
class Rings:
    _cp_config = {"tools.json_out.on": True}

    @cherrypy.expose
    def index(self, ring_id=None):
        if ring_id is None:
            return [ring_json(ring) for ring in RINGS.values()]
        return ring_json(RINGS[int(ring_id)])

    @cherrypy.expose
    def recoveries(self, ring_id):
        return [{"place": r["place"], "date": r["date"]} for r in RINGS[int(ring_id)]["recoveries"]]

    @cherrypy.expose
    @cherrypy.tools.allow(methods=["POST"])
    @cherrypy.tools.json_in()
    def fit(self):
        data = cherrypy.request.json
        ring = {
            "id": len(RINGS) + 1,
            "code": data["code"],
            "species": data["species"],
            "wing": data["wingMm"],
            "mass": data.get("massG", 250),
            "ringer": data.get("ringer", "station"),
            "recoveries": [],
        }
        RINGS[ring["id"]] = ring
        return ring_json(ring)
