from flask import Blueprint, abort, jsonify, request
from flask.views import MethodView

from .store import BERTHS, SHIPS

bp = Blueprint("berths", __name__)


class BerthList(MethodView):
    def get(self):
        return jsonify([{"id": b["id"], "quay": b["quay"], "depthM": b["depth"], "ship": b["ship"]}
                        for b in BERTHS.values()])


class Mooring(MethodView):
    def post(self, berth_id):
        berth = BERTHS.get(berth_id) or abort(404)
        data = request.get_json()
        ship = SHIPS.get(data["shipId"]) or abort(400)
        berth["ship"] = ship["id"]
        ship["berth"] = berth_id
        return jsonify({"berth": berth_id, "ship": ship["id"], "hours": data.get("hours", 24)})


bp.add_url_rule("/", view_func=BerthList.as_view("berth_list"))
bp.add_url_rule("/<int:berth_id>/moor", view_func=Mooring.as_view("mooring"))
