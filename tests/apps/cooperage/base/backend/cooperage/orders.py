from flask import Blueprint, jsonify, request

orders_bp = Blueprint("orders", __name__)

ORDERS = []


def order_json(order):
    return {
        "id": order["id"],
        "barrelId": order["barrel_id"],
        "winery": order["winery"],
        "engraving": order["engraving"],
    }


@orders_bp.get("")
def list_orders():
    return jsonify([order_json(o) for o in ORDERS])


@orders_bp.post("")
def place_order():
    data = request.get_json()
    order = {
        "id": len(ORDERS) + 1,
        "barrel_id": data["barrelId"],
        "winery": data["winery"],
        "engraving": data.get("engraving", ""),
    }
    ORDERS.append(order)
    return jsonify(order_json(order)), 201
