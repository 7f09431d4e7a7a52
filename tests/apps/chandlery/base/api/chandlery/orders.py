from flask_smorest import Blueprint, abort

from chandlery.pricing import line_total
from chandlery.schemas import OrderCreateSchema, OrderSchema
from chandlery.store import ITEMS, ORDERS, Order

blp = Blueprint("orders", __name__, description="Orders picked up at the quay")


@blp.route("/", methods=["POST"])
@blp.arguments(OrderCreateSchema)
@blp.response(201, OrderSchema)
def create_order(new_order):
    item = ITEMS.get(new_order["item_id"])
    if item is None or item.stock < new_order["quantity"]:
        abort(409, message="Not enough in stock")
    item.stock -= new_order["quantity"]
    order = Order(len(ORDERS) + 1, item.id, new_order["quantity"], new_order["boat"],
                  line_total(item, new_order["quantity"]))
    ORDERS[order.id] = order
    return order


@blp.route("/<int:order_id>/cancel", methods=["POST"])
@blp.response(200, OrderSchema)
def cancel_order(order_id):
    order = ORDERS.get(order_id)
    if order is None:
        abort(404, message="No such order")
    order.status = "cancelled"
    ITEMS[order.item_id].stock += order.quantity
    return order
