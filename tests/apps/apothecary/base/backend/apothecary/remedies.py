from flask import Blueprint, abort, jsonify, request

from apothecary.dosage import daily_dose

remedies = Blueprint("remedies", __name__)

REMEDIES = {
    1: {"id": 1, "name": "Chamomile", "mg_per_kg": 2.5, "stock_mg": 5000},
    2: {"id": 2, "name": "Valerian", "mg_per_kg": 4.0, "stock_mg": 1200},
}


def remedy_json(remedy):
    return {
        "id": remedy["id"],
        "name": remedy["name"],
        "stockMg": remedy["stock_mg"],
        "mgPerKg": remedy["mg_per_kg"],
    }


@remedies.get("/remedies")
def list_remedies():
    return jsonify([remedy_json(remedy) for remedy in REMEDIES.values()])


@remedies.get("/remedies/<int:remedy_id>/dose")
def dose(remedy_id):
    remedy = REMEDIES.get(remedy_id) or abort(404)
    weight = float(request.args["weight"])
    return jsonify({"remedy": remedy["name"], "dailyMg": daily_dose(remedy, weight)})


@remedies.post("/remedies/<int:remedy_id>/restock")
def restock(remedy_id):
    remedy = REMEDIES.get(remedy_id) or abort(404)
    data = request.get_json()
    remedy["stock_mg"] += int(data["amount_mg"])
    return jsonify(remedy_json(remedy))
