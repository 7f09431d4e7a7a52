from blacksheep import json
from blacksheep.server.controllers import Controller, get, post

from vineyard.store import VINES
from vineyard.sugar import potential_abv, yield_kg


class Vines(Controller):
    @classmethod
    def route(cls) -> str:
        return "/api/vines"

    @get()
    async def list_vines(self):
        return json([{"id": v["id"], "grape": v["grape"], "row": v["row"]} for v in VINES.values()])

    @get("/{vine_id}")
    async def vine(self, vine_id: int):
        vine = VINES[vine_id]
        return json({
            "id": vine_id,
            "grape": vine["grape"],
            "brix": vine["brix"],
            "potentialAbv": potential_abv(vine["brix"]),
        })

    @post("/{vine_id}/harvest")
    async def harvest(self, vine_id: int):
        vine = VINES[vine_id]
        vine["harvested"] = "2026-09-20"
        return json({"id": vine_id, "yieldKg": yield_kg(vine), "harvestedOn": vine["harvested"]})
