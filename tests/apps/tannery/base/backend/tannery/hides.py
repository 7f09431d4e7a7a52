from flask_restful import Resource, abort, reqparse

from tannery.store import HIDES
from tannery.units import to_sqm

tanning = reqparse.RequestParser()
tanning.add_argument("tanner", type=str, required=True, location="json")

tan_parser = tanning.copy()
tan_parser.add_argument("method", type=str, required=True, location="json")
tan_parser.add_argument("days", type=int, location="json")

listing = reqparse.RequestParser()
listing.add_argument("grade", type=str, location=["args", "json"])


def hide_json(hide):
    return {
        "id": hide["id"],
        "animal": hide["animal"],
        "grade": hide["grade"],
        "areaSqft": hide["area_sqft"],
        "areaSqm": to_sqm(hide["area_sqft"]),
        "method": hide["method"],
    }


class HideList(Resource):
    def get(self):
        args = listing.parse_args()
        grade = args["grade"]
        return [hide_json(h) for h in HIDES.values() if grade is None or h["grade"] == grade]


class HideTan(Resource):
    def post(self, hide_id):
        args = tan_parser.parse_args()
        if hide_id not in HIDES:
            abort(404)
        HIDES[hide_id]["method"] = args["method"]
        return {"id": hide_id, "method": args["method"], "tanner": args["tanner"],
                "readyInDays": args["days"] or 30}, 201
