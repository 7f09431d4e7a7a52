import cherrypy

from brewery.store import BATCHES, Batch


def batch_json(batch: Batch) -> dict:
    return {"id": batch.id, "style": batch.style, "abv": batch.abv, "stage": batch.stage}


@cherrypy.expose
class Batches:
    @cherrypy.tools.json_out()
    def GET(self, batch_id=None):
        if batch_id is None:
            return [batch_json(batch) for batch in BATCHES.values()]
        return batch_json(BATCHES[int(batch_id)])

    @cherrypy.tools.json_out()
    def DELETE(self, batch_id):
        BATCHES.pop(int(batch_id), None)
        return {"deleted": int(batch_id)}
