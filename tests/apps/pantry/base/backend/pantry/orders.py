from aiohttp import web

from pantry.store import ORDERS, Order, next_id

routes = web.RouteTableDef()


def order_json(order: Order) -> dict:
    return {"id": order.id, "supplier": order.supplier, "total": order.total, "note": order.note}


@routes.get("/orders")
async def list_orders(request: web.Request) -> web.Response:
    return web.json_response([order_json(order) for order in ORDERS.values()])


@routes.post("/orders")
async def create_order(request: web.Request) -> web.Response:
    data = await request.json()
    order = Order(next_id(ORDERS), data["supplier"], [tuple(line) for line in data["lines"]],
                  note=data.get("note", ""))
    ORDERS[order.id] = order
    return web.json_response(order_json(order), status=201)


@routes.delete("/orders/{order_id}")
async def cancel_order(request: web.Request) -> web.Response:
    ORDERS.pop(int(request.match_info["order_id"]), None)
    return web.Response(status=204)
