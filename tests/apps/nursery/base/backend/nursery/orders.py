from flask_restx import Namespace, Resource, reqparse

from nursery.pricing import with_vat
from nursery.store import ORDERS, PLANTS

ns = Namespace("orders", description="Orders placed at the counter")

ordering = reqparse.RequestParser()
ordering.add_argument("plant_id", type=int, required=True, location="json")
ordering.add_argument("quantity", type=int, required=True, location="json")
ordering.add_argument("gift_note", type=str, location="json")


@ns.route("/")
class OrderList(Resource):
    @ns.expect(ordering)
    def post(self):
        args = ordering.parse_args()
        plant = PLANTS[args["plant_id"]]
        order = {
            "id": len(ORDERS) + 1,
            "plant_id": plant["id"],
            "quantity": args["quantity"],
            "total": with_vat(plant["price"] * args["quantity"]),
            "gift_note": args["gift_note"] or "",
        }
        ORDERS[order["id"]] = order
        return order, 201


@ns.route("/<int:order_id>")
class OrderItem(Resource):
    def delete(self, order_id):
        ORDERS.pop(order_id, None)
        return "", 204
