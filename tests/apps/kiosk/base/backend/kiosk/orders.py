from robyn import Request, SubRouter

from kiosk.store import ITEMS, ORDERS, Order, next_id

orders = SubRouter(__file__, prefix="/api/orders")


def order_json(order: Order) -> dict:
    return {
        "id": order.id,
        "item_id": order.item_id,
        "customer": order.customer,
        "status": order.status,
        "total_cents": order.total_cents,
    }


@orders.get("/")
def list_orders():
    return {"orders": [order_json(order) for order in ORDERS.values()]}


@orders.post("/")
def place_order(request: Request):
    data = request.json()
    item = ITEMS[int(data["item_id"])]
    order = Order(next_id(), item.id, data.get("customer", ""), "queued", item.price_cents)
    ORDERS[order.id] = order
    return order_json(order)


@orders.post("/:order_id/ready")
def mark_ready(request: Request):
    order = ORDERS[int(request.path_params["order_id"])]
    order.status = "ready"
    return order_json(order)


@orders.delete("/:order_id")
def cancel_order(request: Request):
    order = ORDERS.pop(int(request.path_params["order_id"]))
    return {"id": order.id, "cancelled": True}
