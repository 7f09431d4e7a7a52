from dataclasses import dataclass

from blacksheep import FromJSON, json
from blacksheep.server.controllers import get, post

from arboretum.controllers.base import GardenController
from arboretum.growth import canopy_m, needs_pruning
from arboretum.store import TREES


@dataclass
class Measurement:
    height_m: float
    girth_cm: float


class Trees(GardenController):
    @classmethod
    def route(cls) -> str:
        return "/api/trees"

    @get()
    async def index(self):
        return json([
            {"id": t["id"], "species": t["species"], "bed": t["bed"], "heightM": t["height_m"]}
            for t in TREES.values()
        ])

    @get(None)
    async def due_for_pruning(self):
        return json([{"id": t["id"], "species": t["species"]} for t in TREES.values() if needs_pruning(t)])

    @get("/{tree_id}")
    async def tree(self, tree_id: int):
        if tree_id not in TREES:
            return self.missing("tree", tree_id)
        tree = TREES[tree_id]
        return json({"id": tree_id, "species": tree["species"], "canopyM": canopy_m(tree)})

    @post("/{tree_id}/measure")
    async def measure(self, tree_id: int, data: FromJSON[Measurement]):
        tree = TREES[tree_id]
        tree["height_m"], tree["girth_cm"] = data.value.height_m, data.value.girth_cm
        return json({"id": tree_id, "heightM": tree["height_m"], "canopyM": canopy_m(tree)})
