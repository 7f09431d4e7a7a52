from flask import Blueprint, jsonify, request

orders = Blueprint("orders", __name__)

ORDERS = []


@orders.post("")
def place_order():
    data = request.get_json()
    remedy_id = int(data["remedy_id"])
    patient = data["patient"]
    order = {
        "id": len(ORDERS) + 1,
        "remedy_id": remedy_id,
        "patient": patient,
        "note": data.get("note", ""),
        "status": "queued",
    }
    ORDERS.append(order)
    return jsonify(order), 201
