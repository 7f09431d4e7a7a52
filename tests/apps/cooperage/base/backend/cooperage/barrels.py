from flask import Blueprint, abort, jsonify, request

from cooperage.toasting import toast_minutes

barrels_bp = Blueprint("barrels", __name__)

BARRELS = {
    1: {"id": 1, "wood": "french oak", "litres": 225, "toast": "medium"},
    2: {"id": 2, "wood": "american oak", "litres": 300, "toast": "light"},
}


def barrel_json(barrel):
    return {
        "id": barrel["id"],
        "wood": barrel["wood"],
        "litres": barrel["litres"],
        "toast": barrel["toast"],
        "toastMinutes": toast_minutes(barrel["toast"]),
    }


@barrels_bp.get("")
def list_barrels():
    return jsonify([barrel_json(b) for b in BARRELS.values()])


@barrels_bp.get("/<int:barrel_id>")
def get_barrel(barrel_id):
    if barrel_id not in BARRELS:
        abort(404)
    return jsonify(barrel_json(BARRELS[barrel_id]))


@barrels_bp.post("/<int:barrel_id>/toast")
def toast_barrel(barrel_id):
    BARRELS[barrel_id]["toast"] = request.get_json()["level"]
    return jsonify(barrel_json(BARRELS[barrel_id]))
