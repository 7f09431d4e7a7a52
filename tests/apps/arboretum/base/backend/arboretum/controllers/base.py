from blacksheep import json
from blacksheep.server.controllers import Controller


class GardenController(Controller):
    """The arboretum's controllers: a 404 answered the same way by each."""

    def missing(self, what: str, key: int):
        response = json({"error": f"no {what} {key}"})
        response.status = 404
        return response
