from quart import Blueprint, jsonify, request

from orchard.store import HARVESTS, Harvest

harvests = Blueprint("harvests", __name__)


def harvest_json(harvest: Harvest) -> dict:
    return {
        "id": harvest.id,
        "tree_id": harvest.tree_id,
        "kilos": harvest.kilos,
        "picker": harvest.picker,
    }


@harvests.get("/")
async def list_harvests():
    tree_id = request.args.get("tree", type=int)
    found = [h for h in HARVESTS.values() if tree_id is None or h.tree_id == tree_id]
    return jsonify([harvest_json(h) for h in found])


@harvests.post("/")
async def record_harvest():
    data = await request.get_json()
    harvest = Harvest(id=len(HARVESTS) + 1, tree_id=data["tree_id"], kilos=data["kilos"],
                      picker=data.get("picker", ""))
    HARVESTS[harvest.id] = harvest
    return harvest_json(harvest), 201


@harvests.delete("/<int:harvest_id>")
async def delete_harvest(harvest_id: int):
    HARVESTS.pop(harvest_id, None)
    return "", 204
