import cherrypy

from brewery.batches import Batches
from brewery.tastings import Tastings

REST = {"/": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}}


class Api:
    def __init__(self) -> None:
        self.batches = Batches()
        self.tastings = Tastings()


if __name__ == "__main__":
    cherrypy.tree.mount(Api(), "/api", REST)
    cherrypy.engine.start()
    cherrypy.engine.block()
