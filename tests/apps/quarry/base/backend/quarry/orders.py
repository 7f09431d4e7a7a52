from flask import Blueprint, abort, jsonify, request

from quarry.blocks import BLOCKS

orders = Blueprint("orders", __name__)

ORDERS = {}


@orders.post("/orders")
def place_order():
    data = request.get_json()
    block_id = data["blockId"]
    customer = data["customer"]
    if block_id not in BLOCKS:
        abort(404)
    order = {
        "id": len(ORDERS) + 1,
        "blockId": block_id,
        "customer": customer,
        "note": data.get("note", ""),
        "status": "placed",
    }
    ORDERS[order["id"]] = order
    return jsonify(order), 201
