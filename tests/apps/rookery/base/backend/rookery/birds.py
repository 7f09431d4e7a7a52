import cherrypy

from rookery.store import BIRDS


class Birds:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def search(self, species, site=None):
        found = [b for b in BIRDS if b["species"] == species and site in (None, b["site"])]
        return [{"species": b["species"], "site": b["site"], "count": b["count"]} for b in found]

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def sites(self):
        return sorted({b["site"] for b in BIRDS})
