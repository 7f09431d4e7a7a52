from flask import Blueprint, abort, jsonify, request
from flask.views import MethodView

from .store import SHIPS
from .tonnage import gross_tonnage

bp = Blueprint("ships", __name__)


def ship_json(ship):
    return {
        "id": ship["id"],
        "name": ship["name"],
        "flag": ship["flag"],
        "draftM": ship["draft"],
        "tonnage": gross_tonnage(ship["length"], ship["beam"], ship["draft"]),
        "berth": ship["berth"],
    }


class ShipList(MethodView):
    def get(self):
        return jsonify([ship_json(ship) for ship in SHIPS.values()])

    def post(self):
        data = request.get_json()
        ship = {
            "id": max(SHIPS) + 1,
            "name": data["name"],
            "flag": data.get("flag", "PA"),
            "length": data["length"],
            "beam": data["beam"],
            "draft": data.get("draft", 5.0),
            "berth": None,
        }
        SHIPS[ship["id"]] = ship
        return jsonify(ship_json(ship)), 201


class ShipItem(MethodView):
    def get(self, ship_id):
        ship = SHIPS.get(ship_id) or abort(404)
        return jsonify(ship_json(ship))

    def patch(self, ship_id):
        ship = SHIPS.get(ship_id) or abort(404)
        ship["draft"] = request.get_json().get("draft", ship["draft"])
        return jsonify(ship_json(ship))


def depart(ship_id):
    ship = SHIPS.get(ship_id) or abort(404)
    ship["berth"] = None
    return jsonify(ship_json(ship))


bp.add_url_rule("/", view_func=ShipList.as_view("ship_list"))
bp.add_url_rule("/<int:ship_id>", view_func=ShipItem.as_view("ship_item"))
bp.add_url_rule("/<int:ship_id>/depart", view_func=depart, methods=["POST"])
