from flask_restx import Namespace, Resource, fields, reqparse

from nursery.store import PLANTS

ns = Namespace("plants", description="Plants for sale")

plant = ns.model("Plant", {
    "id": fields.Integer(readonly=True),
    "name": fields.String(required=True),
    "genus": fields.String,
    "price": fields.Float,
    "in_stock": fields.Integer,
})

listing = reqparse.RequestParser()
listing.add_argument("genus", type=str, location="args")
listing.add_argument("limit", type=int, default=50, location="args")

restocking = reqparse.RequestParser()
restocking.add_argument("quantity", type=int, required=True, location="json")
restocking.add_argument("supplier", type=str, location="json")


@ns.route("/")
class PlantList(Resource):
    @ns.expect(listing)
    @ns.marshal_list_with(plant)
    def get(self):
        args = listing.parse_args()
        found = [p for p in PLANTS.values() if not args["genus"] or p["genus"] == args["genus"]]
        return found[: args["limit"]]


@ns.route("/<int:plant_id>/restock")
class PlantRestock(Resource):
    @ns.expect(restocking)
    @ns.marshal_with(plant)
    def post(self, plant_id):
        args = restocking.parse_args()
        PLANTS[plant_id]["in_stock"] += args["quantity"]
        return PLANTS[plant_id]
