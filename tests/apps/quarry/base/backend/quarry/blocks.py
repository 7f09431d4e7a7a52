from flask import Blueprint, abort, jsonify, request

from quarry.stone import grade_of, piece_weight

blocks = Blueprint("blocks", __name__)

BLOCKS = {
    1: {"id": 1, "stone": "granite", "weight_kg": 1200, "face": "sawn"},
    2: {"id": 2, "stone": "marble", "weight_kg": 800, "face": "split"},
}


def block_json(block):
    return {
        "id": block["id"],
        "stone": block["stone"],
        "weightKg": block["weight_kg"],
        "grade": grade_of(block),
    }


@blocks.get("/blocks")
def list_blocks():
    return jsonify([block_json(block) for block in BLOCKS.values()])


@blocks.post("/blocks/<int:block_id>/split")
def split_block(block_id):
    block = BLOCKS.get(block_id) or abort(404)
    data = request.get_json()
    pieces = int(data["pieces"])
    return jsonify({"id": block_id, "pieces": pieces, "pieceKg": piece_weight(block, pieces)})
