from quart import Blueprint, jsonify

from orchard.store import TREES, Tree

trees = Blueprint("trees", __name__)


def tree_json(tree: Tree) -> dict:
    return {"id": tree.id, "variety": tree.variety, "row": tree.row, "planted": tree.planted,
            "pruned": tree.pruned}


@trees.get("/")
async def list_trees():
    return jsonify([tree_json(tree) for tree in TREES.values()])


@trees.get("/<int:tree_id>")
async def get_tree(tree_id: int):
    return tree_json(TREES[tree_id])


@trees.post("/<int:tree_id>/prune")
async def prune_tree(tree_id: int):
    tree = TREES[tree_id]
    tree.pruned = True
    return tree_json(tree)
