from sanic import Blueprint, Request, empty, json

from bakery.store import CAKES, ORDERS, Order, next_id

orders = Blueprint("orders", url_prefix="/orders")


def order_json(order: Order) -> dict:
    return {"id": order.id, "cake": order.cake.name, "quantity": order.quantity, "note": order.note,
            "collected": order.collected, "total": order.total}


@orders.get("/")
async def list_orders(request: Request):
    return json([order_json(order) for order in ORDERS.values()])


@orders.post("/")
async def place_order(request: Request):
    data = request.json
    order = Order(next_id(ORDERS), CAKES[data["cake_id"]], data["quantity"],
                  note=data.get("note", ""))
    ORDERS[order.id] = order
    return json(order_json(order), status=201)


@orders.post("/<order_id:int>/collect")
async def collect_order(request: Request, order_id: int):
    order = ORDERS[order_id]
    order.collected = True
    return json(order_json(order))


@orders.delete("/<order_id:int>")
async def cancel_order(request: Request, order_id: int):
    ORDERS.pop(order_id, None)
    return empty()
