from blacksheep import json
from blacksheep.server.controllers import get

from arboretum.controllers.base import GardenController
from arboretum.store import BEDS


class Beds(GardenController):
    route = "/api/beds"

    @get()
    async def index(self):
        return json([{"id": b["id"], "name": b["name"], "soil": b["soil"]} for b in BEDS.values()])

    @get(None)
    async def in_bloom(self):
        return json([{"bed": b["name"], "species": s} for b in BEDS.values() for s in b["blooming"]])
