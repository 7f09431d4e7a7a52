import cherrypy

from granary.bins import Bins
from granary.deliveries import Deliveries


class Root:
    def __init__(self):
        self.bins = Bins()
        self.deliveries = Deliveries()

    @cherrypy.expose
    def index(self):
        return "granary api"


def main():
    config = {"/": {"tools.encode.on": True, "tools.sessions.on": False}}
    cherrypy.tree.mount(Root(), "/api", config)
    cherrypy.engine.start()
    cherrypy.engine.block()


if __name__ == "__main__":
    main()
