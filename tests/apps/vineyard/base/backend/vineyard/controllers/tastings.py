from blacksheep import json
from blacksheep.server.controllers import APIController, get

from vineyard.store import TASTINGS


class Tastings(APIController):
    @get()
    async def list_tastings(self):
        return json([{"id": t["id"], "wine": t["wine"], "score": t["score"]} for t in TASTINGS])
