import cherrypy

from rookery.birds import Birds
from rookery.rings import Rings

CONFIG = {"/": {"tools.encode.on": True, "tools.trailing_slash.on": True}}


class Api:
    def __init__(self):
        self.rings = Rings()
        self.birds = Birds()

    @cherrypy.expose
    def index(self):
        return "rookery api"


class Server:
    def __init__(self, port=8080):
        self.port = port

    def mount_app(self, app, mount_point):
        cherrypy.tree.mount(app, mount_point, CONFIG)

    def run(self):
        cherrypy.config.update({"server.socket_port": self.port})
        self.mount_app(Api(), "/api")
        cherrypy.engine.start()
        cherrypy.engine.block()


if __name__ == "__main__":
    Server().run()
