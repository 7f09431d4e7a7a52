import cherrypy

from brewery.store import TASTINGS, Tasting


def tasting_json(tasting: Tasting) -> dict:
    return {
        "id": tasting.id,
        "batch_id": tasting.batch_id,
        "score": tasting.score,
        "notes": tasting.notes,
    }


@cherrypy.expose
class Tastings:
    @cherrypy.tools.json_out()
    def GET(self):
        return [tasting_json(tasting) for tasting in TASTINGS.values()]

    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def POST(self):
        data = cherrypy.request.json
        tasting = Tasting(len(TASTINGS) + 1, int(data["batch_id"]), int(data["score"]), data.get("notes", ""))
        TASTINGS[tasting.id] = tasting
        return tasting_json(tasting)
